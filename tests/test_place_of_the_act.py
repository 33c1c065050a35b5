"""The act's place comes from the sentences that tell the act (issue #13, item 2): a headline that
names only a country ("<Country> mayor abducted") leaves a gap that a later sentence of the same
act fills with its town; and in fusion, a place the story gave (a headline, the story's town)
counts less than one a sentence of the act states. Invented reports, English and French."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import extraction

from eventfuse.link.cluster import PRECISION_WEIGHT, place_weight, placed_by_story
from eventfuse.pipeline import Stages
from eventfuse.records import Mention, Place, PlaceMention, Span

_REPORTS = {
    "en": (
        "Burkina Faso mayor Issa Kabore abducted by gunmen\n\n"
        "The mayor Issa Kabore was abducted on Sunday by gunmen in the town of Djibo, local sources said."
    ),
    "fr": (
        "Burkina Faso : le maire Issa Kaboré enlevé par des hommes armés\n\n"
        "Le maire Issa Kaboré a été enlevé dimanche par des hommes armés dans la ville de Djibo, "
        "selon des sources locales."
    ),
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_headline_naming_only_a_country_takes_the_town_of_the_acts_next_sentence(
    stages: Stages, lang: str
) -> None:
    result = extraction(stages, _REPORTS[lang], lang, date(2020, 3, 10))
    abductions = [m for m in result.mentions if m.sub_event_type == "Abduction/forced disappearance"]
    assert len(abductions) == 1, result.mentions
    place = abductions[0].place
    assert place is not None and place.name == "Djibo" and place.geo_precision == 1, place
    assert not placed_by_story(abductions[0])  # the town of a sentence of the act


@pytest.mark.parametrize(
    ("lang", "text"),
    [("en", "Gunmen abducted a mayor in Mali."), ("fr", "Des hommes armés ont enlevé un maire au Mali.")],
)
def test_a_country_the_act_is_told_in_is_its_place_not_a_gap(stages: Stages, lang: str, text: str) -> None:
    follow = {"en": " The town of Djibo lies far away.", "fr": " La ville de Djibo est loin."}[lang]
    result = extraction(stages, text + follow, lang, date(2020, 3, 10))
    (m,) = [m for m in result.mentions if m.sub_event_type == "Abduction/forced disappearance"]
    assert m.place is None or m.place.name != "Djibo"


def _mention(text: str, place_at: int, listed: bool) -> Mention:
    article = "a1"
    sentence = Span(article, 0, 40, text[:40])
    own = (PlaceMention("Town", Span(article, place_at, place_at + 4, "Town"), relation="in"),) if listed else ()
    return Mention(
        id="m1", article=article, sub_event_type="Attack", event_type="Violence against civilians",
        disorder_type="Political violence", trigger=Span(article, 0, 6, text[:6]), sentence=sentence, date=None,
        place_mentions=own,
        place=Place("Town", 12.0, -1.0, "Burkina Faso", geo_precision=1, span=Span(article, place_at, place_at + 4, "Town")),
    )


def test_a_place_the_story_gave_weighs_less_than_one_a_sentence_of_the_act_states() -> None:
    text = "Gunmen killed two men, witnesses said...." + " " * 60 + "Town"
    in_sentence = _mention(text, 10, listed=True)
    merged = _mention(text, 100, listed=True)  # a later sentence of the same act named it
    story = _mention(text, 100, listed=False)  # the story's town, no sentence of the act
    places = [m.place for m in (in_sentence,) if m.place is not None]
    full = PRECISION_WEIGHT[1]
    assert place_weight(in_sentence, places) == full
    assert place_weight(merged, places) == full
    assert place_weight(story, places) < full
