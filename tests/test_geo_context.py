"""Toponym resolution in context: country focus, admin areas named in the text, world places.

Every place below is invented (names and points) and lives in a small gazetteer written by
the fixture, so that each test controls the homonyms it is about.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import pytest
from invented_places import mentions, new_gazetteer

from eventfuse.geo import (
    Gazetteer,
    ResolvedMention,
    resolve_mentions,
    resolve_place,
)
from eventfuse.geo.gazetteer import is_world_feature
from eventfuse.geo.normalize import name_key

# (id, name, lat, lon, class, code, country, admin1, admin2, population, other names)
# other names: (name, kind) with kind 1 an alias, 3 a demonym.
_Row = tuple[int, str, float, float, str, str, str, str | None, str | None, int, tuple]
PLACES: list[_Row] = [
    # countries
    (1, "Burkina Faso", 12.5, -1.7, "A", "PCLI", "BF", None, None, 20_000_000, ()),
    (2, "Niger", 17.0, 9.0, "A", "PCLI", "NE", None, None, 22_000_000, ()),
    (3, "Belgium", 50.6, 4.6, "A", "PCLI", "BE", None, None, 11_000_000, ()),
    (4, "United States", 39.8, -98.5, "A", "PCLI", "US", None, None, 327_000_000, ()),
    (5, "Norway", 61.0, 9.0, "A", "PCLI", "NO", None, None, 5_300_000, (("Norwegian", 3),)),
    (6, "Cameroon", 5.7, 12.7, "A", "PCLI", "CM", None, None, 25_000_000, ()),
    # a detailed (dump) country: a region, a province and its seat, villages
    (10, "Région du Nord", 13.6, -2.4, "A", "ADM1", "BF", "Nord", None, 0, (("Nord", 1),)),
    (11, "Province du Tarmoun", 13.5, -2.3, "A", "ADM2", "BF", "Nord", "Tarmoun", 0,
     (("Tarmoun", 1),)),
    (12, "Solgo", 13.55, -2.35, "P", "PPLA2", "BF", "Nord", "Tarmoun", 0, ()),
    (13, "Sorvena", 13.3, -2.1, "P", "PPL", "BF", "Nord", "Tarmoun", 0, ()),
    (14, "Région du Vurga", 14.4, -0.6, "A", "ADM1", "BF", "Vurga", None, 0, (("Vurga", 1),)),
    (15, "Vurga", 14.3, -0.5, "P", "PPLA", "BF", "Vurga", None, 0, ()),
    (16, "Région du Delo", 10.8, -3.2, "A", "ADM1", "BF", "Delo", None, 0, (("Delo", 1),)),
    (17, "Région du Kimbe", 12.0, 1.1, "A", "ADM1", "BF", "Kimbe", None, 0, (("Kimbe", 1),)),
    # the same names abroad, as small villages
    (20, "Sorvena", 50.4, 4.4, "P", "PPL", "BE", "Flandria", None, 6_000, ()),
    (21, "Kelvane", 50.5, 3.9, "P", "PPL", "BE", "Flandria", None, 7_000, ()),
    (22, "Brelle", 50.9, 3.5, "P", "PPL", "BE", "Flandria", None, 7_000, ()),
    (23, "Flandria", 50.8, 3.7, "A", "ADM1", "BE", "Flandria", None, 6_000_000, ()),
    (24, "Corvale", 51.0, 4.0, "P", "PPL", "BE", "Flandria", None, 250_000, ()),
    (25, "Corvale", 60.0, 10.0, "P", "PPL", "NO", None, None, 900, ()),
    # first-level areas and towns of a world country
    (30, "Wexmoor", 44.0, -120.0, "A", "ADM1", "US", "Wexmoor", None, 4_000_000, ()),
    (31, "Dalric", 33.0, -86.0, "A", "ADM1", "US", "Dalric", None, 5_000_000, ()),
    (32, "Linden", 44.2, -121.0, "P", "PPL", "US", "Wexmoor", None, 30_000, ()),
    (33, "Linden", 33.2, -86.5, "P", "PPL", "US", "Dalric", None, 36_000, ()),
    (34, "Pellton", 45.0, -93.0, "P", "PPL", "US", "Dalric", None, 20_000, ()),
    (35, "Marbury", 34.0, -84.0, "P", "PPL", "US", "Dalric", None, 500_000, ()),
    (36, "Marbury", 41.0, -85.0, "P", "PPL", "US", "Dalric", None, 800, ()),
    (37, "Norwegian", 40.0, -76.0, "P", "PPL", "US", "Dalric", None, 2_000, ()),
    (38, "Arctic County", 47.0, -100.0, "A", "ADM2", "US", "Dalric", "Arctic", 50_000,
     (("Arctic", 1),)),
    (39, "Arctic", 46.0, -99.0, "P", "PPL", "US", "Dalric", None, 300, ()),
    (40, "West", 5.5, 10.4, "A", "ADM1", "CM", "West", None, 2_000_000, ()),
    # a world feature (an ocean: no country)
    (50, "Arctic Ocean", 90.0, 0.0, "H", "OCN", "", None, None, 0, (("Arctic", 1),)),
]  # fmt: skip
CAPITALS = {"BF": "Solgo"}


@pytest.fixture(scope="module")
def gaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    path: Path = tmp_path_factory.mktemp("ctx") / "context.sqlite"
    conn = new_gazetteer(path)
    for gid, name, lat, lon, fclass, fcode, cc, a1, a2, pop, others in PLACES:
        conn.execute(
            "INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,0,?,?)",
            (gid, name, round(lat * 1e5), round(lon * 1e5), fclass, fcode, cc, a1, a2, pop,
             "dump" if cc in ("BF", "NE") else "world"),
        )  # fmt: skip
        conn.execute("INSERT OR IGNORE INTO names VALUES (?,?,0)", (name_key(name), gid))
        for other, kind in others:
            conn.execute("INSERT OR IGNORE INTO names VALUES (?,?,?)", (name_key(other), gid, kind))
        if fcode == "PCLI":
            conn.execute(
                "INSERT INTO countries VALUES (?,?,?,?,?,?,?,?)",
                (cc, None, name, gid, CAPITALS.get(cc), lat, lon, pop),
            )
    conn.execute("INSERT INTO meta VALUES ('dump_countries', ?)", (json.dumps(["BF", "NE"]),))
    conn.commit()
    conn.close()
    return Gazetteer.open(path)


def resolve(
    gaz: Gazetteer, text: str, names: Sequence[str], lang: str = "en"
) -> list[ResolvedMention]:
    found = mentions(text, names, lang)
    return resolve_mentions(found, found, gazetteer=gaz, document_default=False)


# ------------------------------------------------------------------ country focus
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Gunmen attacked the village of Sorvena on Monday."),
        ("fr", "Des hommes armés ont attaqué le village de Sorvena lundi."),
    ],
)
def test_village_of_a_detailed_country_beats_a_small_one_abroad(
    gaz: Gazetteer, lang: str, text: str
) -> None:
    event = mentions(text, ["Sorvena"], lang)
    place = resolve_place(event, event, gazetteer=gaz)
    assert place is not None
    assert (place.country, place.admin1, place.geo_precision) == ("Burkina Faso", "Nord", 1)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Gunmen burned the school of Kelvane (Kelvane, Tarmoun) on Sunday."),
        ("fr", "Des hommes armés ont incendié l'école de Kelvane (Kelvane, Tarmoun) dimanche."),
    ],
)
def test_admin_areas_written_after_a_place_name_its_country(
    gaz: Gazetteer, lang: str, text: str
) -> None:
    """The only "Kelvane" the gazetteer knows is a Belgian village, but the areas written
    after it are Burkina Faso's: the event is coded at the written province (precision 2)."""
    found = mentions(text, ["Kelvane", "Kelvane", "Tarmoun"], lang)
    place = resolve_place(found[:1], found, gazetteer=gaz)
    assert place is not None
    assert (place.country, place.admin1, place.admin2) == ("Burkina Faso", "Nord", "Tarmoun")
    assert place.geo_precision == 2
    assert place.mention == "Kelvane"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Officials in Wexmoor said a warehouse in Linden burned."),
        ("fr", "Les autorités du Wexmoor ont dit qu'un entrepôt avait brûlé à Linden."),
    ],
)
def test_a_first_level_area_named_plainly_is_containment_evidence(
    gaz: Gazetteer, lang: str, text: str
) -> None:
    linden = resolve(gaz, text, ["Wexmoor", "Linden"], lang)[1].entry
    assert linden is not None and linden.admin1 == "Wexmoor"


