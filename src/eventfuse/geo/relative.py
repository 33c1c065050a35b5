"""How a toponym is used in its sentence: in X, near X, 30 km north of X, between X and Y."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import import_module
from types import ModuleType

from ..errors import ConfigError
from ..lang import literal_alternation

RELATIONS: tuple[str, ...] = ("in", "near", "distance", "between", "region")
SUPPORTED_LANGUAGES: tuple[str, ...] = ("en", "fr")

_WINDOW_BEFORE = 120
_WINDOW_AFTER = 90
# A capitalised place name of one to four words (for admin names written after a place).
_NAME = r"[A-ZÀ-ÖØ-Þ][\w'’\-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w'’\-]*){0,3}"
_PAREN_BEFORE = re.compile(r"\(\s*(?:[^()]{0,80}?[,/;]\s*)?$")
_PAREN_AFTER = re.compile(r"^\s*(?:[,/;][^()]{0,80}?)?\)")
_THOUSANDS = {
    "en": re.compile(r"\d{1,3}(?:,\d{3})+"),
    "fr": re.compile(r"\d{1,3}(?:[\s.]\d{3})+"),
}
_PAREN_CONTEXT = re.compile(r"^\s*\(\s*([^()]{2,80}?)\s*\)")


@dataclass(frozen=True, slots=True)
class Relation:
    """What the words around a toponym say about it.

    ``relation``: "in", "near", "distance", "between", "region" or None (nothing said).
    ``distance_km``/``direction`` for "30 km north of X" (direction also for "north of X").
    ``admin_context``: admin areas written right after the place: "Tonka (Goundam,
    Tombouctou)" or "Tonka, in the Timbuktu region". ``cue``: character span of the cue words.
    """

    relation: str | None
    distance_km: float | None = None
    direction: str | None = None
    admin_context: tuple[str, ...] = ()
    cue: tuple[int, int] | None = None


@dataclass(frozen=True, slots=True)
class _Patterns:
    distance: re.Pattern[str]
    direction: re.Pattern[str]
    area_direction: re.Pattern[str]
    near: re.Pattern[str]
    near_after: re.Pattern[str]
    between_first: re.Pattern[str]
    between_second: re.Pattern[str]
    region: re.Pattern[str]
    region_after: re.Pattern[str]
    inside: re.Pattern[str]
    admin_after: re.Pattern[str]
    units: dict[str, float]
    numbers: dict[str, float]
    directions: dict[str, str]


def _lexicon(lang: str) -> ModuleType:
    if lang not in SUPPORTED_LANGUAGES:
        raise ConfigError(
            f"no place-word lexicon for language {lang!r}",
            hint=f"supported languages: {', '.join(SUPPORTED_LANGUAGES)}",
            code="EF113",
        )
    return import_module(f"eventfuse.lang.{lang}.places")


@cache
def _patterns(lang: str) -> _Patterns:
    lex = _lexicon(lang)
    fill = {
        "num": lex.NUMBER_PATTERN,
        "unit": literal_alternation(lex.UNITS),
        "dir": lex.DIRECTION_PATTERN,
        "approx": lex.APPROX_PATTERN,
        "feature": lex.FEATURE_PATTERN,
        "name": _NAME,
    }

    def compile_(template: str, *, flags: int = re.IGNORECASE) -> re.Pattern[str]:
        return re.compile(template.format(**fill), flags)

    return _Patterns(
        distance=compile_(lex.DISTANCE_BEFORE),
        direction=compile_(lex.DIRECTION_BEFORE),
        area_direction=compile_(lex.AREA_DIRECTION_BEFORE),
        near=compile_(lex.NEAR_BEFORE),
        near_after=compile_(lex.NEAR_AFTER),
        between_first=compile_(lex.BETWEEN_FIRST_BEFORE),
        between_second=compile_(lex.BETWEEN_SECOND_BEFORE),
        region=compile_(lex.REGION_BEFORE),
        region_after=compile_(lex.REGION_AFTER),
        inside=compile_(lex.IN_BEFORE),
        admin_after=compile_(lex.ADMIN_CONTEXT_AFTER, flags=0),
        units={k.casefold(): v for k, v in lex.UNITS.items()},
        numbers={k.casefold(): v for k, v in lex.NUMBER_WORDS.items()},
        directions={k.casefold(): v for k, v in lex.DIRECTIONS.items()},
    )


def parse_number(text: str, *, lang: str) -> float | None:
    """Read a distance number as written: "30", "30,5", "30-40" (→ 30), "thirty", "une trentaine de"."""
    pats = _patterns(lang)
    raw = " ".join(text.casefold().split())
    grouped = _THOUSANDS[lang].fullmatch(raw)
    if grouped:  # "1,200" (en), "1 200" / "1.200" (fr)
        return float(re.sub(r"\D", "", raw))
    digits = re.match(r"(\d+(?:[.,]\d+)?)", raw)
    if digits:
        return float(digits.group(1).replace(",", "."))
    raw = re.sub(r"\s+(?:de|d['’])\s*$", "", raw)
    raw = re.sub(r"^(?:une|a|an)\s+(?=\S+aine|hundred|dozen|few)", "", raw)
    if raw in pats.numbers:
        return pats.numbers[raw]
    total = 0.0
    for part in re.split(r"[-\s]+", raw):
        if part in ("et", "and"):
            continue
        if part not in pats.numbers:
            return None
        total += pats.numbers[part]
    return total or None


def _direction_code(word: str | None, *, lang: str) -> str | None:
    if not word:
        return None
    key = re.sub(r"[-\s]+", "", word.casefold())
    return _patterns(lang).directions.get(key) or _patterns(lang).directions.get(
        re.sub(r"ern$", "", key)
    )


def _admin_context(after: str, pats: _Patterns) -> tuple[str, ...]:
    paren = _PAREN_CONTEXT.match(after)
    if paren:
        parts = [p.strip() for p in re.split(r"[,/;]", paren.group(1))]
        names = tuple(p for p in parts if p and p[0].isupper() and len(p.split()) <= 4)
        if names and len(names) == len(parts):
            return names
    admin = pats.admin_after.match(after)
    if admin:
        name = admin.group("name") or (
            admin.group("name2") if "name2" in admin.groupdict() else None
        )
        if name:
            return (name.strip(),)
    return ()


def describe_relation(text: str, start: int, end: int, lang: str) -> Relation:
    """Describe how the toponym ``text[start:end]`` is used, from the words around it."""
    pats = _patterns(lang)
    lo = max(0, start - _WINDOW_BEFORE)
    before = text[lo:start]
    after = text[end : end + _WINDOW_AFTER]
    admin_context = _admin_context(after, pats)

    def cue(match: re.Match[str]) -> tuple[int, int]:
        return (lo + match.start(), lo + match.end())

    if _PAREN_BEFORE.search(before) and _PAREN_AFTER.match(after):
        return Relation("region", admin_context=admin_context, cue=None)

    distance = pats.distance.search(before)
    if distance:
        number = parse_number(distance.group("num"), lang=lang)
        unit = pats.units.get(distance.group("unit").casefold().rstrip("."), 1.0)
        km = round(number * unit, 1) if number is not None else None
        return Relation(
            "distance",
            distance_km=km,
            direction=_direction_code(distance.group("dir"), lang=lang),
            admin_context=admin_context,
            cue=cue(distance),
        )
    area = pats.area_direction.search(before)
    if area:
        word = area.group("dir") or area.group("dir2")
        return Relation(
            "region",
            direction=_direction_code(word, lang=lang),
            admin_context=admin_context,
            cue=cue(area),
        )
    direction = pats.direction.search(before)
    if direction:
        word = direction.group("dir") or direction.group("dir2")
        return Relation(
            "near",
            direction=_direction_code(word, lang=lang),
            admin_context=admin_context,
            cue=cue(direction),
        )
    if pats.region_after.match(after):
        return Relation("region", admin_context=admin_context, cue=None)
    for name, pattern in (
        ("near", pats.near),
        ("between", pats.between_first),
        ("between", pats.between_second),
        ("region", pats.region),
    ):
        found = pattern.search(before)
        if found:
            return Relation(name, admin_context=admin_context, cue=cue(found))
    if pats.near_after.match(after):
        return Relation("near", admin_context=admin_context, cue=None)
    inside = pats.inside.search(before)
    if inside:
        return Relation("in", admin_context=admin_context, cue=cue(inside))
    return Relation(None, admin_context=admin_context)
