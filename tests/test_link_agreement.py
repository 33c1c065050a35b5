"""Reports that disagree on the place but tell one incident (``link.agreement``), EN and FR."""

from __future__ import annotations

from datetime import date

import pytest

from eventfuse.link import LinkOptions, link_mentions
from eventfuse.link.agreement import corroborated, loosely_placed, names_locality
from eventfuse.records import Actor, DateMention, Mention, Place, PlaceMention, Span
from eventfuse.taxonomy import sub_event

DAY = date(2024, 5, 6)
# invented places: a garrison village, the capital, a town 120 km from the village, a
# homonym of the village across the border
GARRISON = Place("Tondibangou", 14.90, 0.95, "Niger", "Tillaberi", "Ouallam", feature_code="PPL",
                 geo_precision=1, mention="Tondibangou")
CAPITAL = Place("Niamey", 13.51, 2.11, "Niger", "Niamey", "Niamey", feature_code="PPLC", geo_precision=1,
                mention="Niamey")
TOWN = Place("Filingue", 14.35, 3.32, "Niger", "Tillaberi", "Filingue", feature_code="PPLA2", geo_precision=1,
             mention="Filingue")
ABROAD = Place("Tondibangou", 14.40, -0.60, "Burkina Faso", "Sahel", "Oudalan", feature_code="PPL",
               geo_precision=1, mention="Tondibangou")


def report(aid: str, sentence: str, place: Place, *, relations: dict[str, str | None] | None = None,
           story: bool = False, fatalities: int | None = None, day: date = DAY) -> Mention:
    """A mention whose act sentence is ``sentence``; its place read in that sentence, or from
    the story (a headline before it) when ``story``."""
    offset = 100
    span = Span(aid, offset, offset + len(sentence), sentence)
    written = place.mention or place.name
    at = 0 if story else offset + max(sentence.find(written), 0)
    place = Place(**{**{f: getattr(place, f) for f in place.__slots__}, "span": Span(aid, at, at + len(written), written)})
    pms = tuple(PlaceMention(name, span, relation) for name, relation in (relations or {}).items())
    info = sub_event("Armed clash")
    return Mention(
        id=Mention.make_id(aid, offset, "Armed clash"), article=aid, sub_event_type="Armed clash",
        event_type=info.event_type, disorder_type=info.disorder_type, trigger=span, sentence=span,
        date=DateMention(day, 1, span, explicit=True), actor1=Actor("Unidentified Armed Group (Niger)", 3, span=span),
        place_mentions=pms, place=place, fatalities=fatalities, fatalities_span=span if fatalities else None,
    )


CAPITAL_CLAUSE = {
    "en": "While the capital Niamey prepared for a summit, the army post at Tondibangou was attacked on Monday.",
    "fr": "Alors que la capitale Niamey préparait un sommet, le poste de l'armée de Tondibangou a été attaqué lundi.",
}
FIRM = {
    "en": "Soldiers repelled an attack on their camp in Tondibangou on Monday.",
    "fr": "Des soldats ont repoussé lundi une attaque contre leur camp à Tondibangou.",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_capital_in_a_clause_links_with_the_garrison_it_names(lang: str) -> None:
    a = report("a", CAPITAL_CLAUSE[lang], CAPITAL, relations={"Niamey": None, "Tondibangou": None})
    b = report("b", FIRM[lang], GARRISON, relations={"Tondibangou": "in"})
    assert loosely_placed(a) and not loosely_placed(b)
    assert names_locality(a, b) and corroborated(a, b)
    assert len(link_mentions([a, b], options=LinkOptions())) == 1


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_homonym_across_the_border_links_when_the_other_report_places_the_act_there(lang: str) -> None:
    sentences = {
        "en": "Gunmen attacked the army posts at Filingue and at Tondibangou overnight.",
        "fr": "Des hommes armés ont attaqué dans la nuit les postes de l'armée à Filingue et à Tondibangou.",
    }
    later = {"en": "They also took two vehicles.", "fr": "Ils ont aussi emporté deux véhicules."}
    a = report("a", sentences[lang], TOWN, relations={"Filingue": "in", "Tondibangou": "in"})
    b = report("b", later[lang], ABROAD, story=True)
    assert corroborated(a, b)
    assert len(link_mentions([a, b], options=LinkOptions())) == 1


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_name_given_as_a_reference_or_in_passing_does_not_link(lang: str) -> None:
    sentences = {
        "en": "Gunmen attacked Filingue on Monday, 120 km from Tondibangou.",
        "fr": "Des hommes armés ont attaqué Filingue lundi, à 120 km de Tondibangou.",
    }
    a = report("a", sentences[lang], TOWN, relations={"Filingue": "in", "Tondibangou": "distance"})
    b = report("b", FIRM[lang], GARRISON, story=True)
    assert not names_locality(a, b) and not corroborated(a, b)
    assert len(link_mentions([a, b], options=LinkOptions())) == 2


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_two_firm_places_in_one_list_stay_two_events(lang: str) -> None:
    """An operation over two villages, each report firmly placed at its own: ACLED codes a row
    per village, and so does the linker."""
    sentences = {
        "en": "The army said it killed fighters in Filingue and Tondibangou on Monday.",
        "fr": "L'armée dit avoir tué des combattants lundi à Filingue et à Tondibangou.",
    }
    a = report("a", sentences[lang], TOWN, relations={"Filingue": "in", "Tondibangou": "in"})
    b = report("b", sentences[lang], GARRISON, relations={"Tondibangou": "in", "Filingue": "in"})
    assert not corroborated(a, b)
    assert len(link_mentions([a, b], options=LinkOptions())) == 2


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_unnamed_islamists_do_not_split_from_the_group_that_claimed_the_act(lang: str) -> None:
    """"Islamist Militia" is ACLED's label for jihadists it cannot name: as unknown as an
    unidentified group, so it does not tell a second incident from a report naming the group."""
    from dataclasses import replace

    from eventfuse.records import Actor

    a = report("a", FIRM[lang], GARRISON, relations={"Tondibangou": "in"})
    b = report("b", FIRM[lang], GARRISON, relations={"Tondibangou": "in"})
    a = replace(a, actor1=Actor("Islamist Militia (Niger)", 3, span=a.trigger))
    b = replace(b, actor1=Actor("Islamic State (Greater Sahara)", 2, span=b.trigger))
    assert len(link_mentions([a, b], options=LinkOptions())) == 1
    c = replace(b, id="c", article="c", actor1=Actor("JNIM: Group for Support of Islam and Muslims", 2, span=b.trigger))
    assert len(link_mentions([b, c], options=LinkOptions())) == 2
