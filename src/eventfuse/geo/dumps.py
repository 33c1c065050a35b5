"""GeoNames country dumps (``XX.txt`` / ``XX.zip``) read into gazetteer place rows, with
admin names derived and admin codes made consistent: shared by the gazetteer build and
``eventfuse gazetteer add`` (the user gazetteer).

What is kept from a dump: every populated place (class P) and administrative area (class A),
plus the natural and man-made features that conflict reports use as locations (``KEEP_CODES``).
Admin names come from the ADM1/ADM2 rows of the same dump, without their designation
(:func:`eventfuse.geo.normalize.clean_admin_name`); a place without an admin2 code gets the
admin2 whose seat is nearest within the same admin1 (``admin2_approx`` = 1). A place still
filed under an old region whose nearest ADM2 seat lies in a newly created region (GeoNames
codes those by a geonameid: Mali's Ménaka), clearly nearer than its own region's nearest seat
(``NEW_REGION_MARGIN``), is moved there; an ADM2 whose surrounding towns
carry another long-standing region's code moves to it (Niger's Tillabéri departments).
"""

from __future__ import annotations

import io
import math
import re
import zipfile
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from ..errors import InputError
from .countries import ADMIN1_NAME_OVERRIDES
from .normalize import clean_admin_name, name_key

