"""Quantities in English and French reports: counts, tolls, distances, money, ages, followers.

``find_quantities`` reads every quantity of a text with its qualifier ("more than" ->
``at_least``), range ("10 to 15" -> value 10, upper 15), unit and kind. ``fatalities_in``
applies ACLED's fatality rules to one sentence; ``count_claims`` gives the (attribute,
quantity) pairs a report states about an event.

Conventions (ACLED's where ACLED has one; otherwise a documented choice):

- Ranges keep the lowest figure as ``value`` (ACLED: the most conservative) and the highest
  as ``upper``.
- Vague amounts: "tens" = 10, "dozens" / "des dizaines" = 12, "scores" = 20, "hundreds" /
  "des centaines" = 100, "thousands" = 1,000, all ``at_least``; "une vingtaine" = 20,
  "une centaine" = 100, "a dozen" = 12, all ``approx``; "several" / "a few" / "plusieurs" /
  "quelques" = 3, ``approx`` (ACLED gives no figure for these; its own notes code an unknown
  plural toll as 10, or 3 when assessed as low, which a caller may prefer).
- Miles stay miles (unit ``"mi"``) as written; ``to_canonical`` converts mi and m to km.
- Money is read as its full amount ("$5m", "$5 million", "5 millions de dollars" ->
  5,000,000 USD); FCFA, francs CFA, XOF and plain "francs" -> ``"XOF"``.
- Fatalities (``fatalities_in``): counts tied to death words only, never to injured, missing
  or abducted people; counts coordinated in one clause ("5 soldiers and 7 militants were
  killed") are added up; counts given as competing reports ("12 ..., while locals said 20")
  give the lowest; a count introduced by "including" / "dont" is part of another and is not
  added; one victim killed without a number ("was shot dead", "a été tué") -> 1; "no
  casualties" / "aucune victime" -> 0.
- Victims listed one by one count one each ("killed a driver and his son" -> 2, "two
  militiamen and a woman were killed" -> 3, "a couple" -> 2); in "nine people including two
  officers and seven civilians" the head (9) is the toll. Animals ("eighty horses") are not
  fatalities; a toll given only by an unconfirmed or unverifiable report is not counted.
- ``toll_side`` says whose deaths a toll counts (state forces, armed group, militia,
  civilians) so that a caller can add the tolls of different sides and keep the lowest figure
  of each side, as ACLED does; ``toll_is_elsewhere`` (a separately coded, denied, or claimed
  toll) and ``toll_is_update`` ("bringing the number of fatalities to three") help it.
- A report's own word on how its toll is coded (``toll_notes``, ACLED-style notes): "unknown
  fatalities coded as 10" gives the figure; "fatalities are split across three events" shares
  the toll between the events (``share_of``: the total divided by the parts, rounded to the
  nearest, halves down, as ACLED gives the remainder to some of the events only).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise
from types import ModuleType
from typing import Literal

from text_to_num import text2num

from ..errors import InputError
from . import dates as date_lib

__all__ = [
    "Fatalities",
    "Quantity",
    "TollNote",
    "canonical",
    "count_claims",
    "fatalities_in",
    "find_quantities",
    "is_vague_amount",
    "share_of",
    "to_canonical",
    "toll_is_elsewhere",
    "toll_is_update",
    "toll_notes",
    "toll_side",
]

Qualifier = Literal["exact", "at_least", "at_most", "approx"]
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


@dataclass(frozen=True, slots=True)
class Fatalities:
    """Reported deaths of one event by ACLED's rules, with the span they were read from."""

    value: int
    qualifier: Qualifier
    start: int
    end: int
    text: str


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


# --------------------------------------------------------------------------- lexicon


@dataclass(frozen=True, slots=True)
class _Lex:
    lang: str
    mod: ModuleType
    digits: re.Pattern[str]
    words: re.Pattern[str]
    word: re.Pattern[str]
    scale_after: re.Pattern[str]
    vague: tuple[tuple[re.Pattern[str], float, Qualifier], ...]
    qual_before: tuple[tuple[re.Pattern[str], Qualifier], ...]
    qual_after: tuple[tuple[re.Pattern[str], Qualifier], ...]
    range_join: re.Pattern[str]
    range_open: re.Pattern[str]
    range_open_join: re.Pattern[str]
    cur_before: tuple[tuple[re.Pattern[str], str], ...]
    cur_after: tuple[tuple[re.Pattern[str], str], ...]
    units: tuple[tuple[re.Pattern[str], str | None, str], ...]
    age_before: re.Pattern[str]
    age_years_before: re.Pattern[str]
    age_decade: re.Pattern[str]
    not_quantity: re.Pattern[str]
    not_number_before: re.Pattern[str]
    labels: tuple[tuple[str, re.Pattern[str]], ...]
    labels_before: tuple[tuple[str, re.Pattern[str]], ...]
    break_word: re.Pattern[str]
    subset_before: re.Pattern[str]
    subset_aside: re.Pattern[str]
    contrast: re.Pattern[str]
    coordinated: re.Pattern[str]
    zero: re.Pattern[str]
    single: re.Pattern[str]
    capture_before: re.Pattern[str]
    kill_them_after: re.Pattern[str]