def test_without_the_area_the_bigger_homonym_wins(gaz: Gazetteer) -> None:
    linden = resolve(
        gaz, "A warehouse in Linden burned, Pellton police said.", ["Linden", "Pellton"]
    )
    assert linden[0].entry is not None and linden[0].entry.admin1 == "Dalric"


def test_far_story_place_does_not_pull_a_city_to_a_small_homonym(gaz: Gazetteer) -> None:
    text = "Pellton police said the suspect was arrested in Marbury."
    marbury = resolve(gaz, text, ["Pellton", "Marbury"])[1].entry
    assert marbury is not None and marbury.population == 500_000


def test_small_place_abroad_counts_when_its_region_is_named(gaz: Gazetteer) -> None:
    base = "Burkina Faso and Burkina Faso again. Officials went to Brelle"
    alone = resolve(gaz, base + ".", ["Burkina Faso", "Burkina Faso", "Brelle"])
    assert alone[2].entry is None  # a small Belgian homonym in a story about Burkina Faso
    named = resolve(
        gaz, base + " in Flandria.", ["Burkina Faso", "Burkina Faso", "Brelle", "Flandria"]
    )
    assert named[2].entry is not None and named[2].entry.country_code == "BE"


# ------------------------------------------------------------------ world names
def test_demonym_means_the_country_not_a_town_of_that_name(gaz: Gazetteer) -> None:
    found = resolve(gaz, "Norwegian officials met in Pellton.", ["Norwegian", "Pellton"])
    assert found[0].entry is not None and found[0].entry.is_country
    assert found[0].entry.country_code == "NO"


