"""Event filters turned into a WHERE clause with bound parameters, and safe FTS5 queries."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime

from eventfuse.errors import InputError

FTS_COLUMNS = ("notes", "actors", "location", "quotes")


@dataclass(frozen=True, slots=True)
class EventQuery:
    """Filters for :meth:`Store.events`; ``None`` means "do not filter on this".

    ``bbox`` is ``(west, south, east, north)`` in degrees (GeoJSON order); ``west > east``
    crosses the antimeridian. ``text`` searches notes, actors, places and supporting quotes,
    accent- and case-insensitively; every word must occur, ``word*`` matches a prefix.
    ``actor`` is searched the same way in actor names (actor1/2, associated actors, and the
    persons that claims are about). Text and exact-match filters compare case-insensitively.
    """

    since: date | None = None
    until: date | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    country: str | None = None
    admin1: str | None = None
    actor: str | None = None
    min_fatalities: int | None = None
    min_sources: int | None = None
    bbox: tuple[float, float, float, float] | None = None
    text: str | None = None
    limit: int = 100
    offset: int = 0


def fts_query(text: str, *, column: str | None = None) -> str | None:
    """An FTS5 MATCH expression for user text: each word a quoted phrase, all required.

    Quotes are doubled, so no punctuation the user types can change the query's syntax;
    ``word*`` keeps its prefix star. Returns ``None`` when the text has no searchable word.
    """
    if column is not None and column not in FTS_COLUMNS:
        raise ValueError(f"unknown full-text column {column!r}")
    phrases = []
    for word in text.split():
        prefix = word.endswith("*")
        core = word.rstrip("*")
        if not any(ch.isalnum() for ch in core):
            continue
        phrases.append('"' + core.replace('"', '""') + '"' + ("*" if prefix else ""))
    if not phrases:
        return None
    expression = " AND ".join(phrases)
    return f"{column} : ({expression})" if column else expression


def where_clause(query: EventQuery) -> tuple[str, list[object]]:
    """SQL ``WHERE`` text over table ``events`` (alias ``e``) and its bound parameters.

    Only constant SQL is written here; every user value is a ``?`` parameter.
    """
    clauses: list[str] = []
    params: list[object] = []
    if query.since is not None:
        clauses.append("e.event_date >= ?")
        params.append(_day(query.since))
    if query.until is not None:
        clauses.append("e.event_date <= ?")
        params.append(_day(query.until))
    for column, value in (
        ("event_type", query.event_type),
        ("sub_event_type", query.sub_event_type),
        ("country", query.country),
        ("admin1", query.admin1),
    ):
        if value is not None:
            clauses.append(f"e.{column} = ? COLLATE NOCASE")
            params.append(value)
    if query.min_fatalities is not None:
        clauses.append("e.fatalities >= ?")
        params.append(int(query.min_fatalities))
    if query.min_sources is not None:
        clauses.append("e.independent_sources >= ?")
        params.append(int(query.min_sources))
    searches: tuple[tuple[str | None, str | None], ...] = (
        (query.text, None),
        (query.actor, "actors"),
    )
    for text, fts_column in searches:
        if text is None or not text.strip():
            continue
        match = fts_query(text, column=fts_column)
        if match is None:
            clauses.append("0")  # nothing searchable in the text: nothing matches
            continue
        clauses.append("e.rid IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)")
        params.append(match)
    if query.bbox is not None:
        sql, values = _bbox_clause(query.bbox)
        clauses.append(sql)
        params.extend(values)
    return (" AND ".join(clauses) if clauses else "1"), params


def _day(value: date) -> str:
    return (value.date() if isinstance(value, datetime) else value).isoformat()


def _bbox_clause(bbox: tuple[float, float, float, float]) -> tuple[str, list[object]]:
    try:
        west, south, east, north = (float(v) for v in bbox)
    except (TypeError, ValueError):
        raise InputError(
            f"bbox must be four numbers, got {bbox!r}", hint="bbox is (west, south, east, north)"
        ) from None
    if not all(math.isfinite(v) for v in (west, south, east, north)) or south > north:
        raise InputError(
            f"invalid bbox {bbox!r}",
            hint="bbox is (west, south, east, north) in degrees, with south <= north",
        )
    if west <= east:
        # the R*Tree stores 32-bit bounds rounded outwards: use it to find candidates,
        # then test the exact coordinates
        return (
            (
                "e.rid IN (SELECT rid FROM events_rtree WHERE max_lon >= ? AND min_lon <= ?"
                " AND max_lat >= ? AND min_lat <= ?)"
                " AND e.longitude BETWEEN ? AND ? AND e.latitude BETWEEN ? AND ?"
            ),
            [west, east, south, north, west, east, south, north],
        )
    return (
        "(e.longitude >= ? OR e.longitude <= ?) AND e.latitude BETWEEN ? AND ?",
        [west, east, south, north],
    )
