"""Dev-set floors: the tuning-split scores may go up with a change, never down."""

from __future__ import annotations

import hashlib
import json
import warnings
from datetime import date
from pathlib import Path

import pytest
from conftest import shared_path

from eventfuse.config import Settings
from eventfuse.evaluate.acled import evaluate_acled, read_gold, strip_label

FLOORS = json.loads((Path(__file__).parent / "golden" / "acled_floors.json").read_text(encoding="utf-8"))


def data_note(path: Path, measured_on: str) -> str:
    """Empty when ``path`` is the file the floors were measured on; otherwise a line saying it is
    not (also raised as a warning), so a floor failure on other data is read for what it is."""
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest == measured_on:
        return ""
    note = (
        f"{path.name} differs from the data the floors were measured on "
        f"(sha256 {digest[:12]}..., floors measured on {measured_on[:12]}...): re-measure the floors"
    )
    warnings.warn(note, stacklevel=2)
    return " -- " + note


@pytest.mark.parametrize(
    ("notes", "stripped"),
    [
        ("Looting: On 3 July 2021, gunmen looted shops.", "On 3 July 2021, gunmen looted shops."),
        ("Property destruction: Around 5 May, a school burned.", "Around 5 May, a school burned."),
        ("On 3 July 2021: nothing to strip here.", "On 3 July 2021: nothing to strip here."),
    ],
)
def test_label_prefix_is_stripped(notes: str, stripped: str) -> None:
    assert strip_label(notes) == stripped


@pytest.mark.slow
def test_tuning_split_scores_stay_above_their_floors() -> None:
    path = shared_path(*FLOORS["file"].split("/"))
    report = evaluate_acled(path, settings=Settings(progress=False), since=date.fromisoformat(FLOORS["since"]))
    note = data_note(path, FLOORS["sha256"])
    print({k: report[k] for k in FLOORS["floors"]})
    for metric, floor in FLOORS["floors"].items():
        assert report[metric] >= floor, f"{metric} fell to {report[metric]} (floor {floor}){note}"


def test_gold_reader_keeps_the_date_range() -> None:
    path = shared_path("eval", "acled", "mali_1997-2022-06.csv")
    rows = read_gold(path, since=date(2022, 6, 1), until=date(2022, 6, 30))
    assert rows and all(date(2022, 6, 1) <= r.event_date <= date(2022, 6, 30) for r in rows)
    assert not any(r.notes.startswith(("Looting:", "Property destruction:")) for r in rows)


@pytest.mark.parametrize(
    ("predicted", "gold", "same"),
    [
        ("Military Forces of Burkina Faso (2015-2022)", "Military Forces of Burkina Faso (2015-)", True),
        ("Military Forces of Mali (2021-)", "military forces of mali (2021-)", True),
        ("Military Forces of Niger (2011-2021)", "Military Forces of Niger (2021-2023)", False),
        ("Military Forces of Niger (2011-2021)", "Military Forces of Niger (1999-)", False),
        ("JNIM: Group for Support of Islam and Muslims", "Islamic State (Sahel)", False),
    ],
)
def test_actor_names_of_older_exports_match_closed_periods(predicted: str, gold: str, same: bool) -> None:
    from eventfuse.evaluate.acled import same_actor

    assert same_actor(predicted, gold) is same


GEOPARSE_FLOORS = json.loads(
    (Path(__file__).parent / "golden" / "geoparse_floors.json").read_text(encoding="utf-8")
)


@pytest.mark.slow
@pytest.mark.parametrize(("corpus", "floor"), sorted(GEOPARSE_FLOORS["floors"].items()))
def test_geoparsing_scores_stay_above_their_floors(corpus: str, floor: float) -> None:
    from eventfuse.evaluate.geoparse import evaluate_geoparse

    path = shared_path("eval", "geoparsing", corpus)
    note = data_note(path, GEOPARSE_FLOORS["sha256"][corpus])
    report = evaluate_geoparse(path, settings=Settings(progress=False))
    assert report["within_161km"] >= floor, f"{corpus}: {report['within_161km']} (floor {floor}){note}"


def test_a_floor_file_names_the_data_it_was_measured_on(tmp_path: Path) -> None:
    data = tmp_path / "gold.csv"
    data.write_text("a,b\n1,2\n", encoding="utf-8")
    digest = hashlib.sha256(data.read_bytes()).hexdigest()
    assert data_note(data, digest) == ""
    with pytest.warns(UserWarning, match="re-measure"):
        assert "differs from the data" in data_note(data, "0" * 64)


def test_every_floor_file_records_its_data_hash() -> None:
    assert len(FLOORS["sha256"]) == 64
    assert set(GEOPARSE_FLOORS["sha256"]) == set(GEOPARSE_FLOORS["floors"])
