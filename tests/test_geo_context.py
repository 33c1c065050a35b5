"""Toponym resolution in context: country focus, admin areas named in the text, world places.

Every place below is invented (names and points) and lives in a small gazetteer written by
the fixture, so that each test controls the homonyms it is about.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import pytest
from invented_places import mentions, new_gazetteer

from eventfuse.geo import (
    Gazetteer,
    ResolvedMention,
    resolve_mentions,
    resolve_place,
)
from eventfuse.geo.candidates import candidates_of
from eventfuse.geo.context import BORDER, build_context
from eventfuse.geo.entries import is_world_feature
from eventfuse.geo.normalize import name_key
from eventfuse.geo.scoring import score_candidate
from eventfuse.geo.weights import FOCUS_BONUS, NAME_KIND_MALUS

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
    # a small first-level area abroad and a town of its name; a big one and its namesake
    (60, "Quarrow", -41.3, 173.3, "A", "ADM1", "CM", "Quarrow", None, 90_000, ()),
    (61, "Quarrow", 49.5, -117.3, "P", "PPL", "US", "Wexmoor", None, 9_000, ()),
    (62, "Flandria", 41.5, -81.0, "P", "PPL", "US", "Dalric", None, 3_000, ()),
    # a big city and a small namesake 110 km from Pellton; another whose namesake is close
    (63, "Rellsworth", 38.2, -85.8, "P", "PPL", "US", "Dalric", None, 600_000, ()),
    (64, "Rellsworth", 45.9, -92.3, "P", "PPL", "US", "Dalric", None, 9_000, ()),
    (65, "Tamsford", 38.5, -86.5, "P", "PPL", "US", "Dalric", None, 700_000, ()),
    (66, "Tamsford", 45.2, -92.8, "P", "PPL", "US", "Dalric", None, 5_000, ()),
    # a small town abroad that is the only place of its name
    (67, "Vellingford", 51.1, 4.9, "P", "PPL", "BE", "Flandria", None, 8_000, ()),
    # a town named by a generic word
    (68, "Airport", 36.0, -120.0, "P", "PPL", "US", "Wexmoor", None, 20_000, ()),
    # two names, each with two readings, whose readings lie together in one place only
    (69, "Gainsmoor", 37.0, -93.0, "P", "PPL", "US", "Wexmoor", None, 90_000, ()),
    (70, "Gainsmoor", 33.5, -84.5, "P", "PPL", "US", "Dalric", None, 40_000, ()),
    (71, "Holt County", 33.6, -84.4, "A", "ADM2", "US", "Dalric", "Holt", 50_000, ()),
    (72, "Holt County", 40.5, -90.0, "A", "ADM2", "US", "Wexmoor", "Holt", 60_000, ()),
    # Arab-world towns, with and without the article
    (73, "Al Tazrif", 36.5, 40.8, "P", "PPL", "CM", None, None, 150_000, ()),
    (74, "Nuzra", 34.0, 38.0, "P", "PPL", "CM", None, None, 50_000, ()),
    # a village with a two-letter name; a first-level area with a two-letter abbreviation
    (75, "Ko", 13.0, -1.5, "P", "PPL", "BF", "Nord", None, 0, ()),
    (76, "Tarvania", 40.0, -80.0, "A", "ADM1", "US", "Tarvania", None, 1_500_000,
     (("TV", 1),)),
    # a capital and a first-level area of one name (far apart), a city in the area
    (77, "Corland", 38.9, -77.0, "P", "PPLC", "US", "Dalric", None, 700_000, ()),
    (78, "Corland", 47.5, -120.5, "A", "ADM1", "US", "Corland", None, 7_000_000, ()),
    (79, "Brisport", 47.2, -122.4, "P", "PPL", "US", "Corland", None, 200_000, ()),
    # areas of a world country named with a word that no place of it bears alone
    (80, "North Varsham", 50.9, 4.1, "A", "ADM2", "BE", "Flandria", "North Varsham", 400_000,
     ()),
    (81, "Varsham East", 50.7, 4.3, "A", "ADM2", "BE", "Flandria", "Varsham East", 250_000,
     ()),
    (82, "Varsham", 35.0, -90.0, "P", "PPL", "US", "Dalric", None, 4_000, ()),
    # a village of a detailed country, and a town abroad that one of its alternate names
    # spells the same way
    (83, "Tembala", 13.2, -1.9, "P", "PPL", "BF", "Nord", "Tarmoun", 0, ()),
    (84, "Tembalsk", 51.2, 4.6, "P", "PPL", "BE", "Flandria", None, 300_000, (("Tembala", 2),)),
    # a town that shares its name with a county it does not lie in; a county with a town
    # of its name inside it
    (85, "Brannock County", 37.0, -88.0, "A", "ADM2", "US", "Dalric", "Brannock", 90_000,
     (("Brannock", 1),)),
    (88, "Brannock", 45.0, -100.0, "P", "PPL", "US", "Wexmoor", None, 300_000, ()),
    (86, "Maple County", 36.0, -95.0, "A", "ADM2", "US", "Dalric", "Maple", 80_000,
     (("Maple", 1),)),
    (87, "Maple", 36.1, -95.1, "P", "PPL", "US", "Dalric", "Maple", 30_000, ()),
    # a first-level area abroad that is also (by an alias) a town of a detailed country,
    # 15 km from Sorvena: the seat of the commune Sorvena lies in
    (89, "Kessara", 50.7, 4.2, "A", "ADM1", "BE", "Kessara", None, 1_000_000, ()),
    (90, "Kesara", 13.4, -2.2, "P", "PPL", "BF", "Nord", "Tarmoun", 0, (("Kessara", 1),)),
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
    ("lang", "text", "village", "country"),
    [
        ("en", "Gunmen killed ten people in Sorvena, in the commune of Kessara.", "Sorvena",
         "Burkina Faso"),
        ("fr", "Des hommes armés ont tué dix personnes à Sorvena, dans la commune de Kessara.",
         "Sorvena", "Burkina Faso"),
        # no village of that name at home: the area abroad stands
        ("en", "Gunmen killed ten people in Kelvane, in the commune of Kessara.", "Kelvane",
         "Belgium"),
        ("fr", "Des hommes armés ont tué dix personnes à Kelvane, dans la commune de Kessara.",
         "Kelvane", "Belgium"),
    ],
)  # fmt: skip
def test_a_commune_named_after_a_town_near_the_village_is_not_the_area_abroad(
    gaz: Gazetteer, lang: str, text: str, village: str, country: str
) -> None:
    """"X, in the commune of Y", Y a first-level area abroad and a town 15 km from the
    village X at home: the commune is the town's, at home."""
    found = mentions(text, [village, "Kessara"], lang)
    place = resolve_place(found[:1], found, gazetteer=gaz)
    assert place is not None and place.country == country
    if country == "Burkina Faso":
        assert (place.name, place.admin1, place.geo_precision) == ("Sorvena", "Nord", 1)
        # the commune itself is read as its seat town at home
        area = resolve_mentions(found, found, gazetteer=gaz)[1].entry
        assert area is not None and (area.country_code, area.is_populated) == ("BF", True)


