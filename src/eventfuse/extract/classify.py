"""Map the act families found in a sentence, and who is involved, to ACLED sub-event types."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

from ..lang import any_of, every
from ..taxonomy import (
    ABDUCTION_FORCED_DISAPPEARANCE,
    AGREEMENT,
    AIR_DRONE_STRIKE,
    ARMED_CLASH,
    ARMED_INTERS,
    ARRESTS,
    ATTACK,
    CHANGE_TO_GROUP_ACTIVITY,
    CHEMICAL_WEAPON,
    CIVILIANS,
    CROWD_INTERS,
    DISRUPTED_WEAPONS_USE,
    EXCESSIVE_FORCE_AGAINST_PROTESTERS,
    GOVERNMENT_REGAINS_TERRITORY,
    GRENADE,
    HEADQUARTERS_OR_BASE_ESTABLISHED,
    LOOTING_PROPERTY_DESTRUCTION,
    MOB_VIOLENCE,
    NON_STATE_ACTOR_OVERTAKES_TERRITORY,
    NON_STATE_ARMED_INTERS,
    NON_VIOLENT_TRANSFER_OF_TERRITORY,
    OTHER,
    PEACEFUL_PROTEST,
    PROTEST_WITH_INTERVENTION,
    REMOTE_EXPLOSIVE_LANDMINE_IED,
    SEXUAL_VIOLENCE,
    SHELLING_ARTILLERY_MISSILE_ATTACK,
    STATE_FORCES,
    STATE_INTERS,
    SUICIDE_BOMB,
    UNARMED_INTERS,
    VIOLENT_DEMONSTRATION,
)

# Families that describe a violent act against people or forces.
VIOLENT = frozenset({"kill", "attack", "clash", "abduct", "sexual"})
# the weapon named decides: "a grenade exploded", "shells filled with poison gas"
REMOTE = ("chemical", "suicide", "air", "grenade", "explosion", "shell")
REMOTE_TYPES = {
    "suicide": SUICIDE_BOMB,
    "air": AIR_DRONE_STRIKE,
    "chemical": CHEMICAL_WEAPON,
    "explosion": REMOTE_EXPLOSIVE_LANDMINE_IED,
    "shell": SHELLING_ARTILLERY_MISSILE_ATTACK,
    "grenade": GRENADE,
}
STRATEGIC_TYPES = {
    "arrest": ARRESTS,
    "loot": LOOTING_PROPERTY_DESTRUCTION,
    "disrupt": DISRUPTED_WEAPONS_USE,
    "agreement": AGREEMENT,
    "hq": HEADQUARTERS_OR_BASE_ESTABLISHED,
    "transfer": NON_VIOLENT_TRANSFER_OF_TERRITORY,
    "change": CHANGE_TO_GROUP_ACTIVITY,
    "other": OTHER,
    "restrict": OTHER,
    # armed men entering a place: their activity changed, when the sentence tells no other act
    "move": CHANGE_TO_GROUP_ACTIVITY,
}
# A device gone off on those who planted or handled it ("killed while planting an IED"): the
# family codes the act, and gives it its planters as its one side and its dead.
MISHANDLE = "mishandle"
# Words that say forces stepped in at a protest (any language).
INTERVENTION_WORDS = every("sides", "INTERVENTION_WORDS")
# Arrests told with a mutiny or a seizure of power are a coup (ACLED Other), unless foiled.
MUTINY = re.compile(r"\b" + any_of("sides", "MUTINY_WORDS"))
FOILED = re.compile(r"\b" + any_of("sides", "FOILED_WORDS"))


# The side a sentence names first, when no actor was recognised: who took (or lost) ground.
STATE_SIDE = re.compile(r"\b" + any_of("sides", "STATE_SIDE_WORDS") + r"\b")
NON_STATE_SIDE = re.compile(r"\b" + any_of("sides", "NON_STATE_SIDE_WORDS") + r"\b")


def state_named_first(sentence_lower: str) -> bool | None:
    """True when the sentence names state forces before any non-state armed group, False
    for the reverse, None when it names neither."""
    state, other = STATE_SIDE.search(sentence_lower), NON_STATE_SIDE.search(sentence_lower)
    if state is None and other is None:
        return None
    return other is None or (state is not None and state.start() < other.start())


# People who fight with weapons, or herders and farmers (whom ACLED codes as communal
# militias), clash; a crowd without them is mob violence.
ARMED_COMMUNITIES = re.compile(r"\b" + any_of("sides", "ARMED_COMMUNITIES") + r"\b")
# Words of a fight with two sides ("clashed", "fought with", "between"): unlike "ambushed",
# they make a clash even when one side is called villagers.
MUTUAL_FIGHT = re.compile(r"\b" + any_of("sides", "MUTUAL_FIGHT_WORDS") + r"\b")
# "attacked the police station while it was unmanned": nobody was there to be hurt or to fight.
EMPTY_SITE = re.compile(r"\b" + any_of("sides", "EMPTY_SITE_WORDS") + r"\b")
# Gunfire at close range ("small arms fire", "an armed assault"): told with a bomb or rockets
# against armed men, the weapon opened or backed a ground assault, and ACLED codes the clash.
DIRECT_FIRE = re.compile(r"\b" + any_of("sides", "DIRECT_FIRE_WORDS") + r"\b")
COMPLEX_ATTACK = re.compile(r"\b" + any_of("sides", "COMPLEX_ATTACK_WORDS") + r"\b")
# People held down or hurt while their goods were taken ("tied up the men"): an attack on
# them, not only looting.
HARMED = re.compile(r"\b" + any_of("sides", "HARMED_WORDS") + r"\b")
# Remote weapons that a ground assault can open or back.
ASSAULT_WEAPONS = frozenset({"explosion", "suicide", "shell"})


@dataclass(frozen=True, slots=True)
class Involved:
    """Who takes part, as actor type codes found in the sentence (ACLED inter 1-8)."""

    perpetrator_inters: tuple[int, ...] = ()
    target_inters: tuple[int, ...] = ()
    all_inters: tuple[int, ...] = ()
    person_victims: bool = False  # a named person was harmed
    object_named: bool = False  # the act's verb has a direct object ("beat a thief")

    @property
    def armed_sides(self) -> int:
        sides = {i for i in self.all_inters if i in ARMED_INTERS}
        # state forces at home and abroad are one side; each non-state class another
        return len({STATE_FORCES if i in STATE_INTERS else i for i in sides})

    @property
    def civilians(self) -> bool:
        return CIVILIANS in self.all_inters or CIVILIANS in self.target_inters or (
            self.person_victims and not self.forces_targeted
        )

    @property
    def unarmed_perpetrators(self) -> bool:
        """Those who acted are only crowds or civilians, and nobody armed is involved."""
        return bool(self.perpetrator_inters) and all(i in UNARMED_INTERS for i in self.perpetrator_inters) and not any(
            i in ARMED_INTERS for i in self.all_inters
        )

    @property
    def forces_targeted(self) -> bool:
        return any(i in ARMED_INTERS for i in self.target_inters)

    @property
    def only_civilians_targeted(self) -> bool:
        """Those the act fell on are named and are all civilians, and no second armed side
        takes part: "gunmen ambushed a bus and shot dead two travellers"."""
        return bool(self.target_inters) and all(i == CIVILIANS for i in self.target_inters) and self.armed_sides <= 1

    @property
    def state_killed_fighters(self) -> bool:
        """State forces acted, on a non-state armed group."""
        return any(i in STATE_INTERS for i in self.perpetrator_inters) and any(
            i in NON_STATE_ARMED_INTERS for i in self.target_inters
        )

    @property
    def non_state_armed_perpetrators(self) -> bool:
        """Those who acted are armed groups that are not the state's forces."""
        return bool(self.perpetrator_inters) and all(i in NON_STATE_ARMED_INTERS for i in self.perpetrator_inters)


