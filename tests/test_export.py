"""Tests for eventfuse.export: ACLED CSV, JSON lines, GeoJSON and Parquet parse back."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from store_records import make_event, sample_events, sample_extractions

from eventfuse.errors import ConfigError
from eventfuse.export import (
    ACLED_COLUMNS,
    COLUMNS,
    FORMATS,
    acled_row,
    export_events,
    export_mentions,
    mention_event,
)
from eventfuse.records import Article, Event

ACLED_ORDER = [
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
]


@pytest.fixture
def articles() -> dict[str, Article]:
    extractions = sample_extractions()
    return {e.article.id: e.article for e in extractions}


@pytest.fixture
def events(articles: dict[str, Article]) -> list[Event]:
    return sample_events(tuple(articles))


def _csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_acled_columns_follow_acled_order() -> None:
    assert list(ACLED_COLUMNS) == ACLED_ORDER
    assert COLUMNS == (*ACLED_ORDER, "event_uid", "article_ids")


def test_acled_csv_parses_back(events: list[Event], articles: dict[str, Article]) -> None:
    out = io.StringIO()
    assert export_events(events, fmt="acled", out=out, articles=articles) == 4
    text = out.getvalue()
    assert text.splitlines()[0] == ",".join(COLUMNS)
    rows = _csv(text)
    assert [r["event_id_cnty"] for r in rows] == [e.id for e in events]
    abduction, clash, dori, unplaced = rows
    assert abduction["event_date"] == "2024-03-04" and abduction["year"] == "2024"
    assert abduction["sub_event_type"] == "Abduction/forced disappearance"
    assert abduction["event_type"] == "Violence against civilians"
    assert abduction["disorder_type"] == "Political violence"
    assert (abduction["inter1"], abduction["inter2"], abduction["interaction"]) == ("2", "7", "27")
    assert abduction["civilian_targeting"] == "Civilian targeting"
    assert (abduction["iso"], abduction["region"], abduction["country"]) == (
        "466",
        "Western Africa",
        "Mali",
    )
    assert float(abduction["latitude"]) == pytest.approx(14.4843)
    assert abduction["source"] == "Sahel Wire; Le Journal du Sahel"
    assert abduction["article_ids"].split(";") == list(events[0].articles)
    assert abduction["event_uid"] == events[0].id
    assert "Aïssata Koné" in abduction["notes"]
    assert abduction["timestamp"].isdigit()
    assert clash["interaction"] == "12" and clash["fatalities"] == "3"
    assert clash["source"] == "gao-news.example.com"  # no outlet: the URL's host
    assert clash["civilian_targeting"] == ""
    assert dori["iso"] == "854" and dori["admin1"] == "Sahel"
    assert unplaced["event_date"] == "" and unplaced["year"] == ""
    assert unplaced["latitude"] == "" and unplaced["fatalities"] == "0"
    assert (unplaced["inter2"], unplaced["interaction"]) == ("0", "20")  # actor1 alone


def test_acled_csv_without_articles_leaves_source_empty(events: list[Event]) -> None:
    rows = _csv(_export(events, "acled"))
    assert all(r["source"] == "" and r["timestamp"] == "" for r in rows)


def _export(events: list[Event], fmt: str) -> str:
    out = io.StringIO()
    export_events(events, fmt=fmt, out=out)
    return out.getvalue()


def test_jsonl_is_the_event_json(events: list[Event]) -> None:
    lines = _export(events, "jsonl").splitlines()
    assert [json.loads(line) for line in lines] == [
        json.loads(json.dumps(e.to_json())) for e in events
    ]
    first = json.loads(lines[0])
    assert first["independent_sources"] == 2
    assert first["contradictions"][0]["kind"] == "date_conflict"
    assert first["fields"]["event_date"]["support"][0]["quote"] == "abducted Aïssata Koné"
    assert "Aïssata" in lines[0]  # UTF-8, not escaped


def test_geojson_skips_events_without_coordinates(events: list[Event]) -> None:
    out = io.StringIO()
    assert export_events(events, fmt="geojson", out=out) == 3
    collection = json.loads(out.getvalue())
    assert collection["type"] == "FeatureCollection"
    assert collection["skipped_without_coordinates"] == 1
    features = collection["features"]
    assert [f["id"] for f in features] == ["ev-abduction", "ev-clash", "ev-dori"]
    point = features[1]["geometry"]
    assert point == {"type": "Point", "coordinates": [-0.0447, 16.2717]}  # lon, lat
    properties = features[0]["properties"]
    assert "fields" not in properties and properties["notes"].startswith("On 4 March")
    assert properties["claims"][0]["attribute"] == "followers"


def test_parquet_parses_back(
    tmp_path: Path, events: list[Event], articles: dict[str, Article]
) -> None:
    path = tmp_path / "events.parquet"
    assert export_events(events, fmt="parquet", out=path, articles=articles) == 4
    table = pq.read_table(path)
    assert table.column_names == [*COLUMNS, "json"]
    rows = table.to_pylist()
    assert rows[0]["event_date"] == date(2024, 3, 4)
    assert rows[0]["interaction"] == 27 and rows[0]["iso"] == 466
    assert rows[1]["latitude"] == pytest.approx(16.2717)
    assert rows[3]["latitude"] is None and rows[3]["event_date"] is None
    assert [json.loads(r["json"])["id"] for r in rows] == [e.id for e in events]
    assert rows[0]["source"] == "Sahel Wire; Le Journal du Sahel"


def test_parquet_to_a_binary_stream_and_not_a_text_stream(events: list[Event]) -> None:
    buffer = io.BytesIO()
    assert export_events(events, fmt="parquet", out=buffer) == 4
    buffer.seek(0)
    assert pq.read_table(buffer).num_rows == 4
    with pytest.raises(ConfigError, match="binary"):
        export_events(events, fmt="parquet", out=io.StringIO())


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_writes_to_a_path_and_handles_no_events(tmp_path: Path, fmt: str) -> None:
    path = tmp_path / f"none.{fmt}"
    assert export_events([], fmt=fmt, out=path) == 0
    assert path.exists() and path.stat().st_size > 0 or fmt == "jsonl"
    if fmt == "acled":
        assert path.read_text(encoding="utf-8").strip() == ",".join(COLUMNS)
    if fmt == "geojson":
        assert json.loads(path.read_text(encoding="utf-8"))["features"] == []
    if fmt == "parquet":
        assert pq.read_table(path).num_rows == 0


@pytest.mark.parametrize("fmt", ["acled", "jsonl", "geojson"])
def test_text_formats_accept_binary_streams(events: list[Event], fmt: str) -> None:
    buffer = io.BytesIO()
    export_events(events, fmt=fmt, out=buffer)
    assert buffer.getvalue().decode("utf-8") == _export(events, fmt)


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "", "ACLED; rm -rf /"])
def test_unknown_format_lists_the_valid_ones(tmp_path: Path, fmt: str) -> None:
    path = tmp_path / "out"
    with pytest.raises(ConfigError) as info:
        export_events([], fmt=fmt, out=path)
    assert all(name in info.value.hint for name in FORMATS)
    assert not path.exists()
    with pytest.raises(ConfigError):
        export_mentions([], {}, fmt=fmt, out=path)


def test_format_names_are_case_insensitive(events: list[Event]) -> None:
    assert _export(events, "JSONL") == _export(events, "jsonl")


# -- mentions ---------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "fr"])
def test_mention_event_has_the_mention_fields(language: str) -> None:
    extraction = next(e for e in sample_extractions() if e.article.language == language)
    mention = extraction.mentions[0]
    event = mention_event(mention)
    assert event.id == mention.id and event.articles == (mention.article,)
    assert event.independent_sources == 1
    assert event.value("sub_event_type") == "Abduction/forced disappearance"
    assert event.value("event_date") == date(2024, 3, 4)
    assert event.value("location") == "Mopti" and event.value("inter2") == 7
    assert event.fields["sub_event_type"].support == (mention.trigger,)
    assert event.claims[0].values[0].articles == (mention.article,)
    assert event.notes == extraction.article.text


def _mentions() -> tuple[list, dict[str, Article]]:
    extractions = sample_extractions()
    mentions = [m for e in extractions for m in e.mentions]
    return mentions, {e.article.id: e.article for e in extractions}


def test_mentions_jsonl_has_one_article_each_and_primary() -> None:
    mentions, articles = _mentions()
    out = io.StringIO()
    assert export_mentions(mentions, articles, fmt="jsonl", out=out) == 4
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r["id"] for r in rows] == [m.id for m in mentions]
    assert all(r["articles"] == [r["article"]] for r in rows)
    assert [r["primary"] for r in rows] == [True, True, True, False]
    assert rows[2]["fatalities"] == 3 and rows[2]["location"] == "Gao"


def test_mentions_acled_and_parquet_have_primary(tmp_path: Path) -> None:
    mentions, articles = _mentions()
    out = io.StringIO()
    assert export_mentions(mentions, articles, fmt="acled", out=out) == 4
    rows = _csv(out.getvalue())
    assert list(rows[0]) == [*COLUMNS, "primary"]
    assert [r["primary"] for r in rows] == ["1", "1", "1", "0"]
    assert rows[1]["source"] == "Le Journal du Sahel"
    assert rows[2]["actor1"] == "Military Forces of Mali (2021-)"
    path = tmp_path / "mentions.parquet"
    assert export_mentions(mentions, articles, fmt="parquet", out=path) == 4
    table = pq.read_table(path)
    assert table.column("primary").to_pylist() == [True, True, True, False]
    assert table.column_names[-1] == "primary"


def test_mentions_geojson() -> None:
    mentions, articles = _mentions()
    out = io.StringIO()
    assert export_mentions(mentions, articles, fmt="geojson", out=out) == 4
    features = json.loads(out.getvalue())["features"]
    assert features[0]["properties"]["primary"] is True
    assert features[0]["geometry"]["coordinates"] == [-4.1827, 14.4843]


def test_acled_row_reads_string_values_and_unknown_countries() -> None:
    event = make_event("x", place=None)
    fields = dict(event.fields)
    fields["event_date"] = fields["event_date"].__class__("2024-03-04", 0.5, ())
    fields["country"] = fields["event_date"].__class__("Atlantis", 0.5, ())
    row = acled_row(Event("x", fields, ("a",), (), (("a",),)))
    assert row["event_date"] == date(2024, 3, 4) and row["year"] == 2024
    assert row["iso"] is None and row["region"] is None and row["country"] == "Atlantis"
