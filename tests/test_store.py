"""Tests for eventfuse.store: codec round-trips, the SQLite store, filters, crash safety."""

from __future__ import annotations

import dataclasses
import json
import multiprocessing
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import types
import typing
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Literal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from store_records import (
    GAO,
    events_from_mentions,
    field,
    make_article,
    make_event,
    make_mention,
    sample_events,
    sample_extractions,
)

from eventfuse import records
from eventfuse.errors import InputError, StoreError
from eventfuse.records import (
    Article,
    ArticleExtraction,
    Contradiction,
    ContradictionValue,
    Event,
    FieldValue,
    Mention,
    RunReport,
    Skipped,
    Span,
    Support,
)
from eventfuse.store import SCHEMA_VERSION, EventQuery, Store, codec, fts_query

TESTS = Path(__file__).resolve().parent
WRITER = TESTS / "store_writer.py"


# -- codec ------------------------------------------------------------------------------------


def _scalar_objects() -> st.SearchStrategy[Any]:
    return st.one_of(
        st.none(),
        st.booleans(),
        st.integers(),
        st.floats(allow_nan=False),
        st.text(max_size=8),
        st.dates(),
        st.datetimes(timezones=st.sampled_from([None, UTC])),
    )


def _objects() -> st.SearchStrategy[Any]:
    """Values a field typed ``object`` may hold (what fusion puts in FieldValue.value)."""
    return st.recursive(
        _scalar_objects(),
        lambda inner: st.one_of(
            st.lists(inner, max_size=3),
            st.lists(inner, max_size=3).map(tuple),
            st.dictionaries(st.text(max_size=4), inner, max_size=3),
            st.builds(
                Span,
                st.text(max_size=6),
                st.integers(0, 99),
                st.integers(0, 99),
                st.text(max_size=10),
            ),
        ),
        max_leaves=6,
    )


def strategy_for(hint: Any) -> st.SearchStrategy[Any]:
    """A hypothesis strategy for any type used in eventfuse.records, built from type hints."""
    origin = typing.get_origin(hint)
    if hint is object or hint is Any:
        return _objects()
    if origin is typing.Union or origin is types.UnionType:
        return st.one_of(*(strategy_for(a) for a in typing.get_args(hint)))
    if origin is Literal:
        return st.sampled_from(typing.get_args(hint))
    if origin is tuple:
        args = typing.get_args(hint)
        if len(args) == 2 and args[1] is Ellipsis:
            return st.lists(strategy_for(args[0]), max_size=2).map(tuple)
        return st.tuples(*(strategy_for(a) for a in args))
    if origin is dict:
        key, value = typing.get_args(hint)
        return st.dictionaries(strategy_for(key), strategy_for(value), max_size=2)
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        kwargs = {name: strategy_for(h) for name, h in codec.field_hints(hint)}
        return st.builds(hint, **kwargs)
    simple: dict[Any, st.SearchStrategy[Any]] = {
        type(None): st.none(),
        str: st.text(max_size=12),
        int: st.integers(),
        float: st.floats(allow_nan=False),
        bool: st.booleans(),
        date: st.dates(),
        datetime: st.datetimes(timezones=st.sampled_from([None, UTC])),
    }
    return simple[hint]


RECORD_CLASSES = sorted(codec.record_classes().values(), key=lambda c: c.__name__)


def test_codec_knows_every_record_class() -> None:
    names = {c.__name__ for c in RECORD_CLASSES}
    assert {"Article", "Mention", "Event", "RunReport", "Skipped", "FieldValue"} <= names
    assert names == {
        n for n, o in vars(records).items() if dataclasses.is_dataclass(o) and isinstance(o, type)
    }


@pytest.mark.parametrize("cls", RECORD_CLASSES, ids=lambda c: c.__name__)
def test_codec_round_trips_every_record_type(cls: type) -> None:
    @settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(strategy_for(cls))
    def check(record: Any) -> None:
        text = codec.dumps(record)
        assert json.loads(text) == codec.encode(record)  # plain JSON
        back: Any = codec.loads(cls, text)
        assert back == record
        assert codec.dumps(back) == text  # deterministic

    check()


