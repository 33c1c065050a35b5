"""Many generated bad inputs through ``eventfuse run`` (in batches: one model load per batch,
not per input) and through the API (one POST per input to a server started here).

``eventfuse run``: a crash is a run exiting non-zero; a hang is a batch that takes longer than
``budget_s`` per input plus ``load_s``; an input or entry is lost when it is neither stored nor
in the run's skip records with a known reason (as :func:`harness.run_command`).

API: each input becomes one request body (JSON files as themselves, as JSON or JSON lines;
other files as the ``text`` of one article, decoded with replacement and cut to ``MAX_TEXT``
characters, or as their raw bytes); inputs that are one article object go ten to a POST, as
a JSON array (one job each ten: the cost per job is a run of the pipeline);
the API must answer 202 (a job) or a 4xx with the one error shape, never a 5xx. A job must end
``done`` within ``budget_s`` (longer is a hang), with every article either stored or skipped
with a known reason (else lost); a ``failed`` job is a crash.
"""

from __future__ import annotations

import http.client
import json
import os
import random
import socket
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from eventfuse.errors import SKIP_REASONS

from .corpus import Case
from .harness import Tally, run_command

TOKEN = "fuzz-write-token-0123456789"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
# Texts posted are cut to this many characters: the readers of HTML or feeds are not the
# API's (it takes text), and a 200 KB page posted as text is a long article, whose cost is
# the per-article budget's subject (benchmarks/), not this fuzzing's.
MAX_TEXT = 20_000
SLOW_FAMILIES = frozenset({"long prose", "huge lines"})  # 0.3 to 1.1 million characters each


def run_batches(cases: Sequence[Case], *, db: Path, batch: int, budget_s: float, load_s: float,
                extra: Sequence[str] = ()) -> Tally:
    """``eventfuse run`` on ``batch`` cases at a time, all into ``db``."""
    total = Tally()
    for start in range(0, len(cases), batch):
        part = cases[start:start + batch]
        limit = load_s + budget_s * len(part)
        found = run_command(part, db=db, timeout=limit, extra=extra)
        total.inputs += found.inputs
        total.entries += found.entries
        total.skips.update(found.skips)
        total.crashes += found.crashes
        total.hangs += found.hangs
        total.lost += found.lost
        total.slowest = max(total.slowest, (found.slowest[0], f"batch of {len(part)}"))
        print(f"  run batch {start // batch + 1}: {found.inputs} inputs, "
              f"{found.slowest[0]:.0f} s, {len(found.crashes)} crashes, "
              f"{len(found.hangs)} hangs, {len(found.lost)} lost", flush=True)
    total.articles = _stored(db)
    return total


def _stored(db: Path) -> int:
    import sqlite3  # only here: the API side never opens the database

    with sqlite3.connect(db) as connection:
        return int(connection.execute("SELECT count(*) FROM articles").fetchone()[0])


# -- the API -----------------------------------------------------------------------------------


def request_for(case: Case, rng: random.Random) -> tuple[bytes, str, dict[str, str] | None]:
    """The body and content type one input is posted as, and the article object when the
    body is one (such inputs may be posted together, as a JSON array)."""
    data = case.path.read_bytes()
    suffix = case.path.suffix
    if suffix == ".jsonl":
        return data, "application/x-ndjson", None
    if suffix == ".json":
        return data, "application/json", None
    if rng.random() < 0.2:  # raw bytes as JSON lines: mostly refused (400), never a 500
        return data, rng.choice(("application/x-ndjson", "application/json", "text/plain")), None
    text = data.decode("utf-8", errors="replace")[:MAX_TEXT]
    body = {"text": text, "id": case.path.stem[:100], "title": case.family}
    if rng.random() < 0.3:
        body["language"] = rng.choice(("en", "fr", "xx", ""))
    if rng.random() < 0.3:
        body["published"] = rng.choice(("2025-01-01", "0000-00-00", "yesterday", "9999-99-99"))
    return json.dumps(body).encode(), "application/json", body if text.strip() else None


@dataclass
class ApiTally:
    inputs: int = 0
    accepted: int = 0
    refused: Counter[str] = field(default_factory=Counter)  # 4xx by code
    articles: int = 0
    stored: int = 0
    skips: Counter[str] = field(default_factory=Counter)
    server_errors: list[str] = field(default_factory=list)
    crashes: list[str] = field(default_factory=list)
    hangs: list[str] = field(default_factory=list)
    lost: list[str] = field(default_factory=list)
    slowest: tuple[float, str] = (0.0, "")

    def summary(self) -> str:
        return (
            f"{self.inputs} inputs, {self.accepted} accepted (202), refused "
            f"{dict(sorted(self.refused.items()))}, {self.articles} articles, {self.stored} stored, "
            f"skips {dict(sorted(self.skips.items()))}, {len(self.server_errors)} 5xx, "
            f"{len(self.crashes)} crashes, {len(self.hangs)} hangs, {len(self.lost)} lost, "
            f"slowest job {self.slowest[0]:.2f} s ({self.slowest[1]})"
        )


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _call(port: int, method: str, path: str, body: bytes | None = None,
          headers: dict[str, str] | None = None) -> tuple[int, dict[str, object]]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    try:
        conn.request(method, path, body=body, headers={**AUTH, **(headers or {})})
        response = conn.getresponse()
        data = response.read()
        try:
            return response.status, json.loads(data)
        except ValueError:
            return response.status, {"raw": data[:200].decode("latin-1")}
    finally:
        conn.close()


