"""Tolls of real coverage: the current figure across reports (revisions, vague amounts,
qualifiers), counts of other incidents left out of a sentence's toll, and act words that only
name an incident as the time of another matter. Invented sentences, English and French."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

import pytest

from eventfuse.extract.numbers import (
    EARLIER_TOLL,
    fatalities_in,
    qualifier_of,
    toll_of_one_side,
    toll_side,
)
from eventfuse.extract.passes import (
    revised_tolls,
    tolls_from_following_sentences,
)
from eventfuse.extract.place_passing import names_an_earlier_incident
from eventfuse.extract.recalled import RECALLED, acts_recalled_by_their_sentence
from eventfuse.extract.reference import (
    any_act_of_its_kind,
    named_as_time_of_another_matter,
    toll_of_a_named_reference,
)
from eventfuse.extract.toll_context import toll_readings, tolls_from_the_lead
from eventfuse.fuse import fuse_clusters
from eventfuse.fuse.tolls import ReportedToll, conservative_toll, reported_toll, toll_vote
from eventfuse.link import link_mentions
from eventfuse.records import Actor, Article, Claim, DateMention, Mention, Place, Span
from eventfuse.taxonomy import sub_event

# --- one sentence's toll -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "toll"),
    [
        # an earlier incident's dead, told in the past perfect with its year, are not added
        ("en", "Nine herders were killed on Sunday near Kolbé, where six traders had been killed in an ambush in 2016.", 9),
        ("fr", "Neuf éleveurs ont été tués dimanche près de Kolbé, où six commerçants avaient péri dans une embuscade en 2016.", 9),
        # ... but a past perfect without a year is the report's own toll
        ("en", "The mayor said nine herders had been killed.", 9),
        # a bracketed count that repeats the toll is not added to it
        ("en", "Provisional toll: 14 guards killed (the bodies of the 14 guards were found near the well), 3 still missing.", 14),
        ("fr", "Bilan provisoire : 14 gardes tués (les corps des 14 gardes ont été retrouvés près du puits), 3 disparus.", 14),
        # the whole, not the part told after "dont" / "among them"
        ("fr", "Vingt-deux villageois, dont 9 enfants ont été tués mardi à Kolbé.", 22),
        ("en", "Twenty-two villagers, among them 9 children were killed on Tuesday in Kolbé.", 22),
        ("fr", "Le bilan est de 12 morts dont 4 gendarmes.", 12),
    ],
)
def test_toll_of_the_reported_incident(lang: str, text: str, toll: int) -> None:
    found = fatalities_in(text, 0, len(text), lang=lang)
    assert found is not None and found.value == toll


@pytest.mark.parametrize(
    ("lang", "quote", "value", "qualifier"),
    [("en", "at least ten", 10, "at_least"), ("fr", "au moins dix", 10, "at_least"), ("fr", "24", 24, "exact"),
     ("en", "about 40", 40, "approx"), ("en", "the gunmen", 3, "exact")],
)
def test_qualifier_of_a_toll_as_written(lang: str, quote: str, value: int, qualifier: str) -> None:
    assert qualifier_of(quote, value, lang=lang) == qualifier


# --- a report that revises its toll ------------------------------------------------------

REVISED = {
    "en": ("Gunmen attacked the Kolbé gendarmerie post on Monday. A first toll of 6 dead was given by the army. "
           "The bodies of four missing gendarmes were found on Tuesday, bringing the death toll to 10."),
    "fr": ("Des hommes armés ont attaqué lundi le poste de gendarmerie de Kolbé. Un premier bilan faisait état de 6 morts. "
           "Les corps de quatre gendarmes disparus ont été retrouvés mardi, portant le bilan à 10 morts."),
}
STEADY = {
    "en": "Gunmen attacked the Kolbé gendarmerie post on Monday. Six gendarmes were killed, the army said.",
    "fr": "Des hommes armés ont attaqué lundi le poste de gendarmerie de Kolbé. Six gendarmes ont été tués, selon l'armée.",
}


def _sentences(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^.]+\.", text)]


def _mention(aid: str, text: str, lang: str, fatalities: int | None) -> Mention:
    info = sub_event("Attack")
    span = Span(aid, 0, 10, text[:10])
    return Mention(
        id=Mention.make_id(aid, 0, "Attack"), article=aid, sub_event_type="Attack", event_type=info.event_type,
        disorder_type=info.disorder_type, trigger=span, sentence=span, date=None, fatalities=fatalities,
        language=lang,
    )


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_revised_report_marks_its_earlier_figures(lang: str) -> None:
    text = REVISED[lang]
    art = Article(id="r", text=text, published=date(2025, 2, 4), language=lang)
    [m] = revised_tolls(art, lang, [_mention("r", text, lang, 10)], _sentences(text))
    earlier = [c.value for c in m.claims if c.subject == EARLIER_TOLL]
    assert earlier == [6.0]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_report_without_a_revision_marks_nothing(lang: str) -> None:
    text = STEADY[lang]
    art = Article(id="s", text=text, published=date(2025, 2, 4), language=lang)
    [m] = revised_tolls(art, lang, [_mention("s", text, lang, 6)], _sentences(text))
    assert not [c for c in m.claims if c.subject == EARLIER_TOLL]


# --- the fused toll ----------------------------------------------------------------------


def toll(value: int, qualifier: str = "exact", vague: bool = False) -> ReportedToll:
    return ReportedToll(value, qualifier, vague)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("tolls", "superseded", "fused"),
    [
        ((toll(10, "at_least"), toll(24, "at_least")), (), 24),  # "at least 10" allows 24
        ((toll(5), toll(12, "at_least"), toll(12, "at_least")), (), 5),  # an official 5 stays
        ((toll(17), toll(17), toll(28)), (17,), 28),  # 17 was revised to 28 by a report
        ((toll(17), toll(28)), (28,), 17),  # a "revised" figure below the other is no revision of it
        ((toll(10, "approx", vague=True), toll(37)), (), 37),  # "about ten" vs a stated 37
        ((toll(12, "at_least", vague=True),), (), 12),  # "dozens" alone: ACLED's 12
        ((toll(6), toll(9)), (), 6),  # two stated figures: the lowest
    ],
    ids=["qualifiers agree", "conflict keeps the lowest", "revised figure", "no revision upward of the lowest",
         "vague amount yields", "vague amount alone", "plain conflict"],
)
def test_conservative_current_toll(tolls: tuple[ReportedToll, ...], superseded: tuple[int, ...], fused: int) -> None:
    assert conservative_toll(tolls, superseded) == fused


def _report_mention(aid: str, lang: str, fatalities: int, quote: str, claims: tuple[Claim, ...] = ()) -> Mention:
    info = sub_event("Attack")
    span = Span(aid, 0, 5, "words")
    return Mention(
        id=Mention.make_id(aid, 0, "Attack"), article=aid, sub_event_type="Attack", event_type=info.event_type,
        disorder_type=info.disorder_type, trigger=span, sentence=span,
        date=DateMention(date(2025, 2, 3), 1, span, explicit=True),
        actor1=Actor("Unidentified Armed Group (Burkina Faso)", 3, span=span),
        place=Place("Kolbé", 13.1, -1.2, "Burkina Faso", "Nord", "Loroum", geo_precision=1),
        fatalities=fatalities, fatalities_span=Span(aid, 20, 20 + len(quote), quote), claims=claims, language=lang,
    )


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_fusion_codes_the_revised_figure_and_keeps_the_first_as_alternative(lang: str) -> None:
    first = "6" if lang == "en" else "six"
    earlier = Claim(EARLIER_TOLL, "fatalities", 6.0, None, "exact", Span("b", 40, 41, "6"))
    mentions = [
        _report_mention("a", lang, 6, first),
        _report_mention("b", lang, 10, "10", claims=(earlier,)),
        _report_mention("c", lang, 10, "10"),
    ]
    arts = {a: Article(id=a, text=f"Independent report {a} " * 5, published=date(2025, 2, 4), language=lang) for a in "abc"}
    [event] = fuse_clusters(link_mentions(mentions), arts)
    assert event.value("fatalities") == 10
    assert [a.value for a in event.fields["fatalities"].alternatives] == [6]
    assert any(c.subject == EARLIER_TOLL for c in event.claims)


@pytest.mark.parametrize(("lang", "quote"), [("en", "dozens"), ("fr", "une dizaine")])
def test_a_vague_amount_is_marked(lang: str, quote: str) -> None:
    reported = reported_toll(_report_mention("a", lang, 12 if lang == "en" else 10, quote))
    assert reported is not None and reported.vague


# --- acts named only as the time of another matter -------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "word", "aside"),
    [
        ("en", "The ministers' meeting was moved to March after the attack on the Kolbé post.", "attack", True),
        ("fr", "La réunion des ministres a été repoussée à mars après l'attaque du poste de Kolbé.", "attaque", True),
        # the report's own account: an opening "After the attack, ...", a toll, casualties
        ("en", "After the attack on the Kolbé post, the gunmen fled north.", "attack", False),
        ("en", "Nine gendarmes were found dead after the attack on the Kolbé post.", "attack", False),
        ("fr", "Des gendarmes sont portés disparus après l'attaque du poste de Kolbé.", "attaque", False),
        # an afternoon is no preposition
        ("fr", "Le poste de Kolbé a été la cible mardi après-midi d'une attaque.", "attaque", False),
    ],
)
def test_act_named_as_the_time_of_another_matter(lang: str, text: str, word: str, aside: bool) -> None:
    start = text.index(word)
    assert named_as_time_of_another_matter(text, 0, start, [], noun=True, lang=lang) is aside


@pytest.mark.parametrize(
    ("lang", "text", "aside"),
    [
        ("en", "Three months after Kolbé (40 killed), gunmen killed 12 villagers in Boni.", True),
        ("fr", "Trois mois après Kolbé (40 tués), des hommes armés ont tué 12 villageois à Boni.", True),
        ("fr", "À la suite d'Ogassa (40 tués), des hommes armés ont tué 12 villageois à Boni.", True),
        # the toll of the report's own place, or of a matter that is no place
        ("en", "Gunmen attacked Kolbé (40 killed) and then Boni.", False),
        ("fr", "Des hommes armés ont attaqué Kolbé (40 tués) puis Boni.", False),
        ("fr", "Après l'attaque, le bilan (40 tués) a été confirmé à Boni.", False),
    ],
)
def test_toll_in_brackets_of_an_incident_named_by_its_place(lang: str, text: str, aside: bool) -> None:
    """"Three months after X (40 killed)": the bracketed toll is the earlier incident's, and
    X is named in passing, not where the report's act happened."""
    word = {"en": "killed", "fr": "tués"}[lang]
    assert toll_of_a_named_reference(text, 0, text.index(word)) is aside
    name = "Ogassa" if "Ogassa" in text else "Kolbé"
    if name in text:
        start = text.index(name)
        assert names_an_earlier_incident(text, start, start + len(name)) is aside


