"""Who did what to whom: the actors of a sentence that take part in an act, split into
perpetrators and targets, and the two sides ACLED codes for each kind of act."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from ..lang import any_of, every, every_set
from ..records import Actor, Article
from ..taxonomy import (
    ARMED_CLASH,
    ARMED_INTERS,
    CIVILIANS,
    CIVILIANS_NAME,
    EXCESSIVE_FORCE_AGAINST_PROTESTERS,
    MILITARY_FORCES_OF,
    MOB_VIOLENCE,
    NON_STATE_ARMED_INTERS,
    PEACEFUL_PROTEST,
    POLITICAL_MILITIAS,
    PROTESTERS,
    PROTESTERS_NAME,
    REBEL_GROUPS,
    RIOTERS,
    RIOTERS_NAME,
    STATE_FORCES,
    STATE_INTERS,
    UNIDENTIFIED_ARMED_GROUP,
    VIOLENT_DEMONSTRATION,
    sub_event,
)
from . import actors as actor_lib
from .spans import actor_of
from .triggers import TriggerHit, doc_text

# Named rebel groups and political militias: a named one absorbs the generic word for it.
NAMED_GROUP_INTERS = frozenset({REBEL_GROUPS, POLITICAL_MILITIAS})
# People an act falls on unless the text says they acted.
PASSIVE_INTERS = frozenset({PROTESTERS, CIVILIANS})

PRONOUNS = every_set("sides", "PRONOUNS")
# Verbs (lemmas) of a statement in every language: the one who "added" or "said" speaks of the
# act, it was not done to them (« ils n'ont enlevé que lui », a ajouté M. X).
STATEMENT_VERBS = every_set("dates", "STATEMENT_VERBS")
AGENT_PREPOSITIONS = every_set("sides", "AGENT_PREPOSITIONS")
_AGENT_BEFORE = re.compile(
    r"\b(?:" + "|".join(every("sides", "AGENT_PREPOSITIONS") + every("sides", "SOURCE_PREPOSITIONS"))
    + r")\s+(?:\w+\s+)?$"
)
_AGENT_BETWEEN = re.compile(r"\b" + any_of("sides", "AGENT_PREPOSITIONS") + r"\b")
_BARE_PARTICIPLE_AGENTS = every_set("sides", "BARE_PARTICIPLE_AGENTS")

_BELONGING_TO = re.compile(
    r"\b" + any_of("sides", "BELONGING_TO")
    + r"\s+(?:" + any_of("sides", "OWNER_DETERMINERS") + r"\s*)?(?:\w+\s+){0,2}$"
)
_PLANTED_BY = re.compile(
    r"\b" + any_of("sides", "PLANTED") + r"\s+" + any_of("sides", "AGENT_PREPOSITIONS")
    + r"\s+(?:" + any_of("sides", "DETERMINERS") + r"\s*)?(?:\w+\s+){0,2}$"
)

# "FAMa, Wagner and Dan Na Ambassagou forces killed", "MSA and GATIA militias attacked",
# "soldiers accompanied by militiamen": a group joined to a perpetrator before the act is one too.
_COORDINATION = re.compile(
    r"^[\s,]*(?:" + any_of("sides", "COORDINATION") + r"\b)?[\s,]*$",
    re.IGNORECASE,
)

FORCE_TARGETS = re.compile(r"\b" + any_of("sides", "FORCE_TARGETS") + r"\b", re.IGNORECASE)

# "killed a man at a checkpoint", "near the military camp": the site is where it happened,
# not what was attacked.
_AT_A_SITE = re.compile(
    r"\b" + any_of("sides", "SITE_PREPOSITIONS") + r"\s+(?:\w+['’]?\s+){0,6}$",
    re.IGNORECASE,
)

CIVILIAN_SITES = re.compile(any_of("sides", "CIVILIAN_SITES") + r"\W*(?:\w+\W+)?$")

_QUANTITY_OF = every_set("sides", "QUANTITY_OF")
# Nouns that count or group the people named after "of" ("a number of residents").
_QUANTITY_NOUNS = every_set("sides", "QUANTITY_NOUNS")
# Attribution adjectives the parser sometimes reads as the sentence's verb.
_MISREAD_VERBS = every_set("sides", "MISREAD_VERBS")
# verbs whose perfect takes "be" (« ils sont entrés »): their parsed passive subject is the agent
_BE_PERFECT_VERBS = every_set("sides", "BE_PERFECT_VERBS")
_TARGET_PREPOSITIONS = every_set("sides", "TARGET_PREPOSITIONS")

# Verbs whose subject runs into an explosive device rather than sets it off on others.
_STRUCK_VERBS = every_set("sides", "STRUCK_VERBS")
_DEVICE_WORDS = re.compile(r"\b" + any_of("sides", "DEVICE_WORDS") + r"\b", re.IGNORECASE)

OFF_DUTY = re.compile(r"\b" + any_of("sides", "OFF_DUTY") + r"\s*(?:\w+\s+){0,2}$", re.IGNORECASE)
_UNARMED_AFTER = every("sides", "UNARMED_AFTER")
_OFF_DUTY_AFTER = re.compile(r"\s*(?:\w+\s*)?[(,]\s*(?:\w+\s+){0,2}" + any_of("sides", "OFF_DUTY_AFTER") + r"\b")

# "a MINUSMA employee", "army-chartered trucks", "a contractor of the mission": people who
# work for an armed party without bearing arms.
_EMPLOYED_BY = re.compile(
    r"[\s-]*" + any_of("sides", "EMPLOYED_BY_PREFIX") + "?" + any_of("sides", "EMPLOYED_BY") + r"\b",
    re.IGNORECASE,
)
_EMPLOYEE_OF = re.compile(
    r"\b" + any_of("sides", "EMPLOYEE_NOUNS") + " " + any_of("sides", "EMPLOYEE_PREPOSITIONS")
    + "(?: " + any_of("sides", "EMPLOYEE_ARTICLES") + r")?\s*" + any_of("sides", "EMPLOYEE_ELIDED_ARTICLES")
    + r"?\s*$",
    re.IGNORECASE,
)

# Verbs that only carry out an act named by their object: "fired mortar shells", "carried out
# an airstrike", "a mené une frappe".
_CARRY_OUT_VERBS = every_set("sides", "CARRY_OUT_VERBS")
_CLAIM_VERBS = every_set("sides", "CLAIM_VERBS")


def persons(doc: Doc) -> list[SpacySpan]:
    """The people the parse names in a document."""
    return [e for e in doc.ents if e.label_ == "PER" or e.label_ == "PERSON"]


def victims(sentence: SpacySpan, hit: TriggerHit, people: list[SpacySpan]) -> tuple[str, ...]:
    """Named persons the act was done to: objects and passive subjects of the trigger."""
    doc = sentence.doc
    token = doc[hit.token_index]
    names: list[str] = []
    sent_persons = [p for p in people if sentence.start <= p.start < sentence.end]
    roles = {"dobj", "obj", "nsubjpass", "nsubj:pass", "pobj", "appos"}
    for person in sent_persons:
        root = person.root
        attached = root.head == token or root.head.head == token or root.head in token.conjuncts
        if root.head != token and root.head.lemma_.lower() in STATEMENT_VERBS:
            continue  # the speaker of the sentence, not the one the act was done to
        if (root.dep_ in roles and attached) or root.dep_ in {"nsubjpass", "nsubj:pass"}:
            names.append(person.text)
    if not names:
        # "she was abducted": the last person named before this sentence (one named earlier in
        # it and not the act's object is its agent or its source: "X reports gunmen killed him")
        pron = [t for t in token.children if t.lower_ in PRONOUNS and t.dep_ in roles | {"nsubj"}]
        passive = any(t.dep_ in {"nsubjpass", "nsubj:pass"} for t in pron) or any(
            t.dep_ == "auxpass" or t.dep_ == "aux:pass" for t in token.children
        )
        if pron and (passive or any(t.dep_ in {"dobj", "obj"} for t in pron)):
            before = [p for p in people if p.end <= sentence.start]
            if before:
                names.append(before[-1].text)
    return tuple(dict.fromkeys(names))


def participants(
    article: Article, sentence: SpacySpan, hit: TriggerHit, found: Sequence[Any], country: str | None,
    acts: Sequence[TriggerHit] = (),
) -> tuple[list[Any], list[Any]]:
    """The sentence's actor matches (``found``) that take part in the act, split into
    perpetrators and targets; ``acts`` are the sentence's other act words."""
    perps: list[Any] = []
    targets: list[Any] = []
    text = article.text
    doc = sentence.doc
    trigger = doc[hit.token_index]
    near = _act_tokens(trigger)
    act_nouns = {h.token_index for h in (hit, *acts) if doc[h.token_index].pos_ == "NOUN"}
    def agentive_at(m: Any) -> bool:
        before = text[max(sentence.start_char, m.start - 12) : m.start].lower()
        return bool(_AGENT_BEFORE.search(before))

    def device_party(m: Any) -> bool:
        """"an IED (likely) planted by JNIM militants"; for disrupted weapons also "weapons
        belonging to ISGS": whose device or weapons the act is about."""
        before = text[max(sentence.start_char, m.start - 40) : m.start].lower()
        if hit.family == "disrupt":
            return bool(_PLANTED_BY.search(before) or _BELONGING_TO.search(before))
        return hit.family == "explosion" and bool(_PLANTED_BY.search(before))

    # "hit an IED planted by JNIM militants": the agent of a participle on the act's object
    owners: set[int] = set()
    matches: list[Any] = []
    for m in _without_affiliations(list(found), text):
        owner = device_party(m)
        if owner or _related(doc, m, near) or (agentive_at(m) and _related(doc, m, near, steps=6)):
            m = _off_duty_as_civilian(m, text, country)
            matches.append(m)
            if owner:
                owners.add(m.start)
    for m in matches:
        agentive = agentive_at(m)
        role = grammatical_role(doc, m)
        if hit.family == "disrupt" and m.start in owners:
            targets.append(m)  # "defused an IED planted by JNIM", "weapons belonging to ISGS"
            continue
        if trigger.dep_ in {"acl", "amod"} and m.start <= trigger.head.idx < m.end and not any(
            c.dep_ in {"dobj", "obj", "agent"} or c.lower_ in AGENT_PREPOSITIONS
            for v in (trigger, *trigger.conjuncts) for c in v.children
        ):
            # "six 'terrorists' (JNIM militants) killed": the noun the participle qualifies; not
            # "militants abducted and executed two men", whose conjunct's object shows a finite verb
            role = "target"
        if _qualifies_an_act(doc, m, act_nouns):
            perps.append(m)  # "a terrorist attack", "une attaque jihadiste": who carried it out
            continue
        if role == "target" and not agentive:
            targets.append(m)
        elif role == "agent":
            perps.append(m)
        elif m.inter in PASSIVE_INTERS and not agentive:
            targets.append(m)
        elif agentive:
            perps.append(m)
        elif m.start > hit.end and m.inter in ARMED_INTERS and not _AGENT_BETWEEN.search(
            text[hit.end : m.start].lower()
        ):
            targets.append(m)
        else:
            perps.append(m)
    return _coordinated_perpetrators(doc, perps, targets, text, hit)


