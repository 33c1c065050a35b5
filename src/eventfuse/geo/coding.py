"""How a resolved toponym is coded as an event's place: its tier (a place the act is in
before a reference point, an area, a country; a place named in passing or in another
incident's sentence last), ACLED's geo precision for that tier, and the entry and point that
stand for it (a regional capital named as a region for its first-level area, "northern X" for
the country's area furthest north, an admin area at its seat).

geo_precision (ACLED): 1 the named town; 2 near a town, or a small part of a region (a
cercle, a commune), coded at a town that stands for it; 3 only a region or the country.
"""

from __future__ import annotations

import math
from dataclasses import replace

from ..records import Place, PlaceMention
from .candidates import ResolveContext, is_regionish
from .context import BORDER
from .entries import GazetteerEntry
from .gazetteer import Gazetteer
from .normalize import name_key
from .toponyms import ResolvedMention
from .written_areas import written_admin2_label

# The relation of a toponym named in passing (a dateline, where a statement was made, where
# the wounded were taken; ``extract/place_passing``): context for resolving the story's
# names, never an event's place while the story offers another.
PASSING = "passing"
# The relation of a toponym of a sentence that tells only another incident (an earlier attack
# recalled, history; ``extract/place_passing``): context for resolving names, never the
# story's town.
ELSEWHERE = "elsewhere"


def tier(item: ResolvedMention) -> int:
    """Lower is a better event location: 0 a place the event is in … 5 a country."""
    entry, relation = item.entry, item.mention.relation
    if entry is None or item.ignored:
        return 9
    if relation in (PASSING, BORDER, ELSEWHERE):
        return 8
    if entry.is_country:
        return 5
    if entry.admin_level == 1:
        return 4
    if entry.is_admin:
        return 3
    if is_regionish(item.mention):
        return 4 if entry.feature_code in ("PPLA", "PPLC") else 3
    if item.axis or relation in ("near", "between"):
        return 1
    if item.part:
        return 2  # a feature of the named place (its airport, its university)
    if relation == "distance":
        return 2
    return 0


def _precision(tier: int) -> int:
    return 1 if tier == 0 else 2 if tier <= 3 else 3


_COMPASS: dict[str, tuple[float, float]] = {
    "N": (1.0, 0.0), "S": (-1.0, 0.0), "E": (0.0, 1.0), "W": (0.0, -1.0),
    "NE": (0.7071, 0.7071), "NW": (0.7071, -0.7071), "SE": (-0.7071, 0.7071),
    "SW": (-0.7071, -0.7071),
}  # fmt: skip


def _part_towards(
    ctx: ResolveContext, country: GazetteerEntry, direction: str
) -> GazetteerEntry | None:
    """The first-level area of a country lying furthest in a direction ("northern X"), or the
    one the story names lying that way ("le Nord-Ouest du pays … la région de la Boucle du
    Mouhoun"): the story's own area tells which part it means."""
    way = _COMPASS.get(direction)
    if way is None or not country.country_code:
        return None
    areas = [
        area
        for name in ctx.gazetteer.admin1_names(country.country_code)
        if (area := ctx.gazetteer.admin_area(name, country=country.country_code, level=1))
    ]
    if len(areas) < 3:
        return None  # too few areas to tell a part from the whole
    lat0 = sum(a.lat for a in areas) / len(areas)
    lon0 = sum(a.lon for a in areas) / len(areas)
    scale = math.cos(math.radians(lat0))

    def reach(area: GazetteerEntry) -> float:
        return (area.lat - lat0) * way[0] + (area.lon - lon0) * scale * way[1]

    named = [a for a in areas if name_key(a.admin1 or a.name) in ctx.hint_admin1 and reach(a) > 0]
    return max(named or areas, key=reach)


def area_of(ctx: ResolveContext, item: ResolvedMention) -> GazetteerEntry | None:
    """The entry to code: a regional capital named as a region stands for its ADM1, and
    "northern <country>" for the country's first-level area furthest north."""
    entry = item.entry
    mention = item.mention
    if entry is not None and entry.is_country and mention.relation == "region":
        part = _part_towards(ctx, entry, mention.direction) if mention.direction else None
        if part is not None:
            return part
    if entry is not None and tier(item) == 4 and entry.is_populated and entry.admin1:
        area = ctx.gazetteer.admin_area(entry.admin1, country=entry.country_code, level=1)
        return area or entry
    return entry


def place_of(
    gazetteer: Gazetteer,
    entry: GazetteerEntry,
    *,
    precision: int,
    mention: PlaceMention | None,
    written: str | None = None,
) -> Place:
    """A Place for an entry; admin areas and countries are coded at the town standing for them."""
    point = entry
    admin1, admin2 = entry.admin1, entry.admin2
    if entry.is_country:
        admin1 = admin2 = None
    elif entry.is_admin:
        point = gazetteer.capital_of(entry) or entry
        if entry.admin_level == 1:
            admin2 = None
    name = point.name
    if point is entry and entry.is_admin:
        name = (entry.admin2 if entry.admin_level == 2 else entry.admin1) or entry.name
    return Place(
        name=name,
        latitude=round(point.lat, 5),
        longitude=round(point.lon, 5),
        country=entry.country,
        admin1=admin1,
        admin2=admin2,
        geonameid=point.geonameid,
        feature_code=point.feature_code,
        geo_precision=precision,
        mention=written if written is not None else (mention.text if mention else None),
        span=mention.span if mention else None,
    )


def code_place(
    ctx: ResolveContext, item: ResolvedMention, *, written: str | None = None
) -> Place | None:
    entry = area_of(ctx, item)
    if entry is None:
        return None
    place = place_of(
        ctx.gazetteer, entry, precision=_precision(tier(item)), mention=item.mention,
        written=written,
    )  # fmt: skip
    label = written_admin2_label(ctx, item.mention, entry) if entry is item.entry else None
    return replace(place, admin2=label) if label else place
