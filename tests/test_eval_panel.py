"""`eventfuse eval panel`: every gold set present in an evaluation folder scored by the single
evaluations' own functions, one table (text, Markdown, JSON); invented gold files in a
temporary folder, and one cheap run on the team's folder when ../shared is present."""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path

import pytest
from conftest import SHARED

from eventfuse.cli import main
from eventfuse.config import Settings
from eventfuse.errors import InputError
from eventfuse.evaluate.case2021 import evaluate_case2021
from eventfuse.evaluate.geoparse import evaluate_geoparse
from eventfuse.evaluate.news import ARTICLES_FILE, TRUTH_FILE
from eventfuse.evaluate.panel import EVAL_DIR_ENV, GOLD_SETS, eval_dir, run_panel
from eventfuse.evaluate.panel_report import MEASURES, format_markdown, format_panel, headline
from eventfuse.pipeline import Stages
from eventfuse.taxonomy import ARMED_CLASH, BATTLES

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = ROOT / "src" / "eventfuse" / "data" / "gazetteer.sqlite"
needs_gazetteer = pytest.mark.skipif(not SHIPPED.is_file(), reason="shipped gazetteer not built")
BY_KEY = {g.key: g for g in GOLD_SETS}

# An invented article in the GeoWebNews format: two places the shipped gazetteer knows.
GEO_TEXT = "Delegates flew from Dakar to Niamey for the meeting."


def _toponym(name: str, lat: float, lon: float) -> str:
    start = GEO_TEXT.index(name)
    return (f"<toponym><extractedName>{name}</extractedName><start>{start}</start>"
            f"<end>{start + len(name)}</end><latitude>{lat}</latitude><longitude>{lon}</longitude></toponym>")


def write_geo(root: Path, name: str) -> Path:
    path = root / "geoparsing" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    toponyms = _toponym("Dakar", 14.6937, -17.44406) + _toponym("Niamey", 13.51366, 2.1098)
    path.write_text(f"<articles><article docid='1'><text>{GEO_TEXT}</text><toponyms>{toponyms}</toponyms>"
                    "</article></articles>", encoding="utf-8")
    return path


# Invented snippets in the CASE 2021 task 2 shape (an ACLED type, and one outside ACLED's types).
SNIPPETS = [
    ("1", "Gunmen attacked an army post near the town of Velmora on Monday, killing three soldiers.",
     "ARMED_CLASH"),
    ("2", "Hundreds of traders marched peacefully through Velmora on Friday to protest a new market tax.",
     "PEACE_PROTEST"),
    ("3", "A storm flooded the low districts of the coastal city and closed the port for two days.",
     "NATURAL_DISASTER"),
]


def write_case(root: Path) -> Path:
    path = root / BY_KEY["case2021"].path
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("id\tEventSnippet\tSubType\n" + "".join("\t".join(r) + "\n" for r in SNIPPETS),
                    encoding="utf-8")
    return path


# Invented reports of one invented ambush, in English and in French, and a distractor.
ARTICLES = [
    {"id": "e1", "language": "en", "published": "2021-05-04",
     "text": "Armed men ambushed a gendarmerie patrol near the village of Tessoumba on Monday, killing "
             "two gendarmes, the security ministry said on Tuesday."},
    {"id": "f1", "language": "fr", "published": "2021-05-04",
     "text": "Deux gendarmes ont été tués lundi dans une embuscade tendue par des hommes armés près du "
             "village de Tessoumba, a indiqué mardi le ministère de la Sécurité."},
    {"id": "d1", "language": "fr", "published": "2021-05-05",
     "text": "Le conseil municipal a voté mercredi le budget de la nouvelle école primaire."},
]


def write_news(root: Path) -> Path:
    folder = root / BY_KEY["real-news"].path
    folder.mkdir(parents=True, exist_ok=True)
    (folder / ARTICLES_FILE).write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    truth = {"incidents": [{
        "incident": "tessoumba", "articles": ["e1", "f1"], "acled_ids": ["X1"], "event_date": "2021-05-03",
        "event_type": BATTLES, "sub_event_type": ARMED_CLASH, "admin1": "", "location": "Tessoumba",
        "latitude": None, "longitude": None, "geo_precision": 1, "acled_fatalities": 2,
    }], "distractors": ["d1"]}
    (folder / TRUTH_FILE).write_text(json.dumps(truth), encoding="utf-8")
    return folder


