"""Who says it and how sure it is: attribution, certainty, the counts a report states
(claims), and the armed group a later sentence names as having claimed the act."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from functools import cache
from typing import Any

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from ..common.literals import Gate
from ..lang import any_of
from ..records import Article, Certainty, Claim, Mention, Span
from ..taxonomy import DISRUPTED_WEAPONS_USE, sub_event
from . import actors as actor_lib
from . import numbers as number_lib
from .doc_index import first_place_from
from .passes import after_act
from .sides import NAMED_GROUP_INTERS, UNIDENTIFIED_ARMED_GROUP
from .spans import actor_of, article_span
from .triggers import doc_text, language_events

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Claims outside event sentences that describe the report's main event.
COUNT_ATTRIBUTES = frozenset({"followers", "age", "distance"})
# ACLED's name for an Islamist group it cannot tell apart: as unknown as an unidentified one.
ISLAMIST_MILITIA = "Islamist Militia"

SOURCE_WORDS = re.compile(r"\b" + any_of("evidence", "SOURCE_WORDS") + r"\b", re.IGNORECASE)
_SOURCE_STRIP = " “”\"'"
_NO_CLAIMANT = re.compile(
    r"\b" + any_of("evidence", "NO_CLAIMANT") + r"\b[^.]{0,40}" + any_of("evidence", "CLAIM_STEMS")
)

# A later sentence that names who did it: "JNIM claimed responsibility", "the device was
# likely planted by Ansar Dine", « revendiqué par l'EIGS », « posé par des jihadistes ».
_CLAIM_CUES = re.compile(r"\b" + any_of("evidence", "CLAIM_CUES"), re.IGNORECASE)
_NOT_CLAIMED = re.compile(r"\b" + any_of("evidence", "NOT_CLAIMED") + r"\b", re.IGNORECASE)
_AFFILIATE_AFTER = re.compile(r"\s*[-‐]?\s*" + any_of("evidence", "AFFILIATE_AFTER"), re.IGNORECASE)


def _plausible_source(src: str) -> bool:
    """A source is a role ("the mayor") or a name, in a few words, not a clause."""
    words = src.split()
    if not words or len(words) > 10:
        return False
    return bool(SOURCE_WORDS.search(src)) or sum(1 for w in words if w[:1].isupper()) >= 2


@cache
def _attribution_gate(lang: str) -> Gate:
    """The literals each attribution pattern of ``lang`` needs."""
    return Gate.of(language_events(lang).attribution)


def attribution(sentence: SpacySpan, article: Article, lang: str) -> tuple[str | None, Span | None]:
    """Who the sentence says told it ("according to the mayor"), with the words that say so."""
    res = language_events(lang)
    text = doc_text(sentence.doc)[sentence.start_char : sentence.end_char]  # sentence.text, once
    for pattern, may in zip(res.attribution, _attribution_gate(lang).open(text), strict=True):
        if not may:
            continue  # a word it cannot match without is absent
        m = pattern.search(text)
        if m and _plausible_source(m.group("src").strip(_SOURCE_STRIP)):
            src = m.group("src").strip(_SOURCE_STRIP)
            wire = m.groupdict().get("wire")
            if wire:
                src = f"{src} ({wire.strip()})"
            start = sentence.start_char + m.start()
            return src, article_span(article, start, sentence.start_char + m.end())
    return None, None


def certainty(sentence_lower: str, lang: str, actor_certainty: str | None) -> Certainty:
    """How sure the report is of the act: claimed, suspected, confirmed or only reported."""
    mod = language_events(lang).module
    if any(w in sentence_lower for w in mod.CLAIMED) and not _NO_CLAIMANT.search(sentence_lower):
        return "claimed"
    if actor_certainty == "suspected" or any(w in sentence_lower for w in mod.SUSPECTED):
        return "suspected"
    if any(w in sentence_lower for w in mod.CONFIRMED):
        return "confirmed"
    return "reported"


def _distance_subject(doc: Doc | None, end: int, gazetteer: Any) -> str:
    """"150 km from Timbuktu": the distance is a claim about the way to Timbuktu."""
    if doc is None:
        return "distance"
    ent = first_place_from(doc, end, end + 40)  # indexed: doc.ents costs the whole doc
    if ent is not None:
        name = ent.text
        if gazetteer is not None:
            found = gazetteer.lookup(name, limit=1)
            if found:
                name = found[0].name
        return f"distance to {name}"
    return "distance"


def claims(
    article: Article, lang: str, start: int, end: int, subject: str, *, doc: Doc | None = None, gazetteer: Any = None
) -> list[Claim]:
    """The counts stated between two offsets (victims, injured, followers, ages, distances)."""
    out: list[Claim] = []
    for attribute, q in number_lib.count_claims(article.text, start, end, lang=lang):
        q = number_lib.canonical(q)
        value, unit = q.value, q.unit
        about = _distance_subject(doc, q.end, gazetteer) if attribute == "distance" else subject
        out.append(
            Claim(
                subject=about,
                attribute=attribute,
                value=value,
                unit=unit,
                qualifier=q.qualifier,
                span=article_span(article, q.start, q.end),
                upper=q.upper,
            )
        )
    return out


def attach_article_claims(
    article: Article, doc: Doc, lang: str, mentions: list[Mention], event_sentences: Iterable[int], gazetteer: Any = None
) -> list[Mention]:
    """Claims outside event sentences (followers, ages, distances) describe the main event."""
    if not mentions:
        return mentions
    taken = set(event_sentences)
    extra: list[Claim] = []
    for sentence in doc.sents:
        if sentence.start_char in taken:
            continue
        extra.extend(
            c for c in claims(article, lang, sentence.start_char, sentence.end_char, "event", doc=doc, gazetteer=gazetteer)
            if c.attribute in COUNT_ATTRIBUTES
        )
    if not extra:
        return mentions
    first = mentions[0]
    return [replace(first, claims=first.claims + tuple(extra)), *mentions[1:]]


def claimed_perpetrators(
    article: Article, lang: str, mentions: list[Mention], country: str | None
) -> list[Mention]:
    """An act whose perpetrator the rules could not name (an unidentified armed group, or
    none) takes the named armed group of a later sentence, up to the next act, that claims
    it or says it planted the device: ACLED codes the claimed or suspected group."""
    starts = sorted(m.sentence.start for m in mentions)
    out: list[Mention] = []
    for m in mentions:
        unknown = m.actor1 is None or m.actor1.name.startswith((UNIDENTIFIED_ARMED_GROUP, ISLAMIST_MILITIA))
        if unknown and sub_event(m.sub_event_type).violent:
            claimant = _claimant(article, lang, m, after_act(article, m, starts), country)
            if claimant is not None:
                m = replace(m, actor1=actor_of(claimant, article))
        elif m.sub_event_type == DISRUPTED_WEAPONS_USE and m.actor2 is None:
            # "Peacekeepers defused an IED. The device was likely planted by JNIM": whose
            # weapons were disrupted is the other side
            owner = _claimant(article, lang, m, after_act(article, m, starts), country)
            if owner is not None:
                m = replace(m, actor2=actor_of(owner, article))
        out.append(m)
    return out


def _claimant(article: Article, lang: str, m: Mention, stop: int, country: str | None) -> Any:
    """The named armed group of the first claim or "planted by" sentence after the act (up to
    ``stop``), unless the claim is denied; None when there is none."""
    text = article.text
    cue = _CLAIM_CUES.search(text, m.sentence.end, stop)
    if cue is None:
        return None
    before = text[max(m.sentence.end, cue.start() - 40) : cue.start()]
    if _NOT_CLAIMED.search(before.rsplit(".", 1)[-1]):
        return None  # "no group has claimed responsibility"
    lo = max(m.sentence.end, text.rfind(".", m.sentence.end, cue.start()) + 1)
    hi = text.find(".", cue.end(), stop)
    hi = stop if hi < 0 else hi
    on = m.date.value if m.date else article.published
    named = [
        a for a in actor_lib.find_actors(text, lang=lang, start=lo, end=hi, on=on, country=country)
        if not a.generic and a.inter in NAMED_GROUP_INTERS
        and not _AFFILIATE_AFTER.match(text, a.end)  # "al-Qaida-affiliated"
    ]
    return named[0] if named else None