@pytest.mark.parametrize(
    ("lang", "text", "country"),
    [
        ("en", ("Gunmen killed 20 people in Tolvaro (Burkina Faso) in March. Belgium asked for "
                "an inquiry."), "Burkina Faso"),
        ("fr", ("Des hommes armés ont tué 20 personnes à Tolvaro (Burkina Faso) en mars. La "
                "Belgium réclame une enquête."), "Burkina Faso"),
        ("en", ("Gunmen killed 20 people in Tolvaro (Belgium) in March. Burkina Faso asked for "
                "an inquiry."), "Belgium"),
        ("fr", ("Des hommes armés ont tué 20 personnes à Tolvaro (Belgium) en mars. Le Burkina "
                "Faso réclame une enquête."), "Belgium"),
    ],
)  # fmt: skip
def test_of_two_countries_named_alike_the_first_is_the_story_country(
    gaz: Gazetteer, lang: str, text: str, country: str
) -> None:
    """Two countries named as often: the one the lead names is where the story happened, the
    other reacts. A village the gazetteer lacks is then placed in the first."""
    other = "Belgium" if country == "Burkina Faso" else "Burkina Faso"
    found = mentions(text, ["Tolvaro", country, other], lang)
    place = resolve_place(found[:1], found, gazetteer=gaz)
    assert place is not None and place.country == country


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Gunmen attacked the post of Sorvena, near the border with Belgium, on Monday."),
        ("fr", "Des hommes armés ont attaqué le poste de Sorvena, près de la frontière avec la Belgium."),
    ],
)
def test_a_country_across_a_border_is_not_the_story_country(
    gaz: Gazetteer, lang: str, text: str
) -> None:
    """A country named as the other side of a border casts no vote for the story's country:
    the village is this side's, not the homonym across the border."""
    village, country = mentions(text, ["Sorvena", "Belgium"], lang)
    found = [village, replace(country, relation=BORDER)]
    place = resolve_place(found[:1], found, gazetteer=gaz)
    assert place is not None
    assert (place.country, place.admin1, place.geo_precision) == ("Burkina Faso", "Nord", 1)


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


