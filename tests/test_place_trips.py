"""Where a trip was going or came from, a compass part of a country and an area taken with the
definite article are not the act's place (issue #13, real news placing)."""

from __future__ import annotations

from datetime import date

import pytest

from eventfuse.extract.place_compass import compass_part
from eventfuse.extract.place_passing import dateline_end, trip_end
from eventfuse.geo.relative import describe_relation
from eventfuse.pipeline import Stages
from eventfuse.records import Article, ArticleExtraction


def _read(stages: Stages, lang: str, text: str) -> ArticleExtraction:
    art = Article(id=Article.make_id(text), text=text, language=lang, published=date(2020, 3, 10))
    (result,) = stages.process([art])
    assert isinstance(result, ArticleExtraction)
    return result


@pytest.mark.parametrize(
    ("lang", "text", "name", "expected"),
    [
        ("en", "A bus carrying pupils to the town of Djibo struck a mine.", "Djibo", True),
        ("en", "The convoy, bound for Kaya, was ambushed.", "Kaya", True),
        ("en", "A truck coming from Dori hit a mine.", "Dori", True),
        ("en", "A bus carrying pupils struck a mine in Djibo.", "Djibo", False),
        ("fr", "Un car transportant des élèves pour la ville de Djibo a sauté sur une mine.", "Djibo", True),
        ("fr", "Les assaillants ont pris la destination du Loroum.", "Loroum", True),
        ("fr", "Un camion en provenance de Dori a sauté sur une mine.", "Dori", True),
        ("fr", "Un car transportant des élèves vers Djibo a sauté sur une mine à Arbinda.", "Arbinda", False),
    ],
)
def test_trip_end(lang: str, text: str, name: str, expected: bool) -> None:
    assert trip_end(text, text.index(name), lang) is expected


@pytest.mark.parametrize(
    ("lang", "text", "name", "expected"),
    [
        ("en", "Gunmen killed ten people in the North-West of Burkina Faso.", "North-West", True),
        ("en", "Gunmen killed ten people in the North-West region.", "North-West", False),
        ("fr", "Des hommes armés ont tué dix personnes dans le Nord-Ouest du Burkina.", "Nord-Ouest", True),
        ("fr", "Des hommes armés ont tué dix personnes dans la région du Nord.", "Nord", False),
    ],
)
def test_compass_part(lang: str, text: str, name: str, expected: bool) -> None:
    start = text.index(name)
    assert compass_part(text, start, start + len(name), lang) is expected


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("en", "Fighting was reported in the Loroum province on Sunday.", "Loroum"),
        ("fr", "Des combats ont eu lieu dans le Loroum dimanche.", "Loroum"),
    ],
)
def test_a_name_with_the_article_is_an_area(lang: str, text: str, name: str) -> None:
    start = text.index(name)
    assert describe_relation(text, start, start + len(name), lang).relation == "region"


def test_a_sentence_opening_with_an_area_is_no_dateline() -> None:
    text = "Dans la région reculée de Djibo (Burkina), l'armée a mené une opération."
    assert dateline_end(text, text.index("Djibo")) == 0


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "A bus carrying pupils to the town of Djibo struck a mine in Arbinda on Tuesday, killing 14."),
        ("fr", "Un car transportant des élèves pour la ville de Djibo a sauté sur une mine à Arbinda mardi, tuant 14 élèves."),
    ],
)
def test_the_end_of_a_trip_is_not_the_place(lang: str, text: str, stages: Stages) -> None:
    result = _read(stages, lang, text)
    place = result.mentions[0].place
    assert place is not None and place.name in ("Arbinda", "Aribinda")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "A roadside bomb killed 14 pupils in north-western Burkina Faso on Saturday, in the Boucle du Mouhoun region."),
        ("fr", "Un engin explosif a tué 14 élèves samedi dans le Nord-Ouest du Burkina Faso, dans la région de la Boucle du Mouhoun."),
    ],
)
def test_a_part_of_the_country_takes_the_area_the_story_names(lang: str, text: str, stages: Stages) -> None:
    place = _read(stages, lang, text).mentions[0].place
    assert place is not None and place.admin1 == "Boucle du Mouhoun"
