"""The API's errors: one JSON shape, ``{"error": {"code", "message", "hint"}}``, and its codes."""

from __future__ import annotations

from eventfuse.errors import EventfuseError

# Error codes of the API (the HTTP status is the number after "EF4"/"EF5" where it fits).
API_ERRORS: dict[str, str] = {
    "EF400": "invalid request (a parameter, the body or the Host header is malformed or refused)",
    "EF401": "a token is required, or the token given is wrong",
    "EF403": "writes are disabled on this server",
    "EF404": "not found",
    "EF405": "method not allowed",
    "EF413": "request body too large",
    "EF415": "unsupported content type",
    "EF429": "too many failed tokens from this client, or too many ingestion jobs waiting",
    "EF500": "internal error",
}


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
        super().__init__(message, hint=hint, code=code or code_for(status))
        self.status = status
        self.headers = headers or {}


def code_for(status: int) -> str:
    """The API error code of an HTTP status (``EF500`` or ``EF400`` where none is its own)."""
    code = f"EF{status}"
    return code if code in API_ERRORS else ("EF500" if status >= 500 else "EF400")


def error_body(code: str, message: str, hint: str = "", **extra: object) -> dict[str, object]:
    """The one JSON error shape of the API: ``{"error": {"code", "message", "hint", ...}}``."""
    return {"error": {"code": code, "message": message, "hint": hint, **extra}}
