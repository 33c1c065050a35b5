"""Real-news readings kept in step across English and French: a month named as past ("last
October", "octobre dernier") dates the act told with it, and a verbless casualty headline
("136 people killed, 51 others wounded") is an act. Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from eventfuse.extract.dates import find_dates
from eventfuse.pipeline import Stages
from eventfuse.records import Article, ArticleExtraction

PUB = date(2025, 11, 15)
_FR_BODY = "Le gouvernement a décrété un deuil national de trois jours."
_EN_BODY = "The government declared three days of national mourning."


@pytest.mark.parametrize(
    ("lang", "text", "phrase", "value"),
    [
        ("en", "A group claimed an ambush last October that killed four guards.", "last October", date(2025, 10, 15)),
        ("en", "The raid last May left ten dead.", "last May", date(2025, 5, 15)),
        ("fr", "Un groupe a revendiqué une embuscade d'octobre dernier qui a tué quatre gardes.", "octobre dernier", date(2025, 10, 15)),
        ("fr", "Le raid de mai dernier a fait dix morts.", "mai dernier", date(2025, 5, 15)),
    ],
)
def test_a_month_named_as_past_is_a_date(lang: str, text: str, phrase: str, value: date) -> None:
    (found,) = find_dates(text, lang=lang, published=PUB)
    assert (found.text, found.value, found.precision) == (phrase, value, 3)


@pytest.mark.parametrize(
    ("lang", "text"),
    [("en", "Fighting resumed last October 3 in the town."), ("fr", "L'attaque du 3 octobre dernier a tué quatre gardes.")],
)
def test_a_day_of_a_past_month_stays_the_day(lang: str, text: str) -> None:
    (found,) = find_dates(text, lang=lang, published=PUB)
    assert (found.value, found.precision) == (date(2025, 10, 3), 1)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", f"Drame à Kolbé (cercle de Manni): 136 personnes tuées, 51 autres  blessées\n\n{_FR_BODY}"),
        ("fr", f"Drame à Kolbé (cercle de Manni): 136 personnes tuées\n\n{_FR_BODY}"),
        ("en", f"Tragedy in Kolbé (Manni circle): 136 people killed, 51 others  wounded\n\n{_EN_BODY}"),
    ],
)
def test_a_verbless_casualty_headline_is_an_act(lang: str, text: str, stages: Stages) -> None:
    art = Article(id=Article.make_id(text), text=text, language=lang, published=date(2021, 6, 6))
    (result,) = stages.process([art])
    assert isinstance(result, ArticleExtraction)
    assert [m.fatalities for m in result.mentions] == [136]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", ("Army post attack kills more than 20\nKolbé, Dec 11 (AFP) Dec 11, 2019\n"
               "Gunmen attacked an army post near the border, killing more than 20 soldiers, a source said.\n\n"
               "Tuesday's attack in Kolbé was the deadliest this year.\n\n"
               "Three soldiers were also killed on Sunday in an attack on another post in Manni, the ministry said.")),
        ("fr", ("L'attaque d'un poste militaire fait plus de 20 morts\nKolbé, 11 déc (AFP) 11 décembre 2019\n"
               "Des hommes armés ont attaqué un poste militaire près de la frontière, tuant plus de 20 soldats, selon une source.\n\n"
               "L'attaque de mardi à Kolbé est la plus meurtrière de l'année.\n\n"
               "Trois soldats ont aussi été tués dimanche dans une attaque contre un autre poste à Manni, selon le ministère.")),
    ],
)
def test_a_headline_act_keeps_the_day_the_body_gives_it(lang: str, text: str, stages: Stages) -> None:
    art = Article(id=Article.make_id(text), text=text, language=lang, published=date(2019, 12, 11))
    (result,) = stages.process([art])
    assert isinstance(result, ArticleExtraction)
    first = result.mentions[0]
    assert first.date is not None and first.date.value == date(2019, 12, 10)
