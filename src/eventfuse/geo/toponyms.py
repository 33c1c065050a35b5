"""Toponym resolution: each place name of a story to its best gazetteer entry, with the
fallbacks of a geoparser (an axis "Gao-Ansongo", an area named with a word, the likeliest
exact reading, a notable place a longer name contains, the story's main place).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from ..records import PlaceMention
from .candidates import ResolveContext, candidates_of, clean_mention_text, mention_key
from .context import GENERIC_PART_WORDS, build_context, generic_name, notable
from .entries import DEMONYM_KIND, Candidate, GazetteerEntry
from .gazetteer import Gazetteer
from .normalize import name_key
from .scoring import acceptable, anchor_of, mutual, point_like, score_candidate
from .support import Support
from .written_areas import admin2_fit, outside_written_admin

# Macro-regions that news names constantly but that locate no event (keys). A same-named
# admin area of the focus country (Burkina Faso's Sahel region) is still used.
MACRO_REGIONS: frozenset[str] = frozenset(
    {
        "sahel", "sahara", "west africa", "afrique de l ouest", "africa", "afrique",
        "maghreb", "sub saharan africa", "afrique subsaharienne", "middle east",
        "moyen orient", "europe", "three borders", "trois frontieres", "central sahel",
        "sahel central",
    }
)  # fmt: skip


_AXIS_SPLIT = re.compile(r"\s*[-–—/]\s*")


@dataclass(frozen=True, slots=True)
class ResolvedMention:
    """A place mention with its chosen gazetteer entry (None when unresolved)."""

    mention: PlaceMention
    entry: GazetteerEntry | None
    score: float = 0.0
    axis: bool = False  # "Gao-Ansongo": resolved to the first town of the axis
    part: bool = False  # "Colorado State University": resolved to the place it names
    default: bool = False  # not in the gazetteer: placed at the article's main place
    ignored: bool = False  # a macro-region ("the Sahel") that locates nothing


def resolve_mentions(
    mentions: Sequence[PlaceMention],
    context_places: Sequence[PlaceMention] = (),
    *,
    gazetteer: Gazetteer,
    country_hint: str | None = None,
    document_default: bool = True,
) -> list[ResolvedMention]:
    """Resolve each mention to its best gazetteer entry, using the whole article as context.

    ``document_default``: a name the gazetteer lacks (and that names no known place inside
    it, "Colorado State University" → Colorado) is placed at the article's main place —
    its most named town, else area, else country — and flagged ``default=True``; off, it
    stays unresolved (``entry=None``). :func:`resolve_place` never uses such defaults: an
    event place the gazetteer lacks is coded by its own rules (reference town, area)."""
    _, resolved = resolve_all(mentions, context_places, gazetteer, country_hint, last_resort=True)
    if document_default:
        resolved = _document_default(resolved)
    return resolved[: len(mentions)]


def resolve_all(
    event_places: Sequence[PlaceMention],
    context_places: Sequence[PlaceMention],
    gazetteer: Gazetteer,
    country_hint: str | None,
    *,
    last_resort: bool = False,
) -> tuple[ResolveContext, list[ResolvedMention]]:
    """Resolve every mention. ``last_resort`` (toponym resolution, not an event's place):
    outside the detailed countries, a name without a reading the story supports is read as
    an admin area of the story's country named with it (:func:`_area_by_word`), else by
    its likeliest exact reading (:func:`_last_resort`), else by a lenient part
    (:func:`_resolve_part`)."""
    ctx = build_context(event_places, context_places, gazetteer, country_hint)
    everything = [*event_places, *context_places]
    keys = [mention_key(m) for m in everything]
    support = first_passes(ctx, everything, keys)
    out = [
        resolve_one(ctx, mention, key, support, last_resort=last_resort)
        for mention, key in zip(everything, keys, strict=True)
    ]
    if ctx.focus not in gazetteer.detailed_countries:
        out = short_forms(ctx, out, keys)
    return ctx, out


def first_pass(
    ctx: ResolveContext, mention: PlaceMention
) -> tuple[GazetteerEntry | None, list[GazetteerEntry]]:
    """A name's context-free reading: its anchor (the likeliest point, when it stands
    without support: not a small foreign homonym, not a loose fuzzy match) and every
    acceptable point of it."""
    cands = [c for c in candidates_of(ctx, mention) if acceptable(ctx, mention, c, ())]
    ranked = sorted(cands, key=lambda c: -score_candidate(ctx, mention, c, ()).total)
    return anchor_of(ranked[:1]), [c.entry for c in cands if point_like(c)]


def first_passes(
    ctx: ResolveContext, mentions: Sequence[PlaceMention], keys: Sequence[str]
) -> Support:
    """The first pass over a story's names, once per distinct name (its first mention)."""
    first: dict[str, GazetteerEntry | None] = {}
    readings: dict[str, list[GazetteerEntry]] = {}
    for mention, key in zip(mentions, keys, strict=True):
        if key not in first:
            first[key], readings[key] = first_pass(ctx, mention)
    return Support(first, readings)


