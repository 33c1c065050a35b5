"""GEO stage: offline gazetteer, relative locations and the choice of an event's place."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from ..common.budget import check_budget
from ..records import Mention, PlaceMention
from .distance import haversine_km, offset_point
from .entries import is_world_feature
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
    "world_regions_as_areas",
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
        places = world_regions_as_areas(mention.place_mentions, gazetteer)
        out.append(replace(mention, place=story.place(places), place_mentions=places))
    return out


def world_regions_as_areas(places: Sequence[PlaceMention], gazetteer: Gazetteer) -> tuple[PlaceMention, ...]:
    """"A convoy of the Mining Company in West Africa", « en Afrique de l'Ouest »: a name that
    means a continent or a macro-region never locates an event (``geo.resolve``), so it is
    no locality the report places the act *in* either (linking compares those): its relation
    becomes "region"."""
    out = []
    for pm in places:
        if pm.relation == "in":
            found = gazetteer.lookup(pm.text)
            if found and all(is_world_feature(e) for e in found):
                pm = replace(pm, relation="region")
        out.append(pm)
    return tuple(out)
