"""What the read routes take and give: the filter parameters, checked, and the documents
(an event's summary or full JSON, an article) they answer with."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Annotated

from fastapi import Depends, Query, Request

from eventfuse.common.bbox import BBox, BBoxError
from eventfuse.common.bbox import parse_bbox as parse_bbox_text
from eventfuse.records import EVENT_FIELDS, Article, Event
from eventfuse.store import EventQuery, Store
from eventfuse.taxonomy import EVENT_TYPES, SUB_EVENT_TYPES

from .errors import ApiError

EXTRAS: tuple[str, ...] = ("provenance", "contradictions", "articles")

# Query parameters each filtered route accepts (anything else is an error, not ignored).
FILTER_PARAMS: frozenset[str] = frozenset(
    {"bbox", "since", "until", "event_type", "sub_event_type", "actor", "country", "admin1",
     "min_fatalities", "min_sources", "q", "limit", "offset"}
)


def only_params(request: Request, allowed: Iterable[str]) -> None:
    """Refuse query parameters a route does not take, and parameters given twice."""
    known = set(allowed)
    unknown = sorted(k for k in request.query_params if k not in known)
    if unknown:
        raise ApiError(
            400,
            f"unknown query parameter(s): {', '.join(unknown)}",
            hint=f"known parameters: {', '.join(sorted(known))}",
        )
    repeated = sorted({k for k in request.query_params
                       if len(request.query_params.getlist(k)) > 1})
    if repeated:
        raise ApiError(400, f"parameter(s) given more than once: {', '.join(repeated)}")


# -- filters --------------------------------------------------------------------------------


def parse_bbox(text: str) -> BBox:
    """``west,south,east,north`` in degrees (GeoJSON order); west > east crosses 180°."""
    try:
        return parse_bbox_text(text)
    except BBoxError as exc:
        hint = ("longitudes in [-180, 180], latitudes in [-90, 90], south <= north"
                if exc.out_of_range else "bbox=west,south,east,north, e.g. bbox=-6,10,4,20")
        raise ApiError(400, str(exc), hint=hint) from None


def _canonical(value: str | None, known: Sequence[str], name: str) -> str | None:
    if value is None or not value.strip():
        return None
    folded = {k.casefold(): k for k in known}
    found = folded.get(value.strip().casefold())
    if found is None:
        raise ApiError(400, f"unknown {name} {value!r}", hint=f"known values: {', '.join(known)}")
    return found


def _text(value: str | None) -> str | None:
    if value is None:
        return None
    cleaned = " ".join(value.split())
    if any(unicodedata.category(ch) == "Cc" for ch in cleaned):
        raise ApiError(400, "control characters are not allowed in text parameters")
    return cleaned or None


@dataclass(frozen=True)
class Filters:
    """The filter parameters shared by ``/api/events`` and ``/api/export``."""

    query: EventQuery
    params: dict[str, str]


def filters(
    request: Request,
    bbox: Annotated[str | None, Query(max_length=120,
                                      description="west,south,east,north in degrees")] = None,
    since: Annotated[date | None, Query(description="first event date (YYYY-MM-DD)")] = None,
    until: Annotated[date | None, Query(description="last event date (YYYY-MM-DD)")] = None,
    event_type: Annotated[str | None, Query(max_length=80,
                                            description="ACLED event type")] = None,
    sub_event_type: Annotated[str | None, Query(max_length=80,
                                                description="ACLED sub-event type")] = None,
    actor: Annotated[str | None, Query(max_length=200,
                                       description="words of an actor's name")] = None,
    country: Annotated[str | None, Query(max_length=100)] = None,
    admin1: Annotated[str | None, Query(max_length=100)] = None,
    min_fatalities: Annotated[int | None, Query(ge=0, le=1_000_000)] = None,
    min_sources: Annotated[int | None, Query(ge=0, le=10_000,
                                             description="minimum independent sources")] = None,
    q: Annotated[str | None, Query(max_length=200, description=(
        "full-text search in notes, actors, places and quotes; accent- and case-insensitive; "
        "every word must occur; word* matches a prefix"))] = None,
) -> Filters:
    if since is not None and until is not None and since > until:
        raise ApiError(400, f"since ({since}) is after until ({until})")
    query = EventQuery(
        since=since,
        until=until,
        event_type=_canonical(event_type, EVENT_TYPES, "event_type"),
        sub_event_type=_canonical(
            sub_event_type, [s.name for s in SUB_EVENT_TYPES], "sub_event_type"
        ),
        country=_text(country),
        admin1=_text(admin1),
        actor=_text(actor),
        min_fatalities=min_fatalities,
        min_sources=min_sources,
        bbox=parse_bbox(bbox) if bbox else None,
        text=_text(q),
    )
    params = {k: v for k, v in request.query_params.items() if k not in {"limit", "offset"}}
    return Filters(query, params)


Filtered = Annotated[Filters, Depends(filters)]


def parse_extras(text: str | None) -> frozenset[str]:
    if not text:
        return frozenset()
    wanted = {p.strip() for p in text.split(",") if p.strip()}
    unknown = sorted(wanted - set(EXTRAS))
    if unknown:
        raise ApiError(400, f"unknown _extra value(s): {', '.join(unknown)}",
                       hint=f"_extra takes a comma-separated list of: {', '.join(EXTRAS)}")
    return frozenset(wanted)


# -- documents ------------------------------------------------------------------------------


def event_summary(event: Event) -> dict[str, object]:
    """The small default payload: the contract's top-level fields, counts and the notes."""
    full = event.to_json()
    out: dict[str, object] = {"id": event.id}
    out.update({name: full[name] for name in EVENT_FIELDS})
    out["independent_sources"] = event.independent_sources
    out["articles_count"] = len(event.articles)
    out["contradictions_count"] = len(event.contradictions)
    out["notes"] = event.notes
    return out


def article_meta(article: Article) -> dict[str, object]:
    return {
        "id": article.id,
        "title": article.title,
        "outlet": article.outlet,
        "published": article.published.isoformat() if article.published else None,
        "url": article.url,
        "language": article.language,
    }


def event_document(
    event: Event, extras: frozenset[str], store: Store, *, full: bool = False
) -> dict[str, object]:
    """``full``: the Event JSON of the data contract; else the summary. Extras are added."""
    doc = event.to_json() if full else event_summary(event)
    if not full:
        if "provenance" in extras:
            whole = event.to_json()
            doc.update(fields=whole["fields"], claims=whole["claims"],
                       source_chains=whole["source_chains"])
        if "contradictions" in extras:
            doc["contradictions"] = [c.to_json() for c in event.contradictions]
        if "articles" in extras:
            doc["articles"] = list(event.articles)
    if "articles" in extras:
        found = {a.id: a for a in store.articles(event.articles)}
        doc["article_meta"] = [
            article_meta(found[a]) if a in found else {"id": a, "missing": True}
            for a in event.articles
        ]
    return doc


def article_document(article: Article, store: Store) -> dict[str, object]:
    doc = article_meta(article)
    doc["given_id"] = article.given_id
    doc["retrieved_at"] = article.retrieved_at.isoformat() if article.retrieved_at else None
    doc["source"] = _public_source(article.source)
    doc["text"] = article.text
    doc["events"] = store.events_of_article(article.id)
    return doc


def _public_source(source: str | None) -> str | None:
    """Where an article was read from, without the server's folders: URLs as they are,
    files by their name only."""
    if not source:
        return None
    if re.match(r"^https?://", source):
        return source
    return Path(source.split(":")[0] if re.search(r":\d+$", source) else source).name