def test_codec_keeps_types_of_object_values() -> None:
    value = (date(2024, 3, 4), [1, 2.5], {"k": (True, None)}, datetime(2024, 1, 1, 5, tzinfo=UTC))
    fv = FieldValue(value, 0.5, (), (Support(Span("a", 1, 2, "x"), ()),))
    back = codec.loads(FieldValue, codec.dumps(fv))
    assert back == fv
    assert isinstance(back.value, tuple) and isinstance(back.value[0], date)
    assert isinstance(back.value[1], list) and isinstance(back.value[1][1], float)
    assert isinstance(back.alternatives[0].value, Span)


def test_codec_round_trips_hand_built_records() -> None:
    for extraction in sample_extractions():
        assert codec.loads(ArticleExtraction, codec.dumps(extraction)) == extraction
        for mention in extraction.mentions:
            assert codec.loads(Mention, codec.dumps(mention)) == mention
    for event in sample_events():
        back = codec.loads(Event, codec.dumps(event))
        assert back == event
        assert back.to_json() == event.to_json()


def test_codec_keeps_a_datetime_in_a_date_field() -> None:
    article = make_article("A report.", published=datetime(2024, 3, 5, 14, 0))
    assert codec.loads(Article, codec.dumps(article)).published == datetime(2024, 3, 5, 14, 0)


def test_codec_rejects_bad_input() -> None:
    with pytest.raises(ValueError, match="unknown record type"):
        codec.decode_value({"$record": "os.system", "fields": {}}, object)
    with pytest.raises(TypeError):
        codec.loads(Span, "[1, 2]")
    with pytest.raises(TypeError):
        codec.encode("not a record")
    with pytest.raises(TypeError):
        codec.encode(FieldValue(object(), 1.0, ()))


# -- opening ----------------------------------------------------------------------------------


def _dump(path: Path) -> list[str]:
    """Every row of every ordinary table (to show that nothing changed)."""
    with sqlite3.connect(path) as db:
        return list(db.iterdump())


