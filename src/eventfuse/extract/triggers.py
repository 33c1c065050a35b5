"""Find event trigger words in a sentence and decide whether each one describes a real act."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from types import ModuleType

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ..common.literals import Gate
from ..lang import available, every, every_set
from .languages import own_or_reference

# The languages with event words: one per folder under lang/.
SUPPORTED_LANGUAGES: tuple[str, ...] = available()


@dataclass(frozen=True, slots=True)
class TriggerHit:
    """A trigger match: character offsets in the article, its act family and the head token."""

    start: int
    end: int
    text: str
    family: str
    token_index: int  # index of the head token in the Doc


@dataclass(frozen=True, slots=True)
class LanguageEvents:
    """Compiled event resources of one language (from ``lang/<lang>/events.py``)."""

    lang: str
    triggers: tuple[tuple[re.Pattern[str], str], ...]
    attribution: tuple[re.Pattern[str], ...]
    module: ModuleType


@cache
def language_events(lang: str) -> LanguageEvents:
    """Load and compile the event lexicon of ``lang`` once per process."""
    language = own_or_reference(lang)
    lang, module = language.code, language.events
    triggers = tuple(
        (re.compile(r"(?<![\w-])(?:" + pattern + r")(?![\w])"), family)
        for pattern, family in module.TRIGGERS
    )
    attribution = tuple(re.compile(p) for p in module.ATTRIBUTION)
    return LanguageEvents(lang, triggers, attribution, module)


@cache
def _gate(lang: str) -> Gate:
    """The literals each trigger pattern of ``lang`` needs."""
    return Gate.of(pattern for pattern, _family in language_events(lang).triggers)


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per document (spaCy joins every token again on each call)."""
    text = doc.user_data.get("eventfuse_text")
    if text is None:
        text = doc.user_data["eventfuse_text"] = doc.text
    return str(text)


def find_triggers(sentence: SpacySpan, lang: str) -> list[TriggerHit]:
    """All trigger matches in a sentence, earliest and longest first, without overlaps."""
    res = language_events(lang)
    base = sentence.start_char
    text = doc_text(sentence.doc)[base : sentence.end_char].lower()  # sentence.text, not rebuilt
    hits: list[TriggerHit] = []
    taken: list[tuple[int, int]] = []
    matches: list[tuple[int, int, str, int]] = []
    for index, ((pattern, family), may) in enumerate(zip(res.triggers, _gate(lang).open(text), strict=True)):
        if not may:
            continue  # a word it cannot match without is absent (the patterns are case-sensitive)
        for m in pattern.finditer(text):
            matches.append((m.start(), m.end(), family, index))
    # Prefer earlier patterns (more specific ones are listed first) on overlap.
    matches.sort(key=lambda x: (x[3], -(x[1] - x[0]), x[0]))
    for start, end, family, _ in matches:
        if any(start < e and s < end for s, e in taken):
            continue
        taken.append((start, end))
        span = sentence.doc.char_span(base + start, base + end, alignment_mode="expand")
        if span is None:
            continue
        head = span.root
        hits.append(
            TriggerHit(
                base + start,
                base + end,
                doc_text(sentence.doc)[base + start : base + end],
                family,
                head.i,
            )
        )
    hits.sort(key=lambda h: h.start)
    return hits


# Words of rules that apply whatever the report's language (see lang/en/events.py).
_NEGATION_ADVERBS = every_set("events", "NEGATION_ADVERBS")
_NEGATION_SUBJECTS = every_set("events", "NEGATION_SUBJECTS")
_NEGATION_DETERMINED_SUBJECTS = every("events", "NEGATION_DETERMINED_SUBJECTS")
_MODAL_VERBS = every_set("events", "MODAL_VERBS")
_INTENT_VERBS = every_set("events", "INTENT_VERBS")
_PURPOSE_MARKERS = every_set("events", "PURPOSE_MARKERS")
# Families of violent acts that a purpose clause tells as sought, not done ("sent to fight
# the rebels"); a force used on a crowd "to disperse" it is told as done and stays.
PURPOSE_FAMILIES = frozenset(
    {"attack", "clash", "kill", "air", "shell", "explosion", "grenade", "suicide", "abduct", "loot"}
)
_BETWEEN_WORDS = every_set("events", "BETWEEN_WORDS")
_INSTRUMENT_WORDS = every_set("events", "INSTRUMENT_WORDS")
# Families named by a weapon: a plural told as what an act was done with is that act's.
WEAPON_FAMILIES = frozenset({"grenade", "chemical", "shell"})
# ... those that also name a whole kind of warfare ("rockets and mortars") only with a model or
# a calibre that makes them the weapons of one act ("with Grad rockets", "des roquettes de 122 mm").
MODEL_NAMED_FAMILIES = frozenset({"shell"})
_MODEL_DEPS = frozenset({"compound", "amod", "nummod", "nmod", "flat", "flat:name"})
# Nouns that count acts as one batch ("a series of airstrikes", "a barrage of rockets").
_COLLECTIVE_NOUNS = every_set("events", "COLLECTIVE_NOUNS")
_DURING_HEADS = every_set("events", "DURING_HEADS")
_DURING_DEPENDENTS = every_set("events", "DURING_DEPENDENTS")
_SPECIFIC_DETERMINERS = every_set("events", "SPECIFIC_DETERMINERS")
# Dates whose month is spelt like a mood word ("3 May 2020"), by language.
_MOOD_WORD_DATES: dict[str, tuple[re.Pattern[str], ...]] = {
    lang: tuple(re.compile(p) for p in language_events(lang).module.MOOD_WORD_DATES)
    for lang in SUPPORTED_LANGUAGES
}