def test_an_act_verb_is_never_a_reference() -> None:
    text = "The ministers' meeting was moved after gunmen attacked the Kolbé post."
    assert not named_as_time_of_another_matter(text, 0, text.index("attacked"), [], noun=False, lang="en")


@pytest.mark.parametrize(
    ("lang", "text", "word", "generic"),
    [("fr", "La mairie suspend toute manifestation jusqu'en mai.", "manifestation", True),
     ("en", "The town banned any demonstration until May.", "demonstration", True),
     ("en", "The demonstration drew two thousand people.", "demonstration", False)],
)
def test_any_act_of_its_kind(lang: str, text: str, word: str, generic: bool) -> None:
    assert any_act_of_its_kind(text, text.index(word)) is generic


# --- an act its sentence recalls ------------------------------------------------------------


def _dated(aid: str, text: str, word: str, day: date, when: str) -> Mention:
    info = sub_event("Attack")
    at = text.index(word)
    trigger = Span(aid, at, at + len(word), word)
    sentence = Span(aid, 0, len(text), text)
    said = text.index(when)
    return Mention(
        id=Mention.make_id(aid, at, "Attack"), article=aid, sub_event_type="Attack", event_type=info.event_type,
        disorder_type=info.disorder_type, trigger=trigger, sentence=sentence,
        date=DateMention(day, 1, Span(aid, said, said + len(when), when), explicit=True),
    )


