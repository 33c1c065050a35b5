"""Oceans, seas, gulfs, deserts and macro-regions from ``data/world_features.tsv``."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from ..geo.countries import Country
from ..geo.dumps import PlaceRow
from ..geo.entries import DEMONYM_KIND
from ..geo.normalize import name_key
from ..geo.schema import Collector

WORLD_FEATURES_FILE = Path(__file__).resolve().parents[1] / "data" / "world_features.tsv"


WORLD_FEATURE_ID_BASE = -3_000_000  # world features get ids -3,000,001 … in file order


_WORLD_FEATURE_COLUMNS = (
    "name", "other_names", "demonyms", "fclass", "fcode", "lat", "lon", "members", "source",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class WorldFeature:
    """One row of ``world_features.tsv``: a sea, desert or macro-region."""

    name: str
    other_names: tuple[str, ...]
    demonyms: tuple[str, ...]
    fclass: str
    fcode: str
    lat: float | None
    lon: float | None
    members: tuple[str, ...]  # ISO alpha-2 codes of countries, or "CC:Name" admin1 areas
    source: str


def read_world_features(path: str | Path | None = None) -> list[WorldFeature]:
    """The rows of a world-features table (default: the one shipped in ``eventfuse/data``).

    Tab-separated with a header row; ``#`` lines are comments. A row needs either both
    ``lat`` and ``lon`` or ``members``."""
    source = Path(path) if path is not None else WORLD_FEATURES_FILE
    if not source.is_file():
        raise InputError(
            f"world features table {source} does not exist",
            hint="restore src/eventfuse/data/world_features.tsv from the repository",
            code="EF112",
        )
    lines = [
        line.rstrip("\n")
        for line in source.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    if not lines or tuple(lines[0].split("\t")) != _WORLD_FEATURE_COLUMNS:
        raise InputError(
            f"{source}: the header must be {' / '.join(_WORLD_FEATURE_COLUMNS)}",
            hint="keep the column order of the shipped world_features.tsv",
        )
    out: list[WorldFeature] = []
    for number, line in enumerate(lines[1:], start=2):
        cols = line.split("\t")
        if len(cols) != len(_WORLD_FEATURE_COLUMNS):
            raise InputError(
                f"{source}: row {number} has {len(cols)} columns, "
                f"expected {len(_WORLD_FEATURE_COLUMNS)}",
                hint="separate the columns with single tabs; leave empty ones empty",
            )
        name, others, demonyms, fclass, fcode, lat, lon, members, note = (c.strip() for c in cols)
        try:
            lat_f = float(lat) if lat else None
            lon_f = float(lon) if lon else None
        except ValueError:
            raise InputError(f"{source}: row {number}: unreadable lat/lon") from None
        codes = tuple(m.strip() for m in members.split("|") if m.strip())
        if not name or not fclass or not fcode or ((lat_f is None or lon_f is None) and not codes):
            raise InputError(
                f"{source}: row {number} ({name or 'no name'}) needs a name, fclass, fcode "
                "and either lat and lon or members",
                hint="see the column notes at the top of the file",
            )
        out.append(
            WorldFeature(
                name=name,
                other_names=tuple(n.strip() for n in others.split("|") if n.strip()),
                demonyms=tuple(d.strip() for d in demonyms.split("|") if d.strip()),
                fclass=fclass,
                fcode=fcode,
                lat=lat_f,
                lon=lon_f,
                members=codes,
                source=note,
            )
        )
    return out


def region_point(
    members: Sequence[tuple[float, float, float]],
) -> tuple[float, float] | None:
    """The weighted mean of (lat, lon, weight) points, taken on the sphere (so a region
    across the antimeridian is placed between its members); None without weight."""
    x = y = z = 0.0
    for lat, lon, weight in members:
        if weight <= 0:
            continue
        phi, lam = math.radians(lat), math.radians(lon)
        x += weight * math.cos(phi) * math.cos(lam)
        y += weight * math.cos(phi) * math.sin(lam)
        z += weight * math.sin(phi)
    if x == y == z == 0.0:
        return None
    lat = math.degrees(math.atan2(z, math.hypot(x, y)))
    lon = math.degrees(math.atan2(y, x))
    return round(lat, 5), round(lon, 5)


def add_world_features(
    collector: Collector,
    features: Sequence[WorldFeature],
    countries: dict[str, Country],
    country_places: dict[str, PlaceRow],
) -> int:
    """Seas, deserts and macro-regions. A region made of countries is placed at the
    area-weighted mean of their points, counts their people and belongs to no country; one
    made of first-level areas ("US:Oregon") at the plain mean of their points, in their
    country. Features whose members are missing from the build are left out. Their names
    resolve but are not offered to the entity ruler: a sea or a macro-region is seldom the
    place of an event, and the NER model finds such names itself."""
    admin1 = {
        (p.country_code, name_key(p.name)): p
        for p in sorted(collector.places.values(), key=lambda p: p.geonameid)
        if p.fcode == "ADM1" and p.source == "world"
    }
    added = 0
    for number, feature in enumerate(features, start=1):
        geonameid = WORLD_FEATURE_ID_BASE - number
        population, country = 0, ""
        lat, lon = feature.lat, feature.lon
        areas = [m.split(":", 1) for m in feature.members if ":" in m]
        if areas:
            found = [admin1.get((code, name_key(name))) for code, name in areas]
            parts = [p for p in found if p is not None]
            if len(parts) != len(areas):
                continue
            population = sum(p.population for p in parts)
            codes = {p.country_code for p in parts}
            country = codes.pop() if len(codes) == 1 else ""
            if lat is None or lon is None:
                point = region_point([(p.lat, p.lon, 1.0) for p in parts])
                if point is None:
                    continue
                lat, lon = point
        elif feature.members:
            known = [
                (country_places[c], countries[c])
                for c in feature.members
                if c in country_places and c in countries
            ]
            population = sum(info.population for _, info in known)
            if lat is None or lon is None:
                point = region_point([(p.lat, p.lon, info.area_km2) for p, info in known])
                if point is None:
                    continue
                lat, lon = point
        if lat is None or lon is None:
            continue
        place = PlaceRow(
            geonameid=geonameid,
            name=feature.name,
            lat=lat,
            lon=lon,
            fclass=feature.fclass,
            fcode=feature.fcode,
            country_code=country,
            admin1=None,
            admin2=None,
            admin2_approx=0,
            population=population,
            source="world",
        )
        if not collector.add_place(place):
            continue
        added += 1
        collector.add_name(feature.name, geonameid, 0, ruler=False)
        for other in feature.other_names:
            collector.add_name(other, geonameid, 1, ruler=False)
        for demonym in feature.demonyms:
            collector.add_name(demonym, geonameid, DEMONYM_KIND, ruler=False)
    return added
