"""How events become rows of the SQLite store: the event table, its provenance, claims and
contradictions, the FTS5 document and the R*Tree box; and the small value converters."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from datetime import date

from eventfuse.errors import StoreError
from eventfuse.records import Event

from . import codec

_ACTOR_FIELDS = ("actor1", "actor2", "assoc_actor_1", "assoc_actor_2")
_PLACE_FIELDS = ("location", "admin3", "admin2", "admin1", "country")


def json_text(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def iso_text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _number(value: object) -> float | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    return None


def _integer(value: object) -> int | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return int(value)
    return None


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def unique_events(events: Sequence[Event]) -> list[Event]:
    seen: set[str] = set()
    for event in events:
        if event.id in seen:
            raise StoreError(
                f"event id {event.id} appears twice in one batch",
                hint="events passed to the store must have distinct ids",
            )
        seen.add(event.id)
    return list(events)


def _field_texts(event: Event, names: Iterable[str]) -> list[str]:
    texts: list[str] = []
    for name in names:
        fv = event.fields.get(name)
        if fv is None:
            continue
        for value in (fv.value, *(alt.value for alt in fv.alternatives)):
            if isinstance(value, str) and value and value not in texts:
                texts.append(value)
    return texts


def _fts_document(event: Event) -> tuple[str, str, str, str]:
    actors = _field_texts(event, _ACTOR_FIELDS)
    for claim in event.claims:
        if claim.subject not in actors:
            actors.append(claim.subject)
    places = _field_texts(event, _PLACE_FIELDS)
    quotes: list[str] = []
    for fv in event.fields.values():
        for span in (*fv.support, *(s for alt in fv.alternatives for s in alt.spans)):
            if span.quote not in quotes:
                quotes.append(span.quote)
    return event.notes, "\n".join(actors), "\n".join(places), "\n".join(quotes)


def upsert_event(db: sqlite3.Connection, event: Event) -> None:
    blob = codec.dumps(event)
    row = db.execute("SELECT rid, json FROM events WHERE id = ?", (event.id,)).fetchone()
    if row is not None and row[1] == blob:
        return  # unchanged
    lat, lon = _number(event.value("latitude")), _number(event.value("longitude"))
    columns = (
        iso_text(event.value("event_date")),
        _text(event.value("event_type")),
        _text(event.value("sub_event_type")),
        _text(event.value("country")),
        _text(event.value("admin1")),
        _text(event.value("location")),
        _text(event.value("actor1")),
        _text(event.value("actor2")),
        lat,
        lon,
        _integer(event.value("fatalities")),
        event.independent_sources,
        blob,
    )
    if row is None:
        cursor = db.execute(
            "INSERT INTO events (event_date, event_type, sub_event_type, country, admin1,"
            " location, actor1, actor2, latitude, longitude, fatalities, independent_sources,"
            " json, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (*columns, event.id),
        )
        rid = cursor.lastrowid
    else:
        rid = row[0]
        db.execute(
            "UPDATE events SET event_date = ?, event_type = ?, sub_event_type = ?, country = ?,"
            " admin1 = ?, location = ?, actor1 = ?, actor2 = ?, latitude = ?, longitude = ?,"
            " fatalities = ?, independent_sources = ?, json = ? WHERE rid = ?",
            (*columns, rid),
        )
        for table in ("event_articles", "claims", "contradictions", "field_support"):
            db.execute(f"DELETE FROM {table} WHERE event = ?", (event.id,))  # constant names
        db.execute("DELETE FROM events_fts WHERE rowid = ?", (rid,))
        db.execute("DELETE FROM events_rtree WHERE rid = ?", (rid,))
    db.executemany(
        "INSERT OR IGNORE INTO event_articles (event, article) VALUES (?, ?)",
        [(event.id, article) for article in event.articles],
    )
    db.executemany(
        "INSERT INTO claims (event, seq, subject, attribute, status, json)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [
            (event.id, seq, c.subject, c.attribute, c.status, json_text(c.to_json()))
            for seq, c in enumerate(event.claims)
        ],
    )
    db.executemany(
        "INSERT INTO contradictions (event, seq, field, kind, json) VALUES (?, ?, ?, ?, ?)",
        [
            (event.id, seq, c.field, c.kind, json_text(c.to_json()))
            for seq, c in enumerate(event.contradictions)
        ],
    )
    db.executemany(
        'INSERT INTO field_support (event, field, chosen, article, start, "end", quote)'
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (event.id, name, chosen, s.article, s.start, s.end, s.quote)
            for name, fv in sorted(event.fields.items())
            for chosen, spans in (
                (1, fv.support),
                (0, tuple(s for alt in fv.alternatives for s in alt.spans)),
            )
            for s in spans
        ],
    )
    db.execute(
        "INSERT INTO events_fts (rowid, notes, actors, location, quotes) VALUES (?, ?, ?, ?, ?)",
        (rid, *_fts_document(event)),
    )
    if lat is not None and lon is not None:
        db.execute(
            "INSERT INTO events_rtree (rid, min_lon, max_lon, min_lat, max_lat)"
            " VALUES (?, ?, ?, ?, ?)",
            (rid, lon, lon, lat, lat),
        )
