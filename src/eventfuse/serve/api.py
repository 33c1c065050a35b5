"""The JSON API's routes: events with filters, one event, one article, exports, posting
articles (queued as a job) and the state of a job."""

from __future__ import annotations

import io
from dataclasses import replace
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import JSONResponse, Response

from eventfuse import __version__
from eventfuse.export import export_events
from eventfuse.taxonomy import EVENT_TYPES, SUB_EVENT_TYPES

from .context import Ctx, require_read, require_write
from .errors import ApiError
from .posting import ARTICLE_KEYS, parse_articles, read_body
from .queries import (
    EXTRAS,
    FILTER_PARAMS,
    Filtered,
    article_document,
    event_document,
    only_params,
    parse_extras,
)

MAX_LIMIT = 1000
MAX_EXPORT = 1_000_000
ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.:\-]{0,127}$"
JOB_PATTERN = r"^[0-9a-f]{32}$"

# Colours of ACLED's event types on the map and the timeline (the dashboard reads them here).
TYPE_COLOURS: dict[str, str] = {
    "Battles": "#d62728",
    "Violence against civilians": "#9467bd",
    "Explosions/Remote violence": "#ff7f0e",
    "Riots": "#8c564b",
    "Protests": "#1f77b4",
    "Strategic developments": "#2ca02c",
}
OTHER_COLOUR = "#7f7f7f"

router = APIRouter(prefix="/api")


@router.get("/health", summary="Liveness check", tags=["meta"])
async def health() -> dict[str, str]:
    return {"status": "ok", "version": __version__}


@router.get("/meta", summary="What the dashboard needs to know about this server", tags=["meta"])
def meta(ctx: Ctx) -> dict[str, object]:
    return {
        "version": __version__,
        "event_types": [
            {
                "name": name,
                "colour": TYPE_COLOURS.get(name, OTHER_COLOUR),
                "sub_event_types": [s.name for s in SUB_EVENT_TYPES if s.event_type == name],
            }
            for name in EVENT_TYPES
        ],
        "other_colour": OTHER_COLOUR,
        "extras": list(EXTRAS),
        "tile_url": ctx.settings.tile_url or None,
        "read_token_required": bool(ctx.settings.api_read_token),
        "writes_enabled": bool(ctx.settings.api_write_token),
    }


@router.get(
    "/events",
    summary="Events matching filters, newest first, paginated",
    tags=["events"],
    dependencies=[Depends(require_read)],
)
def list_events(
    request: Request,
    ctx: Ctx,
    found: Filtered,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 50,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
    extra: Annotated[str | None, Query(alias="_extra", max_length=100, description=(
        "comma-separated: provenance (fields with quotes, claims, source chains), "
        "contradictions, articles (ids and titles)"))] = None,
) -> dict[str, object]:
    only_params(request, FILTER_PARAMS | {"_extra"})
    extras = parse_extras(extra)
    query = replace(found.query, limit=limit, offset=offset)
    total = ctx.store.count_events(query)
    events = ctx.store.find_events(query)
    following = None
    if offset + len(events) < total:
        params = {**found.params, "limit": str(limit), "offset": str(offset + limit)}
        following = f"{request.url.path}?{urlencode(params)}"
    return {
        "total": total,
        "limit": limit,
        "offset": offset,
        "count": len(events),
        "next": following,
        "events": [event_document(e, extras, ctx.store) for e in events],
    }


@router.get(
    "/events/{event_id}",
    summary="One event: the Event JSON of the data contract",
    tags=["events"],
    dependencies=[Depends(require_read)],
)
def get_event(
    request: Request,
    ctx: Ctx,
    event_id: Annotated[str, PathParam(pattern=ID_PATTERN)],
    extra: Annotated[str | None, Query(alias="_extra", max_length=100,
                                       description="articles: add article_meta")] = None,
) -> dict[str, object]:
    only_params(request, {"_extra"})
    extras = parse_extras(extra)
    event = ctx.store.event(event_id)
    if event is None:
        raise ApiError(404, f"no event {event_id!r}", hint="list events with GET /api/events")
    return event_document(event, extras, ctx.store, full=True)


@router.get(
    "/articles/{article_id}",
    summary="One stored article with its text and the events it supports",
    tags=["articles"],
    dependencies=[Depends(require_read)],
)
def get_article(
    request: Request,
    ctx: Ctx,
    article_id: Annotated[str, PathParam(pattern=ID_PATTERN)],
) -> dict[str, object]:
    only_params(request, set())
    article = ctx.store.article(article_id)
    if article is None:
        raise ApiError(404, f"no article {article_id!r}",
                       hint="article ids are listed in an event's 'articles'")
    return article_document(article, ctx.store)


EXPORT_TYPES: dict[str, tuple[str, str]] = {
    "acled": ("text/csv; charset=utf-8", "events.csv"),
    "geojson": ("application/geo+json", "events.geojson"),
    "jsonl": ("application/x-ndjson; charset=utf-8", "events.jsonl"),
}


@router.get(
    "/export",
    summary="Matching events as ACLED CSV, GeoJSON or JSON lines",
    tags=["events"],
    dependencies=[Depends(require_read)],
    response_class=Response,
)
def export(
    request: Request,
    ctx: Ctx,
    found: Filtered,
    format: Annotated[str, Query(pattern="^(acled|geojson|jsonl)$")],
    limit: Annotated[int, Query(ge=1, le=MAX_EXPORT)] = MAX_EXPORT,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
) -> Response:
    only_params(request, FILTER_PARAMS | {"format"})
    events = ctx.store.find_events(replace(found.query, limit=limit, offset=offset))
    articles = None
    if format == "acled":
        ids = sorted({a for e in events for a in e.articles})
        articles = {a.id: a for a in ctx.store.articles(ids)}
    buffer = io.StringIO()
    export_events(events, fmt=format, out=buffer, articles=articles)
    media_type, filename = EXPORT_TYPES[format]
    return Response(
        buffer.getvalue().encode("utf-8"),
        media_type=media_type,
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )


@router.post(
    "/articles",
    summary="Add reports (one JSON object, a JSON array or JSON lines): queued as a job that "
    "updates the events; answers 202 with the job's address",
    tags=["articles"],
    status_code=202,
    dependencies=[Depends(require_write)],
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {"schema": {"type": "object", "required": ["text"],
                                                "properties": {k: {"type": "string"}
                                                               for k in sorted(ARTICLE_KEYS)}}},
                "application/x-ndjson": {"schema": {"type": "string"}},
            },
        }
    },
)
async def post_articles(request: Request, ctx: Ctx) -> JSONResponse:
    body = await read_body(request, limit=ctx.settings.api_max_body_bytes)
    articles = parse_articles(body, request.headers.get("content-type", ""))
    job = ctx.job_queue().submit(articles)
    where = f"/api/jobs/{job.id}"
    return JSONResponse({**job.to_json(), "url": where}, status_code=202,
                        headers={"Location": where})


@router.get(
    "/jobs/{job_id}",
    summary="An ingestion job: queued, running, done (with what became of each article) "
    "or failed (with the error)",
    tags=["articles"],
    dependencies=[Depends(require_write)],
)
def get_job(
    request: Request,
    ctx: Ctx,
    job_id: Annotated[str, PathParam(pattern=JOB_PATTERN)],
) -> dict[str, object]:
    only_params(request, set())
    job = ctx.job_queue().get(job_id)
    if job is None:
        raise ApiError(404, f"no job {job_id!r}",
                       hint="POST /api/articles answers with the job's id; finished jobs are "
                       "kept for the last 1000 posts")
    return job.to_json()
