"""Acts a report tells that are no event of their own (an earlier incident recalled, a looting
folded into the attack, ...) are stored with their reason and shown by `show` (card and --json)
and by the mention export (issue #13, item 1). Invented reports, English and French."""

from __future__ import annotations

import io
import json
import sqlite3
from contextlib import redirect_stdout
from pathlib import Path

import pytest

from eventfuse.cli import main
from eventfuse.store import SCHEMA_VERSION, Store
from eventfuse.store.schema import MIGRATIONS

REPORTS = {
    "en": {
        "title": "Deadly attack in Tessit",
        "text": "Gunmen killed five civilians on Monday in the village of Tessit, Mali, local "
        "sources said. The attackers also torched shops. In 2019, a similar attack killed 20 "
        "people in the same village.",
        "recalled": "In 2019, a similar attack",
    },
    "fr": {
        "title": "Attaque meurtrière à Tessit",
        "text": "Des hommes armés ont tué cinq civils lundi dans le village de Tessit, au Mali, "
        "selon des sources locales. Ils ont volé du bétail. En 2019, une attaque similaire "
        "avait fait 20 morts dans la même localité.",
        "recalled": "En 2019, une attaque similaire",
    },
}


def _cli(*args: str) -> str:
    out = io.StringIO()
    with redirect_stdout(out):
        assert main(list(args)) == 0
    return out.getvalue()


@pytest.fixture(scope="module", params=sorted(REPORTS))
def told(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path]:
    lang = str(request.param)
    report = REPORTS[lang]
    folder = tmp_path_factory.mktemp(f"aside-{lang}")
    source = folder / "reports.jsonl"
    line = {"id": "r1", "published": "2024-03-12", "language": lang, "title": report["title"],
            "text": report["text"]}
    source.write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    db = folder / "ef.db"
    _cli("run", str(source), "--db", str(db), "-q")
    return lang, db


def _event_id(db: Path) -> str:
    lines = _cli("events", "--db", str(db), "--json").splitlines()
    assert len(lines) == 1, lines  # the recalled attack is no event of its own
    return str(json.loads(lines[0])["id"])


def test_show_json_lists_the_acts_set_aside_with_their_reasons(told: tuple[str, Path]) -> None:
    lang, db = told
    document = json.loads(_cli("show", _event_id(db), "--db", str(db), "--json"))
    reasons = {act["reason"] for act in document["set_aside"]}
    quotes = " ".join(act["quote"] for act in document["set_aside"])
    assert "past_year" in reasons and REPORTS[lang]["recalled"] in quotes
    assert "part_of_main" in reasons  # the looting / burning told inside the attack
    assert all(act["article"] in document["articles"] for act in document["set_aside"])


def test_the_card_says_why_each_act_was_set_aside(told: tuple[str, Path]) -> None:
    _lang, db = told
    card = _cli("show", _event_id(db), "--db", str(db))
    assert "Set aside in these reports" in card
    assert "· past_year" in card


def test_the_mention_export_carries_the_article_s_set_aside_acts(told: tuple[str, Path]) -> None:
    _lang, db = told
    rows = [json.loads(line) for line in
            _cli("export", "--db", str(db), "--format", "jsonl", "--level", "mentions").splitlines()]
    assert rows and all("set_aside" in row for row in rows)
    assert "past_year" in {act["reason"] for row in rows for act in row["set_aside"]}


def test_a_database_of_the_first_schema_gains_the_set_aside_column(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    db = sqlite3.connect(path, isolation_level=None)
    MIGRATIONS[0].apply(db)
    db.execute("PRAGMA user_version = 1")
    db.close()
    with Store.open(path) as store:
        assert store.set_aside(["nothing"]) == {}
    with sqlite3.connect(path) as again:
        assert again.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION >= 2
        columns = {row[1] for row in again.execute("PRAGMA table_info(article_state)")}
    assert "set_aside" in columns
