"""`eventfuse eval news`: the metric arithmetic on hand-computed cases (an invented set), the
mapping of stored articles back to input ids, the command on an invented folder, and a run on
the real-news set when ../shared is present."""

from __future__ import annotations

import argparse
import json
import math
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from conftest import shared_path

from eventfuse.config import Settings
from eventfuse.errors import InputError
from eventfuse.evaluate.news import (
    ARTICLES_FILE,
    TRUTH_FILE,
    InputArticle,
    add_arguments,
    evaluate_news,
    input_ids,
    near_duplicates,
    pred_events,
    read_truth,
    run_command,
)
from eventfuse.evaluate.news_metrics import (
    Incident,
    NewsTruth,
    PredEvent,
    bcubed,
    fold,
    matched_event,
    restrict,
    score_news,
    score_subset,
)
from eventfuse.evaluate.news_report import format_listing, format_news
from eventfuse.pipeline import Stages
from eventfuse.records import Article, Skipped
from eventfuse.taxonomy import (
    ARMED_CLASH,
    ATTACK,
    BATTLES,
    OTHER,
    PEACEFUL_PROTEST,
    PROTESTS,
    STRATEGIC_DEVELOPMENTS,
    VIOLENCE_AGAINST_CIVILIANS,
)

D = date.fromisoformat

# An invented set: a clash told by a1, a2 (English) and a3 (French); a protest that ACLED
# would code as two rows, told by b1, b2 (French); one distractor d1 (French).
CLASH = Incident(
    id="clash", articles=("a1", "a2", "a3"), acled_ids=("X1",), event_date=D("2020-05-10"),
    event_type=BATTLES, sub_event_type=ARMED_CLASH, admin1="Région Nord", location="Korlani",
    latitude=10.0, longitude=1.0, geo_precision=1, fatalities=10, fatalities_all_rows=10,
    copies=(("a1", "a2"),),
)
PROTEST = Incident(
    id="protest", articles=("b1", "b2"), acled_ids=("Y1", "Y2"), event_date=D("2020-06-01"),
    event_type=PROTESTS, sub_event_type=PEACEFUL_PROTEST, admin1="Centre", location="Mesabou",
    latitude=12.0, longitude=2.0, geo_precision=1, fatalities=0, fatalities_all_rows=2,
)
TRUTH = NewsTruth((CLASH, PROTEST), ("d1",))
LANGUAGES = {"a1": "en", "a2": "en", "a3": "fr", "b1": "fr", "b2": "fr", "d1": "fr"}

E1 = PredEvent("E1", ("a1", "a2"), D("2020-05-10"), BATTLES, ARMED_CLASH, "region nord", "Korlani", 10.0, 1.0, 12,
               source_chains=(("a1", "a2"),))
E2 = PredEvent("E2", ("a3",), D("2020-05-11"), VIOLENCE_AGAINST_CIVILIANS, ATTACK, "Région Nord", "Korlani",
               10.0, 1.0, 3)
E3 = PredEvent("E3", ("a3",), D("2020-04-01"), BATTLES, ARMED_CLASH, "Région Nord", "Korlani", 10.0, 1.0, 5)
E4 = PredEvent("E4", ("b1", "b2"), D("2020-06-02"), PROTESTS, PEACEFUL_PROTEST, "CENTRE", "Mesabou", 12.0, 2.0, 0)
E5 = PredEvent("E5", ("b2",), D("2020-06-01"), STRATEGIC_DEVELOPMENTS, OTHER, "Centre", "Mesabou", 12.0, 2.0, 0)
E6 = PredEvent("E6", ("d1",), D("2020-06-20"), BATTLES, ARMED_CLASH, None, None, None, None, 0)
EVENTS = [E1, E2, E3, E4, E5, E6]


def test_bcubed_by_hand() -> None:
    gold = {"a1": "I", "a2": "I", "a3": "I", "b1": "J", "b2": "J"}
    predicted = {"a1": "x", "a2": "x", "a3": "y", "b1": "z", "b2": "z"}
    p, r, f1 = bcubed(gold, predicted)
    assert p == pytest.approx(1.0)
    assert r == pytest.approx((2 / 3 + 2 / 3 + 1 / 3 + 1 + 1) / 5)  # 11/15
    assert f1 == pytest.approx(11 / 13)
    # everything in one predicted cluster: recall 1, precision (3*3/5 + 2*2/5)/5
    p, r, _ = bcubed(gold, dict.fromkeys(gold, "all"))
    assert (p, r) == (pytest.approx(13 / 25), pytest.approx(1.0))


def test_matched_event_most_articles_then_closest_date() -> None:
    assert matched_event(CLASH, EVENTS) == E1
    assert matched_event(PROTEST, EVENTS) == E4
    one_article = replace(CLASH, articles=("a3",))
    assert matched_event(one_article, [E3, E2]) == E2  # both cite a3: E2 is 1 day off, E3 39 days
    assert matched_event(replace(CLASH, articles=("zz",)), EVENTS) is None