def test_open_creates_database_with_pragmas(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "ef.db"
    with Store.open(path) as store:
        assert store.stats() == {"articles": 0, "mentions": 0, "events": 0, "skipped": 0}
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {
        "articles",
        "mentions",
        "article_state",
        "events",
        "event_articles",
        "claims",
        "contradictions",
        "field_support",
        "runs",
        "skipped",
        "events_fts",
        "events_rtree",
    } <= tables
    db.close()
    with Store.open(str(path)) as again:  # reopening migrates nothing and works
        assert again.count_events() == 0


def test_foreign_keys_are_enforced(tmp_path: Path) -> None:
    with Store.open(tmp_path / "ef.db") as store:
        extraction = sample_extractions()[0]
        stray = dataclasses.replace(extraction.mentions[0], article="elsewhere")
        with pytest.raises(StoreError, match="belongs to article"):
            store.add_extraction(ArticleExtraction(extraction.article, (stray,)))
        assert store.stats()["articles"] == 0


def test_open_rejects_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database\n" * 100)
    with pytest.raises(StoreError) as info:
        Store.open(path)
    assert info.value.hint and "new file" in info.value.hint
    assert path.read_text().startswith("these are my notes")


def test_open_rejects_a_newer_schema(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    Store.open(path).close()
    with sqlite3.connect(path) as db:
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(StoreError, match="newer") as info:
        Store.open(path)
    assert "upgrade eventfuse" in info.value.hint


def test_open_rejects_other_sqlite_databases_and_directories(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE articles (whatever TEXT)")
    with pytest.raises(StoreError, match="not an eventfuse"):
        Store.open(path)
    with pytest.raises(StoreError, match="directory"):
        Store.open(tmp_path)


# -- articles and mentions --------------------------------------------------------------------


@pytest.fixture
def store(tmp_path: Path) -> typing.Iterator[Store]:
    with Store.open(tmp_path / "ef.db") as opened:
        yield opened


def test_add_extraction_stores_article_and_mentions(store: Store) -> None:
    extractions = sample_extractions()
    for extraction in extractions:
        assert not store.has_article(extraction.article.id)
        assert store.add_extraction(extraction) is True
        assert store.has_article(extraction.article.id)
    assert store.stats() == {"articles": 3, "mentions": 4, "events": 0, "skipped": 0}
    for extraction in extractions:
        assert store.article(extraction.article.id) == extraction.article
        assert store.mentions(article=extraction.article.id) == list(extraction.mentions)
        assert store.extraction(extraction.article.id) == extraction
    assert store.article("missing") is None
    assert store.extraction("missing") is None


@pytest.mark.parametrize("language", ["en", "fr"])
def test_adding_the_same_extraction_twice_changes_nothing(tmp_path: Path, language: str) -> None:
    path = tmp_path / "ef.db"
    extraction = next(e for e in sample_extractions() if e.article.language == language)
    with Store.open(path) as store:
        assert store.add_extraction(extraction)
    before = _dump(path)
    with Store.open(path) as store:
        assert store.add_extraction(extraction) is False
        changed = dataclasses.replace(extraction, mentions=())  # same article id
        assert store.add_extraction(changed) is False
        assert store.mentions(article=extraction.article.id) == list(extraction.mentions)
    assert _dump(path) == before


def test_articles_and_mentions_come_in_a_deterministic_order(store: Store) -> None:
    extractions = sample_extractions()
    for extraction in reversed(extractions):
        store.add_extraction(extraction)
    ids = [e.article.id for e in extractions]
    assert [a.id for a in store.articles()] == sorted(ids)
    assert [a.id for a in store.articles([ids[2], "nope", ids[0], ids[2]])] == [ids[2], ids[0]]
    assert store.articles([]) == []
    mentions = store.mentions()
    expected = [m for e in sorted(extractions, key=lambda e: e.article.id) for m in e.mentions]
    assert mentions == expected
    for chunk in (1, 2, 1000):  # read in chunks: the same records in the same order
        assert list(store.iter_mentions(chunk=chunk)) == expected
        assert list(store.iter_articles(chunk=chunk)) == store.articles()


# -- events -----------------------------------------------------------------------------------


def test_replace_events_round_trips_and_deletes_missing_ones(tmp_path: Path) -> None:
    path = tmp_path / "ef.db"
    events = sample_events()
    with Store.open(path) as store:
        store.replace_events(events)
        assert store.count_events() == 4
        for event in events:
            assert store.event(event.id) == event
        assert store.event("nope") is None
        assert store.events_of_article("a3") == ["ev-clash", "ev-dori"]
    before = _dump(path)
    with Store.open(path) as store:
        store.replace_events(list(reversed(events)))  # same set: nothing changes
    assert _dump(path) == before
    with Store.open(path) as store:
        changed = dataclasses.replace(events[1], notes="Soldiers repelled an attack on Gao.")
        store.replace_events([changed, events[2]])
        assert sorted(e.id for e in store.events()) == ["ev-clash", "ev-dori"]
        assert store.event("ev-clash") == changed
        assert store.events(text="repelled") == [changed]
        assert store.events(text="fatalities") == []  # old FTS row replaced
        assert store.events(text="abducted") == []  # deleted event gone from FTS
        assert store.events(bbox=(-5, 14, -3, 15)) == []  # deleted event gone from R*Tree
        db = sqlite3.connect(path)
        for table in ("event_articles", "claims", "contradictions", "field_support"):
            orphans = db.execute(
                f"SELECT count(*) FROM {table} WHERE event NOT IN (SELECT id FROM events)"
            ).fetchone()[0]
            assert orphans == 0, table
        assert db.execute("SELECT count(*) FROM events_fts").fetchone()[0] == 2
        assert db.execute("SELECT count(*) FROM events_rtree").fetchone()[0] == 2
        assert db.execute(
            "SELECT count(*) FROM field_support WHERE event = 'ev-clash' AND chosen = 1"
        ).fetchone()[0] == len(changed.fields)
        db.close()
        store.replace_events([])
        assert store.count_events() == 0


def test_upsert_events_keeps_the_others(store: Store) -> None:
    events = sample_events()
    store.replace_events(events[:2])
    store.upsert_events(events[2:])
    assert store.count_events() == 4
    with pytest.raises(StoreError, match="twice"):
        store.upsert_events([events[0], events[0]])


def test_denormalised_claims_and_contradictions(tmp_path: Path) -> None:
    path = tmp_path / "ef.db"
    with Store.open(path) as store:
        store.replace_events(sample_events())
    db = sqlite3.connect(path)
    rows = db.execute("SELECT event, attribute, status, json FROM claims").fetchall()
    assert [(r[0], r[1], r[2]) for r in rows] == [("ev-abduction", "followers", "consistent")]
    assert json.loads(rows[0][3])["values"][0]["value"] == 140000
    kinds = db.execute("SELECT event, field, kind FROM contradictions").fetchall()
    assert kinds == [("ev-abduction", "event_date", "date_conflict")]
    db.close()


@pytest.fixture
def filled(store: Store) -> Store:
    store.replace_events(sample_events())
    return store


def _ids(events: list[Event]) -> list[str]:
    return [e.id for e in events]


def test_events_are_ordered_newest_first(filled: Store) -> None:
    assert _ids(filled.events()) == ["ev-abduction", "ev-clash", "ev-dori", "ev-unplaced"]
    assert _ids(filled.events(limit=2, offset=1)) == ["ev-clash", "ev-dori"]
    assert _ids(filled.events(limit=0)) == []


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"since": date(2024, 3, 3)}, ["ev-abduction", "ev-clash"]),
        ({"until": date(2024, 3, 3)}, ["ev-clash", "ev-dori"]),
        ({"since": date(2024, 3, 3), "until": date(2024, 3, 3)}, ["ev-clash"]),
        ({"event_type": "battles"}, ["ev-clash"]),
        ({"sub_event_type": "Attack"}, ["ev-dori"]),
        ({"country": "mali"}, ["ev-abduction", "ev-clash"]),
        ({"country": "Burkina Faso", "admin1": "Sahel"}, ["ev-dori"]),
        ({"admin1": "Gao"}, ["ev-clash"]),
        ({"actor": "JNIM"}, ["ev-clash"]),
        ({"actor": "civilians burkina"}, ["ev-dori"]),
        ({"actor": "aissata kone"}, ["ev-abduction"]),  # a claim's subject
        ({"actor": "Mopti"}, []),  # a place, not an actor
        ({"min_fatalities": 3}, ["ev-clash", "ev-dori"]),
        ({"min_fatalities": 4}, ["ev-dori"]),
        ({"min_sources": 2}, ["ev-abduction"]),
        ({"bbox": (-5.0, 14.0, -3.0, 15.0)}, ["ev-abduction"]),
        ({"bbox": (-5.0, 13.0, 1.0, 17.0)}, ["ev-abduction", "ev-clash", "ev-dori"]),
        ({"bbox": (-0.0447, 16.2717, -0.0447, 16.2717)}, ["ev-clash"]),  # exact point
        ({"bbox": (10.0, 0.0, 20.0, 10.0)}, []),
        ({"bbox": (170.0, -90.0, -3.0, 90.0)}, ["ev-abduction"]),  # across the antimeridian
        ({"text": "Mopti"}, ["ev-abduction"]),
        ({"text": "gao 3 fatalities"}, ["ev-clash"]),
        ({"text": "cattle"}, ["ev-unplaced"]),
        ({"text": "stol*"}, ["ev-unplaced"]),
        ({"country": "Mali", "min_fatalities": 1, "text": "soldiers"}, ["ev-clash"]),
    ],
)
def test_event_filters(filled: Store, filters: dict[str, Any], expected: list[str]) -> None:
    assert _ids(filled.events(**filters)) == expected
    assert filled.count_events(EventQuery(**filters)) == len(expected)


