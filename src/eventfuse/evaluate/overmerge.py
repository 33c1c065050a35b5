"""Over-merging of the link stage, measured on ACLED notes: distinct coded events wrongly fused.

Each ACLED row's notes are read as one report (as in ``evaluate.acled``), every mention is
extracted and geocoded, and all mentions are linked together. ACLED codes every row as a
separate event, so a linked event that holds mentions of two rows merged two events.

Definitions (pairs are unordered pairs of distinct ACLED rows):

* **candidate pairs**: rows with mentions in one link block (act group + country + week
  window, ``link.blocking.coarse_blocks``): the pairs linking could merge at all;
* **merged pairs**: rows with mentions in one linked event;
* **wrong-merge rate** = merged pairs / candidate pairs;
* **near pairs**: candidate pairs whose gold rows are of one act group, within the link
  window in days and the link distance in km (the pairs a linker could take for one event);
  the wrong-merge rate among them is the hard case;
* **rows merged** = rows with a mention in an event that also holds another row's mention,
  as a share of rows with at least one mention.

ACLED itself sometimes codes one incident as two rows (e.g. two sub-event types at one place
and date); pairs of rows equal in (date, location, sub-event type, actor1) are counted as
"gold twins" and the rates are also given without them. ACLED also splits one operation told
in one report into a row per location, with near-identical notes: pairs whose notes share
≥ 60 % of their words are counted as "split-coded", and the rates for **distinct events**
leave out both kinds.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import date
from itertools import combinations
from pathlib import Path
from typing import Any

from ..common.cliargs import Command, iso_date
from ..config import Settings
from ..geo.distance import haversine_km
from ..link import LinkOptions, coarse_blocks, link_blocked, mention_key
from ..records import Mention
from ..taxonomy import act_group
from .acled import GoldRow, extract_each, gold_article, read_gold

Pair = tuple[str, str]


def _pairs(groups: Iterable[Iterable[str]]) -> set[Pair]:
    out: set[Pair] = set()
    for group in groups:
        members = sorted(set(group))
        out.update(combinations(members, 2))
    return out


def twin_key(row: GoldRow) -> tuple[str, str, str, str]:
    """What makes two ACLED rows look like one incident coded twice."""
    return (row.event_date.isoformat(), row.location.casefold(), row.sub_event_type, row.actor1)


def gold_twins(rows: Sequence[GoldRow]) -> set[Pair]:
    """Pairs of rows identical in (date, location, sub-event type, actor1)."""
    by_key: dict[tuple[str, str, str, str], list[str]] = {}
    for r in rows:
        by_key.setdefault(twin_key(r), []).append(r.id)
    return _pairs(ids for ids in by_key.values() if len(ids) > 1)


SPLIT_SHARE = 0.6
_WORD = re.compile(r"\w+")


def split_coded(a: GoldRow, b: GoldRow) -> bool:
    """Two rows whose notes share most of their words (Jaccard ≥ 0.6): one report of one
    operation that ACLED coded once per location ("coded separately")."""
    wa, wb = set(_WORD.findall(a.notes.casefold())), set(_WORD.findall(b.notes.casefold()))
    return bool(wa | wb) and len(wa & wb) / len(wa | wb) >= SPLIT_SHARE


def _near(a: GoldRow, b: GoldRow, options: LinkOptions) -> bool:
    """Two coded events a linker could take for one: same act group, dates within the link
    window, coordinates within the link distance."""
    if act_group(a.sub_event_type) != act_group(b.sub_event_type):
        return False
    if abs((a.event_date - b.event_date).days) > options.days:
        return False
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return False
    return haversine_km(a.latitude, a.longitude, b.latitude, b.longitude) <= options.km  # type: ignore[arg-type]


def _rate(num: int, den: int) -> float | None:
    return round(num / den, 4) if den else None


def overmerge_report(
    rows: Sequence[GoldRow], mentions: Sequence[Mention], row_of_article: dict[str, str], *, settings: Settings
) -> dict[str, Any]:
    """Link ``mentions`` (each article is one gold row) and count the rows merged together."""
    options = LinkOptions.from_settings(settings)
    by_id = {m.id: m for m in mentions}
    blocks = coarse_blocks(mention_key(m, days=options.days) for m in by_id.values())
    candidates = _pairs([row_of_article[by_id[i].article] for i in block] for block in blocks)
    clusters = link_blocked(list(by_id.values()), options=options)
    cluster_rows = [sorted({row_of_article[m.article] for m in c.mentions}) for c in clusters]
    merged = _pairs(cluster_rows)
    rows_merged = {r for rs in cluster_rows if len(rs) > 1 for r in rs}
    rows_with_mentions = {row_of_article[m.article] for m in by_id.values()}
    twins = gold_twins(rows)
    row_by_id = {r.id: r for r in rows}
    same_day_place = {
        p for p in merged
        if (row_by_id[p[0]].event_date, row_by_id[p[0]].location) == (row_by_id[p[1]].event_date, row_by_id[p[1]].location)
    }
    # which sub-event types get merged, by gold label pair
    kinds: Counter[str] = Counter()
    for a, b in merged:
        kinds[" + ".join(sorted((row_by_id[a].sub_event_type, row_by_id[b].sub_event_type)))] += 1
    big = sorted((rs for rs in cluster_rows if len(rs) > 1), key=len, reverse=True)
    near = {p for p in candidates if _near(row_by_id[p[0]], row_by_id[p[1]], options)}
    non_twin_merged = merged - twins
    non_twin_candidates = candidates - twins
    merged_twin_rows = {r for p in non_twin_merged for r in p}
    split = {p for p in merged if split_coded(row_by_id[p[0]], row_by_id[p[1]])}
    distinct_merged = merged - twins - split
    distinct_rows = {r for p in distinct_merged for r in p}
    return {
        "rows": len(rows),
        "rows_with_mentions": len(rows_with_mentions),
        "mentions": len(by_id),
        "events": len(clusters),
        "events_with_several_rows": len(big),
        "largest_event_rows": len(big[0]) if big else 1,
        "candidate_pairs": len(candidates),
        "merged_pairs": len(merged),
        "wrong_merge_rate": _rate(len(merged), len(candidates)),
        "rows_merged": len(rows_merged),
        "rows_merged_share": _rate(len(rows_merged), len(rows_with_mentions)),
        "near_pairs": len(near),
        "near_pairs_merged": len(merged & near),
        "wrong_merge_rate_near": _rate(len(merged & near), len(near)),
        "gold_twin_pairs": len(twins),
        "gold_twin_pairs_merged": len(merged & twins),
        "merged_pairs_without_twins": len(non_twin_merged),
        "wrong_merge_rate_without_twins": _rate(len(non_twin_merged), len(non_twin_candidates)),
        "rows_merged_without_twins": len(merged_twin_rows),
        "rows_merged_share_without_twins": _rate(len(merged_twin_rows), len(rows_with_mentions)),
        "merged_pairs_split_coded": len(split),
        "merged_pairs_distinct": len(distinct_merged),
        "wrong_merge_rate_distinct": _rate(len(distinct_merged), len(candidates - twins - split)),
        "rows_merged_distinct": len(distinct_rows),
        "rows_merged_share_distinct": _rate(len(distinct_rows), len(rows_with_mentions)),
        "merged_pairs_same_date_and_location": len(same_day_place),
        # ties in name order: most_common keeps the order pairs were met in, which set
        # iteration (string hashing) varies from run to run
        "merged_by_sub_event_types": dict(sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0]))[:12]),
        "link_days": options.days,
        "link_km": options.km,
    }


def evaluate_overmerge(
    path: str | Path,
    *,
    settings: Settings,
    since: date | None = None,
    until: date | None = None,
    limit: int | None = None,
    progress: bool = False,
) -> dict[str, Any]:
    """Extract + geocode every row's notes, link all mentions, report the over-merging."""
    # the pipeline imports ingest and extract (about 2 s measured): only the commands that
    # run it pay for that, not `eventfuse --help`
    from ..pipeline import Stages

    rows = read_gold(path, since=since, until=until)
    if limit:
        rows = rows[:limit]
    stages = Stages(settings)
    mentions: list[Mention] = []
    row_of_article: dict[str, str] = {}
    articles = [gold_article(r) for r in rows]
    for row, art in zip(rows, articles, strict=True):
        row_of_article[art.id] = row.id
    for _, extraction in extract_each(articles, stages, progress="notes extracted" if progress else ""):
        if extraction is not None:
            mentions.extend(extraction.mentions)
    report = overmerge_report(rows, mentions, row_of_article, settings=settings)
    report["file"] = str(path)
    report["since"] = since.isoformat() if since else None
    report["until"] = until.isoformat() if until else None
    return report