# ------------------------------------------------------------------ homonyms of areas
def test_small_area_abroad_does_not_hide_a_town_of_its_name(gaz: Gazetteer) -> None:
    """A first-level area of 90,000 people abroad leaves the towns of its name elsewhere
    (a Canadian "Nelson" beside New Zealand's); one of millions hides small ones."""
    quarrow = {c.entry.feature_code for c in gaz.candidates("Quarrow", fuzzy=False)}
    assert quarrow == {"ADM1", "PPL"}
    flandria = {c.entry.country_code for c in gaz.candidates("Flandria", fuzzy=False)}
    assert flandria == {"BE"}


def test_big_city_of_the_story_country_before_a_far_small_namesake(gaz: Gazetteer) -> None:
    """Far bigger than the other towns of its name in the country, a city is the one the
    name means, though a small namesake lies 110 km from another place of the story ..."""
    found = resolve(gaz, "Pellton fans travelled to Rellsworth.", ["Pellton", "Rellsworth"])
    assert found[1].entry is not None and found[1].entry.population == 600_000


def test_small_namesake_close_to_the_story_keeps_its_name(gaz: Gazetteer) -> None:
    """... but not over a namesake that lies close to the story's places (local news)."""
    found = resolve(gaz, "Pellton fans travelled to Tamsford.", ["Pellton", "Tamsford"])
    assert found[1].entry is not None and found[1].entry.population == 5_000


def test_readings_that_lie_together_support_each_other(gaz: Gazetteer) -> None:
    found = resolve(gaz, "Gainsmoor, Holt County officials said.", ["Gainsmoor", "Holt County"])
    assert [r.entry.admin1 if r.entry else None for r in found] == ["Dalric", "Dalric"]


# ------------------------------------------------------------------ last resorts
def test_only_reading_abroad_resolves_a_toponym_but_not_an_event_place(
    gaz: Gazetteer,
) -> None:
    """Toponym resolution answers with a small town abroad that is the only place of its
    name; an event's place is not coded there, nor is a name in a detailed country's story."""
    text = "Pellton and Marbury officials visited Vellingford."
    names = ["Pellton", "Marbury", "Vellingford"]
    found = resolve(gaz, text, names)
    assert found[2].entry is not None and found[2].entry.country_code == "BE"
    event = mentions(text, names, "en")
    place = resolve_place(event[2:], event, gazetteer=gaz)
    assert place is None or place.country != "Belgium"
    bf = resolve(
        gaz,
        "Burkina Faso and Burkina Faso again. Gunmen attacked Vellingford.",
        ["Burkina Faso", "Burkina Faso", "Vellingford"],
    )
    assert bf[2].entry is None


def test_a_small_town_of_the_story_country_stands_for_its_institutions(gaz: Gazetteer) -> None:
    found = resolve(
        gaz, "Marbury police said the Pellton Institute closed.", ["Marbury", "Pellton Institute"]
    )
    assert found[1].entry is not None and found[1].entry.name == "Pellton"
    assert found[1].part


def test_a_facility_word_is_no_part_to_resolve(gaz: Gazetteer) -> None:
    found = resolve(gaz, "Marbury police closed Airport Road.", ["Marbury", "Airport Road"])
    assert found[1].entry is None or found[1].entry.name != "Airport"


@pytest.mark.parametrize(
    ("written", "stored"), [("Tazrif", "Al Tazrif"), ("al-Nuzra", "Nuzra"), ("Al Nuzra", "Nuzra")]
)
def test_arabic_article_written_or_left_out(gaz: Gazetteer, written: str, stored: str) -> None:
    found = gaz.candidates(written, fuzzy=False)
    assert found and found[0].entry.name == stored


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Fires hit KO, Marbury officials said.", "KO", None),
        ("Fires hit K.O., Marbury officials said.", "K.O.", None),
        ("Fires hit TV, Marbury officials said.", "TV", "Tarvania"),
        ("Fires hit Ko, Marbury officials said.", "Ko", "Ko"),
    ],
)
def test_an_abbreviation_names_a_place_only_as_an_alias(
    gaz: Gazetteer, text: str, name: str, expected: str | None
) -> None:
    found = resolve(gaz, text, [name, "Marbury"])[0]
    assert (found.entry.name if found.entry else None) == expected


# ------------------------------------------------------------------ "Place, Area" and lists
def _corland(found: list[ResolvedMention]) -> str | None:
    entry = next(r.entry for r in found if r.mention.text == "Corland")
    return entry.feature_code if entry else None


def test_a_capital_is_a_capital_alone(gaz: Gazetteer) -> None:
    assert _corland(resolve(gaz, "Talks were held in Corland.", ["Corland"])) == "PPLC"


