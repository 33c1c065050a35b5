"""``kill -9`` of ``eventfuse run`` at each stage, then a plain re-run: the database must pass
SQLite's ``PRAGMA integrity_check`` (and ``foreign_key_check``) after the kill and after the
re-run, and the re-run must store exactly the events of one uninterrupted run.

A kill point is ``STAGE:N``; the run sends itself SIGKILL (no clean-up, no ``atexit``, as
``kill -9`` from outside) at the N-th time it reaches the stage:

* ``ingest``: the N-th record read from the inputs;
* ``extract``: entering the N-th batch of extraction (``batch_size=2``);
* ``article-commit``: the N-th article's transaction, its rows written, before COMMIT;
* ``link``: holding the write lease the N-th time, before linking and fusing;
* ``events-commit``: the N-th transaction of events, its rows written, before COMMIT;
* ``run-commit``: the run record's transaction, before COMMIT.

Run from ``tests/``: ``python -m reliability.kill9 [--stand-in] [POINT ...]`` (default: every
point for N = 1, 2, 3 where reached); ``--stand-in`` replaces the models with a fake
extractor (seconds instead of a spaCy load per run: the store's side is what is tested).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

# Invented reports (places from the shipped gazetteer): three incidents, each told in English
# and in French, so linking joins reports of different batches.
REPORTS: tuple[tuple[str, str, str, str], ...] = (
    ("sibi-en", "en", "2025-03-04", ("Gunmen attacked the market of Koza on Monday, 3 March 2025, "
     "killing two traders, residents said.")),
    ("sibi-fr", "fr", "2025-03-04", ("Des hommes armés ont attaqué le marché de Koza lundi 3 mars "
     "2025, tuant deux commerçants, selon des habitants.")),
    ("tamou-en", "en", "2025-03-06", ("Soldiers clashed with armed men near Makary on Wednesday, "
     "5 March 2025; three attackers were killed, the army said.")),
    ("tamou-fr", "fr", "2025-03-06", ("Des soldats ont affronté des hommes armés près de Makary "
     "mercredi 5 mars 2025 ; trois assaillants ont été tués, selon l'armée.")),
    ("lere-en", "en", "2025-03-08", ("Armed men abducted four farmers in Blangoua on Friday, "
     "7 March 2025, local officials said.")),
    ("lere-fr", "fr", "2025-03-08", ("Des hommes armés ont enlevé quatre agriculteurs à Blangoua "
     "vendredi 7 mars 2025, selon des responsables locaux.")),
)
STAGES = ("ingest", "extract", "article-commit", "link", "events-commit", "run-commit")
WRITERS = {"article-commit": "add_extraction", "events-commit": ("upsert_events", "replace_events"),
           "run-commit": "add_run"}
TESTS = Path(__file__).resolve().parents[1]
ROOT = TESTS.parent


def write_reports(path: Path) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for given, language, published, text in REPORTS:
            handle.write(json.dumps({"id": given, "language": language, "published": published,
                                     "text": text}, ensure_ascii=False) + "\n")
    return path


# -- in the killed run -------------------------------------------------------------------------


def _die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def _calling(names: Sequence[str]) -> bool:
    frame = sys._getframe(1)
    for _ in range(8):
        if frame is None:
            return False
        if frame.f_code.co_name in names:
            return True
        frame = frame.f_back  # type: ignore[assignment]
    return False


def install(point: str) -> None:
    """Patch the run so that it kills itself at ``point``."""
    from eventfuse import pipeline
    from eventfuse.store import Store

    stage, _, nth = point.partition(":")
    target = int(nth or 1)
    seen = [0]

    def reached() -> None:
        seen[0] += 1
        if seen[0] == target:
            _die()

    if stage == "ingest":
        read = pipeline.read_inputs

        def reading(*args: Any, **kwargs: Any) -> Iterator[Any]:
            for record in read(*args, **kwargs):
                reached()
                yield record

        pipeline.read_inputs = reading  # type: ignore[assignment]
    elif stage == "extract":
        process = pipeline.Stages.process

        def processing(self: Any, articles: Any) -> Any:
            reached()
            return process(self, articles)

        pipeline.Stages.process = processing  # type: ignore[method-assign]
    elif stage == "link":
        lease = Store.write_lease

        @contextmanager
        def leasing(self: Store) -> Iterator[None]:
            with lease(self):
                reached()
                yield

        Store.write_lease = leasing  # type: ignore[method-assign,assignment]
    elif stage in WRITERS:
        names = WRITERS[stage]
        names = (names,) if isinstance(names, str) else names
        write = Store._write

        @contextmanager
        def writing(self: Store) -> Iterator[Any]:
            counted = _calling(names)
            with write(self) as db:
                yield db
                if counted:
                    reached()  # the rows are written, COMMIT has not run

        Store._write = writing  # type: ignore[method-assign]
    else:
        raise SystemExit(f"unknown kill point {point!r}; stages: {', '.join(STAGES)}")


def install_stand_in() -> None:
    """A fake extractor: one attack mention per report (at the gazetteer's place named in it,
    on its publication day), no models loaded."""
    from datetime import timedelta

    from store_records import MOPTI, make_mention

    from eventfuse import pipeline
    from eventfuse.records import ArticleExtraction

    def process(self: Any, articles: Any) -> list[Any]:
        out = []
        for article in articles:
            trigger = next((w for w in ("attacked", "attaqué", "clashed", "affronté", "abducted",
                                        "enlevé") if w in article.text), None)
            day = article.published - timedelta(days=1) if article.published else None
            mentions = () if trigger is None else (
                make_mention(article, trigger, place=MOPTI, day=day),)
            out.append(ArticleExtraction(article, mentions))
        return out

    pipeline.Stages.process = process  # type: ignore[method-assign]


def child(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m reliability.kill9 child")
    parser.add_argument("point")
    parser.add_argument("--stand-in", action="store_true")
    parser.add_argument("args", nargs=argparse.REMAINDER)
    args = parser.parse_args(argv)
    from eventfuse.cli import main

    if args.stand_in:
        install_stand_in()
    if args.point != "none":
        install(args.point)
    return main([a for a in args.args if a != "--"])


# -- the harness -------------------------------------------------------------------------------


@dataclass
class Outcome:
    point: str
    killed: bool  # the run died by SIGKILL at the point (False: the point was never reached)
    integrity_after_kill: str
    integrity_after_rerun: str
    converged: bool
    detail: str = ""

    @property
    def survived(self) -> bool:
        return (self.killed and self.integrity_after_kill == "ok"
                and self.integrity_after_rerun == "ok" and self.converged)


def _run(point: str, inputs: Path, db: Path, *, stand_in: bool, timeout: float
         ) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        p for p in (str(TESTS), str(ROOT / "src"), os.environ.get("PYTHONPATH")) if p)}
    command = [sys.executable, "-m", "reliability.kill9", "child",
               *(["--stand-in"] if stand_in else []), point, "--",
               "run", "-q", str(inputs), "--db", str(db), "--set", "batch_size=2"]
    return subprocess.run(command, cwd=TESTS, env=env, capture_output=True, text=True,
                          timeout=timeout, check=False)


def integrity(db: Path) -> str:
    if not db.exists():
        return "ok"  # killed before the database was created
    connection = sqlite3.connect(db)
    try:
        result = [row[0] for row in connection.execute("PRAGMA integrity_check")]
        foreign = list(connection.execute("PRAGMA foreign_key_check"))
    finally:
        connection.close()
    if foreign:
        result.append(f"foreign_key_check: {foreign[:3]}")
    return "; ".join(result)


def events(db: Path) -> dict[str, dict[str, Any]]:
    """Every stored event, whole, by id (its articles named by the reports' given ids)."""
    from eventfuse.store import Store

    with Store.open(db) as store:
        given = {a.id: a.given_id or a.id for a in store.articles()}
        found = {}
        for event in store.events(limit=100_000):
            doc = asdict(event)
            doc["articles"] = sorted(given[a] for a in event.articles)
            found[event.id] = doc
        return found


def check(points: Sequence[str], *, work: Path, stand_in: bool, timeout: float = 600.0
          ) -> list[Outcome]:
    """Kill a run at each point, re-run it, and compare with one uninterrupted run."""
    inputs = write_reports(work / "reports.jsonl")
    reference = work / "reference.db"
    done = _run("none", inputs, reference, stand_in=stand_in, timeout=timeout)
    if done.returncode != 0:
        raise RuntimeError(f"the uninterrupted run failed: {done.stderr[-2000:]}")
    expected = events(reference)
    if not expected:
        raise RuntimeError("the uninterrupted run stored no event")
    outcomes = []
    for number, point in enumerate(points):
        db = work / f"kill{number}.db"
        killed = _run(point, inputs, db, stand_in=stand_in, timeout=timeout)
        after_kill = integrity(db)
        rerun = _run("none", inputs, db, stand_in=stand_in, timeout=timeout)
        after_rerun = integrity(db)
        got = events(db) if rerun.returncode == 0 else {}
        detail = "" if rerun.returncode == 0 else f"re-run exited {rerun.returncode}: " \
            f"{rerun.stderr[-500:]}"
        if got != expected and not detail:
            detail = (f"{len(got)} events, expected {len(expected)}; differing: "
                      f"{sorted(set(got) ^ set(expected))[:4]}")
        outcomes.append(Outcome(point, killed.returncode == -signal.SIGKILL, after_kill,
                                after_rerun, got == expected, detail))
        for leftover in (db, Path(f"{db}-wal"), Path(f"{db}-shm")):
            leftover.unlink(missing_ok=True)
    return outcomes


def every_point(times: int = 3) -> list[str]:
    return [f"{stage}:{n}" for stage in STAGES for n in range(1, times + 1)]


def main(argv: list[str]) -> int:
    if argv[:1] == ["child"]:
        return child(argv[1:])
    parser = argparse.ArgumentParser(prog="python -m reliability.kill9")
    parser.add_argument("points", nargs="*", help=f"STAGE:N, stages {', '.join(STAGES)}")
    parser.add_argument("--stand-in", action="store_true", help="a fake extractor, no models")
    parser.add_argument("--times", type=int, default=3, help="N = 1..TIMES for every stage")
    args = parser.parse_args(argv)
    points = args.points or every_point(args.times)
    work = Path(tempfile.mkdtemp(prefix="eventfuse-kill9-"))
    try:
        outcomes = check(points, work=work, stand_in=args.stand_in)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    for o in outcomes:
        state = "survived" if o.survived else ("not reached" if not o.killed else "FAILED")
        print(f"{o.point:18} {state:12} integrity after kill: {o.integrity_after_kill}, after "
              f"re-run: {o.integrity_after_rerun}, converged: {o.converged} {o.detail}")
    reached = [o for o in outcomes if o.killed]
    print(f"{len(reached)} kill points reached, {sum(o.survived for o in reached)} survived; "
          f"{len(outcomes) - len(reached)} not reached")
    return 0 if all(o.survived for o in reached) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