@pytest.mark.parametrize(
    ("language", "query", "expected"),
    [
        ("en", "aissata kone", "ev-abduction"),
        ("en", "AÏSSATA", "ev-abduction"),
        ("en", "Koné", "ev-abduction"),
        ("fr", "fevrier eleveurs", "ev-dori"),
        ("fr", "tué", "ev-dori"),
        ("fr", "ELEVEURS dori", "ev-dori"),
    ],
)
def test_text_search_ignores_accents_and_case(
    filled: Store, language: str, query: str, expected: str
) -> None:
    assert _ids(filled.events(text=query)) == [expected]


def test_text_search_finds_supporting_quotes(store: Store) -> None:
    event = make_event("ev-quote", notes="", quote="les assaillants ont incendié le marché")
    store.replace_events([event])
    assert _ids(store.events(text="incendie marche")) == ["ev-quote"]


INJECTIONS = [
    "'; DROP TABLE events; --",
    '"; DROP TABLE events; --',
    "Mali' OR '1'='1",
    'a" OR "b',
    "NEAR(mopti gao)",
    "mopti)",
    "(((",
    "* OR *",
    "notes: mopti",
    "-mopti",
    "^mopti",
    "\\",
    "%",
    "",
    "   ",
    "\x00",
]


@pytest.mark.parametrize("text", INJECTIONS)
def test_injection_looking_inputs_are_harmless(filled: Store, text: str) -> None:
    for key in ("text", "actor", "country", "admin1", "event_type", "sub_event_type"):
        filters: dict[str, Any] = {key: text}
        found = filled.events(**filters)
        if key in ("text", "actor") and not text.strip():
            assert len(found) == 4  # an empty search does not filter
        elif key == "text" and "mopti" in text.lower():
            assert _ids(found) in (["ev-abduction"], [])
        else:
            assert found == []
    assert filled.count_events() == 4
    assert filled.stats()["events"] == 4


