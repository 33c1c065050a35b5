"""The user gazetteer: GeoNames dumps and CSV place lists added beside the shipped gazetteer."""

from __future__ import annotations

import csv
import hashlib
import json
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..config import Settings
from ..errors import ConfigError, InputError
from .countries import COUNTRY_ALIASES, world_countries
from .dumps import PlaceRow, places_from_dumps, read_dump
from .entries import COUNTRY_CODES
from .normalize import name_key
from .schema import SCHEMA, SCHEMA_VERSION, Collector, add_dump_names

# Maps a country name or code to its ISO alpha-2 code (``Gazetteer.country_code``).
CountryCoder = Callable[[str], str | None]

__all__ = [
    "CSV_COLUMNS",
    "UserPlace",
    "add_csv",
    "add_dumps",
    "default_user_gazetteer",
    "read_places_csv",
    "user_gazetteer_path",
]

USER_FILE_NAME = "user_gazetteer.sqlite"
# Columns of a user place list; name, lat, lon and country are required.
CSV_COLUMNS = ("name", "alternate_names", "lat", "lon", "admin1", "admin2", "country")
OPTIONAL_COLUMNS = ("feature_code", "population")
_ALT_SEPARATORS = (";", "|")


def default_user_gazetteer(settings: Settings) -> Path:
    """Where ``gazetteer add`` writes: the ``user_gazetteer`` setting, else a file named
    ``user_gazetteer.sqlite`` beside the database (never inside the package)."""
    if settings.user_gazetteer:
        return Path(settings.user_gazetteer)
    db = Path(settings.db) if settings.db and settings.db != ":memory:" else Path("eventfuse.db")
    return db.resolve().parent / USER_FILE_NAME


def user_gazetteer_path(settings: Settings) -> Path | None:
    """The user gazetteer the resolver should open: the ``user_gazetteer`` setting when set
    (it must exist), else the default file beside the database when it exists, else None."""
    if settings.user_gazetteer:
        return Path(settings.user_gazetteer)
    path = default_user_gazetteer(settings)
    return path if path.is_file() else None


@dataclass(frozen=True, slots=True)
class UserPlace:
    """One row of a user place list."""

    name: str
    alternates: tuple[str, ...]
    lat: float
    lon: float
    admin1: str | None
    admin2: str | None
    country_code: str
    feature_code: str = "PPL"
    population: int = 0

    @property
    def geonameid(self) -> int:
        """A stable negative id (GeoNames ids are positive), from name, country and point."""
        text = f"{self.country_code}|{name_key(self.name)}|{self.lat:.5f}|{self.lon:.5f}"
        return -int(hashlib.sha1(text.encode("utf-8")).hexdigest()[:13], 16)


def _split_alternates(text: str) -> tuple[str, ...]:
    for sep in _ALT_SEPARATORS:
        if sep in text:
            return tuple(a.strip() for a in text.split(sep) if a.strip())
    return (text.strip(),) if text.strip() else ()


def read_places_csv(path: str | Path, *, country_code: CountryCoder) -> list[UserPlace]:
    """Rows of a user place list (CSV with a header: name, alternate_names, lat, lon, admin1,
    admin2, country; optional feature_code, population). Alternate names are separated by
    ``;`` or ``|``. ``country_code`` maps a country name or code to its ISO alpha-2 code."""
    source = Path(path)
    if not source.is_file():
        raise InputError(f"place list {source} not found", hint="pass a CSV file", code="EF112")
    out: list[UserPlace] = []
    with source.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        header = [h.strip().lower() for h in reader.fieldnames or []]
        missing = [c for c in ("name", "lat", "lon", "country") if c not in header]
        if missing:
            raise InputError(
                f"{source} lacks the columns {missing}",
                hint="header: " + ",".join(CSV_COLUMNS) + " (optional: feature_code,population)",
            )
        for number, raw in enumerate(reader, start=2):
            row = {(k or "").strip().lower(): (v or "").strip() for k, v in raw.items()}
            if not row.get("name"):
                continue
            try:
                lat, lon = float(row["lat"]), float(row["lon"])
            except ValueError:
                raise InputError(
                    f"{source}:{number}: latitude/longitude are not numbers",
                    hint="write decimal degrees, e.g. 16.77,-3.01",
                ) from None
            if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                raise InputError(f"{source}:{number}: coordinates out of range")
            code = country_code(row["country"])
            if not code:
                raise InputError(
                    f"{source}:{number}: unknown country {row['country']!r}",
                    hint="write a country name or its ISO code (Mali, ML, MLI)",
                )
            out.append(
                UserPlace(
                    name=row["name"],
                    alternates=_split_alternates(row.get("alternate_names", "")),
                    lat=lat,
                    lon=lon,
                    admin1=row.get("admin1") or None,
                    admin2=row.get("admin2") or None,
                    country_code=code,
                    feature_code=(row.get("feature_code") or "PPL").upper(),
                    population=int(float(row.get("population") or 0)),
                )
            )
    return out


def _open_user(path: Path) -> sqlite3.Connection:
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path)
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'places'"
    ).fetchone()
    if not exists:
        conn.executescript(SCHEMA)
        conn.execute(
            "INSERT INTO meta VALUES ('schema_version', ?), ('kind', '\"user\"')",
            (SCHEMA_VERSION,),
        )
    return conn


def _meta_list(conn: sqlite3.Connection, key: str) -> list[Any]:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return list(json.loads(row[0])) if row else []