# Feature codes kept besides classes P and A (which are kept whole).
KEEP_CODES: frozenset[str] = frozenset(
    {
        # L: areas
        "AREA", "LCTY", "OAS", "PRK", "RES", "RESF", "RESN", "RESP", "RESV", "RESW", "RGN",
        "RGNL", "TRB",
        # H: water
        "LK", "LKI", "LKO", "LKS", "STM", "WAD", "WLL", "WLLQ", "WLLS", "WTRH",
        # T: relief
        "CLF", "DSRT", "ERG", "GRGE", "HLL", "HLLS", "ISL", "ISLS", "MT", "MTS", "PASS", "PLAT",
        "VAL",
        # S: spots and buildings
        "AIRF", "AIRP", "AIRQ", "BDG", "CMP", "CMPRF", "DAM", "FT", "INSM", "MILB", "MKT",
        "MN",
        # V: vegetation
        "FRST",
    }
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class DumpRow:
    """The columns of one GeoNames dump line that the gazetteer uses."""

    geonameid: int
    name: str
    asciiname: str
    alternates: tuple[str, ...]
    lat: float
    lon: float
    fclass: str
    fcode: str
    country_code: str
    admin1_code: str
    admin2_code: str
    population: int


@dataclass(frozen=True, slots=True)
class PlaceRow:
    """One row of the ``places`` table before it is written."""

    geonameid: int
    name: str
    lat: float
    lon: float
    fclass: str
    fcode: str
    country_code: str
    admin1: str | None
    admin2: str | None
    admin2_approx: int
    population: int
    source: str


def _dump_lines(path: Path) -> Iterator[str]:
    if path.suffix.lower() == ".zip":
        with zipfile.ZipFile(path) as archive:
            members = [
                m for m in archive.namelist() if m.endswith(".txt") and "readme" not in m.lower()
            ]
            for member in members:
                with archive.open(member) as raw:
                    yield from io.TextIOWrapper(raw, encoding="utf-8")
        return
    with path.open(encoding="utf-8") as handle:
        yield from handle


def read_dump(path: str | Path) -> Iterator[DumpRow]:
    """Yield the rows of a GeoNames dump (``XX.txt`` or ``XX.zip``) that the gazetteer keeps."""
    source = Path(path)
    if not source.exists():
        raise InputError(
            f"GeoNames dump {source} does not exist",
            hint="download XX.zip from https://download.geonames.org/export/dump/",
            code="EF112",
        )
    for number, line in enumerate(_dump_lines(source), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.rstrip("\n").split("\t")
        if len(cols) < 15:
            raise InputError(
                f"{source}:{number}: expected the 19 tab-separated GeoNames columns, "
                f"got {len(cols)}",
                hint="pass a standard GeoNames country dump (geonameid, name, asciiname, ...)",
            )
        fclass, fcode = cols[6], cols[7]
        if fclass not in ("P", "A") and fcode not in KEEP_CODES:
            continue
        try:
            yield DumpRow(
                geonameid=int(cols[0]),
                name=cols[1].strip(),
                asciiname=cols[2].strip(),
                alternates=tuple(a for a in cols[3].split(",") if a),
                lat=float(cols[4]),
                lon=float(cols[5]),
                fclass=fclass,
                fcode=fcode,
                country_code=cols[8].strip(),
                admin1_code=cols[10].strip(),
                admin2_code=cols[11].strip(),
                population=int(cols[14] or 0),
            )
        except ValueError as exc:
            raise InputError(f"{source}:{number}: unreadable row ({exc})") from None


_LEGACY_ADMIN_CODE = re.compile(r"^\d{1,2}$|^[A-Z]{1,3}$")


NEW_REGION_MARGIN = 0.8
"""A place filed under an old region moves to a newly created one only when the new
region's nearest seat is at most this share of the distance to the old region's nearest
seat. Seats stand for areas of very unequal size (the new region's one seat for a region
as large as the old cercles around it), so near the midpoint the nearer seat is a coin
flip, and there the dump's own code is the better evidence."""


def _moved_to_new_region(
    row: DumpRow,
    own_nearest: tuple[float, float, str],
    new_points: Sequence[tuple[str, tuple[float, float, str]]],
) -> tuple[str, str] | None:
    """(admin1 code, admin2) of a newly created region when its nearest seat is clearly
    closer (:data:`NEW_REGION_MARGIN`) to a place filed under an old region than every seat
    of that old region."""
    if not new_points or not _LEGACY_ADMIN_CODE.match(row.admin1_code):
        return None
    code, point = min(
        new_points, key=lambda cp: plane_distance2(row.lat, row.lon, cp[1][0], cp[1][1])
    )
    own = plane_distance2(row.lat, row.lon, own_nearest[0], own_nearest[1])
    if plane_distance2(row.lat, row.lon, point[0], point[1]) < NEW_REGION_MARGIN**2 * own:
        return code, point[2]
    return None


def plane_distance2(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Squared distance in degrees on a plane scaled by the cosine of the mean latitude: for
    ordering near points only (see :func:`eventfuse.geo.distance.haversine_km` for km)."""
    dlon = (lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    return (lat2 - lat1) ** 2 + dlon**2


_SEAT_RANK = {"PPLC": 0, "PPLA": 1, "PPLA2": 2, "PPLA3": 3, "PPLA4": 4, "PPL": 5}


ADMIN_VOTE_NEIGHBOURS = 25  # populated places that vote on an ADM2's region


ADMIN_VOTE_SHARE = 0.9  # share of them that must agree to move it


def _consistent_admin_codes(rows: Sequence[DumpRow]) -> list[DumpRow]:
    """Move an ADM2 (and the rows coded under it) to the region that the populated places
    around it carry, when most of them agree on another region than its own code: GeoNames
    still files Niger's Tillabéri departments under Niamey's old code while their towns carry
    Tillabéri's. Only between regions with two-digit (long-standing) codes."""
    towns: dict[str, list[tuple[float, float, str]]] = defaultdict(list)
    for row in rows:
        if (
            row.fclass == "P"
            and _LEGACY_ADMIN_CODE.match(row.admin1_code)
            and row.admin1_code != "00"
        ):
            towns[row.country_code].append((row.lat, row.lon, row.admin1_code))
    moved: dict[tuple[str, str, str], str] = {}
    for row in rows:
        if row.fcode != "ADM2" or not _LEGACY_ADMIN_CODE.match(row.admin1_code):
            continue
        around = sorted(
            towns.get(row.country_code, ()),
            key=lambda t: plane_distance2(row.lat, row.lon, t[0], t[1]),
        )[:ADMIN_VOTE_NEIGHBOURS]
        if len(around) < ADMIN_VOTE_NEIGHBOURS:
            continue
        code, votes = Counter(t[2] for t in around).most_common(1)[0]
        if code != row.admin1_code and votes >= ADMIN_VOTE_SHARE * len(around):
            moved[(row.country_code, row.admin1_code, row.admin2_code)] = code
    if not moved:
        return list(rows)
    out: list[DumpRow] = []
    for row in rows:
        target = moved.get((row.country_code, row.admin1_code, row.admin2_code))
        out.append(replace(row, admin1_code=target) if target and row.admin2_code else row)
    return out


def places_from_dumps(rows: Sequence[DumpRow]) -> list[PlaceRow]:
    """Place rows of the dump rows, with admin names and consistent admin codes."""
    rows = _consistent_admin_codes(rows)
    adm1: dict[tuple[str, str], str] = {}
    adm2: dict[tuple[str, str, str], str] = {}
    adm2_points: dict[tuple[str, str], list[tuple[float, float, str]]] = defaultdict(list)
    for row in rows:
        if row.fcode == "ADM1":
            cleaned = clean_admin_name(row.name)
            adm1[(row.country_code, row.admin1_code)] = ADMIN1_NAME_OVERRIDES.get(
                (row.country_code, cleaned), cleaned
            )
    # The seat of an admin2 is the populated place of the same name in the same admin1
    # (Mali's cercles are named after their seats); its point stands for the area better
    # than the ADM2 row's own point, which is sometimes a rough centroid.
    seats: dict[tuple[str, str, str], tuple[int, float, float]] = {}
    for row in rows:
        if row.fclass == "P":
            rank = _SEAT_RANK.get(row.fcode, 9)
            for label in (row.name, row.asciiname, *row.alternates):
                seat_key = (row.country_code, row.admin1_code, name_key(label))
                if seat_key not in seats or rank < seats[seat_key][0]:
                    seats[seat_key] = (rank, row.lat, row.lon)
    for row in rows:
        if row.fcode == "ADM2":
            cleaned = clean_admin_name(row.name)
            adm2[(row.country_code, row.admin1_code, row.admin2_code)] = cleaned
            seat = seats.get((row.country_code, row.admin1_code, name_key(cleaned)))
            lat, lon = (seat[1], seat[2]) if seat else (row.lat, row.lon)
            adm2_points[(row.country_code, row.admin1_code)].append((lat, lon, cleaned))
    new_regions: dict[str, list[tuple[str, tuple[float, float, str]]]] = defaultdict(list)
    for (country, code), points in adm2_points.items():
        if not _LEGACY_ADMIN_CODE.match(code):
            new_regions[country].extend((code, p) for p in points)
    out: list[PlaceRow] = []
    for row in rows:
        admin1_code = row.admin1_code
        admin2 = adm2.get((row.country_code, admin1_code, row.admin2_code))
        approx = 0
        if admin2 is None and row.fcode not in ("ADM1", "PCLI", "PCLD", "PCLF", "PCLS", "PCLIX"):
            own_points = adm2_points.get((row.country_code, admin1_code))
            if own_points and (row.country_code, admin1_code) in adm1:
                near = min(own_points, key=lambda p: plane_distance2(row.lat, row.lon, p[0], p[1]))
                admin2 = near[2]
                approx = 1
                moved = _moved_to_new_region(row, near, new_regions.get(row.country_code, ()))
                if moved is not None:
                    admin1_code, admin2 = moved
        admin1 = adm1.get((row.country_code, admin1_code))
        out.append(
            PlaceRow(
                geonameid=row.geonameid,
                name=row.name,
                lat=row.lat,
                lon=row.lon,
                fclass=row.fclass,
                fcode=row.fcode,
                country_code=row.country_code,
                admin1=admin1,
                admin2=admin2,
                admin2_approx=approx,
                population=row.population,
                source="dump",
            )
        )
    return out