def test_fold_ignores_case_and_accents() -> None:
    assert fold("Région  Nord") == fold("REGION NORD") == "region nord"


def test_scores_by_hand() -> None:
    s = score_subset(TRUTH, EVENTS)
    assert (s["incidents"], s["incident_articles"], s["events"], s["found"]) == (2, 5, 6, 1.0)
    # matched: E1 (exact date, fatalities 12 vs 10: close) and E4 (one day late, 0 vs 0)
    assert (s["date_exact"], s["date_within_2d"]) == (0.5, 1.0)
    assert (s["event_type"], s["sub_event_type"], s["admin1"]) == (1.0, 1.0, 1.0)
    assert (s["km_median"], s["within_10km"], s["within_100km"]) == (0.0, 1.0, 1.0)
    assert (s["fatalities_exact"], s["fatalities_close"]) == (0.5, 1.0)
    assert s["fatalities_log_error"] == pytest.approx(math.log(13 / 11) / 2, abs=1e-3)  # |ln 13 - ln 11|, 0
    # the protest is split in ACLED: 0 predicted vs 2 over all rows is close, not exact
    assert (s["split_matched"], s["fatalities_all_rows_exact"], s["fatalities_all_rows_close"]) == (1, 0.0, 1.0)
    # a3 goes to E2 (tie with E3 on articles, then id); clusters {a1,a2} {a3} {b1,b2}
    assert s["bcubed_precision"] == 1.0
    assert s["bcubed_recall"] == pytest.approx(11 / 15, abs=1e-4)
    assert s["bcubed_f1"] == pytest.approx(11 / 13, abs=1e-4)
    # (a): clash E1 E2 E3, protest E4 E5; (b): clash E1 E2 (E3 too early), protest E4 (E5 not unrest)
    assert (s["events_per_incident_a"], s["incidents_one_event_a"]) == (2.5, 0.0)
    assert (s["multi_article_incidents"], s["events_per_incident_b"], s["incidents_one_event_b"]) == (2, 1.5, 0.5)
    # the protest may be split in two (two ACLED rows): one event is within; the clash has one too many
    assert (s["incidents_b_within_acled_rows"], s["excess_events_b_over_acled_rows"]) == (0.5, 1)
    assert s["distractor_events"] == 1
    assert (s["copy_groups"], s["copy_groups_one_chain"]) == (1, 1.0)
    assert s["events_citing_several_incidents"] == 0
    rows = {r["incident"]: r for r in s["per_incident"]}
    assert rows["clash"]["extra_kinds"] == {"E2": "other_sub_event", "E3": "other_date"}
    assert rows["protest"]["extra_kinds"] == {"E5": "other_group"}
    assert s["extra_events"] == 3


def test_an_event_over_two_incidents_lowers_precision() -> None:
    merged = PredEvent("M", ("a1", "a2", "a3", "b1", "b2"), D("2020-05-10"), BATTLES, ARMED_CLASH)
    s = score_subset(TRUTH, [merged])
    assert s["bcubed_recall"] == 1.0
    assert s["bcubed_precision"] == pytest.approx(13 / 25, abs=1e-4)
    assert s["events_citing_several_incidents"] == 1


def test_by_language_keeps_each_language_s_articles() -> None:
    en_truth, en_events = restrict(TRUTH, EVENTS, {"a1", "a2"})
    assert [i.id for i in en_truth.incidents] == ["clash"] and en_events == [E1]
    report = score_news(TRUTH, EVENTS, LANGUAGES)
    en, fr = report["by_language"]["en"], report["by_language"]["fr"]
    assert (en["incidents"], en["events"], en["bcubed_f1"], en["distractor_events"]) == (1, 1, 1.0, 0)
    assert (fr["incidents"], fr["events"], fr["distractor_events"]) == (2, 5, 1)
    fr_rows = {r["incident"]: r for r in fr["per_incident"]}
    assert fr_rows["clash"]["matched"] == "E2"  # the closest date among E2 and E3
    assert report["all"]["incidents"] == 2


def _input(aid: str, text: str, url: str | None = None) -> InputArticle:
    return InputArticle(aid, url, "en", Article.make_id(text))


def test_stored_articles_map_back_to_input_ids() -> None:
    inputs = [_input("n1", "Same text."), _input("n2", "Same text."), _input("n3", "Other text.", "https://x.test/3")]
    stored = {
        Article.make_id("Same text."): Article(id=Article.make_id("Same text."), text="Same text.", given_id="n1"),
        "changed": Article(id="changed", text="Other text, edited.", url="https://x.test/3"),
    }
    ids = input_ids(stored, inputs)
    assert ids == {Article.make_id("Same text."): ("n1", "n2"), "changed": ("n3",)}
    # a near-duplicate set aside by the run (EF116) counts as cited wherever its original is
    near = [*inputs, InputArticle("n4", None, "fr", "other", line=4)]
    skipped = [Skipped("in.jsonl:4", "EF116", "same text as article changed"),
               Skipped("in.jsonl:9", "EF116", "same text as article changed"),
               Skipped("in.jsonl:4", "EF106", "article changed")]
    assert near_duplicates(skipped, near) == {"changed": ["n4"]}
    assert input_ids(stored, near, skipped)["changed"] == ("n3", "n4")
    events = pred_events([{"id": "e", "articles": ["changed", Article.make_id("Same text.")],
                           "event_date": "2020-01-02", "fatalities": 3, "latitude": 1.5, "longitude": None,
                           "source_chains": [["changed"]]}], ids)
    assert events[0].articles == ("n1", "n2", "n3") and events[0].source_chains == (("n3",),)
    assert (events[0].event_date, events[0].fatalities, events[0].longitude) == (D("2020-01-02"), 3, None)


