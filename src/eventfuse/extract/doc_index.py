"""Look-ups by character offset in a parsed article, at a cost that does not grow with it.

spaCy rebuilds ``doc.ents`` from every token on each access, so a pass that asks for the
places of each sentence through ``doc.ents`` costs sentences × tokens: the square of the
article's length. The place entities are listed here once per Doc (kept in its
``user_data``, like ``triggers.doc_text``; the entities are final once the pipeline ran)
and found by bisection (dates: ``intervals.DateWindows``).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from .place_cues import PLACE_LABELS

__all__ = ["first_place_from", "places_within"]

_KEY = "eventfuse_place_ents"


@dataclass(frozen=True, slots=True)
class _Places:
    starts: tuple[int, ...]
    ents: tuple[SpacySpan, ...]


def _places(doc: Doc) -> _Places:
    found = doc.user_data.get(_KEY)
    if not isinstance(found, _Places):
        ents = tuple(e for e in doc.ents if e.label_ in PLACE_LABELS)  # in text order, disjoint
        found = doc.user_data[_KEY] = _Places(tuple(e.start_char for e in ents), ents)
    return found


def places_within(doc: Doc, start: int, end: int) -> list[SpacySpan]:
    """The place entities (GPE, LOC, FAC) lying wholly between ``start`` and ``end``, in
    text order: ``[e for e in doc.ents if place and start <= e.start_char and e.end_char <= end]``."""
    index = _places(doc)
    out: list[SpacySpan] = []
    for i in range(bisect_left(index.starts, start), len(index.ents)):
        ent = index.ents[i]
        if ent.start_char >= end:
            break
        if ent.end_char <= end:
            out.append(ent)
    return out


def first_place_from(doc: Doc, lo: int, hi: int) -> SpacySpan | None:
    """The first place entity that starts between ``lo`` and ``hi`` (both included)."""
    index = _places(doc)
    i = bisect_left(index.starts, lo)
    if i < len(index.ents) and index.starts[i] <= hi:
        return index.ents[i]
    return None
