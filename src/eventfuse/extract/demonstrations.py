"""How a demonstration went, read over the sentences that tell it (ACLED's protest and riot
sub-events).

A report tells a demonstration in several sentences: "Thousands marched on parliament. Some
threw stones at the police, who answered with tear gas." Read sentence by sentence, the march
is a peaceful protest, the stones a separate act, the tear gas nothing. ACLED codes the
demonstration once, by what happened in it:

- the demonstrators' own violence (stones, fire, damage, barricades, fighting the police)
  makes it a *Violent demonstration*, whatever force met it;
- otherwise force that killed or seriously harmed them (live rounds, shots at the crowd,
  protesters killed or beaten) is *Excessive force against protesters*;
- otherwise force short of that (tear gas, dispersal, arrests) is *Protest with intervention*;
- otherwise it stays a *Peaceful protest*.

The acts told with demonstrators as their people ("police opened fire on demonstrators",
"protesters were arrested", "clashes with protesters") are parts of the demonstration and are
folded into it. Mob violence is a crowd's act of its own and is left as read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Span as SpacySpan

from ..lang import any_of, every_set
from ..records import Actor, Article, Mention
from ..taxonomy import (
    ARMED_CLASH,
    ARRESTS,
    ATTACK,
    EXCESSIVE_FORCE_AGAINST_PROTESTERS,
    LOOTING_PROPERTY_DESTRUCTION,
    MOB_VIOLENCE,
    PEACEFUL_PROTEST,
    PROTEST_WITH_INTERVENTION,
    PROTESTS,
    RIOTS,
    STATE_INTERS,
    VIOLENT_DEMONSTRATION,
    sub_event,
)
from . import actors as actor_lib
from . import numbers as number_lib
from .spans import article_span
from .triggers import TriggerHit


def _cues(name: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])" + any_of("events", name))


DEMONSTRATORS = _cues("DEMONSTRATORS")
DEMONSTRATOR_VIOLENCE = _cues("DEMONSTRATOR_VIOLENCE")
FORCE_ON_DEMONSTRATORS = _cues("FORCE_ON_DEMONSTRATORS")
INTERVENTION = _cues("INTERVENTION")
# Armed forces and their machines as the subject of a protest word ("warplanes rallied").
_FORCE_SUBJECTS = every_set("events", "FORCE_SUBJECTS")
PROTEST_FAMILY = "protest"
FORCES_GATHERING = "forces_gathering"  # set-aside reason: "warplanes rallied" is no protest

# Acts that are part of a demonstration when told with its people.
PARTS = frozenset({ATTACK, ARMED_CLASH, ARRESTS, LOOTING_PROPERTY_DESTRUCTION})
# Acts told after a demonstration that are its aftermath, not another incident.
AFTERMATH = frozenset({ARRESTS, LOOTING_PROPERTY_DESTRUCTION})
# Text read around a demonstration: back to the act before it (at most this many characters),
# forward to the next act (at most this many after its last sentence).
BEFORE_CHARS = 300
AFTER_CHARS = 600


def forces_gathering(hit: TriggerHit, sentence: SpacySpan) -> bool:
    """Whether the protest word ``hit`` has armed forces or their machines for subject
    ("fighter jets rallied to the town", "des hélicoptères se sont rassemblés"): forces
    gathering for an operation, not a demonstration."""
    if hit.family != PROTEST_FAMILY:
        return False
    token = sentence.doc[hit.token_index]
    return any(
        child.dep_.startswith("nsubj") and child.lower_ in _FORCE_SUBJECTS for child in token.children
    )


def is_demonstration(m: Mention) -> bool:
    return (m.event_type in {PROTESTS, RIOTS}) and m.sub_event_type != MOB_VIOLENCE


def is_part(m: Mention) -> bool:
    """An act told with demonstrators as its people ("fired tear gas at protesters")."""
    return m.sub_event_type in PARTS and DEMONSTRATORS.search(m.sentence.quote.lower()) is not None


def demonstration_type(text: str, read: str) -> str:
    """ACLED's sub-event type of a demonstration told by ``text`` (lower-case), first read as
    ``read`` from its sentences one by one."""
    if read == VIOLENT_DEMONSTRATION or DEMONSTRATOR_VIOLENCE.search(text):
        return VIOLENT_DEMONSTRATION
    if read == EXCESSIVE_FORCE_AGAINST_PROTESTERS or FORCE_ON_DEMONSTRATORS.search(text):
        return EXCESSIVE_FORCE_AGAINST_PROTESTERS
    if read == PROTEST_WITH_INTERVENTION or INTERVENTION.search(text):
        return PROTEST_WITH_INTERVENTION
    return PEACEFUL_PROTEST


def _window(article: Article, group: Sequence[Mention], stops: Sequence[Mention]) -> tuple[int, int]:
    """Where the text that tells the demonstration starts and ends: from the end of the act
    before it, to the next act after it."""
    first, last = group[0].sentence, group[-1].sentence
    start = max([m.sentence.end for m in stops if m.sentence.end <= first.start] + [first.start - BEFORE_CHARS, 0])
    end = min([m.sentence.start for m in stops if m.sentence.start >= last.end] + [last.end + AFTER_CHARS])
    return min(start, first.start), min(max(end, last.end), len(article.text))


def _same_day(a: Mention, b: Mention) -> bool:
    return a.date is None or b.date is None or a.date.value == b.date.value


# Demonstrations whose second side is the forces that stepped in (ACLED: the police).
FACED_TYPES = frozenset({VIOLENT_DEMONSTRATION, PROTEST_WITH_INTERVENTION})


def forces_facing(
    article: Article, lang: str, kept: Mention, window: tuple[int, int], country: str | None = None
) -> Actor | None:
    """The state's forces named in the text that tells a demonstration with no second side
    (``window``, where its type is read: "residents barricaded roads; security forces
    intervened"), as ACLED codes forces facing a crowd (``actors.police_at_demonstrations``);
    None when none is named."""
    start, end = window
    on = kept.date.value if kept.date else kept.published
    for match in actor_lib.find_actors(article.text, lang=lang, start=start, end=end, on=on, country=country):
        if match.inter in STATE_INTERS:
            return actor_lib.police_at_demonstrations(match).to_actor(article.id)
    return None


def code_demonstrations(
    article: Article, lang: str, mentions: list[Mention], country: str | None = None
) -> list[Mention]:
    """The report's demonstration (its first one and the acts told as parts of it, on its day)
    as one act, coded by what the sentences around it tell."""
    first = next((m for m in mentions if is_demonstration(m) or is_part(m)), None)
    if first is None:
        return mentions
    group = [m for m in mentions if (is_demonstration(m) or is_part(m)) and _same_day(first, m)]
    # burning or arrests told in the sentences of the demonstration are its own
    stops = [m for m in mentions if m not in group and m.sub_event_type not in AFTERMATH]
    start, end = _window(article, group, stops)
    group = [m for m in mentions if m in group or (
        m.sub_event_type in AFTERMATH and start <= m.sentence.start < end and _same_day(first, m)
    )]
    text = article.text[start:end].lower()
    read = next((m.sub_event_type for m in group if is_demonstration(m)), PEACEFUL_PROTEST)
    name = demonstration_type(text, read)
    kept = next((m for m in group if is_demonstration(m)), first)
    faced = name in FACED_TYPES and kept.actor2 is None
    facing = forces_facing(article, lang, kept, (start, end), country) if faced else None
    if name == read and all(is_demonstration(m) for m in group) and len(group) == 1 and facing is None:
        return mentions
    sub = sub_event(name)
    fatalities, fat_span = kept.fatalities, kept.fatalities_span
    if sub.violent and fatalities is None:
        told = next((m for m in group if m.fatalities is not None), None)
        if told is not None:
            fatalities, fat_span = told.fatalities, told.fatalities_span
        else:
            fat = number_lib.fatalities_in(article.text, group[0].sentence.start, group[-1].sentence.end, lang=lang)
            if fat is not None:
                fatalities, fat_span = fat.value, article_span(article, fat.start, fat.end)
    merged = replace(
        kept,
        sub_event_type=sub.name,
        event_type=sub.event_type,
        disorder_type=sub.disorder_type,
        fatalities=fatalities,
        fatalities_span=fat_span,
        place_mentions=kept.place_mentions or next((m.place_mentions for m in group if m.place_mentions), ()),
        claims=tuple(dict.fromkeys(c for m in group for c in m.claims)),
        actor2=kept.actor2 or facing,
    )
    out: list[Mention] = []
    for m in mentions:
        if m is first:
            out.append(merged)
        elif m not in group:
            out.append(m)
    return out