def test_small_town_named_like_a_world_feature_is_dropped(gaz: Gazetteer) -> None:
    names = [(c.entry.name, c.entry.feature_code) for c in gaz.candidates("Arctic", fuzzy=False)]
    assert ("Arctic Ocean", "OCN") in names
    assert ("Arctic", "PPL") not in names  # 300 people, not a seat
    ocean = gaz.candidates("Arctic Ocean", fuzzy=False)[0].entry
    assert is_world_feature(ocean) and not ocean.country_code


def test_ocean_by_its_short_name_beats_a_county_named_after_it(gaz: Gazetteer) -> None:
    found = resolve(gaz, "Ships crossed the Arctic, Pellton officials said.", ["Arctic", "Pellton"])
    assert found[0].entry is not None and found[0].entry.feature_code == "OCN"


def test_generic_word_area_abroad_needs_its_country(gaz: Gazetteer) -> None:
    text = "Storms hit the West, Pellton and Marbury officials said."
    us = resolve(gaz, text, ["West", "Pellton", "Marbury"])
    assert us[0].entry is None or us[0].entry.country_code != "CM"
    text = "Storms hit the West region of Cameroon."
    cm = resolve(gaz, text, ["West", "Cameroon"])
    assert cm[0].entry is not None and cm[0].entry.country_code == "CM"


@pytest.mark.parametrize(
    ("lang", "text", "region"),
    [
        ("en", "Gunmen attacked a convoy in northern Burkina Faso on Monday.", "Vurga"),
        (
            "fr",
            "Des hommes armés ont attaqué un convoi dans le nord du Burkina Faso lundi.",
            "Vurga",
        ),
        ("en", "Gunmen attacked a convoy in eastern Burkina Faso on Monday.", "Kimbe"),
        ("fr", "Des hommes armés ont attaqué un convoi dans l'est du Burkina Faso lundi.", "Kimbe"),
    ],
)
def test_part_of_a_country_is_its_region_furthest_that_way(
    gaz: Gazetteer, lang: str, text: str, region: str
) -> None:
    event = mentions(text, ["Burkina Faso"], lang)
    place = resolve_place(event, event, gazetteer=gaz)
    assert place is not None
    assert (place.country, place.admin1, place.geo_precision) == ("Burkina Faso", region, 3)


def test_the_whole_country_stays_the_country(gaz: Gazetteer) -> None:
    event = mentions("Gunmen attacked a convoy in Burkina Faso.", ["Burkina Faso"], "en")
    place = resolve_place(event, event, gazetteer=gaz)
    assert place is not None and place.admin1 is None and place.geo_precision == 3


def test_city_far_bigger_than_its_homonyms_counts_abroad(gaz: Gazetteer) -> None:
    """A city ten times bigger than any other place of its name is that city, even in a
    story about another country that does not name its own; not in a story about a
    detailed country, where the name more likely is a village the gazetteer lacks."""
    us = resolve(
        gaz, "Pellton and Marbury fans travelled to Corvale.", ["Pellton", "Marbury", "Corvale"]
    )
    assert us[2].entry is not None and us[2].entry.country_code == "BE"
    bf = resolve(
        gaz,
        "Burkina Faso and Burkina Faso again. Gunmen attacked Corvale.",
        ["Burkina Faso", "Burkina Faso", "Corvale"],
    )
    assert bf[2].entry is None