def _coordinated_perpetrators(
    doc: Doc, perps: list[Any], targets: list[Any], text: str, hit: TriggerHit
) -> tuple[list[Any], list[Any]]:
    """Move to the perpetrators each target named before the act that is coordinated with a
    perpetrator ("X and Y forces killed civilians"); a passive subject stays a target."""
    if not perps or not targets:
        return perps, targets
    joined = list(perps)
    kept: list[Any] = []
    for t in sorted(targets, key=lambda m: m.start):
        previous = [p for p in joined if p.end <= t.start]
        if (
            t.end <= hit.start
            and t.inter in ARMED_INTERS
            and previous
            and _COORDINATION.match(text[max(p.end for p in previous) : t.start])
            and grammatical_role(doc, t) != "target"
        ):
            joined.append(t)
        else:
            kept.append(t)
    if len(joined) == len(perps):
        return perps, targets
    return sorted(joined, key=lambda m: m.start), kept


_OF_PERPETRATOR = every_set("sides", "OF_PERPETRATOR")


def _qualifies_an_act(doc: Doc, match: Any, act_nouns: set[int]) -> bool:
    """The actor word is an adjective or compound of an act's noun ("a jihadist attack",
    "une attaque terroriste"), or a non-state armed group as its possessor ("the militants'
    attacks", "les attaques des terroristes"): it says who attacked, never whom."""
    span = doc.char_span(match.start, match.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ in _OF_PERPETRATOR and root.head.head.i in act_nouns:
        return match.inter in NON_STATE_ARMED_INTERS  # "the attacks of the militants"
    if root.head.i not in act_nouns or root.head.i in range(span.start, span.end):
        return False
    dep = root.dep_
    if dep in {"amod", "compound"}:
        return len(span) == 1
    return dep in {"poss", "nmod", "nmod:poss"} and match.inter in NON_STATE_ARMED_INTERS and (
        dep != "nmod" or any(c.dep_ == "case" and c.lower_ in _OF_PERPETRATOR for c in root.children)
    )


def targets_forces(sentence: SpacySpan, hit: TriggerHit) -> bool:
    """"attacked a checkpoint", "ambushed a patrol": the target is armed even if unnamed."""
    window = doc_text(sentence.doc)[hit.end : sentence.end_char][:80]
    for m in FORCE_TARGETS.finditer(window):
        before = window[max(0, m.start() - 25) : m.start()].lower()
        if not CIVILIAN_SITES.search(before) and not _AT_A_SITE.search(window[: m.start()]):
            return True
    return False


def grammatical_role(doc: Doc, match: Any) -> str | None:
    """'target' for passive subjects and objects ("soldiers were killed", "killed soldiers"),
    'agent' for active subjects; None when the parse does not say."""
    span = doc.char_span(match.start, match.end, alignment_mode="expand")
    if span is None:
        return None
    token = span.root
    while True:
        while token.dep_ in {"compound", "amod", "nmod", "flat", "flat:name", "nummod", "npadvmod", "poss"} and token.head.i != token.i:
            token = token.head
        # "a number of people killed", "dozens of residents fought": the quantity carries the role
        of = token.head
        if token.dep_ == "pobj" and of.lower_ in _QUANTITY_OF and (
            of.head.lower_ in _QUANTITY_NOUNS or of.head.like_num
        ) and of.head.i < token.i:
            token = of.head
            continue
        break
    if token.dep_ in {"dobj", "obj"} and token.head.lower_ in _MISREAD_VERBS and token.head.i < token.i:
        return None  # "presumed JNIM militants killed": the parser read "presumed" as a verb
    if token.dep_ in {"nsubjpass", "nsubj:pass"} and token.head.lemma_.lower() in _BE_PERFECT_VERBS:
        return "agent"  # « des militants sont entrés » is no passive
    if token.dep_ in {"nsubjpass", "nsubj:pass", "dobj", "obj"}:
        return "target"
    if token.dep_ == "pobj" and token.head.lower_ in _TARGET_PREPOSITIONS:
        return "target"
    if token.dep_ in {"obl:agent", "agent"} or (token.dep_ == "pobj" and token.head.lower_ in AGENT_PREPOSITIONS):
        return "agent"
    if token.dep_ == "nsubj" and _struck_a_device(token.head):
        return "target"  # "a patrol hit an IED", "un véhicule a sauté sur une mine"
    if token.dep_ == "nsubj" and _bare_toll(token):
        return "target"  # "four soldiers killed, two wounded": a bare participle, not an act of theirs
    if token.dep_ == "nsubj" and not any(c.dep_ in {"auxpass", "aux:pass"} for c in token.head.children):
        return "agent"
    return None


def _bare_toll(subject: Any) -> bool:
    """"Four 'terrorists' killed, six arrested": a counted subject of a bare past participle
    with no auxiliary, object or agent anywhere in its verb group is what the act fell on."""
    verb = subject.head
    if verb.tag_ != "VBN" or not any(c.dep_ == "nummod" or c.like_num for c in subject.children):
        return False
    group = [verb, *verb.conjuncts]
    return not any(
        c.dep_ in {"aux", "auxpass", "aux:pass", "dobj", "obj", "agent"} or c.lower_ in _BARE_PARTICIPLE_AGENTS
        for v in group for c in v.children
    )


def _struck_a_device(verb: Any) -> bool:
    """The verb says its subject struck a mine or an IED: "hit", "ran over", "stepped on",
    "a sauté sur" with a device word among its objects."""
    if verb.lemma_.lower() not in _STRUCK_VERBS:
        return False
    for child in verb.children:
        if child.dep_ in {"dobj", "obj", "prep", "obl", "obl:arg", "prt", "advmod"}:
            words = " ".join(t.text for t in child.subtree)
            if _DEVICE_WORDS.search(words):
                return True
    # "struck an IED likely planted by ...": the parser may hang the device on another clause
    return bool(_DEVICE_WORDS.search(" ".join(t.text for t in verb.doc[verb.i + 1 : verb.i + 4])))


def _off_duty_as_civilian(match: Any, text: str, country: str | None) -> Any:
    """An off-duty soldier, an unarmed militiaman or an armed party's employee is a civilian
    for ACLED."""
    if match.inter not in ARMED_INTERS:
        return match
    before = text[max(0, match.start - 40) : match.start]
    after = text[match.end : match.end + 30].lower()
    employed = _EMPLOYED_BY.match(text, match.end) or _EMPLOYEE_OF.search(before)
    off_duty = (
        OFF_DUTY.search(before[-30:]) or any(w in after[:20] for w in _UNARMED_AFTER)
        or _OFF_DUTY_AFTER.match(after)  # "a militiaman (assumed off-duty)"
    )
    if employed or off_duty:
        return replace(match, name=civilians(country).name, inter=CIVILIANS, generic=True)
    return match


# "men suspected of being jihadists": what the first group is thought to be, not a second side.
_SUSPECTED_OF_BEING = re.compile(r"\W*" + any_of("sides", "SUSPECTED_OF_BEING") + r"\W+(?:\w+\W+)?")
# "six people described as militiamen": what the people are, not a guess about them.
_DESCRIBED_AS = re.compile(r"\W*" + any_of("sides", "DESCRIBED_AS") + r"\W+(?:\w+\W+)?")


def _without_affiliations(matches: list[Any], text: str) -> list[Any]:
    """Drop a group named in parentheses after another ("Katiba Macina (JNIM)"): it is the
    first group's affiliation, not a second side; so is what it is suspected of being."""
    out: list[Any] = []
    for m in matches:
        before = text[: m.start].rstrip()
        if out and before.endswith("(") and text[out[-1].end : m.start].strip() == "(":
            continue
        if out and _SUSPECTED_OF_BEING.fullmatch(text[out[-1].end : m.start].lower()):
            if (
                out[-1].inter == CIVILIANS and out[-1].generic and m.inter in ARMED_INTERS
                and _DESCRIBED_AS.fullmatch(text[out[-1].end : m.start].lower())
            ):
                # "six people described as militiamen": the people are the armed group, in their place
                out[-1] = replace(m, start=out[-1].start, end=out[-1].end)
            continue  # "armed men suspected of being jihadists": one side, named twice
        out.append(m)
    # "Katiba Macina (JNIM) militants ... the militants": the generic word is the named group
    if any(not m.generic and m.inter in NAMED_GROUP_INTERS for m in out):
        out = [m for m in out if not (m.generic and m.inter in NAMED_GROUP_INTERS)]
    return out


def _act_tokens(trigger: Any) -> set[int]:
    """The tokens that stand for the act: the trigger, its head and conjuncts, and for a noun
    trigger the verb that carries it out ("fired mortar shells": fired)."""
    near = {trigger.i, trigger.head.i, *(t.i for t in trigger.conjuncts)}
    token = trigger
    while token.dep_ in {"compound", "amod", "nmod", "flat"} and token.head.i != token.i:
        token = token.head
        near.add(token.i)
    if (
        token.pos_ in {"NOUN", "PROPN"}
        and token.dep_ in {"dobj", "obj"}
        and token.head.lemma_.lower() in _CARRY_OUT_VERBS
    ):
        token = token.head
        near.add(token.i)
    # "JNIM claimed to have fired shells", « le JNIM affirme avoir tué »: the claimant acted
    if token.dep_ in {"xcomp", "ccomp"} and token.head.lemma_.lower() in _CLAIM_VERBS:
        near.add(token.head.i)
    return near


def _related(doc: Doc, match: Any, near: set[int], *, steps: int = 4) -> bool:
    """Is the actor a participant of the act: within three steps of the trigger in the parse?

    "militants executed her" and "a soldier killed by gunmen" are; "the killing of an
    influencer who supported the army" does not make the army a participant.
    """
    span = doc.char_span(match.start, match.end, alignment_mode="expand")
    if span is None:
        return False
    token = span.root
    for _ in range(steps):
        if token.i in near:
            return True
        if token.head.i == token.i:
            break
        if token.dep_ in {"dobj", "obj"} and token.head.lower_ in _MISREAD_VERBS and token.head.i < token.i:
            token = token.head.head  # "killed 26 presumed militants": the parser made "presumed" a verb
            continue
        if token.dep_ in {"relcl", "acl:relcl", "advcl", "ccomp", "parataxis"}:
            return False
        token = token.head
    return False


def _of_country(name: str, country: str | None) -> str:
    return f"{name} ({country})" if country else name


def default_perpetrator(sub_name: str, country: str | None) -> Actor | None:
    """ACLED codes an unknown attacker as an unidentified armed group of the country."""
    if sub_event(sub_name).violent and sub_name not in {PEACEFUL_PROTEST}:
        if sub_name in {EXCESSIVE_FORCE_AGAINST_PROTESTERS}:
            return None
        if sub_name == MOB_VIOLENCE:
            return Actor(_of_country(RIOTERS_NAME, country), RIOTERS)
        return Actor(_of_country(UNIDENTIFIED_ARMED_GROUP, country), POLITICAL_MILITIAS)
    if sub_name == PEACEFUL_PROTEST:
        return Actor(_of_country(PROTESTERS_NAME, country), PROTESTERS)
    if sub_name == VIOLENT_DEMONSTRATION:
        return Actor(_of_country(RIOTERS_NAME, country), RIOTERS)
    return None


def clash_sides(perps: list[Any], targets: list[Any], article: Article, country: str | None) -> tuple[Actor | None, Actor | None]:
    """Two different armed sides, first named first; an unnamed opponent of the state is an
    unidentified armed group. The state's forces and foreign forces fight beside each other:
    when the first side is one of them, the second is the first other side named that is
    neither ("French forces and the army of Niger, against ISGS militants": ISGS)."""
    armed = sorted((a for a in perps + targets if a.inter in ARMED_INTERS), key=lambda a: a.start)
    sides: list[Any] = []
    for a in armed:
        if all(a.name != s.name for s in sides):
            sides.append(a)
    if len(sides) > 2 and sides[0].inter in STATE_INTERS and sides[1].inter in STATE_INTERS:
        opponent = next((a for a in sides[2:] if a.inter not in STATE_INTERS), None)
        if opponent is not None:
            sides = [sides[0], opponent]
    first = actor_of(sides[0], article) if sides else default_perpetrator(ARMED_CLASH, country)
    if len(sides) > 1:
        return first, actor_of(sides[1], article)
    if first is not None and first.inter in STATE_INTERS:
        return first, default_perpetrator(ARMED_CLASH, country)
    military = Actor(f"{MILITARY_FORCES_OF} {country}", STATE_FORCES) if country else None
    return first, military


def demonstration_sides(
    sub_name: str, perps: list[Any], targets: list[Any], article: Article, country: str | None
) -> tuple[Actor | None, Actor | None]:
    """Protesters (peaceful) or rioters (violent) first; a second side only if forces or a
    named group face them."""
    crowd_inter = RIOTERS if sub_name in {VIOLENT_DEMONSTRATION, MOB_VIOLENCE} else PROTESTERS
    crowd = _of_country(RIOTERS_NAME if crowd_inter == RIOTERS else PROTESTERS_NAME, country)
    actor1 = Actor(crowd, crowd_inter)
    others = [actor_lib.police_at_demonstrations(a) for a in perps + targets if a.inter in ARMED_INTERS]
    if sub_name == EXCESSIVE_FORCE_AGAINST_PROTESTERS and others:
        return actor_of(others[0], article), Actor(crowd.replace(RIOTERS_NAME, PROTESTERS_NAME), PROTESTERS)
    if sub_name == MOB_VIOLENCE:
        victims = [a for a in targets if a.inter == CIVILIANS]
        return actor1, actor_of(victims[0], article) if victims else civilians(country)
    return actor1, (actor_of(others[0], article) if others else None)


def civilians(country: str | None) -> Actor:
    """ACLED's civilians of the country."""
    return Actor(_of_country(CIVILIANS_NAME, country), CIVILIANS)