REPORT_LINES = (
    ("rows", "ACLED rows (one report each)"),
    ("rows_with_mentions", "rows with a mention"),
    ("mentions", "mentions linked"),
    ("events", "linked events"),
    ("events_with_several_rows", "events holding several rows"),
    ("largest_event_rows", "rows in the largest event"),
    ("candidate_pairs", "row pairs in one block"),
    ("merged_pairs", "row pairs merged"),
    ("wrong_merge_rate", "wrong-merge rate (pairs)"),
    ("rows_merged", "rows merged with another"),
    ("rows_merged_share", "share of rows merged"),
    ("near_pairs", "row pairs near in type, days and km"),
    ("near_pairs_merged", "near row pairs merged"),
    ("wrong_merge_rate_near", "wrong-merge rate among near pairs"),
    ("gold_twin_pairs", "gold twin pairs (date,loc,type,actor1)"),
    ("gold_twin_pairs_merged", "gold twin pairs merged"),
    ("merged_pairs_without_twins", "row pairs merged, twins excluded"),
    ("wrong_merge_rate_without_twins", "wrong-merge rate, twins excluded"),
    ("rows_merged_share_without_twins", "share of rows merged, twins excl."),
    ("merged_pairs_split_coded", "merged pairs split-coded by ACLED*"),
    ("merged_pairs_distinct", "merged pairs, twins and split excluded"),
    ("wrong_merge_rate_distinct", "wrong-merge rate, distinct events"),
    ("rows_merged_share_distinct", "share of rows merged, distinct events"),
    ("merged_pairs_same_date_and_location", "merged pairs with same date+location"),
)


