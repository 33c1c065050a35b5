"""The JSON API: events with filters, one event, one article, exports, and posting articles."""

from __future__ import annotations

import hmac
import io
import json
import math
import re
import tempfile
import threading
import unicodedata
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from eventfuse import __version__
from eventfuse.config import Settings
from eventfuse.errors import EventfuseError
from eventfuse.records import EVENT_FIELDS, Article, Event
from eventfuse.store import EventQuery, Store
from eventfuse.taxonomy import EVENT_TYPES, SUB_EVENT_TYPES

# Error codes of the API (the HTTP status is the number after "EF4"/"EF5" where it fits).
API_ERRORS: dict[str, str] = {
    "EF400": "invalid request (a parameter or the body is malformed)",
    "EF401": "a token is required, or the token given is wrong",
    "EF403": "writes are disabled on this server",
    "EF404": "not found",
    "EF405": "method not allowed",
    "EF413": "request body too large",
    "EF415": "unsupported content type",
    "EF500": "internal error",
}

EXTRAS: tuple[str, ...] = ("provenance", "contradictions", "articles")
ARTICLE_KEYS: frozenset[str] = frozenset(
    {"id", "text", "title", "url", "outlet", "published", "language"}
)
MAX_POSTED_ARTICLES = 10_000
MAX_LIMIT = 1000
MAX_EXPORT = 1_000_000
ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.:\-]{0,127}$"
JSONL_TYPES = frozenset(
    {"application/x-ndjson", "application/jsonl", "application/json-lines",
     "application/x-jsonlines", "text/plain"}
)

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

# Query parameters each filtered route accepts (anything else is an error, not ignored).
FILTER_PARAMS: frozenset[str] = frozenset(
    {"bbox", "since", "until", "event_type", "sub_event_type", "actor", "country", "admin1",
     "min_fatalities", "min_sources", "q", "limit", "offset"}
)


class ApiError(EventfuseError):
    """An error the API answers with: an HTTP status and the one JSON error shape."""

    code = "EF400"

    def __init__(
        self,
        status: int,
        message: str,
        *,
        hint: str = "",
        code: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message, hint=hint, code=code or _code_for(status))
        self.status = status
        self.headers = headers or {}


def _code_for(status: int) -> str:
    code = f"EF{status}"
    return code if code in API_ERRORS else ("EF500" if status >= 500 else "EF400")


def error_body(code: str, message: str, hint: str = "", **extra: object) -> dict[str, object]:
    """The one JSON error shape of the API: ``{"error": {"code", "message", "hint", ...}}``."""
    return {"error": {"code": code, "message": message, "hint": hint, **extra}}


@dataclass
class ApiContext:
    """What the routes share: settings, the store, the pipeline's loaded stages, a write lock."""

    settings: Settings
    store: Store
    stages: Any = None  # eventfuse.pipeline.Stages, created on the first POST
    runner: Callable[..., Any] | None = None  # runners.run_with_engine (replaceable in tests)
    write_lock: threading.Lock = field(default_factory=threading.Lock)

    def pipeline_stages(self) -> Any:
        if self.stages is None:
            from eventfuse.pipeline import Stages

            self.stages = Stages(replace(self.settings, progress=False))
        return self.stages


def context(request: Request) -> ApiContext:
    ctx = request.app.state.ctx
    assert isinstance(ctx, ApiContext)
    return ctx


Ctx = Annotated[ApiContext, Depends(context)]
_bearer = HTTPBearer(auto_error=False, description="Authorization: Bearer TOKEN")
Credentials = Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]


def _same(given: str, expected: str) -> bool:
    return bool(expected) and hmac.compare_digest(given.encode(), expected.encode())