def _module(lang: str) -> ModuleType:
    if lang == "en":
        from ..lang.en import numbers as en_numbers

        return en_numbers
    if lang == "fr":
        from ..lang.fr import numbers as fr_numbers

        return fr_numbers
    raise InputError(
        f"language {lang!r} is not supported for numbers", code="EF113", hint="use 'en' or 'fr'"
    )


def _alt(words: Sequence[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_I = re.IGNORECASE
_QUALIFIERS: tuple[Qualifier, ...] = ("exact", "at_least", "at_most", "approx")


def _qualifier(name: str) -> Qualifier:
    for q in _QUALIFIERS:
        if q == name:
            return q
    raise ValueError(f"unknown qualifier {name!r} in a number lexicon")


_GAP = r"(?P<gap>(?:[^\W\d][\w'’-]*\s+){0,3})"  # up to three words without digits


@lru_cache(maxsize=4)
def _lex(lang: str) -> _Lex:
    mod = _module(lang)
    if mod.DECIMAL_COMMA:
        digits = (
            r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)(?:,\d+)?"
            r"|\d{1,3}(?:\.\d{3})+(?![\d,])"
            r"|\d{1,3}(?:,\d{3})+(?![\d,])"
            r"|\d+(?:,\d+)?"
        )
    else:
        digits = (
            r"\d{1,3}(?:,\d{3})+(?![\d,])(?:\.\d+)?"
            r"|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)"
            r"|\d+(?:\.\d+)?"
        )
    number_word = _alt(mod.NUMBER_WORDS)
    scales = dict(mod.SCALES)
    spaced = [s for s in scales if len(s) > 1]
    scale_after = rf"(?:(?P<att>{_alt(list(scales))})|\s+(?P<sp>{_alt(spaced)}))(?![\w])"
    label_words = (
        ("missing", mod.MISSING_WORDS),
        ("injured", mod.INJURY_WORDS),
        ("victims", mod.VICTIM_WORDS),
        ("fatalities", mod.DEATH_WORDS),
    )
    labels = tuple((name, re.compile(rf"(?:{p})(?!\w)", _I)) for name, p in label_words)
    # before a number, death is read from verbs and toll phrases only ("killing 7", "the
    # death toll rose to 31"), not from nouns ("fatalities are split across three events")
    before_words = tuple(
        (name, p if name != "fatalities" else mod.DEATH_BEFORE) for name, p in label_words
    )
    labels_before = tuple(
        # "'neutralized' (presumably killed) eight militants": quotes and an aside may follow
        (name, re.compile(rf"(?<!\w)(?:{p})\s?['’\"»”]?\s*(?:\([^()]{{0,40}}\)\s*)?{_GAP}$", _I))
        for name, p in before_words
    )
    return _Lex(
        lang=lang,
        mod=mod,
        digits=re.compile(rf"(?<![\w.,])(?:{digits})"),
        words=re.compile(
            rf"(?<![\w-])(?:{number_word})(?:{mod.NUMBER_JOINER}(?:{number_word}))*(?![\w-])", _I
        ),
        word=re.compile(rf"(?<!\w)(?:{number_word})(?!\w)", _I),
        scale_after=re.compile(scale_after, _I),
        vague=tuple(
            (re.compile(rf"(?<!\w)(?:{p})(?!\w)", _I), float(v), _qualifier(q))
            for p, v, q in mod.VAGUE
        ),
        qual_before=tuple(
            (re.compile(rf"(?<!\w)(?:{p})\s*$", _I), _qualifier(q))
            for p, q in mod.QUALIFIERS_BEFORE
        ),
        qual_after=tuple(
            (re.compile(rf"(?:{p})(?!\w)", _I), _qualifier(q)) for p, q in mod.QUALIFIERS_AFTER
        ),
        range_join=re.compile(mod.RANGE_JOIN, _I),
        range_open=re.compile(rf"(?<!\w){mod.RANGE_OPEN}$", _I),
        range_open_join=re.compile(mod.RANGE_OPEN_JOIN, _I),
        cur_before=tuple(
            (re.compile(rf"(?<![A-Za-z])(?:{p})\s*$"), u) for p, u in mod.CURRENCY_BEFORE
        ),
        cur_after=tuple(
            (re.compile(rf"{mod.CURRENCY_LINK}(?:{p})(?!\w)", _I), u) for p, u in mod.CURRENCY_AFTER
        ),
        units=tuple((re.compile(p, _I), u, k) for p, u, k in mod.UNITS),
        age_before=re.compile(mod.AGE_BEFORE, _I),
        age_years_before=re.compile(mod.AGE_YEARS_BEFORE, _I),
        age_decade=re.compile(mod.AGE_DECADE, _I),
        not_quantity=re.compile(mod.NOT_QUANTITY, _I),
        not_number_before=re.compile(mod.NOT_NUMBER_BEFORE, _I),
        labels=labels,
        labels_before=labels_before,
        break_word=re.compile(rf"(?:{mod.BREAK_WORDS})(?!\w)", _I),
        subset_before=re.compile(rf"(?<!\w)(?:{mod.SUBSET_BEFORE})\s+{_GAP}$", _I),
        subset_aside=re.compile(
            rf"\s*,\s*(?:{mod.SUBSET_BEFORE})(?!\w)[^,;.:()]*,|\s*\([^()]{{0,80}}\)", _I
        ),
        contrast=re.compile(rf"(?<!\w)(?:{mod.CONTRAST_WORDS})(?!\w)", _I),
        coordinated=re.compile(
            rf"\s*(?:[^\W\d][\w'’-]*\s+){{0,3}}?(?:(?<!\w)(?:{mod.COORDINATION})(?!\w)|,)\s*",
            _I,
        ),
        zero=re.compile(mod.ZERO_FATALITIES, _I),
        single=re.compile(mod.SINGLE_FATALITY, _I),
        capture_before=re.compile(mod.CAPTURE_BEFORE, _I),
        kill_them_after=re.compile(mod.KILL_THEM_AFTER, _I),
    )


# --------------------------------------------------------------------------- numbers


@dataclass(frozen=True, slots=True)
class _Core:
    start: int
    end: int
    value: float
    qualifier: Qualifier
    vague: bool
    scale: float  # the scale word written after the number (1 when none)


def _parse_digits(raw: str, lex: _Lex) -> float | None:
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


def _words_value(phrase: str, lex: _Lex) -> float | None:
    words = phrase.lower().split()
    if words and words[0] in lex.mod.ARTICLE_ONE:
        words[0] = "one"
    try:
        return float(text2num(" ".join(words), lex.lang))
    except (ValueError, IndexError):
        return None


def _overlaps(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in spans)


def _vague_cores(text: str, lex: _Lex) -> list[_Core]:
    return [
        _Core(m.start(), m.end(), float(value), qualifier, True, 1.0)
        for regex, value, qualifier in lex.vague
        for m in regex.finditer(text)
    ]


def _digit_cores(text: str, lex: _Lex) -> list[_Core]:
    found: list[_Core] = []
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
            if tail is None or tail.group(0).lower() not in {"km", "kms", "mi", "m"}:
                continue  # "G5", "10h30", "3rd": not a quantity
        found.append(_Core(m.start(), end, value * scale, "exact", False, scale))
    return found


def _word_cores(text: str, lex: _Lex) -> list[_Core]:
    """Numbers in words; the longest prefix text2num reads ("five and" -> "five")."""
    found: list[_Core] = []
    pos = 0
    while (m := lex.words.search(text, pos)) is not None:
        tokens = list(lex.word.finditer(text, m.start(), m.end()))
        pos = m.end()
        start = m.start()
        art = re.search(r"(?<!\w)(\w+)\s+$", text[max(0, start - 6) : start])  # "a hundred"
        scale_first = bool(tokens) and tokens[0].group(0).lower() in {
            "hundred",
            "thousand",
            "million",
            "billion",
        }
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
                    found.append(_Core(start, end, value, "exact", False, 1.0))
                    pos = end
                break
    return found


def _cores(text: str, lex: _Lex, masked: Sequence[tuple[int, int]]) -> list[_Core]:
    """Numbers, longest first where they overlap, outside the masked spans, in text order."""
    found = _vague_cores(text, lex) + _digit_cores(text, lex) + _word_cores(text, lex)
    found = [c for c in found if not _overlaps(c.start, c.end, masked)]
    found.sort(key=lambda c: (-(c.end - c.start), c.start))
    kept: list[_Core] = []
    for c in found:
        if not any(c.start < k.end and k.start < c.end for k in kept):
            kept.append(c)
    kept.sort(key=lambda c: c.start)
    return kept


@lru_cache(maxsize=16)
def _date_spans(text: str, lang: str) -> tuple[tuple[int, int], ...]:
    """``dates.date_spans`` of a whole text, kept for the few texts in hand: the number
    readers ask for the same article's dates once per sentence and per act."""
    return tuple(date_lib.date_spans(text, lang=lang))


def _masks(text: str, lex: _Lex) -> list[tuple[int, int]]:
    spans = list(_date_spans(text, lex.lang))
    spans.extend((m.start(), m.end()) for m in lex.not_quantity.finditer(text))
    return spans


def _qualifier_before(text: str, start: int, lex: _Lex) -> tuple[int, Qualifier] | None:
    window = text[max(0, start - 40) : start]
    best: tuple[int, Qualifier] | None = None
    for regex, qualifier in lex.qual_before:
        m = regex.search(window)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), qualifier)
    if best is None:
        return None
    return start - len(window) + best[0], best[1]


