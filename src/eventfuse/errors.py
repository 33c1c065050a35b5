"""Errors users see: each with a code, a message and a hint how to fix it.

Exception tree::

    EventfuseError            base of every error the CLI reports (exit code 2)
    ├── ConfigError           a setting is missing, unknown or has the wrong type
    ├── InputError            an input could not be read (becomes a Skipped record in runs)
    ├── FetchError            a URL could not be fetched or was refused
    ├── StoreError            the database could not be opened or migrated
    ├── ModelError            a language model or classifier could not be loaded
    └── LanguageError         a language's data folder is missing or incomplete

Skip reasons (``Skipped.reason``) use the codes in ``SKIP_REASONS``.
"""

from __future__ import annotations

SKIP_REASONS: dict[str, str] = {
    "EF101": "empty input",
    "EF102": "binary file",
    "EF103": "file too large",
    "EF104": "text could not be decoded",
    "EF105": "invalid JSON line",
    "EF106": "unparsable date",
    "EF107": "unsupported file type",
    "EF108": "URL could not be fetched",
    "EF109": "URL refused (private, loopback or link-local address)",
    "EF110": "HTML page has no main text",
    "EF111": "feed could not be parsed",
    "EF112": "path does not exist",
    "EF113": "language not supported",
    "EF114": "JSON object without text",
    "EF115": "processing failed",
    "EF116": "near-duplicate of an article already read",
    "EF117": "input nested too deeply",
    "EF118": "one entry (feed item, JSON line, page) failed; the rest of its file was read",
    "EF119": "article over its time budget (article_budget_s); raise the setting or split the article",
    "EF120": "not conflict news (triage; --set triage=false)",
}


class EventfuseError(Exception):
    """Base class: ``code`` (EFnnn), ``message`` and a ``hint`` how to fix it."""

    code = "EF000"

    def __init__(self, message: str, *, hint: str = "", code: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        if code is not None:
            self.code = code

    def __str__(self) -> str:
        text = f"[{self.code}] {self.message}"
        return f"{text}\n  hint: {self.hint}" if self.hint else text

    def to_json(self) -> dict[str, str]:
        return {"code": self.code, "message": self.message, "hint": self.hint}


class ConfigError(EventfuseError):
    code = "EF001"


class InputError(EventfuseError):
    code = "EF100"


class FetchError(InputError):
    code = "EF108"


class StoreError(EventfuseError):
    code = "EF200"


class ModelError(EventfuseError):
    code = "EF300"


class LanguageError(EventfuseError):
    code = "EF400"
