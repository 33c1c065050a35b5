"""Toponym detection in the extractor: names the statistical NER misreads or misses."""

from __future__ import annotations

from datetime import date

import pytest

from eventfuse.extract.nlp import name_parts
from eventfuse.pipeline import Stages
from eventfuse.records import Article, ArticleExtraction

PLACE_LABELS = {"GPE", "LOC", "FAC"}


def _places(stages: Stages, lang: str, text: str) -> list[str]:
    doc = stages.extractor.pipeline(lang)(text)
    return [e.text for e in doc.ents if e.label_ in PLACE_LABELS]


def _level(known: dict[str, int]):
    return lambda name: known.get(name, 0)


# -- name_parts: no model needed ------------------------------------------------------------


def test_list_of_places_splits_into_names() -> None:
    level = _level({"Boungou": 2, "Ougarou": 2})
    parts = name_parts("Boungou and Ougarou", level)
    assert [(a, b, k) for a, b, k in parts] == [(0, 7, 2), (12, 19, 2)]


def test_hyphenated_road_splits_only_on_a_route() -> None:
    level = _level({"Mentao": 2, "Djibo": 2})
    assert [k for *_, k in name_parts("Mentao-Djibo", level, route=True)] == [2, 2]
    assert name_parts("Mentao-Djibo", level) == [(0, 12, 0)]  # one unknown name elsewhere


def test_known_hyphenated_name_stays_whole() -> None:
    level = _level({"Bobo-Dioulasso": 2, "Bobo": 2, "Dioulasso": 2})
    assert name_parts("Bobo-Dioulasso", level, route=True) == [(0, 14, 2)]


def test_longest_known_pieces_win() -> None:
    level = _level({"Gorom Gorom": 2, "Gorom": 2, "Dori": 2})
    parts = name_parts("Gorom Gorom-Dori", level, route=True)
    assert [("Gorom Gorom-Dori"[a:b], k) for a, b, k in parts] == [("Gorom Gorom", 2), ("Dori", 2)]


def test_unknown_piece_keeps_the_name_whole() -> None:
    level = _level({"Essakane": 2})
    assert name_parts("Essakane-Site", level, route=True) == [(0, 13, 0)]


# -- the pipeline: English and French sentences written for these tests ---------------------

CASES = {
    # a village after a preposition, whatever the NER made of it
    "after_preposition": {
        "en": ("Unknown gunmen robbed a shop in Kantchari on Monday.", ["Kantchari"]),
        "fr": ("Des hommes armés ont pillé une boutique à Kantchari lundi.", ["Kantchari"]),
    },
    # two villages joined by "and" / "et" are two places
    "between_two": {
        "en": ("The convoy was ambushed between Boungou and Ougarou.", ["Boungou", "Ougarou"]),
        "fr": ("Le convoi a été attaqué entre Boungou et Ougarou.", ["Boungou", "Ougarou"]),
    },
    # a hyphen variant of a gazetteer name ("Pobé Mengao")
    "hyphen_variant": {
        "en": ("Gunmen made an incursion into Pobe-Mengao at night.", ["Pobe-Mengao"]),
        "fr": (
            "Des hommes armés ont fait une incursion dans Pobe-Mengao la nuit.",
            ["Pobe-Mengao"],
        ),
    },
    # a road named by its two ends
    "road_axis": {
        "en": ("A bus was attacked on the axis Mentao-Djibo.", ["Mentao", "Djibo"]),
        "fr": ("Un car a été attaqué sur l'axe Mentao-Djibo.", ["Mentao", "Djibo"]),
    },
    # admin names in brackets: commune-province joined by a hyphen, then the region
    "bracketed_admins": {
        "en": (
            "Gunmen attacked the village of Boungou (Pobe-Mengao-Soum, Sahel).",
            ["Boungou", "Pobe-Mengao", "Soum", "Sahel"],
        ),
        "fr": (
            "Des hommes armés ont attaqué le village de Boungou (Pobe-Mengao-Soum, Sahel).",
            ["Boungou", "Pobe-Mengao", "Soum", "Sahel"],
        ),
    },
    # a camp the ruler lists leave out, hyphenated into five tokens
    "camp_after_preposition": {
        "en": ("Herders were robbed in Ti-n-Samane last week.", ["Ti-n-Samane"]),
        "fr": (
            "Des éleveurs ont été dépouillés à Ti-n-Samane la semaine dernière.",
            ["Ti-n-Samane"],
        ),
    },
    # a town named after a part of it
    "quarter_of": {
        "en": ("Gunmen tried to abduct a trader in the Kanembri quarter of Diffa.", ["Diffa"]),
        "fr": (
            "Des hommes armés ont tenté d'enlever un commerçant dans le quartier de Diffa.",
            ["Diffa"],
        ),
    },
    # a name whose first word the NER kept out
    "first_word_left_out": {
        "en": (
            "Unknown gunmen killed the village chief in Garin Gado Chawey.",
            ["Garin Gado Chawey"],
        ),
        "fr": (
            "Des inconnus ont tué le chef du village dans Garin Gado Chawey.",
            ["Garin Gado Chawey"],
        ),
    },
    # the place of an institution
    "institution_place": {
        "en": ("Students protested at the University of Dori.[size=dozens]", ["Dori"]),
        "fr": ("Des étudiants ont manifesté devant la mairie de Dori.", ["Dori"]),
    },
}


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("case", sorted(CASES))
def test_places_found(case: str, lang: str, stages: Stages) -> None:
    text, expected = CASES[case][lang]
    found = _places(stages, lang, text)
    for name in expected:
        assert name in found, (case, lang, found)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "JNIM militants attacked a convoy near Djibo."),
        ("fr", "Des militants du JNIM ont attaqué un convoi près de Djibo."),
    ],
)
def test_armed_groups_stay_actors(lang: str, text: str, stages: Stages) -> None:
    found = _places(stages, lang, text)
    assert "JNIM" not in found and "Djibo" in found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The minister met RTB journalists in Ouagadougou."),
        ("fr", "Le ministre a reçu les journalistes de RTB à Ouagadougou."),
    ],
)
def test_acronyms_are_not_places(lang: str, text: str, stages: Stages) -> None:
    found = _places(stages, lang, text)
    assert "RTB" not in found and "Ouagadougou" in found


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("en", "On 3 March 2020, gunmen killed two traders in Manni.", "Manni"),
        ("fr", "Le 3 mars 2020, des hommes armés ont tué deux commerçants à Manni.", "Manni"),
    ],
)
def test_event_carries_its_place(lang: str, text: str, place: str, stages: Stages) -> None:
    art = Article(id=Article.make_id(text), text=text, language=lang, published=date(2020, 3, 10))
    (result,) = stages.process([art])
    assert isinstance(result, ArticleExtraction)
    assert place in [p.text for p in result.places]
    assert result.mentions and place in [p.text for p in result.mentions[0].place_mentions]


@pytest.mark.parametrize(
    ("lang", "text", "kept", "dropped"),
    [
        (
            "en",
            "Soldiers searched the village Bobo [Bobo-Dioulasso] at dawn.",
            "Bobo-Dioulasso",
            "Bobo",
        ),
        (
            "fr",
            "Des soldats ont fouillé le village Bobo [Bobo-Dioulasso] à l'aube.",
            "Bobo-Dioulasso",
            "Bobo",
        ),
    ],
)
def test_bracketed_name_replaces_the_one_before(
    lang: str, text: str, kept: str, dropped: str, stages: Stages
) -> None:
    found = _places(stages, lang, text)
    assert kept in found and dropped not in found