def _merge_qualifiers(a: Qualifier, b: Qualifier) -> Qualifier:
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


def _decade_ages(text: str, lex: _Lex) -> list[Quantity]:
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


def _qualifier_after(text: str, end: int, lex: _Lex) -> tuple[int, Qualifier] | None:
    for regex, qualifier in lex.qual_after:
        m = regex.match(text, end)
        if m:
            return m.end(), qualifier
    return None


def _currency_before(text: str, start: int, lex: _Lex) -> tuple[int, str] | None:
    window = text[max(0, start - 6) : start]
    for regex, unit in lex.cur_before:
        m = regex.search(window)
        if m:
            return start - len(window) + m.start(), unit
    return None


def _currency_after(text: str, end: int, lex: _Lex) -> tuple[int, str] | None:
    for regex, unit in lex.cur_after:
        m = regex.match(text, end)
        if m:
            return m.end(), unit
    return None


def _unit_after(text: str, end: int, lex: _Lex) -> tuple[int, str | None, str] | None:
    for regex, unit, kind in lex.units:
        m = regex.match(text, end)
        if m:
            return m.end(), unit, kind
    return None


def _range_with(a: _Core, b: _Core, text: str, lex: _Lex) -> tuple[int, float] | None:
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
    lex = _lex(lang)
    decades = _decade_ages(text, lex)
    masked = _masks(text, lex) + [(q.start, q.end) for q in decades]
    cores = _cores(text, lex, masked)
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