def test_fts_query_quotes_every_word() -> None:
    assert fts_query("Aïssata Koné") == '"Aïssata" AND "Koné"'
    assert fts_query('say "hi"') == '"say" AND """hi"""'
    assert fts_query("mopt*") == '"mopt"*'
    assert fts_query("-- ( ) *") is None
    assert fts_query("jnim", column="actors") == 'actors : ("jnim")'
    with pytest.raises(ValueError):
        fts_query("x", column="json) OR (1")


@pytest.mark.parametrize("bbox", [(0.0, 10.0, 1.0, 5.0), (0.0, float("nan"), 1.0, 2.0)])
def test_invalid_bbox_is_an_input_error(filled: Store, bbox: tuple[float, ...]) -> None:
    with pytest.raises(InputError, match="bbox"):
        filled.events(bbox=bbox)  # type: ignore[arg-type]


def test_events_without_coordinates_are_not_in_the_rtree(store: Store) -> None:
    event = make_event("no-place", place=None)
    store.replace_events([event, make_event("gao", place=GAO)])
    assert _ids(store.events(bbox=(-180, -90, 180, 90))) == ["gao"]


# -- runs -------------------------------------------------------------------------------------


def _report(run_id: str, hour: int, skipped: dict[str, int]) -> RunReport:
    return RunReport(
        run_id=run_id,
        started_at=datetime(2024, 3, 6, hour, tzinfo=UTC),
        finished_at=datetime(2024, 3, 6, hour, 5, tzinfo=UTC),
        articles_read=5,
        articles_new=4,
        duplicates=1,
        skipped=skipped,
        mentions=6,
        events=2,
    )


