"""Actor entries and their ACLED names: periods, ``{country}`` templates, comparable forms."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ..common.text import fold_keep_length

SPACE_RE = re.compile(r"\s+")
_PERIOD_RE = re.compile(r"\s*\(\d{4}-(?:\d{4})?\)")
OPEN_PERIOD_RE = re.compile(r"^(?P<base>.*?) \((?P<year>\d{4})-\)(?P<rest>.*)$")
ANY_PERIOD_RE = re.compile(r"^(?P<base>.*?) \((?P<year>\d{4})-(?:\d{4})?\)(?P<rest>.*)$")
_CLOSED_PERIOD_RE = re.compile(r"\((\d{4})-\d{4}\)")


def normalise_actor_name(name: str, *, keep_period: bool = True) -> str:
    """A form of an actor name for comparison: casefolded, no accents, single spaces.

    With ``keep_period=False`` the period in parentheses is dropped, so that
    "Military Forces of Mali (2013-2020)" and "Military Forces of Mali (2021-)" compare equal.
    """
    text = fold_keep_length(name).casefold()
    if not keep_period:
        text = _PERIOD_RE.sub("", text)
    return SPACE_RE.sub(" ", text).strip()


@dataclass(frozen=True, slots=True)
class Period:
    """One name of an actor and the days it applies to (``None``: open)."""

    name: str
    start: date | None = None
    end: date | None = None

    def contains(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """One actor of the table (see the header of ``data/actors.toml`` for the fields)."""

    key: str
    name: str
    inter: int
    aliases_en: tuple[str, ...] = ()
    aliases_fr: tuple[str, ...] = ()
    country: str | None = None
    start: date | None = None
    end: date | None = None
    short_name: str | None = None
    periods: tuple[Period, ...] = ()
    role: str | None = None
    generic: bool = False
    words: str | None = None
    case_sensitive: bool = False
    label: str = "ORG"
    acled_variants: tuple[str, ...] = ()

    def aliases(self, lang: str) -> tuple[str, ...]:
        """The aliases the table gives for reports in ``lang`` (English ones for a language
        the table has no column for)."""
        return tuple(getattr(self, f"aliases_{lang}", self.aliases_en))

    def active_on(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)

    def period_on(self, on: date | None) -> Period | None:
        """The period whose name applies on ``on``: the latest when ``on`` is unknown, the
        nearest when ``on`` falls outside every period."""
        if not self.periods:
            return None
        if on is None:
            return self.periods[-1]
        for period in self.periods:
            if period.contains(on):
                return period
        before = [p for p in self.periods if p.start is not None and p.start <= on]
        return before[-1] if before else self.periods[0]

    def name_on(self, on: date | None = None, country: str | None = None) -> str:
        """The ACLED name on ``on`` with ``{country}`` filled (event country, else own)."""
        period = self.period_on(on)
        template = self.name if period is None else period.name
        return fill_country(template, country or self.country)

    def all_names(self) -> tuple[str, ...]:
        """Every name this entry can produce (templates keep ``{country}``)."""
        return tuple(p.name for p in self.periods) if self.periods else (self.name,)


def fill_country(template: str, country: str | None) -> str:
    """Put ``country`` into a ``{country}`` template; without one, drop the placeholder."""
    if "{country}" not in template:
        return template
    if country:
        return template.replace("{country}", country)
    text = template.replace(" ({country})", "").replace(" of {country}", "")
    return SPACE_RE.sub(" ", text.replace("{country}", "")).strip()


def days_outside(entry: ActorEntry, on: date) -> int:
    if entry.start is not None and on < entry.start:
        return (entry.start - on).days
    if entry.end is not None and on > entry.end:
        return (on - entry.end).days
    return 0


def open_form(name: str) -> str:
    """``name`` normalised, with a closed period written open ("(2015-2022)" -> "(2015-)")."""
    return _CLOSED_PERIOD_RE.sub(r"(\1-)", normalise_actor_name(name))


def name_pattern(name: str) -> re.Pattern[str]:
    """A pattern matching ``open_form`` of ``name``; ``{country}`` may be any country."""
    escaped = re.escape(open_form(name)).replace(re.escape("{country}"), r"(?P<country>[^()]+?)")
    return re.compile(f"^{escaped}$")


def same_country(a: re.Match[str], b: re.Match[str]) -> bool:
    """Two template matches agree on the country, or one of them has none."""
    first = a.groupdict().get("country")
    second = b.groupdict().get("country")
    return first is None or second is None or first == second


def country_as_written(name: str, match: re.Match[str]) -> str:
    """The country of a template match as the name writes it (not casefolded)."""
    inner = re.search(r"\(([^()]+)\)\s*$", name)
    if inner and normalise_actor_name(inner.group(1)) == match["country"]:
        return inner.group(1).strip()
    found = re.search(r" of (.+)$", name)
    if found and normalise_actor_name(found.group(1)) == match["country"]:
        return found.group(1).strip()
    return match["country"].title()
