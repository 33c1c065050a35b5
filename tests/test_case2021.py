"""`eventfuse eval case2021`: reading the task 2 TSV, scoring, the command (made-up snippets)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest
from conftest import shared_path

from eventfuse.common.cliargs import add_command
from eventfuse.config import Settings
from eventfuse.errors import InputError
from eventfuse.evaluate.case2021 import (
    EVAL_CASE2021,
    NONE,
    CaseRow,
    evaluate_case2021,
    format_case2021,
    read_case2021,
    score_case2021,
)

# Made-up snippets in the task's shape (tab-separated id, EventSnippet, SubType).
SNIPPETS = [
    ("1", "On Friday, hundreds of residents demonstrated peacefully in the town of Korlani to demand water.",
     "PEACE_PROTEST"),
    ("2", "A roadside bomb exploded under an army truck near Mesabou on Monday, killing two soldiers.",
     "REM_EXPLOS"),
    ("3", "Heavy rain fell across the valley for a week and the rivers rose above their banks.", "NATURAL_DISASTER"),
    ("4", "Gunmen abducted a village chief in Tindara on Tuesday night.", "ABDUCT_DISSAP"),
    ("5", 'The minister said "talks will resume" after meeting his counterpart.', "DIPLO"),
]


def write_tsv(path: Path, rows: list[tuple[str, str, str]], header: str = "id\tEventSnippet\tSubType") -> Path:
    path.write_text(header + "\n" + "".join("\t".join(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_reader_keeps_quotes_and_codes(tmp_path: Path) -> None:
    rows = read_case2021(write_tsv(tmp_path / "t.tsv", SNIPPETS))
    assert [r.id for r in rows] == ["1", "2", "3", "4", "5"]
    assert rows[4].text.startswith('The minister said "talks')  # quotes are text, not CSV quoting
    assert [r.is_event for r in rows] == [True, True, False, True, False]


def test_reader_refuses_wrong_files(tmp_path: Path) -> None:
    with pytest.raises(InputError) as err:
        read_case2021(tmp_path / "absent.tsv")
    assert err.value.code == "EF112"
    with pytest.raises(InputError) as err:
        read_case2021(write_tsv(tmp_path / "cols.tsv", SNIPPETS, header="id\ttext\tlabel"))
    assert "SubType" in err.value.message
    with pytest.raises(InputError) as err:
        read_case2021(write_tsv(tmp_path / "code.tsv", [("9", "Something happened.", "SHOOTOUT")]))
    assert "SHOOTOUT" in err.value.message and err.value.hint


def test_scores_by_hand() -> None:
    rows = [CaseRow("1", "a", "ATTACK"), CaseRow("2", "b", "ATTACK"), CaseRow("3", "c", "ARMED_CLASH"),
            CaseRow("4", "d", "ORG_CRIME"), CaseRow("5", "e", "DIPLO")]
    report = score_case2021(rows, ["ATTACK", "ARMED_CLASH", NONE, NONE, "ATTACK"])
    assert report["rows"] == 5 and report["event_rows"] == 3 and report["non_event_rows"] == 2
    assert report["sub_event_accuracy"] == round(1 / 3, 4)
    # ATTACK and ARMED_CLASH are both political violence but different event types
    assert report["event_type_accuracy"] == round(1 / 3, 4)
    assert report["accuracy_with_non_events"] == round(2 / 5, 4)
    assert report["event_found"] == round(2 / 3, 4)
    assert report["non_event_rejected"] == 0.5
    # ATTACK: tp 1, fp 1 (row 5), fn 1 -> F1 0.5; ARMED_CLASH: tp 0 -> 0
    assert report["per_type_f1"] == {"ARMED_CLASH": 0.0, "ATTACK": 0.5}
    assert report["macro_f1"] == 0.25
    assert report["confusion"]["ATTACK"] == {"ATTACK": 1, "ARMED_CLASH": 1}
    assert {"gold": "DIPLO", "predicted": "ATTACK", "n": 1} in report["top_confusions"]
    assert not any(c["gold"] == "ORG_CRIME" for c in report["top_confusions"])  # no event is right there
    assert "sub-event type accuracy" in format_case2021(report)


@pytest.mark.slow
def test_evaluate_with_the_rules(tmp_path: Path) -> None:
    report = evaluate_case2021(write_tsv(tmp_path / "t.tsv", SNIPPETS), settings=Settings(progress=False), limit=4)
    assert report["rows"] == 4 and report["classifier"] == "rules"
    assert report["confusion"]["PEACE_PROTEST"] == {"PEACE_PROTEST": 1}
    assert report["confusion"]["REM_EXPLOS"] == {"REM_EXPLOS": 1}
    assert report["confusion"]["NATURAL_DISASTER"] == {NONE: 1}
    assert report["snippets_per_second"] > 0


def _cli(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="eventfuse")
    ev = parser.add_subparsers().add_parser("eval").add_subparsers()
    add_command(ev, EVAL_CASE2021)
    return parser.parse_args(argv)


@pytest.mark.slow
def test_command_writes_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "report.json"
    args = _cli(["eval", "case2021", str(write_tsv(tmp_path / "t.tsv", SNIPPETS)), "--json", str(out), "-q",
                 "--set", "progress=false"])
    assert args.func(args) == 0
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["rows"] == 5 and "confusion" in report
    assert "eval case2021" in capsys.readouterr().out


@pytest.mark.shared
def test_reads_the_shared_test_set() -> None:
    rows = read_case2021(shared_path("eval", "case2021", "test_set_final_release_with_labels.tsv"))
    assert len(rows) > 1000
    assert sum(not r.is_event for r in rows) > 100
