"""HTML: main text and metadata of a page (trafilatura); plain text of an HTML snippet."""

from __future__ import annotations

import re
from datetime import datetime
from html.parser import HTMLParser
from urllib.parse import urlsplit

import trafilatura

from ..errors import InputError
from .build import Draft
from .text import as_utf8, binary_error, is_binary, normalise_line, normalise_text

_BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt",
        "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
        "li", "main", "ol", "p", "pre", "section", "table", "tr", "ul",
    }
)  # fmt: skip
# Fewer words than this is a menu, a cookie notice or an error page, not a report: EF110.
MIN_MAIN_TEXT_WORDS = 10
_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "head", "svg"})


class _TextCollector(HTMLParser):
    """Collects character data; block elements become line breaks."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self._skipping += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def strip_html(markup: str) -> str:
    """Plain text of an HTML fragment: tags dropped, entities decoded, one paragraph a line."""
    collector = _TextCollector()
    collector.feed(markup)
    collector.close()
    lines = (" ".join(line.split()) for line in "".join(collector.parts).split("\n"))
    return normalise_text("\n".join(line for line in lines if line))


_HTML_LANG = re.compile(
    rb"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*)", re.IGNORECASE
)


def declared_language(data: bytes) -> str | None:
    """The ``lang`` attribute of the ``<html>`` element, if any (a hint, see :class:`Draft`)."""
    match = _HTML_LANG.search(data[:65536])
    return match.group(1).decode("ascii") if match else None


def outlet_from_url(url: str | None) -> str | None:
    """The host name of ``url`` without a leading ``www.``, or ``None``."""
    if not url:
        return None
    host = urlsplit(url).hostname
    if not host:
        return None
    return host.removeprefix("www.")


def read_html(
    data: bytes,
    *,
    source: str,
    url: str | None = None,
    retrieved_at: datetime | None = None,
) -> Draft:
    """The main text of an HTML page with its title, date, site name and URL.

    Raises :class:`InputError` ``EF101`` (empty), ``EF102`` (binary), ``EF117`` (nested too
    deeply) or ``EF110`` (no main text: trafilatura found nothing, or fewer than
    :data:`MIN_MAIN_TEXT_WORDS` words). The page's ``lang`` attribute is only a hint (see
    :class:`Draft`).
    """
    if not data.strip():
        raise InputError("page is empty", code="EF101", hint="nothing to read")
    if is_binary(data):
        raise binary_error("NUL bytes")
    try:
        document = trafilatura.bare_extraction(
            as_utf8(data),
            url=url,
            with_metadata=True,
            include_comments=False,
            include_images=False,
            include_links=False,
            include_formatting=False,
        )
    except RecursionError:
        raise InputError(
            "page is nested too deeply to parse", code="EF117", hint="check the page"
        ) from None
    text = ""
    if document is not None and not isinstance(document, dict):
        text = normalise_text(document.text or "")
    if document is None or isinstance(document, dict) or len(text.split()) < MIN_MAIN_TEXT_WORDS:
        raise InputError(
            f"no main text found in the page ({len(text.split())} words)",
            code="EF110",
            hint="the page may be an index, a login wall or rendered by JavaScript",
        )
    page_url = document.url or url
    return Draft(
        text=text,
        source=source,
        title=normalise_line(document.title),
        url=page_url,
        outlet=normalise_line(document.sitename) or outlet_from_url(page_url),
        published=document.date or None,
        language=document.language or declared_language(data),
        language_trusted=False,
        retrieved_at=retrieved_at,
    )
