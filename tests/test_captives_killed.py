"""Captives killed after their abduction: ACLED codes the abduction and the killing of the
abducted as one attack, dated and placed where they were taken (invented reports, English and
French)."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import extraction
from test_sides import primary_act

from eventfuse.pipeline import Stages


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", ("On 12 March, gunmen abducted four herders near Koupela, Burkina Faso. "
                "Three of them were executed.")),
        ("fr", ("Le 12 mars, des hommes armés ont enlevé quatre éleveurs près de Koupéla, au Burkina Faso. "
                "Trois d'entre eux ont été exécutés.")),
    ],
)
def test_captives_executed_make_the_abduction_an_attack(lang: str, text: str, stages: Stages) -> None:
    main = primary_act(text, lang, stages)
    assert main.sub_event_type == "Attack"
    assert main.event_type == "Violence against civilians"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", ("On 12 March, gunmen abducted Moussa Diallo, a trader, near Koupela, Burkina Faso. "
                "On 14 March, a police spokesman said that Moussa Diallo had been found dead near Tenkodogo.")),
        ("fr", ("Le 12 mars, des hommes armés ont enlevé Moussa Diallo, un commerçant, près de Koupéla, au Burkina Faso. "
                "Le 14 mars, la police a indiqué que Moussa Diallo avait été retrouvé mort près de Tenkodogo.")),
    ],
)
def test_the_same_captive_found_dead_days_later_is_one_attack(lang: str, text: str, stages: Stages) -> None:
    main = primary_act(text, lang, stages)
    assert main.sub_event_type == "Attack"
    assert main.date is not None and main.date.value.day == 12  # the day of the abduction
    art_acts = [p.sub_event_type for p in main.parts]
    assert "Attack" in art_acts  # the killing is told as part of it, not as an event of its own


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "On 12 March, gunmen abducted four herders near Koupela, Burkina Faso."),
        ("fr", "Le 12 mars, des hommes armés ont enlevé quatre éleveurs près de Koupéla, au Burkina Faso."),
    ],
)
def test_an_abduction_alone_stays_an_abduction(lang: str, text: str, stages: Stages) -> None:
    assert primary_act(text, lang, stages).sub_event_type == "Abduction/forced disappearance"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", ("On 12 March, gunmen abducted Moussa Diallo, a trader, near Koupela, Burkina Faso. "
                "The reporter Awa Traoré writes that his captors killed him.")),
        ("fr", ("Le 12 mars, des hommes armés ont enlevé Moussa Diallo, un commerçant, près de Koupéla, au Burkina Faso. "
                "La journaliste Awa Traoré écrit que ses ravisseurs l'ont tué.")),
    ],
)
def test_a_pronoun_victim_is_not_the_person_who_tells_it(lang: str, text: str, stages: Stages) -> None:
    result = extraction(stages, text, lang, date(2024, 3, 15))
    assert result.mentions
    assert not any("Traoré" in v for m in result.mentions for v in m.victims)
    main = next(m for m in result.mentions if m.primary)
    assert main.sub_event_type == "Attack" and any("Diallo" in v for v in main.victims)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", ("On 12 March, gunmen abducted 15 people in Koupela, Burkina Faso. "
                "One person was killed and 14 hostages were released.")),
        ("fr", ("Le 12 mars, des hommes armés ont enlevé 15 personnes à Koupéla, au Burkina Faso. "
                "Une personne a été tuée et 14 otages ont été libérés.")),
    ],
)
def test_some_of_the_captives_killed_make_it_an_attack(lang: str, text: str, stages: Stages) -> None:
    main = primary_act(text, lang, stages)
    assert main.sub_event_type == "Attack"
    assert main.fatalities == 1


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", ("On 12 March, gunmen abducted Moussa Diallo, a trader, near Koupela, Burkina Faso. "
                "His body was found the next day near Tenkodogo.")),
        ("fr", ("Le 12 mars, des hommes armés ont enlevé Moussa Diallo, un commerçant, près de Koupéla, au Burkina Faso. "
                "Son corps a été retrouvé le lendemain près de Tenkodogo.")),
    ],
)
def test_the_captive_whose_body_was_found_elsewhere_is_one_attack(lang: str, text: str, stages: Stages) -> None:
    main = primary_act(text, lang, stages)
    assert main.sub_event_type == "Attack"
    assert main.date is not None and main.date.value.day == 12
