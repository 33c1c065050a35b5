"""The gazetteer file format (SQLite): its schema, and the collector of the place and name
rows written to it, shared by the gazetteer build and the user gazetteer.

Schema (all names keyed by :func:`eventfuse.geo.normalize.name_key`)::

    places(geonameid PK, name, lat_e5, lon_e5, fclass, fcode, country_code, admin1, admin2,
           admin2_approx, population, source)   source: 'dump' (GeoNames dump), 'world' or
                                            'user'; coordinates as integers, degrees × 100,000
    names(name_key, geonameid, kind)        kind 0 name/asciiname, 1 alias, 2 alternate name,
                                            3 demonym (countryinfo: "Malian" → Mali)
    ruler(name PK)                          surface names offered to an entity ruler
    countries(code PK, iso3, name, geonameid, capital, lat, lon, population)
    meta(key PK, value)                     sources, build date, row counts, country name
                                            keys (JSON values)
"""

from __future__ import annotations

from .dumps import DumpRow, PlaceRow
from .entries import DEMONYM_KIND
from .normalize import clean_admin_name, joined_form, name_key, usable_alternate

SCHEMA_VERSION = "1"


SCHEMA = """
CREATE TABLE places(
    geonameid INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    lat_e5 INTEGER NOT NULL,
    lon_e5 INTEGER NOT NULL,
    fclass TEXT NOT NULL,
    fcode TEXT NOT NULL,
    country_code TEXT NOT NULL,
    admin1 TEXT,
    admin2 TEXT,
    admin2_approx INTEGER NOT NULL DEFAULT 0,
    population INTEGER NOT NULL DEFAULT 0,
    source TEXT NOT NULL
);
CREATE TABLE names(
    name_key TEXT NOT NULL,
    geonameid INTEGER NOT NULL,
    kind INTEGER NOT NULL,
    PRIMARY KEY(name_key, geonameid)
) WITHOUT ROWID;
CREATE TABLE ruler(name TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE countries(
    code TEXT PRIMARY KEY,
    iso3 TEXT,
    name TEXT NOT NULL,
    geonameid INTEGER,
    capital TEXT,
    lat REAL,
    lon REAL,
    population INTEGER
);
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


COUNTRY_KEYS_SQL = (
    "SELECT n.name_key, p.country_code FROM names n JOIN places p USING (geonameid) "
    "WHERE p.fcode IN ('PCLI','PCLD','PCLF','PCLS','PCLIX','PCL') "
    f"AND n.kind < {DEMONYM_KIND} ORDER BY n.kind DESC, n.name_key, p.country_code"
)


class Collector:
    """Accumulates places and names; the first source to give a geonameid wins."""

    def __init__(self) -> None:
        self.places: dict[int, PlaceRow] = {}
        self.names: dict[tuple[str, int], int] = {}
        self.ruler: set[str] = set()

    def add_place(self, place: PlaceRow) -> bool:
        if place.geonameid in self.places:
            return False
        self.places[place.geonameid] = place
        return True

    def add_name(self, name: str, geonameid: int, kind: int, *, ruler: bool) -> None:
        key = name_key(name)
        if not key:
            return
        previous = self.names.get((key, geonameid))
        if previous is None or kind < previous:
            self.names[(key, geonameid)] = kind
        if ruler:
            self.ruler.add(name.strip())


def add_joined(collector: Collector, name: str, geonameid: int, kind: int, *, ruler: bool) -> None:
    """A hyphenated name also as one word, of the same kind: "I-n-Atès" is written "Inatès"."""
    joined = joined_form(name)
    if joined is not None:
        collector.add_name(joined, geonameid, kind, ruler=ruler)


def add_dump_names(collector: Collector, row: DumpRow, place: PlaceRow) -> None:
    """The names of a dump row: its own (kind 0), an admin area's without its designation
    (kind 1) and its usable alternate names (kind 2)."""
    in_ruler = place.fclass in ("P", "A")
    collector.add_name(row.name, row.geonameid, 0, ruler=in_ruler)
    collector.add_name(row.asciiname, row.geonameid, 0, ruler=in_ruler)
    add_joined(collector, row.name, row.geonameid, 0, ruler=in_ruler)
    add_joined(collector, row.asciiname, row.geonameid, 0, ruler=in_ruler)
    if row.fclass == "A" and row.fcode.startswith("ADM"):
        cleaned = clean_admin_name(row.name)
        collector.add_name(cleaned, row.geonameid, 1, ruler=True)
        collector.add_name(clean_admin_name(row.asciiname), row.geonameid, 1, ruler=True)
    for alt in row.alternates:
        if usable_alternate(alt):
            collector.add_name(alt, row.geonameid, 2, ruler=in_ruler)
            add_joined(collector, alt, row.geonameid, 2, ruler=in_ruler)
            if row.fclass == "A" and row.fcode.startswith("ADM"):
                cleaned = clean_admin_name(alt)
                if cleaned != alt and usable_alternate(cleaned):
                    collector.add_name(cleaned, row.geonameid, 2, ruler=in_ruler)
