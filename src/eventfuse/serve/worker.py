"""The ingestion worker process: posted articles are parsed and stored in a process of their own,
so the server's process never waits for the interpreter while spaCy works, and a worker that
crashes (or is killed) costs only the job it was running.

The app spawns the worker on the first POST; it opens the database itself, loads the models
once, and runs one job at a time: the articles go over a pipe, the job's report (one outcome
per article) or its error comes back. A worker found dead is started again for the next job;
the worker ends with the server (it watches its parent, and Linux kills it when the parent
dies).
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections.abc import Callable
from dataclasses import replace
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess

from eventfuse.config import Settings
from eventfuse.pipeline import Stages
from eventfuse.runners.lifetime import die_with_parent
from eventfuse.store import Store

from .context import ApiContext
from .errors import ApiError
from .jobs import JobFailed, failure
from .posting import ingest_articles

log = logging.getLogger("eventfuse.serve")

# Builds the pipeline's stages in the worker; must be picklable (a module-level function).
StagesFactory = Callable[[Settings], object]
POLL_S = 0.2  # how often a waiting server checks that its worker is alive
START_TIMEOUT_S = 300.0  # spawning, importing and loading the models


def load_stages(settings: Settings) -> object:
    """The real pipeline (models load on first use; the worker asks for them at once)."""
    stages = Stages(replace(settings, progress=False))
    try:
        stages.extractor  # noqa: B018 - loads the models before the first job arrives
    except Exception:  # the first job reports the error with its code
        log.exception("the ingestion worker could not load the models")
    return stages


def worker_main(conn: Connection, settings: Settings, make_stages: StagesFactory,
                parent: int) -> None:
    """The worker's loop: ``(job id, articles)`` in, ``("started", id, {})`` then
    ``("done", id, report)`` or ``("failed", id, error)`` out; ``None`` or a closed pipe
    ends it."""
    die_with_parent(parent)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s eventfuse worker: %(message)s")
    store = Store.open(settings.db)
    ctx = ApiContext(settings=settings, store=store,
                     stages=make_stages(settings))  # type: ignore[arg-type]
    conn.send(("ready", os.getpid(), {}))
    try:
        while True:
            try:
                item = conn.recv()
            except EOFError:  # the server is gone
                return
            if item is None:
                return
            job_id, articles = item
            conn.send(("started", job_id, {}))
            try:
                conn.send(("done", job_id, ingest_articles(ctx, articles)))
            except Exception as exc:  # the job fails, the worker goes on
                log.exception("ingestion job %s failed", job_id)
                conn.send(("failed", job_id, failure(exc)))
    finally:
        store.close()


class WorkerProcess:
    """The server's handle on its ingestion process: call it with a job's articles to run the
    job there (it blocks the calling thread, never the event loop)."""

    def __init__(self, settings: Settings, make_stages: StagesFactory = load_stages) -> None:
        self.settings = settings
        self.make_stages = make_stages
        self.process: BaseProcess | None = None
        self.conn: Connection | None = None
        self.restarts = -1  # starts after the first
        self._jobs = 0

    @property
    def pid(self) -> int | None:
        return self.process.pid if self.process is not None else None

    def alive(self) -> bool:
        return self.process is not None and self.process.is_alive()

    def start(self) -> None:
        """Spawn the worker (a fresh interpreter: no lock or thread of the server is copied)
        and wait until it has opened the database and loaded the models."""
        self._stop()
        context = multiprocessing.get_context("spawn")
        ours, theirs = context.Pipe()
        process = context.Process(target=worker_main, name="eventfuse-ingest",
                                  args=(theirs, self.settings, self.make_stages, os.getpid()),
                                  daemon=True)
        process.start()
        theirs.close()
        self.process, self.conn = process, ours
        self.restarts += 1
        message = self._receive(START_TIMEOUT_S)
        if message[0] != "ready":
            raise ApiError(500, "the ingestion worker did not start")

    def __call__(self, articles: list[dict[str, object]], started: Callable[[], None]
                 ) -> dict[str, object]:
        """Run one job in the worker (``started`` is called once the worker has taken it): its
        report, or ``JobFailed`` / ``ApiError`` (the worker died: it is started again for the
        next job)."""
        self._jobs += 1
        job_id = f"job-{self._jobs}"
        for attempt in (1, 2):
            if not self.alive():
                self.start()
            try:
                self._send((job_id, articles))
                self._receive(None)  # ("started", ...): the worker took the job
                started()
                break
            except ApiError:
                # a worker that died before taking the job (killed while idle): a new one
                # gets it, once; a worker that dies with the job fails the job
                if attempt == 2:
                    raise
        kind, _, payload = self._receive(None)
        if kind == "failed":
            raise JobFailed(payload)
        return payload

    def _send(self, message: object) -> None:
        if self.conn is None:
            raise self._died()
        try:
            self.conn.send(message)
        except (BrokenPipeError, ConnectionResetError, EOFError, OSError):
            raise self._died() from None

    def _receive(self, timeout: float | None) -> tuple[str, object, dict[str, object]]:
        conn, process = self.conn, self.process
        if conn is None or process is None:
            raise self._died()
        waited = 0.0
        while True:
            try:
                if conn.poll(POLL_S):
                    return conn.recv()
            except (EOFError, OSError):  # the worker died, or the server closes
                raise self._died() from None
            if not process.is_alive():
                raise self._died()
            waited += POLL_S
            if timeout is not None and waited > timeout:
                self._stop()
                raise ApiError(500, f"the ingestion worker did not start within {timeout:g} s")

    def _died(self) -> ApiError:
        code = self.process.exitcode if self.process is not None else None
        self._stop()
        log.error("the ingestion worker stopped (exit code %s); it starts again for the next job",
                  code)
        return ApiError(500, f"the ingestion worker stopped (exit code {code}) while running "
                        "this job; it is started again for the next one",
                        hint="post the articles again; if the same articles stop it again, "
                        "the server log has the details")

    def _stop(self, timeout: float = 5.0) -> None:
        conn, process = self.conn, self.process
        self.conn = self.process = None
        if conn is not None:
            try:
                conn.send(None)
            except (BrokenPipeError, ConnectionResetError, EOFError, OSError):
                pass
        if process is not None:
            process.join(timeout if process.is_alive() else 0)
            if process.is_alive():
                process.kill()
                process.join(5)
        if conn is not None:
            conn.close()

    def close(self) -> None:
        """End the worker (after the job it is running, or at once when it does not stop)."""
        self._stop()