def test_missing_files_fail_with_a_hint(tmp_path: Path) -> None:
    with pytest.raises(InputError) as err:
        evaluate_news(tmp_path / "nowhere", settings=Settings(progress=False))
    assert err.value.code == "EF112"
    (tmp_path / TRUTH_FILE).write_text(json.dumps({"incidents": [], "distractors": []}), encoding="utf-8")
    with pytest.raises(InputError) as err:
        evaluate_news(tmp_path, settings=Settings(progress=False))
    assert err.value.code == "EF112" and ARTICLES_FILE in str(err.value.hint)
    (tmp_path / TRUTH_FILE).write_text("{}", encoding="utf-8")
    with pytest.raises(InputError):
        read_truth(tmp_path / TRUTH_FILE)


# Invented reports (English and French) of one invented ambush, and one unrelated distractor.
INVENTED = [
    {"id": "t1", "url": "https://a.test/1", "language": "en", "published": "2021-03-09",
     "text": "Gunmen ambushed an army patrol near the village of Korlani on Monday, killing four soldiers, "
             "the defence ministry said on Tuesday."},
    {"id": "t2", "url": "https://b.test/2", "language": "fr", "published": "2021-03-09",
     "text": "Quatre militaires ont été tués lundi dans une embuscade tendue par des hommes armés "
             "près du village de Korlani, a annoncé mardi le ministère de la Défense."},
    {"id": "t3", "url": "https://c.test/3", "language": "en", "published": "2021-03-10",
     "text": "The central bank kept its main interest rate unchanged on Wednesday, citing stable prices."},
]


def _invented_folder(tmp_path: Path) -> Path:
    tmp_path.mkdir(parents=True, exist_ok=True)
    (tmp_path / ARTICLES_FILE).write_text("\n".join(json.dumps(a) for a in INVENTED) + "\n", encoding="utf-8")
    truth = {"incidents": [{
        "incident": "korlani", "articles": ["t1", "t2"], "acled_ids": ["Z1"], "event_date": "2021-03-08",
        "event_type": BATTLES, "sub_event_type": ARMED_CLASH, "admin1": "", "location": "Korlani",
        "latitude": None, "longitude": None, "geo_precision": 1, "acled_fatalities": 4,
        "acled_fatalities_all_rows": 4, "copies": [],
    }], "distractors": ["t3"]}
    (tmp_path / TRUTH_FILE).write_text(json.dumps(truth), encoding="utf-8")
    return tmp_path


@pytest.mark.slow
def test_command_on_an_invented_folder(tmp_path: Path, stages: Stages, settings: Settings,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    folder = _invented_folder(tmp_path / "set")
    report = evaluate_news(folder, settings=settings, stages=stages)
    assert report["input_articles"] == 3
    assert set(report["by_language"]) == {"en", "fr"}
    cited = {a for e in report["events_detail"] for a in e["articles"]}
    assert cited <= {"t1", "t2", "t3"} and cited & {"t1", "t2"}
    assert report["all"]["found"] == 1.0
    parser = argparse.ArgumentParser()
    add_arguments(parser)
    args = parser.parse_args([str(folder), "--json", str(tmp_path / "out.json"), "--list", "-q"])
    assert run_command(args, settings) == 0
    out = capsys.readouterr().out
    assert "korlani" in out and "B-cubed F1" in out
    assert json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))["all"]["incidents"] == 1


@pytest.mark.slow
@pytest.mark.shared
def test_real_news_set(stages: Stages, settings: Settings) -> None:
    folder = shared_path("eval", "real_news", ARTICLES_FILE).parent
    report = evaluate_news(folder, settings=settings, stages=stages)
    assert report["input_articles"] == 140
    assert report["all"]["incidents"] == len(read_truth(folder / TRUTH_FILE).incidents)
    assert set(report["by_language"]) == {"en", "fr"}
    for view in (report["all"], *report["by_language"].values()):
        for key in ("found", "date_exact", "sub_event_type", "admin1", "bcubed_f1", "incidents_one_event_b"):
            assert view[key] is None or 0.0 <= view[key] <= 1.0
    every_input = {a for e in report["events_detail"] for a in e["articles"]}
    assert every_input <= set(report["languages"])
    assert "B-cubed F1" in format_news(report)
    assert format_listing(report).count("\n") >= report["all"]["incidents"]
