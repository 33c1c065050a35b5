"""The whole pipeline on the example corpus and on the real seed articles."""

from __future__ import annotations

import json
import math
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from conftest import EXAMPLES, ROOT, shared_path

from eventfuse.config import Settings
from eventfuse.demo import example_inputs
from eventfuse.ingest import read_inputs
from eventfuse.pipeline import Stages, process_articles, run
from eventfuse.records import Article, Event
from eventfuse.store import Store

GOLDEN = json.loads((ROOT / "tests" / "golden" / "examples_expected.json").read_text(encoding="utf-8"))


def _events(db: Path) -> list[Event]:
    with Store.open(db) as store:
        return store.events(limit=10_000)


def _given_ids(db: Path) -> dict[str, str]:
    with Store.open(db) as store:
        return {a.id: a.given_id or a.id for a in store.articles()}


def _event_for(incident: dict, events: list[Event], given: dict[str, str]) -> Event | None:
    """The event that holds most of an incident's reports."""
    wanted = set(incident["reports"])
    best = max(events, key=lambda e: len(wanted & {given.get(a, a) for a in e.articles}), default=None)
    if best is None or not wanted & {given.get(a, a) for a in best.articles}:
        return None
    return best


@pytest.mark.parametrize("incident", GOLDEN, ids=[g["incident"] for g in GOLDEN])
def test_each_example_incident_is_one_event_with_its_date_and_type(incident: dict, examples_db: Path) -> None:
    events = _events(examples_db)
    given = _given_ids(examples_db)
    event = _event_for(incident, events, given)
    assert event is not None, f"no event for {incident['incident']}"
    members = {given.get(a, a) for a in event.articles}
    assert len(set(incident["reports"]) & members) >= 2, members
    assert event.value("event_date") == date.fromisoformat(incident["event_date"])
    assert event.value("sub_event_type") == incident["sub_event_type"]
    assert event.value("country") == incident["country"]
    # every fused field carries the quotes it came from
    for name in ("event_date", "sub_event_type", "location"):
        assert event.fields[name].support, name
        for span in event.fields[name].support:
            assert span.quote


def test_copies_do_not_count_as_independent_sources(examples_db: Path) -> None:
    events = _events(examples_db)
    given = _given_ids(examples_db)
    for incident in GOLDEN:
        event = _event_for(incident, events, given)
        assert event is not None
        for chain in incident.get("copy_chains", []):
            chains = [{given.get(a, a) for a in c} for c in event.source_chains]
            present = set(chain) & {given.get(a, a) for a in event.articles}
            if len(present) > 1:
                assert any(present <= c for c in chains), (incident["incident"], chains)
        assert event.independent_sources <= incident["max_independent_sources"] + 1


def test_weekday_mismatch_and_conflicting_tolls_are_flagged(examples_db: Path) -> None:
    events = _events(examples_db)
    kinds = {c.kind for e in events for c in e.contradictions}
    assert "weekday_mismatch" in kinds
    assert "value_conflict" in kinds


def test_background_history_is_not_an_event(examples_db: Path) -> None:
    for event in _events(examples_db):
        day = event.value("event_date")
        assert isinstance(day, date) and day.year >= 2024, event.to_json()


def test_second_run_changes_nothing(tmp_path: Path, settings: Settings, stages: Stages) -> None:
    db = tmp_path / "twice.db"
    s = replace(settings, db=str(db))
    with Store.open(db) as store:
        first = run(example_inputs(), settings=s, store=store, stages=stages)
        ids = sorted(e.id for e in store.events(limit=10_000))
        second = run([str(EXAMPLES / "reports.jsonl")], settings=s, store=store, stages=stages)
        assert sorted(e.id for e in store.events(limit=10_000)) == ids
        assert second.articles_new == 0
        assert second.duplicates == second.articles_read > 0
        assert store.stats()["articles"] == first.articles_new
    assert first.events == second.events == len(ids)


def test_same_inputs_same_ids_in_a_fresh_database(tmp_path: Path, settings: Settings, stages: Stages,
                                                  examples_db: Path) -> None:
    db = tmp_path / "fresh.db"
    with Store.open(db) as store:
        run(example_inputs(), settings=replace(settings, db=str(db)), store=store, stages=stages)
    assert sorted(e.id for e in _events(db)) == sorted(e.id for e in _events(examples_db))


def test_article_records_are_inputs_like_the_files_they_come_from(
    tmp_path: Path, settings: Settings, stages: Stages, examples_db: Path
) -> None:
    """``run`` takes Article records (as the API posts them) as well as paths, mixed."""
    path = EXAMPLES / "reports.jsonl"
    articles = [a for a in read_inputs([str(path)], settings=settings) if isinstance(a, Article)]
    db = tmp_path / "records.db"
    with Store.open(db) as store:
        report = run(articles, settings=replace(settings, db=str(db)), store=store, stages=stages)
        assert report.articles_read == report.articles_new == len(articles)
        # a record given again, and the file it came from, are duplicates of what is stored
        again = run([articles[0], path], settings=replace(settings, db=str(db)), store=store,
                    stages=stages)
        assert again.articles_new == 0 and again.duplicates == again.articles_read == len(articles) + 1
    by_path = tmp_path / "paths.db"
    with Store.open(by_path) as store:
        run([path], settings=replace(settings, db=str(by_path)), store=store, stages=stages)
    assert [e.to_json() for e in _events(db)] == [e.to_json() for e in _events(by_path)]