# --------------------------------------------------------------------------- roles


def _quantities_in(text: str, start: int, end: int, lang: str) -> list[Quantity]:
    """Quantities of the span ``[start, end)`` with offsets into ``text``."""
    return [
        replace(q, start=q.start + start, end=q.end + start) for q in _find(text[start:end], lang)
    ]


# words, and punctuation that ends a clause; quotation marks are skipped
_TOKEN = re.compile(r"\w[\w'’-]*|[^\w\s'’\"“”«»‘]")


def _role_after(
    text: str, q: Quantity, hi: int, lex: _Lex, spans: Sequence[tuple[int, int]]
) -> tuple[str, int] | None:
    """The role word that follows ``q`` within a few words of the same clause."""
    pos = q.end
    words = 0
    while words <= 6:
        aside = lex.subset_aside.match(text, pos, hi)  # ", including three children,"
        if aside:
            pos = aside.end()
            continue
        tok = _TOKEN.search(text, pos, hi)
        if tok is None or _overlaps(tok.start(), tok.end(), spans):
            return None  # end of sentence, or another quantity
        for name, regex in lex.labels:
            if regex.match(text, tok.start(), hi):
                return name, words
        if not tok.group(0)[0].isalnum():
            return None  # punctuation ends the clause
        if lex.break_word.fullmatch(tok.group(0)):
            nxt = _TOKEN.search(text, tok.end(), hi)
            if nxt is None or not any(r.match(text, nxt.start(), hi) for _, r in lex.labels):
                return None  # a conjunction ends the clause, unless "shot and killed"
            if nxt.start() < hi and _overlaps(nxt.start(), nxt.end(), spans):
                return None
        words += 1
        pos = tok.end()
    return None


def _role_before(text: str, q: Quantity, lo: int, lex: _Lex) -> tuple[str, int] | None:
    window = text[max(lo, q.start - 120) : q.start]
    best: tuple[str, int] | None = None
    for name, regex in lex.labels_before:
        m = regex.search(window)
        if not m:
            continue
        gap = m.group("gap").split()
        if any(lex.break_word.fullmatch(w) for w in gap):
            continue
        if best is None or len(gap) < best[1]:
            best = (name, len(gap))
    return best


