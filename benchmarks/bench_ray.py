"""Benchmark: the Ray runner against the local runner on the same machine and corpus.

Run: ``.venv/bin/python benchmarks/bench_ray.py [--articles 1500] [--cpus 2]``.
Each configuration runs in its own fresh process (so that both start cold), into a fresh
SQLite store, on the same corpus:

* ``local``: ``run_with_engine`` with ``engine=local, workers=CPUS`` (models loaded once in
  the parent, workers forked from it);
* ``ray``: ``run_with_engine`` with ``engine=ray`` on a local Ray started with ``CPUS``
  CPUs (one extraction actor per CPU, each loading the models; linking as a groupby by
  block when the run has enough mentions).

Prints JSON with the wall time of each (start-up and model loading included, as a user
sees it), the articles/s, the events each produced (they must be equal) and the ratio.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import MemoryWatch, corpus, emit, machine, words


def child(engine: str, path: Path, cpus: int) -> dict[str, object]:
    start = time.perf_counter()
    from eventfuse.config import Settings
    from eventfuse.runners import run_with_engine
    from eventfuse.store import Store

    settings = Settings(db=":memory:", progress=False, engine=engine, workers=cpus)
    out: dict[str, object] = {"engine": engine}
    with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp) / "bench.db") as store, MemoryWatch() as mem:
        if engine == "ray":
            import ray

            ray.init(num_cpus=cpus, include_dashboard=False, log_to_driver=False, logging_level=logging.ERROR)
            out["ray_init_s"] = round(time.perf_counter() - start, 3)
        report = run_with_engine([str(path)], settings=settings, store=store)
        out["seconds"] = round(time.perf_counter() - start, 3)
        events = sorted(json.dumps(e.to_json(), sort_keys=True) for e in store.events(limit=10**7))
        out["events"] = len(events)
        out["events_digest"] = hashlib.sha256("\n".join(events).encode()).hexdigest()[:16]
        out["new_articles"] = report.articles_new
    out["memory"] = mem.to_json()
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1500)
    parser.add_argument("--length", default="mixed", choices=["short", "medium", "long", "mixed"])
    parser.add_argument("--cpus", type=int, default=2)
    parser.add_argument("--work", default=str(Path(tempfile.gettempdir()) / "eventfuse-bench"))
    parser.add_argument("--child", choices=["local", "ray"], help=argparse.SUPPRESS)
    parser.add_argument("--corpus", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.child, Path(args.corpus), args.cpus)))
        return 0
    path = corpus(Path(args.work), args.articles, length=args.length)
    n_articles, n_words = words(path)
    result: dict[str, object] = {"benchmark": "Ray runner vs local runner, same machine",
                                 "machine": machine(),
                                 "corpus": {"file": path.name, "articles": n_articles, "words": n_words}}  # fmt: skip
    runs: dict[str, dict[str, object]] = {}
    for engine in ("local", "ray"):
        cmd = [sys.executable, __file__, "--child", engine, "--corpus", str(path), "--cpus", str(args.cpus)]
        proc = subprocess.run(cmd, capture_output=True, text=True, check=True)
        runs[engine] = json.loads(proc.stdout.strip().splitlines()[-1])
        runs[engine]["articles_per_s"] = round(n_articles / float(runs[engine]["seconds"]), 2)  # type: ignore[arg-type]
    result["runs"] = runs
    result["same_events"] = runs["local"]["events_digest"] == runs["ray"]["events_digest"]
    result["ratio_ray_time_to_local_time"] = round(
        float(runs["ray"]["seconds"]) / float(runs["local"]["seconds"]), 3  # type: ignore[arg-type]
    )
    emit(result)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
