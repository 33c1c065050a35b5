"""Training examples from a user's ACLED export: each row's notes (label stripped) and its sub-event type."""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from ..config import Settings
from ..errors import InputError
from ..evaluate.acled import GoldRow, gold_article, primary_mention, read_gold
from ..extract.extractor import Extractor
from ..extract.learned import RULES, Example, example_for
from ..records import Article
from ..taxonomy import BY_NAME

# The project's own invented, labelled EN/FR sentences (see its README): every sub-event type, so
# a model trained on an export where the rare types have a handful of notes still sees them
CORPUS = Path(__file__).resolve().parents[1] / "data" / "coding_corpus" / "corpus.jsonl"
# an invented sentence is dated as a report published a week after an event of this day
CORPUS_DAY = date(2020, 1, 1)


def acled_rows(path: str | Path, *, since: date | None = None, until: date | None = None) -> list[GoldRow]:
    """The rows of an ACLED export usable for training: notes present, a known sub-event type."""
    rows = [r for r in read_gold(path, since=since, until=until) if r.notes.strip() and r.sub_event_type in BY_NAME]
    if not rows:
        raise InputError(f"{path} has no rows with notes and a known sub-event type in the date range",
                         hint="check --since/--until and that the file is an ACLED export")
    return rows


def _extractor(settings: Settings | None, extractor: Any) -> Any:
    """The rules' own reading, never a model's (the setting may name one)."""
    if extractor is None:
        return Extractor(replace(settings or Settings(progress=False), classifier=RULES))
    if extractor.settings.classifier != RULES:
        return replace(extractor, settings=replace(extractor.settings, classifier=RULES))
    return extractor


def corpus_lines(languages: Sequence[str], path: Path = CORPUS) -> list[dict[str, str]]:
    """The corpus lines in ``languages`` that report an event (label a sub-event type, not "none")."""
    with path.open(encoding="utf-8") as fh:
        lines = [json.loads(line) for line in fh if line.strip()]
    return [r for r in lines if r.get("lang") in languages and r.get("label") in BY_NAME]


def corpus_examples(
    languages: Sequence[str], *, settings: Settings | None = None, use_rules: bool = True, extractor: Any = None,
    path: Path = CORPUS,
) -> list[Example]:
    """One example per corpus sentence in ``languages`` that reports an event, read by the rules
    as a note is (a few seconds of spaCy for the English half)."""
    lines = corpus_lines(languages, path)
    if not use_rules:
        return [Example(text=r["text"], label=r["label"]) for r in lines]
    extractor = _extractor(settings, extractor)
    published = CORPUS_DAY + timedelta(days=7)
    arts = [Article(id=Article.make_id(f"corpus:{n}:{r['text']}"), text=r["text"], published=published,
                    language=r["lang"], given_id=f"corpus:{n}", source="eventfuse:coding_corpus")
            for n, r in enumerate(lines)]
    return _read(extractor, arts, [(r["text"], r["label"]) for r in lines])


def _read(
    extractor: Any, arts: Sequence[Article], labelled: Sequence[tuple[str, str]], *, noun: str = ""
) -> list[Example]:
    """Each article read by the rules, 64 at a time: an example of its (text, label) with the
    rules' reading of its main act (none where they found no act). With ``noun`` ("notes"), a
    line on stderr counts them."""
    out: list[Example] = []
    for start in range(0, len(arts), 64):
        batch = labelled[start : start + 64]
        for (text, label), extraction in zip(batch, extractor.extract(arts[start : start + 64])):
            m = primary_mention(extraction)
            ex = Example(text=text) if m is None else example_for(extraction, m)
            out.append(replace(ex, text=text, label=label))
        if noun:
            print(f"\r  read {len(out)}/{len(arts)} {noun}", end="", file=sys.stderr, flush=True)
    if noun:
        print(file=sys.stderr)
    return out


def describe_corpus(examples: Sequence[Example], path: Path = CORPUS) -> dict[str, Any]:
    """The header's account of the corpus examples added to the notes."""
    return {"file": path.name, "sha256": hashlib.sha256(path.read_bytes()).hexdigest(), "sentences": len(examples)}


def examples_from_rows(
    rows: Sequence[GoldRow], *, settings: Settings | None = None, use_rules: bool = True, progress: bool = False,
    extractor: Any = None,
) -> list[Example]:
    """One example per row; with ``use_rules`` the rules read each note first (a spaCy pass).

    ``extractor``: an already loaded ``Extractor`` to reuse (its setting ``classifier`` is ignored).
    """
    if not use_rules:
        return [Example(text=r.notes, label=r.sub_event_type) for r in rows]
    extractor = _extractor(settings, extractor)
    arts = [gold_article(r) for r in rows]
    return _read(extractor, arts, [(r.notes, r.sub_event_type) for r in rows], noun="notes" if progress else "")


def describe_rows(path: str | Path, rows: Sequence[GoldRow]) -> dict[str, Any]:
    """The header's account of the training data (no row content)."""
    dates = sorted(r.event_date for r in rows)
    countries = sorted({r.country for r in rows if r.country})
    return {"file": Path(path).name, "rows": len(rows), "first_date": dates[0].isoformat(),
            "last_date": dates[-1].isoformat(), "countries": countries}