def _roles(text: str, qs: Sequence[Quantity], lo: int, hi: int, lex: _Lex) -> list[str | None]:
    spans = [(q.start, q.end) for q in qs]
    roles: list[str | None] = []
    for q in qs:
        if q.kind != "count":
            roles.append(None)
            continue
        others = [s for s in spans if s != (q.start, q.end)]
        after = _role_after(text, q, hi, lex, others)
        before = _role_before(text, q, lo, lex)
        if after and (before is None or after[1] <= before[1]):
            roles.append(after[0])
        elif before:
            roles.append(before[0])
        else:
            roles.append(None)
    # coordination: "killed 5 soldiers and 7 civilians", "5 soldiers and 7 militants were killed"
    for _ in range(2):
        for i in range(len(qs) - 1):
            a, b = qs[i], qs[i + 1]
            if (
                a.kind != "count"
                or b.kind != "count"
                or (roles[i] is None) == (roles[i + 1] is None)
            ):
                continue
            if lex.coordinated.fullmatch(text, a.end, b.start) and not any(
                regex.search(text, a.end, b.start) for _, regex in lex.labels
            ):
                if roles[i] is None:
                    roles[i] = roles[i + 1]
                else:
                    roles[i + 1] = roles[i]
    return roles


def _is_subset(text: str, q: Quantity, lo: int, lex: _Lex) -> bool:
    window = text[max(lo, q.start - 60) : q.start]
    return bool(lex.subset_before.search(window)) or bool(
        re.search(r",\s*$", window)
        and lex.subset_aside.search(text, max(lo, q.start - 60), q.start)
    )


def _combine(text: str, deaths: Sequence[Quantity], lex: _Lex) -> Fatalities:
    if len(deaths) == 1:
        q = deaths[0]
        qualifier: Qualifier = (
            "at_least" if q.upper is not None and q.qualifier == "exact" else q.qualifier
        )
        return Fatalities(round(q.value), qualifier, q.start, q.end, q.text)
    competing = any(lex.contrast.search(text, a.end, b.start) for a, b in pairwise(deaths))
    if competing:
        q = min(deaths, key=lambda d: d.value)
        return Fatalities(round(q.value), q.qualifier, q.start, q.end, q.text)
    qualifier = deaths[0].qualifier
    for q in deaths[1:]:
        qualifier = _merge_qualifiers(qualifier, q.qualifier)
    start, end = deaths[0].start, deaths[-1].end
    total = round(sum(q.value for q in deaths))
    return Fatalities(total, qualifier, start, end, text[start:end])


def _captured_then_killed(
    text: str, qs: Sequence[Quantity], start: int, end: int, lex: _Lex
) -> Fatalities | None:
    """A group seized, then killed by a pronoun ("arrested nine men … and executed them"):
    the number of the seized is the toll."""
    for q in qs:
        if q.unit is not None or q.value < 1 or q.value != int(q.value):
            continue
        if not lex.capture_before.search(text[max(start, q.start - 40) : q.start]):
            continue
        if lex.kill_them_after.search(text[q.end : end]):
            return Fatalities(int(q.value), q.qualifier, q.start, q.end, text[q.start : q.end])
    return None


def fatalities_in(text: str, start: int, end: int, *, lang: str) -> Fatalities | None:
    """Reported deaths in the sentence ``text[start:end]`` by ACLED's rules, or ``None``."""
    lex = _lex(lang)
    ll = _list_lex(lang)
    qs = _quantities_in(text, start, end, lang)
    roles = _roles(text, qs, start, end, lex)
    deaths = [
        q for q, r in zip(qs, roles)
        if r == "fatalities" and not _animals_after(text, q.end, end, ll) and not _unverified(text, q.start, start, end, ll)
    ]
    found: Fatalities | None = None
    if deaths:
        main = [q for q in deaths if not _is_subset(text, q, start, lex)] or deaths
        found = _combine(text, main, lex)
    listed = _listed_deaths(text, start, end, lex, ll)
    if listed is not None:
        total, parts, s, e, headed = listed
        if (
            (parts >= 2 and (found is None or total > found.value))
            or (parts == 1 and found is None)
            or headed
        ):
            return Fatalities(total, "exact", s, e, text[s:e])
    if found is not None:
        return found
    captured = _captured_then_killed(text, qs, start, end, lex)
    if captured is not None:
        return captured
    zeros = list(lex.zero.finditer(text, start, end))
    single = next(
        (
            m
            for m in lex.single.finditer(text, start, end)
            if not _overlaps(m.start(), m.end(), [(z.start(), z.end()) for z in zeros])
            and not _unverified(text, m.start(), start, end, ll)
        ),
        None,
    )
    if single is not None:
        return Fatalities(1, "exact", single.start(), single.end(), single.group(0))
    if zeros:
        z = zeros[0]
        return Fatalities(0, "exact", z.start(), z.end(), z.group(0))
    return None


