"""Linking real coverage: reports of one incident that disagree on the day (a night attack,
a story dated by its writing), on the place's precision, or on the toll (issue #13)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from test_link_fuse import SOKOURA, article, mention

from eventfuse.fuse import fuse_clusters
from eventfuse.link import LinkOptions, link_blocked, link_mentions
from eventfuse.link.cluster import date_window, stated_localities
from eventfuse.link.names import same_person
from eventfuse.records import DateMention, Mention, Place, PlaceMention, Span

NIGHT = date(2024, 3, 9)
# a village 30 km from Sokoura, same region
OTHER_VILLAGE = Place("Dioungani", 14.37, -3.9, "Mali", "Mopti", "Bankass", geo_precision=1)
REGION = Place("Mopti", 14.49, -4.19, "Mali", "Mopti", None, feature_code="ADM1", geo_precision=3)
COUNTRY = Place("Mali", 17.0, -4.0, "Mali", None, None, feature_code="PCLI", geo_precision=3)


SENTENCES = {
    "a": "Gunmen attacked the weekly market before dawn, witnesses said.",
    "b": "Armed men stormed a gathering of herders near the river at night.",
    "c": "Assailants on motorbikes opened fire on villagers returning from the fields.",
}


def report(
    aid: str, day: date, place: Place, *, published: date, explicit: bool = True, victims: tuple[str, ...] = ()
) -> Mention:
    m = mention(aid, 1, day=day, place=place, victims=victims)
    assert m.date is not None
    sentence = replace(m.sentence, quote=SENTENCES[aid])
    return replace(m, date=replace(m.date, explicit=explicit), published=published, sentence=sentence)


@pytest.mark.parametrize("explicit", [True, False], ids=["date written", "relative day"])
def test_breaking_reports_one_day_apart_at_one_village_are_one_incident(explicit: bool) -> None:
    """'Dans la nuit de samedi à dimanche' dated Saturday by one outlet, Sunday by another."""
    mentions = [
        report("a", NIGHT, SOKOURA, published=NIGHT + timedelta(days=1), explicit=explicit),
        report("b", NIGHT + timedelta(days=1), SOKOURA, published=NIGHT + timedelta(days=1), explicit=explicit),
    ]
    assert len(link_mentions(mentions)) == 1
    assert link_blocked(mentions) == link_mentions(mentions)


def test_digests_written_a_week_later_keep_consecutive_days_apart() -> None:
    """ACLED-like notes state the day of each act: the next day at the same village is another act."""
    mentions = [
        report("a", NIGHT, SOKOURA, published=NIGHT + timedelta(days=7)),
        report("b", NIGHT + timedelta(days=1), SOKOURA, published=NIGHT + timedelta(days=8)),
    ]
    assert len(link_mentions(mentions)) == 2
    assert link_blocked(mentions) == link_mentions(mentions)


def test_two_days_apart_stay_two_incidents() -> None:
    mentions = [
        report("a", NIGHT, SOKOURA, published=NIGHT + timedelta(days=2)),
        report("b", NIGHT + timedelta(days=2), SOKOURA, published=NIGHT + timedelta(days=2)),
    ]
    assert len(link_mentions(mentions)) == 2


@pytest.mark.parametrize(
    ("second", "events"),
    [(OTHER_VILLAGE, 2), (REGION, 1), (COUNTRY, 2)],
    ids=["another village", "its region", "the country alone"],
)
def test_one_day_apart_needs_the_same_place_or_its_region(second: Place, events: int) -> None:
    """Distinct incidents on consecutive days in one area stay apart; a report that places the
    act only in the region containing the village is the same incident."""
    mentions = [
        report("a", NIGHT, SOKOURA, published=NIGHT + timedelta(days=1)),
        report("b", NIGHT + timedelta(days=1), second, published=NIGHT + timedelta(days=1)),
    ]
    assert len(link_mentions(mentions)) == events
    assert link_blocked(mentions) == link_mentions(mentions)


def test_same_day_region_and_village_link_and_distinct_villages_stay_apart() -> None:
    mentions = [
        report("a", NIGHT, SOKOURA, published=NIGHT + timedelta(days=1)),
        report("b", NIGHT, REGION, published=NIGHT + timedelta(days=1)),
        report("c", NIGHT, OTHER_VILLAGE, published=NIGHT + timedelta(days=1)),
    ]
    clusters = link_mentions(mentions)
    assert sorted(sorted(m.article for m in c.mentions) for c in clusters) in (
        [["a", "b"], ["c"]], [["a"], ["b", "c"]],
    )


def test_a_country_level_report_one_day_apart_joins_on_a_shared_victim() -> None:
    mentions = [
        report("a", NIGHT, SOKOURA, published=NIGHT + timedelta(days=1), victims=("Giovanni Rossetti",)),
        report("b", NIGHT + timedelta(days=1), COUNTRY, published=NIGHT + timedelta(days=1), victims=("Father Rossetti",)),
    ]
    assert len(link_mentions(mentions)) == 1
    assert link_blocked(mentions) == link_mentions(mentions)


def test_slack_can_be_turned_off() -> None:
    mentions = [
        report("a", NIGHT, SOKOURA, published=NIGHT + timedelta(days=1)),
        report("b", NIGHT + timedelta(days=1), SOKOURA, published=NIGHT + timedelta(days=1)),
    ]
    assert len(link_mentions(mentions, options=LinkOptions(slack_days=0))) == 2


def test_a_week_precise_date_is_not_widened() -> None:
    m = report("a", NIGHT, SOKOURA, published=NIGHT + timedelta(days=1))
    assert m.date is not None
    week = replace(m, date=DateMention(NIGHT, 2, m.date.span, explicit=False))
    assert date_window(week, 3, 1) == date_window(week, 3)


@pytest.mark.parametrize(
    ("a", "b"),
    [("Father Rossetti", "Giovanni Rossetti"), ("le père Rossettti", "Giovanni Rossetti"),
     ("Sister Ana Lopez", "Ana López"), ("sœur Ana Lopes", "Ana Lopez")],
)
def test_religious_titles_are_not_names(a: str, b: str) -> None:
    assert same_person(a, b)


def test_a_victim_quoted_as_the_reports_own_source_does_not_split() -> None:
    """'Only he was taken', said Mr Dossou: Dossou is a witness, not a second abductee."""
    first = replace(mention("a", 1, sub="Abduction/forced disappearance", place=SOKOURA,
                            victims=("Giovanni Rossetti", "M. Dossou")), attribution="M. Dossou")
    second = mention("b", 1, sub="Abduction/forced disappearance", place=SOKOURA, victims=("Father Rossetti",))
    other = mention("c", 1, sub="Abduction/forced disappearance", place=SOKOURA, victims=("Ali Maïga",))
    clusters = link_mentions([first, second, other])
    assert sorted(sorted(m.article for m in c.mentions) for c in clusters) == [["a", "b"], ["c"]]


ABROAD = Place("Canada", 60.0, -95.0, "Canada", None, None, feature_code="PCLI", geo_precision=3)


@pytest.mark.parametrize(("victims", "events"), [(("Father Rossetti",), 1), (("Ali Maïga",), 2), ((), 2)])
def test_a_country_named_in_passing_links_only_on_a_shared_victim(victims: tuple[str, ...], events: int) -> None:
    """'A Canadian kidnapped' placed in Canada by one report, in the village by another."""
    mentions = [
        report("a", NIGHT, SOKOURA, published=NIGHT + timedelta(days=1), victims=("Giovanni Rossetti",)),
        report("b", NIGHT, ABROAD, published=NIGHT + timedelta(days=1), victims=victims),
    ]
    assert len(link_mentions(mentions)) == events
    assert link_blocked(mentions) == link_mentions(mentions)


TOLL_TEXTS = [
    "Fifty-four soldiers were killed in the attack on the camp, the ministry said on Saturday.",
    "Au moins 54 militaires ont été tués lors de l'attaque du camp, selon le gouvernement.",
    "Thirteen soldiers died when gunmen overran a checkpoint outside the camp, a local official said.",
    "Dix-sept morts selon un bilan provisoire communiqué par une source sécuritaire locale.",
]


@pytest.mark.parametrize(
    ("tolls", "fused"),
    [((54, 54, 13), 13), ((21, 9), 9), ((17, 17, 56), 17), ((20, 30, 31), 20), ((0, 5, 6), 0)],
    ids=["the lowest even far below two reports", "two reports: the lowest", "a higher outlier",
         "the lowest within half of the others", "no toll"],
)
def test_fused_toll_is_the_most_conservative_figure_for_the_incident(tolls: tuple[int, ...], fused: int) -> None:
    """ACLED's most conservative figure, the others kept as alternatives (a count far below
    two other reports stays the toll: telling an early or partial count from a real conflict
    needs the reports' dates, which fusion does not weigh yet)."""
    ids = "abcd"[: len(tolls)]
    mentions = [mention(i, 1, place=SOKOURA, fatalities=t) for i, t in zip(ids, tolls, strict=True)]
    arts = {i: article(i, TOLL_TEXTS[k]) for k, i in enumerate(ids)}
    (event,) = fuse_clusters(link_mentions(mentions), arts)
    assert event.value("fatalities") == fused
    assert {a.value for a in event.fields["fatalities"].alternatives} == set(tolls) - {fused}


