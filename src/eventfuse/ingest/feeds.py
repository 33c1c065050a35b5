"""RSS and Atom feeds (feedparser): one draft article per entry."""

from __future__ import annotations

import re
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
from .text import as_utf8, binary_error, is_binary, normalise_line

_DATE_KEYS = ("published", "updated", "created")
_ROOT = re.compile(rb"<(?:rss|feed|rdf:rdf|channel)\b", re.IGNORECASE)
_ENTITY_DECLARATION = re.compile(rb"<!ENTITY", re.IGNORECASE)


def _declares_entities(data: bytes) -> bool:
    """True when the prolog (before the root element) declares XML entities. Feeds have no
    use for them, and expanding nested ones ("billion laughs") kept feedparser busy for
    seconds on a 1 kB file before the XML parser's own limit stopped it."""
    root = _ROOT.search(data)
    return bool(_ENTITY_DECLARATION.search(data[: root.start()] if root else data))


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
            try:
                return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
            except ValueError:  # "0000-00-00" is parsed as year -1
                continue
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

    Raises :class:`InputError` ``EF101`` (empty input), ``EF102`` (binary), ``EF111`` (not
    a feed, or one declaring XML entities) or ``EF117`` (nested too deeply). Only ``data`` is
    parsed: feedparser never fetches anything from here. One entry that fails is its own
    ``EF118`` record (``EF117`` when too deep) and the next entries are still read.
    """
    if not data.strip():
        raise InputError("feed is empty", code="EF101", hint="nothing to read")
    if is_binary(data):
        raise binary_error("NUL bytes")
    if _declares_entities(data):
        raise InputError(
            "feed declares XML entities (<!ENTITY ...>): refused, expanding them can take "
            "minutes",
            code="EF111",
            hint="feeds need no entity declarations; remove the DOCTYPE's internal subset",
        )
    headers = {"content-location": url} if url else {}
    try:
        parsed = feedparser.parse(as_utf8(data), response_headers=headers, sanitize_html=True)
    except RecursionError:
        raise InputError(
            "feed is nested too deeply to parse", code="EF117", hint="check the feed"
        ) from None
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
        try:
            yield _entry_draft(
                entry,
                source=entry_source,
                number=number,
                url=url,
                feed_title=feed_title,
                feed_language=feed_language,
                retrieved_at=retrieved_at,
            )
        except RecursionError:
            yield Skipped(entry_source, "EF117", f"feed entry {number} is nested too deeply")
        except Exception as exc:  # noqa: BLE001 - one bad entry must not lose the others
            detail = f"feed entry {number}: {type(exc).__name__}: {exc}"
            yield Skipped(entry_source, "EF118", detail)


def _entry_draft(
    entry: Any,
    *,
    source: str,
    number: int,
    url: str | None,
    feed_title: str | None,
    feed_language: str | None,
    retrieved_at: datetime | None,
) -> Draft | Skipped:
    """The draft of one feed entry (``EF101`` when it has no text)."""
    text = _entry_text(entry)
    link = entry.get("link") or None
    if not text:
        detail = f"feed entry {number} has no text"
        return Skipped(source, "EF101", f"{detail} ({link})" if link else detail)
    title = entry.get("title")
    return Draft(
        text=text,
        source=source,
        title=normalise_line(strip_html(title)) if title else None,
        url=link,
        outlet=feed_title or outlet_from_url(link or url),
        published=_entry_date(entry),
        language=feed_language or None,
        language_trusted=False,
        retrieved_at=retrieved_at,
    )
