"""The language bundle an extractor step works with, or the input error of an unsupported one."""

from __future__ import annotations

from ..errors import InputError
from ..lang import REFERENCE, Language, available, load


def supported(lang: str, what: str) -> Language:
    """``lang.load(lang)``; an :class:`~eventfuse.errors.InputError` (EF113) saying that
    ``what`` (numbers, dates ...) cannot be read in ``lang`` when it has no folder."""
    if lang not in available():
        raise InputError(
            f"language {lang!r} is not supported for {what}",
            code="EF113",
            hint=f"use one of {', '.join(repr(code) for code in available())}",
        )
    return load(lang)


def own_or_reference(lang: str) -> Language:
    """The bundle of ``lang``, or of the reference language when ``lang`` has no folder."""
    return load(lang if lang in available() else REFERENCE)
