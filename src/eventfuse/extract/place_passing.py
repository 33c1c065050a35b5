"""Places named in passing: a toponym of an act's sentence that is not where the act happened.

A dateline ("NIAMEY —", "BAMAKO, 8 août (Reuters) -"), the place of a statement ("a source in
X said", "le ministère a déclaré à X"), where the wounded were taken or the dead buried, where
the attackers fled, the end or start of a trip ("a bus carrying pupils to X", "un car en
partance pour X", "pris la destination du X"): the act did not happen there, so such a name is
the event's place only when the story offers no other. The words come from
``lang/<code>/places.py`` (``PASSING_VERBS``, ``PASSING_NOUNS``, ``DESTINATION_BEFORE``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Span as SpacySpan

from ..geo.context import BORDER
from ..geo.location import ELSEWHERE, PASSING
from ..records import PlaceMention, SetAside, Span
from .languages import own_or_reference
from .recalled import RECALLED
from .reference import reference_before

__all__ = [
    "BORDER", "ELSEWHERE", "PASSING", "across_border", "dateline_end", "is_passing",
    "places_of_other_incidents", "post_of_a_person", "trip_end",
]  # fmt: skip

# Why an act was set aside that puts it in another incident (``extract.document``'s reasons:
# an earlier incident recalled, a sentence naming only past years, history, a photo caption
# of an earlier event). Not "dated_before": a lead whose year is mistyped is dated before too.
OTHER_INCIDENT_REASONS: frozenset[str] = frozenset({RECALLED, "past_year", "background", "caption"})

# A dateline: at the start of a line (maybe after an outlet's byline "PTI | "), a city (often in
# capitals, or up to three capitalised words: "Dans la région de X (Mali)," opens a sentence),
# maybe a country or a date after a comma, then a news agency in brackets or a dash
# ("NIAMEY —", "BAMAKO, 8 août (Reuters) -", "Ouagadougou, Jan 17 (AFP)", "PTI | Niamey |").
_DATELINE = re.compile(
    r"^[ \t]*(?:[\w.]+[ \t]*\|[ \t]*)?"
    r"(?:[A-ZÀ-Þ][A-ZÀ-Þ'’ .-]{2,40}|[A-ZÀ-Þ][\w'’.-]{1,30}(?:[ ][A-ZÀ-Þ][\w'’.-]{0,30}){0,2})"
    r"(?:,[^\n()—–|]{1,30}?)?[ \t]*(?:\([A-Z][\w.]*(?:[ -][A-Z][\w.]*){0,3}\)[ \t]*[—–-]?|[—–-][ \t]|\|)",
    re.MULTILINE,
)
# How far a toponym's head is followed up the parse to find the word that governs it.
_HEAD_STEPS = 5


def dateline_end(text: str, start: int) -> int:
    """The end of the dateline of the line holding ``start`` (0 when that line has none)."""
    line = text.rfind("\n", 0, start) + 1
    found = _DATELINE.match(text, line)
    return found.end() if found is not None else 0


@lru_cache(maxsize=8)
def _origin_before(lang: str) -> re.Pattern[str]:
    return re.compile(own_or_reference(lang).places.ORIGIN_BEFORE, re.IGNORECASE)


# How far before a toponym a person's post in an institution of it is looked for.
_POST_REACH = 90


@lru_cache(maxsize=8)
def _post_before(lang: str) -> re.Pattern[str]:
    return re.compile(own_or_reference(lang).places.POST_BEFORE, re.IGNORECASE)


def post_of_a_person(text: str, start: int, lang: str) -> bool:
    """The toponym starting at ``start`` names the seat of an institution a person heads
    ("head of the Salesian community in X", « responsable de la communauté salésienne de
    X »): where the person serves, not where the act happened."""
    return _post_before(lang).search(text, max(0, start - _POST_REACH), start) is not None


def _home_of_a_person(ent: SpacySpan, text: str, lang: str) -> bool:
    """The toponym names a person's home town or a firm's seat ("a Halifax man", "a native
    of X", « originaire de X », « une société basée à X »), not where the act happened."""
    token = ent.root
    head = token.head
    nouns = own_or_reference(lang).places.HOME_NOUNS
    if token.dep_ == "compound" and head.pos_ == "NOUN" and head.lower_ in nouns:
        return True
    return _origin_before(lang).search(text, max(0, ent.start_char - 40), ent.start_char) is not None


def _governed_in_passing(ent: SpacySpan, lang: str) -> bool:
    """The first verb (or speaker noun) above the toponym in the parse names a statement,
    a transfer, a burial or a flight."""
    words = own_or_reference(lang).places
    verbs, nouns = words.PASSING_VERBS, words.PASSING_NOUNS
    token = ent.root
    marks = [token.head, *(c for c in token.children if c.dep_ == "case")]
    if any(m.lower_ in words.PASSING_PREPOSITIONS for m in marks if m.i < ent.start):
        return True  # a destination: "taken to X"
    for _ in range(_HEAD_STEPS):
        head = token.head
        if head is token:
            return False
        lemma = head.lemma_.lower()
        if head.pos_ in ("VERB", "AUX"):
            return lemma in verbs
        if head.pos_ == "NOUN" and head.text.islower() and lemma in nouns:
            # "a source in X said": the speaker of a statement, not a victim ("an official in X")
            return head.head.lemma_.lower() in verbs
        token = head
    return False


@lru_cache(maxsize=8)
def _border_before(lang: str) -> re.Pattern[str]:
    return re.compile(own_or_reference(lang).places.BORDER_BEFORE, re.IGNORECASE)


def across_border(ent: SpacySpan, text: str, lang: str) -> bool:
    """True when the toponym is named as the other side of a border ("near the border with
    X", "près de la frontière avec le X")."""
    return _border_before(lang).search(text, max(0, ent.start_char - 40), ent.start_char) is not None


@lru_cache(maxsize=8)
def _destination_before(lang: str) -> re.Pattern[str]:
    lex = own_or_reference(lang).places
    return re.compile(lex.DESTINATION_BEFORE.format(feature=lex.FEATURE_PATTERN), re.IGNORECASE)


def trip_end(text: str, start: int, lang: str) -> bool:
    """True when the toponym starting at ``start`` is where a trip was heading or came from
    ("a bus carrying pupils to X", "à destination de X", "en provenance du X")."""
    return _destination_before(lang).search(text, max(0, start - 100), start) is not None


# "trois mois après Kolbé (40 tués)": a place named after a temporal or causal
# preposition, with a toll in brackets after it, names an earlier incident by its place.
_TOLL_IN_BRACKETS = re.compile(r"\s*\(\s*(?:[^()]{0,20}\s)?\d")


def names_an_earlier_incident(text: str, start: int, end: int) -> bool:
    """"Three months after Kolbé (40 dead)": the toponym names an earlier incident (a
    reference preposition right before it, its toll in brackets after it), not where an act
    of the report happened."""
    if not _TOLL_IN_BRACKETS.match(text, end):
        return False
    ref = reference_before(text, max(0, start - 40), start)
    return ref is not None and not text[ref.end() : start].strip()


def is_passing(ent: SpacySpan, text: str, lang: str) -> bool:
    """True when the toponym ``ent`` is named in passing (a dateline, a statement's place,
    where the wounded were taken, where the attackers fled, an earlier incident named by its
    place)."""
    if ent.start_char < dateline_end(text, ent.start_char):
        return True
    return (
        names_an_earlier_incident(text, ent.start_char, ent.end_char)
        or trip_end(text, ent.start_char, lang)
        or post_of_a_person(text, ent.start_char, lang)
        or _governed_in_passing(ent, lang)
        or _home_of_a_person(ent, text, lang)
    )



def places_of_other_incidents(
    places: Sequence[PlaceMention],
    sentences: Sequence[tuple[int, int]],
    kept: Iterable[Span],
    set_aside: Iterable[SetAside],
) -> tuple[PlaceMention, ...]:
    """The article's toponyms with those of a sentence that tells only another incident (its
    acts set aside as recalled, or the sentence judged history or a past year's) marked
    ``ELSEWHERE``: "a few days earlier, four people were killed in an ambush near X" does not
    make X the story's town. ``sentences``: (start, end) of each sentence, in order;
    ``kept``: the sentences of the acts kept as news (a sentence holding one is the story's)."""
    starts = [a for a, _ in sentences]

    def sentence_of(offset: int) -> int:
        i = bisect_right(starts, offset) - 1
        return i if i >= 0 and offset < sentences[i][1] else -1

    other = {sentence_of(s.span.start) for s in set_aside if s.reason in OTHER_INCIDENT_REASONS}
    other -= {sentence_of(span.start) for span in kept}
    other.discard(-1)
    if not other:
        return tuple(places)
    return tuple(
        replace(p, relation=ELSEWHERE)
        if p.relation not in (PASSING, BORDER) and sentence_of(p.span.start) in other
        else p
        for p in places
    )
