"""Place names the words around them give away: "the village of X", "X (Goundam, Tombouctou)",
lists and roads of names; the word sets come from ``lang/<code>/nlp.py``."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from ..geo.normalize import name_key
from ..lang import available, every, every_set, load
from .languages import own_or_reference

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Words of place before a name, every language's ("in X", "à X").
LOCATIVE: frozenset[str] = every_set("nlp", "LOCATIVE_WORDS")
# Words right before a name that make it a place even when the gazetteer lacks the name:
# prepositions of place, "between X and Y", "the axis X-Y", "entered X".
STRONG_CUES: frozenset[str] = every_set("nlp", "STRONG_CUE_WORDS")
PLACE_CUES: frozenset[str] = LOCATIVE | STRONG_CUES | every_set("nlp", "WEAK_CUE_WORDS")
NEAR_WORDS: frozenset[str] = every_set("nlp", "NEAR_WORDS")
FROM_WORDS: frozenset[str] = every_set("nlp", "FROM_WORDS")
CUED_NAME_WORDS: frozenset[str] = STRONG_CUES | every_set("nlp", "CUED_NAME_WORDS")
DISTANCE_UNIT = re.compile(rf"(?:{'|'.join(every('nlp', 'DISTANCE_UNITS'))})$")
DETERMINERS: frozenset[str] = every_set("nlp", "DETERMINERS")
_AND = every("nlp", "AND_WORDS")
LIST_WORDS: frozenset[str] = frozenset({*_AND, *every("nlp", "OR_WORDS"), ",", "/"})
# Capitalised words that start a sentence or a cue rather than a name.
LEADING_WORDS: frozenset[str] = every_set("nlp", "LEADING_WORDS")
# Lower-case words after a village-name reading that show a group of people, not a place
# ("Dogon civilians", "Bellah militiamen").
GROUP_NOUNS: frozenset[str] = every_set("nlp", "GROUP_NOUNS")
POSSESSIVE_ENDINGS: frozenset[str] = every_set("nlp", "POSSESSIVE_ENDINGS")
# Words before or after "X-Y" that make it a road between two places, not one name.
ROUTE_BEFORE: frozenset[str] = frozenset({*every("nlp", "ROUTE_WORDS_BEFORE"), "("})
ROUTE_AFTER: frozenset[str] = every_set("nlp", "ROUTE_WORDS_AFTER")

# Toponyms the statistical NER misses but the words around them give away: "the village of
# X", "the villages of X, Y and Z", and a name followed by its admin areas in parentheses,
# "X (Goundam, Tombouctou)" (checked against the gazetteer's names).
NAME_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’]*(?:[-‐][\w'’]+)*"
CUE_NAME = rf"{NAME_WORD}(?:[ \t]+{NAME_WORD}){{0,3}}"
_AND_SPACE = "|".join(word + r"\s+" for word in _AND)
_LIST_TAIL = rf"(?:\s*,\s*(?:{_AND_SPACE})?|\s+(?:{'|'.join(_AND)})\s+)"
_PAREN_ADMIN = re.compile(
    rf"(?P<place>{CUE_NAME})\s*\(\s*(?P<a>{CUE_NAME})\s*(?:[,/;]\s*(?P<b>{CUE_NAME})\s*)?\)"
)
SWALLOWED = re.compile(r"[(),;]")
# Places listed in one entity: "X and Y", "X, Y", "X/Y", "X et Y".
_AND_WHOLE = "|".join(rf"\b{word}\b" for word in _AND)
LIST_SPLIT = re.compile(rf"\s*(?:,|/|&|{_AND_WHOLE})\s*")
HYPHEN_TOKENS = frozenset({"-", "‐", "‑", "–"})
_HYPHEN = re.compile(r"\s*[-‐‑–]\s*")
# An institution named after its place: "the University of X", "la mairie de X".
OF_PLACE = re.compile(
    rf"\b(?:{'|'.join(every('nlp', 'OF_WORDS'))})\s*"
    rf"(?P<name>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{0,3}})$"
)


@lru_cache(maxsize=4)
def _cue_patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    cue = own_or_reference(lang).nlp.FEATURE_OF
    first = re.compile(rf"(?i:{cue})(?P<name>{CUE_NAME})")
    more = re.compile(rf"{_LIST_TAIL}(?P<name>{CUE_NAME})")
    return first, more


def _trim_name(text: str, start: int, end: int, keys: frozenset[str]) -> tuple[int, int] | None:
    """Drop capitalised function words at the front of a name ("In Gao" → "Gao") unless the
    whole name is a known place; None when nothing is left."""
    name = text[start:end]
    while True:
        if name_key(name) in keys:
            return start, end
        head, _, rest = name.partition(" ")
        if not rest or head.casefold().strip("'’") not in LEADING_WORDS:
            return (start, end) if name else None
        start += len(head) + 1
        name = rest


@lru_cache(maxsize=4)
def _people_before_feature(lang: str) -> re.Pattern[str] | None:
    """ "the Dogon village of X", "the Fulani community": a name right before such a word is
    a people (in the languages that put the people before the noun)."""
    words = load(lang).nlp.PEOPLE_BEFORE_FEATURE if lang in available() else ""
    return re.compile(rf"(?P<name>{NAME_WORD})\s+(?:{words})\b") if words else None


def people_before_feature(text: str, lang: str) -> list[tuple[int, int]]:
    """Spans of capitalised words used as an adjective of a settlement word: "Dogon" in
    "the Dogon village of Were" (English puts the people before the noun)."""
    pattern = _people_before_feature(lang)
    if pattern is None:
        return []
    return [(m.start("name"), m.end("name")) for m in pattern.finditer(text)]


def cue_place_spans(
    text: str, lang: str, keys: frozenset[str], *, is_place: Callable[[str], bool] | None = None
) -> list[tuple[int, int]]:
    """Character spans of toponyms given away by their context: after a feature word ("the
    village of X", "the villages of X, Y and Z"), or followed by admin names in parentheses
    that ``keys`` (gazetteer name keys) or ``is_place`` knows, "X (Goundam, Tombouctou)" —
    both the place and the admin names; an admin name that joins a commune and its province
    with a hyphen ("X (Pobe-Mengao-Soum, Sahel)") gives both when ``keys`` lists them."""
    spans: list[tuple[int, int]] = []
    first, more = _cue_patterns(lang)
    for match in first.finditer(text):
        pos = match.start("name")
        end = match.end("name")
        while True:
            spans.append((pos, end))  # right after "of": a leading "In" is part of the name
            follow = more.match(text, end)
            if follow is None:
                break
            pos, end = follow.start("name"), follow.end("name")
    for match in _PAREN_ADMIN.finditer(text):
        admins = [g for g in ("a", "b") if match.group(g)]
        outer = match.group(admins[-1])  # the outermost area must be known
        if name_key(outer) not in keys and not (is_place is not None and is_place(outer)):
            continue
        trimmed = _trim_name(text, match.start("place"), match.end("place"), keys)
        if trimmed:
            spans.append(trimmed)
        for g in admins:
            start, end = match.start(g), match.end(g)
            parts = hyphen_parts(text, start, end, lambda n: 2 if name_key(n) in keys else 0)
            spans.extend((a, b) for a, b, _ in parts)
    unique = sorted(set(spans), key=lambda se: (se[0], -se[1]))
    return [
        (a, b)
        for a, b in unique
        if not any(c <= a and b <= d and (c, d) != (a, b) for c, d in unique)
    ]


def hyphen_parts(
    text: str, start: int, end: int, level: Callable[[str], int]
) -> list[tuple[int, int, int]]:
    """``text[start:end]`` as one name, or split at hyphens into listed names when the whole
    is not one ("Mentao-Djibo", "Gorom Gorom-Dori", "Pobe-Mengao-Soum")."""
    whole = level(text[start:end])
    seps = list(_HYPHEN.finditer(text, start, end))
    if whole or not seps:
        return [(start, end, whole)]
    pieces: list[tuple[int, int]] = []
    pos = start
    for sep in seps:
        pieces.append((pos, sep.start()))
        pos = sep.end()
    pieces.append((pos, end))
    out: list[tuple[int, int, int]] = []
    i = 0
    while i < len(pieces):
        for j in range(len(pieces), i, -1):
            a, b = pieces[i][0], pieces[j - 1][1]
            found = level(text[a:b]) if b > a else 0
            if found == 2:  # a piece the ruler lists ("Site" alone is some place somewhere)
                out.append((a, b, found))
                i = j
                break
        else:
            return [(start, end, 0)]
    return out


def name_parts(
    text: str, level: Callable[[str], int], *, route: bool = False
) -> list[tuple[int, int, int]]:
    """(start, end, level) of each place name in an entity's text, ``level`` telling how well
    the gazetteer knows it (0: not at all): "Boungou and Ougarou" gives two names; with
    ``route`` (the words around name a road) so does "Mentao-Djibo", unless the whole is
    itself a name ("Bobo-Dioulasso")."""
    whole = level(text)
    if whole:
        return [(0, len(text), whole)]
    out: list[tuple[int, int, int]] = []
    pos = 0
    for sep in [*LIST_SPLIT.finditer(text), None]:
        end = sep.start() if sep else len(text)
        if text[pos:end].strip():
            if route:
                out.extend(hyphen_parts(text, pos, end, level))
            else:
                a = pos + len(text[pos:end]) - len(text[pos:end].lstrip())
                b = pos + len(text[pos:end].rstrip())
                out.append((a, b, level(text[a:b])))
        if sep is None:
            break
        pos = sep.end()
    return out
