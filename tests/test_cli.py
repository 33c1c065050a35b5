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


def test_every_command_is_one_registry_entry() -> None:
    from eventfuse import cli

    assert tuple(c.name for c in cli.COMMANDS) == COMMANDS  # in the order --help lists them


def test_a_command_is_added_with_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    import argparse

    from eventfuse.common.cliargs import Command, CommandGroup, add_command
    from eventfuse.config import Settings

    seen: list[tuple[str, str]] = []

    def add_arguments(p: argparse.ArgumentParser) -> None:
        p.add_argument("name")

    def run(args: argparse.Namespace, settings: Settings) -> int:
        seen.append((args.name, settings.db))
        return 3

    parser = argparse.ArgumentParser(prog="x")
    group = CommandGroup("eval", "scores", (Command("hello", "say hello", add_arguments, run),),
                         metavar="DATASET")
    add_command(parser.add_subparsers(), group)
    args = parser.parse_args(["eval", "hello", "you", "--db", "h.db", "--set", "link_days=4"])
    assert args.func(args) == 3 and seen == [("you", "h.db")]
    args = parser.parse_args(["eval"])
    assert args.func(args) == 2 and "DATASET" in capsys.readouterr().out


def test_shared_argument_types() -> None:
    import argparse
    from datetime import date

    from eventfuse.common.bbox import BBoxError, parse_bbox
    from eventfuse.common.cliargs import bbox_arg, iso_date

    assert iso_date("2024-03-01") == date(2024, 3, 1)
    with pytest.raises(argparse.ArgumentTypeError, match="ISO date"):
        iso_date("1/3/2024")
    assert bbox_arg("-6,10,4,20") == (-6.0, 10.0, 4.0, 20.0)
    with pytest.raises(argparse.ArgumentTypeError, match="MIN_LON"):
        bbox_arg("1,2,3")
    assert parse_bbox("170,-10,-170,10") == (170.0, -10.0, -170.0, 10.0)  # across 180°
    with pytest.raises(BBoxError) as info:
        parse_bbox("0,95,1,96")
    assert info.value.out_of_range
    with pytest.raises(BBoxError) as info:
        parse_bbox("nan,0,1,1")
    assert not info.value.out_of_range


def test_a_lazy_command_loads_when_chosen(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["eval", "news", "--help"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    assert "usage: eventfuse eval news" in out and "--db" in out


def test_demo_and_render_do_not_import_the_cli() -> None:
    code = ("import sys, eventfuse.demo, eventfuse.render; "
            "sys.exit(int('eventfuse.cli' in sys.modules))")
    assert subprocess.run([sys.executable, "-c", code], check=False, timeout=120).returncode == 0


def test_help_does_not_load_the_pipeline() -> None:
    code = ("import sys; from eventfuse.cli import build_parser; build_parser(); "
            "heavy = {'eventfuse.pipeline', 'eventfuse.ingest', 'eventfuse.evaluate.news', "
            "'spacy', 'fastapi', 'ray'}; "
            "sys.exit(len(heavy & set(sys.modules)))")
    assert subprocess.run([sys.executable, "-c", code], check=False, timeout=120).returncode == 0
