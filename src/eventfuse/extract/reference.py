"""Act words that do not tell an act of the report: an incident named only as the time or cause
of another matter, and acts spoken of as any act of their kind."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from spacy.tokens import Span as SpacySpan

from ..lang import any_of
from .number_lexicon import number_lexicon
from .triggers import TriggerHit, doc_text
from .when import CLAUSE_END, PRECEDENT_CUE

# Why such an act is set aside (``SetAside.reason``).
REFERENCE = "reference"  # "the summit was postponed after the attack on the base"
GENERIC = "generic"  # "toute manifestation", as ``document.GENERIC``
PRECEDENT = "recalled"  # "the attack comes a month after the death of 40 soldiers", as ``recalled.RECALLED``

# Act families (``TriggerHit.family``) of the incidents a report may name in passing: political
# violence and demonstrations; a strategic development named so ("the handover came after the
# withdrawal of the troops") is the report's own news told by its consequence.
INCIDENT_FAMILIES = frozenset({
    "attack", "clash", "kill", "explosion", "suicide", "shell", "air", "grenade", "chemical",
    "abduct", "sexual", "both", "riot", "barricade", "protest", "mob",
})

# The reference must follow a clause of its own (at least this many words), and the act word
# come within this many characters of the preposition, in the same clause.
MIN_LEAD_WORDS = 3
MAX_GAP = 200

_REFERENCE = re.compile(r"(?<![\w-])" + any_of("passes", "REFERENCE_PREPOSITIONS") + r"(?![\w-])", re.IGNORECASE)
# The words before the cue that may name the report's act as a pronoun ("It comes", "Mais,
# il intervient"), when no act word comes before it.
PRONOUN_WORDS = 3
_ANY = re.compile(r"(?<!\w)" + any_of("passes", "ANY_DETERMINERS") + r"\s+$", re.IGNORECASE)
_CLAUSE_END = CLAUSE_END
# Characters after an act word a precedent cue before it may read ("où ... avaient été tués en
# mars 2019": the year after the act word tells the clause recalls an earlier incident).
CUE_LOOKAHEAD = 200
# A count in the clause before the preposition (not a year) tells a toll: the report's own account.
_COUNT = re.compile(r"(?<![\w.,])(?!(?:19|20)\d\d(?!\d))\d+")


@lru_cache(maxsize=4)
def _casualty(lang: str) -> re.Pattern[str]:
    """Words of the dead, the wounded and the missing ("soldiers missing after the ambush")."""
    mod = number_lexicon(lang).mod
    words = "|".join(f"(?:{p})" for p in (mod.DEATH_WORDS, mod.INJURY_WORDS, mod.MISSING_WORDS))
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE)


def named_as_time_of_another_matter(
    text: str, sentence_start: int, trigger_start: int, others: Iterable[int], *, noun: bool, lang: str
) -> bool:
    """"Le sommet a été reporté après l'attaque de la base": an act noun, the first act word
    after a temporal or causal preposition, that ends a clause with no act word and no count of
    its own: the sentence tells another matter and names the act only as its time or cause."""
    if not noun:
        return False
    refs = list(_REFERENCE.finditer(text, sentence_start, trigger_start))
    if not refs:
        return False
    ref = refs[-1]
    between = text[ref.end() : trigger_start]
    if len(between) > MAX_GAP or _CLAUSE_END.search(between):
        return False
    others = list(others)
    if any(ref.end() <= t < trigger_start for t in others):
        return False  # only the first act word after the preposition is named there
    lead = text[sentence_start : ref.start()]
    if len(lead.split()) < MIN_LEAD_WORDS or _COUNT.search(lead) or _casualty(lang).search(lead):
        return False  # "After the attack, ..." opens the report's own account; casualties are news
    return not any(sentence_start <= t < ref.start() for t in others)


# "after Kolbé (40 dead)": a name of at most this many characters between the
# preposition and the parenthesis that gives its toll.
MAX_NAME_CHARS = 40
_TOLL_PAREN = re.compile(r"\(\s*[^()]{0,40}$")
# The same prepositions, also elided before the name ("à la suite d'Ogassa").
_REFERENCE_BEFORE_NAME = re.compile(
    r"(?<![\w-])" + any_of("passes", "REFERENCE_PREPOSITIONS") + r"(?:(?<=['’])|(?![\w-]))",
    re.IGNORECASE,
)


def reference_before(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """The last temporal or causal preposition ("after", « à la suite d' ») in ``text[lo:hi]``."""
    found = None
    for found in _REFERENCE_BEFORE_NAME.finditer(text, lo, hi):  # keep the last one
        pass
    return found


def toll_of_a_named_reference(text: str, sentence_start: int, trigger_start: int) -> bool:
    """"Trois mois après Kolbé (40 tués), c’est une nouvelle tragédie à X": the act word
    is in the parenthesis that gives the toll of an incident named only by its place after a
    temporal or causal preposition: that earlier incident's toll, not the report's act."""
    paren = _TOLL_PAREN.search(text, max(sentence_start, trigger_start - 40), trigger_start)
    if paren is None:
        return False
    ref = reference_before(text, sentence_start, paren.start())
    if ref is None:
        return False
    name = text[ref.end() : paren.start()].strip()
    return 0 < len(name) <= MAX_NAME_CHARS and name[:1].isupper() and not _CLAUSE_END.search(name)


def told_as_a_precedent(text: str, sentence_start: int, trigger_start: int, others: Iterable[int]) -> bool:
    """"The attack comes a month after the death of 40 soldiers in two attacks", "Il intervient
    alors que l'armée a annoncé la veille avoir neutralisé dix terroristes": the sentence sets
    the report's act (an act word before the cue, or a pronoun opening it) after an earlier
    one; the act words told after the cue are that precedent, not news of the report."""
    # searched past the act word: a cue may look ahead in its clause (a year told after it)
    cue = PRECEDENT_CUE.search(text, sentence_start, trigger_start + CUE_LOOKAHEAD)
    if cue is None or cue.end() > trigger_start:
        return False
    if _CLAUSE_END.search(text, cue.end(), trigger_start):
        return False
    if any(sentence_start <= t < cue.start() for t in others):
        return True
    return len(text[sentence_start : cue.start()].split()) <= PRONOUN_WORDS


def any_act_of_its_kind(text: str, trigger_start: int) -> bool:
    """"toute manifestation d'envergure", "any demonstration": an act word with a determiner
    that makes it generic."""
    return _ANY.search(text, max(0, trigger_start - 20), trigger_start) is not None


def not_told_as_an_act(hit: TriggerHit, hits: Sequence[TriggerHit], sentence: SpacySpan, lang: str) -> str | None:
    """Why the act word ``hit`` of ``sentence`` tells no act of the report (``REFERENCE``,
    ``GENERIC``), or None."""
    text = doc_text(sentence.doc)  # doc.text joins every token again on each call
    noun = sentence.doc[hit.token_index].pos_ == "NOUN" and hit.family in INCIDENT_FAMILIES
    others = [h.start for h in hits if h is not hit]
    if named_as_time_of_another_matter(text, sentence.start_char, hit.start, others, noun=noun, lang=lang):
        return REFERENCE
    if told_as_a_precedent(text, sentence.start_char, hit.start, others):
        return PRECEDENT
    if toll_of_a_named_reference(text, sentence.start_char, hit.start):
        return REFERENCE
    if any_act_of_its_kind(text, hit.start):
        return GENERIC
    return None
