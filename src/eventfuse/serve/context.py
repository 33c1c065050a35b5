"""What the routes share (settings, the store, the loaded pipeline, the ingestion jobs) and the
checks every route makes: the Host, and the read or write token."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from eventfuse.config import Settings
from eventfuse.pipeline import Stages
from eventfuse.records import RunReport
from eventfuse.runners import run_with_engine
from eventfuse.store import Store

from .auth import TokenGuard, check_token
from .errors import ApiError
from .jobs import JobQueue

Runner = Callable[..., RunReport]


@dataclass
class ApiContext:
    """What the routes share: settings, the store, the pipeline's loaded stages (created on
    the first POST), the function that runs it, a write lock and the wrong-token counter."""

    settings: Settings
    store: Store
    stages: Stages | None = None  # loaded on the first POST (tests give a stand-in)
    runner: Runner = run_with_engine  # incremental: only the blocks the new articles touch
    write_lock: threading.Lock = field(default_factory=threading.Lock)
    guard: TokenGuard = field(default_factory=lambda: TokenGuard(limit=0, window=0.0))
    jobs: JobQueue | None = None  # the ingestion queue, started by the app

    def job_queue(self) -> JobQueue:
        assert self.jobs is not None, "create_app starts the ingestion queue"
        return self.jobs

    def pipeline_stages(self) -> Stages:
        if self.stages is None:
            self.stages = Stages(replace(self.settings, progress=False))
        return self.stages


def context(request: Request) -> ApiContext:
    ctx = request.app.state.ctx
    assert isinstance(ctx, ApiContext)
    return ctx


Ctx = Annotated[ApiContext, Depends(context)]
_bearer = HTTPBearer(auto_error=False, description="Authorization: Bearer TOKEN")
Credentials = Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]


def _client(request: Request) -> str:
    return request.client.host if request.client else "?"


def require_read(request: Request, ctx: Ctx, credentials: Credentials) -> None:
    """Reads are open unless ``api_read_token`` is set; the write token may read too."""
    wanted = ctx.settings.api_read_token
    if not wanted:
        return

    def refusal(given: bool) -> ApiError:
        return ApiError(
            401,
            "wrong token" if given else "this server requires a token for reads",
            hint="send the header 'Authorization: Bearer TOKEN' with the api_read_token",
            headers={"WWW-Authenticate": "Bearer"},
        )

    check_token(credentials.credentials if credentials else "",
                (wanted, ctx.settings.api_write_token), guard=ctx.guard,
                client=_client(request), refusal=refusal)


def require_write(request: Request, ctx: Ctx, credentials: Credentials) -> None:
    """Writes need ``api_write_token``; with none configured, writes are disabled."""
    wanted = ctx.settings.api_write_token
    if not wanted:
        raise ApiError(
            403,
            "writes are disabled on this server",
            hint="start the server with the setting api_write_token "
            "(e.g. EVENTFUSE_API_WRITE_TOKEN) and send 'Authorization: Bearer TOKEN'",
        )

    def refusal(given: bool) -> ApiError:
        return ApiError(
            401,
            "wrong token" if given else "a write token is required",
            hint="send the header 'Authorization: Bearer TOKEN' with the api_write_token",
            headers={"WWW-Authenticate": "Bearer"},
        )

    check_token(credentials.credentials if credentials else "", (wanted,), guard=ctx.guard,
                client=_client(request), refusal=refusal)