@pytest.mark.parametrize(("written", "parts"), [("Sokoura Peulh", 1), ("Sokoura-Centre", 1), ("Kalaba Sokoura", 2)])
def test_a_locality_written_with_a_qualifier_matches_the_town(written: str, parts: int) -> None:
    """'in Sokoura Peulh' (placed only in the region) and a report at Sokoura: one village."""
    span = Span("b", 0, len(written), written)
    region = replace(REGION, mention=written)
    b = replace(mention("b", 1, place=region), place_mentions=(PlaceMention(written, span, relation="in"),))
    assert len(link_mentions([mention("a", 1, place=SOKOURA), b])) == parts


# the seat town of Sokoura's department, 42 km away: a report may name only the department
AREA_TOWN = Place("Bankass", 14.08, -3.51, "Mali", "Mopti", "Bankass", feature_code="PPLA2", geo_precision=1)


def area_named(aid: str, *, in_sentence: bool, place: Place = AREA_TOWN) -> Mention:
    """A report placing the act at ``place``, read in the act's sentence or elsewhere (a
    headline, another paragraph)."""
    m = mention(aid, 10, place=place)
    start = m.sentence.start if in_sentence else 400
    return replace(m, place=replace(place, mention=place.name, span=Span(aid, start, start + 7, place.name)))


