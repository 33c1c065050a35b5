"""Geocoding work grows linearly with an article's length (issue #15): counted in
operations (candidate scores, distances), not timed. Timings: benchmarks/bench_article_length.py.

The articles are invented: one paragraph naming invented places of the test gazetteer,
repeated; each sentence is an event whose toponyms are copies of the article's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest

from eventfuse.gazetteer_build import build_gazetteer
from eventfuse.geo import Gazetteer, StoryPlaces, describe_relation, geocode_mentions, resolve_place
from eventfuse.geo import support as geo_support
from eventfuse.geo import toponyms as geo_toponyms
from eventfuse.geo import written_areas as geo_written_areas
from eventfuse.records import DateMention, Mention, PlaceMention, Span

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "geo"

PARAGRAPH = (
    "Gunmen attacked Dourou on Monday. Soldiers clashed near Bagui and Niamana. "
    "Men burned the village of Zanfarakoro (Bagui, Sondo) on Tuesday. "
    "In Kalaba, residents said they fled to Sondo. "
    "A mine exploded 20 km north of Koundi, killing two herders. "
    "Traders were robbed between Kalaba and Dourou. "
)
NAMES = ("Dourou", "Bagui", "Niamana", "Zanfarakoro", "Sondo", "Kalaba", "Koundi")
_NAME = re.compile("|".join(NAMES))


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    out = tmp_path_factory.mktemp("gaz") / "tiny.sqlite"
    build_gazetteer([FIXTURES / "ML_BF_invented.txt"], out, world=False)
    return Gazetteer.open(out)


def _article(repeats: int) -> tuple[str, list[PlaceMention], list[Mention]]:
    """The paragraph ``repeats`` times: its toponyms, and one event per sentence."""
    text = PARAGRAPH * repeats
    places = []
    for m in _NAME.finditer(text):
        rel = describe_relation(text, m.start(), m.end(), "en")
        places.append(
            PlaceMention(
                text=m.group(),
                span=Span("a1", m.start(), m.end(), m.group()),
                relation=rel.relation,
                distance_km=rel.distance_km,
                direction=rel.direction,
            )
        )
    events = []
    start = 0
    for number, sentence in enumerate(re.findall(r"[^.]+\.", text)):
        begin = text.index(sentence, start)
        end = start = begin + len(sentence)
        own = tuple(p for p in places if begin <= p.span.start < end)
        span = Span("a1", begin, end, sentence)
        events.append(
            Mention(
                id=Mention.make_id("a1", begin, "Attack"),
                article="a1",
                sub_event_type="Attack",
                event_type="Violence against civilians",
                disorder_type="Political violence",
                trigger=span,
                sentence=span,
                date=DateMention(value=date(2024, 1, 1 + number % 28), precision=1),
                place_mentions=own,
            )
        )
    return text, places, events


def _counted(monkeypatch: pytest.MonkeyPatch, module: Any, name: str) -> list[int]:
    calls = [0]
    real: Callable[..., Any] = getattr(module, name)

    def counting(*args: Any, **kwargs: Any) -> Any:
        calls[0] += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, counting)
    return calls


def _work(tiny: Gazetteer, repeats: int) -> tuple[int, int]:
    """(candidate scores, distance computations) to geocode the article's events."""
    _, places, events = _article(repeats)
    with pytest.MonkeyPatch.context() as patch:
        scores = _counted(patch, geo_toponyms, "score_candidate")
        distances = _counted(patch, geo_support, "haversine_km")
        admin_distances = _counted(patch, geo_written_areas, "haversine_km")
        out = geocode_mentions(events, gazetteer=tiny, context={"a1": places})
    assert all(m.place is not None for m in out if m.place_mentions)
    return scores[0], distances[0] + admin_distances[0]


def test_geocoding_work_grows_linearly_with_the_article(tiny: Gazetteer) -> None:
    small_scores, small_distances = _work(tiny, 5)
    big_scores, big_distances = _work(tiny, 20)
    # four times the article: at most about four times the work (all-against-all scoring
    # of every event's sentence against every toponym of the article gave sixteen times)
    assert big_scores <= 4.5 * small_scores
    assert big_distances <= 4.5 * small_distances


def test_reading_the_article_once_answers_as_each_event_alone(tiny: Gazetteer) -> None:
    _, places, events = _article(3)
    out = geocode_mentions(events, gazetteer=tiny, context={"a1": places})
    for event, coded in zip(events, out, strict=True):
        alone = resolve_place(event.place_mentions, places, gazetteer=tiny)
        assert coded.place == alone


WORLD_TEXT = (
    "Police in Tacoma, Washington said the suspect fled to Portland, Oregon. "
    "States such as California, Washington and Oregon passed new laws. "
    "Officials in Suffolk County said Suffolk schools closed. "
    "Washington, Oregon, and Idaho sent aid to the fire near Boise. "
    "The village of Kelbanta was burned. Protesters marched in Louisville."
)
WORLD_NAMES = re.compile(
    r"Tacoma|Washington|Portland|Oregon|California|Suffolk County|Suffolk|Idaho|Boise"
    r"|Kelbanta|Louisville"
)


@pytest.mark.parametrize("hint", [None, "US"])
def test_shared_reading_matches_each_event_on_world_news(hint: str | None) -> None:
    """Lists of states, "Place, State" pairs and areas written in full, with events that
    repeat some of them: the article read once answers as each event read alone."""
    gazetteer = Gazetteer.open()
    places = []
    for m in WORLD_NAMES.finditer(WORLD_TEXT):
        rel = describe_relation(WORLD_TEXT, m.start(), m.end(), "en")
        span = Span("w", m.start(), m.end(), m.group())
        places.append(PlaceMention(m.group(), span, rel.relation, rel.distance_km, rel.direction))
    cases = [[], places, *([p] for p in places), *(list(pair) for pair in pairwise(places))]
    cases += [[places[i], places[i]] for i in range(0, len(places), 2)]
    story = StoryPlaces(places, gazetteer=gazetteer, country_hint=hint)
    for event in cases:
        alone = resolve_place(event, places, gazetteer=gazetteer, country_hint=hint)
        assert story.place(event) == alone, [p.text for p in event]
