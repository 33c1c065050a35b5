"""Benchmark: how fast the API answers ``GET /api/health`` (and ``GET /api/events``) while it
ingests one long article (issue #15 target: health within 100 ms while a 1 MB article is
processed).

Run: ``.venv/bin/python benchmarks/bench_api_health.py [--size-kb 1000] [--seconds 120]``.
Starts ``eventfuse serve`` on a free local port over a new database (``--src`` picks the
source tree the server runs, e.g. an older checkout for a before/after figure), posts one
short article and waits for it (the worker loads its models: health is measured then too),
then posts one invented report of ``--size-kb`` KB (see ``bench_article_length``) and asks
for ``/api/health`` every ``--interval`` seconds until the job ends or ``--seconds`` have
passed. Prints JSON: latency percentiles per phase, requests over 100 ms, the job's outcome.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_article_length import article_text

ROOT = Path(__file__).resolve().parents[1]
TOKEN = "bench-write-token-0123456789"
AUTH = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def request(port: int, method: str, path: str, body: bytes | None = None,
            headers: dict[str, str] | None = None, timeout: float = 600.0
            ) -> tuple[int, dict[str, object]]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        response = conn.getresponse()
        data = response.read()
        return response.status, json.loads(data) if data[:1] in (b"{", b"[") else {}
    finally:
        conn.close()


def timed(port: int, path: str) -> float:
    started = time.perf_counter()
    status, _ = request(port, "GET", path)
    elapsed = time.perf_counter() - started
    if status != 200:
        raise SystemExit(f"GET {path} answered {status}")
    return elapsed


def summary(latencies: list[float]) -> dict[str, object]:
    if not latencies:
        return {"requests": 0}
    ordered = sorted(latencies)

    def pick(q: float) -> float:
        return round(1000 * ordered[min(len(ordered) - 1, int(q * len(ordered)))], 1)

    return {
        "requests": len(ordered), "median_ms": round(1000 * statistics.median(ordered), 1),
        "p90_ms": pick(0.9), "p99_ms": pick(0.99), "max_ms": round(1000 * ordered[-1], 1),
        "over_100ms": sum(1 for x in ordered if x > 0.1),
    }


def watch(port: int, job_url: str, *, seconds: float, interval: float
          ) -> tuple[dict[str, object], list[float], list[float]]:
    """Poll health (and events every 10th time) until the job ends or ``seconds`` pass."""
    health: list[float] = []
    events: list[float] = []
    deadline = time.monotonic() + seconds
    job: dict[str, object] = {}
    while time.monotonic() < deadline:
        health.append(timed(port, "/api/health"))
        if len(health) % 10 == 0:
            events.append(timed(port, "/api/events?limit=5"))
            _, job = request(port, "GET", job_url, headers=AUTH)
            if job.get("status") in {"done", "failed"}:
                break
        time.sleep(interval)
    _, job = request(port, "GET", job_url, headers=AUTH)
    return job, health, events


def post(port: int, text: str) -> str:
    body = json.dumps({"text": text, "language": "en", "published": "2024-03-18"}).encode()
    status, answer = request(port, "POST", "/api/articles", body, AUTH)
    if status != 202:
        raise SystemExit(f"POST answered {status}: {answer}")
    return str(answer["url"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-kb", type=int, default=1000)
    parser.add_argument("--seconds", type=float, default=120.0,
                        help="longest time to watch the long job")
    parser.add_argument("--interval", type=float, default=0.05)
    parser.add_argument("--src", default=str(ROOT / "src"), help="source tree of the server")
    args = parser.parse_args()

    port = free_port()
    with tempfile.TemporaryDirectory() as folder:
        env = {**os.environ, "PYTHONPATH": args.src, "EVENTFUSE_API_WRITE_TOKEN": TOKEN}
        server = subprocess.Popen(
            [sys.executable, "-m", "eventfuse.cli", "serve", "--port", str(port),
             "--log-level", "warning", "--db", str(Path(folder) / "bench.db")],
            env=env, stderr=subprocess.DEVNULL)
        try:
            deadline = time.monotonic() + 120
            while True:
                try:
                    timed(port, "/api/health")
                    break
                except OSError:
                    if server.poll() is not None or time.monotonic() > deadline:
                        raise SystemExit("the server did not start") from None
                    time.sleep(0.2)
            started = time.perf_counter()
            warm, warm_health, _ = watch(
                port, post(port, "Gunmen attacked a village near Gao on Monday, residents said."),
                seconds=600, interval=args.interval)
            warm_s = time.perf_counter() - started
            text = article_text(args.size_kb)
            started = time.perf_counter()
            job, health, events = watch(port, post(port, text), seconds=args.seconds,
                                        interval=args.interval)
            result = {
                "size_chars": len(text),
                "src": args.src,
                "first_job": {"status": warm.get("status"), "seconds": round(warm_s, 1),
                              "health": summary(warm_health)},
                "long_job": {"status": job.get("status"),
                             "watched_s": round(time.perf_counter() - started, 1),
                             "skipped": (job.get("result") or {}).get("skipped")
                             if isinstance(job.get("result"), dict) else None,
                             "error": job.get("error")},
                "health_during_long_job": summary(health),
                "events_during_long_job": summary(events),
                "load_average": [round(x, 2) for x in os.getloadavg()],
            }
            print(json.dumps(result, indent=2))
        finally:
            server.send_signal(signal.SIGTERM)
            try:
                server.wait(30)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()


if __name__ == "__main__":
    main()
