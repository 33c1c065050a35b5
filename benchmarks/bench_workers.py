"""Benchmark: the local runner on 2 cores against 1 core, same corpus, same run.

Run: ``.venv/bin/python benchmarks/bench_workers.py [--articles 1500] [--rounds 1]``.
Prints JSON for two measures, each taken for 1 and 2 workers in the same process, the two
configurations alternating (so that a change in machine load hits both):

* ``extraction``: ``LocalPool.process_batches`` over every batch, workers started and
  warm before the clock starts (the steady-state throughput of the pool);
* ``whole_run``: ``run_with_engine`` into a fresh SQLite store with ``workers=1`` (in this
  process) and ``workers=2`` (a pool), models already loaded (ingest, store, link, fuse
  included).

Target: 2 workers ≥ 1.7 × 1 worker. Needs 2 idle cores to mean anything: the load average
before and after is printed with the results.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from _common import corpus, emit, machine, words

from eventfuse.config import Settings
from eventfuse.ingest import read_inputs
from eventfuse.records import Article
from eventfuse.runners import run_with_engine
from eventfuse.runners.local import LocalPool, warm, worker_stages
from eventfuse.store import Store


def extraction_seconds(settings: Settings, articles: list[Article], workers: int) -> float:
    batches = [articles[i : i + settings.batch_size] for i in range(0, len(articles), settings.batch_size)]
    with LocalPool(settings, workers=workers) as pool:
        pool.wait_ready()
        start = time.perf_counter()
        done = sum(len(r) for r in pool.process_batches(batches))
        seconds = time.perf_counter() - start
    assert done == len(articles)
    return seconds


def run_seconds(settings: Settings, path: Path, workers: int) -> float:
    with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp) / "bench.db") as store:
        start = time.perf_counter()
        stages = worker_stages(settings) if workers == 1 else None
        run_with_engine([str(path)], settings=replace(settings, workers=workers), store=store,
                        stages=stages)
        return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1500)
    parser.add_argument("--length", default="mixed", choices=["short", "medium", "long", "mixed"])
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--work", default=str(Path(tempfile.gettempdir()) / "eventfuse-bench"))
    args = parser.parse_args(argv)
    path = corpus(Path(args.work), args.articles, length=args.length)
    n_articles, n_words = words(path)
    settings = Settings(db=":memory:", progress=False)
    articles = [a for a in read_inputs([str(path)], settings=settings) if isinstance(a, Article)]
    result: dict[str, object] = {"benchmark": "local runner, 2 workers vs 1", "machine": machine(),
                                 "corpus": {"file": path.name, "articles": n_articles, "words": n_words}}  # fmt: skip
    start = time.perf_counter()
    warm(worker_stages(settings))  # loaded once; the pools fork from this process
    result["load_s"] = round(time.perf_counter() - start, 3)
    extraction: dict[int, list[float]] = {1: [], 2: []}
    whole: dict[int, list[float]] = {1: [], 2: []}
    for _ in range(args.rounds):
        for workers in (1, 2):
            extraction[workers].append(extraction_seconds(settings, articles, workers))
        for workers in (1, 2):
            whole[workers].append(run_seconds(settings, path, workers))

    def summary(times: dict[int, list[float]]) -> dict[str, object]:
        best = {w: min(t) for w, t in times.items()}
        return {
            "seconds": {str(w): [round(x, 2) for x in t] for w, t in times.items()},
            "articles_per_s": {str(w): round(len(articles) / best[w], 2) for w in best},
            "words_per_s_per_worker": {str(w): round(n_words / best[w] / w, 1) for w in best},
            "speedup_2_vs_1": round(best[1] / best[2], 3),
        }

    result["extraction"] = summary(extraction)
    result["whole_run"] = summary(whole)
    result["target"] = "2 workers >= 1.7 x 1 worker"
    emit(result)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