def test_bad_inputs_are_skipped_with_reasons_and_the_run_goes_on(tmp_path: Path, settings: Settings,
                                                                  stages: Stages) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "good.txt").write_text(
        "Gunmen attacked the village of Sokoura on Saturday, killing three civilians, the mayor said.",
        encoding="utf-8",
    )
    (folder / "empty.txt").write_text("  \n", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02binary\x00")
    (folder / "broken.jsonl").write_text('{"text": "ok text about nothing"}\n{not json\n', encoding="utf-8")
    (folder / "huge.txt").write_text("word " * 300_000, encoding="utf-8")
    s = replace(settings, db=str(tmp_path / "bad.db"), max_bytes=1_000_000)
    with Store.open(tmp_path / "bad.db") as store:
        report = run([str(folder), "http://127.0.0.1:9/unreachable"], settings=replace(s, allow_private_urls=True),
                     store=store, stages=stages)
        skipped = store.skipped(report.run_id)
    # the JSON line "ok text about nothing" is read, then set aside by the relevance gate (EF120)
    assert report.articles_new == 1 and report.skipped.get("EF120") == 1
    assert {"EF101", "EF102", "EF103", "EF105", "EF108"} <= set(report.skipped)
    assert all(sk.detail for sk in skipped)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_in_memory_pipeline_both_languages(lang: str, settings: Settings, stages: Stages) -> None:
    text = {
        "en": "Suspected jihadists abducted a teacher on Friday in Hombori, in the Mopti region, officials said.",
        "fr": "Des jihadistes présumés ont enlevé un enseignant vendredi à Hombori, dans la région de Mopti.",
    }[lang]
    art = Article(id=Article.make_id(text), text=text, published=date(2024, 3, 18), language=lang)
    (event,) = process_articles([art], settings=settings, stages=stages)
    assert event.value("sub_event_type") == "Abduction/forced disappearance"
    assert event.value("event_date") == date(2024, 3, 15)
    assert event.value("location") == "Hombori"
    assert event.value("country") == "Mali"


def _seed_articles() -> list[Article]:
    path = shared_path("corpus", "seeds.jsonl")
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        out.append(Article(id=Article.make_id(d["text"]), text=d["text"],
                           published=date.fromisoformat(d["published"]), language=d.get("language")))
    return out


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(a))


def test_seed_corpus_done_when(tmp_path: Path, settings: Settings, stages: Stages) -> None:
    """The foundation issue's acceptance check on the five real seed articles."""
    path = shared_path("corpus", "seeds.jsonl")
    db = tmp_path / "seeds.db"
    with Store.open(db) as store:
        run([str(path)], settings=replace(settings, db=str(db)), store=store, stages=stages)
        events = store.events(limit=1000)
    tonka = stages.gazetteer.lookup("Tonka", country="ML")[0]
    killings = [e for e in events if e.value("sub_event_type") == "Attack"
                and e.value("event_date") == date(2025, 11, 8)]
    assert killings, [e.to_json() for e in events]
    killing = max(killings, key=lambda e: len(e.articles))
    assert len(killing.articles) >= 4
    assert _km(float(killing.value("latitude")), float(killing.value("longitude")), tonka.lat, tonka.lon) <= 15  # type: ignore[arg-type]
    abductions = [e for e in events if e.value("sub_event_type") == "Abduction/forced disappearance"
                  and e.value("event_date") == date(2025, 11, 7)]
    assert abductions
    for event in (killing, abductions[0]):
        for name in ("event_date", "sub_event_type", "location", "actor1"):
            assert event.fields[name].support, name
    # history (the 2012 uprising, the 2020 and 2021 coups) is not news of November 2025
    for e in events:
        for fv in e.fields.values():
            for span in fv.support:
                assert not any(y in span.quote for y in ("2012", "2020", "2021")) or e.value("event_date") < date(2025, 1, 1), span.quote


def test_seed_corpus_is_read_twice_without_change(tmp_path: Path, settings: Settings, stages: Stages) -> None:
    path = shared_path("corpus", "seeds.jsonl")
    db = tmp_path / "seeds2.db"
    with Store.open(db) as store:
        run([str(path)], settings=replace(settings, db=str(db)), store=store, stages=stages)
        ids = sorted(e.id for e in store.events(limit=1000))
        again = run([str(path)], settings=replace(settings, db=str(db)), store=store, stages=stages)
        assert again.articles_new == 0
        assert sorted(e.id for e in store.events(limit=1000)) == ids
