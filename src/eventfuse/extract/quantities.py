"""Quantities as written: counts, distances, money, ages, followers, durations (``find_quantities``)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from text_to_num import text2num

from . import dates as date_lib
from .number_lexicon import GLUED_UNITS, NumberLexicon, Qualifier, number_lexicon

KINDS = ("count", "distance", "money", "percent", "age", "followers", "duration")
KM_PER_MILE = 1.609344


@dataclass(frozen=True, slots=True)
class Quantity:
    """A quantity as written: ``value`` (lowest figure), ``upper`` for ranges, a qualifier,
    a unit (``km``, ``mi``, ``m``, ``USD``, ``EUR``, ``XOF``, ``%``, ``year`` ...) and a kind."""

    start: int
    end: int
    text: str
    value: float
    upper: float | None
    qualifier: Qualifier
    unit: str | None
    kind: str


def to_canonical(q: Quantity) -> tuple[float, str | None]:
    """The value in a canonical unit: distances in km, everything else unchanged."""
    return _convert(q.value, q.unit)


def canonical(q: Quantity) -> Quantity:
    """``q`` with ``value`` and ``upper`` in canonical units (distances in km)."""
    value, unit = _convert(q.value, q.unit)
    upper = None if q.upper is None else _convert(q.upper, q.unit)[0]
    return replace(q, value=value, upper=upper, unit=unit)


def _convert(value: float, unit: str | None) -> tuple[float, str | None]:
    if unit == "mi":
        return value * KM_PER_MILE, "km"
    if unit == "m":
        return value / 1000.0, "km"
    return value, unit


@dataclass(frozen=True, slots=True)
class Core:
    start: int
    end: int
    value: float
    qualifier: Qualifier
    vague: bool
    scale: float  # the scale word written after the number (1 when none)


def _parse_digits(raw: str, lex: NumberLexicon) -> float | None:
    s = raw.replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    if lex.mod.DECIMAL_COMMA:
        if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", s) or re.fullmatch(r"\d{1,3}(?:,\d{3})+", s):
            s = s.replace(".", "").replace(",", "")
        else:
            s = s.replace(",", ".")
    else:
        s = s.replace(",", "")
    try:
        return float(s)
    except ValueError:
        return None


def _words_value(phrase: str, lex: NumberLexicon) -> float | None:
    words = phrase.lower().split()
    if words and words[0] in lex.mod.ARTICLE_ONE:
        words[0] = lex.mod.ARTICLE_ONE_AS
    try:
        return float(text2num(" ".join(words), lex.lang))
    except (ValueError, IndexError):
        return None


def overlaps(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in spans)


def _vague_cores(text: str, lex: NumberLexicon) -> list[Core]:
    return [
        Core(m.start(), m.end(), float(value), qualifier, True, 1.0)
        for regex, value, qualifier in lex.vague
        for m in regex.finditer(text)
    ]


def _digit_cores(text: str, lex: NumberLexicon) -> list[Core]:
    found: list[Core] = []
    for m in lex.digits.finditer(text):
        value = _parse_digits(m.group(0), lex)
        if value is None:
            continue
        end, scale = m.end(), 1.0
        scaled = lex.scale_after.match(text, end)
        if scaled:
            word = (scaled.group("att") or scaled.group("sp") or "").lower()
            scale = float(lex.mod.SCALES.get(word, 1.0))
            end = scaled.end()
        elif end < len(text) and text[end].isalpha():
            tail = re.match(r"[^\W\d_]+", text[end:])
            if tail is None or tail.group(0).lower() not in GLUED_UNITS:
                continue  # "G5", "10h30", "3rd": not a quantity
        found.append(Core(m.start(), end, value * scale, "exact", False, scale))
    return found


def word_cores(text: str, lex: NumberLexicon) -> list[Core]:
    """Numbers in words; the longest prefix text2num reads ("five and" -> "five")."""
    found: list[Core] = []
    pos = 0
    while (m := lex.words.search(text, pos)) is not None:
        tokens = list(lex.word.finditer(text, m.start(), m.end()))
        pos = m.end()
        start = m.start()
        art = re.search(r"(?<!\w)(\w+)\s+$", text[max(0, start - 6) : start])  # "a hundred"
        scale_first = bool(tokens) and tokens[0].group(0).lower() in lex.mod.ARTICLE_SCALES
        if art and art.group(1).lower() in lex.mod.ARTICLE_ONE and scale_first:
            start -= len(art.group(0))
        for k in range(len(tokens), 0, -1):
            end = tokens[k - 1].end()
            lone = k == 1 and start == tokens[0].start()
            if lone and tokens[0].group(0).lower() in lex.mod.LONE_NOT_NUMBER:
                continue
            value = _words_value(text[start:end], lex)
            if value is not None:
                if not lex.not_number_before.search(text[max(0, start - 8) : start]):
                    found.append(Core(start, end, value, "exact", False, 1.0))
                    pos = end
                break
    return found


def number_cores(text: str, lex: NumberLexicon, masked: Sequence[tuple[int, int]]) -> list[Core]:
    """Numbers, longest first where they overlap, outside the masked spans, in text order."""
    found = _vague_cores(text, lex) + _digit_cores(text, lex) + word_cores(text, lex)
    found = [c for c in found if not overlaps(c.start, c.end, masked)]
    found.sort(key=lambda c: (-(c.end - c.start), c.start))
    kept: list[Core] = []
    for c in found:
        if not any(c.start < k.end and k.start < c.end for k in kept):
            kept.append(c)
    kept.sort(key=lambda c: c.start)
    return kept


@lru_cache(maxsize=16)
def date_spans_of(text: str, lang: str) -> tuple[tuple[int, int], ...]:
    """``dates.date_spans`` of a whole text, kept for the few texts in hand: the number
    readers ask for the same article's dates once per sentence and per act."""
    return tuple(date_lib.date_spans(text, lang=lang))