# --------------------------------------------------------------------------- listed victims


@dataclass(frozen=True, slots=True)
class _ListLex:
    kill_before: re.Pattern[str]
    kill_after: re.Pattern[str]
    det: re.Pattern[str]
    singular: re.Pattern[str]
    end: re.Pattern[str]
    separator: re.Pattern[str]
    pair: re.Pattern[str]
    animal_head: re.Pattern[str]
    animals_after: re.Pattern[str]
    unverified: re.Pattern[str]
    subset: re.Pattern[str]
    not_item: re.Pattern[str]
    coordination: re.Pattern[str]
    labels: tuple[re.Pattern[str], ...]


@lru_cache(maxsize=4)
def _list_lex(lang: str) -> _ListLex:
    mod = _lex(lang).mod
    qualifiers = "|".join(p for p, _ in mod.QUALIFIERS_BEFORE)
    return _ListLex(
        kill_before=re.compile(rf"(?<!\w)(?:{mod.LIST_KILL_BEFORE})(?!\w)", _I),
        kill_after=re.compile(rf"(?<!\w)(?:{mod.LIST_KILL_AFTER})", _I),
        det=re.compile(rf"^(?:(?:{qualifiers})\s+)?(?:{mod.LIST_DETERMINER})(?!\w)", _I),
        singular=re.compile(rf"^(?:{mod.LIST_SINGULAR})(?!\w)", _I),
        end=re.compile(rf"[.;:!?]|(?<!\w)(?:{mod.LIST_END})(?!\w)", _I),
        separator=re.compile(mod.LIST_SEPARATOR, _I),
        pair=re.compile(rf"(?<!\w)(?:{mod.LIST_PAIR})(?!\w)", _I),
        animal_head=re.compile(mod.ANIMAL_HEAD.replace("{ANIMALS}", mod.ANIMAL_WORDS), _I),
        animals_after=re.compile(mod.ANIMALS_AFTER.replace("{ANIMALS}", mod.ANIMAL_WORDS), _I),
        unverified=re.compile(mod.UNVERIFIED, _I),
        subset=re.compile(rf"(?<!\w)(?:{mod.SUBSET_BEFORE})(?!\w)", _I),
        not_item=re.compile(mod.LIST_NOT_ITEM, _I),
        coordination=re.compile(rf"(?<!\w)(?:{mod.COORDINATION.replace('|,', '')})(?!\w)", _I),
        labels=tuple(re.compile(rf"(?<!\w)(?:{p})(?!\w)", _I) for _, p in (
            ("d", mod.DEATH_WORDS), ("i", mod.INJURY_WORDS), ("v", mod.VICTIM_WORDS), ("m", mod.MISSING_WORDS))),
    )


def _blank_brackets(text: str) -> str:
    """``text`` with bracketed asides blanked out (same length, so offsets hold)."""
    return re.sub(r"\([^()]{0,120}\)|\[[^\[\]]{0,120}\]", lambda m: " " * len(m.group(0)), text)


def _clause(text: str, pos: int, lo: int, hi: int) -> tuple[int, int]:
    left = max(text.rfind(c, lo, pos) for c in ".;")
    right = min((i for i in (text.find(c, pos, hi) for c in ".;") if i >= 0), default=hi)
    return (lo if left < 0 else left + 1), right


def _unverified(text: str, pos: int, lo: int, hi: int, ll: _ListLex) -> bool:
    """Is the count at ``pos`` given by an unconfirmed or unverifiable report?"""
    s, e = _clause(text, pos, lo, hi)
    return bool(ll.unverified.search(text, s, e))


def _animals_after(text: str, pos: int, hi: int, ll: _ListLex) -> bool:
    """"killed eighty horses": the count is of animals."""
    return ll.animals_after.match(text, pos, hi) is not None


