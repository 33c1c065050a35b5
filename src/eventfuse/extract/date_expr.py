"""A date expression of a text resolved to a calendar date (``DateExpr``), the value that
``extract.dates.find_dates`` returns and ``extract.when`` chooses from."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

__all__ = ["KINDS", "DateExpr", "weekday_of"]

KINDS = ("explicit", "weekday", "relative", "chained", "period", "year")


@dataclass(frozen=True, slots=True)
class DateExpr:
    """One date expression of a text, resolved to a calendar date.

    ``precision`` follows ACLED (1 day, 2 week or a few days, 3 month); ``kind`` is one of
    ``KINDS``; ``stated_weekday`` is the weekday written next to an explicit date (0 = Monday)
    and ``weekday_mismatch`` says it is not the weekday of ``value``; ``year_only`` is set for
    bare years; ``dateline`` marks the date of a dateline ("NIAMEY, Dec 11 (Reuters) -"), the
    day the story was written, not the date of an act; ``covers`` is the first and last day
    of a period (a range, a part of a month, a month), ``None`` for a day.
    """

    start: int
    end: int
    text: str
    value: date
    precision: int
    kind: str
    stated_weekday: int | None = None
    weekday_mismatch: bool = False
    year_only: int | None = None
    dateline: bool = False
    covers: tuple[date, date] | None = None

    def within(self, other: DateExpr) -> bool:
        """Whether this expression names a part of the period ``other`` covers and is
        narrower than it ("entre le 27 et le 31 mars", "on 27 March" within "late March")."""
        if other.covers is None or self.kind == "year":
            return False
        first, last = self.covers or (self.value, self.value)
        return other.covers[0] <= first and last <= other.covers[1] and (first, last) != other.covers


def weekday_of(d: date) -> int:
    """The weekday of ``d``: 0 = Monday ... 6 = Sunday."""
    return d.weekday()
