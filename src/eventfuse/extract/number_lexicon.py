"""The number lexicon of a language: ``lang/<code>/numbers.py`` compiled once per process."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from types import ModuleType
from typing import Literal

from ..lang import every_set, literal_alternation
from .languages import supported

Qualifier = Literal["exact", "at_least", "at_most", "approx"]

# Unit words that make a quantity even when glued to the digits ("10km"), whatever the
# language of the report.
GLUED_UNITS: frozenset[str] = every_set("numbers", "GLUED_UNITS")


@dataclass(frozen=True, slots=True)
class NumberLexicon:
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


_I = re.IGNORECASE
_QUALIFIERS: tuple[Qualifier, ...] = ("exact", "at_least", "at_most", "approx")


def _qualifier(name: str) -> Qualifier:
    for q in _QUALIFIERS:
        if q == name:
            return q
    raise ValueError(f"unknown qualifier {name!r} in a number lexicon")


_GAP = r"(?P<gap>(?:[^\W\d][\w'’-]*\s+){0,3})"  # up to three words without digits


@lru_cache(maxsize=4)
def number_lexicon(lang: str) -> NumberLexicon:
    mod = supported(lang, "numbers").numbers
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
    number_word = literal_alternation(mod.NUMBER_WORDS)
    scales = dict(mod.SCALES)
    spaced = [s for s in scales if len(s) > 1]
    scale_after = rf"(?:(?P<att>{literal_alternation(list(scales))})|\s+(?P<sp>{literal_alternation(spaced)}))(?![\w])"
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
    return NumberLexicon(
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
            # "«63 terroristes» et 25 personnes": a closing quote may end the first count's words
            rf"\s*(?:[^\W\d][\w'’-]*\s*[»”\"]?\s+){{0,3}}?(?:(?<!\w)(?:{mod.COORDINATION})(?!\w)|,)\s*",
            _I,
        ),
        zero=re.compile(mod.ZERO_FATALITIES, _I),
        single=re.compile(mod.SINGLE_FATALITY, _I),
        capture_before=re.compile(mod.CAPTURE_BEFORE, _I),
        kill_them_after=re.compile(mod.KILL_THEM_AFTER, _I),
    )


@dataclass(frozen=True, slots=True)
class ListLexicon:
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
def list_lexicon(lang: str) -> ListLexicon:
    mod = number_lexicon(lang).mod
    qualifiers = "|".join(p for p, _ in mod.QUALIFIERS_BEFORE)
    return ListLexicon(
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
        labels=tuple(
            re.compile(rf"(?<!\w)(?:{p})(?!\w)", _I)
            for _, p in (
                ("d", mod.DEATH_WORDS),
                ("i", mod.INJURY_WORDS),
                ("v", mod.VICTIM_WORDS),
                ("m", mod.MISSING_WORDS),
            )
        ),
    )


@lru_cache(maxsize=4)
def toll_patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    mod = number_lexicon(lang).mod
    return re.compile(mod.CODED_TOLL, _I), re.compile(mod.SPLIT_TOLL, _I)


@lru_cache(maxsize=4)
def side_patterns(
    lang: str,
) -> tuple[tuple[tuple[str, re.Pattern[str]], ...], re.Pattern[str], re.Pattern[str]]:
    mod = number_lexicon(lang).mod
    sides = tuple((name, re.compile(rf"(?<!\w)(?:{p})(?!\w)", _I)) for name, p in mod.SIDES)
    return sides, re.compile(mod.TOLL_ELSEWHERE, _I), re.compile(mod.TOLL_UPDATE, _I)


@lru_cache(maxsize=4)
def earlier_toll_pattern(lang: str) -> re.Pattern[str]:
    """A sentence that gives a toll as an earlier one ("a first toll of 15")."""
    return re.compile(number_lexicon(lang).mod.TOLL_EARLIER, _I)


@lru_cache(maxsize=4)
def claim_patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    mod = number_lexicon(lang).mod
    return re.compile(mod.TOLL_CLAIM, _I), re.compile(mod.TOLL_OWN_LOSS, _I)


@lru_cache(maxsize=4)
def recalled_toll_pattern(lang: str) -> re.Pattern[str]:
    """The auxiliary of a tense that tells a toll as earlier than the report's ("had")."""
    return re.compile(number_lexicon(lang).mod.TOLL_RECALLED_AUX, _I)


@lru_cache(maxsize=4)
def recalled_time_patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A time before the report's incident ("last month") and the relative pronoun that ties
    it to the toll of the act it dates ("a raid last month that killed 71")."""
    mod = number_lexicon(lang).mod
    return re.compile(mod.TOLL_RECALLED_TIME, _I), re.compile(mod.TOLL_RECALLED_RELATIVE, _I)


@lru_cache(maxsize=4)
def provisional_toll_pattern(lang: str) -> re.Pattern[str]:
    """A sentence that gives its toll as provisional ("a provisional toll of 21 dead")."""
    return re.compile(number_lexicon(lang).mod.TOLL_PROVISIONAL, _I)


@lru_cache(maxsize=4)
def cumulative_toll_pattern(lang: str) -> re.Pattern[str]:
    """A sentence that sums its toll over several days or since a date ("since January")."""
    return re.compile(number_lexicon(lang).mod.TOLL_CUMULATIVE, _I)


@lru_cache(maxsize=4)
def everyone_pattern(lang: str) -> re.Pattern[str]:
    """Words right after a toll that count everyone, not one side ("12 people")."""
    return re.compile(number_lexicon(lang).mod.TOLL_EVERYONE, _I)


@lru_cache(maxsize=4)
def side_before_pattern(lang: str) -> re.Pattern[str]:
    """Words before a side named ahead of its toll ("the number of ...")."""
    return re.compile(number_lexicon(lang).mod.SIDE_BEFORE, _I)


@lru_cache(maxsize=4)
def count_site_pattern(lang: str) -> re.Pattern[str]:
    """Where a count of the dead died, right after it ("four gunmen were killed at the
    embassy"): group ``site``."""
    return re.compile(number_lexicon(lang).mod.COUNT_SITE, _I)


@lru_cache(maxsize=4)
def side_total_pattern(lang: str) -> re.Pattern[str]:
    """Words before a count that make it a side's whole count ("all eight militants")."""
    return re.compile(rf"(?:{number_lexicon(lang).mod.SIDE_TOTAL_BEFORE})\s*$", _I)
