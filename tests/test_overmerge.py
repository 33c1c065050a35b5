"""Over-merge evaluation: pair counts on hand-built rows, the CLI parser, and (when the shared
ACLED file is there) a small run on real notes."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

import pytest

from eventfuse.common.cliargs import add_command
from eventfuse.config import Settings
from eventfuse.evaluate.acled import GoldRow
from eventfuse.evaluate.overmerge import (
    EVAL_OVERMERGE,
    gold_twins,
    overmerge_report,
    split_coded,
)
from eventfuse.records import DateMention, Mention, Place, Span
from eventfuse.taxonomy import sub_event

SHARED = Path(__file__).resolve().parents[2] / "shared"
GOLD = SHARED / "eval" / "acled" / "mali_1997-2022-06.csv"
SETTINGS = Settings(db=":memory:", progress=False)


def row(
    rid: str, day: date, location: str, *, lat: float, sub: str = "Attack", actor1: str = "X", notes: str = ""
) -> GoldRow:
    info = sub_event(sub)
    return GoldRow(
        id=rid, event_date=day, time_precision=1, event_type=info.event_type, sub_event_type=sub,
        actor1=actor1, actor2="", admin1="", admin2="", location=location, latitude=lat, longitude=-4.0,
        geo_precision=1, fatalities=0, notes=notes or f"Gunmen attacked {location} on a day.", country="Mali",
    )


def mention(article: str, day: date, *, lat: float, sub: str = "Attack") -> Mention:
    info = sub_event(sub)
    span = Span(article, 0, 5, "words")
    return Mention(
        id=f"m-{article}", article=article, sub_event_type=sub, event_type=info.event_type,
        disorder_type=info.disorder_type, trigger=span, sentence=span, date=DateMention(day, 1, span),
        place=Place("Town", lat, -4.0, "Mali", geo_precision=1),
    )


def test_merged_and_candidate_pairs_are_counted_by_row() -> None:
    d = date(2022, 3, 1)
    rows = [
        row("r1", d, "Sokoura", lat=14.0),
        row("r2", d, "Sokoura", lat=14.0),  # a gold twin of r1: one incident coded twice
        row("r3", d, "Far", lat=16.0),  # same block (week, country, act group), far away
        row("r4", date(2022, 5, 1), "Later", lat=14.0),  # another block
    ]
    mentions = [mention("a1", d, lat=14.0), mention("a2", d, lat=14.0), mention("a3", d, lat=16.0),
                mention("a4", date(2022, 5, 1), lat=14.0)]
    report = overmerge_report(rows, mentions, {f"a{i}": f"r{i}" for i in range(1, 5)}, settings=SETTINGS)
    assert report["candidate_pairs"] == 3  # r1-r2, r1-r3, r2-r3
    assert report["merged_pairs"] == 1 and report["wrong_merge_rate"] == round(1 / 3, 4)
    assert report["rows_merged"] == 2 and report["rows_merged_share"] == 0.5
    assert report["gold_twin_pairs"] == 1 and report["gold_twin_pairs_merged"] == 1
    assert report["merged_pairs_without_twins"] == 0 and report["wrong_merge_rate_without_twins"] == 0.0
    assert report["near_pairs"] == 1 and report["near_pairs_merged"] == 1
    assert report["events"] == 3


def test_gold_twins_need_the_same_date_place_type_and_actor() -> None:
    d = date(2022, 3, 1)
    rows = [row("a", d, "X", lat=1), row("b", d, "x", lat=1), row("c", d, "X", lat=1, actor1="Y"),
            row("d", d, "X", lat=1, sub="Armed clash")]
    assert gold_twins(rows) == {("a", "b")}


def test_split_coded_rows_share_most_of_their_notes() -> None:
    d = date(2022, 3, 1)
    one = "Soldiers fought militants in the areas of Kalaba, Dioro and Sama; five militants were killed."
    other = "Soldiers fought militants in the areas of Dioro, Sama and Kalaba; five militants were killed."
    assert split_coded(row("a", d, "Kalaba", lat=1, notes=one), row("b", d, "Dioro", lat=1, notes=other))
    unrelated = "Gunmen abducted a trader on the road to the weekly market of a nearby town."
    assert not split_coded(row("a", d, "Kalaba", lat=1, notes=one), row("c", d, "X", lat=1, notes=unrelated))


def test_parser_registers_eval_overmerge() -> None:
    parser = argparse.ArgumentParser()
    ev = parser.add_subparsers(dest="eval_command")

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("--db")
        p.add_argument("--set", action="append")

    add_command(ev, EVAL_OVERMERGE, common)
    args = parser.parse_args(["overmerge", "gold.csv", "--since", "2021-07-01", "--limit", "5", "-q"])
    assert (args.gold, args.since, args.limit, args.quiet) == ("gold.csv", date(2021, 7, 1), 5, True)
    assert callable(args.func)


@pytest.mark.slow
@pytest.mark.shared
@pytest.mark.skipif(not GOLD.is_file(), reason="../shared ACLED file not available")
def test_acled_notes_are_rarely_merged() -> None:
    from eventfuse.evaluate.overmerge import evaluate_overmerge

    report = evaluate_overmerge(GOLD, settings=SETTINGS, since=date(2021, 7, 1), limit=60)
    assert report["rows"] == 60
    assert report["rows_with_mentions"] >= 50
    assert report["wrong_merge_rate"] is not None and report["wrong_merge_rate"] <= 0.02
    assert report["rows_merged_share"] <= 0.35
