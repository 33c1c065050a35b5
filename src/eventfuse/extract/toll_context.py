"""Where a report's toll is read from beyond its act's sentence, and how fusion should weigh
it: a toll in the lead (headline, standfirst), sentences dated to another incident, and marks
on a toll that is provisional, summed over days, or one side's dead."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from ..records import Article, Claim, Mention
from ..taxonomy import ABDUCTION_FORCED_DISAPPEARANCE, VIOLENCE_AGAINST_CIVILIANS, sub_event
from . import numbers as number_lib
from .number_lexicon import recalled_time_patterns
from .spans import article_span
from .toll_notes import ASSAILANTS, ASSAILANTS_TOLL, SideCount, side_counts, side_figure


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
    starts = sorted({m.sentence.start for m in mentions})
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
        marks.extend(_provisional_before(article, lang, m, sentences, home, starts))
        out.append(replace(m, claims=m.claims + tuple(marks)) if marks else m)
    return out


def _provisional_before(
    article: Article, lang: str, m: Mention, sentences: Sequence[tuple[int, int]],
    home: tuple[int, int] | None, starts: Sequence[int],
) -> list[Claim]:
    """"The toll has risen to at least 89 ... the government said 25 soldiers were killed,
    according to a provisional toll": a lower toll the report calls provisional, told with
    the act's higher toll, is an earlier figure (``EARLIER_TOLL``), so that another report's
    25 does not stand for the incident's dead. Not for a toll that adds sides up (its parts
    are lower than it)."""
    if not m.fatalities or any(c.subject == number_lib.ASSAILANTS_TOLL for c in m.claims):
        return []
    text = article.text
    stop = next((s for s in starts if s > m.sentence.start), len(text))
    out: list[Claim] = []
    for s, e in sentences:
        if s < m.sentence.start or s >= stop or (s, e) == home:
            continue
        if not number_lib.toll_is_provisional(text, s, e, lang=lang) or number_lib.toll_is_elsewhere(text, s, e, lang=lang):
            continue
        fat = number_lib.fatalities_in(text, s, e, lang=lang)
        if fat is not None and 0 < fat.value < m.fatalities:
            out.append(Claim(number_lib.EARLIER_TOLL, "fatalities", float(fat.value), None, fat.qualifier,
                             article_span(article, fat.start, fat.end)))
    return out


def _breakdown(counts: Sequence[SideCount]) -> set[str]:
    """Sides whose counts only break down a count of everyone told in another sentence
    ("killed seven people" ... "five soldiers" ... "two gendarmes": seven in all): the count
    of everyone stands for them."""
    everyone = {c.value for c in counts if c.everyone}
    named = [c for c in counts if not c.everyone and c.side not in (None, ASSAILANTS)]
    if not everyone or not named or sum(c.value for c in named) not in everyone:
        return set()
    return {c.side for c in named if c.side is not None}


def toll_of_the_sides(counts: Sequence[SideCount]) -> tuple[int, int] | None:
    """(toll, assailants' part of it) of one act from its report's counts of the dead by side,
    or ``None`` unless the report counts at least two sides and names the side of every count:
    ACLED adds the sides' dead. A side counted twice is counted once (``side_figure``); counts
    that break down a count of everyone are that count (``_breakdown``)."""
    by_side: dict[str, list[SideCount]] = {}
    dropped = _breakdown(counts)
    unnamed = [c for c in counts if c.side is None]
    assailants = [c for c in counts if c.side == ASSAILANTS]
    if unnamed:
        # "25 died ... 63 assailants were neutralised": a toll that names no side, and the
        # assailants' own count, are the victims' dead and the assailants'
        if len(unnamed) == len(counts) - len(assailants) and assailants and all(c.head for c in assailants):
            victims, killed = min(c.value for c in unnamed), side_figure(assailants)
            if victims != killed:  # the same figure twice counts the same dead
                return victims + killed, killed
        return None
    for c in counts:
        if c.side is not None and (c.side not in dropped or c.everyone):
            by_side.setdefault(c.side, []).append(c)
    if len(by_side) < 2:
        return None
    figures = {side: side_figure(cs) for side, cs in by_side.items()}
    # the assailants' part, when every count of theirs names them as its own noun
    named = all(c.head for c in by_side.get(ASSAILANTS, []))
    return sum(figures.values()), figures.get(ASSAILANTS, 0) if named else 0


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def opens_on_an_earlier_time(text: str, start: int, end: int, m: Mention, *, lang: str) -> bool:
    """Does the sentence open on a time before the act ("Last December, 15 militants were
    killed", "In October 2017, ...")? Its counts are an earlier incident's."""
    opening = text[start : min(end, start + 40)]
    earlier, _ = recalled_time_patterns(lang)
    if earlier.search(opening):
        return True
    year = _YEAR.search(opening)
    return year is not None and m.date is not None and int(year.group(0)) < m.date.value.year


def tolls_by_side(
    article: Article, lang: str, mentions: list[Mention], sentences: Sequence[tuple[int, int]],
    dates: Sequence[tuple[int, int, date, int]] = (),
) -> list[Mention]:
    """"Five soldiers were killed. The army said four militants were killed." ACLED adds the
    deaths of each side, keeping the most conservative figure for a side that two sources
    count ("JNIM said it killed 9 soldiers" does not raise five soldiers to nine), and the
    counts of one sentence that names several sides ("huit assaillants et sept membres des
    forces de l'ordre ont été tués") are counts of their sides. The assailants' part of the
    toll is noted on the act (a claim ``ASSAILANTS_TOLL``), so that fusion adds the
    assailants to the victims' most conservative figure across reports.

    Read over the act's sentence and those after it, up to the next act; applied only when
    tolls of at least two sides are found, so single-side tolls keep their reading; a toll
    update ("bringing the toll to 12") replaces the counts before it.
    """
    starts = sorted({m.sentence.start for m in mentions})
    text = article.text
    out: list[Mention] = []
    for m in mentions:
        # one-sided violence against civilians: the perpetrator's count of "fighters" it
        # killed is its version of the same deaths, not another side's
        if not sub_event(m.sub_event_type).violent or m.event_type == VIOLENCE_AGAINST_CIVILIANS:
            out.append(m)
            continue
        stop = next((s for s in starts if s > m.sentence.start), len(text))
        counts: list[SideCount] = []
        update: SideCount | None = None
        for s, e in sentences:
            if s < m.sentence.start or s >= stop or number_lib.toll_is_elsewhere(text, s, e, lang=lang):
                continue
            if s > m.sentence.start and (dated_elsewhere(m, s, e, dates) or opens_on_an_earlier_time(text, s, e, m, lang=lang)):
                continue  # "In October 2017, four soldiers were killed": another incident's dead
            if number_lib.toll_notes(text[s:e], lang=lang):
                continue  # "the toll is split across three events": how the toll is coded, not a count
            found = side_counts(text, s, e, lang=lang)
            if not found:
                continue
            if number_lib.toll_is_update(text, s, e, lang=lang):
                fat = number_lib.fatalities_in(text, s, e, lang=lang)
                if fat is not None:
                    update = SideCount(fat.value, "update", False, False, None, fat.start, fat.end)
                    counts = [update]
                continue
            counts.extend(found)
        first = counts[0] if counts else None
        summed = toll_of_the_sides(counts)
        if summed is not None and first is not None:
            total, assailants = summed
            if total != m.fatalities:
                m = replace(m, fatalities=total, fatalities_span=article_span(article, first.start, first.end))
            if 0 < assailants < total:
                span = article_span(article, first.start, first.end)
                m = replace(m, claims=m.claims + (Claim(ASSAILANTS_TOLL, "fatalities", float(assailants), None, "exact", span),))
        elif update is not None and update.value != m.fatalities:
            m = replace(m, fatalities=update.value, fatalities_span=article_span(article, update.start, update.end))
        out.append(m)
    return out
