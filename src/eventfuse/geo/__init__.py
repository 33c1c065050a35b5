"""GEO stage: offline gazetteer, relative locations and the choice of an event's place."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from ..common.budget import check_budget
from ..records import Mention, PlaceMention
from .distance import haversine_km, offset_point
from .gazetteer import Candidate, Gazetteer, GazetteerEntry
from .normalize import name_key
from .relative import Relation, describe_relation
from .resolve import ResolvedMention, ScoreReasons, resolve_mentions, resolve_place
from .story import StoryPlaces

__all__ = [
    "Candidate",
    "Gazetteer",
    "GazetteerEntry",
    "Relation",
    "ResolvedMention",
    "ScoreReasons",
    "StoryPlaces",
    "describe_relation",
    "geocode_mentions",
    "haversine_km",
    "name_key",
    "offset_point",
    "resolve_mentions",
    "resolve_place",
]


def geocode_mentions(
    mentions: Sequence[Mention],
    *,
    gazetteer: Gazetteer,
    context: Mapping[str, Sequence[PlaceMention]],
    country_hint: str | None = None,
) -> list[Mention]:
    """Set ``place`` on each mention (a new record; the input is not changed).

    The mention's ``place_mentions`` are its event places; ``context[mention.article]``
    holds every toponym of its article. A mention with no resolvable place is coded at the
    country (precision 3) when one is known from the hint or the article, else gets None.
    """
    out: list[Mention] = []
    stories: dict[str, StoryPlaces] = {}  # each article's toponyms read once, not per event
    for mention in mentions:
        check_budget("geocoding")  # the article's time budget (common.budget), if any
        story = stories.get(mention.article)
        if story is None:
            story = stories[mention.article] = StoryPlaces(
                context.get(mention.article, ()), gazetteer=gazetteer, country_hint=country_hint
            )
        out.append(replace(mention, place=story.place(mention.place_mentions)))
    return out
