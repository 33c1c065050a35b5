"""Who is armed, who is hurt, what was taken and who arrested whom: the sides of an act decide
its ACLED type (invented sentences, English and French)."""

from __future__ import annotations

import pytest
from test_sides import primary_act

from eventfuse.pipeline import Stages


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "On 12 March, gunmen ambushed a bus near Koupela, Burkina Faso, and shot dead three passengers."),
        ("fr", ("Le 12 mars, des hommes armés ont tendu une embuscade à un car près de Koupéla, au Burkina Faso, "
               "et ont tué trois passagers civils.")),
    ],
)
def test_an_ambush_on_civilians_is_an_attack(lang: str, text: str, stages: Stages) -> None:
    main = primary_act(text, lang, stages)
    assert main.sub_event_type == "Attack"
    assert main.actor2 is not None and main.actor2.name.startswith("Civilians")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "On 12 March, gunmen fought with villagers near Koupela, Burkina Faso, and three people died."),
        ("fr", "Le 12 mars, des hommes armés ont affronté des villageois près de Koupéla, au Burkina Faso."),
    ],
)
def test_a_fight_with_villagers_stays_a_clash(lang: str, text: str, stages: Stages) -> None:
    assert primary_act(text, lang, stages).sub_event_type == "Armed clash"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "On 12 March, presumed jihadists abducted and later executed two teachers in Koupela, Burkina Faso."),
        ("fr", "Le 12 mars, des jihadistes présumés ont enlevé puis exécuté deux enseignants à Koupéla, au Burkina Faso."),
    ],
)
def test_who_abducted_and_executed_is_the_perpetrator(lang: str, text: str, stages: Stages) -> None:
    main = primary_act(text, lang, stages)
    assert main.sub_event_type == "Attack"
    assert main.actor2 is not None and main.actor2.name.startswith("Civilians")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "On 12 March, the army killed 14 presumed jihadist militants near Koupela, Burkina Faso."),
        ("en", "On 12 March, soldiers killed three militants near Koupela, Burkina Faso, and seized rifles and IEDs."),
        ("fr", ("Le 12 mars, les soldats ont tué trois jihadistes près de Koupéla, au Burkina Faso, et saisi des "
               "engins explosifs.")),
    ],
)
def test_fighters_killed_by_soldiers_are_a_clash(lang: str, text: str, stages: Stages) -> None:
    main = primary_act(text, lang, stages)
    assert main.sub_event_type == "Armed clash"
    assert main.actor1 is not None and main.actor1.name.startswith("Military Forces")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "On 12 March, unknown gunmen detained a trader near Koupela, Burkina Faso. He was released later."),
        ("fr", "Le 12 mars, des jihadistes ont arrêté un commerçant près de Koupéla, au Burkina Faso."),
    ],
)
def test_people_detained_by_an_armed_group_are_abducted(lang: str, text: str, stages: Stages) -> None:
    assert primary_act(text, lang, stages).sub_event_type == "Abduction/forced disappearance"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "On 12 March, soldiers arrested five herders in Koupela, Burkina Faso. Three were later executed."),
        ("fr", ("Le 12 mars, des soldats ont arrêté cinq éleveurs à Koupéla, au Burkina Faso. Trois d'entre eux "
               "ont été exécutés.")),
        # the same forces named again as the torturers
        ("en", "On 12 March, soldiers arrested a herder in Koupela, Burkina Faso. The soldiers tortured him."),
        ("fr", "Le 12 mars, des soldats ont arrêté un éleveur à Koupéla, au Burkina Faso. Les soldats l'ont torturé."),
    ],
)
def test_detainees_killed_by_the_forces_that_arrested_them_are_an_attack(
    lang: str, text: str, stages: Stages
) -> None:
    main = primary_act(text, lang, stages)
    assert main.sub_event_type == "Attack"
    assert main.actor1 is not None and main.actor1.name.startswith("Military Forces")


def test_an_arrest_and_a_killing_by_others_stay_apart(stages: Stages) -> None:
    text = "On 12 March, police arrested two suspects in Koupela, Burkina Faso. Separately, gunmen killed a trader."
    assert primary_act(text, "en", stages).sub_event_type == "Arrests"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "On 12 March, militants attacked the police station in Koupela, Burkina Faso, while it was unmanned."),
        ("fr", ("Le 12 mars, des jihadistes ont attaqué le commissariat de Koupéla, au Burkina Faso, alors qu'il "
               "était inoccupé.")),
    ],
)
def test_an_empty_site_attacked_is_property_destruction(lang: str, text: str, stages: Stages) -> None:
    assert primary_act(text, lang, stages).sub_event_type == "Looting/property destruction"


@pytest.mark.parametrize(
    ("lang", "text", "sub"),
    [
        ("en", "On 12 March, militants attacked a Fulani camp near Koupela, Burkina Faso, killing two herders.",
         "Attack"),
        ("en", "On 12 March, militants attacked the police station in Koupela, Burkina Faso, and wounded a policeman.",
         "Armed clash"),
        ("fr", "Le 12 mars, des jihadistes ont attaqué le commissariat de Koupéla, au Burkina Faso.", "Armed clash"),
    ],
)
def test_a_peoples_camp_is_civilian_and_a_police_station_armed(
    lang: str, text: str, sub: str, stages: Stages
) -> None:
    assert primary_act(text, lang, stages).sub_event_type == sub


@pytest.mark.parametrize(
    ("lang", "text", "sub"),
    [
        ("en", "On 12 March, militants killed four people described as Koglweogo militiamen in Koupela, Burkina Faso.",
         "Armed clash"),
        ("fr", ("Le 12 mars, des jihadistes ont tué quatre personnes décrites comme des miliciens koglweogo à Koupéla, "
               "au Burkina Faso."), "Armed clash"),
        ("en", "On 12 March, soldiers shot dead a teacher suspected of being a militant in Koupela, Burkina Faso.",
         "Attack"),
    ],
)
def test_people_described_as_fighters_are_an_armed_side(lang: str, text: str, sub: str, stages: Stages) -> None:
    assert primary_act(text, lang, stages).sub_event_type == sub