def _masks(text: str, lex: NumberLexicon) -> list[tuple[int, int]]:
    spans = list(date_spans_of(text, lex.lang))
    spans.extend((m.start(), m.end()) for m in lex.not_quantity.finditer(text))
    return spans


def _qualifier_before(text: str, start: int, lex: NumberLexicon) -> tuple[int, Qualifier] | None:
    window = text[max(0, start - 40) : start]
    best: tuple[int, Qualifier] | None = None
    for regex, qualifier in lex.qual_before:
        m = regex.search(window)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), qualifier)
    if best is None:
        return None
    return start - len(window) + best[0], best[1]


def merge_qualifiers(a: Qualifier, b: Qualifier) -> Qualifier:
    if a == b:
        return a
    if "approx" in (a, b):
        return "approx"
    if a == "exact":
        return b
    if b == "exact":
        return a
    return "approx"


def find_quantities(text: str, *, lang: str) -> list[Quantity]:
    """Every quantity of ``text`` in text order (see the module docstring for the rules)."""
    return list(_find(text, lang))


def _decade_ages(text: str, lex: NumberLexicon) -> list[Quantity]:
    """ "in her 20s", "in their thirties", "dans la trentaine": ages as a ten-year range."""
    out: list[Quantity] = []
    for m in lex.age_decade.finditer(text):
        if m.group("dec"):
            low = float(m.group("dec"))
        else:
            low = float(lex.mod.DECADE_WORDS.get((m.group("decw") or "").lower(), 0))
        if low:
            out.append(
                Quantity(m.start(), m.end(), m.group(0), low, low + 9, "approx", "year", "age")
            )
    return out


def _qualifier_after(text: str, end: int, lex: NumberLexicon) -> tuple[int, Qualifier] | None:
    for regex, qualifier in lex.qual_after:
        m = regex.match(text, end)
        if m:
            return m.end(), qualifier
    return None


def _currency_before(text: str, start: int, lex: NumberLexicon) -> tuple[int, str] | None:
    window = text[max(0, start - 6) : start]
    for regex, unit in lex.cur_before:
        m = regex.search(window)
        if m:
            return start - len(window) + m.start(), unit
    return None


def _currency_after(text: str, end: int, lex: NumberLexicon) -> tuple[int, str] | None:
    for regex, unit in lex.cur_after:
        m = regex.match(text, end)
        if m:
            return m.end(), unit
    return None


def _unit_after(text: str, end: int, lex: NumberLexicon) -> tuple[int, str | None, str] | None:
    for regex, unit, kind in lex.units:
        m = regex.match(text, end)
        if m:
            return m.end(), unit, kind
    return None


