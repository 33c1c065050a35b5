"""The choice of an event's location among the toponyms of its sentence, with ACLED geo
precision: a place the event happened in beats a reference point ("Tonka, about 150 km
from Timbuktu" → Tonka), and an admin area or a country is used only when nothing smaller
is known; a place the gazetteer lacks is coded at a close reference town or the smallest
area the text supports.

geo_precision (ACLED): 1 the named town; 2 near a town, or a small part of a region (a
cercle, a commune), coded at a town that stands for it; 3 only a region or the country.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace

from rapidfuzz import fuzz

from ..lang import every
from ..records import Place, PlaceMention
from .candidates import ResolveContext, clean_mention_text, is_regionish, mention_key
from .coding import ELSEWHERE, PASSING
from .coding import area_of as _area_of
from .coding import code_place as _code
from .coding import place_of as _place
from .coding import tier as _tier
from .context import BORDER
from .distance import haversine_km
from .entries import GazetteerEntry
from .gazetteer import Gazetteer
from .normalize import name_key
from .toponyms import ResolvedMention, resolve_all
from .weights import ADMIN_CONTEXT_GAP, CLOSE_SPELLING_KM, NEAR_REFERENCE_KM

# People's names after a village's: "X Peulh" is the Fulani quarter of village X.
_NOT_PLACE_KEYS: frozenset[str] = frozenset(name_key(w) for w in every("places", "NOT_PLACES"))
_PEOPLE_QUARTER: frozenset[str] = frozenset(name_key(w) for w in every("places", "PEOPLE_QUARTER_WORDS"))



def _largest_area(ctx: ResolveContext, items: Sequence[ResolvedMention]) -> GazetteerEntry | None:
    """The first admin area of the deepest level the items resolve to (None when none)."""
    areas = [e for item in items if (e := _area_of(ctx, item)) is not None and e.is_admin]
    return max(areas, key=lambda e: e.admin_level or 0) if areas else None


def _countries(items: Sequence[ResolvedMention]) -> list[GazetteerEntry]:
    return [i.entry for i in items if i.entry is not None and i.entry.is_country]


class ArticleReading:
    """An article's resolved toponyms and what the choice of an event's place asks of them
    (its main place, its deepest area, the first country it names), each worked out once:
    a story's events ask the same questions of the same article."""

    def __init__(self, ctx: ResolveContext, resolved: Sequence[ResolvedMention]) -> None:
        self.ctx = ctx
        # a country's name read as a homonym abroad is the country (:func:`_country_named`)
        self.resolved = [_country_named(ctx, r) for r in resolved]
        self._main: tuple[Place | None] | None = None
        self._area: tuple[GazetteerEntry | None] | None = None
        self._countries: list[GazetteerEntry] | None = None

    def main_place(self) -> Place | None:
        """No toponym in the event sentence: the article's main town, else its area or
        country (:func:`_from_context`)."""
        if self._main is None:
            self._main = (_from_context(self.ctx, self.resolved),)
        return self._main[0]

    def containing_area(
        self, own: Sequence[ResolvedMention], reference: ResolvedMention | None
    ) -> tuple[GazetteerEntry, int] | None:
        """The smallest area the text lets us assert for a place the gazetteer does not
        know, from the event's toponyms ``own`` and then the article's."""
        ctx = self.ctx
        if self._area is None:
            self._area = (_largest_area(ctx, self.resolved),)
            self._countries = _countries(self.resolved)
        mine, theirs = _largest_area(ctx, own), self._area[0]
        # the first of the deepest level: the event's own on a tie
        if mine is not None and (
            theirs is None or (mine.admin_level or 0) >= (theirs.admin_level or 0)
        ):
            entry: GazetteerEntry | None = mine
        else:
            entry = theirs
        if entry is not None:
            return entry, 2 if (entry.admin_level or 0) >= 2 else 3
        if reference is not None and reference.entry is not None and reference.entry.admin1:
            area = ctx.gazetteer.admin_area(
                reference.entry.admin1, country=reference.entry.country_code, level=1
            )
            if area is not None:
                return area, 3
        assert self._countries is not None
        countries = [*_countries(own), *self._countries]
        if countries:  # the story's own country before another it names ("shells fired from X")
            return next((c for c in countries if c.country_code == ctx.focus), countries[0]), 3
        if ctx.focus:
            country = ctx.gazetteer.country_entry(ctx.focus)
            if country is not None:
                return country, 3
        return None


