"""JSON Lines and JSON articles (keys id, text, title, url, outlet, published, language)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO

from ..errors import InputError
from ..records import Skipped
from .build import Draft
from .text import decode_bytes, normalise_line, normalise_text

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_CHUNK = 1 << 20  # bytes read at a time from the rest of an over-long line


def _optional_str(value: Any) -> str | None:
    if value is None or isinstance(value, (dict, list, bool)):
        return None
    return str(value)


def draft_from_object(
    obj: Any,
    *,
    source: str,
    retrieved_at: datetime | None = None,
) -> Draft | Skipped:
    """A draft from one decoded JSON value (``EF105`` if not an object, ``EF114`` if no text)."""
    if not isinstance(obj, dict):
        return Skipped(source, "EF105", f"expected a JSON object, got {type(obj).__name__}")
    raw_text = obj.get("text")
    if not isinstance(raw_text, str):
        detail = "no 'text' key" if raw_text is None else "'text' is not a string"
        return Skipped(source, "EF114", detail)
    text = normalise_text(raw_text)
    if not text:
        return Skipped(source, "EF101", "'text' is empty")
    published = obj.get("published")
    if published is not None and not isinstance(published, str):
        # a number or an object is not a date: kept as text that parses as none (EF106)
        published = f"{json.dumps(published)} (a JSON {type(published).__name__})"
    return Draft(
        text=text,
        source=source,
        title=normalise_line(_optional_str(obj.get("title"))),
        url=normalise_line(_optional_str(obj.get("url"))),
        outlet=normalise_line(_optional_str(obj.get("outlet"))),
        published=published,
        language=_optional_str(obj.get("language")),
        language_trusted=True,
        retrieved_at=retrieved_at,
        given_id=normalise_line(_optional_str(obj.get("id"))),
    )


def read_jsonl(
    data: bytes,
    *,
    source: str,
    retrieved_at: datetime | None = None,
    whole_document: bool = False,
) -> Iterator[Draft | Skipped]:
    """One draft per line; a bad line is one ``EF105`` record (``source:line``), the rest go on.

    With ``whole_document`` (``.json`` files) the content is first tried as one JSON value:
    an object is one article, an array one article per element (``source[i]``). If that
    fails, the file is read as JSON Lines.
    """
    try:
        text = decode_bytes(data)
    except InputError:
        if not _looks_like_lines(data):
            raise
        yield from _undecodable_lines(data, source=source, retrieved_at=retrieved_at)
        return
    if whole_document:
        try:
            value = json.loads(text)
        except (ValueError, RecursionError):  # read line by line below
            pass
        else:
            if isinstance(value, list):
                if not value:
                    yield Skipped(source, "EF101", "empty JSON array")
                for index, item in enumerate(value):
                    yield _guarded_draft(item, f"{source}[{index}]", retrieved_at)
            else:
                yield _guarded_draft(value, source, retrieved_at)
            return
    # Split on line breaks only: str.splitlines would also split on U+2028, which JSON
    # strings may contain unescaped.
    for number, line in enumerate(_LINE_BREAK.split(text), start=1):
        if not line.strip():
            continue
        yield line_draft(line, source=f"{source}:{number}", retrieved_at=retrieved_at)


def _looks_like_lines(data: bytes) -> bool:
    """True when some line of ``data`` starts like a JSON object (then a file that does not
    decode as a whole is read line by line, each bad line its own record)."""
    return any(line.lstrip().startswith(b"{") for line in data.split(b"\n"))


def _undecodable_lines(
    data: bytes, *, source: str, retrieved_at: datetime | None
) -> Iterator[Draft | Skipped]:
    """The lines of a JSON Lines file that does not decode as a whole: each line UTF-8 on
    its own (``EF104`` when it is not), as the streamed reader does."""
    for number, raw in enumerate(data.split(b"\n"), start=1):
        line_source = f"{source}:{number}"
        try:
            line = raw.decode("utf-8-sig" if number == 1 else "utf-8").strip("\r")
        except UnicodeDecodeError as exc:
            yield Skipped(line_source, "EF104", f"not valid UTF-8: {exc.reason}")
            continue
        if line.strip():
            yield line_draft(line, source=line_source, retrieved_at=retrieved_at)


def _guarded_draft(value: Any, source: str, retrieved_at: datetime | None) -> Draft | Skipped:
    """:func:`draft_from_object`, any failure being this entry's ``EF118`` record."""
    try:
        return draft_from_object(value, source=source, retrieved_at=retrieved_at)
    except Exception as exc:  # noqa: BLE001 - one bad object must not lose the others
        return Skipped(source, "EF118", f"{type(exc).__name__}: {exc}")


def line_draft(line: str, *, source: str, retrieved_at: datetime | None) -> Draft | Skipped:
    """The draft of one JSON line: ``EF105`` invalid, ``EF117`` nested too deeply (Python's
    parser recurses per level), ``EF118`` any other failure; never raises ``Exception``."""
    try:
        value = json.loads(line)
    except ValueError as exc:
        return Skipped(source, "EF105", f"invalid JSON: {exc}")
    except RecursionError:
        return Skipped(source, "EF117", "JSON nested too deeply to parse")
    return _guarded_draft(value, source, retrieved_at)


def _bounded_lines(handle: BinaryIO, limit: int) -> Iterator[bytes | int]:
    """The lines of ``handle``, each read up to ``limit + 1`` bytes: a longer line is given as
    its length (an ``int``), read in chunks and never held whole."""
    while True:
        raw = handle.readline(limit + 1)
        if not raw:
            return
        if len(raw) <= limit or raw.endswith(b"\n"):
            yield raw
            continue
        size = len(raw)
        while not raw.endswith(b"\n"):
            raw = handle.readline(_CHUNK)
            if not raw:
                break
            size += len(raw)
        yield size


def read_jsonl_lines(
    path: Path, *, max_bytes: int, retrieved_at: datetime | None = None
) -> Iterator[Draft | Skipped]:
    """A JSON Lines file of any size, streamed: one draft per line (UTF-8), a line over
    ``max_bytes`` is one ``EF103`` record and a bad one ``EF105``/``EF104``; memory holds one
    line at a time."""
    source = str(path)
    with path.open("rb") as handle:
        for number, raw in enumerate(_bounded_lines(handle, max_bytes), start=1):
            line_source = f"{source}:{number}"
            if isinstance(raw, int) or len(raw) > max_bytes:
                size = raw if isinstance(raw, int) else len(raw)
                detail = f"line of {size} bytes is more than max_bytes={max_bytes}"
                yield Skipped(line_source, "EF103", detail)
                continue
            try:
                line = raw.decode("utf-8-sig" if number == 1 else "utf-8").strip("\r\n")
            except UnicodeDecodeError as exc:
                yield Skipped(line_source, "EF104", f"not valid UTF-8: {exc.reason}")
                continue
            if not line.strip():
                continue
            yield line_draft(line, source=line_source, retrieved_at=retrieved_at)