def _window_before(token: Token, sentence: SpacySpan, width: int = 40) -> str:
    start = max(sentence.start_char, token.idx - width)
    return doc_text(sentence.doc)[start : token.idx].lower()


def is_negated(hit: TriggerHit, sentence: SpacySpan, lang: str) -> bool:
    """True when the act is denied ("no one was killed", "n'a pas été enlevé")."""
    words = language_events(lang).module
    doc = sentence.doc
    token = doc[hit.token_index]
    for child in token.children:
        if child.dep_ in {"neg", "advmod"} and child.lower_ in _NEGATION_ADVERBS:
            return True
        if (
            child.dep_ in {"nsubj", "nsubjpass", "nsubj:pass"}
            and child.lower_ in _NEGATION_SUBJECTS
            # "personne n'a été tué" denies; "une personne a été tuée" counts one
            and not any(c.dep_ in {"det", "nummod"} or c.like_num for c in child.children)
        ):
            return True
        if child.dep_ in {"nsubj", "nsubjpass"} and any(
            child.lower_ == subject and any(c.lower_ == determiner for c in child.children)
            for determiner, subject in map(str.split, _NEGATION_DETERMINED_SUBJECTS)
        ):
            return True
    before = _window_before(token, sentence, 25)
    return bool(re.search(words.NEGATION_BEFORE, before)) or (
        any(particle in before[-12:] for particle in words.NEGATION_PARTICLES)
        and words.NEGATION_CLOSER in doc_text(doc)[token.idx - 10 : token.idx + 20].lower()
    )


def is_hypothetical(hit: TriggerHit, sentence: SpacySpan, lang: str) -> bool:
    """True for future, conditional or feared acts ("could attack", "menace de tuer")."""
    res = language_events(lang)
    doc = sentence.doc
    token = doc[hit.token_index]
    for child in token.children:
        if child.tag_ == "MD" and child.lower_ in _MODAL_VERBS:
            return True
        if (
            res.module.FUTURE_AUXILIARIES
            and child.dep_.startswith("aux")
            and child.morph.get("Tense", []) == ["Fut"]
        ):
            return True
        if (
            res.module.FUTURE_AUXILIARIES
            and child.dep_.startswith("aux")
            and child.morph.get("Mood", []) == ["Cnd"]
        ):
            return True
    if token.morph.get("Tense", []) == ["Fut"] or token.morph.get("Mood", []) == ["Cnd"]:
        return True
    if (
        token.tag_ == "VB"
        and token.dep_ in {"xcomp", "ccomp"}
        and token.head.lemma_ in _INTENT_VERBS
    ):
        return True
    if hit.family in PURPOSE_FAMILIES and is_purpose(token):
        return True
    before = _mood_window(_window_before(token, sentence, 30), res.lang)
    return _mood_word_ends(res.lang).search(before) is not None or any(
        f" {w}" in before[-len(w) - 12 :] for w in res.module.HYPOTHETICAL
    )


@cache
def _mood_word_ends(lang: str) -> re.Pattern[str]:
    """A mood word of ``lang`` ending the words before a trigger, as a word of its own ("si",
    not the end of "aussi")."""
    words = "|".join(re.escape(w) for w in language_events(lang).module.HYPOTHETICAL) or r"(?!)"
    return re.compile(rf"(?<![\w'’-])(?:{words})$")


