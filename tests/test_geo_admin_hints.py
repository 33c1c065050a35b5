"""Admin areas written in brackets after a place ("X (Niara, Selbo)") decide its cercle.

Every place below is invented (names and points) and lives in a small gazetteer written by
the fixture: two regions, each with two cercles, and same-named villages in several of them.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from invented_places import mentions, new_gazetteer

from eventfuse.geo import Gazetteer, resolve_place
from eventfuse.geo.normalize import name_key
from eventfuse.records import Place

# (id, name, lat, lon, class, code, admin1, admin2, population, other names)
_Row = tuple[int, str, float, float, str, str, str | None, str | None, int, tuple[str, ...]]
PLACES: list[_Row] = [
    (1, "Burkina Faso", 12.5, -1.7, "A", "PCLI", None, None, 20_000_000, ()),
    # region Selbo: cercles Selbo (its seat is the regional capital) and Niara
    (10, "Région de Selbo", 13.6, -6.0, "A", "ADM1", "Selbo", None, 0, ("Selbo",)),
    (11, "Cercle de Selbo", 13.4, -6.3, "A", "ADM2", "Selbo", "Selbo", 0, ("Selbo",)),
    (12, "Selbo", 13.45, -6.25, "P", "PPLA", "Selbo", "Selbo", 100_000, ()),
    (13, "Cercle de Niara", 14.5, -6.0, "A", "ADM2", "Selbo", "Niara", 0, ("Niara",)),
    (14, "Niara", 14.25, -5.99, "P", "PPLA2", "Selbo", "Niara", 30_000, ()),
    # region Tovari: cercles Tovari and Mekra (seats 107 km apart)
    (20, "Région de Tovari", 16.5, 1.0, "A", "ADM1", "Tovari", None, 0, ("Tovari",)),
    (21, "Cercle de Tovari", 16.7, 0.4, "A", "ADM2", "Tovari", "Tovari", 0, ("Tovari",)),
    (22, "Tovari", 16.0, 0.0, "P", "PPLA", "Tovari", "Tovari", 80_000, ()),
    (23, "Cercle de Mekra", 15.8, 1.2, "A", "ADM2", "Tovari", "Mekra", 0, ("Mekra",)),
    (24, "Mekra", 16.0, 1.0, "P", "PPLA2", "Tovari", "Mekra", 20_000, ()),
    # a village in both cercles of Selbo, each within reach of the other's seat; the one
    # filed under Selbo is the bigger
    (30, "Kolibra", 13.83, -6.10, "P", "PPL", "Selbo", "Selbo", 3_000, ()),
    (31, "Kolibra", 14.12, -6.08, "P", "PPL", "Selbo", "Niara", 0, ()),
    # a wadi the gazetteer files under Mekra, 86 km from Tovari: the only one of its name
    (40, "Tin Wadar", 16.1, 0.8, "H", "WAD", "Tovari", "Mekra", 0, ()),
    # a village filed under Mekra, far from Tovari, and one in the other region
    (50, "Garbal", 16.0, 2.0, "P", "PPL", "Tovari", "Mekra", 0, ()),
    (51, "Garbal", 13.9, -6.2, "P", "PPL", "Selbo", "Selbo", 0, ()),
    # a spelling variant filed in Mekra, out of Tovari's reach
    (60, "Dersan", 16.2, 1.6, "L", "LCTY", "Tovari", "Mekra", 0, ()),
]  # fmt: skip


@pytest.fixture(scope="module")
def gaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    path: Path = tmp_path_factory.mktemp("hints") / "hints.sqlite"
    conn = new_gazetteer(path)
    for gid, name, lat, lon, fclass, fcode, a1, a2, pop, others in PLACES:
        conn.execute(
            "INSERT INTO places VALUES (?,?,?,?,?,?,'BF',?,?,0,?,'dump')",
            (gid, name, round(lat * 1e5), round(lon * 1e5), fclass, fcode, a1, a2, pop),
        )
        conn.execute("INSERT OR IGNORE INTO names VALUES (?,?,0)", (name_key(name), gid))
        for other in others:
            conn.execute("INSERT OR IGNORE INTO names VALUES (?,?,1)", (name_key(other), gid))
    conn.execute(
        "INSERT INTO countries VALUES ('BF', 'BFA', 'Burkina Faso', 1, 'Selbo', 12.5, -1.7, 0)"
    )
    conn.execute("INSERT INTO meta VALUES ('dump_countries', ?)", (json.dumps(["BF"]),))
    conn.commit()
    conn.close()
    return Gazetteer.open(path)


TEMPLATES = {
    "en": "Gunmen attacked the village of {place} ({admin2}, {admin1}) on Monday.",
    "fr": "Des hommes armés ont attaqué le village de {place} ({admin2}, {admin1}) lundi.",
}


def locate(gaz: Gazetteer, lang: str, place: str, admin2: str, admin1: str) -> Place:
    text = TEMPLATES[lang].format(place=place, admin2=admin2, admin1=admin1)
    found = mentions(text, [place, admin2, admin1], lang)
    assert [m.relation for m in found[1:]] == ["region", "region"]
    event = found[:1]
    result = resolve_place(event, found, gazetteer=gaz)
    assert result is not None
    return result


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_homonym_filed_in_the_written_cercle_wins(gaz: Gazetteer, lang: str) -> None:
    """Both villages lie within reach of Niara's seat, and "Selbo" (the region) is also
    the name of the other village's cercle: the one the gazetteer files under Niara wins."""
    place = locate(gaz, lang, "Kolibra", "Niara", "Selbo")
    assert (place.name, place.admin1, place.admin2) == ("Kolibra", "Selbo", "Niara")
    assert (place.latitude, place.longitude, place.geo_precision) == (14.12, -6.08, 1)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_point_in_reach_takes_the_written_cercle(gaz: Gazetteer, lang: str) -> None:
    """The gazetteer files the wadi under the neighbouring cercle, but it lies within reach
    of the written one: the point is kept, coded in the cercle the text writes."""
    place = locate(gaz, lang, "Tin Wadar", "Tovari", "Tovari")
    assert (place.name, place.admin1, place.admin2) == ("Tin Wadar", "Tovari", "Tovari")
    assert (place.latitude, place.longitude) == (16.1, 0.8)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_no_homonym_inside_falls_back_to_the_written_cercle(gaz: Gazetteer, lang: str) -> None:
    """Neither Garbal lies in or near the Tovari cercle: the place is coded at the cercle's
    seat (precision 2) and keeps its own name as written."""
    place = locate(gaz, lang, "Garbal", "Tovari", "Tovari")
    assert (place.name, place.admin1, place.admin2) == ("Tovari", "Tovari", "Tovari")
    assert (place.geo_precision, place.mention) == (2, "Garbal")


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_spelling_variant_out_of_the_written_cercle_is_not_used(
    gaz: Gazetteer, lang: str
) -> None:
    place = locate(gaz, lang, "Dersam", "Tovari", "Tovari")
    assert (place.name, place.admin2, place.geo_precision) == ("Tovari", "Tovari", 2)
    assert place.mention == "Dersam"


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_spelling_variant_filed_in_the_written_cercle_is_used(gaz: Gazetteer, lang: str) -> None:
    """One letter off in a short name is a loose match, but the gazetteer files it in the
    very cercle the text writes."""
    place = locate(gaz, lang, "Dersam", "Mekra", "Tovari")
    assert (place.name, place.admin2, place.geo_precision) == ("Dersan", "Mekra", 1)
    assert (place.latitude, place.longitude) == (16.2, 1.6)


def test_without_written_areas_the_gazetteer_cercle_is_kept(gaz: Gazetteer) -> None:
    """No brackets: nothing overrides the gazetteer's own cercle."""
    text = "Gunmen attacked the village of Tin Wadar on Monday."
    event = mentions(text, ["Tin Wadar"], "en")
    place = resolve_place(event, event, gazetteer=gaz)
    assert place is not None
    assert (place.name, place.admin2) == ("Tin Wadar", "Mekra")
