"""Ingestion jobs: posted articles wait in a queue and one dispatcher thread hands them, one at
a time, to the work function (the app's worker process, see ``worker``; a function in this
process for stand-in pipelines), so the server answers reads while it works; a job that fails
(or crashes the worker) is recorded as failed and the next job still runs."""

from __future__ import annotations

import logging
import queue
import sys
import threading
import uuid
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from functools import partial
from typing import Any

from eventfuse.errors import EventfuseError

from .errors import ApiError, error_body

log = logging.getLogger("eventfuse.serve")

MAX_WAITING = 100  # jobs queued and not started; past that POST answers EF429
KEEP_FINISHED = 1000  # finished jobs remembered for GET /api/jobs/{id}
# While a job run in this process holds the interpreter (stand-in pipelines of tests; the app's
# own pipeline runs in a worker process), a request waits for its turn: 0.5 ms turns instead of Python's 5 ms keep /api/health under 100 ms (measured in
# tests/test_api_jobs.py: up to 240 ms with 5 ms turns while a job runs).
SWITCH_INTERVAL_S = 0.0005

# runs one job's articles, calling its second argument once the job has started
Work = Callable[[list[dict[str, object]], Callable[[], None]], dict[str, object]]


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class Job:
    """What became of one POST: ``status`` is queued, running, done or failed; ``result``
    (done) is the run report with one outcome per article, ``error`` (failed) the API's
    error shape."""

    id: str
    articles: int
    status: str = "queued"
    created_at: str = field(default_factory=_now)
    started_at: str | None = None
    finished_at: str | None = None
    result: dict[str, object] | None = None
    error: dict[str, object] | None = None

    def to_json(self) -> dict[str, object]:
        doc: dict[str, object] = {
            "id": self.id, "status": self.status, "articles_received": self.articles,
            "created_at": self.created_at, "started_at": self.started_at,
            "finished_at": self.finished_at,
        }
        if self.result is not None:
            doc["result"] = self.result
        if self.error is not None:
            doc.update(self.error)
        return doc


class JobFailed(Exception):
    """A job the worker process reported failed; ``error`` is the API's error shape."""

    def __init__(self, error: dict[str, object]) -> None:
        super().__init__(str(error))
        self.error = error


def failure(exc: BaseException) -> dict[str, object]:
    """The error shape of a failed job; internals (paths, tracebacks) stay in the server log."""
    if isinstance(exc, JobFailed):
        return exc.error
    if isinstance(exc, ApiError | EventfuseError):
        return error_body(exc.code, exc.message, exc.hint)
    return error_body("EF500", "internal error", "the server log has the details")


class JobQueue:
    """A queue of ingestion jobs and the thread that runs ``work`` on each in turn;
    ``on_close`` (ending a worker process) runs when the queue closes."""

    def __init__(self, work: Work, on_close: Callable[[], None] | None = None, *,
                 shares_interpreter: bool = True) -> None:
        self.work = work
        self._on_close = on_close
        self._shares_interpreter = shares_interpreter
        self._jobs: OrderedDict[str, Job] = OrderedDict()
        self._inputs: queue.Queue[tuple[str, list[dict[str, object]]] | None] = queue.Queue()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._stopping = False

    def submit(self, articles: list[dict[str, object]]) -> Job:
        """Queue ``articles``; raises ``ApiError`` 429 when too many jobs wait."""
        with self._lock:
            waiting = sum(1 for j in self._jobs.values() if j.status == "queued")
            if waiting >= MAX_WAITING:
                raise ApiError(429, f"{waiting} ingestion jobs are already waiting",
                               hint="wait for them (GET /api/jobs/ID) and post again",
                               headers={"Retry-After": "10"})
            job = Job(id=uuid.uuid4().hex, articles=len(articles))
            self._jobs[job.id] = job
            self._forget_old()
            self._ensure_worker()
        self._inputs.put((job.id, articles))
        return job

    def get(self, job_id: str) -> Job | None:
        """The job, as it stands; a running job whose worker is gone is failed."""
        with self._lock:
            job = self._jobs.get(job_id)
            alive = self._thread is not None and self._thread.is_alive()
            if job is not None and job.status == "running" and not alive:
                job = replace(job, status="failed", finished_at=_now(), error=error_body(
                    "EF500", "the ingestion worker stopped", "post the articles again"))
                self._jobs[job_id] = job
            return job

    def close(self, timeout: float = 5.0) -> None:
        """Stop the worker after the job it is running (queued jobs are dropped)."""
        self._stopping = True
        self._inputs.put(None)
        if self._on_close is not None:
            self._on_close()
        if self._thread is not None:
            self._thread.join(timeout)

    def _update(self, job_id: str, **changes: Any) -> None:
        with self._lock:
            job = self._jobs.get(job_id)
            if job is not None:
                self._jobs[job_id] = replace(job, **changes)

    def _forget_old(self) -> None:
        finished = [k for k, j in self._jobs.items() if j.status in {"done", "failed"}]
        for key in finished[: max(0, len(finished) - KEEP_FINISHED)]:
            del self._jobs[key]

    def _ensure_worker(self) -> None:
        if self._thread is None or not self._thread.is_alive():
            if self._shares_interpreter:  # the work runs here, in this interpreter
                sys.setswitchinterval(min(sys.getswitchinterval(), SWITCH_INTERVAL_S))
            self._thread = threading.Thread(target=self._loop, name="eventfuse-ingest",
                                            daemon=True)
            self._thread.start()

    def _loop(self) -> None:
        while not self._stopping:
            item = self._inputs.get()
            if item is None:
                return
            job_id, articles = item
            try:
                result = self.work(articles, partial(self._update, job_id, status="running",
                                                     started_at=_now()))
            except BaseException as exc:  # whatever a job raises, the worker goes on
                log.exception("ingestion job %s failed", job_id)
                self._update(job_id, status="failed", finished_at=_now(), error=failure(exc))
                continue
            self._update(job_id, status="done", finished_at=_now(), result=result)
