"""Admin areas written after a place ("X (Goundam, Tombouctou)", "X, dans la commune de Y"):
the first-level areas the place may lie in, the second-level area written, and the questions
the scorer asks of them.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from itertools import islice

from ..records import PlaceMention
from .candidates import ResolveContext, candidates_of, mention_key
from .distance import haversine_km
from .entries import GazetteerEntry, prior_score
from .normalize import name_key
from .weights import ADMIN2_REACH_KM, ADMIN_CONTEXT_GAP, COMMUNE_REACH_KM, LIST_GAP


def _admin_context(
    mention: PlaceMention, ordered: Sequence[PlaceMention], starts: Sequence[int]
) -> list[PlaceMention]:
    """The admin areas written right after a mention: "X (Goundam, Tombouctou)",
    "X, Timbuktu region" (a chain of region mentions, each close to the one before).
    ``ordered``: the mentions of its article by start; ``starts``: their starts."""
    chain: list[PlaceMention] = []
    end = mention.span.end
    # the walk begins at the first mention after this one: those before start before its end
    for other in islice(ordered, bisect_left(starts, end), None):
        if other.span.start < end:
            continue
        if other.span.start == mention.span.start:
            continue  # the same toponym, listed again among the article's places
        gap = other.span.start - end
        if chain and other.relation != "region":
            break
        if gap > (ADMIN_CONTEXT_GAP if other.relation == "region" else LIST_GAP):
            break
        if other.relation == "region":
            chain.append(other)
        # else another item of a list ("between A and B (Djenne, Mopti)"): walk on
        end = other.span.end
    return chain


def _allowed_admin1(
    ctx: ResolveContext, chain: Sequence[PlaceMention], place: PlaceMention | None = None
) -> frozenset[tuple[str, str]]:
    """(country, admin1 key) pairs a place followed by these admin names may lie in: the
    region named last when it is a first-level area, else any region the names belong to.
    A first-level area abroad is not read when the place is a village of a detailed country
    (spelled close enough) near a town of the area's name there: "Tembala, in the commune of
    X", X a department abroad and the seat of a commune at home."""
    if not chain:
        return frozenset()
    for mention in reversed(chain):
        regions = {
            (c.entry.country_code, name_key(c.entry.admin1))
            for c in candidates_of(ctx, mention)
            if c.match == "exact" and c.entry.admin_level == 1 and c.entry.admin1
            and not ctx.gazetteer.names_another_country(mention.text, c.entry)}
        if regions:
            seats = _seats_near_place(ctx, chain, place, regions)
            return seats or frozenset(regions)
    allowed: set[tuple[str, str]] = set()
    for mention in chain:
        for c in candidates_of(ctx, mention):
            entry = c.entry
            seat = entry.feature_code in ("PPLA", "PPLA2", "PPLC")
            abroad = ctx.gazetteer.names_another_country(mention.text, entry)
            if c.match == "exact" and entry.admin1 and (entry.is_admin or seat) and not abroad:
                allowed.add((entry.country_code, name_key(entry.admin1)))
    return frozenset(allowed)


def _seats_near_place(
    ctx: ResolveContext,
    chain: Sequence[PlaceMention],
    place: PlaceMention | None,
    regions: set[tuple[str, str]],
) -> frozenset[tuple[str, str]]:
    """The regions of the towns named in ``chain`` that lie within ``COMMUNE_REACH_KM`` of a
    reading of ``place`` in a detailed country, when every first-level reading of the chain
    (``regions``) is abroad: an area named after its seat town at home, not the department
    of that name abroad. Empty when there is no such pair. Records those towns in
    ``ctx.commune_seats``: the scorer reads the area's name as that town."""
    home = ctx.gazetteer.detailed_countries
    if place is None or any(country in home for country, _ in regions):
        return frozenset()
    readings = [c.entry for c in candidates_of(ctx, place) if c.entry.country_code in home]
    if not readings:
        return frozenset()
    found: set[tuple[str, str]] = set()
    for mention in chain:
        for c in candidates_of(ctx, mention):
            town = c.entry
            if c.match != "exact" or not town.is_populated or not town.admin1:
                continue
            if any(
                r.country_code == town.country_code
                and haversine_km(r.lat, r.lon, town.lat, town.lon) <= COMMUNE_REACH_KM
                for r in readings
            ):
                found.add((town.country_code, name_key(town.admin1)))
                ctx.commune_seats.setdefault(mention_key(mention), set()).add(town.geonameid)
    return frozenset(found)


def _written_admin2(
    ctx: ResolveContext, chain: Sequence[PlaceMention], allowed: frozenset[tuple[str, str]]
) -> tuple[GazetteerEntry, ...]:
    """Second-level areas among the first of several admin names ("X (Goundam, Tombouctou)"
    → the Goundam cercle), within the allowed regions."""
    if len(chain) < 2:
        return ()
    for mention in chain[:-1]:  # the most specific written area first
        inside = [
            c.entry
            for c in candidates_of(ctx, mention)
            if c.match == "exact"
            and (c.entry.country_code, name_key(c.entry.admin1 or "")) in allowed
        ]
        areas = tuple(e for e in inside if e.admin_level in (2, 3))
        if areas:
            return areas
        # a commune the gazetteer lacks as an area is named after its seat village
        towns = sorted((e for e in inside if e.is_populated), key=lambda e: -prior_score(e))
        if towns:
            return (towns[0],)
    return ()


