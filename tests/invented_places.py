"""Helpers for tests that resolve places in a small invented gazetteer: the shipped schema,
and place mentions read from a text the way the pipeline reads them."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path

from eventfuse.geo import describe_relation
from eventfuse.geo.schema import SCHEMA
from eventfuse.records import PlaceMention, Span


def new_gazetteer(path: Path) -> sqlite3.Connection:
    """An empty gazetteer file with the shipped schema, open for the test to fill."""
    conn = sqlite3.connect(path)
    conn.executescript(SCHEMA)
    return conn


def mentions(text: str, names: Sequence[str], lang: str) -> list[PlaceMention]:
    """Place mentions for ``names``, in order; a name listed twice is its next occurrence."""
    out: list[PlaceMention] = []
    seen: dict[str, int] = {}
    for name in names:
        start = text.index(name, seen.get(name, 0))
        end = start + len(name)
        seen[name] = end
        rel = describe_relation(text, start, end, lang)
        out.append(
            PlaceMention(
                text=name,
                span=Span("a1", start, end, name),
                relation=rel.relation,
                distance_km=rel.distance_km,
                direction=rel.direction,
            )
        )
    return out