def require_read(ctx: Ctx, credentials: Credentials) -> None:
    """Reads are open unless ``api_read_token`` is set; the write token may read too."""
    wanted = ctx.settings.api_read_token
    if not wanted:
        return
    given = credentials.credentials if credentials else ""
    if not (_same(given, wanted) or _same(given, ctx.settings.api_write_token)):
        raise ApiError(
            401,
            "this server requires a token for reads" if not given else "wrong token",
            hint="send the header 'Authorization: Bearer TOKEN' with the api_read_token",
            headers={"WWW-Authenticate": "Bearer"},
        )


def require_write(ctx: Ctx, credentials: Credentials) -> None:
    """Writes need ``api_write_token``; with none configured, writes are disabled."""
    wanted = ctx.settings.api_write_token
    if not wanted:
        raise ApiError(
            403,
            "writes are disabled on this server",
            hint="start the server with the setting api_write_token "
            "(e.g. EVENTFUSE_API_WRITE_TOKEN) and send 'Authorization: Bearer TOKEN'",
        )
    given = credentials.credentials if credentials else ""
    if not _same(given, wanted):
        raise ApiError(
            401,
            "a write token is required" if not given else "wrong token",
            hint="send the header 'Authorization: Bearer TOKEN' with the api_write_token",
            headers={"WWW-Authenticate": "Bearer"},
        )


def _only_params(request: Request, allowed: Iterable[str]) -> None:
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


def parse_bbox(text: str) -> tuple[float, float, float, float]:
    """``west,south,east,north`` in degrees (GeoJSON order); west > east crosses 180°."""
    parts = text.split(",")
    try:
        values = tuple(float(p) for p in parts)
    except ValueError:
        values = ()
    if len(values) != 4 or not all(math.isfinite(v) for v in values):
        raise ApiError(400, f"bbox must be four numbers, got {text!r}",
                       hint="bbox=west,south,east,north, e.g. bbox=-6,10,4,20")
    west, south, east, north = values
    if not (-180 <= west <= 180 and -180 <= east <= 180 and -90 <= south <= north <= 90):
        raise ApiError(400, f"bbox out of range: {text!r}",
                       hint="longitudes in [-180, 180], latitudes in [-90, 90], south <= north")
    return west, south, east, north


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


# -- routes ---------------------------------------------------------------------------------

router = APIRouter(prefix="/api")


@router.get("/health", summary="Liveness check", tags=["meta"])
def health() -> dict[str, str]:
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
    _only_params(request, FILTER_PARAMS | {"_extra"})
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
    _only_params(request, {"_extra"})
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
    _only_params(request, set())
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
    from eventfuse.export import export_events

    _only_params(request, FILTER_PARAMS | {"format"})
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
    summary="Add reports (one JSON object, a JSON array or JSON lines) and update the events",
    tags=["articles"],
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
async def post_articles(request: Request, ctx: Ctx) -> dict[str, object]:
    body = await read_body(request, limit=ctx.settings.api_max_body_bytes)
    articles = parse_articles(body, request.headers.get("content-type", ""))
    from starlette.concurrency import run_in_threadpool

    return await run_in_threadpool(ingest_articles, ctx, articles)


async def read_body(request: Request, *, limit: int) -> bytes:
    """The request body, refused (413) past ``limit`` bytes before or while reading it."""
    declared = request.headers.get("content-length")
    if declared is not None:
        if not declared.isdigit():
            raise ApiError(400, "invalid Content-Length header")
        if int(declared) > limit:
            raise _too_large(limit)
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise _too_large(limit)
        chunks.append(chunk)
    return b"".join(chunks)


def _too_large(limit: int) -> ApiError:
    return ApiError(413, f"request body is larger than {limit} bytes",
                    hint="send fewer articles per request, or raise api_max_body_bytes")


