"""The words around a date expression that change what it is: a weekday that names a custom
("Sunday mass"), a date inside an organisation's name ("le Mouvement du 5 juin"), a dateline
("NIAMEY, Dec 11 (Reuters) -"). Used by ``extract.dates``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from types import ModuleType

__all__ = ["DATELINE_DAYS", "DATELINE_REACH", "DateContext", "is_dateline"]

# A dateline: a place at the start of a line, a comma, a date, then the agency in brackets
# and/or a dash ("NIAMEY, Dec 11 (Reuters) -", "Ouagadougou, Jan 17 (AFP)", "BAMAKO, 8 août -").
_DATELINE_BEFORE = re.compile(r"(?:^|\n)[ \t]*[A-ZÀ-Ý][^\n,:;.!?]{1,40},[ \t]*$")
_DATELINE_AFTER = re.compile(r"[ \t]*(?:\([^()\n]{1,30}\)[ \t]*[-–—]?|[-–—])")
DATELINE_REACH = 600  # a dateline opens the story: within this many characters
DATELINE_DAYS = 3  # a dateline up to this many days before publication dates the writing
_LOOK_BACK = 45  # characters read before a date for its context


def is_dateline(text: str, start: int, end: int) -> bool:
    """Whether the date ``text[start:end]`` is written as a dateline."""
    return bool(
        _DATELINE_BEFORE.search(text[max(0, start - _LOOK_BACK) : start]) and _DATELINE_AFTER.match(text, end)
    )


@dataclass(frozen=True, slots=True)
class DateContext:
    """One language's context patterns (``lang/<code>/dates.py``)."""

    custom_after: re.Pattern[str]  # "Sunday mass": a weekday that is no date
    custom_before: re.Pattern[str]  # "la prière du vendredi", "every Monday"
    name_before: re.Pattern[str]  # "le Mouvement du 5 juin": a date inside a name
    name_after: re.Pattern[str]  # "the June 5 Movement"

    @classmethod
    def of(cls, mod: ModuleType) -> DateContext:
        return cls(
            custom_after=re.compile(mod.WEEKDAY_NOT_DATE_AFTER, re.IGNORECASE),
            custom_before=re.compile(mod.WEEKDAY_NOT_DATE_BEFORE, re.IGNORECASE),
            name_before=re.compile(mod.DATE_IN_NAME_BEFORE, re.IGNORECASE),
            name_after=re.compile(mod.DATE_IN_NAME_AFTER, re.IGNORECASE),
        )

    def custom(self, text: str, start: int, end: int) -> bool:
        """A weekday that names a custom, not a day: "Sunday mass", "la prière du vendredi"."""
        before = text[max(0, start - _LOOK_BACK) : start]
        return bool(self.custom_after.match(text, end) or self.custom_before.search(before))

    def in_name(self, text: str, start: int, end: int) -> bool:
        """A date inside an organisation's name ("le Mouvement du 5 juin", "the June 5 Movement")."""
        before = text[max(0, start - _LOOK_BACK) : start]
        return bool(self.name_after.match(text, end) or self.name_before.search(before))