@pytest.mark.parametrize(
    ("lang", "text", "opening", "word", "when", "recalled"),
    [
        ("en", "On 9 March, the minister welcomed the envoys to Dori, where the 6 guards killed on 1 March were buried.",
         "9 March", "killed", "1 March", True),
        ("fr", "Le 9 mars, le ministre a reçu les envoyés à Dori, où furent inhumés les 6 gardes tués le 1er mars.",
         "9 mars", "tués", "1er mars", True),
        ("en", "On 9 March, gunmen killed 6 guards at Dori, a week after a raid on 1 March had failed.",
         "9 March", "killed", "9 March", False),
    ],
)
def test_an_act_dated_days_before_its_sentence_is_recalled(
    lang: str, text: str, opening: str, word: str, when: str, recalled: bool
) -> None:
    day = date(2025, 3, 1) if when.startswith("1") else date(2025, 3, 9)
    m = _dated("x", text, word, day, when)
    start = text.index(opening)
    dates = [(start, start + len(opening), date(2025, 3, 9), 1)]
    kept, aside = acts_recalled_by_their_sentence([m], dates, text)
    assert (not kept and len(aside) == 1 and aside[0].reason == RECALLED) is recalled


@pytest.mark.parametrize(
    ("lang", "text"),
    [("en", "The army said the number of assailants killed was estimated at 30."),
     ("fr", "Selon l'armée, le nombre d'assaillants neutralisés est estimé à 30.")],
)
def test_a_side_named_before_its_toll(lang: str, text: str) -> None:
    found = fatalities_in(text, 0, len(text), lang=lang)
    assert found is not None and found.value == 30
    assert toll_side(text, found, lang=lang) == "armed"


