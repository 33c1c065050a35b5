"""ACLED's most conservative toll of one incident, across its reports.

Each report's toll is a figure with a qualifier ("at least 10", "24", "une dizaine"). The fused
toll is the lowest figure every report allows when the reports agree ("at least 10" and "24":
24), else the lowest figure any report gives (a governor's 5 against residents' "at least 12":
5). Three kinds of figures are left out of that choice while the reports give another, and are
kept as alternatives:

- a figure a report says was revised ("a first toll of 15 ... a new toll of 54", "bringing
  the death toll to 28"): ACLED codes the incident's current figure, not a superseded one;
- a vague amount ("une dizaine", "several", "dozens"): ACLED's figures for vague words stand in
  for a toll only when no report states one;
- a toll summed over several days or since a date ("7 killed on 10 and 11 July", "since
  January"): ACLED splits such a toll across the days' events. A report that gives such a
  sum and smaller figures of its own for the act stands for the lowest of them (``day_toll``).

Two kinds of figures are floors rather than caps: a toll a report calls provisional ("a
provisional toll of 21" against another report's "at least 31": 31), and a toll of one side's
dead against another report's toll that names no side ("four civilians were killed" against
"at least 25 dead": 25), since ACLED adds the sides.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, replace

from ..extract.numbers import (
    ASSAILANTS,
    ASSAILANTS_TOLL,
    CUMULATIVE_TOLL,
    EARLIER_TOLL,
    PROVISIONAL_TOLL,
    SIDE_TOLL,
    is_vague_amount,
    qualifier_of,
)
from ..records import ClaimValue, Mention, Qualifier, Span
from .claims import consistent, interval


@dataclass(frozen=True, slots=True)
class ReportedToll:
    """One mention's toll, as the fusion weighs it."""

    value: int
    qualifier: Qualifier
    vague: bool
    side: str | None = None  # whose dead alone it counts ("civilians"), None: everyone or unsaid
    floor: bool = False  # a provisional toll or one side's part: the incident had at least as many dead
    cumulative: bool = False  # summed over several days or since a date
    assailants: int = 0  # the part of ``value`` that counts the assailants killed, when the report tells it apart


def reported_toll(m: Mention) -> ReportedToll | None:
    """The mention's toll with the qualifier of the claim it was read from (that of its own
    figure as written when no claim holds it; exact if none)."""
    if m.fatalities is None:
        return None
    span = m.fatalities_span
    lang = m.language or "en"
    same = [c for c in m.claims if c.attribute == "fatalities" and c.subject == "event" and round(c.value) == m.fatalities]
    at_span = [c for c in same if span is not None and (c.span.start, c.span.end) == (span.start, span.end)]
    qualifier: Qualifier = "exact"
    if at_span or same:
        qualifier = (at_span or same)[0].qualifier
    elif span is not None:
        qualifier = qualifier_of(span.quote, m.fatalities, lang=lang)
    vague = span is not None and m.fatalities > 0 and is_vague_amount(span.quote, lang=lang)
    marks = [c for c in m.claims if c.attribute == "fatalities" and round(c.value) == m.fatalities]
    floor = qualifier == "exact" and any(c.subject == PROVISIONAL_TOLL for c in marks)
    side = next((c.subject.removeprefix(SIDE_TOLL) for c in marks if c.subject.startswith(SIDE_TOLL)), None)
    cumulative = any(c.subject == CUMULATIVE_TOLL for c in marks)
    if cumulative:
        day = day_toll(m)
        if day is not None:
            return day
    assailants = next((round(c.value) for c in m.claims if c.subject == ASSAILANTS_TOLL and 0 < c.value < m.fatalities), 0)
    return ReportedToll(m.fatalities, "at_least" if floor else qualifier, vague, side, floor, cumulative, assailants)


def toll_vote(m: Mention) -> tuple[int | None, Span | None]:
    """The toll a mention votes for, and where it was read: its own, or the day's figure
    that stands for a toll summed over days (``day_toll``)."""
    if m.fatalities is None or not any(
        c.attribute == "fatalities" and c.subject == CUMULATIVE_TOLL and round(c.value) == m.fatalities for c in m.claims
    ):
        return m.fatalities, m.fatalities_span
    day = day_toll(m)
    if day is None:
        return m.fatalities, m.fatalities_span
    span = next((c.span for c in m.claims if c.attribute == "fatalities" and c.subject == "event" and round(c.value) == day.value), None)
    return day.value, span or m.fatalities_span


def day_toll(m: Mention) -> ReportedToll | None:
    """A report that sums its toll over several days ("7 killed on 10 and 11 July") and also
    counts the act's dead in smaller figures ("four died at the mosque", "two were dead on
    arrival"): ACLED splits the sum across the days' events, so the lowest of the report's own
    smaller figures stands for the act, not the sum (``None`` when it gives none)."""
    summed = {round(c.value) for c in m.claims if c.attribute == "fatalities" and c.subject == CUMULATIVE_TOLL}
    parts = [
        c for c in m.claims
        if c.attribute == "fatalities" and c.subject == "event" and 0 < round(c.value) < (m.fatalities or 0)
        and round(c.value) not in summed and c.qualifier != "approx"
    ]  # fmt: skip
    if not parts:
        return None
    low = min(parts, key=lambda c: c.value)
    return ReportedToll(round(low.value), low.qualifier, False)


