"""The shipped coding corpus stays balanced, well formed, and free of evaluation text."""

from __future__ import annotations

import csv
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from conftest import shared_path

import eventfuse
from eventfuse.taxonomy import BY_NAME

CORPUS = Path(eventfuse.__file__).resolve().parent / "data" / "coding_corpus" / "corpus.jsonl"
MIN_PER_TYPE = 24  # sentences per sub-event type and language
MIN_PER_KIND = 20  # sentences per non-event kind and language
LANGS = ("en", "fr")
REGISTERS = {"wire", "local_press", "official_statement", "ngo_report", "security_brief", "social_media"}
NON_EVENT_KINDS = {
    "background", "generic", "hypothetical_threat", "reaction_statement", "announcement", "diplomacy",
    "organised_crime", "natural_disaster", "man_made_disaster", "sports", "politics", "economy",
    "claim_of_responsibility", "violent_crime", "judicial", "humanitarian",
}
SHINGLE = 8  # words in a near-duplicate window
MAX_SHARED = 0.25  # share of a line's 8-word windows allowed to occur in evaluation text


def _rows() -> list[dict[str, Any]]:
    with CORPUS.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _norm(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _shingles(words: list[str]) -> set[tuple[str, ...]]:
    return {tuple(words[i:i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


def test_every_line_is_well_formed() -> None:
    for row in _rows():
        assert row["lang"] in LANGS, row
        assert row["register"] in REGISTERS, row
        assert row["text"].strip() == row["text"] and len(row["text"]) >= 20, row
        assert "{" not in row["text"] and "}" not in row["text"], row  # no unfilled slot
        assert row["note"], row
        if row["label"] == "none":
            assert row.get("non_event_kind") in NON_EVENT_KINDS, row
        else:
            assert row["label"] in BY_NAME, row
            assert "non_event_kind" not in row, row


def test_every_type_and_language_is_covered() -> None:
    rows = _rows()
    per_type = Counter((r["label"], r["lang"]) for r in rows if r["label"] != "none")
    short = {(name, lang): per_type[(name, lang)] for name in BY_NAME for lang in LANGS
             if per_type[(name, lang)] < MIN_PER_TYPE}
    assert not short, f"sub-event types below {MIN_PER_TYPE} sentences: {short}"
    per_kind = Counter((r["non_event_kind"], r["lang"]) for r in rows if r["label"] == "none")
    short = {(kind, lang): per_kind[(kind, lang)] for kind in NON_EVENT_KINDS for lang in LANGS
             if per_kind[(kind, lang)] < MIN_PER_KIND}
    assert not short, f"non-event kinds below {MIN_PER_KIND} sentences: {short}"
    langs = Counter(r["lang"] for r in rows)
    assert abs(langs["en"] - langs["fr"]) <= 0.1 * len(rows), langs
    events = sum(1 for r in rows if r["label"] != "none")
    assert len(rows) - events >= len(NON_EVENT_KINDS) * MIN_PER_KIND * len(LANGS)


def test_no_duplicate_texts() -> None:
    texts = [_norm(r["text"]) for r in _rows()]
    dups = [t for t, n in Counter(texts).items() if n > 1]
    assert not dups, dups[:5]


def _evaluation_texts() -> list[str]:
    texts: list[str] = []
    csv.field_size_limit(1 << 26)
    acled = shared_path("eval", "acled")
    for path in sorted(acled.glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            texts += [r.get("notes") or "" for r in csv.DictReader(handle)]
    case = shared_path("eval", "case2021", "test_set_final_release_with_labels.tsv")
    with case.open(encoding="utf-8", newline="") as handle:
        texts += [r.get("EventSnippet") or "" for r in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)]
    news = shared_path("eval", "real_news", "articles.jsonl")
    with news.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                article = json.loads(line)
                texts.append(f"{article.get('title') or ''}\n{article.get('text') or ''}")
    return texts


@pytest.mark.shared
def test_no_line_occurs_in_the_evaluation_sets() -> None:
    evaluation = [_norm(t) for t in _evaluation_texts()]
    exact = set(evaluation)
    grams: set[tuple[str, ...]] = set()
    for text in evaluation:
        grams |= _shingles(text.split())
    blob = "\n".join(evaluation)
    found = []
    for row in _rows():
        text = _norm(row["text"])
        windows = _shingles(text.split())
        shared = len(windows & grams) / len(windows) if windows else 0.0
        if text in exact or (len(text) >= 40 and text in blob) or shared > MAX_SHARED:
            found.append((round(shared, 2), row["text"]))
    assert not found, f"corpus lines found in evaluation text: {found[:5]}"
