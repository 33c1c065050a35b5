"""Measure the fuzz corpus: ``cd tests && python -m reliability [PER_FAMILY] [SEEDS]``.

Prints, per seed, what :func:`ingest_all` found on ``PER_FAMILY`` cases of every family and
what ``eventfuse run`` found on one case of each quick family; the figures of
``docs/reliability.md`` are its output.
"""

from __future__ import annotations

import resource
import sys
import tempfile
import time
from pathlib import Path

from eventfuse.config import Settings

from .corpus import generate
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


if __name__ == "__main__":
    args = [int(a) for a in sys.argv[1:]]
    sys.exit(main(*(args + [10, 3][len(args):])))
