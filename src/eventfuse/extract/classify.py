"""Map the act families found in a sentence, and who is involved, to ACLED sub-event types."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

# Families that describe a violent act against people or forces.
VIOLENT = frozenset({"kill", "attack", "clash", "abduct", "sexual"})
REMOTE = ("suicide", "air", "chemical", "explosion", "shell", "grenade")
REMOTE_TYPES = {
    "suicide": "Suicide bomb",
    "air": "Air/drone strike",
    "chemical": "Chemical weapon",
    "explosion": "Remote explosive/landmine/IED",
    "shell": "Shelling/artillery/missile attack",
    "grenade": "Grenade",
}
STRATEGIC_TYPES = {
    "arrest": "Arrests",
    "loot": "Looting/property destruction",
    "disrupt": "Disrupted weapons use",
    "agreement": "Agreement",
    "hq": "Headquarters or base established",
    "transfer": "Non-violent transfer of territory",
    "change": "Change to group/activity",
    "other": "Other",
    "restrict": "Other",
}
INTERVENTION_WORDS = (
    "dispersed", "tear gas", "teargas", "arrested", "broke up", "dispersé", "dispersée",
    "gaz lacrymogène", "gaz lacrymogènes", "interpellé", "arrêté", "dispersés", "dispersées",
    "dispersed", "fired tear", "tirs de sommation", "warning shots",
)


# People who fight with weapons, or herders and farmers (whom ACLED codes as communal
# militias), clash; a crowd without them is mob violence.
ARMED_COMMUNITIES = re.compile(
    r"\b(?:rifles?|firearms?|guns?|gunfire|gunshots?|machetes?|bladed weapons?|weapons?|armed|"
    r"herders?|herdsmen|pastoralists?|farmers?|hunters?|fusils?|armes?|machettes?|coupe-coupe|"
    r"arm[ée]s|[ée]leveurs?|agriculteurs?|cultivateurs?|chasseurs?)\b"
)


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
        sides = {i for i in self.all_inters if i in {1, 2, 3, 4, 8}}
        # state forces (1, 8) are one side; each non-state class another
        return len({1 if i in {1, 8} else i for i in sides})

    @property
    def civilians(self) -> bool:
        return 7 in self.all_inters or 7 in self.target_inters or (
            self.person_victims and not self.forces_targeted
        )

    @property
    def unarmed_perpetrators(self) -> bool:
        """Those who acted are only crowds or civilians, and nobody armed is involved."""
        return bool(self.perpetrator_inters) and all(i in {5, 6, 7} for i in self.perpetrator_inters) and not any(
            i in {1, 2, 3, 4, 8} for i in self.all_inters
        )

    @property
    def forces_targeted(self) -> bool:
        return any(i in {1, 2, 3, 4, 8} for i in self.target_inters)


def classify(families: Collection[str], involved: Involved, sentence_lower: str) -> list[tuple[str, str]]:
    """Sub-event types for one sentence, each with the family that carries it.

    Returns at most two acts: an abduction and a killing told in one sentence are two
    events for ACLED; everything else collapses to the most specific type.
    """
    fams = set(families)
    crowd = bool({5, 6} & set(involved.all_inters)) or "protest" in fams
    if "riot" in fams and not crowd:
        fams.discard("riot")  # barricades or ransacking by armed men are not a riot
        if not fams:
            fams.add("loot")
    out: list[tuple[str, str]] = []
    if "disrupt" in fams and not fams & {"kill", "clash", "suicide", "air", "shell"}:
        return [("Disrupted weapons use", "disrupt")]  # an IED found or defused, a cache seized
    for family in REMOTE:
        if family in fams:
            # a clash that began with an IED, or an operation of ground troops with air or
            # artillery support, is coded as the clash
            if "clash" in fams and (
                (family == "explosion" and (involved.armed_sides >= 2 or not involved.all_inters))
                or family in {"air", "shell"}
            ):
                break
            out.append((REMOTE_TYPES[family], family))
            return out
    if "protest" in fams or "riot" in fams or "mob" in fams:
        if "mob" in fams:
            return [("Mob violence", "mob")]
        if "riot" in fams:
            return [("Violent demonstration", "riot")]
        if "kill" in fams and (1 in involved.all_inters):
            return [("Excessive force against protesters", "protest")]
        if "clash" in fams:
            return [("Violent demonstration", "protest")]
        if any(w in sentence_lower for w in INTERVENTION_WORDS):
            return [("Protest with intervention", "protest")]
        return [("Peaceful protest", "protest")]
    if "overtake" in fams:
        state = 1 in involved.perpetrator_inters
        return [("Government regains territory" if state else "Non-state actor overtakes territory", "overtake")]
    if "regain" in fams and (1 in involved.all_inters or not involved.all_inters):
        return [("Government regains territory", "regain")]
    if "regain" in fams and any(i in {2, 3, 4} for i in involved.perpetrator_inters):
        return [("Non-state actor overtakes territory", "regain")]  # "the militias retook the village"
    if "abduct" in fams:
        # killed and abducted in one breath: ACLED codes the attack; the abduction is kept as
        # a second act so that reports telling them apart still link to both
        if "kill" in fams or "clash" in fams:
            fought = "clash" in fams or involved.forces_targeted
            return [("Armed clash" if fought else "Attack", "clash" if "clash" in fams else "kill"),
                    ("Abduction/forced disappearance", "abduct")]
        return [("Abduction/forced disappearance", "abduct")]
    if "sexual" in fams:
        return [("Sexual violence", "sexual")]
    if (
        fams & {"clash", "kill", "attack"}
        and involved.unarmed_perpetrators
        and (involved.target_inters or involved.object_named or "clash" in fams)
        and not ARMED_COMMUNITIES.search(sentence_lower)
    ):
        return [("Mob violence", "mob")]  # "residents beat a thief to death", "villagers fought"
    if fams & {"clash", "kill", "attack"}:
        clash = "clash" in fams
        # armed groups named only as the ones who acted ("X and Y militias killed") are one
        # side: a clash needs armed people on the receiving end
        against_forces = involved.forces_targeted
        if clash:  # two sides fought, even communities armed with machetes
            return [("Armed clash", "clash")]
        if against_forces:
            return [("Armed clash", "clash" if clash else "attack")]
        if "loot" in fams and "kill" not in fams and "clash" not in fams:
            return [("Looting/property destruction", "loot")]  # "attacked and seized livestock"
        family = "kill" if "kill" in fams else ("attack" if "attack" in fams else "clash")
        return [("Attack", family)]
    for family, name in STRATEGIC_TYPES.items():
        if family in fams:
            if family == "restrict" and not any(i in {2, 3, 4} for i in involved.all_inters):
                # a curfew or a checkpoint of the state is a change in its activity; the same
                # imposed on people by an armed group is ACLED Other
                return [("Change to group/activity", family)]
            return [(name, family)]
    return out


# Within one act group, a later sentence can show the act was more than first said:
# "militants attacked the village" then "militiamen repelled the attack" is a clash.
SEVERITY: dict[str, int] = {
    "Attack": 0,
    "Sexual violence": 0,
    "Armed clash": 1,
    "Peaceful protest": 0,
    "Protest with intervention": 1,
    "Violent demonstration": 2,
    "Mob violence": 2,
    "Excessive force against protesters": 3,
}


def more_severe(new: str, old: str, *, fight: bool = False) -> bool:
    """True when ``new`` is a graver coding of the same kind of act than ``old``; an IED
    followed by a fight (``fight``: the new act is told by a clash word, "exchanges of
    gunfire") is a complex attack, coded as the clash."""
    if old == "Remote explosive/landmine/IED" and new == "Armed clash":
        return fight
    return new in SEVERITY and old in SEVERITY and SEVERITY[new] > SEVERITY[old]
