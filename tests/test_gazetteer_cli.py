"""`eventfuse gazetteer add|lookup`: the user gazetteer from GeoNames dumps and CSV place lists."""

from __future__ import annotations

import argparse
import csv
import importlib.util
import itertools
import json
from pathlib import Path
from types import ModuleType

import pytest

from eventfuse.common.cliargs import add_command
from eventfuse.config import Settings
from eventfuse.errors import InputError
from eventfuse.geo import Gazetteer, resolve_place
from eventfuse.geo.cli import GAZETTEER, explain_candidates
from eventfuse.geo.user import add_csv, add_dumps, default_user_gazetteer, user_gazetteer_path
from eventfuse.geo.weights import NAME_KIND_MALUS
from eventfuse.records import PlaceMention, Span

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "geo"
SHIPPED = ROOT / "src" / "eventfuse" / "data" / "gazetteer.sqlite"

pytestmark = pytest.mark.skipif(not SHIPPED.is_file(), reason="shipped gazetteer not built")

PLACES_CSV = """name,alternate_names,lat,lon,admin1,admin2,country
Zorbitaga,Zorbi;Zorbi-Ville,15.1234,-2.2345,Mopti,Douentza,Mali
Kwenkoro,,13.5,-1.5,Nord,Yatenga,BF
"""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="eventfuse")
    sub = parser.add_subparsers(dest="command")

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("--db")
        p.add_argument("--config")
        p.add_argument("--set", action="append")

    add_command(sub, GAZETTEER, common)
    return parser


