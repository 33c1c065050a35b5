"""One incident, one record: what a report tells around its act (the burial of its dead, an
earlier incident it is set after, a photo caption, its byline, where its wounded were taken)
adds no event, and two reports that guess different groups, or name the act's area, still link.
Invented sentences, in English and French."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import extraction

from eventfuse.extract import dates as date_lib
from eventfuse.extract.reference import told_as_a_precedent
from eventfuse.extract.when import precedent_between, usable_dates
from eventfuse.link import link_mentions
from eventfuse.link.cluster import LinkOptions, area_report, compatible
from eventfuse.pipeline import Stages
from eventfuse.records import (
    Actor,
    ArticleExtraction,
    DateMention,
    Mention,
    Place,
    PlaceMention,
    Span,
)
from eventfuse.taxonomy import sub_event

PUBLISHED = date(2024, 6, 15)


def _read(stages: Stages, lang: str, text: str) -> ArticleExtraction:
    return extraction(stages, text, lang, PUBLISHED)


def _described(result: ArticleExtraction) -> list[tuple[str, object, str]]:
    return [(m.sub_event_type, m.date and m.date.value, m.trigger.quote) for m in result.mentions]


# -- within one report ------------------------------------------------------------------------

BURIED = [
    ("en", ("On 12 June, gunmen attacked an army post in Kalanba, killing 20 soldiers. "
           "Security sources said 25 soldiers killed in the attack were buried on 14 June in the capital.")),
    ("fr", ("Le 12 juin, des hommes armés ont attaqué un poste de l'armée à Kalanba, tuant 20 soldats. "
           "Selon des sources sécuritaires, 25 soldats tués dans l'attaque ont été inhumés le 14 juin dans la capitale.")),
]


@pytest.mark.parametrize(("lang", "text"), BURIED)
def test_the_day_of_the_burial_does_not_make_the_attack_another(lang: str, text: str, stages: Stages) -> None:
    result = _read(stages, lang, text)
    assert len(result.mentions) == 1, _described(result)
    (main,) = result.mentions
    assert main.date is not None and main.date.value == date(2024, 6, 12)


PRECEDENT = [
    ("en", ("On 12 June, gunmen attacked an army post in Kalanba, killing 20 soldiers. "
           "It comes as the army said the day before it killed ten militants in the region.")),
    ("fr", ("Le 12 juin, des hommes armés ont attaqué un poste de l'armée à Kalanba, tuant 20 soldats. "
           "Il intervient alors que l'armée a annoncé la veille avoir tué dix terroristes dans la région.")),
]


@pytest.mark.parametrize(("lang", "text"), PRECEDENT)
def test_an_act_the_report_is_set_after_is_recalled(lang: str, text: str, stages: Stages) -> None:
    result = _read(stages, lang, text)
    assert len(result.mentions) == 1, _described(result)
    assert "recalled" in {s.reason for s in result.set_aside}


CAPTION = [
    ("en", ("FILE - Soldiers mourn comrades killed in an attack on a camp, in the capital, 11 June 2024.\n\n"
           "On 12 June, gunmen attacked an army post in Kalanba, killing 20 soldiers.")),
    ("fr", ("ARCHIVES - Des soldats rendent hommage à leurs camarades tués dans une attaque contre un camp, "
           "dans la capitale, le 11 juin 2024.\n\n"
           "Le 12 juin, des hommes armés ont attaqué un poste de l'armée à Kalanba, tuant 20 soldats.")),
]


@pytest.mark.parametrize(("lang", "text"), CAPTION)
def test_a_photo_caption_tells_no_act_of_the_report(lang: str, text: str, stages: Stages) -> None:
    result = _read(stages, lang, text)
    assert [m.date and m.date.value for m in result.mentions] == [date(2024, 6, 12)], _described(result)
    assert "caption" in {s.reason for s in result.set_aside}


EVACUATED = [
    ("en", ("On 12 June, gunmen ambushed an army patrol near Kalanba, killing five soldiers. "
           "One of the vehicles hit an explosive device and several wounded were evacuated to Doumbala.")),
    ("fr", ("Le 12 juin, des hommes armés ont tendu une embuscade à une patrouille de l'armée près de Kalanba, "
           "tuant cinq soldats. Un des véhicules a sauté sur un engin explosif et plusieurs blessés ont été "
           "évacués à Doumbala.")),
]


@pytest.mark.parametrize(("lang", "text"), EVACUATED)
def test_where_the_wounded_were_taken_does_not_place_a_part_apart(lang: str, text: str, stages: Stages) -> None:
    result = _read(stages, lang, text)
    assert len(result.mentions) == 1, _described(result)


# -- words and dates --------------------------------------------------------------------------

CUES = [
    ("en", "The attack comes one month after the death of 40 soldiers in two attacks on 30 September.",
     "attacks on"),
    ("fr", "L'attaque intervient un mois après la mort de 40 soldats dans deux attaques le 30 septembre.",
     "attaques le"),
]


@pytest.mark.parametrize(("lang", "text", "later"), CUES)
def test_a_precedent_cue_sets_the_acts_after_it_apart(lang: str, text: str, later: str) -> None:
    first = text.index("ttaque" if lang == "fr" else "ttack") - 1
    assert told_as_a_precedent(text, 0, text.index(later), [first])
    assert not told_as_a_precedent(text, 0, first, [])
    assert precedent_between(text, first + 6, text.index("30"))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Attack on an army camp in Kalanba. Published on 14 June 2024. Gunmen killed 20 soldiers on 12 June 2024."),
    ("fr", ("Attaque contre un camp à Kalanba Rédigé par Jean Dupont le 14 juin 2024 à 09:33 "
            "Des hommes armés ont tué 20 soldats le 12 juin 2024.")),
])
def test_a_bylines_date_dates_no_act(lang: str, text: str) -> None:
    exprs = date_lib.find_dates(text, lang=lang, published=PUBLISHED)
    kept = {e.value for e in usable_dates(exprs, text, PUBLISHED)}
    assert date(2024, 6, 12) in kept and date(2024, 6, 14) not in kept


# -- linking ----------------------------------------------------------------------------------

TOWN = Place("Kalanba", 14.0, -4.0, "ML", admin1="Mopti", admin2="Douentza", feature_code="PPL", geo_precision=1,
              mention="Kalanba")


def _mention(aid: str, text: str, *, group: str = "Unidentified Armed Group (Mali)", group_at: int | None = None,
             place: Place = TOWN, pms: tuple[PlaceMention, ...] = ()) -> Mention:
    sentence = Span(aid, 100, 100 + len(text), text)
    info = sub_event("Armed clash")
    start = 100 if group_at is None else group_at
    return Mention(
        id=Mention.make_id(aid, 101, info.name), article=aid, sub_event_type=info.name,
        event_type=info.event_type, disorder_type=info.disorder_type,
        trigger=Span(aid, 101, 106, text[1:6]), sentence=sentence,
        date=DateMention(date(2024, 6, 12), 1, sentence, explicit=True),
        actor1=Actor(group, 2, span=Span(aid, start, start + 5, group[:5])),
        place=place, place_mentions=pms,
    )


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Gunmen attacked the army camp in Kalanba on Tuesday."),
    ("fr", "Des hommes armés ont attaqué mardi le camp militaire de Kalanba."),
])
def test_groups_each_report_only_guessed_elsewhere_do_not_split(lang: str, text: str) -> None:
    a = _mention("a", text, group="Group One", group_at=900)
    b = _mention("b", text, group="Group Two", group_at=700)
    assert len(link_mentions([a, b])) == 1
    named = _mention("c", text, group="Group Three")  # named in the act's own sentence
    assert len(link_mentions([a, named])) == 2


@pytest.mark.parametrize(("lang", "text", "area"), [
    ("en", "A bus hit an explosive device in the Douentza province, killing 14.", "Douentza"),
    ("fr", "Un car a sauté sur un engin explosif dans le Douentza, tuant 14 personnes.", "Douentza"),
])
def test_a_report_naming_the_area_of_the_act_links_with_the_village(lang: str, text: str, area: str) -> None:
    seat = Place(area, 14.5, -3.5, "ML", admin1="Mopti", admin2="Douentza", feature_code="PPLA2", geo_precision=2,
                 mention=area, span=Span("b", 100 + text.index(area), 100 + text.index(area) + len(area), area))
    pm = PlaceMention(area, seat.span or Span("b", 0, 1, area), relation="region")
    village = _mention("a", "Gunmen attacked Kalanba.")
    report = _mention("b", text, place=seat, pms=(pm,))
    assert area_report(report, village.place, LinkOptions())
    assert compatible(village, report, options=LinkOptions(), sources={})
    as_town = _mention("c", text, place=seat, pms=(PlaceMention(area, pm.span, relation="in"),))
    assert not area_report(as_town, village.place, LinkOptions())


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Gunmen attacked the market of Douentza (Douentza cercle) on Tuesday."),
    ("fr", "Des hommes armés ont attaqué mardi le marché de Douentza (cercle de Douentza)."),
])
def test_a_town_named_with_its_own_area_is_the_town(lang: str, text: str) -> None:
    area = "Douentza"
    seat = Place(area, 14.5, -3.5, "ML", admin1="Mopti", admin2="Douentza", feature_code="PPLA2", geo_precision=1,
                 mention=area, span=Span("b", 100, 108, area))
    first, second = (i for i in range(len(text)) if text.startswith(area, i))
    pms = (PlaceMention(area, Span("b", 100 + first, 108 + first, area), relation="in"),
           PlaceMention(area, Span("b", 100 + second, 108 + second, area), relation="region"))
    village = _mention("a", "Gunmen attacked Kalanba.")
    assert not area_report(_mention("b", text, place=seat, pms=pms), village.place, LinkOptions())

