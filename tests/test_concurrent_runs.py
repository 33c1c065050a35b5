"""Real ``eventfuse run`` processes: runs writing into one database at the same time store the
events of one sequential run, and pool workers die with a killed run.

The reports are invented for these tests (places from the shipped gazetteer, outside the
evaluation sets)."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from eventfuse.store import Store

ROOT = Path(__file__).resolve().parents[1]
LINUX = sys.platform.startswith("linux")

# one incident per place, each told once in English and once in French
REPORTS: dict[str, tuple[str, str, str]] = {
    "koza-en": ("en", "2025-02-11", (
        "Gunmen killed four villagers in Koza on Monday, 10 February 2025, local officials said. "
        "The attackers arrived on motorcycles at night and set fire to several houses before "
        "fleeing, an official told reporters.")),
    "koza-fr": ("fr", "2025-02-11", (
        "Des hommes armés ont tué quatre villageois à Koza lundi 10 février 2025, selon des "
        "responsables locaux. Les assaillants, arrivés à moto dans la nuit, ont incendié "
        "plusieurs maisons avant de prendre la fuite.")),
    "makary-en": ("en", "2025-02-13", (
        "Soldiers clashed with Boko Haram fighters near Makary on Wednesday, 12 February 2025, "
        "the army said. Six fighters were killed in the fighting, according to a military source.")),
    "makary-fr": ("fr", "2025-02-13", (
        "Des soldats ont affronté des combattants de Boko Haram près de Makary mercredi 12 "
        "février 2025, a indiqué l'armée. Six combattants ont été tués lors des combats, selon "
        "une source militaire.")),
    "blangoua-en": ("en", "2025-02-15", (
        "Armed men abducted three fishermen in Blangoua on Friday, 14 February 2025, residents said.")),
    "blangoua-fr": ("fr", "2025-02-15", (
        "Des hommes armés ont enlevé trois pêcheurs à Blangoua vendredi 14 février 2025, selon "
        "des habitants.")),
}
# one run per language (each loads one language's models): every incident spans both runs
PARTS = tuple(tuple(i for i in REPORTS if REPORTS[i][0] == lang) for lang in ("en", "fr"))


def write_reports(path: Path, ids: tuple[str, ...]) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for given in ids:
            language, published, text = REPORTS[given]
            row = {"id": given, "language": language, "published": published, "text": text}
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path


def eventfuse(*args: str) -> list[str]:
    return [sys.executable, "-m", "eventfuse.cli", *args]


def environment() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT / "src"), env.get("PYTHONPATH")) if p)
    return env


def start(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(eventfuse(*args), cwd=ROOT, env=environment(), text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)


def finish(process: subprocess.Popen[str], timeout: float = 240) -> str:
    out, _ = process.communicate(timeout=timeout)
    assert process.returncode == 0, out
    return out


def stored_events(db: Path) -> dict[str, list[str]]:
    """Event id -> the given ids of its reports."""
    with Store.open(db) as store:
        given = {a.id: a.given_id or a.id for a in store.articles()}
        return {e.id: sorted(given[a] for a in e.articles) for e in store.events(limit=1000)}


@pytest.mark.slow
def test_concurrent_runs_store_the_events_of_one_sequential_run(tmp_path: Path) -> None:
    parts = [write_reports(tmp_path / f"part{n}.jsonl", ids) for n, ids in enumerate(PARTS)]
    everything = write_reports(tmp_path / "all.jsonl", tuple(REPORTS))
    shared, alone = tmp_path / "shared.db", tmp_path / "sequential.db"
    # the sequential reference runs at the same time, into its own database
    runs = [start("run", "-q", str(p), "--db", str(shared)) for p in parts]
    runs.append(start("run", "-q", str(everything), "--db", str(alone)))
    for process in runs:
        finish(process)
    expected = stored_events(alone)
    assert len(expected) >= 3 and all(len(reports) == 2 for reports in expected.values())
    assert stored_events(shared) == expected
    with Store.open(shared) as store:
        assert sum(r.articles_new for r in store.runs()) == len(REPORTS)
    # a run with nothing new keeps them (and loads no models)
    finish(start("run", "-q", *map(str, parts), "--db", str(shared)), timeout=120)
    assert stored_events(shared) == expected


# -- workers die with a killed run -----------------------------------------------------------


def children(pid: int) -> set[int]:
    """Live (not zombie) processes whose parent is ``pid``."""
    found = set()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        state, ppid = stat.rsplit(")", 1)[1].split()[:2]
        if int(ppid) == pid and state != "Z":
            found.add(int(entry.name))
    return found


def alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


@pytest.fixture
def hanging_url() -> Iterator[str]:
    """A local URL that accepts the connection and never answers (until the test ends)."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        server.settimeout(0.2)
        while not stop.is_set():
            try:
                held.append(server.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.getsockname()[1]}/report.html"
    finally:
        stop.set()
        thread.join()
        for conn in held:
            conn.close()
        server.close()


@pytest.mark.slow
@pytest.mark.skipif(not LINUX, reason="reads /proc")
def test_pool_workers_die_when_the_run_is_killed(tmp_path: Path, hanging_url: str) -> None:
    reports = write_reports(tmp_path / "reports.jsonl", tuple(REPORTS))
    # the reports go to the workers one by one; then the run waits on the URL, workers idle
    run = start("run", "-q", str(reports), hanging_url, "--workers", "2", "--db", str(tmp_path / "k.db"),
                "--set", "batch_size=1", "--set", "allow_private_urls=true", "--set", "url_timeout=300")
    try:
        deadline = time.monotonic() + 240
        workers: set[int] = set()
        while len(workers) < 2:
            assert run.poll() is None, run.communicate()[0]
            assert time.monotonic() < deadline, "the pool never started"
            time.sleep(0.1)
            workers = children(run.pid)
        time.sleep(0.5)  # let them run their initializer
        os.kill(run.pid, signal.SIGKILL)
        run.wait(timeout=30)
        deadline = time.monotonic() + 10
        while any(alive(pid) for pid in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not any(alive(pid) for pid in workers), "workers outlived their killed run"
    finally:
        if run.poll() is None:
            run.kill()
            run.wait()
        if run.stdout is not None:
            run.stdout.close()
