"""Look-ups by character offset in a parsed article, at a cost that does not grow with it.

spaCy rebuilds ``doc.ents`` from every token on each access, so a pass that asks for the
places of each sentence through ``doc.ents`` costs sentences × tokens: the square of the
article's length. The place entities are listed here once per Doc (kept in its
``user_data``, like ``triggers.doc_text``; the entities are final once the pipeline ran)
and found by bisection. :class:`DateWindows` does the same for the date expressions that
can date a sentence's acts.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from .place_cues import PLACE_LABELS

__all__ = ["DateWindows", "first_place_from", "places_within"]

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


class DateWindows:
    """The date expressions of an article that can date the acts of one sentence.

    ``when.date_for_trigger`` and ``dates.resolve_event_date`` read, of all the article's
    dates: those that start in the sentence, those that end at most ``reach`` characters
    before it (``max(300, 2 × its length)``), and, in text order, those of the story's lead
    (``lead`` characters). ``near`` gives that part of the list, in the list's order, so that
    dating a sentence costs the dates near it rather than every date of the article; the
    answers are the same. A list that is not in text order, or whose expressions overlap,
    is given whole.
    """

    def __init__(self, exprs: Sequence[Any], *, lead: int) -> None:
        self.exprs = tuple(exprs)
        self._starts = [e.start for e in self.exprs]
        self._ends = [e.end for e in self.exprs]
        self._ordered = all(
            a.start <= a.end <= b.start for a, b in zip(self.exprs, self.exprs[1:])
        )
        self._lead = bisect_left(self._starts, lead) if self._ordered else 0

    def near(self, start: int, end: int) -> tuple[Any, ...]:
        """The dates that can date an act of the sentence ``[start, end)``."""
        if not self._ordered:
            return self.exprs
        reach = max(300, 2 * (end - start))
        lo = bisect_left(self._ends, start - reach)
        hi = bisect_left(self._starts, end)
        if lo <= self._lead:
            return self.exprs[: max(self._lead, hi)]
        return self.exprs[: self._lead] + self.exprs[lo:hi]