def test_help_names_the_options(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["eval", "panel", "--help"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    assert "usage: eventfuse eval panel" in out
    for option in ("--data", "--only", "--json", "--markdown", "--quiet", "--set", EVAL_DIR_ENV, "absent"):
        assert option in out, option
    flat = " ".join(out.split()).replace("- ", "-")  # argparse wraps "geo-trnews" after its hyphen
    assert all(g.key in flat for g in GOLD_SETS)


def test_unknown_set_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["eval", "panel", "--only", "geo-gwn,nowhere"])
    assert info.value.code == 2
    assert "unknown gold set nowhere" in capsys.readouterr().err


def test_no_set_present_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(InputError) as err:
        run_panel(tmp_path, settings=Settings(progress=False))
    assert err.value.code == "EF112" and "--data" in err.value.hint
    assert main(["eval", "panel", "--data", str(tmp_path / "empty"), "-q"]) == 2
    err_text = capsys.readouterr().err
    assert "no gold set found" in err_text and EVAL_DIR_ENV in err_text


def test_eval_dir_order(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(EVAL_DIR_ENV, str(tmp_path))
    assert eval_dir("given") == Path("given")
    assert eval_dir(None) == tmp_path
    monkeypatch.delenv(EVAL_DIR_ENV)
    assert eval_dir(None) == Path("..") / "shared" / "eval"


@needs_gazetteer
def test_geoparsing_sets_json_and_absent_sets(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "eval"
    write_geo(data, "GWN.xml")
    write_geo(data, "TR-News.xml")
    out = tmp_path / "panel.json"
    argv = ["eval", "panel", "--data", str(data), "--json", str(out), "-q", "--db", str(tmp_path / "x.db")]
    assert main(argv) == 0
    text = capsys.readouterr().out
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["eval_dir"] == str(data) and doc["settings"]["classifier"] == "rules"
    assert not any(name.startswith("api_") for name in doc["settings"])
    assert [s["key"] for s in doc["sets"]] == [g.key for g in GOLD_SETS]
    status = {s["key"]: s["status"] for s in doc["sets"]}
    assert status == {g.key: "scored" if g.key in ("geo-gwn", "geo-trnews") else "absent" for g in GOLD_SETS}
    gwn = next(s for s in doc["sets"] if s["key"] == "geo-gwn")
    assert list(gwn["headline"]) == [label for label, _ in MEASURES["geoparse"]]
    assert gwn["headline"]["gold toponyms"] == 2 and gwn["headline"]["within 161 km"] == 1.0
    assert gwn["seconds"] >= 0 and gwn["error"] is None
    # the panel's report is the single evaluation's report
    alone = evaluate_geoparse(data / "geoparsing" / "GWN.xml", settings=Settings(progress=False))
    assert {k: v for k, v in gwn["report"].items() if k != "toponyms_per_second"} == \
        {k: v for k, v in alone.items() if k != "toponyms_per_second"}
    absent = next(s for s in doc["sets"] if s["key"] == "acled-mali")
    assert absent["report"] is None and absent["headline"] is None
    # the text table: every set, the absent ones with the file they lack
    assert "GeoWebNews" in text and "within 161 km" in text
    for g in GOLD_SETS:
        assert g.title in text
        if status[g.key] == "absent":
            assert any("absent" in line and g.path in line for line in text.splitlines()), g.key


@needs_gazetteer
def test_markdown_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "eval"
    write_geo(data, "lgl.xml")
    assert main(["eval", "panel", "--data", str(data), "--only", "geo-lgl,geo-gwn", "--markdown", "-q",
                 "--db", str(tmp_path / "x.db")]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines[:2] == ["| set | measure | value |", "|---|---|---|"]
    # the sets in the panel's order (GWN, then LGL), whatever the order of --only
    assert lines[2] == f"| {BY_KEY['geo-gwn'].title} | absent | `geoparsing/GWN.xml` |"
    assert lines[3] == f"| {BY_KEY['geo-lgl'].title} | gold toponyms | 2 |"
    assert lines[4] == "|  | within 161 km | 1.0 |"
    assert all(line.startswith("| ") and line.endswith(" |") and line.count(" | ") == 2 for line in lines[2:])
    assert len(lines) == 2 + len(MEASURES["geoparse"]) + 1


def test_a_broken_file_is_an_error_row_and_exit_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "eval"
    (data / "geoparsing").mkdir(parents=True)
    (data / "geoparsing" / "GWN.xml").write_text("<articles><article>", encoding="utf-8")
    assert main(["eval", "panel", "--data", str(data), "--only", "geo-gwn", "-q",
                 "--db", str(tmp_path / "x.db")]) == 1
    line = next(x for x in capsys.readouterr().out.splitlines() if "GeoWebNews" in x)
    assert "error" in line and "not readable XML" in line


def test_acled_rows_show_the_issue_s_measures() -> None:
    report = {"rows": 3, "event_type_accuracy": 1.0, "sub_event_type_accuracy": 0.6667,
              "sub_event_type_macro_f1": 0.5, "admin1_accuracy": 0.3333, "fatalities_exact": None}
    assert headline("acled", report) == [
        ("notes scored", 3), ("event type", 1.0), ("sub-event type", 0.6667),
        ("sub-event type macro-F1", 0.5), ("admin1", 0.3333), ("fatalities exact", None)]


@pytest.mark.slow
@needs_gazetteer
def test_extraction_sets_with_one_stages(tmp_path: Path, stages: Stages, settings: Settings) -> None:
    data = tmp_path / "eval"
    case = write_case(data)
    write_news(data)
    acled = data / BY_KEY["acled-mali"].path
    acled.parent.mkdir(parents=True)
    with acled.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["event_id_cnty", "event_date", "event_type", "sub_event_type", "admin1",
                         "fatalities", "notes"])
        writer.writerow(["X1", "2021-08-02", BATTLES, ARMED_CLASH, "Kayes", "2",
                         ("On 2 August 2021, soldiers clashed with armed men near Kayes (Kayes). "
                          "Two soldiers were killed.")])
        writer.writerow(["X0", "2021-06-01", BATTLES, ARMED_CLASH, "Kayes", "0", "Before the split."])
    lines: list[str] = []
    results = run_panel(data, settings=settings, stages=stages, log=lines.append)
    by_key = {r.gold.key: r for r in results}
    assert {k for k, r in by_key.items() if r.status == "scored"} == {"acled-mali", "case2021", "real-news"}
    assert by_key["acled-mali"].report is not None and by_key["acled-mali"].report["rows"] == 1  # since 2021-07-01
    alone = evaluate_case2021(case, settings=settings, stages=stages)
    panel_case = dict(headline("case2021", by_key["case2021"].report))
    assert panel_case["sub-event type"] == alone["sub_event_accuracy"]
    assert panel_case["non-events rejected"] == alone["non_event_rejected"]
    news = dict(headline("news", by_key["real-news"].report))
    assert news["incidents"] == 1
    for lang in ("en", "fr"):  # the per-language rows, one set of each
        assert f"event type, {lang}" in news and f"sub-event type, {lang}" in news
    assert any("real-news: scored in" in line for line in lines)
    text = format_panel(results, root=data, classifier=settings.classifier)
    assert "events per incident (a)" in text and "non-events rejected" in text
    assert format_markdown(results).count("| absent |") == len(GOLD_SETS) - 3


@pytest.mark.shared
@pytest.mark.slow
def test_on_the_team_eval_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """One cheap set (TR-News) of the real folder ($EVENTFUSE_EVAL_DIR or ../shared/eval)."""
    data = Path(os.environ.get(EVAL_DIR_ENV) or SHARED / "eval")
    if not (data / BY_KEY["geo-trnews"].path).is_file():
        pytest.skip(f"needs {data} (../shared is not present)")
    assert main(["eval", "panel", "--data", str(data), "--only", "geo-trnews", "-q",
                 "--db", str(tmp_path / "x.db")]) == 0
    out = capsys.readouterr().out
    assert "TR-News" in out and "within 161 km" in out


@needs_gazetteer
def test_an_earlier_panel_beside(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "eval"
    write_geo(data, "GWN.xml")
    rules = tmp_path / "rules.json"
    common = ["eval", "panel", "--data", str(data), "--only", "geo-gwn,geo-lgl", "-q", "--db", str(tmp_path / "x.db")]
    assert main([*common, "--json", str(rules)]) == 0
    doc = json.loads(rules.read_text(encoding="utf-8"))
    doc["sets"][0]["headline"]["within 161 km"] = 0.25  # as if an earlier layer had scored less
    rules.write_text(json.dumps(doc), encoding="utf-8")
    capsys.readouterr()
    assert main([*common, "--json", str(tmp_path / "new.json"), "--beside", str(rules), "--markdown"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines[:2] == ["| set | measure | rules | new |", "|---|---|---|---|"]
    assert "|  | within 161 km | 0.25 | 1.0 |" in lines
    assert f"| {BY_KEY['geo-lgl'].title} | absent |  | `geoparsing/lgl.xml` |" in lines
    assert main([*common, "--beside", str(rules)]) == 0
    text = capsys.readouterr().out
    assert "rules  value" in text and any(x.split()[-2:] == ["0.25", "1.0"] for x in text.splitlines())
    (tmp_path / "bad.json").write_text("[1, 2]", encoding="utf-8")
    assert main([*common, "--beside", str(tmp_path / "bad.json")]) == 2
    assert "not a panel's JSON" in capsys.readouterr().err


@needs_gazetteer
def test_table_prints_an_earlier_panel_again(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "eval"
    write_geo(data, "GWN.xml")
    saved = tmp_path / "saved.json"
    common = ["eval", "panel", "--data", str(data), "-q", "--db", str(tmp_path / "x.db")]
    assert main([*common, "--json", str(saved)]) == 0
    scored = capsys.readouterr().out
    (data / "geoparsing" / "GWN.xml").unlink()  # --table scores nothing: the gold is not read again
    assert main(["eval", "panel", "--table", str(saved)]) == 0
    assert capsys.readouterr().out == scored
    assert main(["eval", "panel", "--table", str(saved), "--only", "geo-gwn", "--markdown"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 2 + len(MEASURES["geoparse"]) and "| gold toponyms | 2 |" in lines[2]
    assert main(["eval", "panel", "--table", str(saved), "--json", str(tmp_path / "again.json")]) == 2
    assert "--table" in capsys.readouterr().err