def test_an_area_written_after_a_place_in_it_is_that_area(gaz: Gazetteer) -> None:
    found = resolve(gaz, "Police in Brisport, Corland said.", ["Brisport", "Corland"])
    assert _corland(found) == "ADM1"


def test_a_name_listed_with_first_level_areas_is_one(gaz: Gazetteer) -> None:
    found = resolve(
        gaz, "Firms moved to states such as Wexmoor or Corland.", ["Wexmoor", "Corland"]
    )
    assert _corland(found) == "ADM1"


def test_a_word_the_story_country_names_its_areas_with(gaz: Gazetteer) -> None:
    """No Belgian place is called Varsham, but two Belgian areas are named with it: the
    most populous is the reading, not the small American town of that name."""
    assert [e.name for e in gaz.areas_named_with("Varsham", country="BE")] == [
        "North Varsham",
        "Varsham East",
    ]
    found = resolve(
        gaz, "Belgium and Belgium again. Floods hit Varsham.", ["Belgium", "Belgium", "Varsham"]
    )
    assert found[2].entry is not None and found[2].entry.name == "North Varsham"


# ------------------------------------------------------------------ no country to go by
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Gunmen attacked the village of Tembala overnight."),
        ("fr", "Des hommes armés ont attaqué le village de Tembala dans la nuit."),
    ],
)
def test_a_detailed_countrys_own_name_beats_an_alternate_name_abroad(
    gaz: Gazetteer, lang: str, text: str
) -> None:
    """With no country named, "Tembala" is the village of that very name, not the bigger
    town abroad of which it is only an alternate spelling."""
    (found,) = resolve(gaz, text, ["Tembala"], lang)
    assert found.entry is not None and found.entry.country_code == "BF"


def test_an_alternate_name_abroad_still_counts_in_its_countrys_story(gaz: Gazetteer) -> None:
    text = "In Belgium, police searched Tembala and Corvale on Monday."
    found = resolve(gaz, text, ["Belgium", "Tembala", "Corvale"])
    assert found[1].entry is not None and found[1].entry.country_code == "BE"


# ------------------------------------------------------------------ one place per name
def test_a_short_form_of_a_county_named_in_the_story_is_that_county(gaz: Gazetteer) -> None:
    """"Brannock County ... Brannock": the story's Brannock is the county it wrote in full,
    not a town of that name elsewhere."""
    text = "Floods hit Brannock County on Monday. Roads across Brannock stayed closed on Tuesday."
    county, short = resolve(gaz, text, ["Brannock County", "Brannock"])
    assert county.entry is not None and county.entry.is_admin
    assert short.entry is not None and short.entry.geonameid == county.entry.geonameid


def test_a_town_inside_the_county_keeps_its_own_name(gaz: Gazetteer) -> None:
    """"Maple County ... Maple": a town of the name lies in the county, so "Maple" may be it."""
    text = "Floods hit Maple County on Monday. Roads in Maple stayed closed on Tuesday."
    county, short = resolve(gaz, text, ["Maple County", "Maple"])
    assert county.entry is not None and county.entry.is_admin
    assert short.entry is not None and short.entry.is_populated


# ------------------------------------------------------------------ score reasons
def test_score_reasons_add_up_to_the_score_the_resolver_uses(gaz: Gazetteer) -> None:
    """A story that names one place: its score is the total of the named terms, which are
    added in order, and the resolver keeps the best total."""
    found = mentions("Gunmen attacked the village of Sorvena on Monday.", ["Sorvena"], "en")
    ctx = build_context(found, found, gaz, None)
    reasons = [score_candidate(ctx, found[0], c, ()) for c in candidates_of(ctx, found[0])]
    for item in reasons:
        total = 0.0
        for _, value in item.terms:
            total += value
        assert total == item.total and all(value != 0.0 for _, value in item.terms)
    (resolved,) = resolve_mentions(found, found, gazetteer=gaz, document_default=False)
    assert resolved.score == max(item.total for item in reasons)
    best = max(reasons, key=lambda item: item.total)
    assert ("in the story's country", FOCUS_BONUS) in best.terms


def test_an_alias_costs_the_resolvers_name_kind_malus(gaz: Gazetteer) -> None:
    found = mentions("Troops patrolled Vurga on Monday.", ["Vurga"], "en")
    ctx = build_context(found, found, gaz, None)
    by_id = {
        c.entry.geonameid: score_candidate(ctx, found[0], c, ())
        for c in candidates_of(ctx, found[0])
    }
    assert ("alias or admin short name", -NAME_KIND_MALUS) in by_id[14].terms  # the region
    assert all(label != "alias or admin short name" for label, _ in by_id[15].terms)  # the town
