"""A report read as a document: its news is the incident it reports (its parts folded in, as
ACLED codes it once); recalled incidents, reactions and acts that did not happen are set aside,
each with its reason; a folded act still links in the act groups of its parts."""

from __future__ import annotations

from datetime import date

import pytest

from eventfuse.link import LinkOptions, link_mentions
from eventfuse.link.blocking import link_blocked
from eventfuse.link.cluster import act_groups, compatible
from eventfuse.pipeline import Stages
from eventfuse.records import (
    Actor,
    Article,
    ArticleExtraction,
    DateMention,
    Mention,
    Place,
    SetAside,
    Span,
)
from eventfuse.store import codec
from eventfuse.taxonomy import sub_event

PUBLISHED = date(2024, 3, 15)


def _read(stages: Stages, lang: str, text: str) -> ArticleExtraction:
    art = Article(id=Article.make_id(text), text=text, language=lang, published=PUBLISHED)
    (result,) = stages.process([art])
    assert isinstance(result, ArticleExtraction)
    return result


FOLDED = [
    ("en", ("On 12 March, gunmen attacked the village of Kalanba, killing five civilians. "
           "The attackers also burned the market and looted shops in Kalanba. "
           "They kidnapped two teachers before leaving.")),
    ("fr", ("Le 12 mars, des hommes armés ont attaqué le village de Kalanba, tuant cinq civils. "
           "Les assaillants ont aussi incendié le marché et pillé des boutiques à Kalanba. "
           "Ils ont enlevé deux enseignants avant de repartir.")),
]


@pytest.mark.parametrize(("lang", "text"), FOLDED)
def test_an_attack_told_with_its_parts_is_one_event(lang: str, text: str, stages: Stages) -> None:
    result = _read(stages, lang, text)
    assert len(result.mentions) == 1, [m.sub_event_type for m in result.mentions]
    (main,) = result.mentions
    assert main.sub_event_type == "Attack" and main.fatalities == 5
    parts = {p.sub_event_type for p in main.parts}
    assert "Looting/property destruction" in parts
    assert all(p.reason == "part_of_main" for p in main.parts)
    assert set(main.parts) <= set(result.set_aside)


RECALLED = [
    ("en", ("On 12 March, gunmen killed four soldiers in an ambush near Tessit. "
           "On 5 March, militants had attacked a police post in Labbezanga, killing two officers.")),
    ("fr", ("Le 12 mars, des hommes armés ont tué quatre soldats dans une embuscade près de Tessit. "
           "Le 5 mars, des jihadistes avaient attaqué un poste de police à Labbezanga, tuant deux agents.")),
]


@pytest.mark.parametrize(("lang", "text"), RECALLED)
def test_an_earlier_incident_recalled_is_set_aside(lang: str, text: str, stages: Stages) -> None:
    result = _read(stages, lang, text)
    assert len(result.mentions) == 1, [(m.sub_event_type, m.date) for m in result.mentions]
    assert result.mentions[0].date is not None and result.mentions[0].date.value == date(2024, 3, 12)
    assert "recalled" in {s.reason for s in result.set_aside}


REACTIONS = [
    ("en", ("On 12 March, gunmen killed six villagers in Kalanba. "
           "Residents held a rally in the town square to denounce the killings.")),
    ("fr", ("Le 12 mars, des hommes armés ont tué six villageois à Kalanba. "
           "Des habitants ont organisé un rassemblement sur la place du village pour dénoncer les tueries.")),
]


@pytest.mark.parametrize(("lang", "text"), REACTIONS)
def test_a_gathering_about_the_violence_is_a_reaction(lang: str, text: str, stages: Stages) -> None:
    result = _read(stages, lang, text)
    assert [m.sub_event_type for m in result.mentions] == ["Attack"]
    assert "reaction" in {s.reason for s in result.set_aside}


BACK = [
    ("en", ("On 12 March, gunmen attacked an army post in Boni, killing seven soldiers. "
           "Officials in Douentza said the attack lasted two hours.")),
    ("fr", ("Le 12 mars, des hommes armés ont attaqué un poste de l'armée à Boni, tuant sept soldats. "
           "Selon des responsables à Douentza, l'attaque a duré deux heures.")),
]


@pytest.mark.parametrize(("lang", "text"), BACK)
def test_an_act_that_refers_back_is_the_main_act(lang: str, text: str, stages: Stages) -> None:
    result = _read(stages, lang, text)
    assert len(result.mentions) == 1, [(m.sub_event_type, m.trigger.quote) for m in result.mentions]


NOT_HAPPENED = [
    ("en", "On 12 March, gunmen killed three herders near Kalanba. The army did not attack the camp.",
     "negated"),
    ("fr", ("Le 12 mars, des hommes armés ont tué trois éleveurs près de Kalanba. "
           "L'armée n'a pas attaqué le camp."), "negated"),
]


@pytest.mark.parametrize(("lang", "text", "reason"), NOT_HAPPENED)
def test_acts_set_aside_carry_their_reason(lang: str, text: str, reason: str, stages: Stages) -> None:
    result = _read(stages, lang, text)
    assert reason in {s.reason for s in result.set_aside}
    assert {s.span for s in result.set_aside if s.reason == reason} <= set(result.not_happened)


def test_the_detainees_of_a_prison_are_no_arrest(stages: Stages) -> None:
    text = ("Le 12 mars, des hommes armés ont attaqué la prison de Kalanba. "
            "La prison abrite les détenus les plus dangereux du pays.")
    result = _read(stages, "fr", text)
    assert "Arrests" not in {m.sub_event_type for m in result.mentions}


# --- linking with the parts of a folded act ----------------------------------------------------

TOWN = Place("Sokoura", 14.1, -3.9, "Mali", "Mopti", "Bankass", geo_precision=1)


def _mention(aid: str, sub: str, parts: tuple[str, ...] = ()) -> Mention:
    info = sub_event(sub)
    span = Span(aid, 0, 5, "words")
    return Mention(
        id=Mention.make_id(aid, 0, sub), article=aid, sub_event_type=sub, event_type=info.event_type,
        disorder_type=info.disorder_type, trigger=span, sentence=span,
        date=DateMention(date(2024, 3, 9), 1, span, explicit=True),
        actor1=Actor("Unidentified Armed Group (Mali)", 3, span=span), place=TOWN,
        parts=tuple(SetAside(span, "part_of_main", p) for p in parts),
    )


def test_a_folded_act_links_in_its_parts_groups() -> None:
    abduction = _mention("a1", "Abduction/forced disappearance", parts=("Attack",))
    attack = _mention("a2", "Attack")
    protest = _mention("a3", "Peaceful protest")
    assert act_groups(abduction) == {"abduction", "violence"}
    opts = LinkOptions()
    assert compatible(abduction, attack, options=opts, sources={})
    assert compatible(attack, abduction, options=opts, sources={})
    assert not compatible(abduction, protest, options=opts, sources={})
    for order in ([abduction, attack, protest], [protest, attack, abduction]):
        clusters = link_mentions(order, options=opts)
        assert sorted(len(c.mentions) for c in clusters) == [1, 2]
        assert {c.id for c in link_blocked(order, options=opts)} == {c.id for c in clusters}


def test_parts_survive_the_store_codec() -> None:
    m = _mention("a1", "Abduction/forced disappearance", parts=("Attack",))
    back = codec.decode_value(codec.encode_value(m, Mention), Mention)
    assert back == m and back.parts[0].reason == "part_of_main"