def resolve_place(
    event_places: Sequence[PlaceMention],
    context_places: Sequence[PlaceMention],
    *,
    gazetteer: Gazetteer,
    country_hint: str | None = None,
) -> Place | None:
    """Choose and resolve the location of an event.

    ``event_places``: toponyms of the event's own sentence, in order (a mention flagged
    ``is_event_location`` is preferred); ``context_places``: all toponyms of the article.
    A name the gazetteer does not know is kept in ``Place.mention`` and coded at a close
    reference town (precision 2) or the smallest area the text supports (precision 2 or 3).
    Returns None only when no place and no country is known.
    """
    ctx, resolved = resolve_all(event_places, context_places, gazetteer, country_hint)
    count = len(event_places)
    return choose_place(ctx, resolved[:count], lambda: ArticleReading(ctx, resolved[count:]))


def choose_place(
    ctx: ResolveContext,
    own: Sequence[ResolvedMention],
    article: Callable[[], ArticleReading],
) -> Place | None:
    """The location of an event among its resolved toponyms ``own`` (:func:`resolve_place`);
    ``article`` gives the article's resolved toponyms, asked only when the event's own do
    not decide (none, or an unknown place without a written cercle or a close town)."""
    own = [_country_named(ctx, r) for r in own]
    passing = [r for r in own if r.mention.relation == PASSING]
    if passing and len(passing) == len(own):
        # only places named in passing ("buried in the capital, X", "a source in X said"):
        # the story's own town, else these places after all
        town = _main_town(ctx, article().resolved)
        if town is None and _frame_areas(ctx, article().resolved):
            # no town in the areas the story writes: the story's place (an area of them)
            town = article().main_place()
        if town is not None:
            return town
        own = [replace(r, mention=replace(r.mention, relation=None)) for r in own]
    elif passing:
        own = [r for r in own if r.mention.relation != PASSING]
    flagged = [r for r in own if r.mention.is_event_location]
    pool = flagged or own
    if not pool:
        return article().main_place()
    # a toponym the words around it present as a place ("in X", "X (Goundam, Tombouctou)")
    # beats a bare name of the same tier, which is as often a people or a group ("Dogon")
    placed = {id(r) for r in pool if _placed_by_text(ctx, r)}
    order = {id(r): i for i, r in enumerate(pool)}
    # and a place on this side of a border the sentence names beats a homonym across it
    # ("the posts of X and Y, near the border with <country>": not X of <country>)
    across = {
        r.entry.country_code for r in own
        if r.mention.relation == BORDER and r.entry is not None and r.entry.is_country
    }  # fmt: skip
    ranked = sorted(
        (r for r in pool if r.entry is not None and not r.ignored),
        key=lambda r: (
            _tier(r), r.entry is not None and r.entry.country_code in across,
            id(r) not in placed, order[id(r)],
        ),
    )
    best = ranked[0] if ranked else None
    first = min(pool, key=lambda r: r.mention.span.start)
    if first.mention.relation == "between" and first.entry is not None and _tier(first) == 1:
        return _code(ctx, first)  # "between A and B": coded at A, as ACLED does
    unknown = [r for r in pool if _unknown_place(ctx, r, own)]
    strong_unknown = any(id(r) in placed for r in unknown)
    if best is not None and _tier(best) == 0 and (id(best) in placed or not strong_unknown):
        return _code(ctx, best)
    if unknown:
        if (best is None or _tier(best) >= 5) and passing:
            # "shells fired from <country> fell in X; a woman was evacuated to Y": the area
            # of the town named in passing before a country
            best = next((r for r in passing if r.entry is not None and _tier(r) == 8), best)
        return _fallback_for_unknown(ctx, own, article, unknown[0], best)
    if best is not None:
        if _tier(best) >= 5:
            # only a country: the story's own place, if it names one ("western X": one in
            # X's western area, not a town named like its region, "in Tillabéri")
            area = _area_of(ctx, best)
            focus = _story_town(ctx, best, article().resolved)
            if area is not best.entry and focus is not None and (
                area is None or focus.admin1 != area.admin1
                or name_key(focus.name) == name_key(focus.admin1 or "")
            ):
                focus = None
            focus = focus or _area_of_passing(ctx, passing)
            if focus is not None:
                return focus
        return _code(ctx, best)
    return article().main_place()