def classify(families: Collection[str], involved: Involved, sentence_lower: str) -> list[tuple[str, str]]:
    """Sub-event types for one sentence, each with the family that carries it.

    Returns at most two acts: an abduction and a killing told in one sentence are two
    events for ACLED; everything else collapses to the most specific type.
    """
    fams = set(families)
    crowd = bool(CROWD_INTERS & set(involved.all_inters)) or "protest" in fams
    if "barricade" in fams:  # a road barricaded, tyres burned: a demonstration, whoever did it
        fams.discard("barricade")
        fams.add("riot")
        crowd = True
    if "block" in fams:  # a crowd blocking a road protests; armed men blocking it do not
        fams.discard("block")
        fams.add("protest" if crowd else "riot")
    if "riot" in fams and not crowd:
        fams.discard("riot")  # barricades or ransacking by armed men are not a riot
        if not fams:
            fams.add("loot")
    out: list[tuple[str, str]] = []
    if MISHANDLE in fams and not fams & {"clash", "suicide", "air", "shell"}:
        # "killed while planting an IED": the device went off on its owners, whose act was
        # disrupted (ACLED codes it so, however many died)
        return [(DISRUPTED_WEAPONS_USE, MISHANDLE)]
    if (
        "disrupt" in fams
        and not fams & {"kill", "clash", "suicide", "air", "shell", "overtake", "regain", "lose"}
        and not ("attack" in fams and involved.forces_targeted)  # arms taken in an attack on a post
    ):
        return [(DISRUPTED_WEAPONS_USE, "disrupt")]  # an IED found or defused, a cache seized
    if "grave" in fams and not fams & {"suicide", "air", "shell", "explosion", "clash"}:
        return [(OTHER, "grave")]  # a mass grave found: killings of an unknown day and place
    for family in REMOTE:
        if family in fams:
            if family in ASSAULT_WEAPONS and (
                COMPLEX_ATTACK.search(sentence_lower)
                or ((involved.forces_targeted or involved.armed_sides >= 2) and DIRECT_FIRE.search(sentence_lower))
            ):
                # "attacked the camp with rockets and small arms", "the attack began with an
                # IED followed by an armed assault", or one the report calls complex: a complex
                # attack, coded as the clash
                return [(ARMED_CLASH, next((f for f in ("clash", "attack", "kill") if f in fams), family))]
            # a clash that began with an IED, or an operation of ground troops with air or
            # artillery support, is coded as the clash
            if "clash" in fams and (
                (family == "explosion" and (involved.armed_sides >= 2 or not involved.all_inters))
                or (family == "suicide" and involved.armed_sides >= 2)
                or family in {"air", "shell"}
            ):
                break
            if family == "explosion" and "kill" in fams and involved.state_killed_fighters:
                break  # "soldiers killed three militants and seized IEDs": the devices were not set off
            out.append((REMOTE_TYPES[family], family))
            return out
    if "protest" in fams or "riot" in fams or "mob" in fams:
        if "mob" in fams:
            return [(MOB_VIOLENCE, "mob")]
        if "riot" in fams:
            return [(VIOLENT_DEMONSTRATION, "riot")]
        if "kill" in fams and (STATE_FORCES in involved.all_inters):
            return [(EXCESSIVE_FORCE_AGAINST_PROTESTERS, "protest")]
        if "clash" in fams:
            return [(VIOLENT_DEMONSTRATION, "protest")]
        if any(w in sentence_lower for w in INTERVENTION_WORDS):
            return [(PROTEST_WITH_INTERVENTION, "protest")]
        return [(PEACEFUL_PROTEST, "protest")]
    if fams & {"overtake", "regain", "lose"} and "transfer" in fams and not fams & (VIOLENT | set(REMOTE)):
        # "the militants took the town after the army pulled out": ground handed over unfought
        return [(NON_VIOLENT_TRANSFER_OF_TERRITORY, "transfer")]
    if fams & {"overtake", "regain", "lose"}:
        # the side that holds the ground after decides: the state regains it, anyone else
        # overtakes it ("the militants recaptured the village from the army"); the subject of
        # "were driven out of" lost it
        family = next(f for f in ("overtake", "regain", "lose") if f in fams)
        # the subject comes first ("the insurgents recaptured the hill from the army")
        # (in the passive, the agent: "were driven out by the army")
        armed = STATE_FORCES, *NON_STATE_ARMED_INTERS
        subject = next((i for i in involved.perpetrator_inters if i in armed), None)
        loser = next((i for i in involved.target_inters if i in armed), None) if family == "lose" else None
        state: bool | None
        if subject is not None:
            state = subject == STATE_FORCES
        elif loser is not None:
            state = loser != STATE_FORCES
        else:
            state = state_named_first(sentence_lower)
            if state is not None and family == "lose":
                state = not state
        if state is None and family == "regain":  # nobody armed named: retaking is the state's
            state = True if STATE_FORCES in involved.all_inters or not involved.all_inters else None
        elif state is None and family == "overtake":  # ... taking a non-state group's
            state = False
        if state is not None:
            return [(GOVERNMENT_REGAINS_TERRITORY if state else NON_STATE_ACTOR_OVERTAKES_TERRITORY, family)]
    if "abduct" in fams:
        # killed and abducted in one breath: ACLED codes the attack; the abduction is kept as
        # a second act so that reports telling them apart still link to both
        if "kill" in fams or "clash" in fams:
            fought = "clash" in fams or involved.forces_targeted
            return [(ARMED_CLASH if fought else ATTACK, "clash" if "clash" in fams else "kill"),
                    (ABDUCTION_FORCED_DISAPPEARANCE, "abduct")]
        return [(ABDUCTION_FORCED_DISAPPEARANCE, "abduct")]
    if "sexual" in fams:
        return [(SEXUAL_VIOLENCE, "sexual")]
    if (
        fams & {"clash", "kill", "attack"}
        and involved.unarmed_perpetrators
        and (involved.target_inters or involved.object_named or "clash" in fams)
        and not ARMED_COMMUNITIES.search(sentence_lower)
    ):
        return [(MOB_VIOLENCE, "mob")]  # "residents beat a thief to death", "villagers fought"
    if fams & {"clash", "kill", "attack"} and EMPTY_SITE.search(sentence_lower) and not involved.person_victims:
        return [(LOOTING_PROPERTY_DESTRUCTION, "loot" if "loot" in fams else "attack")]  # only property was hit
    if fams & {"clash", "kill", "attack"}:
        clash = "clash" in fams
        # armed groups named only as the ones who acted ("X and Y militias killed") are one
        # side: a clash needs armed people on the receiving end
        against_forces = involved.forces_targeted
        if (
            clash
            and involved.only_civilians_targeted
            and any(i in ARMED_INTERS for i in involved.perpetrator_inters)
            and not MUTUAL_FIGHT.search(sentence_lower)
        ):
            # "militants ambushed a bus and killed its passengers": one armed side, and its
            # victims unarmed
            return [(ATTACK, "kill" if "kill" in fams else "clash")]
        if clash:  # two sides fought, even communities armed with machetes
            return [(ARMED_CLASH, "clash")]
        if against_forces:
            return [(ARMED_CLASH, "clash" if clash else "attack")]
        if "loot" in fams and "kill" not in fams and "clash" not in fams and not HARMED.search(sentence_lower):
            return [(LOOTING_PROPERTY_DESTRUCTION, "loot")]  # "attacked and seized livestock"
        family = "kill" if "kill" in fams else ("attack" if "attack" in fams else "clash")
        return [(ATTACK, family)]
    if "arrest" in fams and MUTINY.search(sentence_lower) and not FOILED.search(sentence_lower):
        return [(OTHER, "arrest")]  # "the president was arrested by mutinying soldiers": a coup
    if "arrest" in fams and involved.non_state_armed_perpetrators:
        # ACLED: arrests are made by the state; people "detained" by an armed group are abducted
        return [(ABDUCTION_FORCED_DISAPPEARANCE, "arrest")]
    for family, name in STRATEGIC_TYPES.items():
        if family in fams:
            if family == "restrict" and not any(i in NON_STATE_ARMED_INTERS for i in involved.all_inters):
                # a curfew or a checkpoint of the state is a change in its activity; the same
                # imposed on people by an armed group is ACLED Other
                return [(CHANGE_TO_GROUP_ACTIVITY, family)]
            return [(name, family)]
    return out


# Within one act group, a later sentence can show the act was more than first said:
# "militants attacked the village" then "militiamen repelled the attack" is a clash.
SEVERITY: dict[str, int] = {
    ATTACK: 0,
    SEXUAL_VIOLENCE: 0,
    ARMED_CLASH: 1,
    PEACEFUL_PROTEST: 0,
    PROTEST_WITH_INTERVENTION: 1,
    VIOLENT_DEMONSTRATION: 2,
    MOB_VIOLENCE: 2,
    EXCESSIVE_FORCE_AGAINST_PROTESTERS: 3,
}


def more_severe(new: str, old: str, *, fight: bool = False) -> bool:
    """True when ``new`` is a graver coding of the same kind of act than ``old``; an IED
    followed by a fight (``fight``: the new act is told by a clash word, "exchanges of
    gunfire") is a complex attack, coded as the clash."""
    if old == REMOTE_EXPLOSIVE_LANDMINE_IED and new == ARMED_CLASH:
        return fight
    return new in SEVERITY and old in SEVERITY and SEVERITY[new] > SEVERITY[old]
