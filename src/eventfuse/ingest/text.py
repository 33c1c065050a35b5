"""Decode bytes into text, normalise text, and read plain-text and Markdown files.

Decoding policy (what :func:`decode_bytes` decides, in order):

1. Empty input is ``EF101``.
2. A UTF-32/UTF-16 byte-order mark means that encoding; failing to decode it is ``EF104``.
3. A declared charset (an HTTP ``Content-Type`` parameter) is tried first when given.
4. NUL bytes in the pattern of UTF-32 or UTF-16 without a byte-order mark (every zero byte at
   the same places of each 4- or 2-byte unit, as the high bytes of Latin, Arabic or Cyrillic
   text are) mean that encoding when the decoded text looks like text (see
   :func:`decode_wide`). Any other NUL byte means a binary file: ``EF102``.
5. UTF-8 (with or without a BOM) is tried next. A valid UTF-8 file is text unless more than
   5% of its characters are control characters (then it is binary, ``EF102``).
6. Otherwise the legacy single-byte encodings Windows-1252 then Latin-1 are tried, but their
   result is accepted only if it *looks like text*: almost no control characters (C0 or C1),
   at most 30% non-ASCII characters, and at least 80% of those non-ASCII characters are
   letters (é, à, ç ...) or common typographic signs (« » ’ “ ” – — … € ° ...). Latin-1
   decodes any byte string, so without this check random bytes would pass as text. A file
   that fails the check is ``EF104``, or ``EF102`` when more than 5% of its bytes are C0
   control bytes (binary data without NUL bytes).
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from datetime import datetime

from ..errors import InputError
from .build import Draft

# Typographic characters outside ASCII that ordinary EN/FR prose uses.
_TEXT_SIGNS = frozenset("«»‘’‚“”„–—‐‑…•·€£°§©®™×÷¡¿\u00a0\u202f\u2009\u2002\u2003")
_WHITESPACE_CONTROLS = frozenset("\t\n\r\f\v")
_MAX_TITLE = 200
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


# spaCy's tokenizer strips prefixes and suffixes one character at a time, copying the rest of
# the token each time: a whitespace-free run of punctuation or symbols costs the square of its
# length (20,000 ``=`` took 77 s; 100 take 2 ms). Such runs are cut to MAX_SYMBOL_RUN characters,
# and a whitespace-free token longer than MAX_TOKEN_CHARS gets a space every MAX_TOKEN_CHARS
# characters. No report in the seed or real-news sets has a run of even 40 symbols or a token
# of 300 characters, so ordinary text is never touched.
MAX_SYMBOL_RUN = 100
MAX_TOKEN_CHARS = 1000
_SYMBOL_RUN = re.compile(rf"[^\w\s]{{{MAX_SYMBOL_RUN + 1},}}")
_LONG_TOKEN = re.compile(rf"\S{{{MAX_TOKEN_CHARS + 1},}}")


def _split_token(match: re.Match[str]) -> str:
    token = match.group(0)
    return " ".join(token[i : i + MAX_TOKEN_CHARS] for i in range(0, len(token), MAX_TOKEN_CHARS))


def tame_runs(text: str) -> str:
    """``text`` with symbol runs cut and giant tokens split (see :data:`MAX_SYMBOL_RUN`)."""
    text = _SYMBOL_RUN.sub(lambda m: m.group(0)[:MAX_SYMBOL_RUN], text)
    return _LONG_TOKEN.sub(_split_token, text)


_SURROGATE = re.compile("[\ud800-\udfff]")


def replace_surrogates(text: str) -> str:
    """Lone surrogates (a JSON ``"\\ud800"`` escape decodes to one) as U+FFFD: no UTF-8
    can carry them, so hashing or storing the text would fail."""
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text


def normalise_text(text: str) -> str:
    """NFC, newlines as ``\\n``, lone surrogates replaced (:func:`replace_surrogates`), runs
    that would make tokenizing quadratic tamed (:func:`tame_runs`), surrounding whitespace
    removed; nothing else changes."""
    text = unicodedata.normalize("NFC", replace_surrogates(text))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return tame_runs(text).strip()


def normalise_line(value: str | None) -> str | None:
    """A one-line field (title, outlet): NFC, whitespace collapsed; empty becomes ``None``."""
    if value is None:
        return None
    cleaned = " ".join(unicodedata.normalize("NFC", replace_surrogates(value)).split())
    return cleaned or None


def _control_ratio(text: str) -> float:
    if not text:
        return 0.0
    controls = sum(
        1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in _WHITESPACE_CONTROLS
    )
    return controls / len(text)


def _c0_ratio(data: bytes) -> float:
    """Share of C0 control bytes other than whitespace (0x01-0x08, 0x0E-0x1F, 0x7F)."""
    controls = sum(1 for byte in data if byte < 0x20 and byte not in b"\t\n\r\f\v" or byte == 0x7F)
    return controls / len(data) if data else 0.0


def _looks_like_text(text: str) -> bool:
    if _control_ratio(text) > 0.005:
        return False
    non_ascii = [ch for ch in text if ord(ch) > 127]
    if not non_ascii:
        return True
    if len(non_ascii) > 0.3 * len(text):
        return False
    plausible = sum(1 for ch in non_ascii if ch.isalpha() or ch in _TEXT_SIGNS)
    return plausible >= 0.8 * len(non_ascii)


def binary_error(what: str) -> InputError:
    """The ``EF102`` error for binary data (``what`` says how it was recognised)."""
    return InputError(
        f"binary data ({what})", code="EF102", hint="only text, JSONL, HTML and feeds are read"
    )


# (encoding, unit size, offsets in each unit where the zero bytes of its text lie)
_WIDE: tuple[tuple[str, int, frozenset[int]], ...] = (
    ("utf-32-le", 4, frozenset({1, 2, 3})),
    ("utf-32-be", 4, frozenset({0, 1, 2})),
    ("utf-16-le", 2, frozenset({1})),
    ("utf-16-be", 2, frozenset({0})),
)
_WIDE_SAMPLE = 65536


def _plausible_wide(text: str) -> bool:
    """Decoded wide text is text: no controls but whitespace, no unassigned or private code
    points, and mostly letters, digits, spaces and punctuation."""
    if not text:
        return False
    bad = sum(
        1
        for ch in text
        if unicodedata.category(ch) in ("Cn", "Co", "Cs")
        or (unicodedata.category(ch) == "Cc" and ch not in _WHITESPACE_CONTROLS)
    )
    return bad == 0 and sum(1 for ch in text if ch.isalnum() or ch.isspace()) >= 0.6 * len(text)


def decode_wide(data: bytes) -> str | None:
    """The text of UTF-32 or UTF-16 without a byte-order mark, else ``None``.

    Three zero bytes in four at least must lie where the encoding puts the high bytes of its
    characters, one unit in twenty at least must have one (spaces, digits and Latin letters
    do), and the text decoded strictly must pass :func:`_plausible_wide`. Random binary data
    fails all three.
    """
    if b"\x00" not in data:
        return None
    for encoding, unit, offsets in _WIDE:
        if len(data) % unit:
            continue
        sample = data[:_WIDE_SAMPLE - _WIDE_SAMPLE % unit]
        zeros = [i % unit for i, byte in enumerate(sample) if byte == 0]
        if sum(1 for offset in zeros if offset not in offsets) > 0.25 * len(zeros):
            continue
        if len(zeros) < 0.05 * (len(sample) // unit):
            continue
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _plausible_wide(text[:_WIDE_SAMPLE]):
            return text
    return None


def is_binary(data: bytes) -> bool:
    """True when ``data`` has NUL bytes, no UTF-16/32 byte-order mark and is not UTF-16/32
    text without one (:func:`decode_wide`)."""
    if any(data.startswith(bom) for bom, _ in _BOMS):
        return False
    return b"\x00" in data and decode_wide(data) is None


def as_utf8(data: bytes) -> bytes:
    """``data`` re-encoded as UTF-8 when it is UTF-16/32 without a byte-order mark (for
    parsers that sniff bytes themselves), else ``data`` unchanged."""
    if b"\x00" not in data or any(data.startswith(bom) for bom, _ in _BOMS):
        return data
    text = decode_wide(data)
    return data if text is None else text.encode("utf-8")


def decode_bytes(data: bytes, *, charset: str | None = None) -> str:
    """Text of ``data`` (see the module docstring); raises :class:`InputError` EF101/102/104."""
    if not data.strip():
        raise InputError("input is empty", code="EF101", hint="nothing to read")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise InputError(
                    f"not valid {encoding.upper()} despite its byte-order mark: {exc.reason}",
                    code="EF104",
                    hint="save the file as UTF-8",
                ) from None
    if charset:
        try:
            text = data.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass
        else:
            if "\x00" not in text and _control_ratio(text) <= 0.05:
                return text
    if b"\x00" in data:
        wide = decode_wide(data)
        if wide is None:
            raise binary_error("NUL bytes")
        return wide
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    else:
        if _control_ratio(text) > 0.05:
            raise binary_error("control characters")
        return text
    for encoding in ("cp1252", "latin-1"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _looks_like_text(text):
            return text
    if _c0_ratio(data) > 0.05:
        raise binary_error("control characters")
    raise InputError(
        "not UTF-8, and not plausible Windows-1252/Latin-1 text",
        code="EF104",
        hint="save the file as UTF-8",
    )


_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")


def title_from_text(text: str, *, markdown: bool = False) -> str | None:
    """The first line of ``text`` when it is short and more lines follow, else ``None``."""
    first, sep, rest = text.partition("\n")
    if not sep or not rest.strip():
        return None
    if markdown:
        first = _MD_HEADING.sub("", first).rstrip("#").strip()
    first = first.strip()
    if not first or len(first) > _MAX_TITLE:
        return None
    return normalise_line(first)


def read_text(
    data: bytes,
    *,
    source: str,
    markdown: bool = False,
    charset: str | None = None,
    url: str | None = None,
    outlet: str | None = None,
    retrieved_at: datetime | None = None,
) -> Draft:
    """A plain-text or Markdown document: the whole content is the text."""
    text = normalise_text(decode_bytes(data, charset=charset))
    if not text:
        raise InputError("input is empty", code="EF101", hint="nothing to read")
    return Draft(
        text=text,
        source=source,
        title=title_from_text(text, markdown=markdown),
        url=url,
        outlet=outlet,
        retrieved_at=retrieved_at,
    )