def _country_named(ctx: ResolveContext, item: ResolvedMention) -> ResolvedMention:
    """A country's name read as a homonymous area or town abroad ("Niger" as a state of
    Nigeria, "Mali" as a prefecture of Guinea) is the country, unless the story is about
    the homonym's country."""
    entry = item.entry
    text = item.mention.text.strip()
    if entry is None or entry.is_country or len(text) <= 3:
        return item
    code = ctx.gazetteer.country_code(text)
    if code is None or code == entry.country_code or entry.country_code == ctx.focus:
        return item
    country = ctx.gazetteer.country_entry(code)
    return replace(item, entry=country) if country is not None else item


def _placed_by_text(ctx: ResolveContext, item: ResolvedMention) -> bool:
    mention = item.mention
    if item.ignored or is_regionish(mention):
        return False
    if item.entry is not None and (item.entry.is_country or item.entry.admin_level == 1):
        return False
    if mention.relation == "in":
        return True
    return (mention.span.article, mention.span.start) in ctx.allowed_admin1


def _unknown_place(
    ctx: ResolveContext, item: ResolvedMention, own: Sequence[ResolvedMention]
) -> bool:
    """A name the gazetteer lacks that the text still presents as the event's place: after
    a locative cue ("in X", "the village of X", "between X and Y", "near X"), or followed by
    its admin areas ("X (Goundam, Tombouctou)", "X, in the Timbuktu region"). A bare unknown
    name is more often a person or an organisation than a village, and is not used."""
    mention = item.mention
    if item.entry is not None or item.ignored or is_regionish(mention):
        return False
    if mention_key(mention) in _NOT_PLACE_KEYS:
        return False  # "à Noël": a word that names no place
    if mention.relation in ("in", "between", "near"):
        return True
    if (mention.span.article, mention.span.start) in ctx.allowed_admin1:
        return True
    if mention.relation is not None:
        return False
    end = mention.span.end
    return any(
        other.mention.relation == "region"
        and other.mention.span.article == mention.span.article
        and 0 <= other.mention.span.start - end <= ADMIN_CONTEXT_GAP
        for other in own
    )


def _village_of_quarter(ctx: ResolveContext, mention: PlaceMention) -> GazetteerEntry | None:
    """The village X of a quarter the gazetteer lacks, "X Peulh" (a people's name after the
    village's): the one town of that name in the story's country."""
    words = mention.text.split()
    if len(words) < 2 or name_key(words[-1]) not in _PEOPLE_QUARTER or not ctx.focus:
        return None
    head = " ".join(words[:-1])
    towns = {
        c.entry.geonameid: c.entry
        for c in ctx.gazetteer.candidates(head, country=ctx.focus, limit=10, fuzzy=False)
        if c.entry.is_populated and c.entry.country_code == ctx.focus
    }
    return next(iter(towns.values())) if len(towns) == 1 else None


def _close_spelling(
    ctx: ResolveContext,
    mention: PlaceMention,
    reference: ResolvedMention | None,
    own: Sequence[ResolvedMention | GazetteerEntry] = (),
) -> GazetteerEntry | None:
    """The one town of the story's country spelt closest to a name the gazetteer does not
    know ("à Chinagoder" for Chinagodrar), inside the areas its sentence ``own`` names (or
    the area the text supports) and near the reference point it names; None when two are
    as close, or the name is written as an area."""
    if not ctx.focus or is_regionish(mention) or mention_key(mention) in _NOT_PLACE_KEYS:
        return None
    found = ctx.gazetteer.close_spellings(clean_mention_text(mention.text), ctx.focus)
    ref = reference.entry if reference is not None and _tier(reference) in (1, 2) else None
    if ref is not None:
        found = [e for e in found if haversine_km(e.lat, e.lon, ref.lat, ref.lon) <= CLOSE_SPELLING_KM]
    areas = [
        e for r in own
        if (e := r if isinstance(r, GazetteerEntry) else r.entry) is not None
        and e.is_admin and e.country_code == ctx.focus
    ]  # fmt: skip
    found = [e for e in found if all(_inside(e, area) for area in areas)]
    where = mention.span.article, mention.span.start
    cercles = [a for a in ctx.written_admin2.get(where, ()) if a.is_admin]
    if cercles:
        found = [e for e in found if any(_inside(e, area) for area in cercles)]
    if not found:
        return None
    if len(found) > 1:
        key = name_key(clean_mention_text(mention.text))
        first, second = (fuzz.ratio(key, name_key(e.name)) for e in found[:2])
        if first <= second:
            return None
    return found[0]


