"""Linking, source chains and fusion on hand-built mentions (no models needed)."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

import pytest

from eventfuse.fuse import fuse_clusters
from eventfuse.fuse.claims import consistent
from eventfuse.link import LinkOptions, link_mentions, source_chains
from eventfuse.link.names import same_person
from eventfuse.records import (
    Actor,
    Article,
    Claim,
    ClaimValue,
    DateMention,
    Mention,
    Place,
    PlaceMention,
    Span,
)
from eventfuse.taxonomy import sub_event

WIRE = (
    "The governor said the convoy was hit near the bridge and that rescuers were still searching "
    "the riverbank for survivors late into the evening, according to a statement read on radio."
)


def article(aid: str, text: str, published: date = date(2024, 3, 12)) -> Article:
    return Article(id=aid, text=text, published=published, language="en")


def mention(
    aid: str,
    start: int,
    *,
    sub: str = "Attack",
    day: date | None = date(2024, 3, 9),
    precision: int = 1,
    victims: tuple[str, ...] = (),
    place: Place | None = None,
    fatalities: int | None = None,
    claims: tuple[Claim, ...] = (),
    attribution: str | None = None,
    mismatch: bool = False,
    actor1: str = "Unidentified Armed Group (Mali)",
) -> Mention:
    info = sub_event(sub)
    span = Span(aid, start, start + 5, "words")
    return Mention(
        id=Mention.make_id(aid, start, sub),
        article=aid,
        sub_event_type=sub,
        event_type=info.event_type,
        disorder_type=info.disorder_type,
        trigger=span,
        sentence=span,
        date=None if day is None else DateMention(day, precision, span, stated_weekday=5 if mismatch else None,
                                                  weekday_mismatch=mismatch, explicit=True),
        actor1=Actor(actor1, 3, span=span),
        victims=victims,
        place=place,
        fatalities=fatalities,
        fatalities_span=span if fatalities is not None else None,
        claims=claims,
        attribution=attribution,
    )


SOKOURA = Place("Sokoura", 14.1, -3.9, "Mali", "Mopti", "Bankass", geo_precision=1)
FAR_TOWN = Place("Far Town", 16.3, -0.05, "Mali", "Gao", "Gao", geo_precision=1)


def claim(aid: str, attribute: str, value: float, qualifier: str = "exact", unit: str | None = None) -> Claim:
    return Claim("event", attribute, value, unit, qualifier, Span(aid, 0, 3, "x"))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Aminata Traoré", "Aminata Traore", True),
        ("Oumar Diallo", "Omar Diallo", True),
        ("Traoré", "Aminata Traoré", True),
        ("Aminata Traoré", "Fatoumata Traoré", False),
        ("Aminata Traoré", "Aminata Keita", False),
    ],
)
def test_person_name_variants(a: str, b: str, same: bool) -> None:
    assert same_person(a, b) is same


def test_copies_form_one_chain_and_independent_reports_do_not() -> None:
    arts = {
        "a": article("a", "Agency copy. " + WIRE),
        "b": article("b", "A rewrite with its own lead. " + WIRE + " More text."),
        "c": article("c", "An independent report written from the ground with different words entirely."),
    }
    assert source_chains(["c", "b", "a"], arts) == (("a", "b"), ("c",))


def test_same_wire_cited_is_one_chain() -> None:
    arts = {
        "a": article("a", "The mayor told the Associated Press that the market was attacked."),
        "b": article("b", "Gunmen attacked a market, the mayor told the Associated Press on Sunday."),
    }
    assert len(source_chains(["a", "b"], arts)) == 1


@pytest.mark.parametrize(
    ("values", "ok"),
    [
        ([ClaimValue(100000, None, "at_least", ("a",)), ClaimValue(140000, None, "exact", ("b",))], True),
        ([ClaimValue(150, "km", "approx", ("a",)), ClaimValue(90 * 1.609344, "km", "exact", ("b",))], True),
        ([ClaimValue(12, None, "at_least", ("a",)), ClaimValue(5, None, "exact", ("b",))], False),
        ([ClaimValue(20, None, "at_least", ("a",)), ClaimValue(23, None, "exact", ("b",))], True),
        ([ClaimValue(5, None, "exact", ("a",)), ClaimValue(7, None, "exact", ("b",))], False),
    ],
)
def test_claim_consistency(values: list[ClaimValue], ok: bool) -> None:
    assert consistent(values) is ok


def _incident() -> tuple[list[Mention], dict[str, Article]]:
    arts = {
        "a": article("a", "Agency copy. " + WIRE),
        "b": article("b", "Rewrite. " + WIRE),
        "c": article("c", "Independent report from a local radio station."),
        "d": article("d", "Another incident elsewhere."),
    }
    mentions = [
        mention("a", 10, place=SOKOURA, fatalities=23, claims=(claim("a", "fatalities", 23),)),
        mention("b", 12, place=SOKOURA, fatalities=23, claims=(claim("b", "fatalities", 23),)),
        mention("c", 3, place=SOKOURA, fatalities=20, claims=(claim("c", "fatalities", 20, "at_least"),)),
        mention("d", 7, place=FAR_TOWN, fatalities=2),
    ]
    return mentions, arts


def test_fusion_counts_chains_not_copies_and_keeps_alternatives() -> None:
    mentions, arts = _incident()
    events = fuse_clusters(link_mentions(mentions), arts)
    assert len(events) == 2
    main = next(e for e in events if len(e.articles) == 3)
    assert main.independent_sources == 2
    # "at least 20" and "23" agree: the lowest figure every report allows is 23
    assert main.value("fatalities") == 23
    assert [a.value for a in main.fields["fatalities"].alternatives] == [20]
    assert all(c.status == "consistent" for c in main.claims)
    assert not [c for c in main.contradictions if c.kind == "value_conflict"]
    assert main.value("location") == "Sokoura"


def test_conflicting_tolls_are_flagged() -> None:
    mentions = [
        mention("a", 1, place=SOKOURA, fatalities=12, claims=(claim("a", "fatalities", 12, "at_least"),)),
        mention("c", 1, place=SOKOURA, fatalities=5, claims=(claim("c", "fatalities", 5),)),
    ]
    arts = {"a": article("a", "One report."), "c": article("c", "Different report.")}
    (event,) = fuse_clusters(link_mentions(mentions), arts)
    kinds = {c.kind for c in event.contradictions}
    assert "value_conflict" in kinds
    assert event.value("fatalities") == 5


def test_distinct_victims_same_day_stay_apart_and_variants_merge() -> None:
    mentions = [
        mention("a", 1, sub="Abduction/forced disappearance", victims=("Aminata Traoré",), place=SOKOURA),
        mention("b", 1, sub="Abduction/forced disappearance", victims=("Aminata Traore",), place=SOKOURA),
        mention("c", 1, sub="Abduction/forced disappearance", victims=("Moussa Keita",), place=SOKOURA),
    ]
    clusters = link_mentions(mentions)
    assert sorted(len(c.mentions) for c in clusters) == [1, 2]


def test_role_swap_links_and_is_flagged() -> None:
    arts = {k: article(k, f"Report {k}.") for k in "ab"}
    mentions = [
        mention("a", 1, sub="Abduction/forced disappearance", victims=("Aminata Traoré",),
                attribution="Oumar Sangaré, the mayor"),
        mention("b", 1, sub="Abduction/forced disappearance", victims=("Oumar Sangaré",)),
    ]
    (event,) = fuse_clusters(link_mentions(mentions), arts)
    assert any(c.kind == "role_conflict" for c in event.contradictions)


def test_weekday_mismatch_is_reported() -> None:
    arts = {k: article(k, f"Report {k}.") for k in "ab"}
    mentions = [mention("a", 1), mention("b", 1, day=date(2024, 3, 11), mismatch=True)]
    (event,) = fuse_clusters(link_mentions(mentions), arts)
    assert event.value("event_date") == date(2024, 3, 9)
    assert any(c.kind == "weekday_mismatch" for c in event.contradictions)


def test_abduction_and_killing_stay_two_events() -> None:
    arts = {k: article(k, f"Report {k}.") for k in "ab"}
    mentions = [
        mention("a", 1, sub="Abduction/forced disappearance", day=date(2024, 3, 8)),
        mention("a", 50, sub="Attack", day=date(2024, 3, 9), fatalities=1),
        mention("b", 5, sub="Attack", day=date(2024, 3, 9), fatalities=1),
    ]
    events = fuse_clusters(link_mentions(mentions), arts)
    assert sorted(e.value("sub_event_type") for e in events) == ["Abduction/forced disappearance", "Attack"]


def test_order_of_mentions_does_not_change_events() -> None:
    mentions, arts = _incident()
    expected = [e.to_json() for e in fuse_clusters(link_mentions(mentions), arts)]
    rng = random.Random(7)
    for _ in range(5):
        shuffled = mentions[:]
        rng.shuffle(shuffled)
        assert [e.to_json() for e in fuse_clusters(link_mentions(shuffled), arts)] == expected


def test_unrelated_mention_does_not_change_existing_ids() -> None:
    mentions, arts = _incident()
    before = {e.id for e in fuse_clusters(link_mentions(mentions), arts)}
    extra = mention("e", 2, sub="Peaceful protest", place=FAR_TOWN, day=date(2024, 5, 1))
    arts["e"] = article("e", "A protest.")
    after = {e.id for e in fuse_clusters(link_mentions([*mentions, extra]), arts)}
    assert before < after


def test_link_options_distance() -> None:
    near = replace(SOKOURA, name="Near", latitude=14.15)
    mentions = [mention("a", 1, place=SOKOURA), mention("b", 1, place=near)]
    assert len(link_mentions(mentions, options=LinkOptions(km=50))) == 1
    assert len(link_mentions(mentions, options=LinkOptions(km=1))) == 2


# -- places: regions contain the incident, distinct towns are distinct incidents ------------

MOPTI_REGION = Place("Mopti", 14.5, -4.2, "Mali", "Mopti", geo_precision=3, mention="Mopti")
GAO_REGION = Place("Gao", 16.3, -0.05, "Mali", "Gao", geo_precision=3, mention="Gao")


def test_a_region_links_only_places_inside_it() -> None:
    inside = [mention("a", 1, place=SOKOURA), mention("b", 1, place=MOPTI_REGION)]
    assert len(link_mentions(inside)) == 1
    outside = [mention("a", 1, place=SOKOURA), mention("b", 1, place=GAO_REGION)]
    assert len(link_mentions(outside)) == 2


def test_two_towns_apart_are_two_incidents_unless_close() -> None:
    other = replace(SOKOURA, name="Kalaba", latitude=14.25)  # about 17 km north
    mentions = [mention("a", 1, place=SOKOURA), mention("b", 1, place=other)]
    assert len(link_mentions(mentions)) == 2
    assert len(link_mentions(mentions, options=LinkOptions(town_km=20))) == 1
    near = replace(SOKOURA, geo_precision=2)  # "near Sokoura" stays compatible with the town
    assert len(link_mentions([mention("a", 1, place=other), mention("b", 1, place=near)])) == 1


@pytest.mark.parametrize(("written", "parts"), [("Kalaba", 2), ("Sokora", 1)])
def test_a_locality_known_only_by_its_region_must_match_the_named_town(written: str, parts: int) -> None:
    span = Span("b", 0, len(written), written)
    region = replace(MOPTI_REGION, mention=written)
    b = replace(mention("b", 1, place=region), place_mentions=(PlaceMention(written, span, relation="in"),))
    assert len(link_mentions([mention("a", 1, place=SOKOURA), b])) == parts


def _placed_near_town(aid: str, written: str | None) -> Mention:
    """A report placed at a nearby town (precision 2); ``written``: the village it says."""
    town = replace(SOKOURA, geo_precision=2, mention=written or "Sokoura")
    pms = () if written is None else (PlaceMention(written, Span(aid, 0, len(written), written), relation="in"),)
    return replace(mention(aid, 1, place=town), place_mentions=pms)


def test_reports_naming_different_villages_placed_at_one_town_are_two_incidents() -> None:
    assert len(link_mentions([_placed_near_town("a", "Kalaba"), _placed_near_town("b", "Dioura")])) == 2
    assert len(link_mentions([_placed_near_town("a", "Kalaba"), _placed_near_town("b", "Kalaaba")])) == 1
    assert len(link_mentions([_placed_near_town("a", "Kalaba"), _placed_near_town("b", None)])) == 1


# -- dates: publication-day fallbacks do not vote; weekdays reconciled; conflicts flagged ----


def _fallback(aid: str, published: date) -> Mention:
    m = mention(aid, 1, place=SOKOURA)
    return replace(m, date=DateMention(published, 2, None))


def test_publication_date_fallback_does_not_vote_when_a_date_is_stated() -> None:
    arts = {k: article(k, f"Report {k}.") for k in "abc"}
    mentions = [mention("a", 1, place=SOKOURA), _fallback("b", date(2024, 3, 11)), _fallback("c", date(2024, 3, 12))]
    (event,) = fuse_clusters(link_mentions(mentions), arts)
    assert event.value("event_date") == date(2024, 3, 9)
    assert event.fields["event_date"].alternatives == ()
    only_fallbacks = [_fallback("b", date(2024, 3, 11)), _fallback("c", date(2024, 3, 11))]
    (event,) = fuse_clusters(link_mentions(only_fallbacks), arts)
    assert event.value("event_date") == date(2024, 3, 11) and event.value("time_precision") == 2


def test_a_misdated_weekday_votes_for_the_day_others_state() -> None:
    arts = {k: article(k, f"Report {k}.") for k in "ab"}
    # "Saturday, 11 March 2024" (a Monday): the Saturday before is the 9th, as report a says
    mentions = [mention("a", 1), mention("b", 1, day=date(2024, 3, 11), mismatch=True)]
    (event,) = fuse_clusters(link_mentions(mentions), arts)
    assert event.value("event_date") == date(2024, 3, 9)
    assert event.fields["event_date"].alternatives == ()
    assert {s.article for s in event.fields["event_date"].support} == {"a", "b"}
    assert [c.kind for c in event.contradictions] == ["weekday_mismatch"]


@pytest.mark.parametrize(
    ("written", "published", "want"),
    [
        # "Saturday, 12 March 2024" (a Tuesday): the nearest Saturday is the 9th
        (date(2024, 3, 12), None, date(2024, 3, 9)),
        # "Saturday, 7 March 2024" (a Thursday): the nearest Saturday is the 9th ...
        (date(2024, 3, 7), None, date(2024, 3, 9)),
        # ... unless that is after publication: then the Saturday before
        (date(2024, 3, 7), date(2024, 3, 8), date(2024, 3, 2)),
    ],
)
def test_a_lone_misdated_weekday_votes_for_the_nearest_such_day(written: date, published: date | None, want: date) -> None:
    arts = {"b": article("b", "Report b.")}
    m = replace(mention("b", 1, day=written, mismatch=True), published=published)
    (event,) = fuse_clusters(link_mentions([m]), arts)
    assert event.value("event_date") == want
    assert [c.kind for c in event.contradictions] == ["weekday_mismatch"]


@pytest.mark.parametrize(("week_of", "conflict"), [(date(2024, 3, 3), True), (date(2024, 3, 8), False)])
def test_a_day_outside_another_reports_week_is_a_date_conflict(week_of: date, conflict: bool) -> None:
    arts = {"a": article("a", "One report."), "b": article("b", "Another report written apart.")}
    mentions = [mention("a", 1, place=SOKOURA), mention("b", 1, place=SOKOURA, day=week_of, precision=2)]
    (event,) = fuse_clusters(link_mentions(mentions), arts)
    found = [c for c in event.contradictions if c.kind == "date_conflict"]
    assert bool(found) is conflict
    if conflict:
        assert [v.value for v in found[0].values] == ["2024-03-03 (week of)", "2024-03-09"]
        assert "independent" in found[0].note
    assert event.value("event_date") == date(2024, 3, 9)


def test_different_days_are_two_events_not_one() -> None:
    mentions = [mention("a", 1, place=SOKOURA), mention("b", 1, place=SOKOURA, day=date(2024, 3, 10))]
    assert len(link_mentions(mentions)) == 2


# -- roles: a victim in one report who is the source in another ------------------------------

ROLE_TEXTS = {
    "en": ("According to Oumar Sangaré, the mayor, Aminata Traoré was abducted on Friday.",
           "Oumar Sangaré, the mayor of the town, was kidnapped on Friday."),
    "fr": ("Selon Oumar Sangaré, le maire, Aminata Traoré a été enlevée vendredi.",
           "Oumar Sangaré, maire de la commune, a été enlevé vendredi."),
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_role_conflict_read_from_the_reports_and_shown_on_the_card(lang: str) -> None:
    from eventfuse.render import event_card

    text_a, text_b = ROLE_TEXTS[lang]
    arts = {"a": Article(id="a", text=text_a, language=lang), "b": Article(id="b", text=text_b, language=lang)}
    sub = "Abduction/forced disappearance"
    a = replace(mention("a", 1, sub=sub, victims=("Aminata Traoré",)), sentence=Span("a", 0, len(text_a), text_a))
    b = replace(mention("b", 1, sub=sub), sentence=Span("b", 0, len(text_b), text_b))  # no victim extracted
    (event,) = fuse_clusters(link_mentions([a, b]), arts)
    (conflict,) = [c for c in event.contradictions if c.kind == "role_conflict"]
    assert [(v.value, v.articles) for v in conflict.values] == [
        ("Oumar Sangaré as victim", ("b",)), ("Oumar Sangaré as source", ("a",))
    ]
    card = event_card(event, arts)
    assert "[role_conflict] Oumar Sangaré is a victim in one report but the source in another." in card
    assert "Oumar Sangaré as victim  [2]" in card and "Oumar Sangaré as source  [1]" in card


def test_no_role_conflict_when_the_source_is_not_a_victim() -> None:
    text_a, _ = ROLE_TEXTS["en"]
    text_b = "Aminata Traoré was kidnapped on Friday, the mayor said."
    arts = {"a": article("a", text_a), "b": article("b", text_b)}
    sub = "Abduction/forced disappearance"
    a = replace(mention("a", 1, sub=sub, victims=("Aminata Traoré",)), sentence=Span("a", 0, len(text_a), text_a))
    b = replace(mention("b", 1, sub=sub), sentence=Span("b", 0, len(text_b), text_b))
    (event,) = fuse_clusters(link_mentions([a, b]), arts)
    assert not [c for c in event.contradictions if c.kind == "role_conflict"]
    assert event.value("victims") == ("Aminata Traoré",)


def test_victim_named_as_perpetrator_elsewhere_is_a_role_conflict() -> None:
    arts = {k: article(k, f"Report {k}.") for k in "ab"}
    a = mention("a", 1, sub="Attack", victims=("Moussa Keita",))
    b = mention("b", 1, sub="Attack", actor1="Moussa Keita")
    (event,) = fuse_clusters(link_mentions([a, b]), arts)
    (conflict,) = [c for c in event.contradictions if c.kind == "role_conflict"]
    assert conflict.values[1].value == "Moussa Keita as perpetrator"


def test_two_named_towns_one_only_near_are_apart_beyond_twice_the_town_distance() -> None:
    town = replace(SOKOURA, feature_code="PPL", mention=SOKOURA.name)
    near_other = replace(town, name="Kalaba", mention="Kalaba", latitude=14.35, geo_precision=2)  # ~28 km
    assert len(link_mentions([mention("a", 1, place=town), mention("b", 1, place=near_other)])) == 2
    close = replace(near_other, latitude=14.2)  # ~11 km: "near Kalaba" may be at Sokoura
    assert len(link_mentions([mention("a", 1, place=town), mention("b", 1, place=close)])) == 1
    # an area fallback (the report named another village, placed at this town) does not split
    fallback = replace(near_other, mention="Unknownvillage")
    assert len(link_mentions([mention("a", 1, place=town), mention("b", 1, place=fallback)])) == 1


@pytest.mark.parametrize(
    ("first", "second", "events"),
    [
        ("Gunmen attacked the weekly market and burned shops", "Armed men attacked the weekly market, burning shops", 1),
        ("Gunmen attacked the weekly market and burned shops", "A convoy escort came under fire on the northern road", 2),
        ("Des hommes armés ont attaqué le marché hebdomadaire", "Des hommes armés ont attaqué le marché hebdomadaire du village", 1),
        ("Des hommes armés ont attaqué le marché hebdomadaire", "Une patrouille a essuyé des tirs sur la route du nord", 2),
    ],
)
def test_reports_placing_the_event_nowhere_link_on_similar_words(first: str, second: str, events: int) -> None:
    def told(aid: str, text: str) -> Mention:
        m = mention(aid, 1)
        return replace(m, sentence=Span(aid, 0, len(text), text))

    assert len(link_mentions([told("a", first), told("b", second)])) == events
