"""`eventfuse eval geoparse`: toponym resolution scored on GeoWebNews/LGL-style XML corpora."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from eventfuse.common.cliargs import add_command
from eventfuse.config import Settings
from eventfuse.errors import InputError
from eventfuse.evaluate.geoparse import (
    EVAL_GEOPARSE,
    evaluate_geoparse,
    format_geoparse,
    read_geoparse,
)

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(__file__).resolve().parents[2] / "shared"
SHIPPED = ROOT / "src" / "eventfuse" / "data" / "gazetteer.sqlite"

needs_gazetteer = pytest.mark.skipif(not SHIPPED.is_file(), reason="shipped gazetteer not built")

# Invented articles, one in each corpus format.
GWN_TEXT = "Protesters marched in Paris and in Bamako. Nobody went to Qxzqxzville."
LGL_TEXT = "Officials in Dakar said a convoy left Niamey for Lyon."


def _span(text: str, name: str) -> tuple[int, int]:
    start = text.index(name)
    return start, start + len(name)


def _gwn_toponym(text: str, name: str, lat: float | None, lon: float | None) -> str:
    start, end = _span(text, name)
    coords = f"<latitude>{lat}</latitude><longitude>{lon}</longitude>" if lat is not None else ""
    return (
        f"<toponym><extractedName>{name}</extractedName><type>Literal</type>"
        f"<start>{start}</start><end>{end}</end>{coords}</toponym>"
    )


def _lgl_toponym(text: str, name: str, lat: float, lon: float) -> str:
    start, end = _span(text, name)
    return (
        f"<toponym><start>{start}</start><end>{end}</end><phrase>{name}</phrase>"
        f'<gaztag geonameid="1"><name>{name}</name><lat>{lat}</lat><lon>{lon}</lon></gaztag>'
        "</toponym>"
    )


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    gwn = "".join(
        [
            _gwn_toponym(GWN_TEXT, "Paris", 48.85341, 2.3488),
            _gwn_toponym(GWN_TEXT, "Bamako", 12.65, -8.0),
            _gwn_toponym(GWN_TEXT, "Qxzqxzville", 10.0, 10.0),
            _gwn_toponym(GWN_TEXT, "Nobody", None, None),  # no coordinates: not scored
        ]
    )
    lgl = "".join(
        [
            _lgl_toponym(LGL_TEXT, "Dakar", 14.6937, -17.44406),
            _lgl_toponym(LGL_TEXT, "Niamey", 13.51366, 2.1098),
            _lgl_toponym(LGL_TEXT, "Lyon", -33.0, 151.0),  # gold far from the French city
        ]
    )
    path = tmp_path / "corpus.xml"
    path.write_text(
        "<?xml version='1.0' encoding='utf-8'?><articles>"
        f'<article file="0"><text>{GWN_TEXT}</text><toponyms>{gwn}</toponyms></article>'
        f'<article docid="7"><text>{LGL_TEXT}</text><toponyms count="3">{lgl}</toponyms>'
        "</article></articles>",
        encoding="utf-8",
    )
    return path


def test_read_both_formats(corpus: Path) -> None:
    articles = list(read_geoparse(corpus))
    assert [a.id for a in articles] == ["0", "7"]
    assert [t.name for t in articles[0].toponyms] == ["Paris", "Bamako", "Qxzqxzville"]
    assert articles[1].toponyms[0].lat == pytest.approx(14.6937)


@needs_gazetteer
def test_scores(corpus: Path) -> None:
    report = evaluate_geoparse(corpus, settings=Settings(), document_default=False)
    assert report["toponyms"] == 6
    assert report["unresolved"] == 1  # the invented name
    assert report["resolved"] == 5
    # Paris, Bamako, Dakar, Niamey right; Lyon's gold point is on another continent
    assert report["within_161km"] == pytest.approx(4 / 6, abs=1e-4)
    assert report["within_161km_found"] == report["within_161km"]
    assert report["placed_by_default"] == 0
    assert report["mean_error_km"] > 1000
    assert "gold toponym spans" in report["mode"]
    assert "within 161 km" in format_geoparse(report)
    assert evaluate_geoparse(corpus, settings=Settings(), limit=1)["toponyms"] == 3


@needs_gazetteer
def test_unknown_name_is_placed_at_the_articles_main_place(corpus: Path) -> None:
    report = evaluate_geoparse(corpus, settings=Settings(), document_default=True)
    # "Qxzqxzville" goes to Paris, the first named town of its article: far from its gold
    assert (report["unresolved"], report["resolved"], report["placed_by_default"]) == (0, 6, 1)
    assert report["within_161km"] == pytest.approx(4 / 6, abs=1e-4)
    assert report["within_161km_found"] == pytest.approx(4 / 6, abs=1e-4)
    assert "without defaults" in format_geoparse(report)


def test_geovirus_format_with_offsets_counted_from_one(tmp_path: Path) -> None:
    text = "Health teams culled hogs near Dakar and in Thies on Sunday."
    locations = ""
    for name, lat, lon in (("Dakar", 14.69, -17.44), ("Thies", 14.79, -16.93)):
        start = text.index(name) + 1  # the corpus counts from 1
        locations += (
            f"<location><name>{name}</name><start>{start}</start><end>{start + len(name)}</end>"
            f"<lat>{lat}</lat><lon>{lon}</lon><page>x</page></location>"
        )
    path = tmp_path / "geovirus.xml"
    path.write_text(
        f"<articles><article><source>s</source><text>{text}</text>"
        f"<locations>{locations}</locations></article></articles>",
        encoding="utf-8",
    )
    (article,) = read_geoparse(path)
    assert [t.name for t in article.toponyms] == ["Dakar", "Thies"]
    assert article.toponyms[1].lat == pytest.approx(14.79)
    assert text[article.toponyms[0].start : article.toponyms[0].end] == "Dakar"


def test_missing_or_broken_file(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        list(read_geoparse(tmp_path / "nope.xml"))
    bad = tmp_path / "bad.xml"
    bad.write_text("<articles><article>", encoding="utf-8")
    with pytest.raises(InputError):
        list(read_geoparse(bad))


@needs_gazetteer
def test_parser_wiring(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers()
    ev = sub.add_parser("eval").add_subparsers()

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("--db")
        p.add_argument("--config")
        p.add_argument("--set", action="append")

    add_command(ev, EVAL_GEOPARSE, common)
    args = parser.parse_args(["eval", "geoparse", str(corpus), "--document-default"])
    assert args.document_default and args.func(args) == 0
    assert "within 161 km" in capsys.readouterr().out
    args = parser.parse_args(["eval", "geoparse", str(corpus)])
    assert not args.document_default and args.func(args) == 0
    out = capsys.readouterr().out
    assert "placed at the article's main place   0" in out


@needs_gazetteer
@pytest.mark.skipif(
    not (SHARED / "eval" / "geoparsing" / "GWN.xml").is_file(),
    reason="shared geoparsing corpora absent",
)
def test_geowebnews_sample() -> None:
    report = evaluate_geoparse(
        SHARED / "eval" / "geoparsing" / "GWN.xml", settings=Settings(), limit=40,
        document_default=True,
    )
    assert report["toponyms"] > 300
    # 0.8439 with the world areas, country points and defaults; 0.7276 without defaults
    assert report["within_161km"] >= 0.82
    assert report["within_161km_found"] >= 0.70
