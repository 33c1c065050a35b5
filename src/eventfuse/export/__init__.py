"""Exports of events and per-article mentions: ACLED CSV, JSON lines, GeoJSON, Parquet.

>>> import io
>>> export_events([], fmt="acled", out=io.StringIO())
0
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import IO, Any

from eventfuse.errors import ConfigError
from eventfuse.records import Article, Event, Mention, SetAside

from .rows import ACLED_COLUMNS, COLUMNS, acled_row, mention_event
from .writers import Output, write_csv, write_geojson, write_jsonl, write_parquet

FORMATS: tuple[str, ...] = ("acled", "geojson", "jsonl", "parquet")
# Parts of the Event JSON left out of GeoJSON properties (per-field provenance is bulky).
GEOJSON_LEFT_OUT: frozenset[str] = frozenset({"fields", "source_chains"})

__all__ = [
    "ACLED_COLUMNS",
    "COLUMNS",
    "FORMATS",
    "acled_row",
    "export_events",
    "export_mentions",
    "mention_event",
]


def export_events(
    events: Sequence[Event],
    *,
    fmt: str,
    out: IO[Any] | str | Path,
    articles: Mapping[str, Article] | None = None,
) -> int:
    """Write ``events`` in format ``fmt`` to ``out`` (a path or a stream); returns the number
    of rows (events) written. ``articles`` (by id) fills ACLED's ``source`` with outlets."""
    return _export(
        [(event, event.to_json()) for event in events], fmt=fmt, out=out, articles=articles
    )


def export_mentions(
    mentions: Sequence[Mention],
    articles: Mapping[str, Article],
    *,
    fmt: str,
    out: IO[Any] | str | Path,
    set_aside: Mapping[str, Sequence[SetAside]] | None = None,
) -> int:
    """Write per-article mentions with the event fields (one article each) plus ``primary``
    (and, in JSON formats, ``article``, ``parts``: the acts of the incident folded into the
    mention, each with its reason and span, and ``set_aside``: the acts its article tells that
    are no event of their own, each with its reason); returns the number of rows written."""
    items = []
    for mention in mentions:
        event = mention_event(mention)
        document = event.to_json()
        document["article"] = mention.article
        document["primary"] = mention.primary
        document["parts"] = [part.to_json() for part in mention.parts]
        document["set_aside"] = [act.to_json() for act in (set_aside or {}).get(mention.article, ())]
        items.append((event, document))
    return _export(items, fmt=fmt, out=out, articles=articles, extra=("primary",))


def _export(
    items: list[tuple[Event, dict[str, object]]],
    *,
    fmt: str,
    out: Output,
    articles: Mapping[str, Article] | None,
    extra: Sequence[str] = (),
) -> int:
    writer = _WRITERS.get(str(fmt).strip().lower())
    if writer is None:
        raise ConfigError(
            f"unknown export format {fmt!r}", hint=f"valid formats: {', '.join(FORMATS)}"
        )
    return writer(items, out, articles, extra)


Items = list[tuple[Event, dict[str, object]]]


def _flat(
    items: Items, articles: Mapping[str, Article] | None, extra: Sequence[str]
) -> list[dict[str, object]]:
    rows = []
    for event, document in items:
        row = acled_row(event, articles=articles)
        row.update({name: document[name] for name in extra})
        rows.append(row)
    return rows


def _acled(
    items: Items, out: Output, articles: Mapping[str, Article] | None, extra: Sequence[str]
) -> int:
    return write_csv(_flat(items, articles, extra), out, columns=(*COLUMNS, *extra))


def _jsonl(
    items: Items, out: Output, articles: Mapping[str, Article] | None, extra: Sequence[str]
) -> int:
    return write_jsonl([document for _, document in items], out)


def _geojson(
    items: Items, out: Output, articles: Mapping[str, Article] | None, extra: Sequence[str]
) -> int:
    features = []
    skipped = 0
    for event, document in items:
        lat, lon = _number(document.get("latitude")), _number(document.get("longitude"))
        if lat is None or lon is None:
            skipped += 1
            continue
        properties = {k: v for k, v in document.items() if k not in GEOJSON_LEFT_OUT}
        features.append((lon, lat, event.id, properties))
    return write_geojson(features, out, skipped=skipped)


def _parquet(
    items: Items, out: Output, articles: Mapping[str, Article] | None, extra: Sequence[str]
) -> int:
    rows = _flat(items, articles, extra)
    for row, (_, document) in zip(rows, items):
        row["json"] = json.dumps(document, ensure_ascii=False)
    return write_parquet(rows, out, extra=extra)


def _number(value: object) -> float | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value):
        return float(value)
    return None


_WRITERS: dict[str, Callable[[Items, Output, Mapping[str, Article] | None, Sequence[str]], int]] = {
    "acled": _acled,
    "geojson": _geojson,
    "jsonl": _jsonl,
    "parquet": _parquet,
}
