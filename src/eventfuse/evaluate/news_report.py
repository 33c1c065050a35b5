"""The real-news evaluation as people read it: one table (all articles, then per language) and,
on request, each incident's events for reading the misses."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .news_metrics import EXTRA_KINDS

# (report key, label); a blank key is a section title.
TABLE_LINES: tuple[tuple[str, str], ...] = (
    ("incidents", "incidents"),
    ("incident_articles", "incident articles"),
    ("events", "events (citing these articles)"),
    ("found", "incidents found"),
    ("", "matched event (most articles cited) vs main ACLED row"),
    ("date_exact", "date exact"),
    ("date_within_2d", "date within 2 days"),
    ("event_type", "event type"),
    ("sub_event_type", "sub-event type"),
    ("admin1", "admin1"),
    ("km_median", "km to ACLED point, median"),
    ("within_10km", "within 10 km"),
    ("within_25km", "within 25 km"),
    ("within_100km", "within 100 km"),
    ("fatalities_exact", "fatalities exact"),
    ("fatalities_close", "fatalities within max(2, 20%)"),
    ("fatalities_log_error", "fatalities mean |log error|"),
    ("split_matched", "split incidents matched"),
    ("fatalities_all_rows_exact", "  exact vs all ACLED rows"),
    ("fatalities_all_rows_close", "  close vs all ACLED rows"),
    ("", "clustering of incident articles"),
    ("bcubed_precision", "B-cubed precision"),
    ("bcubed_recall", "B-cubed recall"),
    ("bcubed_f1", "B-cubed F1"),
    ("events_per_incident_a", "events per incident (a), mean"),
    ("incidents_one_event_a", "incidents with one event (a)"),
    ("multi_article_incidents", "incidents with 2+ articles"),
    ("events_per_incident_b", "events per incident (b), mean"),
    ("incidents_one_event_b", "incidents with one event (b)"),
    ("incidents_b_within_acled_rows", "  1..ACLED rows events (b)"),
    ("excess_events_b_over_acled_rows", "  events (b) beyond ACLED rows"),
    ("events_citing_several_incidents", "events citing 2+ incidents"),
    ("distractor_events", "events from distractors alone"),
    ("copy_groups_one_chain", "copy groups in one source chain"),
    ("extra_events", "extra events (a) beyond the matched"),
)


def _cell(value: object) -> str:
    return "-" if value is None else str(value)


def format_news(report: Mapping[str, Any]) -> str:
    """The headline numbers: one row per measure, one column for all articles and one per language."""
    views = [("all", report["all"])] + sorted(report.get("by_language", {}).items())
    lines = [f"eval news {report.get('folder')}  articles={report.get('articles_file')}",
             f"  {'':40}" + "".join(f"{name:>9}" for name, _ in views)]
    for key, label in TABLE_LINES:
        if not key:
            lines.append(f"  {label}")
            continue
        lines.append(f"  {label:40}" + "".join(f"{_cell(v.get(key)):>9}" for _, v in views))
    for kind in EXTRA_KINDS:
        lines.append(f"    {kind:38}" + "".join(
            f"{_cell(v.get('extra_events_by_kind', {}).get(kind)):>9}" for _, v in views))
    return "\n".join(lines)


def _owner(report: Mapping[str, Any]) -> dict[str, str]:
    owner = {a: i["id"] for i in report.get("incidents_detail", []) for a in i["articles"]}
    owner.update({a: "distractor" for a in report.get("distractors", [])})
    return owner


def _event_line(event: Mapping[str, Any], mark: str, incident_articles: set[str], owner: Mapping[str, str]) -> str:
    arts = " ".join(a if a in incident_articles else f"{a}({owner.get(a, '?')})" for a in event["articles"])
    place = event.get("location") or "-"
    return (f"  {mark:3}{event['id'][:10]:11}{_cell(event.get('event_date')):11}"
            f"{_cell(event.get('sub_event_type'))[:30]:31}{place[:22]:23}{_cell(event.get('admin1'))[:16]:17}"
            f"fat={_cell(event.get('fatalities')):5} {arts}")


def format_listing(report: Mapping[str, Any]) -> str:
    """Per incident: the main ACLED row in brief, then every event citing its articles; ``*`` marks
    the matched event, ``b`` an event of reading (b), and the last word says why an extra event is
    extra (see EXTRA_KINDS). Articles of another incident are followed by that incident's id."""
    events = {e["id"]: e for e in report.get("events_detail", [])}
    rows = {r["incident"]: r for r in report["all"]["per_incident"]}
    owner = _owner(report)
    lines = []
    for inc in report.get("incidents_detail", []):
        row = rows[inc["id"]]
        lines.append(f"{inc['id']}  {inc['event_date']}  {inc['sub_event_type']}  {inc['location']} "
                     f"({inc['admin1']})  fat={inc['fatalities']}  acled_rows={len(inc['acled_ids'])}  "
                     f"articles={' '.join(inc['articles'])}")
        if not row["events_a"]:
            lines.append("    (no event cites these articles)")
        for eid in row["events_a"]:
            mark = "*" if eid == row["matched"] else " "
            mark += "b" if eid in row["events_b"] else " "
            line = _event_line(events[eid], mark, set(inc["articles"]), owner)
            kind = row["extra_kinds"].get(eid)
            lines.append(line + (f"  [{kind}]" if kind else ""))
    distractors = set(report.get("distractors", []))
    alone = [e for e in events.values() if e["articles"] and set(e["articles"]) <= distractors]
    if alone:
        lines.append("events from distractors alone")
        lines.extend(_event_line(e, "", set(), owner) for e in alone)
    return "\n".join(lines)
