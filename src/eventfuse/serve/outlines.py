"""Country outlines for the offline map, built from the GeoJSON that ``countryinfo`` ships."""

from __future__ import annotations

import functools
import json
from typing import Any


def _round(coords: Any, digits: int) -> Any:
    if isinstance(coords, (int, float)):
        return round(float(coords), digits)
    return [_round(c, digits) for c in coords]


def _thin(ring: list[list[float]]) -> list[list[float]]:
    """Drop consecutive duplicate points (left by rounding); keep the ring closed."""
    out: list[list[float]] = []
    for point in ring:
        if not out or point != out[-1]:
            out.append(point)
    if len(out) >= 2 and out[0] != out[-1]:
        out.append(out[0])
    return out


def _geometry(geometry: dict[str, Any], digits: int) -> dict[str, Any] | None:
    kind = geometry.get("type")
    coords = geometry.get("coordinates")
    if kind == "Polygon" and isinstance(coords, list):
        rings = [_thin(r) for r in _round(coords, digits)]
        rings = [r for r in rings if len(r) >= 4]
        return {"type": "Polygon", "coordinates": rings} if rings else None
    if kind == "MultiPolygon" and isinstance(coords, list):
        polygons = []
        for polygon in _round(coords, digits):
            rings = [r for r in (_thin(r) for r in polygon) if len(r) >= 4]
            if rings:
                polygons.append(rings)
        return {"type": "MultiPolygon", "coordinates": polygons} if polygons else None
    return None


def build_outlines(*, digits: int = 3) -> dict[str, Any]:
    """A GeoJSON FeatureCollection of country outlines (``id`` ISO alpha-3, ``name``,
    ``label_at`` [lat, lon] where the name goes),
    coordinates rounded to ``digits`` decimals. Raises ``ImportError`` without countryinfo."""
    # imported here so that a missing countryinfo (an ImportError) leaves an empty map outline
    from countryinfo import CountryInfo

    features: list[dict[str, Any]] = []
    for key, info in sorted(CountryInfo.all().items()):
        collection = info.get("geoJSON") or {}
        for feature in collection.get("features", []) if isinstance(collection, dict) else []:
            geometry = _geometry(feature.get("geometry") or {}, digits)
            if geometry is None:
                continue
            iso = (info.get("ISO") or {}).get("alpha3") or feature.get("id") or key
            properties: dict[str, Any] = {"name": str(info.get("name") or key)}
            centre = info.get("latlng")
            if isinstance(centre, list) and len(centre) == 2:
                properties["label_at"] = [round(float(c), 3) for c in centre]  # [lat, lon]
            features.append(
                {"type": "Feature", "id": str(iso), "properties": properties,
                 "geometry": geometry}
            )
    features.sort(key=lambda f: str(f["id"]))
    return {"type": "FeatureCollection", "features": features}


@functools.lru_cache(maxsize=1)
def outlines_json() -> bytes:
    """The outlines as compact JSON bytes (built once per process); an empty collection when
    countryinfo is not installed, so the map still works (without outlines)."""
    try:
        data = build_outlines()
    except ImportError:
        data = {"type": "FeatureCollection", "features": []}
    return json.dumps(data, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
