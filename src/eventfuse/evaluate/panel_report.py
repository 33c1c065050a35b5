"""The evaluation panel as people read it: its records (a gold set, what the panel found for
it), the headline measures each kind of set shows, and the table as text or Markdown."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

__all__ = ["MEASURES", "Column", "GoldSet", "SetResult", "format_markdown", "format_panel", "headline"]


@dataclass(frozen=True, slots=True)
class GoldSet:
    """One gold set: its key (for ``--only``), its title in the table, its kind (which
    evaluation scores it: ``acled``, ``case2021``, ``news`` or ``geoparse``), its path under the
    evaluation folder (a file; the set's folder for ``news``) and, for ACLED exports, the first
    event date scored."""

    key: str
    title: str
    kind: str
    path: str
    since: date | None = None


@dataclass(frozen=True, slots=True)
class SetResult:
    """What the panel found for one set: ``status`` is ``scored`` (with the evaluation's
    ``report`` and the ``seconds`` it took), ``absent`` (a file is missing) or ``error`` (a file
    could not be read: ``error`` says why)."""

    gold: GoldSet
    status: str
    report: Mapping[str, Any] | None = None
    seconds: float | None = None
    error: str | None = None


# Per kind of set: (label in the table, path of keys into the evaluation's report).
MEASURES: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "acled": (
        ("notes scored", ("rows",)),
        ("event type", ("event_type_accuracy",)),
        ("sub-event type", ("sub_event_type_accuracy",)),
        ("sub-event type macro-F1", ("sub_event_type_macro_f1",)),
        ("admin1", ("admin1_accuracy",)),
        ("fatalities exact", ("fatalities_exact",)),
    ),
    "case2021": (
        ("snippets with an ACLED type", ("event_rows",)),
        ("sub-event type", ("sub_event_accuracy",)),
        ("sub-event type macro-F1", ("macro_f1",)),
        ("snippets outside ACLED's types", ("non_event_rows",)),
        ("non-events rejected", ("non_event_rejected",)),
    ),
    "news": (
        ("incidents", ("all", "incidents")),
        ("events per incident (a)", ("all", "events_per_incident_a")),
        ("events per incident (b)", ("all", "events_per_incident_b")),
        ("B-cubed F1", ("all", "bcubed_f1")),
        ("date exact", ("all", "date_exact")),
        ("event type", ("all", "event_type")),
        ("sub-event type", ("all", "sub_event_type")),
        ("admin1", ("all", "admin1")),
        ("within 25 km", ("all", "within_25km")),
        ("fatalities within max(2, 20%)", ("all", "fatalities_close")),
        ("events from distractors alone", ("all", "distractor_events")),
    ),
    "geoparse": (
        ("gold toponyms", ("toponyms",)),
        ("within 161 km", ("within_161km",)),
        ("within 161 km (of resolved)", ("within_161km_of_resolved",)),
        ("median error km (resolved)", ("median_error_km",)),
        ("mean error km (resolved)", ("mean_error_km",)),
        ("AUC of log error (lower is better)", ("auc_log_error",)),
    ),
}
# The real-news measures also shown for each language's articles alone.
BY_LANGUAGE = (("event type", "event_type"), ("sub-event type", "sub_event_type"))


def _get(report: Mapping[str, Any], keys: Sequence[str]) -> Any:
    value: Any = report
    for key in keys:
        value = value.get(key) if isinstance(value, Mapping) else None
    return value


def headline(kind: str, report: Mapping[str, Any] | None) -> list[tuple[str, Any]]:
    """The (label, value) rows the table shows for a set of ``kind`` scored as ``report``
    (values as the evaluation computed them; None where it has none)."""
    if report is None:
        return []
    rows = [(label, _get(report, keys)) for label, keys in MEASURES[kind]]
    if kind == "news":
        for lang in sorted(report.get("by_language") or {}):
            rows.extend((f"{label}, {lang}", _get(report, ("by_language", lang, key)))
                        for label, key in BY_LANGUAGE)
    return rows


def _cell(value: object) -> str:
    return "-" if value is None else str(value)


@dataclass(frozen=True, slots=True)
class Column:
    """An earlier panel (its ``--json`` file) shown as a column beside this run's values:
    ``name`` heads it; ``values`` maps set key -> measure label -> value."""

    name: str
    values: Mapping[str, Mapping[str, Any]]

    @classmethod
    def from_json(cls, name: str, doc: Mapping[str, Any]) -> Column:
        return cls(name, {s["key"]: s.get("headline") or {} for s in doc.get("sets", [])})


Row = tuple[str, str, tuple[str, ...], str]  # set title, measure, earlier columns, this run


def _rows(results: Sequence[SetResult], beside: Sequence[Column]) -> list[Row]:
    """The table's rows, the set's title only on its first row."""
    out: list[Row] = []
    blank = tuple("" for _ in beside)
    for r in results:
        if r.status == "absent":
            out.append((r.gold.title, "absent", blank, r.gold.path))
        elif r.status == "error":
            out.append((r.gold.title, "error", blank, (r.error or "").splitlines()[0] if r.error else ""))
        else:
            for n, (label, value) in enumerate(headline(r.gold.kind, r.report)):
                earlier = tuple(_cell(c.values.get(r.gold.key, {}).get(label)) for c in beside)
                out.append((r.gold.title if n == 0 else "", label, earlier, _cell(value)))
    return out


def format_panel(results: Sequence[SetResult], *, root: str | Path, classifier: str,
                 beside: Sequence[Column] = (), name: str = "value") -> str:
    """The panel as a text table: one block of rows per set; ``beside``: earlier panels'
    columns before this run's, headed ``name``."""
    rows = _rows(results, beside)
    width = max([len(t) for t, _, _, _ in rows] + [3])
    cols = [max([len(c.name)] + [len(e[i]) for _, _, e, _ in rows]) for i, c in enumerate(beside)]
    last = max([len(name)] + [len(v) for _, m, _, v in rows if m not in ("absent", "error")])
    head = "".join(f"{c.name:>{w}}  " for c, w in zip(beside, cols))
    lines = [f"eval panel {root}  classifier={classifier}",
             f"  {'set':{width}}  {'measure':36} {head}{name:>{last}}"]
    for t, m, e, v in rows:
        value = v if m in ("absent", "error") else f"{v:>{last}}"
        lines.append(f"  {t:{width}}  {m:36} " + "".join(f"{x:>{w}}  " for x, w in zip(e, cols)) + value)
    return "\n".join(line.rstrip() for line in lines)


def _md(text: str) -> str:
    return text.replace("|", "\\|")


def format_markdown(results: Sequence[SetResult], *, beside: Sequence[Column] = (),
                    name: str = "value") -> str:
    """The panel as a Markdown table (set, measure, the earlier panels' columns, this run's)."""
    names = [c.name for c in beside] + [name]
    lines = ["| set | measure | " + " | ".join(_md(n) for n in names) + " |",
             "|---|---|" + "---|" * len(names)]
    for t, m, e, v in _rows(results, beside):
        cells = [_md(x) for x in e] + [f"`{v}`" if m == "absent" else _md(v)]
        lines.append(f"| {_md(t)} | {_md(m)} | " + " | ".join(cells) + " |")
    return "\n".join(lines)
