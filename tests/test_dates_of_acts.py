"""Dating an act in a report (``extract.when``): same-day weekdays, nights, statements,
datelines and dates inside names, on invented English and French reports."""

from __future__ import annotations

from datetime import date

import pytest

from eventfuse.pipeline import Stages
from eventfuse.records import Article, ArticleExtraction


def _main_date(stages: Stages, text: str, lang: str, published: date | None) -> date | None:
    art = Article(id=Article.make_id(text), text=text, language=lang, published=published)
    (result,) = stages.process([art])
    assert isinstance(result, ArticleExtraction)
    main = next(m for m in result.mentions if m.primary)
    return main.date.value if main.date else None


FRIDAY = date(2024, 3, 8)


@pytest.mark.parametrize(
    ("lang", "text", "published", "want"),
    [
        # a same-day story: "on Friday" in a Friday paper is that Friday
        ("en", "Gunmen attacked an army post near Gossi on Friday, killing five soldiers.", FRIDAY, FRIDAY),
        ("fr", "Des hommes armés ont attaqué vendredi un poste de l'armée près de Gossi, tuant cinq soldats.",
         FRIDAY, FRIDAY),
        # a night "of Thursday to Friday" is the Friday
        ("en", "Gunmen attacked an army post near Gossi on the night of Thursday to Friday, killing five soldiers.",
         FRIDAY, FRIDAY),
        ("fr", "Des hommes armés ont attaqué un poste de l'armée près de Gossi dans la nuit de jeudi à vendredi.",
         FRIDAY, FRIDAY),
        # a statement's date gives way to the date of the lead (up to 3 days before it) ...
        ("en", ("On Wednesday, traders gathered at the Gossi market as usual. Gunmen killed five soldiers at "
               "an army post near the market, the army said on Friday."), FRIDAY, date(2024, 3, 6)),
        ("fr", ("Mercredi, les commerçants se sont réunis au marché de Gossi comme d'habitude. Des hommes armés "
               "ont tué cinq soldats à un poste de l'armée près du marché, a annoncé vendredi l'armée."),
         FRIDAY, date(2024, 3, 6)),
        # ... and stays when nothing else dates the act
        ("en", "Gunmen killed five soldiers at an army post near Gossi, the army said on Friday.", FRIDAY, FRIDAY),
        ("fr", ("Des hommes armés ont tué cinq soldats à un poste de l'armée près de Gossi, a annoncé vendredi "
               "l'armée."), FRIDAY, FRIDAY),
        # a dateline dates the writing, and "yesterday" counts from it
        ("en", ("Army post attacked\n\nGOSSI, March 7 (Reuters) - Gunmen attacked an army post near Gossi "
               "yesterday, killing five soldiers."), FRIDAY, date(2024, 3, 6)),
        ("fr", ("Poste attaqué\n\nGOSSI, 7 mars (AFP) - Des hommes armés ont attaqué hier un poste de l'armée "
               "près de Gossi, tuant cinq soldats."), FRIDAY, date(2024, 3, 6)),
        # a date inside a movement's name is not the date of its march
        ("en", "Thousands of supporters of the March 1 Movement marched in Gao on Thursday.", FRIDAY,
         date(2024, 3, 7)),
        ("fr", "Des milliers de partisans du Mouvement du 1er mars ont manifesté jeudi à Gao.", FRIDAY,
         date(2024, 3, 7)),
    ],
)
def test_date_of_the_main_act(stages: Stages, lang: str, text: str, published: date, want: date) -> None:
    assert _main_date(stages, text, lang, published) == want


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", ("After the service on Sunday 3 March 2024, the faithful of the small church of Gossi stayed in "
               "the courtyard with their pastor and several elders of the village, talking about the harvest, "
               "the new school, the price of millet at the market and the coming rainy season, as they did "
               "every week before going back to their fields and their homes.\n\nThe pastor and the faithful "
               "had no choice but to obey.\n\nThe gunmen then shot dead six worshippers behind the building.")),
        ("fr", ("Après le culte du dimanche 3 mars 2024, les fidèles de la petite église de Gossi discutaient "
               "dans la cour avec leur pasteur et plusieurs anciens du village de la récolte, de la nouvelle "
               "école, du prix du mil au marché et de la saison des pluies à venir, comme chaque semaine avant "
               "de rentrer dans leurs champs et leurs maisons.\n\nLe pasteur et les fidèles n'ont eu d'autre "
               "choix que d'obéir.\n\nLes hommes armés ont ensuite abattu six fidèles derrière l'édifice.")),
    ],
)
def test_the_lead_dates_an_act_that_nothing_nearer_dates(stages: Stages, lang: str, text: str) -> None:
    """A day written out in the story's lead dates a later act that no nearer date dates."""
    assert _main_date(stages, text, lang, date(2024, 3, 5)) == date(2024, 3, 3)


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        # a period of the act's sentence that the next sentence narrows: the narrower date
        ("en", ("Soldiers executed dozens of villagers in late March in a village near Gossi, a rights group "
               "says. Its report describes killings over several days between 24 and 28 March in the village."),
         date(2024, 3, 24)),
        ("fr", ("Des soldats ont exécuté des dizaines de villageois fin mars dans un village près de Gossi, "
               "dénonce une ONG. Son rapport décrit des tueries sur plusieurs jours entre le 24 et le 28 mars "
               "dans le village."), date(2024, 3, 24)),
        # ... not a date outside the period
        ("en", ("Soldiers executed dozens of villagers in late March in a village near Gossi, a rights group "
               "says. Its report, released on 2 March, had warned of such killings."), date(2024, 3, 28)),
        ("fr", ("Des soldats ont exécuté des dizaines de villageois fin mars dans un village près de Gossi, "
               "dénonce une ONG. Son rapport, publié le 2 mars, avait mis en garde contre ces tueries."),
         date(2024, 3, 28)),
        # ... nor one in the next paragraph
        ("en", ("Soldiers executed dozens of villagers in late March in a village near Gossi, a rights group "
               "says.\n\nOn 25 March, the minister visited Gao."), date(2024, 3, 28)),
        ("fr", ("Des soldats ont exécuté des dizaines de villageois fin mars dans un village près de Gossi, "
               "dénonce une ONG.\n\nLe 25 mars, le ministre s'est rendu à Gao."), date(2024, 3, 28)),
        # two days told together: the first
        ("en", "Security forces shot dead seven protesters during the marches on 10 and 11 March in Gao.",
         date(2024, 3, 10)),
        ("fr", "Les forces de sécurité ont tué sept manifestants lors des marches des 10 et 11 mars à Gao.",
         date(2024, 3, 10)),
    ],
)
def test_a_period_gives_way_to_a_narrower_date(stages: Stages, lang: str, text: str, want: date) -> None:
    assert _main_date(stages, text, lang, date(2024, 4, 2)) == want