# --- tolls of another incident, provisional tolls, one side's dead (invented sentences) ----


@pytest.mark.parametrize(
    ("lang", "text", "toll"),
    [
        # an act dated before the report's by a relative time ("last month") keeps its own toll
        ("en", "Twelve villagers were killed on Sunday in Kolbé, the deadliest raid since an attack last month that killed 30 herders.", 12),
        ("fr", "Douze villageois ont été tués dimanche à Kolbé, le raid le plus meurtrier depuis celui du mois dernier qui a tué 30 éleveurs.", 12),
        # a past perfect toll next to an earlier time, with no year written
        ("fr", "Quarante soldats ont été tués lundi à Kolbé, un mois après l'attaque du poste de Tessit, qui avait fait 30 morts.", 40),
        ("en", "Forty soldiers were killed on Monday in Kolbé, two weeks after the raid on the Tessit post, which had left 30 dead.", 40),
    ],
)
def test_toll_of_an_earlier_incident_named_by_a_relative_time(lang: str, text: str, toll: int) -> None:
    found = fatalities_in(text, 0, len(text), lang=lang)
    assert found is not None and found.value == toll


FOLLOWING_ELSEWHERE = {
    "en": "Gunmen attacked the Kolbé army post on Monday. On 3 March, 12 soldiers were killed in an attack on the same post.",
    "fr": "Des hommes armés ont attaqué le poste militaire de Kolbé lundi. Le 3 mars, 12 soldats ont été tués lors d'une attaque du même poste.",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize(("day", "read"), [(date(2025, 2, 3), None), (date(2025, 3, 3), 12)])
def test_a_following_sentence_dated_to_another_day_gives_no_toll(lang: str, day: date, read: int | None) -> None:
    text = FOLLOWING_ELSEWHERE[lang]
    first = text.index(".") + 1
    info = sub_event("Armed clash")
    span = Span("f", 0, first, text[:first])
    m = Mention(
        id=Mention.make_id("f", 0, "Armed clash"), article="f", sub_event_type="Armed clash", event_type=info.event_type,
        disorder_type=info.disorder_type, trigger=span, sentence=span, date=DateMention(day, 1, span), language=lang,
    )
    art = Article(id="f", text=text, published=date(2025, 3, 4), language=lang)
    opening = text.index("3", first)
    dates = [(opening, opening + 7, date(2025, 3, 3), 1)]
    [out] = tolls_from_following_sentences(art, lang, [m], _sentences(text), dates)
    assert out.fatalities == read


PROVISIONAL = {
    "en": "Gunmen attacked the village of Kolbé on Monday. A provisional toll gave 21 dead, the government said.",
    "fr": "Des hommes armés ont attaqué le village de Kolbé lundi. Selon le gouvernement, un bilan provisoire fait état de 21 morts.",
}
ONE_SIDE = {
    "en": "Militants attacked the army camp of Kolbé on Monday. The assailants killed 4 civilians in the village.",
    "fr": "Des terroristes ont attaqué lundi le camp de Kolbé. Les assaillants ont tué 4 civils dans le village.",
}


def _toll_mention(text: str, lang: str, value: int) -> Mention:
    first = text.index(".") + 1
    at = text.index(str(value))
    info = sub_event("Attack")
    span = Span("t", 0, first, text[:first])
    return Mention(
        id=Mention.make_id("t", 0, "Attack"), article="t", sub_event_type="Attack", event_type=info.event_type,
        disorder_type=info.disorder_type, trigger=span, sentence=span, date=None, language=lang,
        fatalities=value, fatalities_span=Span("t", at, at + len(str(value)), str(value)),
    )


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_provisional_toll_is_a_floor(lang: str) -> None:
    text = PROVISIONAL[lang]
    art = Article(id="t", text=text, published=date(2025, 2, 4), language=lang)
    [m] = toll_readings(art, lang, [_toll_mention(text, lang, 21)], _sentences(text))
    reported = reported_toll(m)
    assert reported is not None and reported.floor and reported.qualifier == "at_least"
    assert conservative_toll([reported, toll(21, "at_least"), toll(31, "at_least")]) == 31


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_one_sides_dead_are_a_part_of_a_toll_that_names_no_side(lang: str) -> None:
    text = ONE_SIDE[lang]
    art = Article(id="t", text=text, published=date(2025, 2, 4), language=lang)
    [m] = toll_readings(art, lang, [_toll_mention(text, lang, 4)], _sentences(text))
    reported = reported_toll(m)
    assert reported is not None and reported.side == "civilians" and not reported.floor
    assert conservative_toll([reported, toll(25, "at_least")]) == 25
    # a third report that counts no dead at all does not make the part the incident's toll
    assert conservative_toll([reported, toll(0), toll(25, "at_least")]) == 25


ONE_SIDE_AT_THE_OTHER_CAMP = {
    "en": "Two army camps were attacked overnight. At least 25 people died, the army said. At the second camp, the assailants killed 4 civilians.",
    "fr": "Deux camps de l'armée ont été attaqués dans la nuit. Au moins 25 personnes sont mortes, selon l'armée. Au second camp, les assaillants ont tué 4 civils.",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_one_sides_dead_are_no_toll_of_the_incident_while_a_report_counts_more(lang: str) -> None:
    text = ONE_SIDE_AT_THE_OTHER_CAMP[lang]
    art = Article(id="t", text=text, published=date(2025, 2, 4), language=lang)
    [m] = toll_readings(art, lang, [_toll_mention(text, lang, 4)], _sentences(text))
    part = reported_toll(m)
    assert part is not None and part.side == "civilians"
    whole = toll(25, "at_least")
    # the reports disagree (a third says none died): the lowest whole count, not the part
    assert conservative_toll([part, toll(0), whole]) == 25
    assert conservative_toll([part, toll(2), toll(9), whole]) == 9
    # the part alone, or only lower figures beside it: the part
    assert conservative_toll([part]) == 4
    assert conservative_toll([part, toll(0)]) == 4


@pytest.mark.parametrize(
    ("tolls", "fused"),
    [
        # two named sides stay rivals: they may count the same dead
        ((ReportedToll(203, "exact", False, "armed"), ReportedToll(300, "exact", False, "civilians")), 203),
        # a side's toll against a toll that names no side: the part does not cap it
        ((ReportedToll(4, "exact", False, "civilians"), toll(25, "at_least")), 25),
        # same side, two figures: the lowest
        ((ReportedToll(5, "exact", False, "state"), ReportedToll(7, "exact", False, "state")), 5),
        # reports that disagree: the lowest figure, but not under a provisional floor
        ((ReportedToll(21, "at_least", False, None, True), toll(20), toll(22, "at_least")), 21),
        # a side's part under reports that disagree: the lowest whole figure above it
        ((ReportedToll(4, "at_least", False, "civilians", True), toll(0), toll(25, "at_least")), 25),
    ],
    ids=["named sides rival", "part of an unnamed toll", "same side", "no figure under a floor",
         "no part for the whole"],
)
def test_tolls_of_sides_and_floors(tolls: tuple[ReportedToll, ...], fused: int) -> None:
    assert conservative_toll(tolls) == fused


LEAD = {
    "en": "Drama in Kolbé: 40 people killed, 12 injured, granaries burned\n\nGunmen on motorbikes attacked the village of Kolbé on Sunday.",
    "fr": "Drame à Kolbé : 40 personnes tuées, 12 blessées, des greniers brûlés\n\nDes hommes armés à moto ont attaqué dimanche le village de Kolbé.",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_toll_in_the_lead_is_the_first_violent_acts(lang: str) -> None:
    text = LEAD[lang]
    start = text.index("\n\n") + 2
    info = sub_event("Attack")
    span = Span("l", start, len(text), text[start:])
    m = Mention(
        id=Mention.make_id("l", start, "Attack"), article="l", sub_event_type="Attack", event_type=info.event_type,
        disorder_type=info.disorder_type, trigger=span, sentence=span, date=None, language=lang,
    )
    art = Article(id="l", text=text, published=date(2025, 3, 4), language=lang)
    [out] = tolls_from_the_lead(art, lang, [m])
    assert out.fatalities == 40
    # an act with a toll of its own keeps it, and the lead gives none to the others
    [kept] = tolls_from_the_lead(art, lang, [replace(m, fatalities=3)])
    assert kept.fatalities == 3


@pytest.mark.parametrize(
    ("lang", "text", "side"),
    [("en", "12 people were killed.", None), ("fr", "12 personnes ont été tuées.", None),
     ("en", "12 civilians were killed.", "civilians"), ("fr", "12 civils ont été tués.", "civilians"),
     ("fr", "12 soldats ont été tués.", "state"), ("en", "12 soldiers were killed.", "state")],
)
def test_a_toll_of_one_side_or_of_everyone(lang: str, text: str, side: str | None) -> None:
    fat = fatalities_in(text, 0, len(text), lang=lang)
    assert fat is not None and toll_of_one_side(text, fat, lang=lang) == side


CUMULATIVE = {
    "en": "Protesters marched in Kolbé on Friday. At least 7 people were killed by the police during the protests on 10 and 11 July.",
    "fr": "Des manifestants ont marché vendredi à Kolbé. Au moins 7 personnes ont été tuées par la police lors des manifestations des 10 et 11 juillet.",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_toll_over_several_days_gives_way_to_a_days_toll(lang: str) -> None:
    text = CUMULATIVE[lang]
    art = Article(id="t", text=text, published=date(2025, 7, 12), language=lang)
    mention = replace(_toll_mention(text, lang, 7), sub_event_type="Attack")
    [m] = toll_readings(art, lang, [mention], _sentences(text))
    reported = reported_toll(m)
    assert reported is not None and reported.cumulative
    assert conservative_toll([reported, toll(1, "at_least")]) == 1
    assert conservative_toll([reported]) == 7


CUMULATIVE_AND_A_DAY = {
    "en": "At least 7 people were killed by the police during the protests on 10 and 11 July. On 11 July, 4 people were shot dead near the mosque.",
    "fr": "Au moins 7 personnes ont été tuées par la police lors des manifestations des 10 et 11 juillet. Le 11 juillet, 4 personnes ont été abattues près de la mosquée.",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_sum_over_days_gives_way_to_the_reports_own_smaller_figure(lang: str) -> None:
    text = CUMULATIVE_AND_A_DAY[lang]
    art = Article(id="t", text=text, published=date(2025, 7, 12), language=lang)
    second = _sentences(text)[1]
    day = fatalities_in(text, second[0], second[1], lang=lang)
    assert day is not None and day.value == 4
    day_claim = Claim("event", "fatalities", 4.0, None, day.qualifier, Span("t", day.start, day.end, day.text))
    mention = replace(_toll_mention(text, lang, 7), sub_event_type="Attack")
    [m] = toll_readings(art, lang, [replace(mention, claims=(*mention.claims, day_claim))], _sentences(text))
    reported = reported_toll(m)
    assert reported is not None and reported.value == 4 and not reported.cumulative
    assert toll_vote(m) == (4, day_claim.span)
    # the sum alone stays the toll
    [alone] = toll_readings(art, lang, [mention], _sentences(text))
    assert toll_vote(alone) == (7, alone.fatalities_span)


def test_no_side_floor_where_reports_name_two_sides() -> None:
    tolls = (ReportedToll(203, "exact", False, "armed"), ReportedToll(300, "exact", False, "civilians"), toll(500, "at_least"))
    assert conservative_toll(tolls) == 203


def test_soldiers_and_civilians_are_parts_of_a_toll_that_names_no_side() -> None:
    tolls = (ReportedToll(7, "exact", False, "state"), ReportedToll(35, "exact", False, "civilians"), toll(30, "at_least"))
    assert conservative_toll(tolls) == 35
