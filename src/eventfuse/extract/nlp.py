"""Load spaCy pipelines once per process, with an entity ruler fed from our gazetteer and actors."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan
from spacy.util import compile_infix_regex

from ..common.budget import check_budget
from ..errors import ModelError
from ..geo.normalize import name_key
from ..lang import REFERENCE
from .place_cues import (
    GROUP_NOUNS,
    HYPHEN_TOKENS,
    LOCATIVE,
    PLACE_LABELS,
    SWALLOWED,
    cue_place_spans,
    name_parts,
    people_before_feature,
)
from .place_relabel import (
    add_cued_names,
    join_nicknames,
    join_surnames,
    prefer_bracketed_names,
    relabel_misread_places,
)
from .triggers import doc_text

__all__ = [
    "LOCATIVE",
    "MAX_NAME_TOKENS",
    "PLACE_LABELS",
    "add_cued_names",
    "build_pipeline",
    "cue_place_spans",
    "load_model",
    "name_parts",
    "paragraph_breaks",
    "parse",
    "parse_chunks",
    "people_before_feature",
    "prefer_bracketed_names",
    "relabel_misread_places",
]


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """A line break always ends a sentence (titles, datelines, paragraphs); a bracket right
    after a word never starts one."""
    for token in doc[1:]:
        if "\n" in doc[token.i - 1].text or "\n" in doc[token.i - 1].whitespace_:
            token.is_sent_start = True
        elif token.text in {"[", "("} and not doc[token.i - 1].is_punct:
            token.is_sent_start = False  # "the village of X [Y] (A, B)" is one sentence
    return doc


# Texts longer than this are parsed in pieces of about CHUNK_CHARS cut at line breaks (the
# budget is checked between pieces); every report of the evaluation sets is far shorter
# (real news: 2,000 characters at most), so they are parsed whole as before.
CHUNKED_ABOVE = 100_000
CHUNK_CHARS = 20_000


def parse_chunks(text: str, size: int = CHUNK_CHARS) -> list[str]:
    """``text`` cut into consecutive pieces of about ``size`` characters that join back into
    it: each cut follows a line break (a sentence always ends there), else a sentence's
    full stop and a space, else a space; a piece without any is cut at ``size``."""
    pieces: list[str] = []
    start = 0
    while len(text) - start > size:
        window_end = start + size
        cut = -1
        for sep in ("\n", ". ", " "):
            at = text.rfind(sep, start + size // 2, window_end)
            if at >= 0:
                cut = at + len(sep)
                break
        if cut <= start:
            cut = window_end
        while cut < len(text) and text[cut] in "\n ":  # whitespace stays with the piece before
            cut += 1
        pieces.append(text[start:cut])
        start = cut
    if start < len(text):
        pieces.append(text[start:])
    return pieces


def parse(nlp: Language, text: str) -> Doc:
    """``nlp(text)``; a text over ``CHUNKED_ABOVE`` characters is parsed piece by piece
    (``parse_chunks``), the time budget checked after each piece, and the pieces joined
    into one Doc of the same text (so that no spaCy call on one article runs unchecked for
    long, and texts over spaCy's ``max_length`` can be read)."""
    if len(text) <= CHUNKED_ABOVE:
        return nlp(text)
    docs: list[Doc] = []
    for doc in nlp.pipe(parse_chunks(text, CHUNK_CHARS), batch_size=1):
        doc.user_data.clear()  # per-Doc caches (its text, see doc_text): not for the joined Doc
        docs.append(doc)
        check_budget("parsing")
    joined = Doc.from_docs(docs, ensure_whitespace=False)
    if joined is None or joined.text != text:  # never seen: the pieces join back by construction
        return nlp(text)
    return joined


# Components we never need: keeps extraction fast.
_UNUSED = ("textcat", "textcat_multilabel")


@lru_cache(maxsize=8)
def load_model(model: str) -> Language:
    """The spaCy model ``model`` (an installed package name or a path)."""
    try:
        nlp = spacy.load(model, exclude=list(_UNUSED))
    except OSError as exc:
        raise ModelError(
            f"spaCy model {model!r} is not installed",
            hint="install the project (`make install`) or set model_en/model_fr to an installed model",
        ) from exc
    return nlp


# Place-name sets handed to pipeline components by key (a cache, filled once per process).
_PLACE_SETS: dict[str, frozenset[str]] = {}
# Exact gazetteer tests (any feature class) handed to pipeline components by the same key.
_PLACE_TESTS: dict[str, Callable[[str], bool]] = {}
MAX_NAME_TOKENS = 4


def build_pipeline(
    model: str,
    *,
    strong_places: Sequence[str],
    weak_places: Sequence[str],
    actor_patterns: Sequence[dict[str, Any]],
    is_place: Callable[[str], bool] | None = None,
) -> Language:
    """A fresh pipeline of ``model`` with our gazetteer and actor table around the NER.

    Countries, regions, big towns and named armed groups are set before the statistical NER
    (so "Mali" is never a person). Village names only fill gaps the NER left, and a name the
    NER took for a person or an organisation becomes a place when a locative word precedes
    it ("à Tonka", "near Kobri"): many Sahel villages share their names with people.
    ``is_place`` (a name → whether the gazetteer knows it exactly, whatever its feature
    class) admits camps, localities and mines the ruler lists leave out, after a locative.
    """
    try:
        nlp = spacy.load(model, exclude=list(_UNUSED))
    except OSError as exc:
        raise ModelError(
            f"spaCy model {model!r} is not installed",
            hint="install the project (`make install`) or set model_en/model_fr to an installed model",
        ) from exc
    if "paragraph_breaks" not in nlp.pipe_names:
        nlp.add_pipe("paragraph_breaks", first=True)
    # a full stop glued to a bracket ends the word: "in Dori.[size=dozens]"
    infixes: list[Any] = [*(nlp.Defaults.infixes or ()), r"(?<=\w)\.(?=\[)"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer  # type: ignore[union-attr]
    has_ner = "ner" in nlp.pipe_names
    strong = nlp.add_pipe(
        "entity_ruler",
        name="strong_ruler",
        config={"overwrite_ents": True},
        before="ner" if has_ner else None,
    )
    patterns: list[dict[str, Any]] = [{"label": "GPE", "pattern": name} for name in strong_places]
    patterns.extend(actor_patterns)
    with nlp.select_pipes(enable=[]):
        strong.add_patterns(patterns)  # type: ignore[attr-defined]
    key = f"{len(weak_places)}:{hash(tuple(weak_places))}"
    _PLACE_SETS.setdefault(key, frozenset(weak_places))
    _PLACE_SETS.setdefault(key + ":all", frozenset(weak_places) | frozenset(strong_places))
    if is_place is not None:
        _PLACE_TESTS.setdefault(key, is_place)
    nlp.add_pipe("gazetteer_places", config={"key": key})
    return nlp


@Language.factory("gazetteer_places", default_config={"key": ""})
def make_gazetteer_places(nlp: Language, name: str, key: str) -> Any:
    """Village names as GPE where the NER found nothing, and in place of a person or
    organisation reading when a locative word precedes the name."""
    known = _PLACE_SETS.get(key, frozenset())
    every_key = frozenset(name_key(n) for n in _PLACE_SETS.get(key + ":all", known))
    first_words = frozenset(name.split(" ", 1)[0].split("-", 1)[0] for name in known)

    exact = _PLACE_TESTS.get(key)

    def level(name: str) -> int:
        """2: a ruler name; 1: a name the gazetteer knows otherwise; 0: unknown."""
        if name_key(name) in every_key:
            return 2
        return 1 if exact is not None and exact(name) else 0

    def tag(doc: Doc) -> Doc:
        relabel_misread_places(doc, level)
        add_cued_names(doc, level)
        _fill_gaps(doc)
        _add_cued(doc)
        _drop_people(doc)
        prefer_bracketed_names(doc)
        join_surnames(doc)
        join_nicknames(doc)
        return doc

    def _drop_people(doc: Doc) -> None:
        spans = set(people_before_feature(doc_text(doc), nlp.lang or REFERENCE))
        if not spans:
            return
        ents = list(doc.ents)
        kept = [
            e for e in ents
            if not (e.label_ in PLACE_LABELS and (e.start_char, e.end_char) in spans)
        ]  # fmt: skip
        if len(kept) != len(ents):
            doc.ents = kept

    def _add_cued(doc: Doc) -> None:
        cued: list[SpacySpan] = []
        for start, end in cue_place_spans(
            doc_text(doc), nlp.lang or REFERENCE, every_key, is_place=lambda n: level(n) > 0
        ):
            span = doc.char_span(start, end, label="GPE", alignment_mode="contract")
            if span is not None and len(span) > 0:
                cued.append(span)
        if not cued:
            return
        ents = list(doc.ents)
        kept: list[SpacySpan] = []
        for span in cued:
            # an existing place reading that covers the cued span is kept as it is, unless
            # it swallowed a list or the admin areas ("Mentao (Pobe-Mengao, Soum)")
            if any(
                e.label_ in PLACE_LABELS
                and e.start <= span.start
                and e.end >= span.end
                and not SWALLOWED.search(e.text)
                for e in ents
            ):
                continue
            if any(k.start < span.end and span.start < k.end for k in kept):
                continue
            kept.append(span)
        if not kept:
            return
        others = [e for e in ents if not any(e.start < k.end and k.start < e.end for k in kept)]
        doc.ents = sorted(others + kept, key=lambda e: e.start)

    def _fill_gaps(doc: Doc) -> None:
        ents = list(doc.ents)
        taken = {i for e in ents for i in range(e.start, e.end)}
        new: list[SpacySpan] = []
        i = 0
        n = len(doc)
        while i < n:
            token = doc[i]
            if i in taken or not token.text[:1].isupper() or token.text not in first_words:
                i += 1
                continue
            # hyphens are tokens of their own: "Ti-n-Samane" is five
            hyphens = sum(
                1 for t in doc[i + 1 : i + 2 * MAX_NAME_TOKENS] if t.text in HYPHEN_TOKENS
            )
            for width in range(min(MAX_NAME_TOKENS + 2 * hyphens, n - i), 0, -1):
                if any(j in taken for j in range(i, i + width)):
                    continue
                span = doc[i : i + width]
                if span.text in known:
                    after = doc[i + width] if i + width < n else None
                    if after is None or after.lower_ not in GROUP_NOUNS:
                        new.append(SpacySpan(doc, i, i + width, label="GPE"))
                    i += width - 1
                    break
            i += 1
        if not new:
            return
        doc.ents = sorted(ents + new, key=lambda e: e.start)

    return tag
