"""What a report says about its toll: coding notes, splits, whose deaths, revisions."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from .number_lexicon import (
    claim_patterns,
    count_site_pattern,
    cumulative_toll_pattern,
    earlier_toll_pattern,
    everyone_pattern,
    number_lexicon,
    provisional_toll_pattern,
    side_before_pattern,
    side_patterns,
    side_total_pattern,
    toll_patterns,
)
from .quantities import is_vague_amount, number_cores, small_number
from .tolls import Fatalities, fatalities_in, is_part, summed_deaths

# ``Claim.subject`` of a toll a report gives as replaced by a later one ("a first toll of 15").
EARLIER_TOLL = "earlier toll"
# ``Claim.subject`` of a toll a report gives as provisional ("un bilan provisoire de 21 morts").
PROVISIONAL_TOLL = "provisional toll"
# ``Claim.subject`` of a toll a report sums over several days or since a date ("since January").
CUMULATIVE_TOLL = "cumulative toll"
# ``Claim.subject`` prefix of a toll that counts the deaths of one side only ("toll of civilians").
SIDE_TOLL = "toll of "
# ``Claim.subject`` of the part of an act's toll that counts the assailants killed, when the
# report counts them apart from their victims ("seven soldiers ... four attackers were killed").
ASSAILANTS_TOLL = "assailants killed"
# The side whose dead are the assailants' (``toll_side``'s name).
ASSAILANTS = "armed"


@dataclass(frozen=True, slots=True)
class TollNote:
    """A report's statement on how its toll is coded.

    ``kind`` "coded": ``value`` is the toll to use ("fatalities coded as 4"); ``unknown`` says
    it stands for an unknown part of the toll ("unknown militant fatalities coded as 10").
    ``kind`` "split": ``value`` is the number of events sharing the toll and ``total`` a toll
    named in the same statement ("remaining 8 fatalities split across 3 events"), if any.
    """

    kind: Literal["coded", "split"]
    value: int
    total: int | None
    unknown: bool
    start: int
    end: int
    text: str


def toll_notes(text: str, *, lang: str) -> list[TollNote]:
    """Statements of ``text`` on how its toll is coded, in text order."""
    lex = number_lexicon(lang)
    coded, split = toll_patterns(lang)
    out: list[TollNote] = []
    for m in coded.finditer(text):
        value = small_number(m.group("n"), lex)
        if value is not None:
            out.append(
                TollNote(
                    "coded", value, None, bool(m.group("unknown")), m.start(), m.end(), m.group(0)
                )
            )
    for m in split.finditer(text):
        parts = small_number(m.group("n"), lex)
        if parts is not None and parts >= 2:
            total = small_number(m.group("total"), lex)
            out.append(TollNote("split", parts, total, False, m.start(), m.end(), m.group(0)))
    out.sort(key=lambda n: n.start)
    return out


def share_of(total: int, parts: int) -> int:
    """One event's share of a toll split across ``parts`` events: the nearest whole number,
    halves rounded down (14 over 3 -> 5, 4 over 3 -> 1, 5 over 2 -> 2)."""
    if parts <= 1:
        return total
    base, rest = divmod(total, parts)
    return base + (1 if 2 * rest > parts else 0)


def toll_side(text: str, fat: Fatalities, *, lang: str) -> str | None:
    """Whose deaths ``fat`` counts ("state", "armed", "militia", "civilians"): the first side
    word in the toll or the few words after it; ``None`` when no side word is there or when
    the toll adds up several counts ("5 soldiers and 7 militants")."""
    lex = number_lexicon(lang)
    sides, _, _ = side_patterns(lang)
    if len(number_cores(fat.text, lex, [])) > 1:
        return None
    window = text[fat.start : min(len(text), fat.end + 60)]
    words = re.match(r"(?:\W*[\w'’-]+){1,7}", window)
    scope = words.group(0) if words else window
    best: tuple[int, str] | None = None
    for name, regex in sides:
        m = regex.search(scope)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), name)
    if best is None:  # "le nombre d'assaillants tués est estimé à 40"
        return side_named_before(text, fat, lang=lang)
    return best[1]


def side_named_before(text: str, fat: Fatalities, *, lang: str) -> str | None:
    """The side named just before a toll ("le nombre d'assaillants neutralisés est estimé à
    40"), or ``None``."""
    sides, _, _ = side_patterns(lang)
    before = side_before_pattern(lang).search(text, max(0, fat.start - 80), fat.start)
    if before is not None:
        named = re.match(r"\W*[\w'’-]+", text[before.end() : fat.start])
        for name, regex in sides:
            if named and regex.search(named.group(0)):
                return name
    return None


def toll_is_elsewhere(text: str, start: int, end: int, *, lang: str) -> bool:
    """The sentence ``text[start:end]`` gives the toll of another (separately coded) event,
    a denied one, or the kills a perpetrator claims with its claim of responsibility (its
    own acknowledged losses do count)."""
    _, elsewhere, _ = side_patterns(lang)
    if elsewhere.search(text, start, end) is not None:
        return True
    claim, own = claim_patterns(lang)
    return claim.search(text, start, end) is not None and own.search(text, start, end) is None


def toll_is_update(text: str, start: int, end: int, *, lang: str) -> bool:
    """The sentence ``text[start:end]`` revises the toll ("bringing the number of
    fatalities to three")."""
    _, _, update = side_patterns(lang)
    return update.search(text, start, end) is not None


def toll_is_earlier(text: str, start: int, end: int, *, lang: str) -> bool:
    """The sentence ``text[start:end]`` gives a toll as an earlier one, replaced since ("a
    first toll of 15", "un premier bilan")."""
    return earlier_toll_pattern(lang).search(text, start, end) is not None


def toll_is_provisional(text: str, start: int, end: int, *, lang: str) -> bool:
    """The sentence ``text[start:end]`` gives its toll as provisional ("un bilan provisoire")."""
    return provisional_toll_pattern(lang).search(text, start, end) is not None


def toll_of_one_side(text: str, fat: Fatalities, *, lang: str) -> str | None:
    """The side whose dead alone ``fat`` counts ("4 civilians", "71 soldiers"); ``None`` for a
    toll of everyone ("12 people", "21 morts") or one that names no side."""
    if everyone_pattern(lang).match(text, fat.end) is not None:
        return None
    return toll_side(text, fat, lang=lang)


def toll_is_cumulative(text: str, start: int, end: int, *, lang: str) -> bool:
    """The sentence ``text[start:end]`` sums its toll over several days or since a date."""
    return cumulative_toll_pattern(lang).search(text, start, end) is not None


_OPENING = r"\s*[«\"“‘']?\s*(?:[^\W\d][\w'’-]*\s+)?"  # a quote and one word may come before the noun
_PLURAL = re.compile(r"(?:[sx]|m[ae]n|armés)$", re.IGNORECASE)


@lru_cache(maxsize=4)
def _head_patterns(lang: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each side's noun as a count's own, right after it (group ``noun``), compiled once."""
    sides, _, _ = side_patterns(lang)
    return tuple((name, re.compile(_OPENING + rf"(?P<noun>{regex.pattern})", re.IGNORECASE)) for name, regex in sides)


def head_side(text: str, fat: Fatalities, *, lang: str) -> str | None:
    """The side a count's own noun names ("63 terroristes", "four gunmen", "sept membres
    des forces de l'ordre"), a word at most after the count, in the plural for more than one
    ("two jihadist attacks" names no side's dead); ``None`` otherwise."""
    for name, regex in _head_patterns(lang):
        m = regex.match(text, fat.end)
        if m is None:
            continue
        noun = m.group("noun").split()[0]
        if fat.value >= 2 and not _PLURAL.search(noun):
            continue
        return name
    # "le nombre d'assaillants neutralisés est estimé à 40": the side is named before the toll
    return side_named_before(text, fat, lang=lang)


@dataclass(frozen=True, slots=True)
class SideCount:
    """One count of the dead in a sentence, with whose dead it counts (``toll_side``),
    whether it counts everyone ("12 people"), the side's whole ("all eight militants") and
    where they died ("at the embassy"), if the sentence says so."""

    value: int
    side: str | None
    everyone: bool
    whole: bool
    site: str | None
    start: int
    end: int
    head: bool = False  # the side is the count's own noun (``head_side``)


def side_counts(text: str, start: int, end: int, *, lang: str) -> list[SideCount]:
    """The counts of the dead in the sentence ``text[start:end]``: its toll, or each count its
    toll adds up ("8 assailants and 7 soldiers were killed": two counts)."""
    fat = fatalities_in(text, start, end, lang=lang)
    if fat is None or fat.value <= 0:
        return []
    # the counts a toll adds up stand for their sides when each names its own ("huit
    # assaillants et sept membres des forces de l'ordre"), else the toll is one count
    parts = [Fatalities(round(q.value), q.qualifier, q.start, q.end, q.text) for q in summed_deaths(text, start, end, lang=lang)]
    heads = [head_side(text, f, lang=lang) for f in parts]
    by_parts = bool(parts) and all(heads)
    tolls = list(zip(parts, heads)) if by_parts else [(fat, head_side(text, fat, lang=lang))]
    sites = count_site_pattern(lang)
    whole = side_total_pattern(lang)
    out: list[SideCount] = []
    for f, head in tolls:
        side = head if by_parts else toll_side(text, f, lang=lang)
        if side == ASSAILANTS and head != ASSAILANTS:
            side = None  # "54 dead in a terrorist attack": the assailants' word is not the count's
        if side is None and is_vague_amount(f.text, lang=lang):
            continue  # "several were killed": no figure, and no side to count it for
        if head == ASSAILANTS and is_part(text, f.start, start, lang=lang):
            continue  # "among the dead, four attackers": a part of a toll told already
        site = sites.match(text, f.end, end)
        out.append(SideCount(
            f.value, side, everyone_pattern(lang).match(text, f.end) is not None,
            whole.search(text, max(start, f.start - 20), f.start) is not None,
            " ".join(site.group("site").lower().split()) if site else None, f.start, f.end,
            head is not None and head == side,
        ))
    return out


def side_figure(counts: list[SideCount]) -> int:
    """One side's dead from the report's counts of them: its whole count ("all eight
    militants") if it gives one; the sum of counts at different sites ("four at the embassy",
    "three at the headquarters"); else the lowest count (rival figures of the same dead)."""
    wholes = [c.value for c in counts if c.whole]
    if wholes:
        return max(wholes)
    by_site: dict[str | None, int] = {}
    for c in counts:
        by_site[c.site] = min(by_site.get(c.site, c.value), c.value)
    if None not in by_site and len(by_site) > 1:
        return sum(by_site.values())
    return min(c.value for c in counts)
