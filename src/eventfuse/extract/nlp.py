"""Load spaCy pipelines once per process, with an entity ruler fed from our gazetteer and actors."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from ..errors import ModelError
from .triggers import doc_text


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """A line break always ends a sentence (titles, datelines, paragraphs)."""
    for token in doc[1:]:
        if "\n" in doc[token.i - 1].text or "\n" in doc[token.i - 1].whitespace_:
            token.is_sent_start = True
    return doc


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


LOCATIVE = frozenset({
    "in", "at", "near", "from", "to", "outside", "around", "towards", "toward", "between", "of",
    "à", "a", "au", "aux", "de", "d'", "du", "dans", "près", "vers", "entre", "autour", "sur",
})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


# Place-name sets handed to pipeline components by key (a cache, filled once per process).
_PLACE_SETS: dict[str, frozenset[str]] = {}
MAX_NAME_TOKENS = 4


def build_pipeline(
    model: str,
    *,
    strong_places: Sequence[str],
    weak_places: Sequence[str],
    actor_patterns: Sequence[dict[str, Any]],
) -> Language:
    """A fresh pipeline of ``model`` with our gazetteer and actor table around the NER.

    Countries, regions, big towns and named armed groups are set before the statistical NER
    (so "Mali" is never a person). Village names only fill gaps the NER left, and a name the
    NER took for a person or an organisation becomes a place when a locative word precedes
    it ("à Tonka", "near Kobri"): many Sahel villages share their names with people.
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
    has_ner = "ner" in nlp.pipe_names
    strong = nlp.add_pipe("entity_ruler", name="strong_ruler", config={"overwrite_ents": True},
                          before="ner" if has_ner else None)
    patterns: list[dict[str, Any]] = [{"label": "GPE", "pattern": name} for name in strong_places]
    patterns.extend(actor_patterns)
    with nlp.select_pipes(enable=[]):
        strong.add_patterns(patterns)  # type: ignore[attr-defined]
    key = f"{len(weak_places)}:{hash(tuple(weak_places))}"
    _PLACE_SETS.setdefault(key, frozenset(weak_places))
    _PLACE_SETS.setdefault(key + ":all", frozenset(weak_places) | frozenset(strong_places))
    nlp.add_pipe("gazetteer_places", config={"key": key})
    return nlp