def is_purpose(token: Token) -> bool:
    """Whether ``token`` is the infinitive of a purpose clause, or its object: "troops sent to
    fight the rebels", "des soldats envoyés pour combattre", "pour obtenir un appui aérien"."""
    verb = token.head if token.dep_ in {"dobj", "obj"} and token.pos_ == "NOUN" else token
    return (
        verb.pos_ == "VERB"
        and verb.morph.get("VerbForm", []) == ["Inf"]
        and verb.dep_ == "advcl"
        and any(c.dep_ in {"aux", "mark"} and c.lower_ in _PURPOSE_MARKERS for c in verb.children)
    )


def _mood_window(before: str, lang: str) -> str:
    """The words before a trigger with the dates that read like mood words blanked out: "On
    3 May 2020, an airstrike" tells a month, not "may"."""
    for pattern in _MOOD_WORD_DATES.get(lang) or ():
        before = pattern.sub(lambda m: " " * len(m.group()), before)
    return before


def is_generic(hit: TriggerHit, sentence: SpacySpan, lang: str) -> bool:
    """True for violence spoken of in general ("kidnappings and displacement", "public punishments").

    A plural noun trigger without a number or a determiner that makes it specific, or a
    trigger used as a modifier of another noun ("kidnapping risk"), is generic.
    """
    res = language_events(lang)
    token = sentence.doc[hit.token_index]
    if token.pos_ == "NOUN" and token.morph.get("Number", []) == ["Plur"]:
        first = token  # "carried out artillery strikes and ground operations": the first conjunct's role
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        head = first.head
        if (
            first.dep_ in {"nsubj", "nsubjpass", "nsubj:pass", "obj", "dobj"}
            and head.pos_ in {"VERB", "AUX"}
            and (
                head.tag_ in {"VBD", "VBN"}
                or "Past" in head.morph.get("Tense", [])
                or any(
                    "Past" in c.morph.get("Tense", [])
                    for c in head.children
                    if c.dep_.startswith("aux")
                )
            )
        ):
            return False  # "clashes erupted", "des affrontements ont opposé": a specific act
        if hit.family in WEAPON_FAMILIES and (
            (token.dep_ == "pobj" and token.head.lower_ in _INSTRUMENT_WORDS)
            or any(c.dep_ == "case" and c.lower_ in _INSTRUMENT_WORDS for c in token.children)
        ) and (hit.family not in MODEL_NAMED_FAMILIES or any(c.dep_ in _MODEL_DEPS for c in token.children)):
            return False  # "attacked the post with hand grenades": the weapons of the act
        words = {c.lower_ for c in token.children}
        if words & set(res.module.GENERIC_PLURAL_OK) or any(c.like_num for c in token.children):
            return False
        batch = token.head.head if token.head.pos_ == "ADP" else token.head
        if batch.i != token.i and batch.lower_ in _COLLECTIVE_NOUNS:
            return False  # "a barrage of rockets", "une série de frappes": counted, like a number
        if words & _BETWEEN_WORDS:
            return False  # "amid clashes between herders and farmers": the parties make it one act
        if words & _DURING_DEPENDENTS or token.head.lower_ in _DURING_HEADS:
            return (
                False  # "tuées lors de violences intercommunautaires": the act the deaths belong to
            )
        return not any(c.lower_ in _SPECIFIC_DETERMINERS for c in token.children)
    if token.dep_ == "amod" and any(c.like_num for c in token.head.children):
        return False  # "136 personnes tuées", "12 people killed": counted victims, a specific act
    if listed_verb_read_as_modifier(token):
        return False
    return (
        token.dep_ in {"compound", "amod"}
        and token.pos_ in {"NOUN", "ADJ"}
        and hit.family
        in {
            "kill",
            "attack",
            "abduct",
            "clash",
        }
    )


_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "nsubj:pass"})


def listed_verb_read_as_modifier(token: Token) -> bool:
    """"attacked the village, assaulted villagers, burned a shop": a verb in a list of acts,
    right after a comma or a conjunction, that the parser read as a modifier of its object
    ("assaulted" of "villagers"). Not when the noun is a subject ("wounded soldiers were
    evacuated") or when the word opens the sentence."""
    if token.dep_ not in {"amod", "compound"} or token.i == token.sent.start:
        return False
    before = token.doc[token.i - 1]
    return (
        (before.text == "," or before.dep_ == "cc")
        and token.head.i == token.i + 1
        and token.head.dep_ not in _SUBJECT_DEPS
    )


def is_background(sentence: SpacySpan, lang: str) -> bool:
    """True when the sentence reads as history or context rather than news."""
    res = language_events(lang)
    text = sentence.text.lower()
    return any(cue in text for cue in res.module.BACKGROUND)