def start_server(db: Path, *, extra_env: dict[str, str] | None = None
                 ) -> tuple[subprocess.Popen[bytes], int]:
    """``eventfuse serve`` on a free local port (writes enabled), once it answers."""
    port = _free_port()
    env = {**os.environ, "EVENTFUSE_API_WRITE_TOKEN": TOKEN, **(extra_env or {})}
    server = subprocess.Popen(
        [sys.executable, "-m", "eventfuse.cli", "serve", "--port", str(port), "--db", str(db),
         "--log-level", "warning"], env=env, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while True:
        try:
            _call(port, "GET", "/api/health")
            return server, port
        except OSError:
            if server.poll() is not None or time.monotonic() > deadline:
                server.kill()
                raise RuntimeError("the server did not start") from None
            time.sleep(0.2)


def _job_seconds(job: dict[str, object]) -> float:
    """From the job's start to its end (the API gives whole seconds)."""
    started, finished = job.get("started_at"), job.get("finished_at")
    if not isinstance(started, str) or not isinstance(finished, str):
        return 0.0
    return (datetime.fromisoformat(finished) - datetime.fromisoformat(started)).total_seconds()


def _judge(tally: ApiTally, names: Sequence[str], job: dict[str, object], budget_s: float
           ) -> None:
    seconds = _job_seconds(job)
    name = names[0] if len(names) == 1 else f"{names[0]} and {len(names) - 1} more"
    tally.slowest = max(tally.slowest, (seconds, name))
    if seconds > budget_s * len(names):
        tally.hangs.append(f"{name}: {seconds:.1f} s")
    if job.get("status") != "done":
        tally.crashes.append(f"{name}: job {job.get('status')}: {job.get('error')}")
        return
    result = job["result"]
    assert isinstance(result, dict)
    for item in result["articles"]:
        tally.articles += 1
        reasons = [s["reason"] for s in item["skipped"]]
        tally.skips.update(reasons)
        if item["stored"]:
            tally.stored += 1
        elif not reasons or any(r not in SKIP_REASONS for r in reasons):
            tally.lost.append(f"{name}: article {item['index']} neither stored nor skipped "
                              f"with a known reason ({reasons})")


def post_all(cases: Sequence[Case], *, port: int, budget_s: float, window: int = 20,
             together: int = 10, seed: int = 0) -> ApiTally:
    """POST every case (``window`` jobs in flight at most; up to ``together`` inputs that are
    each one valid article object in one JSON array) and judge each answer and job."""
    rng = random.Random(seed)
    tally = ApiTally()
    pending: dict[str, tuple[list[str], float]] = {}  # job url -> case names, time posted
    group: list[tuple[str, dict[str, str]]] = []

    def drain(until: int) -> None:
        while len(pending) > until:
            for url, (names, posted) in list(pending.items()):
                status, job = _call(port, "GET", url)
                elapsed = time.monotonic() - posted
                if status >= 500:
                    tally.server_errors.append(f"GET {url}: {status}")
                    del pending[url]
                elif job.get("status") in {"done", "failed"}:
                    _judge(tally, names, job, budget_s)
                    del pending[url]
                elif elapsed > budget_s * len(names) * (window + 1) + 120:
                    tally.hangs.append(f"{names[0]}: still {job.get('status')} after "
                                       f"{elapsed:.0f} s")
                    del pending[url]
            time.sleep(0.05)

    def submit(names: list[str], body: bytes, media: str) -> None:
        status, answer = _call(port, "POST", "/api/articles", body, {"Content-Type": media})
        if status == 202:
            tally.accepted += len(names)
            pending[str(answer["url"])] = (names, time.monotonic())
        elif status >= 500:
            tally.server_errors.append(f"{names[0]}: {status} {answer}")
        else:
            error = answer.get("error")
            if not isinstance(error, dict) or not error.get("code"):
                tally.lost.append(f"{names[0]}: {status} without the error shape")
            else:
                tally.refused[str(error["code"])] += len(names)
        drain(window - 1)

    def flush() -> None:
        if group:
            submit([n for n, _ in group], json.dumps([o for _, o in group]).encode(),
                   "application/json")
            group.clear()

    for number, case in enumerate(cases, 1):
        tally.inputs += 1
        body, media, article = request_for(case, rng)
        if article is not None and together > 1:
            group.append((case.path.name, article))
            if len(group) >= together:
                flush()
        else:
            submit([case.path.name], body, media)
        if number % 100 == 0:
            print(f"  api: {number} posted: {tally.summary()}", flush=True)
    flush()
    drain(0)
    # the server still answers reads after all of it
    status, _ = _call(port, "GET", "/api/events?limit=5")
    if status != 200:
        tally.server_errors.append(f"GET /api/events after the run: {status}")
    return tally