@pytest.mark.parametrize(("in_sentence", "events"), [(False, 1), (True, 2)], ids=["elsewhere", "in the act's sentence"])
def test_a_report_naming_only_the_department_joins_the_village(in_sentence: bool, events: int) -> None:
    """A report that names only the department (its town read outside the act's sentence) tells
    the incident at the village of that department; one that states the act in the town tells
    another act there."""
    mentions = [mention("a", 1, place=SOKOURA), area_named("b", in_sentence=in_sentence)]
    clusters = link_mentions(mentions)
    assert len(clusters) == events
    assert link_blocked(mentions) == clusters
    if events == 1:
        (event,) = fuse_clusters(clusters, {"a": article("a", "x" * 500), "b": article("b", "y" * 500)})
        assert event.fields["location"].value == "Sokoura"


def test_a_town_of_another_department_is_not_the_villages_area() -> None:
    elsewhere = replace(AREA_TOWN, name="Bandia", admin2="Bandia")
    mentions = [mention("a", 1, place=SOKOURA), area_named("b", in_sentence=False, place=elsewhere)]
    assert len(link_mentions(mentions)) == 2


CAPITAL = Place("Bamako", 12.65, -8.0, "Mali", "Bamako", "Bamako", feature_code="PPLC", geo_precision=1)


