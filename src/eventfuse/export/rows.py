"""Flat ACLED-style rows from events, and per-article mentions seen as one-article events."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, datetime
from urllib.parse import urlparse

from eventfuse.records import (
    Article,
    ClaimValue,
    Event,
    FieldValue,
    FusedClaim,
    Mention,
    Span,
)
from eventfuse.taxonomy import interaction

from .countries import country_info

# ACLED's export columns, in ACLED's order, then eventfuse's own.
ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
)
EXTRA_COLUMNS: tuple[str, ...] = ("event_uid", "article_ids")
COLUMNS: tuple[str, ...] = ACLED_COLUMNS + EXTRA_COLUMNS
ARTICLE_ID_SEPARATOR = ";"
SOURCE_SEPARATOR = "; "  # as in ACLED's ``source`` column


def acled_row(event: Event, *, articles: Mapping[str, Article] | None = None) -> dict[str, object]:
    """One event as ACLED's columns (typed Python values, ``None`` where unknown).

    ``articles`` supplies the outlets for ``source`` and the retrieval time for ``timestamp``.
    Following ACLED, unknown fatalities are 0 and a missing second actor has ``inter2`` 0.
    """
    day = _as_date(event.value("event_date"))
    inter1 = _as_int(event.value("inter1"))
    inter2 = _as_int(event.value("inter2"))
    if inter2 is None and inter1 is not None:
        inter2 = 0
    country = _as_str(event.value("country"))
    iso, region = country_info(country)
    known = [articles[a] for a in event.articles if articles and a in articles]
    return {
        "event_id_cnty": event.id,
        "event_date": day,
        "year": day.year if day else None,
        "time_precision": _as_int(event.value("time_precision")),
        "disorder_type": _as_str(event.value("disorder_type")),
        "event_type": _as_str(event.value("event_type")),
        "sub_event_type": _as_str(event.value("sub_event_type")),
        "actor1": _as_str(event.value("actor1")),
        "assoc_actor_1": _as_str(event.value("assoc_actor_1")),
        "inter1": inter1,
        "actor2": _as_str(event.value("actor2")),
        "assoc_actor_2": _as_str(event.value("assoc_actor_2")),
        "inter2": inter2,
        "interaction": interaction(inter1, inter2),
        "civilian_targeting": "Civilian targeting" if event.value("civilian_targeting") else None,
        "iso": iso,
        "region": region,
        "country": country,
        "admin1": _as_str(event.value("admin1")),
        "admin2": _as_str(event.value("admin2")),
        "admin3": _as_str(event.value("admin3")),
        "location": _as_str(event.value("location")),
        "latitude": _as_float(event.value("latitude")),
        "longitude": _as_float(event.value("longitude")),
        "geo_precision": _as_int(event.value("geo_precision")),
        "source": SOURCE_SEPARATOR.join(_outlets(known)) or None,
        "source_scale": _as_str(event.value("source_scale")),
        "notes": event.notes or None,
        "fatalities": _as_int(event.value("fatalities")) or 0,
        "tags": _as_str(event.value("tags")),
        "timestamp": _timestamp(known),
        "event_uid": event.id,
        "article_ids": ARTICLE_ID_SEPARATOR.join(event.articles),
    }


def mention_event(mention: Mention) -> Event:
    """A mention as a one-article event with the same fields, each backed by its own span."""
    fields: dict[str, FieldValue] = {}

    def put(name: str, value: object, span: Span | None) -> None:
        if value is not None:
            fields[name] = FieldValue(value, 1.0, () if span is None else (span,))

    when = mention.date
    put("event_date", when.value if when else None, when.span if when else None)
    put("time_precision", when.precision if when else None, None)
    put("disorder_type", mention.disorder_type, mention.trigger)
    put("event_type", mention.event_type, mention.trigger)
    put("sub_event_type", mention.sub_event_type, mention.trigger)
    for n, actor in ((1, mention.actor1), (2, mention.actor2)):
        if actor is not None:
            put(f"actor{n}", actor.name, actor.span)
            put(f"inter{n}", actor.inter, actor.span)
    place = mention.place
    if place is not None:
        put("country", place.country, place.span)
        put("admin1", place.admin1, place.span)
        put("admin2", place.admin2, place.span)
        put("location", place.name, place.span)
        put("latitude", place.latitude, place.span)
        put("longitude", place.longitude, place.span)
        put("geo_precision", place.geo_precision, place.span)
    put("fatalities", mention.fatalities, mention.fatalities_span)
    put("civilian_targeting", mention.civilian_targeting, None)
    claims = tuple(
        FusedClaim(
            c.subject,
            c.attribute,
            (ClaimValue(c.value, c.unit, c.qualifier, (mention.article,), c.upper),),
            "consistent",
        )
        for c in mention.claims
    )
    return Event(
        id=mention.id,
        fields=fields,
        articles=(mention.article,),
        mentions=(mention.id,),
        source_chains=((mention.article,),),
        claims=claims,
        notes=mention.sentence.quote,
    )


def _outlets(articles: list[Article]) -> list[str]:
    names: list[str] = []
    for article in articles:
        name = article.outlet
        if not name and article.url:
            host = urlparse(article.url).hostname or ""
            name = host.removeprefix("www.")
        if name and name not in names:
            names.append(name)
    return names


def _timestamp(articles: list[Article]) -> int | None:
    times = [a.retrieved_at for a in articles if a.retrieved_at is not None]
    if not times:
        return None
    latest = max(t if t.tzinfo else t.replace(tzinfo=UTC) for t in times)
    return int(latest.timestamp())


def _as_date(value: object) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def _as_int(value: object) -> int | None:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, (int, float)):
        return int(value)
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value)
    return None


def _as_float(value: object) -> float | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value)
        except ValueError:
            return None
    return None


def _as_str(value: object) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value.isoformat()
    return str(value)