def _written_admin1(ctx: ResolveContext, allowed: frozenset[tuple[str, str]]) -> tuple[GazetteerEntry, ...]:
    """The one first-level area the written admin names allow ("X, dans la région de Tahoua"),
    () when they allow several."""
    if len(allowed) != 1:
        return ()
    ((country, admin1),) = allowed
    if ctx.focus and country != ctx.focus or ctx.gazetteer.country_code(admin1) is not None:
        return ()  # a region abroad, or one called like a country ("l'ouest du Niger")
    area = ctx.gazetteer.admin_area(admin1, country=country, level=1)
    return (area,) if area is not None else ()


def collect_admin_context(ctx: ResolveContext, mentions: Sequence[PlaceMention]) -> None:
    by_article: dict[str, list[PlaceMention]] = {}
    for mention in sorted(mentions, key=lambda m: m.span.start):  # sorted once, not per mention
        by_article.setdefault(mention.span.article, []).append(mention)
    starts = {key: [m.span.start for m in found] for key, found in by_article.items()}
    for mention in mentions:
        article = mention.span.article
        chain = _admin_context(mention, by_article[article], starts[article])
        allowed = _allowed_admin1(ctx, chain, mention)
        if allowed:
            where = (mention.span.article, mention.span.start)
            ctx.allowed_admin1[where] = allowed
            areas = _written_admin2(ctx, chain, allowed)
            if areas:
                ctx.written_admin2[where] = areas
            found = areas or _written_admin1(ctx, allowed)
            if found:
                named = (article, mention_key(mention))
                ctx.areas_by_name[named] = (*ctx.areas_by_name.get(named, ()), *found)


def admin2_fit(ctx: ResolveContext, mention: PlaceMention, entry: GazetteerEntry) -> bool | None:
    """Whether an entry lies in (or near the seat of) the second-level area written after
    the mention; None when none was written. Admin2 of most places is approximate (the
    nearest seat), so a place close enough to the written area's seat also fits."""
    areas = ctx.written_admin2.get((mention.span.article, mention.span.start))
    if not areas or entry.is_country or entry.admin_level in (1, 2):
        return None
    for area in areas:
        own = area.admin2 if area.admin_level == 2 else None
        if entry.admin2 and own and name_key(entry.admin2) == name_key(own):
            return True
        seat = ctx.gazetteer.capital_of(area) or area
        if haversine_km(entry.lat, entry.lon, seat.lat, seat.lon) <= ADMIN2_REACH_KM:
            return True
    return False


def written_admin2_keys(ctx: ResolveContext, mention: PlaceMention) -> frozenset[str]:
    """Name keys of the second-level areas written after the mention ("X (Niono, Segou)" →
    niono); a commune written there stands for its cercle. Empty when none was written."""
    areas = ctx.written_admin2.get((mention.span.article, mention.span.start), ())
    return frozenset(name_key(a.admin2) for a in areas if a.is_admin and a.admin2)


def filed_in_written_admin2(
    ctx: ResolveContext, mention: PlaceMention, entry: GazetteerEntry
) -> bool:
    """The gazetteer files the entry under a second-level area written after the mention."""
    written = written_admin2_keys(ctx, mention)
    return bool(written and entry.admin2 and name_key(entry.admin2) in written)


def written_admin2_label(
    ctx: ResolveContext, mention: PlaceMention, entry: GazetteerEntry
) -> str | None:
    """The cercle the text writes for a point (a village, a camp, a wadi) the gazetteer files
    under a neighbouring one (its admin2 is often only the nearest seat): the text's own
    word, when the entry lies in reach of that cercle. None when the text writes none or
    the entry already agrees."""
    if entry.is_country or entry.is_admin or filed_in_written_admin2(ctx, mention, entry):
        return None
    if admin2_fit(ctx, mention, entry) is not True:
        return None
    areas = ctx.written_admin2.get((mention.span.article, mention.span.start), ())
    for area in areas:
        same_region = (area.country_code, name_key(area.admin1 or "")) == (
            entry.country_code,
            name_key(entry.admin1 or ""),
        )
        if area.is_admin and area.admin2 and same_region:
            return area.admin2
    return None


def outside_written_admin(
    ctx: ResolveContext, mention: PlaceMention, entry: GazetteerEntry
) -> bool:
    """The text puts the place in admin areas that the entry is not in."""
    allowed = ctx.allowed_admin1.get((mention.span.article, mention.span.start))
    if not allowed or entry.is_country or entry.admin_level == 1:
        return False
    return (entry.country_code, name_key(entry.admin1 or "")) not in allowed
