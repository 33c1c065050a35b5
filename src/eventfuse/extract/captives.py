"""Captives killed after their abduction: ACLED codes the abduction and the killing or harming
of those it took as one attack, dated and placed where they were taken (ACLED's Burkina Faso,
Mali and Niger notes that tell people abducted and killed: 185 coded Attack, 4 Abduction).
Used by the report pass that folds the parts of a report's main act (``extract.passes``)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from ..common.names import same_person
from ..lang import any_of
from ..records import Mention, SetAside
from ..taxonomy import ABDUCTION_FORCED_DISAPPEARANCE, ATTACK, sub_event

# Captives killed in the days after their abduction ("found dead the next day") are that
# abduction's incident; killed later, they are an event of their own.
CAPTIVE_DAYS = 2

_ATTACK_WORDS = re.compile(r"^" + any_of("passes", "ATTACK_WORDS"), re.IGNORECASE)
_FOUND = re.compile(r"\b" + any_of("passes", "FOUND_WORDS"), re.IGNORECASE)


def harms_the_abducted(main: Mention, part: Mention) -> bool:
    """"Gunmen abducted three men. One was later found executed." A later act of an abduction's
    report told by a word of harm (not a bare "attack" or "raid")."""
    return (
        main.sub_event_type == ABDUCTION_FORCED_DISAPPEARANCE
        and part.sub_event_type == ATTACK
        and _ATTACK_WORDS.match(part.trigger.quote) is None
    )


def kills_the_captive(main: Mention, part: Mention) -> bool:
    """"A geologist kidnapped on Tuesday has been found dead ... He was abducted from the mine
    site": the report's main act is the killing of a captive, told as the finding of the body
    (the day of death is unknown; an execution told with its own day is its own act), and
    ``part`` the abduction it followed."""
    return (
        part.sub_event_type == ABDUCTION_FORCED_DISAPPEARANCE
        and main.sub_event_type == ATTACK
        and _ATTACK_WORDS.match(main.trigger.quote) is None
        and _FOUND.search(main.sentence.quote) is not None
    )


def within(main: Mention, day: date, reach: int, back: int = 1) -> bool:
    """Is ``day`` from ``back`` days (at least one) before the main act's to ``reach`` days
    (at least one) after it?"""
    assert main.date is not None
    gap = (day - main.date.value).days
    return -max(back, 1) <= gap <= max(reach, 1)


def on_the_abduction_day(main: Mention, abduction: Mention) -> Mention:
    """The captive's killing dated and placed as ACLED codes it: on the day of the abduction
    (when that is earlier) and where the abduction's sentence places it, when it names a place."""
    date_ = main.date
    if abduction.date is not None and (date_ is None or abduction.date.value < date_.value):
        date_ = abduction.date
    placed = [p for p in abduction.place_mentions if p.relation in (None, "in", "near")]
    return replace(main, date=date_, place_mentions=abduction.place_mentions if placed else main.place_mentions)


def same_captive(main: Mention, m: Mention) -> bool:
    """Do the abduction and the later act name the same person ("X was abducted", "X was
    found dead")?"""
    return any(same_person(a, b) for a in main.victims for b in m.victims)


def among_the_captives(main: Mention, m: Mention) -> bool:
    """Can the people ``m`` harmed be some of those the abduction took ("abducted 15 people
    ... one was killed")? No other named person, and no more of them than were taken."""
    if main.victims and m.victims and not same_captive(main, m):
        return False
    taken = [c.value for c in main.claims if c.attribute == "victims" and c.qualifier == "exact"]
    harmed = [c.value for c in m.claims if c.attribute == "victims" and c.qualifier == "exact"]
    return not taken or not harmed or max(harmed) <= max(taken)


def told_as_a_finding(m: Mention) -> bool:
    """"was found dead", "his body was found", « retrouvé mort »: the victim may lie far from
    where the captors took them."""
    return _FOUND.search(m.trigger.quote) is not None


def as_the_attack(main: Mention, part: Mention, part_of_main: str) -> Mention:
    """The abduction coded as the attack its harm part tells (that part's toll); the abduction
    stays among its parts, so it still links with reports that tell the abduction alone."""
    attack = sub_event(ATTACK)
    return replace(
        main, sub_event_type=attack.name, event_type=attack.event_type, disorder_type=attack.disorder_type,
        fatalities=part.fatalities if part.fatalities is not None else main.fatalities,
        fatalities_span=part.fatalities_span if part.fatalities is not None else main.fatalities_span,
        civilian_targeting=main.civilian_targeting or part.civilian_targeting,
        parts=(*main.parts, SetAside(main.trigger, part_of_main, main.sub_event_type)),
    )  # fmt: skip