def resolve_one(
    ctx: ResolveContext,
    mention: PlaceMention,
    key: str,
    support: Support,
    *,
    last_resort: bool = False,
) -> ResolvedMention:
    """The second pass for one mention: its best acceptable candidate, with proximity to
    the anchors of the story's other names and mutual support (:func:`resolve_all`); the
    short forms of a story's areas are read after (:func:`short_forms`)."""
    anchors = support.anchors(key)
    partners = support.partners(key)
    best: tuple[float, Candidate] | None = None
    for cand in candidates_of(ctx, mention):
        if not acceptable(ctx, mention, cand, anchors):
            continue
        score = score_candidate(ctx, mention, cand, anchors).total + mutual(
            ctx, cand, anchors, partners
        )
        if best is None or score > best[0]:
            best = (score, cand)
    if key in MACRO_REGIONS and (
        best is None or best[1].entry.country_code != ctx.focus or not best[1].entry.is_admin
    ):
        # kept for whoever asks where "Europe" is, but never an event's location
        return ResolvedMention(mention, best[1].entry if best else None, ignored=True)
    if best is None:
        found = (
            _resolve_axis(ctx, mention, anchors)
            or (_area_by_word(ctx, mention) if last_resort else None)
            or (_last_resort(ctx, mention, anchors) if last_resort else None)
            or _resolve_part(ctx, mention, anchors, lenient=last_resort)
        )
        return found if found else ResolvedMention(mention, None)
    return ResolvedMention(mention, best[1].entry, best[0])


_AREA_WORDS = (
    "county",
    "province",
    "region",
    "state",
    "district",
    "department",
    "prefecture",
    "governorate",
    "parish",
    "oblast",
    "municipality",
)


_AREA_WORD = "(?:" + "|".join((*_AREA_WORDS, "departement")) + ")"


# "suffolk county", "province of trento", "departement du nord" (name keys: folded, no accents)
_LONGER_FORM = re.compile(
    rf"^(?:(?P<short>.+) {_AREA_WORD}|{_AREA_WORD} (?:of |du |de la |de l |de |des )?(?P<short2>.+))$"
)


def longer_form_short(key: str) -> str | None:
    """The short name of an area written in full ("suffolk county" → suffolk), else None."""
    m = _LONGER_FORM.match(key)
    return None if m is None else (m.group("short") or m.group("short2"))


def short_form_area(
    ctx: ResolveContext, item: ResolvedMention, area: GazetteerEntry | None
) -> ResolvedMention:
    """The item read as ``area`` (the area its name's full form resolved to), when that
    area is one of its readings and no town of the name lies in it (:func:`short_forms`)."""
    if area is not None and item.entry is not None and item.entry.geonameid != area.geonameid:
        readings = [c for c in candidates_of(ctx, item.mention) if c.match == "exact"]
        towns = [c.entry for c in readings if c.entry.is_populated]
        if any(c.entry.geonameid == area.geonameid for c in readings) and not any(
            t.country_code == area.country_code and _inside(t, area) for t in towns
        ):
            return ResolvedMention(item.mention, area, item.score)
    return item


