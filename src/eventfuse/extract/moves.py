"""Armed men moving into a place: a move word ("entered", « sont entrés », "patrolled") tells
an act of an armed side (ACLED Change to group/activity) only when its subject is one, and only
as the verb of its own clause: "gendarmes who were patrolling" and "soldiers patrolling the
road" tell who someone is, not an act."""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ..lang import literal_alternation
from ..taxonomy import ARMED_INTERS
from . import actors as actor_lib
from .triggers import TriggerHit, doc_text, language_events

MOVE_FAMILY = "move"
UNARMED_MOVE = "unarmed_move"  # set-aside reason: "the minister arrived in the town" is no act
# dependencies of a verb that describes a noun rather than telling an act
_DESCRIBING = frozenset({"relcl", "acl", "acl:relcl", "amod"})


@cache
def _words(lang: str, name: str) -> re.Pattern[str]:
    words = getattr(language_events(lang).module, name)
    return re.compile(r"(?<![\w-])(?:" + literal_alternation(words) + r")(?![\w-])")


def _subjects(token: Token) -> list[Token]:
    """The subjects of ``token``, or of the verb it is conjoined to ("gunmen entered the village
    and moved into the market")."""
    while True:
        found = [c for c in token.children if c.dep_.startswith("nsubj")]
        if found or token.dep_ != "conj" or token.head is token:
            return found
        token = token.head


def _armed(subject: Token, lang: str) -> bool:
    """The subject's phrase names armed men: a word of ARMED_MOVERS or an armed actor, and
    not by their part in another act (ACT_ROLE_MOVERS: "the attackers")."""
    doc = subject.doc
    phrase = doc[subject.left_edge.i : subject.right_edge.i + 1]
    text = phrase.text.lower()
    if _words(lang, "ACT_ROLE_MOVERS").search(text):
        return False
    if _words(lang, "ARMED_MOVERS").search(text):
        return True
    found = actor_lib.find_actors(doc_text(doc), lang=lang, start=phrase.start_char, end=phrase.end_char)
    return any(a.inter in ARMED_INTERS for a in found)


def unarmed_move(hit: TriggerHit, sentence: SpacySpan, lang: str) -> bool:
    """Whether ``hit`` is a move word that tells no act of an armed side: its subject names
    none (or it has none), or it describes a noun (a relative or participial clause)."""
    if hit.family != MOVE_FAMILY:
        return False
    token = sentence.doc[hit.token_index]
    if token.pos_ == "AUX" or token.dep_ == "aux":
        token = token.head
    if token.dep_ in _DESCRIBING:
        return True
    return not any(_armed(subject, lang) for subject in _subjects(token))