def _conjunct_value(part: str, lex: _Lex, ll: _ListLex) -> int | None:
    """Victims named by one item of a list: its number, 1 for "a driver", 2 for a couple."""
    part = part.strip(" '\"‘’“”«»")
    head = ll.det.match(part)
    if head is None or head.end() == len(part.rstrip()):
        return None  # no victim, or a bare number ("between 20 and 70")
    if ll.not_item.search(part) or any(r.search(part) for r in ll.labels):
        return None  # a clause ("one soldier was killed and four wounded"), not a victim
    if ll.animal_head.search(part):
        return 0
    cores = [c for c in _cores(part, lex, []) if c.start <= head.end() + 1]
    if cores and cores[0].end > head.start():
        return int(cores[0].value)  # "two students", "his two children", "ses deux fils"
    return 2 if ll.pair.search(part) else 1


def _count_items(parts: Sequence[str], lex: _Lex, ll: _ListLex) -> tuple[int, int, bool] | None:
    """(victims, items, headed) of a list; what follows "including" is part of the item
    before it (``headed``: "nine people including two officers and seven civilians")."""
    total = 0
    items = 0
    for part in parts:
        sub = ll.subset.search(part)
        value = _conjunct_value(part[: sub.start()] if sub else part, lex, ll)
        if value is None:
            break
        total += value
        items += 1
        if sub:
            return total, items, True
    return (total, items, False) if items else None


def _listed_deaths(
    text: str, lo: int, hi: int, lex: _Lex, ll: _ListLex
) -> tuple[int, int, int, int, bool] | None:
    """Victims killed one by one: "killed a customs officer and two students", "two
    militiamen and a woman were killed" -> (victims, items, start, end, headed)."""
    whole = _blank_brackets(text)
    blank = whole[:hi]
    for a, b in _date_spans(whole, lex.lang):  # "On 4 July, two militants ..."
        if b <= hi:
            blank = blank[:a] + " " * (b - a) + blank[b:]
    best: tuple[int, int, int, int, bool] | None = None
    for m in ll.kill_before.finditer(blank, lo, hi):
        cut = ll.end.search(blank, m.end(), hi)
        stop = cut.start() if cut else hi
        stretch = blank[m.end() : stop]
        parts = ll.separator.split(stretch)
        joins = [j.group(0) for j in ll.separator.finditer(stretch)]
        counted = _count_items(parts, lex, ll)
        # "killed A and B" (or "A, B, and wounded C") is a list; "killing 20 of the
        # assailants, the agency reported" is not: without an "and" among the joins of its
        # items (or right after them) only the first item counts
        if counted and counted[1] >= 2 and not any(
            ll.coordination.search(j) for j in joins[: counted[1]]
        ) and not ll.coordination.match(blank[stop : stop + 20].lstrip()):
            counted = _count_items(parts[:1], lex, ll)
        if (
            counted
            and not _unverified(text, m.start(), lo, hi, ll)
            and (best is None or counted[1] > best[1])
        ):
            best = (counted[0], counted[1], m.start(), stop, counted[2])
    for m in ll.kill_after.finditer(blank, lo, hi):
        s, _ = _clause(blank, m.start(), lo, hi)
        stretch = blank[s : m.start()]
        parts = ll.separator.split(stretch)
        joins = [j.group(0) for j in ll.separator.finditer(stretch)]
        first = len(parts)
        while first > 0 and _conjunct_value(parts[first - 1].split(",")[-1], lex, ll) is not None:
            first -= 1
            # "A, B and C were killed" is a list; "..., the militants overran the base, four
            # soldiers were killed" is not: the last two items must be joined by "and"
            if first == len(parts) - 1 and joins and not ll.coordination.search(joins[-1]):
                break
        counted = _count_items(parts[first:], lex, ll)
        if counted is None or _unverified(text, m.start(), lo, hi, ll):
            continue
        if counted[1] == 1 and ll.singular.match(parts[first].strip(" '\"‘’“”«»")):
            continue  # "a woman was killed": one victim, read elsewhere
        if best is None or counted[1] > best[1]:
            begin = s + len(blank[s : m.start()]) - len(blank[s : m.start()].lstrip())
            best = (counted[0], counted[1], begin, m.end(), counted[2])
    return best


_ATTRIBUTES = {"followers": "followers", "distance": "distance", "money": "money", "age": "age"}