def test_runs_and_skipped(store: Store) -> None:
    late = _report("run-2", 12, {"EF105": 1})
    early = _report("run-1", 9, {"EF101": 2})
    store.add_run(late, [Skipped("in.jsonl:3", "EF105", "invalid JSON line")])
    store.add_run(
        early,
        [Skipped("a.txt", "EF101", "empty input"), Skipped("b.txt", "EF101", "empty input")],
    )
    assert store.runs() == [early, late]
    assert [s.source for s in store.skipped()] == ["a.txt", "b.txt", "in.jsonl:3"]
    assert store.skipped("run-2") == [Skipped("in.jsonl:3", "EF105", "invalid JSON line")]
    assert store.skipped("nope") == []
    assert store.stats()["skipped"] == 3
    store.add_run(dataclasses.replace(early, articles_new=3), [])  # same run id: replaced
    assert store.runs()[0].articles_new == 3
    assert store.stats()["skipped"] == 1


def test_store_rolls_back_a_failed_write(store: Store) -> None:
    events = sample_events()
    store.replace_events(events[:1])
    bad = dataclasses.replace(
        events[1],
        contradictions=(
            Contradiction(
                "x", "value_conflict", (ContradictionValue(object(), ()),), "unencodable"
            ),
        ),
    )
    with pytest.raises(TypeError):
        store.replace_events([events[2], bad])
    assert _ids(store.events()) == ["ev-abduction"]  # nothing of the failed call was kept


def test_threads_can_share_a_store(store: Store) -> None:
    import threading

    extractions = sample_extractions()
    errors: list[BaseException] = []

    def work(extraction: ArticleExtraction) -> None:
        try:
            for _ in range(5):
                store.add_extraction(extraction)
                store.events(text="mopti")
        except Exception as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(e,)) for e in extractions]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert store.stats()["articles"] == 3


def test_event_fields_with_alternatives_are_searchable(store: Store) -> None:
    quote = Span("a9", 0, 20, "attaque près de Tombouctou")
    event = dataclasses.replace(
        make_event("alt"),
        fields={
            **make_event("alt").fields,
            "location": field("Mopti", alternatives=[Support("Tombouctou", (quote,))]),
        },
    )
    store.replace_events([event])
    assert _ids(store.events(text="tombouctou")) == ["alt"]
    assert store.event("alt") == event


# -- crash safety -----------------------------------------------------------------------------


def _writer(db: Path, *args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, str(WRITER), str(db), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=TESTS,
    )


def _check_invariants(path: Path) -> dict[str, int]:
    db = sqlite3.connect(path)
    try:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

        def one(sql: str) -> int:
            return int(db.execute(sql).fetchone()[0])

        assert (
            one("SELECT count(*) FROM mentions WHERE article NOT IN (SELECT id FROM articles)") == 0
        )
        assert (
            one(
                "SELECT count(*) FROM event_articles WHERE event NOT IN (SELECT id FROM events)"
                " OR article NOT IN (SELECT id FROM articles)"
            )
            == 0
        )
        for table in ("claims", "contradictions", "field_support"):
            assert (
                one(f"SELECT count(*) FROM {table} WHERE event NOT IN (SELECT id FROM events)") == 0
            )
        # no half-written article: the title says how many mentions it came with
        rows = db.execute(
            "SELECT a.title, count(m.id), s.mentions FROM articles a"
            " LEFT JOIN mentions m ON m.article = a.id"
            " LEFT JOIN article_state s ON s.article = a.id GROUP BY a.id"
        ).fetchall()
        for title, found, state in rows:
            expected = int(title.rsplit("mentions=", 1)[1])
            assert found == expected == state, title
        events = one("SELECT count(*) FROM events")
        assert one("SELECT count(*) FROM events_fts") == events
        assert one("SELECT count(*) FROM events_rtree") == one(
            "SELECT count(*) FROM events WHERE latitude IS NOT NULL"
        )
        assert (
            one("SELECT count(*) FROM events_rtree WHERE rid NOT IN (SELECT rid FROM events)") == 0
        )
        return {"articles": len(rows), "events": events}
    finally:
        db.close()