def parse_articles(body: bytes, content_type: str) -> list[dict[str, object]]:
    """Posted articles: a JSON object, a JSON array of objects, or JSON lines; each validated
    against the input contract (``text`` required; only the contract's keys)."""
    media = content_type.split(";")[0].strip().lower()
    if media not in JSONL_TYPES and media != "application/json":
        raise ApiError(415, f"unsupported content type {media or '(none)'!r}",
                       hint="use application/json (an object or an array) or "
                       "application/x-ndjson (one JSON object per line)")
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise ApiError(400, "the body is not UTF-8") from None
    items: list[object] = []
    if media == "application/json":
        try:
            value = json.loads(text)
        except ValueError as exc:
            raise ApiError(400, f"invalid JSON: {exc}") from None
        items = value if isinstance(value, list) else [value]
    else:
        for number, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                items.append(json.loads(line))
            except ValueError as exc:
                raise ApiError(400, f"invalid JSON on line {number}: {exc}") from None
    if not items:
        raise ApiError(400, "no article in the body", hint='send {"text": "..."}')
    if len(items) > MAX_POSTED_ARTICLES:
        raise ApiError(413, f"more than {MAX_POSTED_ARTICLES} articles in one request",
                       hint="split the batch")
    return [_valid_article(i, item) for i, item in enumerate(items)]


def _valid_article(index: int, item: object) -> dict[str, object]:
    where = f"article {index}"
    if not isinstance(item, dict):
        raise ApiError(400, f"{where}: expected a JSON object, got {type(item).__name__}")
    unknown = sorted(set(item) - ARTICLE_KEYS)
    if unknown:
        raise ApiError(400, f"{where}: unknown key(s) {', '.join(unknown)}",
                       hint=f"known keys: {', '.join(sorted(ARTICLE_KEYS))}")
    text = item.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ApiError(400, f"{where}: 'text' must be a non-empty string")
    for key in sorted(ARTICLE_KEYS - {"text"}):
        value = item.get(key)
        if value is not None and not isinstance(value, str):
            raise ApiError(400, f"{where}: {key!r} must be a string")
        if isinstance(value, str) and len(value) > 2000:
            raise ApiError(400, f"{where}: {key!r} is longer than 2000 characters")
    return {k: v for k, v in item.items() if v is not None}


def ingest_articles(ctx: ApiContext, articles: list[dict[str, object]]) -> dict[str, object]:
    """Run the pipeline on posted articles (through a temporary JSON lines file) and report
    what became of each one."""
    if ctx.runner is None:  # incremental: only the blocks of events the new articles touch
        from eventfuse.runners import run_with_engine as runner
    else:
        runner = ctx.runner
    # posted batches are small: extraction runs here, with the models the app keeps loaded
    settings = replace(ctx.settings, progress=False, engine="local", workers=1)
    with ctx.write_lock, tempfile.TemporaryDirectory(prefix="eventfuse-api-") as folder:
        path = Path(folder) / f"posted-{uuid.uuid4().hex[:12]}.jsonl"
        with path.open("w", encoding="utf-8") as handle:
            for item in articles:
                handle.write(json.dumps(item, ensure_ascii=False) + "\n")
        report = runner([str(path)], settings=settings, store=ctx.store,
                        stages=ctx.pipeline_stages())
        skipped = ctx.store.skipped(report.run_id)
    problems: dict[int, list[dict[str, str]]] = {}
    for s in skipped:
        line = re.search(r":(\d+)$", s.source)
        index = int(line.group(1)) - 1 if line else -1
        problems.setdefault(index, []).append({"reason": s.reason, "detail": s.detail})
    results = []
    for index, item in enumerate(articles):
        article_id = Article.make_id(unicodedata.normalize("NFC", str(item["text"])).strip())
        stored = ctx.store.has_article(article_id)
        results.append(
            {
                "index": index,
                "id": article_id if stored else None,
                "stored": stored,
                "events": ctx.store.events_of_article(article_id) if stored else [],
                "skipped": problems.get(index, []),
            }
        )
    return {
        "run_id": report.run_id,
        "articles_received": len(articles),
        "articles_new": report.articles_new,
        "duplicates": report.duplicates,
        "skipped": dict(report.skipped),
        "events_total": report.events,
        "articles": results,
    }
