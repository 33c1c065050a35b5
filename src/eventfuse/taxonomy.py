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


# Sub-event names as constants: code says ARMED_CLASH, not the literal.
ARMED_CLASH = "Armed clash"
GOVERNMENT_REGAINS_TERRITORY = "Government regains territory"
NON_STATE_ACTOR_OVERTAKES_TERRITORY = "Non-state actor overtakes territory"
CHEMICAL_WEAPON = "Chemical weapon"
AIR_DRONE_STRIKE = "Air/drone strike"
SUICIDE_BOMB = "Suicide bomb"
SHELLING_ARTILLERY_MISSILE_ATTACK = "Shelling/artillery/missile attack"
REMOTE_EXPLOSIVE_LANDMINE_IED = "Remote explosive/landmine/IED"
GRENADE = "Grenade"
SEXUAL_VIOLENCE = "Sexual violence"
ATTACK = "Attack"
ABDUCTION_FORCED_DISAPPEARANCE = "Abduction/forced disappearance"
PEACEFUL_PROTEST = "Peaceful protest"
PROTEST_WITH_INTERVENTION = "Protest with intervention"
EXCESSIVE_FORCE_AGAINST_PROTESTERS = "Excessive force against protesters"
VIOLENT_DEMONSTRATION = "Violent demonstration"
MOB_VIOLENCE = "Mob violence"
AGREEMENT = "Agreement"
ARRESTS = "Arrests"
CHANGE_TO_GROUP_ACTIVITY = "Change to group/activity"
DISRUPTED_WEAPONS_USE = "Disrupted weapons use"
HEADQUARTERS_OR_BASE_ESTABLISHED = "Headquarters or base established"
LOOTING_PROPERTY_DESTRUCTION = "Looting/property destruction"
NON_VIOLENT_TRANSFER_OF_TERRITORY = "Non-violent transfer of territory"
OTHER = "Other"

# Event type names.
BATTLES = "Battles"
EXPLOSIONS = "Explosions/Remote violence"
VIOLENCE_AGAINST_CIVILIANS = "Violence against civilians"
PROTESTS = "Protests"
RIOTS = "Riots"
STRATEGIC_DEVELOPMENTS = SD


# ACLED's generic actor names (a country is added where ACLED adds one: "Civilians (Mali)").
UNIDENTIFIED_ARMED_GROUP = "Unidentified Armed Group"
RIOTERS_NAME = "Rioters"
PROTESTERS_NAME = "Protesters"
CIVILIANS_NAME = "Civilians"
MILITARY_FORCES_OF = "Military Forces of"

# Actor type codes ("inter" codes) by name, and the sets the rules reason with.
STATE_FORCES = 1
REBEL_GROUPS = 2
POLITICAL_MILITIAS = 3
IDENTITY_MILITIAS = 4
RIOTERS = 5
PROTESTERS = 6
CIVILIANS = 7
EXTERNAL_FORCES = 8

STATE_INTERS: frozenset[int] = frozenset({STATE_FORCES, EXTERNAL_FORCES})
"""State forces at home and abroad: one side of a fight."""
ORGANISED_ARMED_INTERS: frozenset[int] = frozenset(
    {STATE_FORCES, REBEL_GROUPS, POLITICAL_MILITIAS, IDENTITY_MILITIAS}
)
"""Armed, organised actors of the country: a named group absorbs their generic nouns."""
NON_STATE_ARMED_INTERS: frozenset[int] = frozenset({REBEL_GROUPS, POLITICAL_MILITIAS, IDENTITY_MILITIAS})
"""Non-state armed groups: the only ones that claim attacks."""
ARMED_INTERS: frozenset[int] = ORGANISED_ARMED_INTERS | {EXTERNAL_FORCES}
"""Every armed party."""
CROWD_INTERS: frozenset[int] = frozenset({RIOTERS, PROTESTERS})
UNARMED_INTERS: frozenset[int] = frozenset({RIOTERS, PROTESTERS, CIVILIANS})
"""Crowds and civilians."""


def is_armed(inter: int | None) -> bool:
    """Whether an actor type code is an armed party's."""
    return inter in ARMED_INTERS


def civilian_targeting(sub_event_type: str, target_inter: int | None) -> bool:
    """ACLED's civilian-targeting flag: a violent act whose target is civilians, or any
    Violence against civilians."""
    sub = sub_event(sub_event_type)
    return sub.violent and (target_inter == CIVILIANS or sub.event_type == VIOLENCE_AGAINST_CIVILIANS)


# Acts that can be the same incident when outlets code them differently.
ACT_GROUPS: dict[str, str] = {
    ATTACK: "violence",
    ARMED_CLASH: "violence",
    SEXUAL_VIOLENCE: "violence",
    ABDUCTION_FORCED_DISAPPEARANCE: "abduction",
    AIR_DRONE_STRIKE: "remote",
    SUICIDE_BOMB: "remote",
    SHELLING_ARTILLERY_MISSILE_ATTACK: "remote",
    REMOTE_EXPLOSIVE_LANDMINE_IED: "remote",
    GRENADE: "remote",
    CHEMICAL_WEAPON: "remote",
    PEACEFUL_PROTEST: "demo",
    PROTEST_WITH_INTERVENTION: "demo",
    EXCESSIVE_FORCE_AGAINST_PROTESTERS: "demo",
    VIOLENT_DEMONSTRATION: "demo",
    MOB_VIOLENCE: "demo",
}


def act_group(sub_event_type: str) -> str:
    """The group of acts a sub-event belongs to for linking (itself when it has none)."""
    return ACT_GROUPS.get(sub_event_type, sub_event_type)
