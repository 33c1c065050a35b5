"""Feed a fuzz corpus through the readers and through ``eventfuse run``; count what went wrong.

Crashes are exceptions escaping :func:`eventfuse.ingest.read_inputs` (or a ``run`` command
that fails: an exit status other than 0, or 1 with an error; 1 alone is its answer when every
input was skipped); hangs are inputs taking longer than a limit; an input or entry is lost when it got
neither an article nor a skip record with a known reason. ``EF115`` (an unexpected error,
caught) is counted apart: the input is accounted for, but a reader failed.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from eventfuse.config import Settings
from eventfuse.errors import SKIP_REASONS
from eventfuse.ingest import read_inputs
from eventfuse.records import Article, Skipped

from .corpus import Case


@dataclass
class Tally:
    """What a harness pass found."""

    inputs: int = 0
    entries: int = 0
    articles: int = 0
    skips: Counter[str] = field(default_factory=Counter)
    crashes: list[str] = field(default_factory=list)
    hangs: list[str] = field(default_factory=list)
    lost: list[str] = field(default_factory=list)
    slowest: tuple[float, str] = (0.0, "")

    def summary(self) -> str:
        return (
            f"{self.inputs} inputs, {self.entries} entries, {self.articles} articles, "
            f"skips {dict(sorted(self.skips.items()))}, {len(self.crashes)} crashes, "
            f"{len(self.hangs)} hangs, {len(self.lost)} lost, slowest {self.slowest[0]:.2f} s "
            f"({self.slowest[1]})"
        )


def _covered(case: Case, sources: set[str]) -> list[str]:
    """The entries of ``case`` without a record (the file itself when it has no entries)."""
    if case.entries == ("",):
        return [] if sources else [str(case.path)]
    return [entry for entry in case.entries if entry not in sources]


def _check_reasons(records: Iterable[Article | Skipped], lost: list[str]) -> None:
    for record in records:
        if isinstance(record, Skipped) and record.reason not in SKIP_REASONS:
            lost.append(f"{record.source}: unknown reason {record.reason}")


def ingest_all(cases: Sequence[Case], *, settings: Settings, hang_seconds: float) -> Tally:
    """Read every case on its own through :func:`read_inputs`."""
    tally = Tally()
    for case in cases:
        tally.inputs += 1
        tally.entries += len(case.entries)
        started = time.perf_counter()
        try:
            records = list(read_inputs([str(case.path)], settings=settings))
        except Exception as exc:  # noqa: BLE001 - counted, that is the point
            tally.crashes.append(f"{case.path.name}: {type(exc).__name__}: {exc}")
            continue
        elapsed = time.perf_counter() - started
        tally.slowest = max(tally.slowest, (elapsed, case.path.name))
        if elapsed > hang_seconds:
            tally.hangs.append(f"{case.path.name}: {elapsed:.1f} s")
        tally.articles += sum(1 for r in records if isinstance(r, Article))
        tally.skips.update(r.reason for r in records if isinstance(r, Skipped))
        _check_reasons(records, tally.lost)
        tally.lost.extend(_covered(case, {r.source or "" for r in records}))
    return tally


def run_command(
    cases: Sequence[Case], *, db: Path, timeout: float, extra: Sequence[str] = ()
) -> Tally:
    """``eventfuse run`` on the cases' files into ``db``; every entry must be stored (an
    article whose source it is) or skipped with a reason in the run's skip records."""
    tally = Tally(inputs=len(cases), entries=sum(len(c.entries) for c in cases))
    command = [
        sys.executable, "-m", "eventfuse.cli", "run", *(str(c.path) for c in cases),
        "--db", str(db), "-q", *extra,
    ]  # fmt: skip
    runs_before: list[str] = []
    if db.exists():
        with sqlite3.connect(db) as connection:
            runs_before = [r for (r,) in connection.execute("SELECT run_id FROM runs")]
    started = time.perf_counter()
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        tally.hangs.append(f"eventfuse run: more than {timeout:g} s")
        return tally
    tally.slowest = (time.perf_counter() - started, "eventfuse run")
    # exit status 1 with no error is `run`'s answer when every input was skipped
    clean_one = done.returncode == 1 and "Traceback" not in done.stderr and not done.stderr.strip()
    if done.returncode != 0 and not clean_one:
        tally.crashes.append(f"eventfuse run exited {done.returncode}: {done.stderr[-2000:]}")
        return tally
    with sqlite3.connect(db) as connection:
        before = set(runs_before)
        runs = [r for (r,) in connection.execute("SELECT run_id FROM runs") if r not in before]
        stored = {row[0] for row in connection.execute("SELECT source FROM articles")}
        skipped = list(connection.execute(  # this run's (the database may hold earlier runs)
            "SELECT source, reason FROM skipped WHERE run_id IN (SELECT value FROM json_each(?))",
            (json.dumps(runs),)))
    if not runs:
        tally.crashes.append(f"eventfuse run exited {done.returncode} without a run record")
        return tally
    tally.articles = len(stored)
    tally.skips.update(reason for _, reason in skipped)
    for source, reason in skipped:
        if reason not in SKIP_REASONS:
            tally.lost.append(f"{source}: unknown reason {reason}")
    sources = stored | {source for source, _ in skipped}
    for case in cases:
        tally.lost.extend(_covered(case, sources))
    return tally