def format_overmerge(report: dict[str, Any]) -> str:
    """The headline numbers, one per line, then the sub-event types merged most."""
    head = (
        f"eval overmerge {report.get('file')}  since={report.get('since')} until={report.get('until')}  "
        f"link_days={report.get('link_days')} link_km={report.get('link_km')}"
    )
    lines = [head]
    for key, label in REPORT_LINES:
        lines.append(f"  {label:40} {report.get(key)}")
    kinds = report.get("merged_by_sub_event_types") or {}
    if kinds:
        lines.append("  merged pairs by gold sub-event types:")
        for name, n in kinds.items():
            lines.append(f"    {n:5}  {name}")
    lines.append(
        f"  * split-coded: the two rows' notes share >= {SPLIT_SHARE:.0%} of their words (one report"
        " of one operation, coded once per location)"
    )
    return "\n".join(lines)


def run_command(args: argparse.Namespace, settings: Settings) -> int:
    """``eventfuse eval overmerge GOLD.csv``."""
    report = evaluate_overmerge(
        args.gold, settings=settings, since=args.since, until=args.until, limit=args.limit,
        progress=not args.quiet,
    )
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8")
    print(format_overmerge(report))
    return 0


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("gold", metavar="GOLD.csv", help="an ACLED CSV export")
    p.add_argument("--since", type=iso_date, help="first event date to use")
    p.add_argument("--until", type=iso_date, help="last event date to use")
    p.add_argument("--limit", type=int, help="use only the first N rows")
    p.add_argument("--json", metavar="OUT", help="also write the full report as JSON")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress line")


EVAL_OVERMERGE = Command(
    "overmerge", "link ACLED rows' notes together and measure distinct events wrongly merged",
    add_arguments, run_command,
)
