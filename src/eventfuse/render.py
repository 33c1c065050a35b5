"""Readable text views for the terminal: an event as a one-line row or a full card, and the
report of a run."""

from __future__ import annotations

import textwrap
from collections.abc import Mapping, Sequence

from .errors import SKIP_REASONS
from .records import Article, Event, FieldValue, RunReport, SetAside

CARD_FIELDS = (
    "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "inter1", "actor2",
    "inter2", "victims", "location", "admin2", "admin1", "country", "latitude", "longitude",
    "geo_precision", "fatalities", "civilian_targeting",
)


def event_row(event: Event) -> str:
    """One line: id, date, type, place, fatalities, sources."""
    place = event.value("location") or event.value("country") or "?"
    return (
        f"{event.id}  {event.value('event_date') or '?'!s:10}  {event.value('sub_event_type') or '?'!s:32.32}  "
        f"{place!s:18.18}  fat={event.value('fatalities')!s:>3}  "
        f"src={event.independent_sources}/{len(event.articles)}  !{len(event.contradictions)}"
    )


def format_report(report: RunReport) -> str:
    """The run report as people read it."""
    lines = [
        f"run {report.run_id}",
        f"  articles read     {report.articles_read}",
        f"  new articles      {report.articles_new}",
        f"  duplicates        {report.duplicates}",
        f"  skipped           {report.skipped_total}",
    ]
    for code, n in sorted(report.skipped.items()):
        lines.append(f"    {code} {SKIP_REASONS.get(code, '?'):48} {n}")
    lines.append(f"  mentions (total)  {report.mentions}")
    lines.append(f"  events (total)    {report.events}")
    return "\n".join(lines)


def _quote(text: str, width: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _value(fv: FieldValue) -> str:
    v = fv.value
    if isinstance(v, tuple):
        return "; ".join(str(x) for x in v)
    return str(v)


def event_card(
    event: Event,
    articles: Mapping[str, Article] | None = None,
    set_aside: Mapping[str, Sequence[SetAside]] | None = None,
) -> str:
    """A card a person can read at a glance: fields with quotes, claims, contradictions, sources,
    and the acts its reports tell that are no part of it (``set_aside``, by article), with why."""
    arts = articles or {}
    label = {a: f"[{i + 1}]" for i, a in enumerate(event.articles)}
    lines = [f"Event {event.id}", "=" * (6 + len(event.id))]
    lines.extend(textwrap.wrap(event.notes, 96))
    lines.append("")
    lines.append("Fields (value · confidence · supporting quotes)")
    for name in CARD_FIELDS:
        fv = event.fields.get(name)
        if fv is None:
            continue
        lines.append(f"  {name:18} {_value(fv)}   ({fv.confidence:.2f})")
        if name in {"inter1", "inter2", "admin1", "admin2", "country", "latitude", "longitude",
                    "time_precision", "event_type", "geo_precision"}:
            continue
        for span in fv.support[:3]:
            lines.append(f"      {label.get(span.article, '[?]')} “{_quote(span.quote)}”")
        for alt in fv.alternatives[:3]:
            arts_of = " ".join(label.get(a, "?") for a in alt.articles)
            lines.append(f"      alternative: {alt.value}  {arts_of}")
    if event.claims:
        lines.append("")
        lines.append("Claims")
        for c in event.claims:
            vals = "; ".join(
                f"{_num(v.value)}{' ' + v.unit if v.unit else ''} ({v.qualifier}) "
                + " ".join(label.get(a, "?") for a in v.articles)
                for v in c.values
            )
            mark = "✓ consistent" if c.status == "consistent" else "✗ CONFLICT"
            lines.append(f"  {c.attribute:12} {mark:14} {vals}")
    lines.append("")
    lines.append("Contradictions" if event.contradictions else "Contradictions: none")
    for con in event.contradictions:
        lines.append(f"  [{con.kind}] {con.note}")
        if con.kind in {"role_conflict", "date_conflict"}:
            for v in con.values:
                lines.append(f"      {v.value}  " + " ".join(label.get(a, "[?]") for a in v.articles))
    lines.append("")
    lines.append(f"Sources: {len(event.articles)} articles, {event.independent_sources} independent chains")
    for i, chain in enumerate(event.source_chains, 1):
        members = ", ".join(label.get(a, a) for a in chain)
        lines.append(f"  chain {i}: {members}{'  (copies of one source)' if len(chain) > 1 else ''}")
    for aid in event.articles:
        art = arts.get(aid)
        title = (art.title or (art.text[:60] + "…")) if art else ""
        meta = ", ".join(str(x) for x in (art.outlet, art.published) if x) if art else ""
        lines.append(f"  {label[aid]} {aid} {_quote(title, 60)} {('(' + meta + ')') if meta else ''}")
    acts = [(aid, act) for aid in event.articles for act in (set_aside or {}).get(aid, ())]
    if acts:
        lines.append("")
        lines.append("Set aside in these reports (act · why)")
        for aid, act in acts:
            kind = f" {act.sub_event_type}" if act.sub_event_type else ""
            lines.append(f"  {label[aid]} “{_quote(act.span.quote, 50)}”{kind} · {act.reason}")
    return "\n".join(lines)


def _num(v: float) -> str:
    return f"{int(v):,}" if float(v).is_integer() else f"{v:,.1f}"
