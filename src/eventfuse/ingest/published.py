"""Parse publication dates: ISO 8601, RFC 822 and English/French dates with month names."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
from email.utils import parsedate_to_datetime

_MONTHS: dict[str, int] = {
    # English
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
    # French (accents folded away before lookup)
    "janvier": 1, "janv": 1, "fevrier": 2, "fevr": 2, "fev": 2, "mars": 3, "avril": 4,
    "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "aout": 8, "septembre": 9,
    "octobre": 10, "novembre": 11, "decembre": 12,
}  # fmt: skip
_WEEKDAYS = frozenset(
    {
        "monday", "mon", "tuesday", "tue", "tues", "wednesday", "wed", "thursday", "thu",
        "thur", "thurs", "friday", "fri", "saturday", "sat", "sunday", "sun",
        "lundi", "lun", "mardi", "mar", "mercredi", "mer", "jeudi", "jeu", "vendredi", "ven",
        "samedi", "sam", "dimanche", "dim",
    }
)  # fmt: skip
_WORD = r"[a-z]+"
_LEADING_WORD = re.compile(r"^([a-z]+)\.?,?\s+(?=\d)")
# "11 nov. 2025", "1er novembre 2025", "11th of November, 2025"
_DAY_MONTH_YEAR = re.compile(
    rf"\b(\d{{1,2}})(?:er|re|st|nd|rd|th)?\s+(?:of\s+|de\s+)?({_WORD})\.?,?\s+(\d{{4}})\b"
)
# "November 11, 2025", "Nov. 11th 2025"
_MONTH_DAY_YEAR = re.compile(rf"\b({_WORD})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b")
# "2025/11/11", "2025.11.11"
_YMD = re.compile(r"\b(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b")
_MIN_YEAR = 1900
_MAX_YEAR = 2200


def _fold(value: str) -> str:
    decomposed = unicodedata.normalize("NFKD", value.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _make(year: int, month: int, day: int) -> date | None:
    if not _MIN_YEAR <= year <= _MAX_YEAR:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _iso(text: str) -> date | None:
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(text).date()
    except ValueError:
        return None


def _rfc822(text: str) -> date | None:
    try:
        parsed = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    return parsed.date() if parsed is not None else None


def _strip_weekday(folded: str) -> str:
    match = _LEADING_WORD.match(folded)
    if match and match.group(1) in _WEEKDAYS:
        return folded[match.end() :]
    return folded


def parse_month_name_date(text: str) -> date | None:
    """A date written with an English or French month name (weekday and time ignored).

    Handles "mar., 11 nov. 2025 10:00:00", "11 novembre 2025", "1er mars 2024",
    "Tuesday, November 11, 2025" and "Nov 11th, 2025". Names are looked up without accents.
    A leading weekday is dropped first, so "mar." (mardi) is not read as March there.
    """
    folded = _strip_weekday(_fold(text).strip())
    for match in _DAY_MONTH_YEAR.finditer(folded):
        month = _MONTHS.get(match.group(2))
        if month is not None:
            return _make(int(match.group(3)), month, int(match.group(1)))
    for match in _MONTH_DAY_YEAR.finditer(folded):
        month = _MONTHS.get(match.group(1))
        if month is not None:
            return _make(int(match.group(3)), month, int(match.group(2)))
    ymd = _YMD.search(folded)
    if ymd:
        return _make(int(ymd.group(1)), int(ymd.group(2)), int(ymd.group(3)))
    return None


def parse_date(value: str) -> date | None:
    """The calendar date in ``value`` as written (no time-zone shift), or ``None``.

    Tries ISO 8601 (date or datetime), then RFC 822 ("Tue, 11 Nov 2025 10:00:00 +0100", the
    RSS format), then English/French month names (:func:`parse_month_name_date`).
    """
    text = value.strip()
    if not text:
        return None
    for parser in (_iso, _rfc822, parse_month_name_date):
        parsed = parser(text)
        if parsed is not None and _MIN_YEAR <= parsed.year <= _MAX_YEAR:
            return parsed
    return None