def short_forms(
    ctx: ResolveContext, resolved: list[ResolvedMention], keys: Sequence[str]
) -> list[ResolvedMention]:
    """A name the story also writes in full as an area ("Suffolk County ... Suffolk", "the
    province of Trento ... Trento") names the area the full form resolved to, when that
    area is one of the name's readings and no town of the name lies in it: one place per
    name within a story. ``keys``: the mention key of each item."""
    areas: dict[str, GazetteerEntry] = {}
    for item, key in zip(resolved, keys, strict=True):
        short = longer_form_short(key)
        if short is not None and item.entry is not None and item.entry.is_admin:
            areas.setdefault(short, item.entry)
    if not areas:
        return resolved
    return [
        short_form_area(ctx, item, areas.get(key)) for item, key in zip(resolved, keys, strict=True)
    ]


def _inside(town: GazetteerEntry, area: GazetteerEntry) -> bool:
    """The town lies in the area, by the admin names the gazetteer files it under."""
    if area.admin_level == 1:
        return name_key(town.admin1 or "") == name_key(area.admin1 or "")
    return name_key(town.admin2 or "") == name_key(area.admin2 or "") and (
        name_key(town.admin1 or "") == name_key(area.admin1 or "")
    )


def _area_by_word(ctx: ResolveContext, mention: PlaceMention) -> ResolvedMention | None:
    """A name that no place of the story's country bears but that its admin areas are
    named with ("Yorkshire" in a story about England: North Yorkshire, East Riding of
    Yorkshire): the most populous such area. Not in a detailed country's story, not for a
    name of generic words, nor when the country has a place of that very name."""
    focus = ctx.focus
    if focus is None or focus in ctx.gazetteer.detailed_countries or generic_name(mention):
        return None
    if any(c.entry.country_code == focus for c in candidates_of(ctx, mention)):
        return None
    areas = ctx.gazetteer.areas_named_with(clean_mention_text(mention.text), country=focus)
    return ResolvedMention(mention, areas[0]) if areas else None


def _last_resort(
    ctx: ResolveContext, mention: PlaceMention, anchors: Sequence[GazetteerEntry]
) -> ResolvedMention | None:
    """The likeliest exact reading of a name that has no reading the story supports (a
    small town abroad, far from the story's places, in no country it names: "Dundalk" in a
    story about Japan): a geoparser answers with it rather than nothing. Not in a story
    about a detailed country, whose villages the gazetteer lists and whose unknown names
    are more often missing villages than foreign towns; never against the admin areas
    written after the name, nor a name of generic words ("West")."""
    home = ctx.gazetteer.detailed_countries
    if ctx.focus in home or generic_name(mention):
        return None
    cands = [
        c
        for c in candidates_of(ctx, mention)
        if c.match == "exact"
        and c.entry.country_code not in home
        and not outside_written_admin(ctx, mention, c.entry)
        and admin2_fit(ctx, mention, c.entry) is not False
    ]
    if not cands:
        return None
    best = max(cands, key=lambda c: score_candidate(ctx, mention, c, anchors).total)
    return ResolvedMention(mention, best.entry, score_candidate(ctx, mention, best, anchors).total)


def _main_place(resolved: Sequence[ResolvedMention]) -> GazetteerEntry | None:
    """The place an article is about: the populated place its toponyms name most often
    (ties: the first named), else its most named admin area, else its most named country."""
    counts: Counter[int] = Counter()
    first: dict[int, tuple[int, GazetteerEntry]] = {}
    for number, item in enumerate(resolved):
        entry = item.entry
        if entry is None or item.ignored or item.default or not entry.country_code:
            continue
        counts[entry.geonameid] += 1
        first.setdefault(entry.geonameid, (number, entry))

    def rank(gid: int) -> tuple[int, int, int]:
        number, entry = first[gid]
        kind = 0 if entry.is_populated else 2 if entry.is_country else 1
        return (kind, -counts[gid], number)

    return first[min(first, key=rank)][1] if first else None