@pytest.mark.parametrize(
    ("sub", "in_sentence", "events"),
    [("Attack", False, 1), ("Attack", True, 2), ("Peaceful protest", False, 2)],
    ids=["attack, capital from the story", "attack stated in the capital", "protest"],
)
def test_a_capital_named_only_by_the_story_does_not_split_an_attack(sub: str, in_sentence: bool, events: int) -> None:
    """A report placed at the capital by its dateline or a statement made there, not by the act's
    sentence, tells the attack at the village; a demonstration in the capital is its own."""
    a = mention("a", 1, sub=sub, place=SOKOURA)
    b = area_named("b", in_sentence=in_sentence, place=CAPITAL)
    b = replace(b, sub_event_type=sub, event_type=a.event_type, disorder_type=a.disorder_type)
    clusters = link_mentions([a, b])
    assert len(clusters) == events
    if events == 1:
        (event,) = fuse_clusters(clusters, {"a": article("a", "x" * 500), "b": article("b", "y" * 500)})
        assert event.fields["location"].value == "Sokoura"


def test_a_report_naming_only_the_region_by_its_town_joins_the_village() -> None:
    """"Mopti" read outside the act's sentence for an act at a village of the Mopti region."""
    region_town = Place("Mopti", 14.49, -4.19, "Mali", "Mopti", "Mopti", feature_code="PPLA", geo_precision=2)
    mentions = [mention("a", 1, place=SOKOURA), area_named("b", in_sentence=False, place=region_town)]
    assert len(link_mentions(mentions)) == 1
    stated = [mention("a", 1, place=SOKOURA), area_named("b", in_sentence=True, place=region_town)]
    assert len(link_mentions(stated)) == 2


@pytest.mark.parametrize(
    ("other", "written", "events"),
    [
        (SOKOURA, "Bankass", 1),  # the department of the other's village
        (AREA_TOWN, "Bankasse", 1),  # the other's town, spelled another way
        (SOKOURA, "Tindirma", 2),  # a name of neither
    ],
    ids=["department", "town spelled otherwise", "another name"],
)
def test_a_name_placed_at_its_regions_seat_in_the_acts_sentence(other: Place, written: str, events: int) -> None:
    """The act's sentence names a place the gazetteer did not find as written and placed at its
    region's seat: when the name is the other report's department or town, one incident."""
    seat = Place("Mopti", 14.49, -4.19, "Mali", "Mopti", "Mopti", feature_code="PPLA", geo_precision=2)
    b = area_named("b", in_sentence=True, place=seat)
    assert b.place is not None
    b = replace(b, place=replace(b.place, mention=written))
    assert len(link_mentions([mention("a", 1, place=other), b])) == events


@pytest.mark.parametrize(("victims", "events"), [(("Aminata Traoré",), 1), ((), 2)], ids=["shared victim", "nothing shared"])
def test_a_place_abroad_from_the_story_links_on_a_shared_victim(victims: tuple[str, ...], events: int) -> None:
    """A report told from the victim's home town abroad (read outside the act's sentence) tells
    the act at the village when they share a victim."""
    abroad = Place("Halden", 59.12, 11.39, "Norway", "Viken", None, feature_code="PPL", geo_precision=1)
    a = replace(mention("a", 1, place=SOKOURA), victims=victims)
    a = replace(a, sentence=replace(a.sentence, quote=SENTENCES["a"]))
    b = replace(area_named("b", in_sentence=False, place=abroad), victims=victims)
    b = replace(b, sentence=replace(b.sentence, quote=SENTENCES["b"]))
    assert len(link_mentions([a, b])) == events
    assert link_blocked([a, b]) == link_mentions([a, b])


@pytest.mark.parametrize("word", ["Noël", "Christmas"])
def test_a_holiday_is_no_stated_locality(word: str) -> None:
    b = replace(mention("b", 1, place=SOKOURA), place_mentions=(PlaceMention(word, Span("b", 0, 4, word), relation="in"),))
    assert stated_localities(b) == []
