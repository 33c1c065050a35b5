"""Choosing an act's date: the date expressions that can date an event, and the one that
dates a given act."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from ..errors import InputError
from ..lang import any_of, every, languages
from ..records import Article, DateMention
from . import dates as date_lib
from .intervals import AHEAD
from .languages import supported
from .spans import article_span

if TYPE_CHECKING:  # for annotations only: applying a trained model dates acts without spaCy
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan

    from .triggers import TriggerHit

# A report's event dated more than this long before publication is background.
BACKGROUND_DAYS = 45
# A story's lead: its first characters, whose written-out day dates the story's acts that
# nothing nearer dates.
LEAD_REACH = 400
# A period dating an act gives way to a narrower date of the next sentence within this many
# characters of the act's sentence (``_narrowed``): a written day or a range.
NARROW_REACH = AHEAD
NARROWING_KINDS = frozenset({"explicit", "period"})
PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
# A statement's date gives way to a date before its sentence at most this many days earlier.
STATEMENT_LAG_DAYS = 3

DATELINE = re.compile(r"^\s*[A-ZÀ-Ý][A-ZÀ-Ý'’ .-]{1,40},\s*$")
# A byline's date ("Rédigé par X le 10 janvier 2020 à 09:33", "Published on ..."): the writing day.
BYLINE = re.compile(any_of("passes", "BYLINE_BEFORE") + r"$")
BYLINE_LOOK_BACK = 60

# A year written as the modifier of a noun: "the 1998 murder", "its 2012 coup", "their 2019
# elections"; not "in 1998" nor "the year 1998".
_YEAR_AS_MODIFIER = re.compile(
    r".*\b" + any_of("passes", "YEAR_DETERMINERS") + r"\s+\d{4}\s+(?!"
    + "|".join(w + r"\b" for w in every("passes", "YEAR_NOT_MODIFIER_AFTER")) + r")[a-z][a-z-]+",
    re.DOTALL,
)


# "the attack comes a month after ...", "il intervient alors que ...": what follows tells an
# earlier incident (``lang/<code>/passes.py`` PRECEDENT_CUES)
PRECEDENT_CUE = re.compile(r"(?<![\w-])" + any_of("passes", "PRECEDENT_CUES") + r"(?![\w-])", re.IGNORECASE)
CLAUSE_END = re.compile(r"[.;:!?«»\"“”]")


def precedent_between(text: str, start: int, end: int) -> bool:
    """A precedent cue lies between ``start`` (the end of an act word) and ``end`` in one
    clause: what comes after it, a date included, tells the earlier incident."""
    cue = PRECEDENT_CUE.search(text, start, end)
    return cue is not None and not CLAUSE_END.search(text, start, cue.start())


def usable_dates(exprs: Sequence[Any], text: str, published: date | None) -> list[Any]:
    """Date expressions that can date an event: not a dateline ("BAMAKO, 18 March 2024 –",
    "NIAMEY, Dec 11 (Reuters) -") nor a byline's date ("Published on ..."), the day the story
    was written."""
    out = []
    line_end = -1  # the end of the dateline's line: a page's date stamp after it is the writing date too
    for e in exprs:
        if getattr(e, "dateline", False) or (e.start < 80 and DATELINE.match(text[: e.start])):
            found = text.find("\n", e.end)
            line_end = len(text) if found < 0 else found
            continue
        if BYLINE.search(text, max(0, e.start - BYLINE_LOOK_BACK), e.start):
            continue  # the byline's date: when the story was written
        if e.start < line_end and getattr(e, "kind", "") == "explicit":
            continue  # "Niamey, Dec 11 (AFP) Dec 11, 2019": the stamp after the dateline
        if e.kind == "year" and _YEAR_AS_MODIFIER.match(text[max(0, e.start - 12) : e.end + 20]):
            continue  # "over the 1998 murder of …": the year names another event, not this one
        out.append(e)
    return out


def date_for_trigger(exprs: Sequence[Any], hit: TriggerHit, sentence: SpacySpan, published: date | None) -> Any:
    """The date of one act: the closest date in its sentence, else the closest before it.

    Dates after publication are left out; a chained date after the trigger that belongs to
    another verb ("abducted and released the following day") is a later act's; a period that
    holds a day written in the same sentence gives way to that day; a period of the act's
    sentence that the next sentence narrows ("fin mars ... entre le 27 et le 31 mars") gives
    way to the narrower date (``_narrowed``).
    """
    found = _date_for_trigger(exprs, hit, sentence, published)
    if found is None or found.covers is None or not sentence.start_char <= found.start < sentence.end_char:
        return found
    return _narrowed(found, exprs, sentence, published)


def _narrowed(period: Any, exprs: Sequence[Any], sentence: SpacySpan, published: date | None) -> Any:
    """A period that dates an act ("late March", "fin mars", "en mars 2022") and, after the
    act's sentence, in the same paragraph and within ``NARROW_REACH`` characters, the first
    date that falls inside the period and is narrower ("between 27 and 31 March", "le 27
    mars"): the story tells the same days more precisely, and the narrower date dates the act."""
    text = sentence.doc.text
    stop = sentence.end_char + NARROW_REACH
    paragraph = PARAGRAPH_BREAK.search(text, sentence.start_char + len(sentence.text.rstrip()), stop)
    if paragraph is not None:
        stop = paragraph.start()
    for e in exprs:
        if e.start < sentence.end_char or e.kind not in NARROWING_KINDS:
            continue
        if e.start >= stop:
            break
        if e.within(period) and (published is None or e.value <= published):
            return e
    return period


def _date_for_trigger(exprs: Sequence[Any], hit: TriggerHit, sentence: SpacySpan, published: date | None) -> Any:
    inside = [
        e for e in exprs
        if sentence.start_char <= e.start < sentence.end_char and e.kind != "year"
    ]
    # a date after publication is a later development or a date to come ("bodies found on
    # 23 March" in a report of 18 March): it never dates the act
    inside = [e for e in inside if published is None or e.value <= published]
    # a date told after a precedent cue that follows the act ("the attack comes a month after
    # two attacks on 30 September") dates the precedent, not the act
    s0, text = sentence.start_char, sentence.text
    precedent = [e for e in inside if e.start >= hit.end and precedent_between(text, hit.end - s0, e.start - s0)]
    if precedent:
        inside = [e for e in inside if e not in precedent]
        exprs = [e for e in exprs if e not in precedent]
    if inside:
        # a date that depends on the trigger in the parse ("exécutée vendredi"), then the nearest
        doc = sentence.doc
        trigger = doc[hit.token_index]
        subtree = {t.i for t in trigger.subtree} if trigger.dep_ != "ROOT" else set()

        def key(e: Any) -> tuple[int, int, int]:
            span = doc.char_span(e.start, e.end, alignment_mode="expand")
            governed = span is not None and span.root.i in subtree
            return (0 if governed else 1, min(abs(e.start - hit.end), abs(hit.start - e.end)), e.start)

        # a chained date after the trigger that belongs to another verb dates another act
        # ("abducted and released the following day", "a suspension two days earlier"):
        # the act takes the sentence's other dates, or else the dates before the sentence
        others = [
            e for e in inside
            if not (e.kind == "chained" and e.start >= hit.end and _later_act(doc, e, trigger))
        ]
        # the date of a statement ("..., a source said on Wednesday") gives way to another
        # date of the sentence, else to the date before it if that falls up to
        # STATEMENT_LAG_DAYS before the statement; else it stays
        acts = [e for e in others if not _statement_date(doc, e, trigger)]
        if acts:
            return _more_specific(min(acts, key=key), acts)
        exprs = [e for e in exprs if not sentence.start_char <= e.start < sentence.end_char]
        if others:
            said = _more_specific(min(others, key=key), others)
            before = date_lib.resolve_event_date(
                exprs, sentence_start=sentence.start_char, sentence_end=sentence.end_char,
                published=published,
            )
            lag = (said.value - before.value).days if before is not None else -1
            return before if 0 <= lag <= STATEMENT_LAG_DAYS else said
    found = date_lib.resolve_event_date(
        exprs, sentence_start=sentence.start_char, sentence_end=sentence.end_char, published=published
    )
    return found if found is not None else _lead_date(exprs, sentence.start_char, published)


def _lead_date(exprs: Sequence[Any], before: int, published: date | None) -> Any:
    """The date the story's lead writes out ("Après le culte le dimanche 28 avril 2019, ..."):
    the first day written with its month's name within ``LEAD_REACH`` characters, before the
    act's sentence."""
    for e in exprs:
        if e.start >= min(before, LEAD_REACH):
            return None
        written = any(ch.isalpha() for ch in e.text)  # not page furniture ("12.04.2018")
        if e.kind == "explicit" and e.precision == 1 and written and (published is None or e.value <= published):
            return e
    return None


def _statement_date(doc: Doc, expr: Any, trigger: Any) -> bool:
    """"..., a security source said on Wednesday", "a annoncé lundi le ministère": a date
    that a verb of statement governs before the parse reaches the trigger."""
    verbs = _statement_verbs(doc.lang_)
    span = doc.char_span(expr.start, expr.end, alignment_mode="expand")
    if span is None:
        return False
    token = span.root
    for _ in range(6):
        if token.i == trigger.i:
            return False
        if token.pos_ in {"VERB", "AUX"} and token.i != span.root.i:
            return token.lemma_.lower() in verbs
        if token.head.i == token.i:
            return False
        token = token.head
    return False


@lru_cache(maxsize=4)
def _statement_verbs(lang: str) -> frozenset[str]:
    """The statement verbs of ``lang`` (the parse's language), else of every language."""
    try:
        return frozenset(supported(lang, "dates").dates.STATEMENT_VERBS)
    except InputError:
        return frozenset(w for code in languages() for w in supported(code, "dates").dates.STATEMENT_VERBS)


def _later_act(doc: Doc, expr: Any, trigger: Any) -> bool:
    """"abducted and released the following day": a chained date after the trigger that
    belongs to another verb dates a later act, not the trigger's."""
    span = doc.char_span(expr.start, expr.end, alignment_mode="expand")
    if span is None:
        return False
    token = span.root
    for _ in range(6):
        if token.i == trigger.i:
            return False
        if token.pos_ in {"VERB", "AUX"} and token.i != trigger.i and token.i != span.root.i:
            return True
        if token.head.i == token.i:
            return False
        token = token.head
    return False


def _more_specific(chosen: Any, inside: Sequence[Any]) -> Any:
    """A period ("between 5 and 6 February") and, in the same sentence, a day that falls in it
    ("On 6 February, ... clashed over two days between 5-6 February"): the day dates the act."""
    if chosen.kind != "period" or chosen.precision < 2:
        return chosen
    days = [
        e for e in inside
        if e.kind == "explicit" and e.precision == 1 and 0 <= (e.value - chosen.value).days <= 7
    ]
    return min(days, key=lambda e: e.start) if days else chosen


def fallback_date(published: date | None) -> DateMention | None:
    """The date of an act nothing in the report dates: the publication day, to the week."""
    if published is None:
        return None
    return DateMention(value=published, precision=2, span=None, explicit=False)


def to_date_mention(expr: Any, article: Article) -> DateMention:
    """A date expression (``extract.dates.DateExpr``) as the date of an act, with its evidence."""
    return DateMention(
        value=expr.value,
        precision=expr.precision,
        span=article_span(article, expr.start, expr.end),
        stated_weekday=expr.stated_weekday,
        weekday_mismatch=expr.weekday_mismatch,
        explicit=expr.kind == "explicit",
    )