def _fallback_for_unknown(
    ctx: ResolveContext,
    own: Sequence[ResolvedMention],
    article: Callable[[], ArticleReading],
    unknown: ResolvedMention,
    reference: ResolvedMention | None,
) -> Place | None:
    """An event place the gazetteer does not know: a close reference town, else an area
    (``own``: the event's resolved toponyms; ``article``: the article's, asked only then)."""
    written = unknown.mention.text
    village = _village_of_quarter(ctx, unknown.mention)
    if village is not None:
        return _place(ctx.gazetteer, village, precision=2, mention=unknown.mention, written=written)
    if reference is not None and reference.entry is not None and _tier(reference) in (1, 2):
        km = reference.mention.distance_km
        if km is None or km <= NEAR_REFERENCE_KM:
            place = _code(ctx, reference, written=written)
            if place is not None:
                return replace(place, geo_precision=2, span=unknown.mention.span)
    where = unknown.mention.span.article, unknown.mention.span.start
    cercles = ctx.written_admin2.get(where)
    area = (cercles[0], 2) if cercles else article().containing_area(own, reference)
    # no cercle written after this occurrence: the area written after another occurrence of
    # the name, unless the area found lies inside it
    if not cercles:
        written_elsewhere = _one_area(ctx.areas_by_name.get((where[0], mention_key(unknown.mention)), ()))
        if written_elsewhere and (area is None or not _inside(area[0], written_elsewhere[0])):
            entry = written_elsewhere[0]
            area = entry, 3 if entry.admin_level == 1 else 2
    # only where the text supports no closer area than a region or the country: a cercle or
    # commune written for the name stays the safer code (ACLED notes: "X (Koro, Mopti)")
    town = None
    if area is None or area[1] == 3:
        within = area[0] if area is not None and area[0].is_admin else None
        town = _close_spelling(ctx, unknown.mention, reference, [*own, *(() if within is None else (within,))])
    if town is not None:
        # a guessed spelling, inside the area the text supports: coded at the town, as near it
        return _place(ctx.gazetteer, town, precision=2, mention=unknown.mention, written=written)
    if area is None:
        return None
    entry, precision = area
    return _place(
        ctx.gazetteer, entry, precision=precision, mention=unknown.mention, written=written
    )


def _inside(entry: GazetteerEntry, area: GazetteerEntry) -> bool:
    """``entry`` lies in ``area`` (same country and region, at the area's level or deeper)."""
    if entry.country_code != area.country_code or name_key(entry.admin1 or "") != name_key(area.admin1 or ""):
        return False
    if area.admin_level == 1:
        return True
    return name_key(entry.admin2 or "") == name_key(area.admin2 or "")


def _one_area(areas: Sequence[GazetteerEntry]) -> tuple[GazetteerEntry, ...]:
    """The one deepest area among those written after a name's occurrences, () when they
    disagree."""
    if not areas:
        return ()
    deepest = max(areas, key=lambda e: e.admin_level or 9)
    level = deepest.admin_level or 9
    ids = {e.geonameid for e in areas if (e.admin_level or 9) == level}
    return (deepest,) if len(ids) == 1 else ()


def _area_of_passing(ctx: ResolveContext, passing: Sequence[ResolvedMention]) -> Place | None:
    """The first-level area of a town the act's sentence names in passing ("a woman was
    evacuated to X"), for an act told with a country alone: nearer than the country."""
    for item in passing:
        entry = item.entry
        if entry is None or entry.is_admin or entry.is_country or not entry.admin1:
            continue
        area = ctx.gazetteer.admin_area(entry.admin1, country=entry.country_code, level=1)
        if area is not None:
            return _place(ctx.gazetteer, area, precision=3, mention=item.mention)
    return None


def _story_town(
    ctx: ResolveContext, country: ResolvedMention, context: Sequence[ResolvedMention]
) -> Place | None:
    """An act told with a country alone ("Church attacked in Burkina Faso", "near the border
    with Niger"): the story's main town in its focus country, else in that country; else the
    town the story measures from ("an ambush 40 km from X", "near X"), which stands for the
    incident's area (precision 2)."""
    code = country.entry.country_code if country.entry is not None else None
    wanted = list(dict.fromkeys(c for c in (ctx.focus, code) if c))
    for tiers in (_TOWN, _REFERENCE):
        for where in wanted:
            town = _main_town(ctx, context, where, tiers=tiers)
            if town is not None:
                return town
    # a village the story places acts in ("in X") but spells its own way
    for item in context:
        if item.entry is None and not item.ignored and item.mention.relation == "in":
            entry = _close_spelling(ctx, item.mention, None)
            if entry is not None and entry.country_code in wanted:
                return _place(ctx.gazetteer, entry, precision=2, mention=item.mention)
    return None


