"""Issue #15 (7): a seeded fuzz corpus through the readers and through ``eventfuse run``.

Asserts 0 crashes, 0 hangs and 0 inputs (or entries: feed items, JSON lines) neither stored
nor skipped with a reason. The figures of ``docs/reliability.md`` come from
``python -m reliability`` (run from ``tests/``) with the same seeds and more cases.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from reliability.corpus import generate
from reliability.harness import ingest_all, run_command

from eventfuse.config import Settings

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