def _run(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    return int(args.func(args))


@pytest.fixture()
def places_csv(tmp_path: Path) -> Path:
    path = tmp_path / "places.csv"
    path.write_text(PLACES_CSV, encoding="utf-8")
    return path


def test_add_dump_then_resolve_with_user_file(tmp_path: Path) -> None:
    out = tmp_path / "user.sqlite"
    counts = add_dumps([FIXTURES / "user_invented.txt"], out)
    assert counts["places"] == 3
    with Gazetteer.open(user_path=out) as gaz:
        found = gaz.candidates("Ferkolo")
        assert found and found[0].entry.from_user and found[0].entry.country_code == "CI"
        assert "CI" in gaz.detailed_countries
        text = "Gunmen attacked Nianfé on Sunday."
        start = text.index("Nianfé")
        mention = PlaceMention("Nianfé", Span("a", start, start + 6, "Nianfé"), relation=None)
        place = resolve_place([mention], [mention], gazetteer=gaz)
    assert place is not None and place.admin1 == "Savane Est" and place.geo_precision == 1
    # re-adding the same dump replaces its rows
    assert add_dumps([FIXTURES / "user_invented.txt"], out)["places"] == 3


def test_add_csv_places_and_aliases(tmp_path: Path, places_csv: Path) -> None:
    out = tmp_path / "user.sqlite"
    with Gazetteer.open() as shipped:
        counts = add_csv(places_csv, out, country_code=shipped.country_code)
        again = add_csv(places_csv, out, country_code=shipped.country_code)
    assert counts["places"] == 2 and again == counts  # idempotent
    with Gazetteer.open(user_path=out) as gaz:
        for name in ("Zorbitaga", "Zorbi-Ville", "zorbi ville"):
            top = gaz.candidates(name)[0].entry
            assert top.from_user and top.admin2 == "Douentza" and top.country == "Mali"
            assert abs(top.lat - 15.1234) < 1e-4
        assert gaz.candidates("Kwenkoro")[0].entry.country_code == "BF"
        assert "Zorbitaga" in gaz.names_for_ruler()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("name,lat\nA,1\n", "lacks the columns"),
        ("name,lat,lon,country\nA,north,2,Mali\n", "not numbers"),
        ("name,lat,lon,country\nA,1,2,Atlantis\n", "unknown country"),
        ("name,lat,lon,country\nA,100,2,Mali\n", "out of range"),
    ],
)
def test_add_csv_rejects_bad_rows(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(text, encoding="utf-8")
    with Gazetteer.open() as shipped, pytest.raises(InputError, match=message):
        add_csv(path, tmp_path / "u.sqlite", country_code=shipped.country_code)


def test_default_user_file_sits_beside_the_database(tmp_path: Path) -> None:
    settings = Settings(db=str(tmp_path / "events.db"))
    assert default_user_gazetteer(settings) == tmp_path / "user_gazetteer.sqlite"
    assert user_gazetteer_path(settings) is None  # not created yet
    add_dumps([FIXTURES / "user_invented.txt"], default_user_gazetteer(settings))
    assert user_gazetteer_path(settings) == tmp_path / "user_gazetteer.sqlite"
    explicit = Settings(db=str(tmp_path / "events.db"), user_gazetteer=str(tmp_path / "x.sqlite"))
    assert default_user_gazetteer(explicit) == tmp_path / "x.sqlite"


def test_cli_add_and_lookup(
    tmp_path: Path, places_csv: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "user.sqlite"
    assert _run(["gazetteer", "add", str(FIXTURES / "user_invented.txt"), "--csv", str(places_csv),
                 "--out", str(out)]) == 0  # fmt: skip
    capsys.readouterr()
    assert _run(["gazetteer", "lookup", "Zorbi", "--json", "--set", f"user_gazetteer={out}"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows[0]["name"] == "Zorbitaga" and rows[0]["source"] == "user"
    assert any("user gazetteer" in r for r in rows[0]["reasons"])
    assert _run(["gazetteer", "lookup", "Ferkolo", "--set", f"user_gazetteer={out}"]) == 0
    assert "Ferkolo" in capsys.readouterr().out
    assert _run(["gazetteer", "lookup", "Qxzqxzqxz"]) == 1


def test_lookup_explains_rank(capsys: pytest.CaptureFixture[str]) -> None:
    with Gazetteer.open() as gaz:
        rows = explain_candidates(gaz, "Tombouctou", country="Mali", limit=5)
        fuzzy = explain_candidates(gaz, "Tombuctou", country="ML", limit=3)
    assert rows[0]["feature"] == "P.PPLA" and rows[0]["country"] == "Mali"
    assert [r["rank"] for r in rows] == list(range(1, len(rows) + 1))
    assert all(r["rank_score"] >= s["rank_score"] for r, s in itertools.pairwise(rows))
    assert any(r["feature"] == "A.ADM1" for r in rows)
    assert any("exact match" in reason for reason in rows[0]["reasons"])
    # the score is the resolver's, and its terms are the resolver's own numbers
    for row in rows:
        assert sum(row["terms"].values()) == pytest.approx(row["rank_score"], abs=0.01)
        assert len(row["reasons"]) == 1 + len(row["terms"])
    region = next(r for r in rows if r["feature"] == "A.ADM1")
    assert region["terms"]["alias or admin short name"] == -NAME_KIND_MALUS
    assert fuzzy and fuzzy[0]["match"] == "fuzzy" and fuzzy[0]["similarity"] >= 85


def test_add_without_input_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="nothing to add"):
        _run(["gazetteer", "add", "--out", str(tmp_path / "u.sqlite")])


# --------------------------------------------------------------------------- ACLED locations
def _script() -> ModuleType:
    path = ROOT / "scripts" / "acled_locations_csv.py"
    spec = importlib.util.spec_from_file_location("acled_locations_csv", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_acled_locations_csv_uses_only_earlier_rows(tmp_path: Path) -> None:
    export = tmp_path / "export.csv"
    header = ["event_date", "country", "admin1", "admin2", "location", "latitude", "longitude"]
    rows = [
        ["2020-01-02", "Mali", "Mopti", "Douentza", "Zorbitaga", "15.1", "-2.2"],
        ["2020-03-02", "Mali", "Mopti", "Douentza", "Zorbitaga", "15.1", "-2.2"],
        ["2020-05-02", "Mali", "Gao", "Ansongo", "Kwenkoro", "15.6", "0.5"],
        ["2021-08-01", "Mali", "Gao", "Gao", "Laterville", "16.2", "0.1"],
    ]
    with export.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    module = _script()
    out = tmp_path / "locations.csv"
    assert module.main([str(export), "--before", "2021-07-01", "--out", str(out)]) == 0
    written = list(csv.DictReader(out.open(encoding="utf-8")))
    assert sorted(r["name"] for r in written) == ["Kwenkoro", "Zorbitaga"]
    with Gazetteer.open() as shipped:
        counts = add_csv(out, tmp_path / "u.sqlite", country_code=shipped.country_code)
    assert counts["places"] == 2
    inside = ROOT / "acled_locations_test_output.csv"
    assert module.main([str(export), "--out", str(inside)]) == 2
    assert not inside.exists()