def _document_default(resolved: list[ResolvedMention]) -> list[ResolvedMention]:
    """Toponyms the gazetteer lacks (a street, a building, a suburb, a river) placed at the
    article's main place (``default=True``): most toponyms a story does not explain lie
    in or near the place the story is about."""
    if all(item.entry is not None or item.ignored for item in resolved):
        return resolved
    main = _main_place(resolved)
    if main is None:
        return resolved
    return [
        replace(item, entry=main, default=True) if item.entry is None and not item.ignored else item
        for item in resolved
    ]


def _resolve_axis(
    ctx: ResolveContext, mention: PlaceMention, anchors: Sequence[GazetteerEntry]
) -> ResolvedMention | None:
    """'Gao-Ansongo' (a road between two towns) → the first town, as a "between" relation."""
    parts = [p for p in _AXIS_SPLIT.split(mention.text.strip()) if p]
    if len(parts) < 2:
        return None
    found: list[tuple[float, GazetteerEntry]] = []
    sub = PlaceMention(text=parts[0], span=mention.span, relation="between")
    for part in parts:
        cands = [
            c
            for c in ctx.gazetteer.candidates(part, limit=10, fuzzy=False)
            if c.entry.is_populated and acceptable(ctx, mention, c, anchors)
        ]
        if not cands:
            return None
        best = max(cands, key=lambda c: score_candidate(ctx, sub, c, anchors).total)
        found.append((score_candidate(ctx, sub, best, anchors).total, best.entry))
    return ResolvedMention(mention, found[0][1], found[0][0], axis=True)


_WORD = re.compile(r"[^\W\d_][\w'’.&-]*", re.UNICODE)


def _resolve_part(
    ctx: ResolveContext,
    mention: PlaceMention,
    anchors: Sequence[GazetteerEntry],
    *,
    lenient: bool = False,
) -> ResolvedMention | None:
    """A name the gazetteer lacks that contains the name of a notable place (a country, a
    first-level area, a seat or a big city): "Colorado State University" → Colorado,
    "Manila Cathedral" → Manila, "US Federal Reserve" → the United States. The longest
    such part wins, then the first; the other words say what the feature is, not where.
    ``lenient`` (toponym resolution, a story about a world country): any town or area of the
    story's country counts as well ("Cavan Institute"), and a notable place abroad needs no
    support from the story ("Dubai World Cup" in a story about the United States)."""
    words = _WORD.findall(mention.text)
    if len(words) < 2:
        return None
    sub = PlaceMention(text=mention.text, span=mention.span, relation=mention.relation)

    relaxed = lenient and ctx.focus not in ctx.gazetteer.detailed_countries

    def fits(entry: GazetteerEntry) -> bool:  # in the story's country, or a country itself
        if relaxed:  # toponym resolution: also any town or area of the story's country
            return (
                notable(entry)
                or not entry.country_code  # a continent ("Council of Europe")
                or ((entry.is_populated or entry.is_admin) and entry.country_code == ctx.focus)
            )
        return notable(entry) and (
            not ctx.focus or entry.is_country or entry.country_code == ctx.focus
        )

    for size in range(len(words) - 1, 0, -1):
        for first in range(len(words) - size + 1):
            part = " ".join(words[first : first + size])
            key = name_key(part)
            if (key in MACRO_REGIONS and not relaxed) or not set(key.split()) - GENERIC_PART_WORDS:
                continue
            if len(key) < 3 and not part.isupper():  # "US", not "No"
                continue
            cands = [  # by its own name or alias, not a translation ("Trent" is not Trento)
                c
                for c in ctx.gazetteer.candidates(part, limit=20, fuzzy=False)
                if (c.name_kind < 2 or (relaxed and _demonym_of_area(c)))
                and fits(c.entry)
                and (relaxed or acceptable(ctx, sub, c, anchors))
            ]
            if cands:
                best = max(cands, key=lambda c: score_candidate(ctx, sub, c, anchors).total)
                return ResolvedMention(
                    mention, best.entry, score_candidate(ctx, sub, best, anchors).total, part=True
                )
    return None


def _demonym_of_area(cand: Candidate) -> bool:
    """A demonym of a country or a continent ("Mexican Senate" → Mexico, "European
    Commission" → Europe)."""
    entry = cand.entry
    return cand.name_kind == DEMONYM_KIND and (entry.is_country or not entry.country_code)