def count_claims(text: str, start: int, end: int, *, lang: str) -> list[tuple[str, Quantity]]:
    """(attribute, quantity) pairs stated in ``text[start:end]``, in text order.

    Attributes: ``fatalities`` (one claim, as ``fatalities_in`` reads it), ``injured``,
    ``victims`` (abducted, kidnapped, taken hostage, arrested), ``followers``, ``distance``,
    ``money`` and ``age``. Missing people, durations and percentages are left out.
    """
    lex = _lex(lang)
    qs = _quantities_in(text, start, end, lang)
    roles = _roles(text, qs, start, end, lex)
    out: list[tuple[str, Quantity]] = []
    for q, role in zip(qs, roles):
        if q.kind in _ATTRIBUTES:
            out.append((_ATTRIBUTES[q.kind], q))
        elif role in ("injured", "victims"):
            out.append((role, q))
    fat = fatalities_in(text, start, end, lang=lang)
    if fat is not None:
        exact = [q for q in qs if (q.start, q.end) == (fat.start, fat.end)]
        q = (
            exact[0]
            if exact
            else Quantity(
                fat.start, fat.end, fat.text, float(fat.value), None, fat.qualifier, None, "count"
            )
        )
        out.append(("fatalities", q))
    out.sort(key=lambda pair: pair[1].start)
    return out


# --------------------------------------------------------------------------- toll notes


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


def _small_number(word: str | None, lex: _Lex) -> int | None:
    if not word:
        return None
    if word.isdigit():
        return int(word)
    value = _words_value(word, lex)
    return None if value is None else int(value)


@lru_cache(maxsize=4)
def _toll_patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    mod = _lex(lang).mod
    return re.compile(mod.CODED_TOLL, _I), re.compile(mod.SPLIT_TOLL, _I)


def toll_notes(text: str, *, lang: str) -> list[TollNote]:
    """Statements of ``text`` on how its toll is coded, in text order."""
    lex = _lex(lang)
    coded, split = _toll_patterns(lang)
    out: list[TollNote] = []
    for m in coded.finditer(text):
        value = _small_number(m.group("n"), lex)
        if value is not None:
            out.append(TollNote("coded", value, None, bool(m.group("unknown")), m.start(), m.end(), m.group(0)))
    for m in split.finditer(text):
        parts = _small_number(m.group("n"), lex)
        if parts is not None and parts >= 2:
            total = _small_number(m.group("total"), lex)
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


def is_vague_amount(quote: str, *, lang: str) -> bool:
    """True when a toll was read from a vague amount ("several", "des dizaines") or from a
    killing without a number ("was killed"), so that a stated figure may replace it."""
    lex = _lex(lang)
    if any(regex.search(quote) for regex, _, _ in lex.vague):
        return True
    return not any(c.isdigit() for c in quote) and not _word_cores(quote, lex)


# --------------------------------------------------------------------------- sides


@lru_cache(maxsize=4)
def _side_patterns(lang: str) -> tuple[tuple[tuple[str, re.Pattern[str]], ...], re.Pattern[str], re.Pattern[str]]:
    mod = _lex(lang).mod
    sides = tuple((name, re.compile(rf"(?<!\w)(?:{p})(?!\w)", _I)) for name, p in mod.SIDES)
    return sides, re.compile(mod.TOLL_ELSEWHERE, _I), re.compile(mod.TOLL_UPDATE, _I)


def toll_side(text: str, fat: Fatalities, *, lang: str) -> str | None:
    """Whose deaths ``fat`` counts ("state", "armed", "militia", "civilians"): the first side
    word in the toll or the few words after it; ``None`` when no side word is there or when
    the toll adds up several counts ("5 soldiers and 7 militants")."""
    lex = _lex(lang)
    sides, _, _ = _side_patterns(lang)
    if len(_cores(fat.text, lex, [])) > 1:
        return None
    window = text[fat.start : min(len(text), fat.end + 60)]
    words = re.match(r"(?:\W*[\w'’-]+){1,7}", window)
    scope = words.group(0) if words else window
    best: tuple[int, str] | None = None
    for name, regex in sides:
        m = regex.search(scope)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), name)
    return best[1] if best else None


def toll_is_elsewhere(text: str, start: int, end: int, *, lang: str) -> bool:
    """The sentence ``text[start:end]`` gives the toll of another (separately coded) event,
    a denied one, or the kills a perpetrator claims with its claim of responsibility (its
    own acknowledged losses do count)."""
    _, elsewhere, _ = _side_patterns(lang)
    if elsewhere.search(text, start, end) is not None:
        return True
    claim, own = _claim_patterns(lang)
    return claim.search(text, start, end) is not None and own.search(text, start, end) is None


@lru_cache(maxsize=4)
def _claim_patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    mod = _lex(lang).mod
    return re.compile(mod.TOLL_CLAIM, _I), re.compile(mod.TOLL_OWN_LOSS, _I)


def toll_is_update(text: str, start: int, end: int, *, lang: str) -> bool:
    """The sentence ``text[start:end]`` revises the toll ("bringing the number of
    fatalities to three")."""
    _, _, update = _side_patterns(lang)
    return update.search(text, start, end) is not None

