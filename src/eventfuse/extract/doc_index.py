"""Look-ups by character offset in a parsed article, at a cost that does not grow with it.

spaCy rebuilds ``doc.ents`` from every token on each access, so a pass that asks for the
places of each sentence through ``doc.ents`` costs sentences × tokens: the square of the
article's length. The place entities are listed here once per Doc (kept in its
``user_data``, like ``triggers.doc_text``; the entities are final once the pipeline ran)
and found by bisection. Date expressions are indexed the same way (:class:`ByStart`).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Generic, TypeVar

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from .place_cues import PLACE_LABELS

__all__ = ["ByStart", "first_place_from", "places_within"]

_KEY = "eventfuse_place_ents"

T = TypeVar("T")


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


class ByStart(Generic[T]):
    """Items with a ``start`` offset (date expressions), found by offset range; the items
    of a range keep the order they had in the sequence given."""

    def __init__(self, items: Iterable[T], start: Callable[[T], int]) -> None:
        self.items: tuple[T, ...] = tuple(items)
        order = sorted(range(len(self.items)), key=lambda i: (start(self.items[i]), i))
        self._starts = [start(self.items[i]) for i in order]
        self._order = order

    def between(self, lo: int, hi: int) -> list[T]:
        """The items with ``lo <= start < hi``, in their original order."""
        a = bisect_left(self._starts, lo)
        b = bisect_left(self._starts, hi)
        return [self.items[i] for i in sorted(self._order[a:b])]

    def __len__(self) -> int:
        return len(self.items)