def _final_state(path: Path) -> tuple[dict[str, int], list[str], list[str], list[str]]:
    with Store.open(path) as store:
        events = store.events(limit=-1)
        return (
            store.stats(),
            sorted(codec.dumps(e) for e in events),
            [m.id for m in store.mentions()],
            [r.run_id for r in store.runs()],
        )


def test_store_survives_being_killed_and_converges(tmp_path: Path) -> None:
    killed_db, reference_db = tmp_path / "killed.db", tmp_path / "reference.db"
    rng = random.Random(20240306)
    kills = 0
    progress = []
    for _ in range(10):
        proc = _writer(killed_db, "--pause-ms", "0.5")
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == b"ready", proc.stderr.read() if proc.stderr else ""
        time.sleep(rng.uniform(0.02, 0.5))
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
        proc.communicate()
        kills += proc.returncode == -signal.SIGKILL
        progress.append(_check_invariants(killed_db)["articles"])
    assert kills >= 7, "the writer finished before it could be killed; make it write more"
    assert progress == sorted(progress)
    finish = _writer(killed_db)
    out, err = finish.communicate(timeout=120)
    assert finish.returncode == 0, err.decode()
    _check_invariants(killed_db)

    reference = _writer(reference_db)
    out, err = reference.communicate(timeout=120)
    assert reference.returncode == 0, err.decode()
    assert out.split() == [b"ready", b"done"]

    final, expected = _final_state(killed_db), _final_state(reference_db)
    assert final[0] == expected[0] == {"articles": 600, "mentions": 900, "events": 60, "skipped": 3}
    assert final == expected


def test_writer_events_are_deterministic() -> None:
    from store_records import generated_extraction

    mentions = [m for i in range(30) for m in generated_extraction(i).mentions]
    first = events_from_mentions(mentions)
    assert [e.id for e in first] == [e.id for e in events_from_mentions(reversed(mentions))]
    assert {a for e in first for a in e.articles} <= {
        generated_extraction(i).article.id for i in range(30)
    }


def test_mentions_of_hand_built_articles_keep_spans() -> None:
    article = make_article("Gunmen attacked Gao on Monday.")
    mention = make_mention(article, "attacked")
    assert article.text[mention.trigger.start : mention.trigger.end] == "attacked"


# -- the write lease --------------------------------------------------------------------------


def _hold_lease(db: str, seconds: float, started: Any) -> None:
    with Store.open(db) as store, store.write_lease():
        started.set()
        time.sleep(seconds)


@pytest.mark.parametrize("where", ["file", "memory"])
def test_write_lease_is_one_holder_at_a_time(tmp_path: Path, where: str) -> None:
    """A second holder waits for the first, within one process (threads) and across processes."""
    db = str(tmp_path / "lease.db") if where == "file" else ":memory:"
    with Store.open(db) as store:
        order: list[str] = []
        first_in = threading.Event()

        def first() -> None:
            with store.write_lease():
                first_in.set()
                time.sleep(0.3)
                order.append("first out")

        thread = threading.Thread(target=first)
        thread.start()
        assert first_in.wait(5)
        with store.write_lease():
            order.append("second in")
        thread.join()
        assert order == ["first out", "second in"]
    if where == "memory":
        return
    context = multiprocessing.get_context("spawn")
    started = context.Event()
    other = context.Process(target=_hold_lease, args=(db, 1.0, started))
    other.start()
    try:
        assert started.wait(60)
        begin = time.monotonic()
        with Store.open(db) as store, store.write_lease():
            waited = time.monotonic() - begin
        assert waited > 0.5
    finally:
        other.join(30)
    # a holder killed with SIGKILL leaves no lease behind
    started = context.Event()
    other = context.Process(target=_hold_lease, args=(db, 60.0, started))
    other.start()
    assert started.wait(60)
    os.kill(other.pid or 0, signal.SIGKILL)
    other.join(30)
    begin = time.monotonic()
    with Store.open(db) as store, store.write_lease():
        assert time.monotonic() - begin < 5
