"""What the other names of a story offer each toponym: anchors (the likeliest point of each
other name) and partners (every acceptable point of each other name), with the distances
the scorer asks for computed once per point, not once per mention.

A story names few distinct places however long it is, but may name them thousands of
times. The scorer asks, for each candidate of each mention, how far the nearest anchor
of the *other* names lies, and whether a reading of another name lies close by. Asked of
a plain list, that is one distance per anchor per candidate per mention: quadratic in the
article's length. :class:`Support` keeps, per point, the two nearest anchors of distinct
names and the names that have a reading close by, so that each answer for "every name but
this one" is exact (the same floats the plain list gives) and each point costs one pass
over the anchors, whatever the number of mentions.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping, Sequence
from typing import overload

from .distance import haversine_km
from .entries import GazetteerEntry

_Point = tuple[float, float]


class Support:
    """The anchors and readings of a story's names (name key -> likeliest point, or None;
    name key -> acceptable points), with distances cached per point."""

    def __init__(
        self,
        first: Mapping[str, GazetteerEntry | None],
        readings: Mapping[str, Sequence[GazetteerEntry]],
    ) -> None:
        self.first = dict(first)
        self.readings = {key: tuple(found) for key, found in readings.items()}
        self._anchors = [(key, e) for key, e in self.first.items() if e is not None]
        self._partners = [(key, e) for key, found in self.readings.items() for e in found]
        # point -> ((km, key) of the nearest anchor, km of the nearest anchor of another name)
        self._nearest: dict[_Point, tuple[float, str | None, float]] = {}
        # (geonameid, point, km) -> names with a reading that close (at most two kept)
        self._close: dict[tuple[int, _Point, float], tuple[str, ...]] = {}
        self._views: dict[str, AnchorView] = {}
        self._partner_views: dict[str, PartnerView] = {}

    def anchors(self, key: str) -> AnchorView:
        """The anchors of every name but ``key``."""
        view = self._views.get(key)
        if view is None:
            view = self._views[key] = AnchorView(self, key)
        return view

    def partners(self, key: str) -> PartnerView:
        """The readings of every name but ``key``."""
        view = self._partner_views.get(key)
        if view is None:
            view = self._partner_views[key] = PartnerView(self, key)
        return view

    def anchor_count(self, key: str) -> int:
        return len(self._anchors) - (self.first.get(key) is not None)

    def nearest_km(self, lat: float, lon: float, key: str) -> float:
        """Distance to the nearest anchor of a name other than ``key`` (inf when none)."""
        point = (lat, lon)
        found = self._nearest.get(point)
        if found is None:
            best, best_key, second = math.inf, None, math.inf
            for other, anchor in self._anchors:
                km = haversine_km(lat, lon, anchor.lat, anchor.lon)
                if km < best:
                    best, best_key, second = km, other, best
                elif km < second:
                    second = km
            found = self._nearest[point] = (best, best_key, second)
        best, best_key, second = found
        # each name has one anchor: excluding it leaves the runner-up
        return second if best_key == key else best

    def other_reading_within(self, entry: GazetteerEntry, km: float, key: str) -> bool:
        """Some reading of a name other than ``key``, not the entry itself, lies within
        ``km`` of the entry."""
        point = (entry.lat, entry.lon)
        slot = (entry.geonameid, point, km)
        names = self._close.get(slot)
        if names is None:
            found: list[str] = []
            for other, reading in self._partners:
                if other in found or reading.geonameid == entry.geonameid:
                    continue
                if haversine_km(entry.lat, entry.lon, reading.lat, reading.lon) <= km:
                    found.append(other)
                    if len(found) == 2:
                        break  # excluding one name still leaves one
            names = self._close[slot] = tuple(found)
        return any(name != key for name in names)


class AnchorView(Sequence[GazetteerEntry]):
    """The anchors of every name of a story but one, as the scorer sees them."""

    def __init__(self, support: Support, key: str) -> None:
        self.support = support
        self.key = key
        self._items: tuple[GazetteerEntry, ...] | None = None

    def _entries(self) -> tuple[GazetteerEntry, ...]:
        if self._items is None:
            self._items = tuple(e for k, e in self.support._anchors if k != self.key)
        return self._items

    def __len__(self) -> int:
        return self.support.anchor_count(self.key)

    @overload
    def __getitem__(self, index: int) -> GazetteerEntry: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[GazetteerEntry]: ...
    def __getitem__(self, index: int | slice) -> GazetteerEntry | Sequence[GazetteerEntry]:
        return self._entries()[index]

    def __iter__(self) -> Iterator[GazetteerEntry]:
        return iter(self._entries())


class PartnerView(Sequence[GazetteerEntry]):
    """The readings of every name of a story but one."""

    def __init__(self, support: Support, key: str) -> None:
        self.support = support
        self.key = key
        self._items: tuple[GazetteerEntry, ...] | None = None

    def _entries(self) -> tuple[GazetteerEntry, ...]:
        if self._items is None:
            self._items = tuple(e for k, e in self.support._partners if k != self.key)
        return self._items

    def __len__(self) -> int:
        return len(self._entries())

    @overload
    def __getitem__(self, index: int) -> GazetteerEntry: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[GazetteerEntry]: ...
    def __getitem__(self, index: int | slice) -> GazetteerEntry | Sequence[GazetteerEntry]:
        return self._entries()[index]

    def __iter__(self) -> Iterator[GazetteerEntry]:
        return iter(self._entries())


def nearest_km(anchors: Sequence[GazetteerEntry], entry: GazetteerEntry) -> float:
    """Distance from the entry to the nearest anchor (inf when there is none)."""
    if isinstance(anchors, AnchorView):
        return anchors.support.nearest_km(entry.lat, entry.lon, anchors.key)
    return min(
        (haversine_km(entry.lat, entry.lon, a.lat, a.lon) for a in anchors), default=math.inf
    )


def other_within(partners: Sequence[GazetteerEntry], entry: GazetteerEntry, km: float) -> bool:
    """Some partner other than the entry itself (another geonameid) lies within ``km``."""
    if isinstance(partners, PartnerView):
        return partners.support.other_reading_within(entry, km, partners.key)
    return any(
        other.geonameid != entry.geonameid
        and haversine_km(entry.lat, entry.lon, other.lat, other.lon) <= km
        for other in partners
    )
