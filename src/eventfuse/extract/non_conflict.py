"""Acts that are no conflict event: a blast, a fire or deaths that an accident or a natural
hazard caused with no one to have done them (the cause told in the act's sentence or in the one
just before or after it), a weapon named only as the object of a test, and an act word that names
no violence ("a cyber attack").

ACLED codes political violence, demonstrations and strategic developments; "a gas cylinder
exploded in a restaurant, killing four", "an earthquake killed eight people" and "sanctions on
its ballistic missile tests" tell none. Such an act word is set aside with a reason (as
``reference`` and ``document`` set aside hypothetical or generic acts), visible in ``show --json``.
A sentence that also names an armed act or actor ("militants set fire to the factory", "a bomb
hidden in a gas cylinder"), or that follows or precedes one that does, is left to tell violence.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Span as SpacySpan

from .. import lang as languages
from .triggers import TriggerHit, doc_text

__all__ = ["ACCIDENT", "NATURAL_HAZARD", "NOT_VIOLENCE", "WEAPON_TEST", "Cues", "cues", "no_conflict_act"]

# Why such an act is set aside (``SetAside.reason``).
ACCIDENT = "accident"  # "a boiler exploded at the plant, killing a worker"
NATURAL_HAZARD = "natural_hazard"  # "floods and landslides killed 77 people"
WEAPON_TEST = "weapon_test"  # "sanctions against its ballistic missile tests"
NOT_VIOLENCE = "not_violence"  # "a cyber attack on the bank", "died of a heart attack"

# Act families (``TriggerHit.family``) an accident or a hazard can be told with: blasts, deaths
# and wounds, burned or destroyed property, and the words of fighting a fire ("the battle to
# contain the wildfires").
MISHAP_FAMILIES = frozenset({"explosion", "kill", "loot", "clash"})
# Families of a weapon word that a test may name.
WEAPON_FAMILIES = frozenset({"shell", "air", "explosion"})


def _words(entries: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(?:" + "|".join(entries) + r")(?![\w-])", re.IGNORECASE)


class Cues:
    """The compiled word lists of one language (``lang/<code>/non_conflict.py``)."""

    __slots__ = ("accident", "conflict", "hazard", "not_violence", "weapon_test")

    def __init__(self, code: str) -> None:
        words = languages.load(code).non_conflict
        self.accident = _words(words.ACCIDENT_CAUSES)
        self.hazard = _words(words.NATURAL_HAZARDS)
        self.conflict = _words(words.CONFLICT_WORDS)
        self.weapon_test = _words(words.WEAPON_TESTS)
        self.not_violence = _words(words.NOT_VIOLENCE)


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group())


@cache
def cues(code: str) -> Cues:
    return Cues(code)


def mishap_cause(text: str, cue: Cues) -> str | None:
    """``NATURAL_HAZARD`` or ``ACCIDENT`` when ``text`` (one sentence) names such a cause and no
    armed act or actor; else None."""
    if cue.conflict.search(text):
        return None
    if cue.hazard.search(text):
        return NATURAL_HAZARD
    if cue.accident.search(text):
        return ACCIDENT
    return None


def within(hit: TriggerHit, text: str, offset: int, phrases: re.Pattern[str]) -> bool:
    """Whether the act word is part of one of the ``phrases`` ("ballistic missile tests",
    "lancements de missiles"; ``text`` starts at article offset ``offset``)."""
    start, end = hit.start - offset, hit.end - offset
    return any(m.start() <= start and end <= m.end() or start <= m.start() < end
               for m in phrases.finditer(text))


def no_conflict_act(hit: TriggerHit, sentence: SpacySpan, lang: str) -> str | None:
    """Why the act word ``hit`` of ``sentence`` tells no conflict event (``ACCIDENT``,
    ``NATURAL_HAZARD``, ``WEAPON_TEST``, ``NOT_VIOLENCE``), or None."""
    cue = cues(lang)
    text = doc_text(sentence.doc)[sentence.start_char : sentence.end_char]
    if within(hit, text, sentence.start_char, cue.not_violence):
        return NOT_VIOLENCE
    if cue.conflict.search(cue.weapon_test.sub(_blank, text)):
        return None  # "militants attempted to fire a rocket", "clashes erupted during the drought"
    if hit.family in WEAPON_FAMILIES and within(hit, text, sentence.start_char, cue.weapon_test):
        return WEAPON_TEST
    if hit.family not in MISHAP_FAMILIES:
        return None
    near = [doc_text(sentence.doc)[s.start_char : s.end_char] for s in neighbours(sentence)]
    if any(cue.conflict.search(t) for t in near):
        return None  # "Militants targeted the church. Its benches were burned, firefighters said."
    return next((c for c in (mishap_cause(t, cue) for t in (text, *near)) if c), None)


def neighbours(sentence: SpacySpan) -> tuple[SpacySpan, ...]:
    """The sentences just before and just after ``sentence``: "A boiler exploded at the plant.
    Four workers were injured." tells the cause of the wounds in the sentence before."""
    doc = sentence.doc
    before = (doc[sentence.start - 1].sent,) if sentence.start > 0 else ()
    after = (doc[sentence.end].sent,) if sentence.end < len(doc) else ()
    return before + after
