"""Acts that are no conflict event: blasts, fires and deaths an accident or a natural hazard
caused, and weapons named as tested. They are set aside with a reason; the same acts told with
an armed actor or weapon stay events."""

from __future__ import annotations

from datetime import date

import pytest

from eventfuse.extract.non_conflict import ACCIDENT, NATURAL_HAZARD, NOT_VIOLENCE, WEAPON_TEST
from eventfuse.pipeline import Stages
from eventfuse.records import Article, ArticleExtraction

PUBLISHED = date(2024, 3, 15)

SET_ASIDE = [
    # (lang, text, reason)
    ("en", "On 12 March, a gas cylinder exploded in a restaurant in the old town, killing four diners.", ACCIDENT),
    ("fr", "Le 12 mars, une bonbonne de gaz a explosé dans un restaurant de la vieille ville, tuant quatre clients.",
     ACCIDENT),
    ("en", "Three workers were injured on 12 March when a boiler blew up at a cement factory.", ACCIDENT),
    ("fr", "Trois ouvriers ont été blessés le 12 mars dans l'explosion d'une chaudière d'une usine de ciment.",
     ACCIDENT),
    ("en", "Eleven passengers were killed on 12 March when their minibus overturned on the northern road.",
     ACCIDENT),
    ("fr", "Onze passagers ont été tués le 12 mars dans un accident de minibus sur la route du nord.", ACCIDENT),
    ("en", "A powerful earthquake killed nine people in the hill villages on 12 March.", NATURAL_HAZARD),
    ("fr", "Un puissant séisme a tué neuf personnes dans les villages des collines le 12 mars.", NATURAL_HAZARD),
    ("en", "Flash floods swept through the valley on 12 March. Twenty residents died and dozens were injured.",
     NATURAL_HAZARD),
    ("fr", "Des inondations ont ravagé la vallée le 12 mars. Vingt habitants sont morts, dix blessés.",
     NATURAL_HAZARD),
    ("en", "The council condemned the country's ballistic missile tests and announced new sanctions.",
     WEAPON_TEST),
    ("fr", "Le conseil a condamné les essais de missiles balistiques du pays et annoncé de nouvelles sanctions.",
     WEAPON_TEST),
    ("en", "On 12 March, a cyber attack took down the payment system of the national bank.", NOT_VIOLENCE),
    ("fr", "Le 12 mars, une attaque informatique a paralysé le système de paiement de la banque nationale.", NOT_VIOLENCE),
]

STILL_EVENTS = [
    # (lang, text, sub-event type or None when not checked): the same words with an armed act or actor
    ("en", "On 12 March, militants set fire to a cement factory and killed two guards.", "Attack"),
    ("fr", "Le 12 mars, des jihadistes ont incendié une usine de ciment et tué deux gardiens.", "Attack"),
    ("en", "On 12 March, a bomb hidden in a gas cylinder exploded at the market, killing four people.",
     "Remote explosive/landmine/IED"),
    ("fr", "Le 12 mars, une bombe cachée dans une bonbonne de gaz a explosé au marché, tuant quatre personnes.",
     "Remote explosive/landmine/IED"),
    ("en", "On 12 March, gunmen killed five villagers in the area hit by floods last year.", "Attack"),
    ("fr", "Le 12 mars, des hommes armés ont tué cinq villageois dans la zone touchée par les inondations.",
     "Attack"),
    ("en", "On 12 March, herders and farmers clashed over a well during the drought, and two men were killed.",
     None),
    ("fr", "Le 12 mars, des éleveurs et des agriculteurs se sont affrontés pendant la sécheresse, deux morts.",
     None),
    ("en", "On 12 March, militants targeted the chapel of the village. Its benches were burned, firefighters said.", None),
    ("fr", "Le 12 mars, des jihadistes ont visé la chapelle du village. Ses bancs ont brûlé, selon les pompiers.", None),
]


def _extract(stages: Stages, lang: str, text: str) -> ArticleExtraction:
    art = Article(id=Article.make_id(text), text=text, language=lang, published=PUBLISHED)
    (result,) = stages.process([art])
    assert isinstance(result, ArticleExtraction)
    return result


@pytest.mark.parametrize(("lang", "text", "reason"), SET_ASIDE)
def test_an_act_with_no_one_to_have_done_it_is_no_event(lang: str, text: str, reason: str, stages: Stages) -> None:
    result = _extract(stages, lang, text)
    assert not result.mentions, [m.sub_event_type for m in result.mentions]
    assert reason in {s.reason for s in result.set_aside}


@pytest.mark.parametrize(("lang", "text", "sub_event"), STILL_EVENTS)
def test_an_armed_act_beside_the_same_words_stays_an_event(
    lang: str, text: str, sub_event: str | None, stages: Stages
) -> None:
    result = _extract(stages, lang, text)
    assert result.mentions, f"no event in {text!r}"
    main = next(m for m in result.mentions if m.primary)
    assert sub_event is None or main.sub_event_type == sub_event
