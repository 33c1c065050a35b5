"""Issue #15 (7): ``kill -9`` of ``eventfuse run`` in the middle of extraction, inside an
event transaction and while linking leaves SQLite consistent, and a plain re-run stores the
events of one uninterrupted run. The models are replaced by a fake extractor (the store's side
is what is tested); ``cd tests && python -m reliability.kill9`` runs every stage with the real
models (figures in docs/reliability.md)."""

from __future__ import annotations

from pathlib import Path

import pytest
from reliability.kill9 import check


@pytest.mark.skipif(not Path("/proc").exists(), reason="needs SIGKILL and /proc (POSIX)")
def test_killed_runs_leave_sqlite_consistent_and_converge(tmp_path: Path) -> None:
    outcomes = check(["extract:2", "link:1", "events-commit:1"], work=tmp_path, stand_in=True,
                     timeout=120.0)
    for outcome in outcomes:
        assert outcome.killed, f"{outcome.point} was never reached"
        assert outcome.integrity_after_kill == "ok" and outcome.integrity_after_rerun == "ok"
        assert outcome.converged, outcome.detail
