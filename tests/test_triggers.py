"""Event words that name an act indirectly: throat-slitting, taking to the streets, stripping
someone of goods, extending a curfew. Each must become an event of the right type."""

from __future__ import annotations

from datetime import date

import pytest

from eventfuse.extract.triggers import SUPPORTED_LANGUAGES, language_events
from eventfuse.lang import REFERENCE, available, load
from eventfuse.pipeline import Stages
from eventfuse.records import Article, ArticleExtraction

PUBLISHED = date(2024, 3, 15)

CASES = [
    # (lang, text, sub-event type, fatalities or None when not checked)
    ("en", "On 12 March, gunmen slit the throats of two herders near the well.", "Attack", 2),
    ("fr", "Le 12 mars, des hommes armés ont égorgé deux bergers près du puits.", "Attack", 2),
    ("en", "On 12 March, traders took to the streets of the town to denounce new taxes.",
     "Peaceful protest", None),
    ("fr", "Le 12 mars, des commerçants sont descendus dans la rue pour dénoncer les taxes.",
     "Peaceful protest", None),
    ("en", "On 12 March, armed men stripped travellers of their phones and cash on the road.",
     "Looting/property destruction", None),
    ("en", "On 12 March, the governor extended the night curfew in the region by a month.",
     "Change to group/activity", None),
    ("fr", "Le 12 mars, le gouverneur a prorogé le couvre-feu dans la région d'un mois.",
     "Change to group/activity", None),
    ("en", "On 12 March, armed men ordered the residents of two hamlets to leave.", "Other", None),
    ("fr", "Le 12 mars, des hommes armés ont expulsé les habitants de deux hameaux.", "Other", None),
    ("en", "On 12 March, the army carried out an air-supported operation against militants.",
     "Armed clash", None),
    ("fr", "Le 12 mars, l'armée a mené une opération aéroterrestre contre des jihadistes.",
     "Armed clash", None),
    ("en", "On 12 March, gunmen attacked a convoy of soldiers, who fought back.", "Armed clash", None),
    ("fr", "Le 12 mars, des hommes armés ont attaqué un convoi de soldats, qui ont riposté.",
     "Armed clash", None),
    ("en", "On 12 March, soldiers killed two IED planters near the bridge.", "Armed clash", 2),
    ("fr", "Le 12 mars, des soldats ont tué deux poseurs d'engins explosifs près du pont.",
     "Armed clash", 2),
    ("en", "On 12 March, gunmen seized a large number of livestock from herders.",
     "Looting/property destruction", None),
    ("en", "On 12 March, gunmen set ablaze two trucks on the road.",
     "Looting/property destruction", None),
    ("en", "On 12 March, soldiers disarmed eight rifles from militiamen at a checkpoint.",
     "Disrupted weapons use", None),
]


@pytest.mark.parametrize(("lang", "text", "sub_event", "deaths"), CASES)
def test_indirect_event_words(
    lang: str, text: str, sub_event: str, deaths: int | None, stages: Stages
) -> None:
    art = Article(id=Article.make_id(text), text=text, language=lang, published=PUBLISHED)
    (result,) = stages.process([art])
    assert isinstance(result, ArticleExtraction)
    assert result.mentions, f"no event in {text!r}"
    main = next(m for m in result.mentions if m.primary)
    assert main.sub_event_type == sub_event
    assert main.date is not None and main.date.value == date(2024, 3, 12)
    if deaths is not None:
        assert main.fatalities == deaths


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Officials said the curfew would be extended if the attacks continued."),
        ("fr", "Les autorités ont dit que le couvre-feu pourrait être prorogé si les attaques continuent."),
    ],
)
def test_hypothetical_extension_is_not_an_event(lang: str, text: str, stages: Stages) -> None:
    art = Article(id=Article.make_id(text), text=text, language=lang, published=PUBLISHED)
    (result,) = stages.process([art])
    assert isinstance(result, ArticleExtraction)
    assert not result.mentions


@pytest.mark.parametrize(
    ("text", "happened"),
    [
        ("Students demonstrated in the capital over the 2019 killing of a journalist.", True),
        ("In 2019, students demonstrated in the capital.", False),
    ],
)
def test_a_year_that_names_another_event_does_not_date_the_act(
    text: str, happened: bool, stages: Stages
) -> None:
    art = Article(id=Article.make_id(text), text=text, language="en", published=PUBLISHED)
    (result,) = stages.process([art])
    assert isinstance(result, ArticleExtraction)
    assert bool(result.mentions) is happened
    if happened:
        assert result.mentions[0].sub_event_type == "Peaceful protest"


def test_event_words_come_from_the_language_bundle() -> None:
    assert language_events("fr").module is load("fr").events
    # a language without a folder is read with the reference language's words
    assert language_events("de").lang == REFERENCE
    assert SUPPORTED_LANGUAGES == available()