def _set_meta(conn: sqlite3.Connection, key: str, value: Any) -> None:
    conn.execute(
        "INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, json.dumps(value, ensure_ascii=False))
    )


def _write(conn: sqlite3.Connection, collector: Collector) -> None:
    conn.executemany(
        "INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            (
                p.geonameid, p.name, round(p.lat * 1e5), round(p.lon * 1e5), p.fclass, p.fcode,
                p.country_code, p.admin1, p.admin2, p.admin2_approx, p.population, p.source,
            )
            for p in collector.places.values()
        ),
    )  # fmt: skip
    conn.executemany(
        "INSERT OR REPLACE INTO names VALUES (?,?,?)",
        ((k, g, kind) for (k, g), kind in collector.names.items()),
    )
    conn.executemany("INSERT OR IGNORE INTO ruler VALUES (?)", ((n,) for n in collector.ruler))


def _counts(conn: sqlite3.Connection) -> dict[str, int]:
    return {
        table: int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
        for table in ("places", "names", "ruler", "countries")
    }


def add_dumps(dumps: Iterable[str | Path], out: str | Path) -> dict[str, int]:
    """Add GeoNames country dumps (``XX.txt``/``XX.zip``) to the user gazetteer ``out``
    (created when missing); return its row counts. Re-adding a dump replaces its rows."""
    check_user_file(Path(out))
    paths = [Path(p) for p in dumps]
    rows = sorted((r for p in paths for r in read_dump(p)), key=lambda r: r.geonameid)
    if not rows:
        raise InputError(
            "the dumps hold no place that the gazetteer keeps",
            hint="pass standard GeoNames country dumps",
        )
    collector = Collector()
    countries = world_countries()
    for place in places_from_dumps(rows):
        collector.add_place(place)
    for row in rows:
        add_dump_names(collector, row, collector.places[row.geonameid])
    for place in list(collector.places.values()):
        if place.fcode in COUNTRY_CODES:
            info = countries.get(place.country_code)
            if info is not None:
                collector.add_name(info.name, place.geonameid, 0, ruler=True)
            for alias in COUNTRY_ALIASES.get(place.country_code, ()):
                collector.add_name(alias, place.geonameid, 1, ruler=True)
    codes = sorted({r.country_code for r in rows if r.country_code})
    conn = _open_user(Path(out))
    try:
        _write(conn, collector)
        for code in codes:
            info = countries.get(code)
            point = next(
                (p for p in collector.places.values()
                 if p.country_code == code and p.fcode in COUNTRY_CODES),
                None,
            )  # fmt: skip
            conn.execute(
                "INSERT OR REPLACE INTO countries VALUES (?,?,?,?,?,?,?,?)",
                (
                    code,
                    info.iso3 if info else None,
                    info.name if info else code,
                    point.geonameid if point else (info.geonameid if info else None),
                    info.capital if info else None,
                    point.lat if point else None,
                    point.lon if point else None,
                    info.population if info else None,
                ),
            )
        _set_meta(
            conn, "dump_countries", sorted(set(_meta_list(conn, "dump_countries")) | set(codes))
        )
        _set_meta(
            conn, "sources", [*_meta_list(conn, "sources"), *(f"geonames:{p.name}" for p in paths)]
        )
        counts = _counts(conn)
        _set_meta(conn, "counts", counts)
        conn.commit()
    finally:
        conn.close()
    return counts


def add_csv(path: str | Path, out: str | Path, *, country_code: CountryCoder) -> dict[str, int]:
    """Add a user place list (see :func:`read_places_csv`) to the user gazetteer ``out``
    (created when missing); return its row counts. Places get stable negative ids, so
    adding the same list again changes nothing."""
    check_user_file(Path(out))
    places = read_places_csv(path, country_code=country_code)
    if not places:
        raise InputError(f"{path} holds no place", hint="one place per row, with a header")
    collector = Collector()
    for place in places:
        fclass = "A" if place.feature_code.startswith("ADM") else "P"
        row = PlaceRow(
            geonameid=place.geonameid,
            name=place.name,
            lat=place.lat,
            lon=place.lon,
            fclass=fclass,
            fcode=place.feature_code,
            country_code=place.country_code,
            admin1=place.admin1,
            admin2=place.admin2,
            admin2_approx=0,
            population=place.population,
            source="user",
        )
        if not collector.add_place(row):
            continue
        collector.add_name(place.name, row.geonameid, 0, ruler=True)
        for alt in place.alternates:
            collector.add_name(alt, row.geonameid, 1, ruler=True)
    conn = _open_user(Path(out))
    try:
        _write(conn, collector)
        _set_meta(conn, "sources", [*_meta_list(conn, "sources"), f"csv:{Path(path).name}"])
        counts = _counts(conn)
        _set_meta(conn, "counts", counts)
        conn.commit()
    finally:
        conn.close()
    return counts


def check_user_file(path: Path) -> None:
    """Raise ConfigError when ``path`` exists but is not a gazetteer file."""
    if not path.exists():
        return
    try:
        with sqlite3.connect(path) as conn:
            conn.execute("SELECT 1 FROM places LIMIT 1")
    except sqlite3.Error as exc:
        raise ConfigError(
            f"{path} exists but is not an eventfuse gazetteer ({exc})",
            hint="choose another file with --out or the user_gazetteer setting",
        ) from None
