"""Gazetteer records: a place (:class:`GazetteerEntry`), a place found for a name
(:class:`Candidate`), a country's row, and the context-free prior that orders homonyms."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

# Feature weights used to order homonyms (capital > admin seat > village > well …).
FEATURE_WEIGHT: dict[str, float] = {
    "PCLI": 3.0, "PCLD": 2.5, "PCLF": 2.5, "PCLS": 2.5, "PCLIX": 2.5, "PCL": 2.5,
    "PPLC": 3.0, "PPLA": 2.5, "PPLA2": 2.0, "PPLA3": 1.6, "PPLA4": 1.4, "PPLG": 2.0,
    "PPL": 1.0, "PPLL": 0.8, "PPLX": 0.9, "PPLS": 0.8, "PPLF": 0.6, "PPLQ": 0.3, "PPLW": 0.3,
    "PPLH": 0.2, "ADM1": 2.2, "ADM2": 1.7, "ADM3": 1.2, "ADM4": 1.0, "ADMD": 1.0,
    "CONT": 3.0, "OCN": 3.0, "SEA": 2.5, "GULF": 2.2, "STRT": 2.0, "PCLH": 2.0,
}  # fmt: skip


CLASS_WEIGHT: dict[str, float] = {"P": 0.9, "A": 1.0}


OTHER_WEIGHT = 0.4


COUNTRY_CODES = frozenset({"PCLI", "PCLD", "PCLF", "PCLS", "PCLIX", "PCL"})


DEMONYM_KIND = 3  # names.kind of a demonym ("Malian" → Mali)


WORLD_FEATURE_CODES = frozenset({"CONT", "OCN", "SEA", "GULF", "STRT", "PCLH"})


WORLD_REGION_CODES = frozenset({"RGN", "DSRT", "PEN"})  # ... when of no country or a big one


WORLD_REGION_POPULATION = 1_000_000


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    """One gazetteer place."""

    geonameid: int
    name: str
    lat: float
    lon: float
    feature_class: str
    feature_code: str
    country: str
    country_code: str
    admin1: str | None
    admin2: str | None
    population: int
    from_user: bool = False  # found in the user gazetteer (the user's own place data)

    @property
    def is_country(self) -> bool:
        return self.feature_code in COUNTRY_CODES

    @property
    def is_admin(self) -> bool:
        """An administrative area below the country (region, cercle, commune …)."""
        return self.feature_class == "A" and not self.is_country

    @property
    def is_populated(self) -> bool:
        return self.feature_class == "P"

    @property
    def admin_level(self) -> int | None:
        """0 country, 1 region, 2 cercle/province/department, 3 commune; None for a point."""
        if self.is_country:
            return 0
        if self.feature_code.startswith("ADM") and self.feature_code[3:4].isdigit():
            return int(self.feature_code[3])
        return None


@dataclass(frozen=True, slots=True)
class Candidate:
    """A gazetteer entry found for a name, with how it was found."""

    entry: GazetteerEntry
    match: Literal["exact", "fuzzy"]
    similarity: float  # 100 for an exact key match
    name_kind: int  # 0 the entry's own name, 1 alias/admin short name, 2 alternate name
    key: str  # the gazetteer key that matched


@dataclass(frozen=True, slots=True)
class CountryInfo:
    code: str
    iso3: str | None
    name: str
    geonameid: int | None
    capital: str | None
    lat: float | None
    lon: float | None


def feature_weight(entry: GazetteerEntry) -> float:
    """The weight of an entry's feature type (capital > admin seat > village > well …)."""
    return FEATURE_WEIGHT.get(
        entry.feature_code, CLASS_WEIGHT.get(entry.feature_class, OTHER_WEIGHT)
    )


def population_term(entry: GazetteerEntry) -> float:
    """The log-population part of the prior: an admin area's population counts less, so
    that "Tombouctou" is the town before the region; a country counts its people like a
    town ("Mexico" the country before its capital)."""
    factor = 0.1 if entry.feature_class == "A" and not entry.is_country else 0.35
    return factor * math.log10(entry.population + 1)


def prior_score(entry: GazetteerEntry) -> float:
    """Context-free plausibility of an entry: feature type plus log population
    (:func:`feature_weight` + :func:`population_term`)."""
    return feature_weight(entry) + population_term(entry)


def is_world_feature(entry: GazetteerEntry) -> bool:
    """A sea, an ocean, a continent, a former state or a macro-region ("the Middle East",
    "the Midwest"): a name that means the feature before any small town that bears it."""
    if entry.feature_code in WORLD_FEATURE_CODES:
        return True
    return entry.feature_code in WORLD_REGION_CODES and (
        not entry.country_code or entry.population >= WORLD_REGION_POPULATION
    )
