"""Acts told as sought, not done: a purpose or a request clause ("troops sent to fight the
rebels", « pour demander un appui aérien »); forces as the subject of a protest word ("jets
rallied") gather for an operation, they do not demonstrate; a place name the NER ran on into a
byline ends before it. Invented reports, English and French."""

from __future__ import annotations

from datetime import date

import pytest
import spacy
from conftest import extraction
from spacy.tokens import Doc, Span

from eventfuse.extract.place_relabel import relabel_misread_places
from eventfuse.pipeline import Stages


def _read(text: str, lang: str, stages: Stages) -> tuple[dict[str, list[str]], list[str | None]]:
    result = extraction(stages, text, lang, date(2024, 3, 15))
    reasons: dict[str, list[str]] = {}
    for s in result.set_aside:
        reasons.setdefault(s.reason, []).append(s.span.quote)
    return reasons, [m.sub_event_type for m in result.mentions]


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        ("en", "On 12 March, the government sent 300 troops to Koupela to combat the rebels, officials said.", "combat"),
        ("en", "On 12 March, soldiers in Koupela called by radio to request air support.", "air support"),
        ("fr", "Le 12 mars, les soldats de Koupéla ont alerté par radio pour demander un appui aérien.", "appui aérien"),
        ("fr", "Le 12 mars, des renforts ont été envoyés à Koupéla afin de tendre une embuscade aux rebelles.", "embuscade"),
        ("fr", "Le 12 mars, le gouvernement a envoyé 300 soldats à Koupéla pour tendre une embuscade aux rebelles.", "embuscade"),
        ("en", "On 12 March, reinforcements were sent to Koupela in order to attack the rebel bases.", "attack"),
    ],
)
def test_a_sought_act_did_not_happen(lang: str, text: str, word: str, stages: Stages) -> None:
    reasons, subs = _read(text, lang, stages)
    assert any(word in q for q in reasons.get("hypothetical", []))
    assert "Armed clash" not in subs and "Air/drone strike" not in subs


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "On 12 March, gunmen attacked the army post in Koupela, Burkina Faso, killing ten soldiers."),
        ("fr", "Le 12 mars, des hommes armés ont attaqué le poste de l'armée à Koupéla, au Burkina Faso, tuant dix soldats."),
    ],
)
def test_a_told_act_stays(lang: str, text: str, stages: Stages) -> None:
    reasons, subs = _read(text, lang, stages)
    assert "hypothetical" not in reasons
    assert subs


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        ("en", "On 12 March, gunmen attacked the army post in Koupela. Fighter jets rallied on Thursday to chase the attackers away, the army said.", "rallied"),
        ("fr", "Le 12 mars, des hommes armés ont attaqué le poste de l'armée à Koupéla. Des hélicoptères ont manifesté leur présence au-dessus du poste.", "manifesté"),
    ],
)
def test_forces_that_rally_do_not_demonstrate(lang: str, text: str, word: str, stages: Stages) -> None:
    _, subs = _read(text, lang, stages)
    assert not any(s and "protest" in s.lower() for s in subs)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "On 12 March, hundreds of students rallied in Koupela, Burkina Faso, against the new fees."),
        ("fr", "Le 12 mars, des centaines d'étudiants ont manifesté à Koupéla, au Burkina Faso, contre les frais."),
    ],
)
def test_people_who_rally_demonstrate(lang: str, text: str, stages: Stages) -> None:
    reasons, subs = _read(text, lang, stages)
    assert "forces_gathering" not in reasons
    assert "Peaceful protest" in subs


@pytest.mark.parametrize(
    ("lang", "words", "byline"),
    [
        ("en", ["Attack", "on", "a", "post", "in", "Tamba", "Written", "by", "Jo", "Doe", "on", "3", "May"], 6),
        ("fr", ["Attaque", "contre", "un", "poste", "à", "Tamba", "Rédigé", "par", "Jo", "Doe", "le", "3", "mai"], 6),
    ],
)
def test_a_place_name_ends_before_a_byline(lang: str, words: list[str], byline: int) -> None:
    doc = Doc(spacy.blank(lang).vocab, words=words)
    doc.ents = [Span(doc, 5, byline + 1, label="GPE")]
    relabel_misread_places(doc, lambda _name: 0)
    assert [e.text for e in doc.ents] == ["Tamba"]
