"""Issue #15 (8): CSV exports neutralise spreadsheet formulas in text cells, not numbers."""

from __future__ import annotations

import csv
import io

import pytest
from store_records import make_event

from eventfuse.export import export_events
from eventfuse.export.writers import neutralise_formula
from eventfuse.records import Article


def _article(outlet: str) -> Article:
    text = "Gunmen attacked a village on Monday."
    return Article(id="a1", text=text, outlet=outlet, language="en", source="test")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=HYPERLINK(\"http://evil.example\")", "'=HYPERLINK(\"http://evil.example\")"),
        ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
        ("-2+3+cmd", "'-2+3+cmd"),
        ("@SUM(1+1)", "'@SUM(1+1)"),
        ("\t=1+1", "'\t=1+1"),
        ("\r=1+1", "'\r=1+1"),
        ("Mali Daily", "Mali Daily"),
        ("-3.5", "-3.5"),
        ("+12", "+12"),
        ("", ""),
    ],
)  # fmt: skip
def test_neutralise_formula(value: str, expected: str) -> None:
    assert neutralise_formula(value) == expected


def test_acled_csv_neutralises_outlets_and_text_but_not_numbers() -> None:
    event = make_event(
        "E1", actor1="=cmd()", notes="@attack reported", articles=("a1",)
    )
    out = io.StringIO()
    export_events([event], fmt="acled", out=out, articles={"a1": _article("=HYPERLINK(1)")})
    [row] = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert row["source"] == "'=HYPERLINK(1)"
    assert row["actor1"] == "'=cmd()"
    assert row["notes"] == "'@attack reported"
    assert row["longitude"] == "-4.1827" and float(row["longitude"]) < 0
    assert row["latitude"] == "14.4843"
    assert not any(
        value.startswith(("=", "+", "@", "\t", "\r")) for value in row.values()
    )