def superseded_tolls(mentions: Sequence[Mention]) -> frozenset[int]:
    """Figures some report of the incident says were replaced by a later toll."""
    return frozenset(
        round(c.value) for m in mentions for c in m.claims
        if c.subject == EARLIER_TOLL and c.attribute == "fatalities"
    )


def current_tolls(tolls: Collection[ReportedToll], superseded: Collection[int]) -> list[ReportedToll]:
    """The tolls the choice weighs: revised, vague and cumulative figures drop out while another
    is left."""
    out = list(tolls)
    newest = max((t.value for t in out if t.value not in superseded), default=None)
    kept = [t for t in out if not (t.value in superseded and newest is not None and newest > t.value)]
    out = kept or out
    kept = [t for t in out if not t.vague]
    out = kept or out
    kept = [t for t in out if not t.cumulative]
    return kept or out


# Sides whose tolls in two reports are rival accounts of the same dead ("terrorists
# neutralised" against "civilians executed"), not parts to add.
RIVAL_SIDES = frozenset({frozenset({"armed", "civilians"})})


def parts_as_floors(tolls: Sequence[ReportedToll]) -> list[ReportedToll]:
    """A toll of one side's dead is a floor of the incident's toll when another report counts
    the dead without naming a side (a part of its toll, not a rival figure). Militants' and
    civilians' tolls are rival versions, not parts: "203 terrorists neutralised" (the army)
    and "300 civilians executed" (a rights group) may count the same dead."""
    return [
        replace(t, qualifier="at_least", floor=True)
        if t.side is not None and t.qualifier == "exact" and any(o.side is None for o in tolls)
        and not any(frozenset({t.side, o.side}) in RIVAL_SIDES for o in tolls)
        else t
        for t in tolls
    ]


def conservative_toll(tolls: Collection[ReportedToll], superseded: Collection[int] = ()) -> int | None:
    """ACLED's most conservative figure of the incident (see the module's docstring)."""
    current = parts_as_floors(current_tolls(tolls, superseded))
    if not current:
        return None
    values = [ClaimValue(value=float(t.value), unit=None, qualifier=t.qualifier, articles=()) for t in current]
    # the reports disagree: the lowest figure, but none below a floor (a provisional toll,
    # one side's dead); one side's dead are a part of the incident's toll, never its toll
    # while another report counts more ("four civilians were killed", "none", "at least 25
    # dead": 25)
    floor = max((t.value for t in current if t.floor), default=0)
    candidates = [t for t in current if t.value >= floor]
    wholes = [t for t in candidates if not (t.floor and t.side is not None)]
    lowest = min((t.value for t in wholes or candidates), default=min(t.value for t in current))
    if len({t.value for t in current}) > 1 and consistent(values):
        low = max(interval(v.value, v.qualifier, None)[0] for v in values)
        allowed = math.ceil(low - 1e-9)
        if any(t.value == allowed for t in current):
            return allowed
    return lowest


def sides_added(tolls: Collection[ReportedToll], superseded: Collection[int] = ()) -> int | None:
    """ACLED counts every reported death, the assailants' as well as their victims': when a
    report of the incident counts the assailants killed apart from the others ("seven
    soldiers ... and four attackers were killed"), the incident's toll is the victims' most
    conservative current figure across reports plus the assailants' ("25 soldiers and 63
    assailants", later "at least 89 soldiers": 89 + 63). A report's toll of the assailants
    alone is a floor of theirs (it may count one site). ``None`` when no report tells the
    assailants apart: ``conservative_toll`` then weighs the tolls as they are."""
    if not any(0 < t.assailants < t.value for t in tolls):
        return None
    victims: list[ReportedToll] = []
    assailants: list[ReportedToll] = []
    for t in tolls:
        if 0 < t.assailants < t.value:
            victims.append(replace(t, value=t.value - t.assailants, assailants=0, side=None))
            assailants.append(replace(t, value=t.assailants, assailants=0, side=None))
        elif t.side == ASSAILANTS:
            assailants.append(replace(t, qualifier="at_least", floor=True))
        else:
            victims.append(t)
    if not victims:
        return None
    low_victims = conservative_toll(victims, superseded)
    low_assailants = conservative_toll(assailants)
    if low_victims is None or low_assailants is None:
        return None
    return low_victims + low_assailants


def choose_toll(weights: Mapping[object, float], tolls: Collection[ReportedToll], superseded: Collection[int]) -> object:
    """The fused toll among the voted values (``_Votes.result``'s ``choose``)."""
    chosen = conservative_toll(tolls, superseded)
    if chosen is not None and chosen in weights:
        return chosen
    return min(weights, key=lambda v: int(v))  # type: ignore[call-overload]
