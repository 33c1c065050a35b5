"""The event's place is where the act happened (issue #13, item 2): not a dateline, not where a
statement was made or the wounded were taken, not a country named as the other side of a
border; an act told with a country alone takes the story's town; a country's name never
resolves to a homonym abroad; French elided toponyms ("d'X", "d’X") are found."""

from __future__ import annotations

from datetime import date

import pytest

from eventfuse.extract.place_passing import dateline_end
from eventfuse.pipeline import Stages
from eventfuse.records import Article, ArticleExtraction, Mention


def _read(stages: Stages, lang: str, text: str) -> ArticleExtraction:
    art = Article(id=Article.make_id(text), text=text, language=lang, published=date(2020, 3, 10))
    (result,) = stages.process([art])
    assert isinstance(result, ArticleExtraction)
    return result


def _first(result: ArticleExtraction) -> Mention:
    assert result.mentions
    return result.mentions[0]


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("DORI — Gunmen killed five herders.", len("DORI — ")),
        ("DORI, 8 août (Reuters) - Des hommes armés ont tué", len("DORI, 8 août (Reuters) -")),
        ("Dori, Jan 17 (AFP) Gunmen killed five herders.", len("Dori, Jan 17 (AFP) ")),
        ("AFP | Dori | Updated: 18-01-2019", len("AFP | Dori |")),
        ("À Djibo, des hommes armés (jihadistes) ont tué cinq éleveurs.", 0),
        ("Au Burkina Faso, au moins quatorze civils (dont sept élèves) ont été tués.", 0),
    ],
)
def test_dateline(text: str, end: int) -> None:
    assert dateline_end(text, text.index(" ", 8)) == end


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Dori, March 8 (AFP) - Gunmen killed five herders in Djibo on Tuesday."),
        ("fr", "Dori, 8 mars (AFP) - Des hommes armés ont tué cinq éleveurs mardi à Djibo."),
    ],
)
def test_dateline_city_is_not_the_place(lang: str, text: str, stages: Stages) -> None:
    result = _read(stages, lang, text)
    assert ("Dori", "passing") in [(p.text, p.relation) for p in result.places]
    place = _first(result).place
    assert place is not None and place.name == "Djibo"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            ("Gunmen killed five herders on Tuesday, a security source in Ouagadougou said.\n"
            "The attack took place in Djibo, in the north."),
        ),
        (
            "fr",
            ("Des hommes armés ont tué cinq éleveurs mardi, a déclaré une source sécuritaire à "
            "Ouagadougou.\nL'attaque a eu lieu à Djibo, dans le nord."),
        ),
    ],
)
def test_place_of_a_statement_is_not_the_place(lang: str, text: str, stages: Stages) -> None:
    result = _read(stages, lang, text)
    place = _first(result).place
    assert place is not None and place.name == "Djibo"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Gunmen shot dead a trader while he was being taken to Djibo."),
        ("fr", "Des hommes armés ont abattu un commerçant qui était transféré vers Djibo."),
    ],
)
def test_a_place_in_passing_is_kept_when_the_story_has_no_other(
    lang: str, text: str, stages: Stages
) -> None:
    place = _first(_read(stages, lang, text)).place
    assert place is not None and place.name == "Djibo"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            ("Church attacked in Burkina Faso\n"
            "Gunmen stormed a church in Djibo on Sunday during the service."),
        ),
        (
            "fr",
            ("Une église attaquée au Burkina Faso\n"
            "Des hommes armés ont pris d'assaut une église à Djibo dimanche pendant le culte."),
        ),
    ],
)
def test_an_act_told_with_the_country_takes_the_story_town(
    lang: str, text: str, stages: Stages
) -> None:
    place = _first(_read(stages, lang, text)).place
    assert place is not None and place.name == "Djibo" and place.admin1 == "Sahel"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Gunmen attacked an army post near the border with Niger on Sunday."),
        ("fr", "Des hommes armés ont attaqué un poste de l'armée près de la frontière avec le Niger."),
    ],
)
def test_country_across_a_border(lang: str, text: str, stages: Stages) -> None:
    result = _read(stages, lang, text)
    assert ("Niger", "border") in [(p.text, p.relation) for p in result.places]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Gunmen attacked a military base in the west of Niger on Sunday."),
        ("fr", "Des hommes armés ont attaqué une base militaire dans l'ouest du Niger dimanche."),
    ],
)
def test_a_country_name_is_the_country(lang: str, text: str, stages: Stages) -> None:
    place = _first(_read(stages, lang, text)).place
    assert place is not None and place.country == "Niger"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Gunmen attacked the military camp of Inates on Tuesday."),
        ("fr", "Des hommes armés ont attaqué le camp militaire d'Inatès mardi."),
        ("fr", "Des hommes armés ont attaqué le camp militaire d’Inatès mardi."),
    ],
)
def test_elided_toponym_is_found(lang: str, text: str, stages: Stages) -> None:
    names = [p.text for p in _read(stages, lang, text).places]
    assert any(n in ("Inates", "Inatès") for n in names)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Shells fired from Nigeria wounded a woman, who was evacuated to Diffa."),
        ("fr", "Des obus tirés depuis le Nigeria ont blessé une femme, évacuée vers Diffa."),
    ],
)
def test_a_foreign_country_yields_to_the_area_of_a_town_in_passing(
    lang: str, text: str, stages: Stages
) -> None:
    place = _first(_read(stages, lang, text)).place
    assert place is not None and place.admin1 == "Diffa"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Gunmen attacked the village of Sofara Peulh in Mali on Sunday, killing three people."),
        ("fr", "Des hommes armés ont attaqué le village de Sofara Peulh au Mali dimanche, tuant trois personnes."),
    ],
)
def test_a_peoples_quarter_is_coded_at_its_village(lang: str, text: str, stages: Stages) -> None:
    place = _first(_read(stages, lang, text)).place
    assert place is not None and place.name == "Sofara" and place.geo_precision == 2
