"""Benchmark: how time and peak memory grow with the corpus (1k, 10k, 100k articles).

Run: ``.venv/bin/python benchmarks/bench_scaling.py [--sizes 1000,10000,100000]
[--length short] [--workers 2]``. Each size runs in a fresh process: models loaded (timed
on their own), then ``run_with_engine`` into a fresh SQLite file (ingest, extract, geocode,
store, incremental link, fuse). Memory is sampled every 0.25 s over the whole process tree
(PSS, so pages the forked workers share with the parent count once).

Prints JSON per size (seconds, articles/s, peak memory) and the ratios between consecutive
sizes. Expected: time roughly linear in size; peak memory set by the batch size and the
models, not by the corpus (target: 100k ≤ 1.5 × 10k).
"""

from __future__ import annotations

import argparse
import itertools
import json
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from _common import MemoryWatch, corpus, emit, machine, words


def child(path: Path, workers: int, batch_size: int) -> dict[str, object]:
    from eventfuse.config import Settings
    from eventfuse.runners import run_with_engine
    from eventfuse.runners.local import warm, worker_stages
    from eventfuse.store import Store

    settings = Settings(db=":memory:", progress=False, workers=workers, batch_size=batch_size)
    out: dict[str, object] = {}
    with tempfile.TemporaryDirectory() as tmp, MemoryWatch() as mem:
        start = time.perf_counter()
        stages = worker_stages(settings)
        warm(stages)
        out["load_s"] = round(time.perf_counter() - start, 3)
        mem.sample()
        out["memory_after_load"] = mem.to_json()
        with Store.open(Path(tmp) / "bench.db") as store:
            start = time.perf_counter()
            report = run_with_engine([str(path)], settings=replace(settings), store=store,
                                     stages=stages if workers == 1 else None)
            out["seconds"] = round(time.perf_counter() - start, 3)
            out["new_articles"] = report.articles_new
            out["mentions"] = report.mentions
            out["events"] = report.events
            out["db_mib"] = round((Path(tmp) / "bench.db").stat().st_size / 2**20, 1)
    out["memory"] = mem.to_json()
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--length", default="short", choices=["short", "medium", "long", "mixed"])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--work", default=str(Path(tempfile.gettempdir()) / "eventfuse-bench"))
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(child(Path(args.child), args.workers, args.batch_size)))
        return 0
    sizes = [int(s) for s in args.sizes.split(",")]
    result: dict[str, object] = {"benchmark": "scaling with corpus size", "machine": machine(),
                                 "workers": args.workers, "batch_size": args.batch_size,
                                 "length": args.length}  # fmt: skip
    runs: list[dict[str, object]] = []
    for size in sizes:
        path = corpus(Path(args.work), size, length=args.length)
        n_articles, n_words = words(path)
        cmd = [sys.executable, __file__, "--child", str(path), "--workers", str(args.workers),
               "--batch-size", str(args.batch_size)]  # fmt: skip
        proc = subprocess.run(cmd, capture_output=True, text=True, check=True)
        run = json.loads(proc.stdout.strip().splitlines()[-1])
        if run["new_articles"] < 0.9 * n_articles:  # a corpus that was not read is no result
            raise SystemExit(f"only {run['new_articles']} of {n_articles} articles were processed")
        run.update({"articles": n_articles, "words": n_words,
                    "articles_per_s": round(n_articles / run["seconds"], 2),
                    "words_per_s": round(n_words / run["seconds"], 1)})  # fmt: skip
        runs.append(run)
        print(json.dumps({"size": size, **run}), file=sys.stderr, flush=True)
    result["runs"] = runs
    ratios = []
    for small, big in itertools.pairwise(runs):
        ratios.append({
            "sizes": f"{small['articles']} -> {big['articles']}",
            "size_ratio": round(int(big["articles"]) / int(small["articles"]), 2),  # type: ignore[call-overload]
            "time_ratio": round(float(big["seconds"]) / float(small["seconds"]), 2),  # type: ignore[arg-type]
            "peak_memory_ratio": round(
                big["memory"]["peak_tree_pss_mib"] / small["memory"]["peak_tree_pss_mib"], 3  # type: ignore[index]
            ),
        })
    result["ratios"] = ratios
    result["target"] = "peak memory for 100k <= 1.5 x that for 10k; time roughly linear"
    emit(result)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