# Toponyms the statistical NER misses but the words around them give away: "the village of
# X", "the villages of X, Y and Z", and a name followed by its admin areas in parentheses,
# "X (Goundam, Tombouctou)" (checked against the gazetteer's names).
_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’]*(?:[-‐][\w'’]+)*"
_CUE_NAME = rf"{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,3}}"
_CUE_WORDS = {
    "en": (
        r"\b(?:villages?|towns?|localit(?:y|ies)|hamlets?|settlements?|camps?|city|cities|"
        r"communes?|area|vicinity|outskirts|surroundings|market|forest|cercle|district|"
        r"municipality|department|sector)\s+of\s+(?:the\s+)?"
    ),
    "fr": (
        r"\b(?:villages?|villes?|localités?|hameaux?|hameau|campements?|camps?|communes?|"
        r"zone|secteur|environs|alentours|périphérie|marché|forêt|cercle|département|"
        r"arrondissement)\s+(?:de\s+(?:la\s+|l['’]\s*)?|d['’]\s*|du\s+|des\s+)"
    ),
}
_LIST_TAIL = r"(?:\s*,\s*(?:and\s+|et\s+)?|\s+(?:and|et)\s+)"
_PAREN_ADMIN = re.compile(
    rf"(?P<place>{_CUE_NAME})\s*\(\s*(?P<a>{_CUE_NAME})\s*(?:[,/;]\s*(?P<b>{_CUE_NAME})\s*)?\)"
)
_SWALLOWED = re.compile(r"[(),;]")
# Capitalised words that start a sentence or a cue rather than a name.
_LEADING_WORDS = frozenset({
    "in", "on", "at", "near", "the", "from", "to", "around", "between", "and", "of", "a",
    "le", "la", "les", "l", "à", "au", "aux", "dans", "près", "vers", "entre", "de", "du",
    "des", "et", "en", "sur",
})
# Lower-case words after a village-name reading that show a group of people, not a place
# ("Dogon civilians", "Bellah militiamen").
_GROUP_NOUNS = frozenset({
    "militiamen", "militia", "militias", "militants", "civilians", "community", "communities",
    "herders", "pastoralists", "fighters", "men", "women", "youths", "youth", "traders",
    "merchants", "merchant", "hunters", "farmers", "villagers", "elders", "chiefs", "people",
    "miliciens", "milices", "civils", "communauté", "éleveurs", "chasseurs", "combattants",
})


@lru_cache(maxsize=4)
def _cue_patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    cue = _CUE_WORDS.get(lang, _CUE_WORDS["en"])
    first = re.compile(rf"(?i:{cue})(?P<name>{_CUE_NAME})")
    more = re.compile(rf"{_LIST_TAIL}(?P<name>{_CUE_NAME})")
    return first, more


def _trim_name(text: str, start: int, end: int, keys: frozenset[str]) -> tuple[int, int] | None:
    """Drop capitalised function words at the front of a name ("In Gao" → "Gao") unless the
    whole name is a known place; None when nothing is left."""
    from ..geo.normalize import name_key

    name = text[start:end]
    while True:
        if name_key(name) in keys:
            return start, end
        head, _, rest = name.partition(" ")
        if not rest or head.casefold().strip("'’") not in _LEADING_WORDS:
            return (start, end) if name else None
        start += len(head) + 1
        name = rest


# "the Dogon village of X", "the Fulani community": a name right before such a word is a people.
_PEOPLE_BEFORE_FEATURE = {
    "en": re.compile(
        rf"(?P<name>{_NAME_WORD})\s+(?:villages?|hamlets?|communit(?:y|ies))\b"
    ),
}


def people_before_feature(text: str, lang: str) -> list[tuple[int, int]]:
    """Spans of capitalised words used as an adjective of a settlement word: "Dogon" in
    "the Dogon village of Were" (English puts the people before the noun)."""
    pattern = _PEOPLE_BEFORE_FEATURE.get(lang)
    if pattern is None:
        return []
    return [(m.start("name"), m.end("name")) for m in pattern.finditer(text)]


def cue_place_spans(text: str, lang: str, keys: frozenset[str]) -> list[tuple[int, int]]:
    """Character spans of toponyms given away by their context: after a feature word ("the
    village of X", "the villages of X, Y and Z"), or followed by admin names in parentheses
    that ``keys`` (gazetteer name keys) knows, "X (Goundam, Tombouctou)" — both the place
    and the admin names."""
    from ..geo.normalize import name_key

    spans: list[tuple[int, int]] = []
    first, more = _cue_patterns(lang if lang in _CUE_WORDS else "en")
    for match in first.finditer(text):
        pos = match.start("name")
        end = match.end("name")
        while True:
            spans.append((pos, end))  # right after "of": a leading "In" is part of the name
            follow = more.match(text, end)
            if follow is None:
                break
            pos, end = follow.start("name"), follow.end("name")
    for match in _PAREN_ADMIN.finditer(text):
        admins = [g for g in ("a", "b") if match.group(g)]
        if name_key(match.group(admins[-1])) not in keys:  # the outermost area must be known
            continue
        trimmed = _trim_name(text, match.start("place"), match.end("place"), keys)
        if trimmed:
            spans.append(trimmed)
        spans.extend((match.start(g), match.end(g)) for g in admins)
    unique = sorted(set(spans), key=lambda se: (se[0], -se[1]))
    return [
        (a, b) for a, b in unique if not any(c <= a and b <= d and (c, d) != (a, b) for c, d in unique)
    ]


@Language.factory("gazetteer_places", default_config={"key": ""})
def make_gazetteer_places(nlp: Language, name: str, key: str) -> Any:
    """Village names as GPE where the NER found nothing, and in place of a person or
    organisation reading when a locative word precedes the name."""
    from ..geo.normalize import name_key

    known = _PLACE_SETS.get(key, frozenset())
    every_key = frozenset(name_key(n) for n in _PLACE_SETS.get(key + ":all", known))
    first_words = frozenset(name.split(" ", 1)[0].split("-", 1)[0] for name in known)

    def tag(doc: Doc) -> Doc:
        _fill_gaps(doc)
        _add_cued(doc)
        _drop_people(doc)
        return doc

    def _drop_people(doc: Doc) -> None:
        spans = set(people_before_feature(doc_text(doc), nlp.lang or "en"))
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
        for start, end in cue_place_spans(doc_text(doc), nlp.lang or "en", every_key):
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
            if any(e.label_ in PLACE_LABELS and e.start <= span.start and e.end >= span.end
                   and not _SWALLOWED.search(e.text) for e in ents):
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
        replace: dict[tuple[int, int], SpacySpan] = {}
        for ent in ents:
            if ent.label_ not in PLACE_LABELS and ent.text in known and ent.start > 0:
                before = doc[ent.start - 1].lower_
                if before in LOCATIVE or (ent.start > 1 and doc[ent.start - 2].lower_ in {"près", "near"}):
                    replace[(ent.start, ent.end)] = SpacySpan(doc, ent.start, ent.end, label="GPE")
        new: list[SpacySpan] = []
        i = 0
        n = len(doc)
        while i < n:
            token = doc[i]
            if i in taken or not token.text[:1].isupper() or token.text not in first_words:
                i += 1
                continue
            for width in range(min(MAX_NAME_TOKENS, n - i), 0, -1):
                if any(j in taken for j in range(i, i + width)):
                    continue
                span = doc[i : i + width]
                if span.text in known:
                    after = doc[i + width] if i + width < n else None
                    if after is None or after.lower_ not in _GROUP_NOUNS:
                        new.append(SpacySpan(doc, i, i + width, label="GPE"))
                    i += width - 1
                    break
            i += 1
        if not new and not replace:
            return
        merged = [replace.get((e.start, e.end), e) for e in ents] + new
        doc.ents = sorted(merged, key=lambda e: e.start)

    return tag
