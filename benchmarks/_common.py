"""Shared helpers of the benchmarks: the machine, corpora, memory of a process tree, timing."""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Self

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate_corpus import generate


def machine() -> dict[str, object]:
    """What the numbers were measured on."""
    import spacy

    info: dict[str, object] = {
        "cpu": _lscpu("Model name"),
        "cpus": os.cpu_count(),
        "memory_gib": round(_meminfo("MemTotal") / 2**20, 1),
        "python": platform.python_version(),
        "spacy": spacy.__version__,
        "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
    }
    try:
        import ray

        info["ray"] = ray.__version__
    except ImportError:
        pass
    return info


def _lscpu(key: str) -> str:
    try:
        out = subprocess.run(["lscpu"], capture_output=True, text=True, check=False).stdout
    except OSError:
        return platform.processor()
    for line in out.splitlines():
        if line.startswith(key + ":"):
            return line.split(":", 1)[1].strip()
    return platform.processor()


def _meminfo(key: str) -> int:
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1])
    return 0


def corpus(work: Path, articles: int, *, length: str, seed: int = 7) -> Path:
    """A generated corpus file (made once per size, length and seed)."""
    path = work / f"corpus-{length}-{articles}-{seed}.jsonl"
    if not path.exists():
        work.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        with tmp.open("w", encoding="utf-8") as out:
            for record, _ in generate(articles, seed=seed, length=length):
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
        tmp.rename(path)
    return path


def words(path: Path) -> tuple[int, int]:
    """(articles, words) of a corpus file."""
    n = w = 0
    with path.open(encoding="utf-8") as f:
        for line in f:
            n += 1
            w += len(json.loads(line)["text"].split())
    return n, w


def _children(pid: int) -> list[int]:
    out: list[int] = []
    try:
        tasks = Path(f"/proc/{pid}/task").iterdir()
        for task in tasks:
            text = (task / "children").read_text().split()
            out.extend(int(c) for c in text)
    except OSError:
        return out
    return out


def _tree(pid: int) -> list[int]:
    pids, todo = [], [pid]
    while todo:
        p = todo.pop()
        pids.append(p)
        todo.extend(_children(p))
    return pids


def _kib(pid: int, name: str, key: str) -> int:
    try:
        for line in Path(f"/proc/{pid}/{name}").read_text().splitlines():
            if line.startswith(key + ":"):
                return int(line.split()[1])
    except OSError:
        return 0
    return 0


@dataclass
class MemoryWatch:
    """Samples the memory of this process and its children (PSS: shared pages counted once)."""

    interval: float = 0.25
    peak_tree_pss_kib: int = 0
    peak_self_rss_kib: int = 0
    peak_child_rss_kib: int = 0
    _stop: threading.Event = field(default_factory=threading.Event)
    _thread: threading.Thread | None = None

    def sample(self) -> None:
        me = os.getpid()
        tree = _tree(me)
        pss = sum(_kib(p, "smaps_rollup", "Pss") for p in tree)
        self.peak_tree_pss_kib = max(self.peak_tree_pss_kib, pss)
        self.peak_self_rss_kib = max(self.peak_self_rss_kib, _kib(me, "status", "VmRSS"))
        for p in tree[1:]:
            self.peak_child_rss_kib = max(self.peak_child_rss_kib, _kib(p, "status", "VmRSS"))

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self.sample()

    def __enter__(self) -> Self:
        self.sample()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
        self.sample()

    def to_json(self) -> dict[str, float]:
        return {
            "peak_tree_pss_mib": round(self.peak_tree_pss_kib / 1024, 1),
            "peak_main_rss_mib": round(self.peak_self_rss_kib / 1024, 1),
            "peak_worker_rss_mib": round(self.peak_child_rss_kib / 1024, 1),
        }


@contextmanager
def timer(out: dict[str, float], key: str) -> Iterator[None]:
    start = time.perf_counter()
    try:
        yield
    finally:
        out[key] = round(time.perf_counter() - start, 3)


def emit(result: dict[str, Any]) -> None:
    result.setdefault("machine", {})["load_average_at_end"] = [
        round(x, 2) for x in os.getloadavg()
    ]
    print(json.dumps(result, indent=2, ensure_ascii=False))
