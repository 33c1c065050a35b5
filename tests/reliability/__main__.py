"""Measure the fuzz corpus (run from ``tests/``; the figures of ``docs/reliability.md`` are
its output):

* ``python -m reliability [PER_FAMILY] [SEEDS]``: per seed, what :func:`ingest_all` found on
  ``PER_FAMILY`` cases of every family and what ``eventfuse run`` found on one case of each
  quick family;
* ``python -m reliability bulk INPUTS [--batch N] [--seed S] [--only run|api]``: ``INPUTS``
  generated inputs of the quick families through ``eventfuse run`` in batches of ``N`` and
  through the API (one POST each to a server started here); see ``bulk``.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

from eventfuse.config import Settings

from .bulk import SLOW_FAMILIES, post_all, run_batches, start_server
from .corpus import FAMILIES, generate
from .harness import ingest_all, run_command

NOT_RUN = frozenset({"long prose", "huge lines"})


def main(per_family: int, seeds: int) -> int:
    problems = 0
    for seed in range(15, 15 + seeds):
        with tempfile.TemporaryDirectory() as folder:
            root = Path(folder)
            (root / "read").mkdir()
            (root / "run").mkdir()
            cases = generate(root / "read", seed=seed, per_family=per_family)
            cpu = time.process_time()
            tally = ingest_all(cases, settings=Settings(), hang_seconds=10.0)
            print(f"seed {seed} readers: {tally.summary()}, cpu {time.process_time() - cpu:.1f} s")
            sample = [
                c for c in generate(root / "run", seed=seed + 1, per_family=1)
                if c.family not in NOT_RUN
            ]  # fmt: skip
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            ran = run_command(sample, db=root / "fuzz.db", timeout=600.0)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            child_cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
            print(f"seed {seed} eventfuse run: {ran.summary()}, cpu {child_cpu:.1f} s")
            for found in (tally, ran):
                for line in found.crashes + found.hangs + found.lost:
                    print("  ", line)
                problems += len(found.crashes) + len(found.hangs) + len(found.lost)
    return 1 if problems else 0


def bulk(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m reliability bulk")
    parser.add_argument("inputs", type=int)
    parser.add_argument("--batch", type=int, default=250, help="inputs per eventfuse run")
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--only", choices=("run", "api"))
    parser.add_argument("--budget", type=float, default=30.0,
                        help="seconds per input before it counts as a hang")
    args = parser.parse_args(argv)
    quick = len(FAMILIES) - len(SLOW_FAMILIES)
    problems = 0
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        cases = [c for c in generate(root, seed=args.seed, per_family=-(-args.inputs // quick))
                 if c.family not in SLOW_FAMILIES]
        print(f"{len(cases)} inputs, seed {args.seed}", flush=True)
        if args.only in (None, "run"):
            started = time.perf_counter()
            ran = run_batches(cases, db=root / "run.db", batch=args.batch, budget_s=args.budget,
                              load_s=120.0)
            print(f"eventfuse run: {ran.summary()}, {time.perf_counter() - started:.0f} s")
            for line in ran.crashes + ran.hangs + ran.lost:
                print("  ", line)
            problems += len(ran.crashes) + len(ran.hangs) + len(ran.lost)
        if args.only in (None, "api"):
            server, port = start_server(root / "api.db")
            try:
                started = time.perf_counter()
                posted = post_all(cases, port=port, budget_s=args.budget, seed=args.seed)
            finally:
                server.terminate()
                server.wait(30)
            print(f"API: {posted.summary()}, {time.perf_counter() - started:.0f} s")
            for line in posted.server_errors + posted.crashes + posted.hangs + posted.lost:
                print("  ", line)
            problems += (len(posted.server_errors) + len(posted.crashes) + len(posted.hangs)
                         + len(posted.lost))
    return 1 if problems else 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["bulk"]:
        sys.exit(bulk(sys.argv[2:]))
    args = [int(a) for a in sys.argv[1:]]
    sys.exit(main(*(args + [10, 3][len(args):])))
