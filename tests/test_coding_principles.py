"""How ACLED codes acts that a report tells with more than one weapon or with words that look
like something else: a month spelt like a mood word, air strikes told by the aircraft, rockets
fired in a ground assault, an attack opened by a bomb and carried on with gunfire. Invented
sentences, in English and French."""

from __future__ import annotations

from datetime import date

import pytest

from eventfuse.pipeline import Stages
from eventfuse.records import Article, ArticleExtraction

PUBLISHED = date(2024, 5, 20)


def main_act(text: str, lang: str, stages: Stages) -> str | None:
    art = Article(id=Article.make_id(text), text=text, language=lang, published=PUBLISHED)
    (result,) = stages.process([art])
    assert isinstance(result, ArticleExtraction)
    main = next((m for m in result.mentions if m.primary), None)
    return main.sub_event_type if main is not None else None


CASES = [
    # (lang, text, sub-event type of the main act)
    # a month spelt like a modal verb is a date, not a doubt ("On 12 May, an airstrike")
    ("en", "On 12 May 2024, an airstrike by the air force was carried out near the old ford.", "Air/drone strike"),
    ("fr", "Le 12 mai 2024, une frappe aérienne de l'armée de l'air a été menée près du vieux gué.", "Air/drone strike"),
    ("en", "On May 12, fighting between two armed groups left six dead near the old ford.", "Armed clash"),
    ("fr", "Le 12 mai, des combats entre deux groupes armés ont fait six morts près du vieux gué.", "Armed clash"),
    # "aussi" ends like "si" (if): an act told with "also" happened
    ("en", "On 12 May, gunmen entered the hamlet and also burned the granaries.", "Looting/property destruction"),
    ("fr", "Le 12 mai, des hommes armés sont entrés dans le hameau et ont aussi incendié les greniers.",
     "Looting/property destruction"),
]


@pytest.mark.parametrize(("lang", "text", "sub_event"), CASES)
def test_acts_coded_as_acled_codes_them(lang: str, text: str, sub_event: str, stages: Stages) -> None:
    assert main_act(text, lang, stages) == sub_event
