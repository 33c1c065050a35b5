"""The web application: JSON API, offline OpenAPI docs and the dashboard, in one FastAPI app."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import replace
from functools import partial
from pathlib import Path
from urllib.parse import urlsplit

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.gzip import GZipMiddleware

from eventfuse import __version__
from eventfuse.config import Settings
from eventfuse.errors import ConfigError, EventfuseError, InputError
from eventfuse.pipeline import Stages
from eventfuse.runners import run_with_engine
from eventfuse.store import Store

from .api import router
from .auth import TokenGuard, allowed_hosts, check_host
from .context import ApiContext, Runner
from .errors import API_ERRORS, ApiError, code_for, error_body
from .jobs import JobQueue
from .outlines import outlines_json
from .posting import ingest_articles
from .worker import StagesFactory, WorkerProcess, load_stages

WEB_DIR = Path(__file__).resolve().parent / "web"
MIN_TOKEN_LENGTH = 16
log = logging.getLogger("eventfuse.serve")

DESCRIPTION = """\
The eventfuse JSON API: fused conflict events, each field with the quotes and articles behind
it, the contradictions between reports, and the source chains (copies are not independent).

* Reads are open unless the server has `api_read_token`; writes (POST /api/articles) need
  `api_write_token` (without one, writes are disabled). Send `Authorization: Bearer TOKEN`.
* POST /api/articles answers at once (202) with a job; GET /api/jobs/{id} tells how it went.
* Only the host names of `api_allowed_hosts` are answered; repeated wrong tokens get EF429.
* Every error has one shape: `{"error": {"code": "EF4xx", "message": "...", "hint": "..."}}`.
"""


def check_tokens(settings: Settings) -> None:
    """Refuse tokens too short to be secrets (there is no default token)."""
    for name in ("api_write_token", "api_read_token"):
        token = getattr(settings, name)
        if token and (len(token) < MIN_TOKEN_LENGTH or token.strip() != token):
            raise ConfigError(
                f"{name} must be at least {MIN_TOKEN_LENGTH} characters without surrounding"
                " spaces",
                hint='make one with: python -c "import secrets; print(secrets.token_urlsafe(24))"',
            )


def check_settings(settings: Settings) -> str:
    """Refuse unsafe serving settings (``ConfigError``); returns the tile server's origin."""
    check_tokens(settings)
    return _tile_origin(settings.tile_url)


def _in_this_process(ctx: ApiContext, articles: list[dict[str, object]],
                     started: Callable[[], None]) -> dict[str, object]:
    started()
    return ingest_articles(ctx, articles)


def _tile_origin(tile_url: str) -> str:
    if not tile_url:
        return ""
    parts = urlsplit(tile_url.replace("{s}", "a"))
    if parts.scheme not in {"http", "https"} or not parts.netloc:
        raise ConfigError(
            f"tile_url must be an http(s) URL template, got {tile_url!r}",
            hint="e.g. https://tile.example.org/{z}/{x}/{y}.png (empty: offline outlines only)",
        )
    host = urlsplit(tile_url).netloc.replace("{s}", "*")
    return f"{parts.scheme}://{host}"


def _leaflet_dir() -> Path | None:
    # an optional package: the API works without it (the dashboard page then says so)
    try:
        from xstatic.pkg import leaflet
    except ImportError:
        return None
    return Path(leaflet.BASE_DIR)


def _app_factory() -> Callable[..., FastAPI]:
    """FastAPI with its docs pages served from a package (no CDN), when that package is here."""
    # an optional package: without it the docs pages are left out
    try:
        from fastapi_offline import FastAPIOffline
    except ImportError:  # docs pages would load from a CDN: keep only /openapi.json
        return lambda **kw: FastAPI(**{**kw, "docs_url": None, "redoc_url": None})
    return lambda **kw: FastAPIOffline(**kw, static_url="/vendor/docs")


