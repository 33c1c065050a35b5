"""The two sides of an act when a generic noun is followed by the group a bracket says it is:
"four 'terrorists' (suspected to be JNIM)" is JNIM, an armed party: a clash, not an attack on
civilians."""

from __future__ import annotations

from datetime import date

import pytest

from eventfuse.pipeline import Stages
from eventfuse.records import Article, ArticleExtraction, Mention

JNIM = "JNIM: Group for Support of Islam and Muslims"


def primary_act(text: str, lang: str, stages: Stages) -> Mention:
    """The main act the pipeline reads in ``text`` (a report of 15 March 2024)."""
    art = Article(id=Article.make_id(text), text=text, language=lang, published=date(2024, 3, 15))
    (result,) = stages.process([art])
    assert isinstance(result, ArticleExtraction) and result.mentions, text
    return next(m for m in result.mentions if m.primary)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "On 12 March, the army killed four 'terrorists' (suspected to be JNIM) near Boulkessi, Mali."),
        ("en", "On 12 March, soldiers killed three militants (believed to be JNIM) near Boulkessi, Mali."),
        ("fr", "Le 12 mars, l'armée a neutralisé quatre « terroristes » (présumés du JNIM) près de Boulkessi, au Mali."),
    ],
)
def test_bracketed_group_is_the_target(lang: str, text: str, stages: Stages) -> None:
    main = primary_act(text, lang, stages)
    assert main.sub_event_type == "Armed clash"
    assert main.actor2 is not None and main.actor2.name == JNIM
    assert main.actor1 is not None and main.actor1.name.startswith("Military Forces of Mali")


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_violence_against_civilians_always_targets_civilians(lang: str, stages: Stages) -> None:
    text = {
        "en": "On 12 March, gunmen shot dead a trader in the market of Boulkessi, Mali.",
        "fr": "Le 12 mars, des hommes armés ont abattu un commerçant au marché de Boulkessi, au Mali.",
    }[lang]
    main = primary_act(text, lang, stages)
    assert main.event_type == "Violence against civilians"
    assert main.actor2 is not None and main.actor2.name == "Civilians (Mali)"


@pytest.mark.parametrize(
    ("lang", "text", "actor1"),
    [
        ("en", "On 12 March, an army patrol hit an IED planted by JNIM militants near Boulkessi, Mali.", JNIM),
        ("en", "On 12 March, an army vehicle struck a landmine near Boulkessi, Mali.", "Unidentified Armed Group (Mali)"),
        ("fr", "Le 12 mars, un véhicule de l'armée a sauté sur une mine près de Boulkessi, au Mali.",
         "Unidentified Armed Group (Mali)"),
    ],
)
def test_who_runs_into_a_device_is_the_target(lang: str, text: str, actor1: str, stages: Stages) -> None:
    main = primary_act(text, lang, stages)
    assert main.sub_event_type == "Remote explosive/landmine/IED"
    assert main.actor1 is not None and main.actor1.name == actor1
    assert main.actor2 is not None and main.actor2.name.startswith("Military Forces of Mali")


@pytest.mark.parametrize(
    ("lang", "text", "actor2"),
    [
        ("en", "On 12 March, gunmen looted shops in the market of Boulkessi, Mali.", "Civilians (Mali)"),
        ("fr", "Le 12 mars, des hommes armés ont pillé des boutiques au marché de Boulkessi, au Mali.",
         "Civilians (Mali)"),
        ("en", "On 12 March, militants looted an army depot in Boulkessi, Mali.", "Military Forces of Mali"),
    ],
)
def test_looting_takes_civilian_property_unless_an_armed_party_is_named(
    lang: str, text: str, actor2: str, stages: Stages
) -> None:
    main = primary_act(text, lang, stages)
    assert main.sub_event_type == "Looting/property destruction"
    assert main.actor2 is not None and main.actor2.name.startswith(actor2)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "On 12 March, JNIM militants fired mortar shells at the army camp in Boulkessi, Mali."),
        ("fr", "Le 12 mars, des militants du JNIM ont mené une attaque au mortier à Boulkessi, au Mali."),
    ],
)
def test_the_subject_of_a_carrying_out_verb_is_the_perpetrator(lang: str, text: str, stages: Stages) -> None:
    main = primary_act(text, lang, stages)
    assert main.actor1 is not None and main.actor1.name == JNIM


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", ("On 12 March, an army truck struck an IED near Boulkessi, Mali. No one was hurt. "
         "JNIM claimed responsibility.")),
        ("fr", ("Le 12 mars, un camion de l'armée a sauté sur une mine près de Boulkessi, au Mali. "
         "L'engin avait été posé par le JNIM.")),
    ],
)
def test_a_later_claim_names_the_unknown_perpetrator(lang: str, text: str, stages: Stages) -> None:
    main = primary_act(text, lang, stages)
    assert main.actor1 is not None and main.actor1.name == JNIM
    assert main.actor2 is not None and main.actor2.name.startswith("Military Forces of Mali")


def test_a_denied_claim_names_nobody(stages: Stages) -> None:
    text = ("On 12 March, an army truck struck an IED near Boulkessi, Mali. No group has claimed "
            "responsibility, but JNIM is active in the area.")
    main = primary_act(text, "en", stages)
    assert main.actor1 is not None and main.actor1.name.startswith("Unidentified Armed Group")


@pytest.mark.parametrize(
    ("lang", "text", "sub_event"),
    [
        ("en", "On 12 March, gunmen attacked the village of Boulkessi, Mali. They burned the granaries.",
         "Looting/property destruction"),
        ("fr", ("Le 12 mars, des hommes armés ont attaqué le village de Boulkessi, au Mali. Ils ont incendié "
         "les greniers."), "Looting/property destruction"),
        ("en", ("On 12 March, gunmen attacked the village of Boulkessi, Mali. They killed two men and "
         "burned the granaries."), "Attack"),
    ],
)
def test_an_attack_that_only_took_property_is_looting(
    lang: str, text: str, sub_event: str, stages: Stages
) -> None:
    main = primary_act(text, lang, stages)
    assert main.sub_event_type == sub_event
