"""Writers for the export formats: ACLED CSV, JSON lines, GeoJSON and Parquet."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import IO, Any

from eventfuse.errors import ConfigError

from .rows import COLUMNS

Output = IO[Any] | str | Path
Row = dict[str, object]


@contextmanager
def text_output(out: Output) -> Iterator[IO[str]]:
    """A text stream for ``out``: a path (created, UTF-8), a text stream, or a binary stream."""
    if isinstance(out, (str, Path)):
        with open(out, "w", encoding="utf-8", newline="") as stream:
            yield stream
    elif isinstance(out, (io.RawIOBase, io.BufferedIOBase)) or "b" in getattr(out, "mode", ""):
        wrapper = io.TextIOWrapper(out, encoding="utf-8", newline="")
        try:
            yield wrapper
        finally:
            wrapper.flush()
            wrapper.detach()
    else:
        yield out


# A spreadsheet reads a cell starting with one of these as a formula (OWASP, "CSV injection").
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def neutralise_formula(text: str) -> str:
    """``text`` with a single quote in front when a spreadsheet would run it as a formula.

    Text that is a plain number ("-3.5") is left as it is: it is no formula, and numbers
    must stay numbers.
    """
    if text.startswith(FORMULA_PREFIXES) and not _NUMBER.fullmatch(text):
        return "'" + text
    return text


def write_csv(rows: Sequence[Row], out: Output, *, columns: Sequence[str]) -> int:
    """ACLED-style CSV: a header of ``columns``, empty cells for unknown values; every text
    cell that a spreadsheet would take for a formula is neutralised (:func:`neutralise_formula`),
    numbers are written as they are."""
    with text_output(out) as stream:
        writer = csv.writer(stream, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_cell(row.get(c)) for c in columns])
    return len(rows)


def write_jsonl(documents: Sequence[dict[str, object]], out: Output) -> int:
    """One JSON object per line (UTF-8, not ASCII-escaped)."""
    with text_output(out) as stream:
        for document in documents:
            stream.write(json.dumps(document, ensure_ascii=False, default=_json_default))
            stream.write("\n")
    return len(documents)


def write_geojson(
    features: Sequence[tuple[float, float, str, dict[str, object]]],
    out: Output,
    *,
    skipped: int,
) -> int:
    """A FeatureCollection of Points from ``(longitude, latitude, id, properties)``; the number
    of records left out for lack of coordinates is kept as ``skipped_without_coordinates``."""
    collection = {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "id": feature_id,
                "geometry": {"type": "Point", "coordinates": [lon, lat]},
                "properties": properties,
            }
            for lon, lat, feature_id, properties in features
        ],
        "skipped_without_coordinates": skipped,
    }
    with text_output(out) as stream:
        json.dump(collection, stream, ensure_ascii=False, default=_json_default)
        stream.write("\n")
    return len(features)


def write_parquet(rows: Sequence[Row], out: Output, *, extra: Sequence[str] = ()) -> int:
    """Parquet with the flat columns (typed), ``json`` and any ``extra`` boolean columns."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    types: dict[str, Any] = {name: pa.string() for name in COLUMNS}
    types.update(
        event_date=pa.date32(),
        year=pa.int32(),
        time_precision=pa.int32(),
        inter1=pa.int32(),
        inter2=pa.int32(),
        interaction=pa.int32(),
        iso=pa.int32(),
        latitude=pa.float64(),
        longitude=pa.float64(),
        geo_precision=pa.int32(),
        fatalities=pa.int64(),
        timestamp=pa.int64(),
        json=pa.string(),
    )
    types.update({name: pa.bool_() for name in extra})
    schema = pa.schema([(name, kind) for name, kind in types.items()])
    table = pa.Table.from_pylist([{name: row.get(name) for name in types} for row in rows], schema)
    if isinstance(out, (str, Path)):
        pq.write_table(table, str(out))
    elif isinstance(out, io.TextIOBase) or (
        hasattr(out, "encoding") and "b" not in getattr(out, "mode", "b")
    ):
        raise ConfigError(
            "parquet is a binary format and cannot be written to a text stream",
            hint="give a file path (e.g. --out events.parquet) or a binary stream",
        )
    else:
        pq.write_table(table, out)
    return len(rows)


def _cell(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):
        return neutralise_formula(value)
    return value


def _json_default(value: object) -> object:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")
