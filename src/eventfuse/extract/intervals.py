"""Offset intervals (date expressions, candidate matches) found by bisection rather than by
scanning every one: the cost of the passes that ask for them per sentence or per
candidate then grows with the article, not with its square. No spaCy here."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from typing import Any, Protocol, TypeVar

__all__ = ["AHEAD", "DateWindows", "keep_disjoint"]

# How far after a sentence its acts may read a date (``when._narrowed``: the next sentence
# narrowing a period), in characters.
AHEAD = 300


class _Interval(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


T = TypeVar("T", bound=_Interval)


def keep_disjoint(found: Sequence[T]) -> list[T]:
    """The items of ``found`` (best first) that overlap no better one kept before them, in
    the order of ``found``: ``[c for c in found if no kept k has k.start < c.end and
    c.start < k.end]``, one bisection per item."""
    kept: list[T] = []
    starts: list[int] = []  # the kept intervals: disjoint, in text order, so their ends too
    ends: list[int] = []
    for c in found:
        i = bisect_left(starts, c.end)  # kept ones starting before c ends: 0 .. i-1
        if i == 0 or ends[i - 1] <= c.start:  # the last of them ends latest
            kept.append(c)
            starts.insert(i, c.start)
            ends.insert(i, c.end)
    return kept


class DateWindows:
    """The date expressions of an article that can date the acts of one sentence.

    ``when.date_for_trigger`` and ``dates.resolve_event_date`` read, of all the article's
    dates: those that start in the sentence, those that end at most ``reach`` characters
    before it (``max(300, 2 × its length)``), those that start less than ``ahead``
    characters after it (a later date that narrows the sentence's), and, in text order,
    those of the story's lead (``lead`` characters). ``near`` gives that part of the list, in
    the list's order, so that dating a sentence costs the dates near it rather than every date of the article; the
    answers are the same. A list that is not in text order, or whose expressions overlap,
    is given whole.
    """

    def __init__(self, exprs: Sequence[Any], *, lead: int, ahead: int = AHEAD) -> None:
        self.ahead = ahead
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
        hi = bisect_left(self._starts, end + self.ahead)
        if lo <= self._lead:
            return self.exprs[: max(self._lead, hi)]
        return self.exprs[: self._lead] + self.exprs[lo:hi]
