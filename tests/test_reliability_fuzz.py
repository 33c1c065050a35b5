"""Issue #15 (7): a seeded fuzz corpus through the readers, through ``eventfuse run`` and
through the API.

Asserts 0 crashes, 0 hangs and 0 inputs (or entries: feed items, JSON lines) neither stored
nor skipped with a reason. The figures of ``docs/reliability.md`` come from
``python -m reliability`` (run from ``tests/``) with the same seeds and more cases.
"""

from __future__ import annotations

import socket
import threading
import time
import warnings
from pathlib import Path

import pytest
from api_stand_ins import busy_stages
from reliability.bulk import TOKEN, post_all
from reliability.corpus import generate
from reliability.harness import ingest_all, run_command

from eventfuse.config import Settings
from eventfuse.serve.app import create_app
from eventfuse.store import Store

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    import uvicorn

SEED = 15
HANG_SECONDS = 10.0
# About 15 s of CPU (spaCy loads in the subprocess); the margin is for loaded CI machines.
RUN_TIMEOUT = 300.0
# Families too slow for spaCy in a quick test (texts of 0.3 million characters).
NOT_RUN = frozenset({"long prose", "huge lines"})


def test_fuzz_corpus_through_the_readers(tmp_path: Path) -> None:
    cases = generate(tmp_path, seed=SEED, per_family=3)
    tally = ingest_all(cases, settings=Settings(), hang_seconds=HANG_SECONDS)
    assert tally.crashes == []
    assert tally.hangs == []
    assert tally.lost == []
    assert tally.skips["EF115"] == 0, tally.summary()  # no reader failed unexpectedly
    assert tally.articles > 0 and tally.inputs == len(cases)


@pytest.mark.slow
def test_fuzz_sample_through_eventfuse_run(tmp_path: Path) -> None:
    folder = tmp_path / "inputs"
    folder.mkdir()
    cases = [c for c in generate(folder, seed=SEED + 1, per_family=1) if c.family not in NOT_RUN]
    tally = run_command(cases, db=tmp_path / "fuzz.db", timeout=RUN_TIMEOUT)
    assert tally.crashes == []
    assert tally.hangs == []
    assert tally.lost == []
    assert tally.articles > 0


def test_fuzz_sample_through_the_api(tmp_path: Path) -> None:
    """Two cases of every quick family posted to a real server (uvicorn, the worker process
    with a stand-in for the models: the posting, reading and storing are the real ones)."""
    folder = tmp_path / "inputs"
    folder.mkdir()
    cases = [c for c in generate(folder, seed=SEED + 2, per_family=2) if c.family not in NOT_RUN]
    store = Store.open(tmp_path / "api.db")
    settings = Settings(db=store.path, progress=False, api_write_token=TOKEN)
    app = create_app(settings=settings, store=store, make_stages=busy_stages,
                     bind_host="127.0.0.1")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = int(s.getsockname()[1])
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 20
        while not server.started:
            assert time.monotonic() < deadline, "server did not start"
            time.sleep(0.02)
        tally = post_all(cases, port=port, budget_s=HANG_SECONDS, seed=SEED)
    finally:
        server.should_exit = True
        thread.join(10)
        store.close()
    assert tally.inputs == len(cases)
    assert tally.server_errors == [], tally.summary()
    assert tally.crashes == [] and tally.hangs == [] and tally.lost == [], tally.summary()
    assert tally.accepted > 0 and tally.stored > 0 and sum(tally.refused.values()) > 0
