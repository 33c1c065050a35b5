"""A demonstration is coded by what the sentences that tell it say happened in it, and weapons
named as what an act was done with decide its type (invented sentences, English and French)."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import extraction

from eventfuse.extract.demonstrations import demonstration_type
from eventfuse.pipeline import Stages
from eventfuse.records import Article, ArticleExtraction
from eventfuse.taxonomy import (
    EXCESSIVE_FORCE_AGAINST_PROTESTERS,
    PEACEFUL_PROTEST,
    PROTEST_WITH_INTERVENTION,
    VIOLENT_DEMONSTRATION,
)

PUBLISHED = date(2024, 3, 15)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("pupils marched to the prefecture to demand exams.", PEACEFUL_PROTEST),
        ("des élèves ont marché vers la préfecture pour réclamer les examens.", PEACEFUL_PROTEST),
        ("traders marched; some threw stones at the gendarmes, who fired tear gas.", VIOLENT_DEMONSTRATION),
        ("des commerçants ont marché ; certains ont jeté des pierres sur les gendarmes.", VIOLENT_DEMONSTRATION),
        ("the crowd burned tyres and a police car.", VIOLENT_DEMONSTRATION),
        ("la foule a incendié la mairie.", VIOLENT_DEMONSTRATION),
        ("soldiers opened fire on the marchers and killed two of them.", EXCESSIVE_FORCE_AGAINST_PROTESTERS),
        ("des soldats ont tiré à balles réelles sur la foule.", EXCESSIVE_FORCE_AGAINST_PROTESTERS),
        ("the police dispersed the sit-in with tear gas.", PROTEST_WITH_INTERVENTION),
        ("la police a dispersé le sit-in au gaz lacrymogène.", PROTEST_WITH_INTERVENTION),
        ("riot police watched the march pass.", PEACEFUL_PROTEST),
        ("they marched against police brutality.", PEACEFUL_PROTEST),
        ("they demanded the release of detained activists.", PEACEFUL_PROTEST),
    ],
)
def test_what_happened_at_the_demonstration_codes_it(text: str, expected: str) -> None:
    assert demonstration_type(text, PEACEFUL_PROTEST) == expected


def test_the_demonstrators_own_violence_outweighs_the_force_met() -> None:
    text = "youths barricaded the road; gendarmes fired live rounds and wounded three demonstrators."
    assert demonstration_type(text, PEACEFUL_PROTEST) == VIOLENT_DEMONSTRATION


CASES = [
    # (lang, text, sub-event type)
    ("en", ("On 12 March, hundreds of traders demonstrated in the town. Some of them threw stones at the "
     "gendarmes, who answered with tear gas."), VIOLENT_DEMONSTRATION),
    ("fr", ("Le 12 mars, des centaines de commerçants ont manifesté dans la ville. Certains ont jeté des "
     "pierres sur les gendarmes, qui ont répliqué par des gaz lacrymogènes."), VIOLENT_DEMONSTRATION),
    ("en", ("On 12 March, students protested against the closure of their school. The police dispersed "
     "them with tear gas."), PROTEST_WITH_INTERVENTION),
    ("fr", ("Le 12 mars, des étudiants ont manifesté contre la fermeture de leur école. La police les a "
     "dispersés au gaz lacrymogène."), PROTEST_WITH_INTERVENTION),
    ("en", "On 12 March, soldiers opened fire on demonstrators in the town, killing three.",
     EXCESSIVE_FORCE_AGAINST_PROTESTERS),
    ("fr", ("Le 12 mars, des soldats ont ouvert le feu sur des manifestants dans la ville, tuant trois "
     "personnes."), EXCESSIVE_FORCE_AGAINST_PROTESTERS),
    ("en", "On 12 March, residents demonstrated against the killing of two herders by gunmen.",
     PEACEFUL_PROTEST),
    ("fr", ("Le 12 mars, des habitants ont manifesté contre l'assassinat de deux bergers par des hommes "
     "armés."), PEACEFUL_PROTEST),
    ("en", "On 12 March, riot police watched as thousands of teachers marched through the town.",
     PEACEFUL_PROTEST),
    ("en", "On 12 March, students rioted on the campus after a classmate died in custody.",
     VIOLENT_DEMONSTRATION),
    ("fr", "Le 12 mars, des jeunes ont mené une émeute dans le quartier après la mort d'un camarade.",
     VIOLENT_DEMONSTRATION),
    ("en", "On 12 March, vigilantes beat two suspected thieves to death in the village.", "Mob violence"),
    ("en", "On 12 March, gunmen attacked a police post with hand grenades.", "Grenade"),
    ("fr", "Le 12 mars, des hommes armés ont attaqué un poste de police avec des grenades.", "Grenade"),
    ("en", "On 12 March, two people were wounded when a grenade exploded at the market.", "Grenade"),
    ("fr", "Le 12 mars, deux personnes ont été blessées dans l'explosion d'une grenade au marché.", "Grenade"),
    ("en", "On 12 March, militants fired shells filled with poisonous gas at the town.", "Chemical weapon"),
    ("fr", "Le 12 mars, des militants ont tiré des obus chargés de gaz toxiques sur la ville.",
     "Chemical weapon"),
    ("en", "On 12 March, the police used stun grenades to disperse protesters in the town.",
     PROTEST_WITH_INTERVENTION),
    ("fr", "Le 12 mars, la police a utilisé des grenades assourdissantes pour disperser les manifestants.",
     PROTEST_WITH_INTERVENTION),
]


@pytest.mark.parametrize(("lang", "text", "sub_event"), CASES)
def test_reports_of_demonstrations_and_weapons(lang: str, text: str, sub_event: str, stages: Stages) -> None:
    art = Article(id=Article.make_id(text), text=text, language=lang, published=PUBLISHED)
    (result,) = stages.process([art])
    assert isinstance(result, ArticleExtraction)
    assert result.mentions, f"no event in {text!r}"
    main = next(m for m in result.mentions if m.primary)
    assert main.sub_event_type == sub_event


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "On 12 March, residents of Maradi, Niger, barricaded roads and burned tires; security forces intervened."),
        ("fr", "Le 12 mars, des habitants de Maradi, au Niger, ont barricadé les routes ; les forces de sécurité sont intervenues."),
    ],
)
def test_the_forces_that_step_in_are_the_demonstrations_second_side(lang: str, text: str, stages: Stages) -> None:
    main = next(m for m in extraction(stages, text, lang, PUBLISHED).mentions if m.primary)
    assert main.sub_event_type in {"Violent demonstration", "Protest with intervention"}
    # ACLED: the police of the country face the crowd, whatever the report calls the forces
    assert main.actor2 is not None and main.actor2.name.startswith("Police Forces of Niger")

