"""The command line: each command on a real database, help texts, exit codes, crash safety."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
from contextlib import redirect_stdout
from pathlib import Path

import pytest
from conftest import EXAMPLES, ROOT

from eventfuse.cli import main
from eventfuse.store import Store

COMMANDS = ("run", "events", "show", "export", "demo", "eval", "serve", "gazetteer", "watch", "train", "settings")


def _cli(*args: str) -> tuple[int, str]:
    out = io.StringIO()
    with redirect_stdout(out):
        code = main(list(args))
    return code, out.getvalue()


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main([command, "--help"])
    assert info.value.code == 0
    assert "usage: eventfuse " + command in capsys.readouterr().out


def test_readme_documents_every_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for command in COMMANDS:
        assert f"eventfuse {command}" in readme, command


def test_every_setting_is_in_the_docs() -> None:
    from eventfuse.config import SETTINGS_DOC

    doc = (ROOT / "docs" / "configuration.md").read_text(encoding="utf-8")
    for name in SETTINGS_DOC:
        assert f"`{name}`" in doc, name


def test_events_show_and_export(examples_db: Path, tmp_path: Path) -> None:
    code, listing = _cli("events", "--db", str(examples_db), "--min-sources", "2")
    assert code == 0 and listing.strip()
    event_id = listing.split()[0]
    code, card = _cli("show", event_id[:10], "--db", str(examples_db))
    assert code == 0
    assert "Fields" in card and "“" in card and "Sources:" in card
    code, as_json = _cli("show", event_id, "--db", str(examples_db), "--json")
    assert json.loads(as_json)["id"] == event_id
    code, rows = _cli("export", "--db", str(examples_db), "--format", "acled")
    table = list(csv.DictReader(io.StringIO(rows)))
    assert table and {"event_id_cnty", "event_date", "sub_event_type", "article_ids"} <= set(table[0])
    out = tmp_path / "m.jsonl"
    assert _cli("export", "--db", str(examples_db), "--format", "jsonl", "--level", "mentions",
                "--out", str(out))[0] == 0
    mentions = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert any(m["primary"] for m in mentions)
    out = tmp_path / "e.geojson"
    assert _cli("export", "--db", str(examples_db), "--format", "geojson", "--out", str(out))[0] == 0
    assert json.loads(out.read_text(encoding="utf-8"))["type"] == "FeatureCollection"


def test_text_search_is_accent_insensitive(examples_db: Path) -> None:
    with Store.open(examples_db) as store:
        accented = store.events(text="Tillabéri")
        plain = store.events(text="tillaberi")
    assert accented and [e.id for e in accented] == [e.id for e in plain]


def test_clear_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["events", "--db", str(tmp_path / "missing.db")]) == 2
    err = capsys.readouterr().err
    assert "EF001" in err and "hint:" in err
    assert main(["run", str(tmp_path / "nothing-here"), "--db", str(tmp_path / "x.db"), "-q"]) == 1
    assert main(["settings", "--set", "nonsense=1"]) == 2


def _run_cmd(db: Path) -> list[str]:
    from eventfuse.demo import example_inputs

    return [sys.executable, "-m", "eventfuse.cli", "run", *example_inputs(), "--db", str(db), "-q"]


def _state(db: Path) -> tuple[list[str], int, int]:
    with Store.open(db) as store:
        return sorted(e.id for e in store.events(limit=10_000)), store.stats()["articles"], store.stats()["mentions"]


@pytest.mark.slow
def test_kill_9_leaves_a_consistent_database_and_a_rerun_converges(tmp_path: Path, examples_db: Path) -> None:
    db = tmp_path / "killed.db"
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    for delay in (9.0, 14.0):
        proc = subprocess.Popen(_run_cmd(db), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
        if db.exists():
            import sqlite3

            con = sqlite3.connect(db)
            assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            orphans = con.execute(
                "SELECT COUNT(*) FROM mentions WHERE article NOT IN (SELECT id FROM articles)"
            ).fetchone()[0]
            con.close()
            assert orphans == 0
    done = subprocess.run(_run_cmd(db), check=False, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert _state(db) == _state(examples_db)


@pytest.mark.slow
def test_run_on_two_workers_gives_the_events_of_one(tmp_path: Path, examples_db: Path) -> None:
    from eventfuse.demo import example_inputs

    db = tmp_path / "two.db"
    assert _cli("run", *example_inputs(), "--db", str(db), "-q", "--workers", "2")[0] == 0
    assert _state(db) == _state(examples_db)
    # a second, incremental run with nothing new changes nothing
    assert _cli("run", *example_inputs(), "--db", str(db), "-q", "--workers", "2")[0] == 0
    assert _state(db) == _state(examples_db)


def test_run_refuses_a_negative_worker_count(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["run", str(EXAMPLES), "--db", str(tmp_path / "x.db"), "-q", "--workers", "-1"]) == 2
    assert "workers" in capsys.readouterr().err
