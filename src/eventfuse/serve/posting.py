"""Posted articles: the body read within its size limit, parsed and checked against the input
contract, then run through the pipeline with what became of each article."""

from __future__ import annotations

import json
import uuid
from collections import Counter
from dataclasses import replace
from datetime import UTC, datetime

from fastapi import Request

from eventfuse.config import Settings
from eventfuse.ingest.build import finish
from eventfuse.ingest.jsonl import draft_from_object
from eventfuse.records import Article, Skipped

from .context import ApiContext
from .errors import ApiError

ARTICLE_KEYS: frozenset[str] = frozenset(
    {"id", "text", "title", "url", "outlet", "published", "language"}
)
MAX_POSTED_ARTICLES = 10_000
JSONL_TYPES = frozenset(
    {"application/x-ndjson", "application/jsonl", "application/json-lines",
     "application/x-jsonlines", "text/plain"}
)


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


def _loads(text: str, line: int | None = None) -> object:
    where = f" on line {line}" if line is not None else ""
    try:
        return json.loads(text)
    except RecursionError:  # "[[[[...": the decoder gives up before the stack does
        raise ApiError(400, f"JSON nested too deeply{where}",
                       hint="each article is one flat JSON object of strings") from None
    except ValueError as exc:
        raise ApiError(400, f"invalid JSON{where}: {exc}") from None


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
        value = _loads(text)
        items = value if isinstance(value, list) else [value]
    else:
        for number, line in enumerate(text.splitlines(), 1):
            if line.strip():
                items.append(_loads(line, number))
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


def posted_article(
    item: dict[str, object], source: str, *, settings: Settings, retrieved_at: datetime
) -> tuple[Article | None, tuple[Skipped, ...]]:
    """The article a posted object stands for, read as a JSON lines file's line is (text and
    names normalised, date parsed, language checked), and its skip records."""
    draft = draft_from_object(item, source=source, retrieved_at=retrieved_at)
    if isinstance(draft, Skipped):
        return None, (draft,)
    return finish(draft, settings=settings)


def ingest_articles(ctx: ApiContext, articles: list[dict[str, object]]) -> dict[str, object]:
    """Run the pipeline on posted articles and report what became of each one."""
    # posted batches are small: extraction runs here, with the models the app keeps loaded
    settings = replace(ctx.settings, progress=False, engine="local", workers=1)
    batch = f"api-post-{uuid.uuid4().hex[:12]}"
    now = datetime.now(UTC)
    read = [posted_article(item, f"{batch}:{i + 1}", settings=settings, retrieved_at=now)
            for i, item in enumerate(articles)]
    index_of = {f"{batch}:{i + 1}": i for i in range(len(articles))}
    problems: dict[int, list[dict[str, str]]] = {}
    # skip records of reading (EF106 dates, EF113 ...) go into the run with the articles, so
    # the stored run record counts them like those of `eventfuse run`
    inputs: list[Article | Skipped] = []
    for article, skips in read:
        inputs.extend(skips)
        if article is not None:
            inputs.append(article)
    with ctx.write_lock:
        report = ctx.runner(inputs, settings=settings, store=ctx.store, stages=ctx.pipeline_stages())
        skipped = ctx.store.skipped(report.run_id)
    for s in skipped:
        problems.setdefault(index_of.get(s.source, -1), []).append(
            {"reason": s.reason, "detail": s.detail})
    results = []
    for index, (article, _) in enumerate(read):
        stored = article is not None and ctx.store.has_article(article.id)
        results.append(
            {
                "index": index,
                "id": article.id if article is not None and stored else None,
                "stored": stored,
                "events": ctx.store.events_of_article(article.id)
                if article is not None and stored else [],
                "skipped": problems.get(index, []),
            }
        )
    counts = Counter(report.skipped)
    return {
        "run_id": report.run_id,
        "articles_received": len(articles),
        "articles_new": report.articles_new,
        "duplicates": report.duplicates,
        "skipped": dict(sorted(counts.items())),
        "events_total": report.events,
        "articles": results,
    }
