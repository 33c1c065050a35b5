"""Where a report's toll is read from beyond its act's sentence, and how fusion should weigh
it: a toll in the lead (headline, standfirst), sentences dated to another incident, and marks
on a toll that is provisional, summed over days, or one side's dead."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from ..records import Article, Claim, Mention
from ..taxonomy import ABDUCTION_FORCED_DISAPPEARANCE, sub_event
from . import numbers as number_lib
from .spans import article_span


def dated_elsewhere(
    m: Mention, start: int, end: int, dates: Sequence[tuple[int, int, date, int]]
) -> bool:
    """Does ``text[start:end]`` write a day more than a week from the act's own date (more for
    a date known to the week or month: "On 1 July, 18 soldiers were killed in an attack on the
    same post")? Its toll is then another incident's. ``dates``: the report's written dates
    (bodies found two days after an attack are still its toll)."""
    if m.date is None:
        return False
    reach = {1: 7, 2: 14}.get(m.date.precision, 31)
    return any(
        start <= s < end and precision == 1 and abs((value - m.date.value).days) > reach
        for s, _, value, precision in dates
    )


# A report's lead (headline, standfirst) before its first act: at most this many characters.
LEAD_CHARS = 600


def tolls_from_the_lead(
    article: Article, lang: str, mentions: list[Mention], dates: Sequence[tuple[int, int, date, int]] = ()
) -> list[Mention]:
    """"Drama in Kolbé: 40 people killed, 12 injured" as a headline, then an account of the
    attack with no toll: a toll stated in the report's lead, before its first act, is the toll
    of its first violent act when no act of the report has a toll of its own."""
    if not mentions or any(m.fatalities is not None for m in mentions):
        return mentions
    lead_end = min(m.sentence.start for m in mentions)
    if lead_end == 0 or lead_end > LEAD_CHARS:
        return mentions
    first = next(
        (i for i, m in enumerate(mentions)
         if sub_event(m.sub_event_type).violent and m.sub_event_type != ABDUCTION_FORCED_DISAPPEARANCE),
        None,
    )
    if first is None:
        return mentions
    m = mentions[first]
    if number_lib.toll_is_elsewhere(article.text, 0, lead_end, lang=lang) or dated_elsewhere(m, 0, lead_end, dates):
        return mentions
    fat = number_lib.fatalities_in(article.text, 0, lead_end, lang=lang)
    if fat is None or fat.value <= 0:
        return mentions
    out = list(mentions)
    out[first] = replace(m, fatalities=fat.value, fatalities_span=article_span(article, fat.start, fat.end))
    return out


def toll_readings(
    article: Article, lang: str, mentions: list[Mention], sentences: Sequence[tuple[int, int]]
) -> list[Mention]:
    """How fusion should weigh each act's toll against other reports', as claims on the act:
    a toll the report calls provisional (``PROVISIONAL_TOLL``: "a provisional toll of 21") is
    a floor, not a cap; a toll summed over days (``CUMULATIVE_TOLL``: "7 killed on 10 and 11
    July") gives way to another report's toll of the day; a toll of one side's dead (``SIDE_TOLL`` + side: "four civilians
    were killed") is a part of an incident's toll, not a rival of another report's toll of
    the soldiers or of everyone."""
    text = article.text
    out: list[Mention] = []
    for m in mentions:
        span = m.fatalities_span
        if not m.fatalities or span is None or not sub_event(m.sub_event_type).violent:
            out.append(m)
            continue
        home = next(((s, e) for s, e in sentences if s <= span.start < e), None)
        marks: list[Claim] = []
        if home is not None:
            fat = number_lib.fatalities_in(text, home[0], home[1], lang=lang)
            if fat is not None and fat.value == m.fatalities:
                if number_lib.toll_is_cumulative(text, home[0], home[1], lang=lang):
                    marks.append(Claim(number_lib.CUMULATIVE_TOLL, "fatalities", float(fat.value), None, fat.qualifier, span))
                if number_lib.toll_is_provisional(text, home[0], home[1], lang=lang):
                    marks.append(Claim(number_lib.PROVISIONAL_TOLL, "fatalities", float(fat.value), None, "at_least", span))
                side = number_lib.toll_of_one_side(text, fat, lang=lang)
                if side is not None:
                    marks.append(Claim(number_lib.SIDE_TOLL + side, "fatalities", float(fat.value), None, fat.qualifier, span))
        out.append(replace(m, claims=m.claims + tuple(marks)) if marks else m)
    return out
