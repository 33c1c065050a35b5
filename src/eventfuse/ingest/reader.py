"""Read one input (file, folder or URL) into drafts and skip records; dispatch by type."""

from __future__ import annotations

import re
import stat
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

from ..common.paths import is_url, walk_folder
from ..config import Settings
from ..errors import InputError
from ..records import Skipped
from .build import Draft
from .feeds import read_feed
from .html import outlet_from_url, read_html
from .jsonl import read_jsonl, read_jsonl_lines
from .text import read_text
from .urls import Fetched, fetch

# File extension -> reader kind.
EXTENSIONS: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
}
_FEED_TYPES = frozenset(
    {
        "application/rss+xml", "application/atom+xml", "application/rdf+xml",
        "application/feed+xml", "application/x-rss+xml", "application/x-atom+xml", "text/rss",
        "text/rss+xml", "text/atom+xml",
    }
)  # fmt: skip
_XML_TYPES = frozenset({"application/xml", "text/xml"})
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_JSON_TYPES = frozenset(
    {"application/json", "application/x-ndjson", "application/jsonl", "application/x-jsonlines"}
)
_TEXT_TYPES = frozenset({"text/plain", "text/markdown"})


_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:rdf)[\s>]")
_HTML_ROOT = re.compile(rb"<!doctype html|<html[\s>]")


def _sniff(body: bytes) -> str | None:
    """``feed`` or ``html`` from the first bytes of a document, else ``None``."""
    head = body[:4096].lstrip().lower()
    feed = _FEED_ROOT.search(head)
    html = _HTML_ROOT.search(head)
    if feed and (html is None or feed.start() < html.start()):
        return "feed"
    if html:
        return "html"
    return None


def kind_of_response(fetched: Fetched) -> str | None:
    """The reader kind for a fetched document: media type first, then the body, then the path."""
    media = fetched.content_type
    sniffed = _sniff(fetched.body)
    if media in _FEED_TYPES:
        return "feed"
    if media in _XML_TYPES:
        return sniffed or "feed"
    if media in _HTML_TYPES:
        return "feed" if sniffed == "feed" else "html"
    if media in _JSON_TYPES:
        return "jsonl" if media != "application/json" else "json"
    if media in _TEXT_TYPES:
        return "markdown" if media == "text/markdown" else "text"
    if sniffed:
        return sniffed
    return EXTENSIONS.get(Path(urlsplit(fetched.url).path).suffix.lower())


def _drafts(
    kind: str,
    data: bytes,
    *,
    source: str,
    url: str | None,
    retrieved_at: datetime | None,
    charset: str | None = None,
) -> Iterator[Draft | Skipped]:
    if kind in ("text", "markdown"):
        yield read_text(
            data,
            source=source,
            markdown=kind == "markdown",
            charset=charset,
            url=url,
            outlet=outlet_from_url(url),
            retrieved_at=retrieved_at,
        )
    elif kind in ("jsonl", "json"):
        yield from read_jsonl(
            data, source=source, retrieved_at=retrieved_at, whole_document=kind == "json"
        )
    elif kind == "html":
        yield read_html(data, source=source, url=url, retrieved_at=retrieved_at)
    elif kind == "feed":
        yield from read_feed(data, source=source, url=url, retrieved_at=retrieved_at)
    else:  # pragma: no cover - callers only pass known kinds
        raise InputError(f"unknown reader {kind!r}", code="EF107")


def read_url(url: str, *, settings: Settings) -> Iterator[Draft | Skipped]:
    """Drafts from a URL: a feed, an HTML page, plain text or JSON, by its content type."""
    fetched = fetch(url, settings=settings)
    kind = kind_of_response(fetched)
    if kind is None:
        raise InputError(
            f"unsupported content type {fetched.content_type or '(none)'!r} at {fetched.url}",
            code="EF107",
            hint="URLs must serve HTML, a feed, plain text or JSON",
        )
    yield from _drafts(
        kind,
        fetched.body,
        source=url,
        url=fetched.url,
        retrieved_at=datetime.now(UTC),
        charset=fetched.charset,
    )


def read_file(path: Path, *, settings: Settings) -> Iterator[Draft | Skipped]:
    """Drafts from one file, chosen by its extension; size is checked before reading."""
    source = str(path)
    kind = EXTENSIONS.get(path.suffix.lower())
    if kind is None:
        raise InputError(
            f"unsupported file type {path.suffix or '(no extension)'!r}",
            code="EF107",
            hint=f"readable extensions: {', '.join(sorted(EXTENSIONS))}",
        )
    info = path.stat()
    if not stat.S_ISREG(info.st_mode):
        raise InputError("not a regular file", code="EF107", hint="give files or folders")
    if kind == "jsonl" and info.st_size > settings.max_bytes:
        # a large corpus: one article a line, read line by line; the limit is per article
        mtime = datetime.fromtimestamp(info.st_mtime, tz=UTC)
        yield from read_jsonl_lines(path, max_bytes=settings.max_bytes, retrieved_at=mtime)
        return
    if info.st_size > settings.max_bytes:
        raise InputError(
            f"{info.st_size} bytes is more than max_bytes={settings.max_bytes}",
            code="EF103",
            hint="raise max_bytes to read larger files",
        )
    if info.st_size == 0:
        raise InputError("file is empty", code="EF101", hint="nothing to read")
    with path.open("rb") as handle:
        data = handle.read(settings.max_bytes + 1)
    if len(data) > settings.max_bytes:  # grew since it was measured
        raise InputError(
            f"more than max_bytes={settings.max_bytes}",
            code="EF103",
            hint="raise max_bytes to read larger files",
        )
    mtime = datetime.fromtimestamp(info.st_mtime, tz=UTC)
    yield from _drafts(kind, data, source=source, url=None, retrieved_at=mtime)


def expand_input(value: str) -> Iterator[str | Skipped]:
    """The inputs ``value`` stands for: itself (a URL or file), or the files of a folder."""
    if is_url(value):
        yield value
        return
    path = Path(value).expanduser()
    if path.is_dir():
        for item in walk_folder(path):
            yield item if isinstance(item, Skipped) else str(item)
    elif path.exists():
        yield str(path)
    else:
        yield Skipped(value, "EF112", "no such file or folder")


def read_one(value: str, *, settings: Settings) -> Iterator[Draft | Skipped]:
    """Drafts from one URL or file (raises :class:`InputError` for what makes it unusable)."""
    if is_url(value):
        yield from read_url(value, settings=settings)
    else:
        yield from read_file(Path(value), settings=settings)