def _range_with(a: Core, b: Core, text: str, lex: NumberLexicon) -> tuple[int, float] | None:
    """(start, lowest value) when ``a`` and ``b`` form a range ("between 10 and 15")."""
    if a.vague or b.vague:
        return None
    between = text[a.end : b.start]
    opener = lex.range_open.search(text[max(0, a.start - 12) : a.start])
    join = lex.range_open_join if opener else lex.range_join
    if not join.fullmatch(between):
        return None
    low = a.value
    if a.scale == 1.0 and b.scale > 1.0 and a.value < b.value / b.scale:
        low = a.value * b.scale  # "between 5 and 10 million"
    if b.value <= low:
        return None
    return (a.start - len(opener.group(0)) if opener else a.start), low


@lru_cache(maxsize=256)
def _find(text: str, lang: str) -> tuple[Quantity, ...]:
    lex = number_lexicon(lang)
    decades = _decade_ages(text, lex)
    masked = _masks(text, lex) + [(q.start, q.end) for q in decades]
    cores = number_cores(text, lex, masked)
    out = list(decades)
    i = 0
    while i < len(cores):
        a = cores[i]
        start, end = a.start, a.end
        value, upper, qualifier = a.value, None, a.qualifier
        ranged = _range_with(a, cores[i + 1], text, lex) if i + 1 < len(cores) else None
        if ranged is not None:
            b = cores[i + 1]
            start, value, upper, end = ranged[0], ranged[1], b.value, b.end
            i += 1
        i += 1
        after = _qualifier_after(text, end, lex)  # "100+", "12 or more"
        if after is not None:
            end, qualifier = after
        unit: str | None = None
        kind = "count"
        cur = _currency_before(text, start, lex)  # "$5m", "US$ 5 million"
        if cur is not None:
            start, unit, kind = cur[0], cur[1], "money"
        before = _qualifier_before(text, start, lex)  # "more than", "plus de"
        if before is not None:
            start = before[0]
            if after is None:
                qualifier = before[1]
        if kind != "money" and (cur := _currency_after(text, end, lex)) is not None:
            end, unit, kind = cur[0], cur[1], "money"  # "5 millions de dollars"
        if kind != "money":
            context = text[max(0, start - 40) : start]
            found_unit = _unit_after(text, end, lex)  # km, mi, %, followers, years old ...
            if found_unit is not None:
                end, unit, kind = found_unit
            if kind == "duration" and unit == "year" and lex.age_years_before.search(context):
                kind = "age"  # "une femme de 25 ans"
            if kind in ("count", "duration") and lex.age_before.search(context):
                kind, unit = "age", "year"  # "aged 25", "âgée d'une vingtaine d'années"
        out.append(Quantity(start, end, text[start:end], value, upper, qualifier, unit, kind))
    out.sort(key=lambda q: q.start)
    return tuple(out)


def quantities_in(text: str, start: int, end: int, lang: str) -> list[Quantity]:
    """Quantities of the span ``[start, end)`` with offsets into ``text``."""
    return [
        replace(q, start=q.start + start, end=q.end + start) for q in _find(text[start:end], lang)
    ]


def small_number(word: str | None, lex: NumberLexicon) -> int | None:
    if not word:
        return None
    if word.isdigit():
        return int(word)
    value = _words_value(word, lex)
    return None if value is None else int(value)


def is_vague_amount(quote: str, *, lang: str) -> bool:
    """True when a toll was read from a vague amount ("several", "des dizaines") or from a
    killing without a number ("was killed"), so that a stated figure may replace it."""
    lex = number_lexicon(lang)
    if any(regex.search(quote) for regex, _, _ in lex.vague):
        return True
    return not any(c.isdigit() for c in quote) and not word_cores(quote, lex)


def qualifier_of(quote: str, value: float, *, lang: str) -> Qualifier:
    """The qualifier of the figure ``value`` as ``quote`` writes it ("au moins dix" -> at_least);
    exact when the quote holds no such single figure."""
    found = [q for q in _find(quote, lang) if q.value == value]
    if len(found) != 1:
        return "exact"
    q = found[0]
    return "at_least" if q.upper is not None and q.qualifier == "exact" else q.qualifier
