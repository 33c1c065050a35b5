"""IATA-coded airports of the ``airportsdata`` package (a build-time dependency only)."""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from ..errors import InputError
from ..geo.dumps import PlaceRow, plane_distance2
from ..geo.entries import COUNTRY_CODES, DEMONYM_KIND
from ..geo.normalize import name_key
from ..geo.schema import Collector

_HAS_DIGIT = re.compile(r"\d")


AIRPORT_ID_BASE = -4_000_000  # airports get ids -4,000,001 … in IATA-code order


# Words that say a name is an airport's ("… International Airport", "… Air Base"), left out
# of its short names; and words that are no place's name on their own.
_AIRPORT_WORDS = re.compile(
    r"\s*\b(?:(?:International|Intl|Int'l|Regional|Municipal|Domestic|Metropolitan|Ntl|"
    r"National)\s+)*(?:Airport|Airfield|Aerodrome|Airstrip|Airpark|Air\s+Base|"
    r"Air\s+Force\s+Base|AFB|Heliport|Seaplane\s+Base)\b\s*",
    re.IGNORECASE,
)


_AIRPORT_INTERNATIONAL = re.compile(
    r"\b(?:International|Intl|Int'l|Ntl)\s+(?=Airport\b)", re.IGNORECASE
)


_AIRPORT_GENERIC = frozenset(
    {"international", "internationa", "intl", "regional", "municipal", "national", "domestic",
     "county", "city", "town", "ville", "state", "field", "memorial", "executive", "industrial",
     "general", "aviation", "civil", "military", "joint", "auxiliary", "new", "old", "north",
     "south", "east", "west", "central", "downtown", "island", "lake", "river", "valley",
     "bay", "park", "station", "airport", "base", "harbour", "harbor", "beach", "creek",
     "point", "springs", "hill", "mountain", "port", "air", "army", "naval", "air force",
     "airfield", "heliport", "camp", "glider", "gliderport", "ranch", "farm", "strip",
     "landing", "club", "terminal", "skypark"}
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Airport:
    """One airport of the ``airportsdata`` package (IATA-coded, OurAirports data)."""

    iata: str
    name: str
    city: str
    subdivision: str
    country_code: str
    lat: float
    lon: float


def read_airports() -> list[Airport]:
    """IATA-coded airports from the ``airportsdata`` package (MIT; a build-time dependency
    only), sorted by IATA code. Raises InputError naming the package when it is missing."""
    try:  # imported here: an optional build-time dependency (tests stub it out)
        import airportsdata
    except ImportError as exc:
        raise InputError(
            "the airport list (the airportsdata package) is missing",
            hint="pip install airportsdata (a build-time dependency), or build with "
            "airports=False (scripts/build_gazetteer.py --no-airports)",
            code="EF112",
        ) from exc
    out: list[Airport] = []
    for iata, row in sorted(airportsdata.load("IATA").items()):
        name = str(row.get("name") or "").strip()
        country = str(row.get("country") or "").strip().upper()
        if not iata or not name or len(country) != 2:
            continue
        out.append(
            Airport(
                iata=str(iata),
                name=name,
                city=str(row.get("city") or "").strip(),
                subdivision=str(row.get("subd") or "").strip(),
                country_code=country,
                lat=round(float(row["lat"]), 5),
                lon=round(float(row["lon"]), 5),
            )
        )
    return out


def airport_names(name: str, city: str = "") -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Other names of an airport as news writes them: (names that still say "airport",
    bare names). The city in front is left out and "International Airport" shortened
    ("Washington Dulles International Airport" → "Dulles International Airport",
    "Dulles Airport"; bare "Dulles"; "Amsterdam Airport Schiphol" → "Schiphol"). A bare
    name is never the city's own name, a generic word, nor under four letters. Codes
    (IATA, ICAO) are never names: they are common words and places' abbreviations."""
    forms = [name]
    city_key = name_key(city) if city else ""
    if city_key:
        for sep in (" ", "-", "/"):
            if name.lower().startswith(city.lower() + sep):
                rest = name[len(city) + 1 :].strip(" -/")
                if rest and name_key(rest) != city_key:
                    forms.append(rest)
                break
    with_word: list[str] = []
    bare: list[str] = []
    for form in forms:
        stripped = re.sub(r"\s+", " ", _AIRPORT_WORDS.sub(" ", form)).strip(" -/,")
        key = name_key(stripped)
        if len(key) < 3 or key in _AIRPORT_GENERIC:
            continue  # "International Airport": nothing left that names this one
        short = _AIRPORT_INTERNATIONAL.sub("", form).strip()
        for candidate in (form, short):
            if _AIRPORT_WORDS.search(candidate) and candidate != name:
                with_word.append(candidate)
        if (
            len(key) >= 4
            and key != city_key
            and not _HAS_DIGIT.search(stripped)
            and "(" not in stripped
            and "/" not in stripped
        ):
            bare.append(stripped)
    keep = [f for f in dict.fromkeys(with_word) if name_key(f) != name_key(name)]
    words_of = {name_key(f) for f in [name, *keep]}
    return tuple(keep), tuple(b for b in dict.fromkeys(bare) if name_key(b) not in words_of)


AIRPORT_TOWN_KM = 50.0  # a town of the airport's bare name this close is what it is named after


def _names_airport(place: PlaceRow, airport: Airport) -> bool:
    """The place owns the airport's bare name: a country or first-level area anywhere, a
    town or smaller area near the airport."""
    if place.fcode in COUNTRY_CODES or place.fcode == "ADM1" or not place.country_code:
        return True
    limit = (AIRPORT_TOWN_KM / 111.2) ** 2
    return plane_distance2(place.lat, place.lon, airport.lat, airport.lon) <= limit


def add_airports(
    collector: Collector, airports: Sequence[Airport], dump_countries: set[str]
) -> int:
    """Airports (class S, code AIRP) of the countries without a dump (whose dumps hold
    their own airports), at their runway reference point, with their first-level area
    (the airport's own subdivision when the gazetteer has an area of that name, else that of
    the nearest world town within about 100 km). Names: the full name (kind 0), shortened
    names that still say "airport" (kind 1) and bare names (kind 2, "Heathrow"), a bare name
    only when no country or first-level area bears it and no populated place or smaller
    area of that name lies within ``AIRPORT_TOWN_KM``: an airport named after its town never
    stands for the town. No name is offered to the entity ruler."""
    taken: dict[str, list[PlaceRow]] = defaultdict(list)
    admin1: dict[tuple[str, str], str] = {}
    towns: dict[tuple[str, int, int], list[PlaceRow]] = defaultdict(list)
    for place in collector.places.values():
        if place.fclass in ("P", "A"):
            if place.fcode == "ADM1" and place.admin1:
                admin1[(place.country_code, name_key(place.name))] = place.admin1
            if place.fclass == "P" and place.admin1 and place.source == "world":
                towns[(place.country_code, math.floor(place.lat), math.floor(place.lon))].append(
                    place
                )
    for (key, geonameid), kind in sorted(collector.names.items()):
        owner = collector.places.get(geonameid)
        if owner is not None and owner.fclass in ("P", "A") and kind < DEMONYM_KIND:
            taken[key].append(owner)
    added = 0
    for number, airport in enumerate(airports, start=1):
        if airport.country_code in dump_countries:
            continue
        area = admin1.get((airport.country_code, name_key(airport.subdivision)))
        if area is None:
            nearest: tuple[float, str] | None = None
            for dlat in (-1, 0, 1):
                for dlon in (-1, 0, 1):
                    cell = (
                        airport.country_code,
                        math.floor(airport.lat) + dlat,
                        math.floor(airport.lon) + dlon,
                    )
                    for town in towns.get(cell, ()):
                        d2 = plane_distance2(airport.lat, airport.lon, town.lat, town.lon)
                        if nearest is None or d2 < nearest[0]:
                            nearest = (d2, str(town.admin1))
            if nearest is not None and nearest[0] <= 1.0:
                area = nearest[1]
        geonameid = AIRPORT_ID_BASE - number
        place = PlaceRow(
            geonameid=geonameid,
            name=airport.name,
            lat=airport.lat,
            lon=airport.lon,
            fclass="S",
            fcode="AIRP",
            country_code=airport.country_code,
            admin1=area,
            admin2=None,
            admin2_approx=0,
            population=0,
            source="world",
        )
        if not collector.add_place(place):
            continue
        added += 1
        collector.add_name(airport.name, geonameid, 0, ruler=False)
        with_word, bare = airport_names(airport.name, airport.city)
        for other in with_word:
            collector.add_name(other, geonameid, 1, ruler=False)
        for other in bare:
            if not any(_names_airport(place, airport) for place in taken.get(name_key(other), ())):
                collector.add_name(other, geonameid, 2, ruler=False)
    return added
