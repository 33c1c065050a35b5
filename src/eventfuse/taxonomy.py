"""ACLED's disorder types, event types, sub-event types and actor type codes: one table."""

from __future__ import annotations

from dataclasses import dataclass

PV = "Political violence"
DEMO = "Demonstrations"
SD = "Strategic developments"


@dataclass(frozen=True, slots=True)
class SubEventType:
    name: str
    event_type: str
    disorder_type: str
    code: str  # CASE 2021 short code
    violent: bool  # counts as political violence (fatalities expected, civilian targeting)


SUB_EVENT_TYPES: tuple[SubEventType, ...] = (
    SubEventType("Armed clash", "Battles", PV, "ARMED_CLASH", True),
    SubEventType("Government regains territory", "Battles", PV, "GOV_REGAINS_TERIT", True),
    SubEventType(
        "Non-state actor overtakes territory", "Battles", PV, "NON_STATE_ACTOR_OVERTAKES_TER", True
    ),
    SubEventType("Chemical weapon", "Explosions/Remote violence", PV, "CHEM_WEAP", True),
    SubEventType("Air/drone strike", "Explosions/Remote violence", PV, "AIR_STRIKE", True),
    SubEventType("Suicide bomb", "Explosions/Remote violence", PV, "SUIC_BOMB", True),
    SubEventType(
        "Shelling/artillery/missile attack",
        "Explosions/Remote violence",
        PV,
        "ART_MISS_ATTACK",
        True,
    ),
    SubEventType(
        "Remote explosive/landmine/IED", "Explosions/Remote violence", PV, "REM_EXPLOS", True
    ),
    SubEventType("Grenade", "Explosions/Remote violence", PV, "GRENADE", True),
    SubEventType("Sexual violence", "Violence against civilians", PV, "SEX_VIOL", True),
    SubEventType("Attack", "Violence against civilians", PV, "ATTACK", True),
    SubEventType(
        "Abduction/forced disappearance", "Violence against civilians", PV, "ABDUCT_DISSAP", True
    ),
    SubEventType("Peaceful protest", "Protests", DEMO, "PEACE_PROTEST", False),
    SubEventType("Protest with intervention", "Protests", DEMO, "PROTEST_WITH_INTER", False),
    SubEventType(
        "Excessive force against protesters", "Protests", PV, "FORCE_AGAINST_PROTEST", True
    ),
    SubEventType("Violent demonstration", "Riots", DEMO, "VIOL_DEMONSTR", False),
    SubEventType("Mob violence", "Riots", PV, "MOB_VIOL", True),
    SubEventType("Agreement", SD, SD, "AGREEMENT", False),
    SubEventType("Arrests", SD, SD, "ARREST", False),
    SubEventType("Change to group/activity", SD, SD, "CHANGE_TO_GROUP_ACT", False),
    SubEventType("Disrupted weapons use", SD, SD, "DISR_WEAP", False),
    SubEventType("Headquarters or base established", SD, SD, "HQ_ESTABLISHED", False),
    SubEventType("Looting/property destruction", SD, SD, "PROPERTY_DISTRUCT", False),
    SubEventType("Non-violent transfer of territory", SD, SD, "NON_VIOL_TERRIT_TRANSFER", False),
    SubEventType("Other", SD, SD, "OTHER", False),
)

BY_NAME: dict[str, SubEventType] = {s.name: s for s in SUB_EVENT_TYPES}
BY_CODE: dict[str, SubEventType] = {s.code: s for s in SUB_EVENT_TYPES}
EVENT_TYPES: tuple[str, ...] = tuple(dict.fromkeys(s.event_type for s in SUB_EVENT_TYPES))
DISORDER_TYPES: tuple[str, ...] = (PV, DEMO, SD)

# CASE 2021 labels outside ACLED's taxonomy: "not a conflict event".
NON_EVENT_CODES: frozenset[str] = frozenset(
    {"ORG_CRIME", "NATURAL_DISASTER", "MAN_MADE_DISASTER", "DIPLO", "ATTRIB"}
)

INTER_CODES: dict[int, str] = {
    1: "State forces",
    2: "Rebel groups",
    3: "Political militias",
    4: "Identity militias",
    5: "Rioters",
    6: "Protesters",
    7: "Civilians",
    8: "External/Other forces",
}


def sub_event(name: str) -> SubEventType:
    """The sub-event type called ``name``; raises ``KeyError`` with the valid names."""
    try:
        return BY_NAME[name]
    except KeyError:
        raise KeyError(f"unknown sub-event type {name!r}; valid: {sorted(BY_NAME)}") from None


def interaction(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED's interaction code: both actor codes joined, lowest first (10 × a + b)."""
    if not inter1:
        return None
    if not inter2:
        return inter1 * 10
    low, high = sorted((inter1, inter2))
    return low * 10 + high