def _close_reference(item: ResolvedMention) -> bool:
    """A town the story measures from that stands for the act's area: "near X", or a
    distance no longer than ``NEAR_REFERENCE_KM`` ("40 km from X"; not "150 km from the
    capital")."""
    entry, mention = item.entry, item.mention
    if entry is None or not entry.is_populated:
        return False
    if mention.relation == "distance":
        return mention.distance_km is not None and mention.distance_km <= NEAR_REFERENCE_KM
    return True


# Tiers of a town the story places its act in, and of one it measures from.
_TOWN = frozenset({0})
_REFERENCE = frozenset({1, 2})


def _main_town(
    ctx: ResolveContext,
    context: Sequence[ResolvedMention],
    country: str | None = None,
    *,
    tiers: frozenset[int] = _TOWN,
) -> Place | None:
    """The story's main town (in ``country`` when given): the most named one, not counting
    names in passing (ties: the first named); precision 2 when the story names others.
    ``tiers``: the tiers of the toponyms counted (:func:`_tier`; towns the act is in)."""
    towns = [
        r for r in context
        if r.entry is not None and _tier(r) in tiers
        and (country is None or r.entry.country_code == country)
        and (tiers == _TOWN or _close_reference(r))
    ]  # fmt: skip
    frame = _frame_areas(ctx, context)
    if frame:
        # "X, commune de Y, province de Z": the story's town lies in the areas it writes
        # for its places (not the town the wounded were taken to, or a relative lives in)
        towns = [r for r in towns if r.entry is not None and any(_inside(r.entry, a) for a in frame)]
    if not towns:
        return None
    counts: Counter[int] = Counter()
    first_seen: dict[int, ResolvedMention] = {}
    for r in towns:
        assert r.entry is not None
        counts[r.entry.geonameid] += 1
        first_seen.setdefault(r.entry.geonameid, r)
    # a national capital is more often where a statement, a funeral or a summit took place:
    # it is the story's town only when the story names no other
    capital = {
        gid for gid, r in first_seen.items() if r.entry is not None and r.entry.feature_code == "PPLC"
    }
    top_id = max(first_seen, key=lambda gid: (gid not in capital, counts[gid]))  # ties: first
    place = _code(ctx, first_seen[top_id])
    if place is not None and len(counts) > 1:
        place = replace(place, geo_precision=2)
    return place


def _frame_areas(ctx: ResolveContext, context: Sequence[ResolvedMention]) -> list[GazetteerEntry]:
    """The areas of the story's country written right after its places ("X (Goundam,
    Tombouctou)", "X, commune de Y dans la province de Z"), not counting places named in
    passing or in another incident's sentence."""
    out: dict[int, GazetteerEntry] = {}
    for item in context:
        mention = item.mention
        if mention.relation in (PASSING, BORDER, ELSEWHERE):
            continue
        for area in ctx.areas_by_name.get((mention.span.article, mention_key(mention)), ()):
            if area.is_admin and area.country_code == ctx.focus:
                out.setdefault(area.geonameid, area)
    return list(out.values())


def _context_rank(item: ResolvedMention) -> float:
    """:func:`_tier`, but a town the story measures a long way from ("100 km from X") after
    the areas it names: it is no place of the act."""
    tier = _tier(item)
    if item.mention.relation == "distance" and tier in _REFERENCE and not _close_reference(item):
        return 3.5
    return tier


def _from_context(ctx: ResolveContext, context: Sequence[ResolvedMention]) -> Place | None:
    """No toponym in the event sentence: the article's main town, else its area or country
    (a name in passing only when the story offers nothing else)."""
    town = _main_town(ctx, context)
    if town is not None:
        return town
    ranked = sorted((r for r in context if r.entry is not None and not r.ignored), key=_context_rank)
    frame = _frame_areas(ctx, context)
    if frame:  # a town outside the areas the story writes for its places comes last
        ranked.sort(key=lambda r: r.entry is not None and not (
            r.entry.is_admin or r.entry.is_country or any(_inside(r.entry, a) for a in frame)
        ))  # fmt: skip
    if ranked:
        return _code(ctx, ranked[0])
    if ctx.focus:
        country = ctx.gazetteer.country_entry(ctx.focus)
        if country is not None:
            return _place(ctx.gazetteer, country, precision=3, mention=None)
    return None
