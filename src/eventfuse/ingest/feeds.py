"""RSS and Atom feeds (feedparser): one draft article per entry."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import date, datetime
from typing import Any

import feedparser

from ..errors import InputError
from ..records import Skipped
from .build import Draft
from .html import outlet_from_url, strip_html
from .published import parse_date
from .text import binary_error, is_binary, normalise_line

_DATE_KEYS = ("published", "updated", "created")


def _entry_text(entry: Any) -> str:
    """The longest of the entry's contents, else its summary, as plain text."""
    candidates: list[str] = []
    for content in entry.get("content") or ():
        value = content.get("value") if hasattr(content, "get") else None
        if value:
            candidates.append(str(value))
    if not candidates and entry.get("summary"):
        candidates.append(str(entry.get("summary")))
    texts = [strip_html(value) for value in candidates]
    return max(texts, key=len, default="")


def _entry_date(entry: Any) -> str | date | None:
    """The entry's date as written (parsed later, keeping the local day), else feedparser's.

    ``dict.get`` reads the stored keys directly: ``entry.get("updated")`` would go through
    feedparser's deprecated ``updated``-to-``published`` fallback and warn.
    """
    for key in _DATE_KEYS:
        raw = dict.get(entry, key)
        if raw and parse_date(str(raw)) is not None:
            return str(raw)
    for key in _DATE_KEYS:
        parsed = dict.get(entry, f"{key}_parsed")
        if isinstance(parsed, time.struct_time):
            return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
    for key in _DATE_KEYS:
        raw = dict.get(entry, key)
        if raw:
            return str(raw)  # unparsable: reported as EF106, the article is kept
    return None


def read_feed(
    data: bytes,
    *,
    source: str,
    url: str | None = None,
    retrieved_at: datetime | None = None,
) -> Iterator[Draft | Skipped]:
    """Drafts for the entries of an RSS/Atom feed; entries without text are ``EF101``.

    Raises :class:`InputError` ``EF101`` (empty input), ``EF102`` (binary) or ``EF111`` (not
    a feed). Only ``data`` is parsed: feedparser never fetches anything from here.
    """
    if not data.strip():
        raise InputError("feed is empty", code="EF101", hint="nothing to read")
    if is_binary(data):
        raise binary_error("NUL bytes")
    headers = {"content-location": url} if url else {}
    parsed = feedparser.parse(data, response_headers=headers, sanitize_html=True)
    entries = list(parsed.get("entries") or ())
    if not entries:
        if not parsed.get("version"):
            problem = parsed.get("bozo_exception")
            raise InputError(
                f"not an RSS or Atom feed{f': {problem}' if problem else ''}",
                code="EF111",
                hint="check that the file or URL is a feed",
            )
        raise InputError("feed has no entries", code="EF101", hint="nothing to read")
    feed = parsed.get("feed") or {}
    feed_title = normalise_line(feed.get("title"))
    feed_language = feed.get("language")
    for number, entry in enumerate(entries, start=1):
        entry_source = f"{source}#{number}"
        text = _entry_text(entry)
        link = entry.get("link") or None
        if not text:
            detail = f"feed entry {number} has no text"
            yield Skipped(entry_source, "EF101", f"{detail} ({link})" if link else detail)
            continue
        title = entry.get("title")
        yield Draft(
            text=text,
            source=entry_source,
            title=normalise_line(strip_html(title)) if title else None,
            url=link,
            outlet=feed_title or outlet_from_url(link or url),
            published=_entry_date(entry),
            language=feed_language or None,
            language_trusted=False,
            retrieved_at=retrieved_at,
        )