def create_app(
    *,
    settings: Settings,
    store: Store | None = None,
    stages: Stages | None = None,
    runner: Runner | None = None,
    make_stages: StagesFactory = load_stages,
    bind_host: str = "",
) -> FastAPI:
    """The application over ``store`` (or the database ``settings.db``, opened here and closed
    at shutdown); ``bind_host`` (the address served on) is one of the host names answered when
    ``api_allowed_hosts`` is empty.

    Posted articles are ingested in a worker process that builds its stages with
    ``make_stages`` (a picklable function of the settings). ``stages``/``runner`` (stand-ins
    for the pipeline's loaded stages and ``run_with_engine``, which cannot cross processes) and
    an in-memory database run the jobs in a thread of this process instead."""
    tile_origin = check_settings(settings)
    own_store = store is None
    ctx = ApiContext(settings=settings, store=store or Store.open(settings.db),
                     stages=stages, runner=runner or run_with_engine,
                     guard=TokenGuard(limit=settings.api_token_failures,
                                      window=settings.api_token_lockout_s))
    if stages is not None or runner is not None or ctx.store.path in {"", ":memory:"}:
        ctx.jobs = JobQueue(partial(_in_this_process, ctx))
    else:
        worker = WorkerProcess(replace(settings, db=str(ctx.store.path)), make_stages)
        ctx.jobs = JobQueue(worker, on_close=worker.close, shares_interpreter=False)
    hosts = allowed_hosts(settings, bind_host)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        ctx.job_queue().close()
        if own_store:
            ctx.store.close()

    app = _app_factory()(
        title="eventfuse",
        version=__version__,
        description=DESCRIPTION,
        lifespan=lifespan,
    )
    app.state.ctx = ctx
    app.add_middleware(GZipMiddleware, minimum_size=1024)

    @app.middleware("http")
    async def host_check(request: Request, call_next: Callable[[Request], Awaitable[Response]]
                         ) -> Response:
        try:
            check_host(request.headers.get("host"), hosts)
        except ApiError as exc:
            return JSONResponse(error_body(exc.code, exc.message, exc.hint),
                                status_code=exc.status)
        return await call_next(request)

    _add_error_handlers(app)
    app.include_router(router)

    leaflet = _leaflet_dir()
    if leaflet is not None:
        app.mount("/vendor/leaflet", StaticFiles(directory=leaflet), name="leaflet")
    app.mount("/static", StaticFiles(directory=WEB_DIR), name="static")

    csp = "; ".join(
        [
            "default-src 'self'",
            f"img-src 'self' data:{' ' + tile_origin if tile_origin else ''}",
            "style-src 'self' 'unsafe-inline'",
            "script-src 'self'",
            "connect-src 'self'",
            "frame-ancestors 'none'",
            "base-uri 'none'",
            "form-action 'self'",
        ]
    )

    @app.get("/", include_in_schema=False)
    def index() -> Response:
        if leaflet is None:
            return JSONResponse(
                error_body("EF500", "the dashboard needs the package xstatic-leaflet",
                           "pip install xstatic-leaflet"),
                status_code=500,
            )
        return FileResponse(
            WEB_DIR / "index.html",
            media_type="text/html; charset=utf-8",
            headers={
                "Content-Security-Policy": csp,
                "X-Content-Type-Options": "nosniff",
                "Referrer-Policy": "no-referrer",
                "Cache-Control": "no-cache",
            },
        )

    @app.get("/outlines.geojson", include_in_schema=False)
    def outlines() -> Response:
        return Response(
            outlines_json(),
            media_type="application/geo+json",
            headers={"Cache-Control": "public, max-age=86400"},
        )

    return app


def _add_error_handlers(app: FastAPI) -> None:
    def answer(status: int, body: dict[str, object], headers: dict[str, str] | None = None
               ) -> JSONResponse:
        return JSONResponse(body, status_code=status, headers=headers)

    @app.exception_handler(ApiError)
    async def api_error(request: Request, exc: ApiError) -> JSONResponse:
        return answer(exc.status, error_body(exc.code, exc.message, exc.hint), exc.headers)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        details = [
            {
                "where": ".".join(str(p) for p in err.get("loc", ())),
                "problem": str(err.get("msg", "")),
            }
            for err in exc.errors()
        ]
        first = details[0] if details else {"where": "request", "problem": "invalid"}
        return answer(
            400,
            error_body("EF400", f"{first['where']}: {first['problem']}",
                       "see /docs for the parameters each route takes", details=details),
        )

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = code_for(exc.status_code)
        message = str(exc.detail) if exc.detail else API_ERRORS.get(code, "error")
        hint = "see /docs for the routes of this API" if exc.status_code == 404 else ""
        return answer(exc.status_code, error_body(code, message, hint),
                      dict(exc.headers) if exc.headers else None)

    @app.exception_handler(EventfuseError)
    async def eventfuse_error(request: Request, exc: EventfuseError) -> JSONResponse:
        status = 400 if isinstance(exc, (InputError, ConfigError)) else 500
        return answer(status, error_body(exc.code, exc.message, exc.hint))

    @app.exception_handler(Exception)
    async def crashed(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return answer(500, error_body("EF500", "internal error",
                                      "the server log has the details"))


def serve(*, settings: Settings, host: str = "127.0.0.1", port: int = 8000,
          log_level: str = "info") -> None:
    """Run the application with uvicorn until interrupted."""
    # uvicorn is needed only to serve (tests and scripts run the app in-process)
    import uvicorn

    app = create_app(settings=settings, bind_host=host)
    uvicorn.run(app, host=host, port=port, log_level=log_level, server_header=False)
