"""Bounding boxes written as text: ``west,south,east,north`` in degrees (GeoJSON order)."""

from __future__ import annotations

import math

BBox = tuple[float, float, float, float]


class BBoxError(ValueError):
    """The text is not a usable bounding box; ``str(error)`` says why, ``out_of_range`` whether
    it was four numbers outside the globe."""

    def __init__(self, message: str, *, out_of_range: bool = False) -> None:
        super().__init__(message)
        self.out_of_range = out_of_range


def parse_bbox(text: str, *, check_range: bool = True) -> BBox:
    """Four comma-separated numbers ``west,south,east,north``; west > east crosses 180°.

    With ``check_range`` the numbers must also be finite, longitudes in [-180, 180] and
    latitudes in [-90, 90] with south <= north. Raises :class:`BBoxError`.
    """
    try:
        values = tuple(float(p) for p in text.split(","))
    except ValueError:
        values = ()
    if len(values) != 4 or (check_range and not all(math.isfinite(v) for v in values)):
        raise BBoxError(f"bbox must be four numbers, got {text!r}")
    west, south, east, north = values
    if check_range and not (
        -180 <= west <= 180 and -180 <= east <= 180 and -90 <= south <= north <= 90
    ):
        raise BBoxError(f"bbox out of range: {text!r}", out_of_range=True)
    return west, south, east, north
