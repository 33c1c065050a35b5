"""The ``eventfuse`` command: each subcommand is a thin wrapper over an importable function."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from . import __version__
from .config import SETTINGS_DOC, Settings, settings_from_args
from .errors import SKIP_REASONS, ConfigError, EventfuseError


def _settings(args: argparse.Namespace, **extra: Any) -> Settings:
    return settings_from_args(args, **extra)


def _open_store(settings: Settings, *, must_exist: bool = False) -> Any:
    from .store import Store

    if must_exist and not Path(settings.db).exists():
        raise ConfigError(
            f"database {settings.db} does not exist",
            hint="run `eventfuse run PATH...` (or `eventfuse demo`) first, or pass --db FILE",
        )
    return Store.open(settings.db)


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO date (YYYY-MM-DD): {text!r}") from None


def _eval_help(parser: argparse.ArgumentParser) -> Callable[[argparse.Namespace], int]:
    """``eventfuse eval`` without a dataset: print its help, exit 2."""

    def show(_args: argparse.Namespace) -> int:
        parser.print_help()
        return 2

    return show


def _bbox(text: str) -> tuple[float, float, float, float]:
    try:
        parts = [float(x) for x in text.split(",")]
    except ValueError:
        parts = []
    if len(parts) != 4:
        raise argparse.ArgumentTypeError("bbox is MIN_LON,MIN_LAT,MAX_LON,MAX_LAT")
    return parts[0], parts[1], parts[2], parts[3]


def format_report(report: Any) -> str:
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


def cmd_run(args: argparse.Namespace) -> int:
    from .runners import run_with_engine

    settings = _settings(
        args, progress=False if args.quiet else None, engine=args.engine, workers=args.workers,
        ray_address=args.address,
    )
    if args.parquet:
        return _run_to_parquet(args, settings)
    with _open_store(settings) as store:
        report = run_with_engine(args.inputs, settings=settings, store=store, incremental=not args.full)
        if not args.quiet:
            print(format_report(report))
            if report.skipped_total and args.verbose:
                for s in store.skipped(report.run_id):
                    print(f"    skipped {s.source}: [{s.reason}] {s.detail}")
    nothing_done = report.articles_read == 0 and report.skipped_total > 0
    return 1 if nothing_done else 0


def _run_to_parquet(args: argparse.Namespace, settings: Settings) -> int:
    if settings.engine != "ray":
        raise ConfigError("--parquet needs the Ray engine", hint="add --engine ray")
    from .runners.ray_runner import run_to_parquet

    counts = run_to_parquet(args.inputs, settings=settings, out=args.parquet)
    if not args.quiet:
        print(f"parquet run into {args.parquet}")
        for name, value in counts.items():
            print(f"  {name.replace('_', ' '):17} {value}")
    return 1 if counts["articles_read"] == 0 and counts["skipped"] > 0 else 0


def cmd_events(args: argparse.Namespace) -> int:
    from .render import event_row

    settings = _settings(args)
    with _open_store(settings, must_exist=True) as store:
        events = store.events(
            since=args.since, until=args.until, event_type=args.type, sub_event_type=args.sub_type,
            country=args.country, admin1=args.admin1, actor=args.actor, min_fatalities=args.min_fatalities,
            min_sources=args.min_sources, bbox=args.bbox, text=args.query, limit=args.limit,
        )
    for e in events:
        print(json.dumps(e.to_json(), ensure_ascii=False) if args.json else event_row(e))
    if not events and not args.json:
        print("no events match", file=sys.stderr)
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from .render import event_card

    settings = _settings(args)
    with _open_store(settings, must_exist=True) as store:
        event = store.event(args.event_id)
        if event is None:
            matches = [e for e in store.events(limit=100000) if e.id.startswith(args.event_id)]
            if len(matches) == 1:
                event = matches[0]
        if event is None:
            raise ConfigError(f"no event {args.event_id!r}", hint="list ids with `eventfuse events`")
        if args.json:
            print(json.dumps(event.to_json(), ensure_ascii=False, indent=2))
        else:
            print(event_card(event, {a.id: a for a in store.articles(event.articles)}))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from .export import export_events, export_mentions

    settings = _settings(args)
    if args.format == "parquet" and not args.out:
        raise ConfigError("parquet needs --out FILE", hint="e.g. --out events.parquet")
    with _open_store(settings, must_exist=True) as store:
        articles = {a.id: a for a in store.articles()}
        out: Any = Path(args.out) if args.out else sys.stdout
        if args.level == "mentions":
            n = export_mentions(store.mentions(), articles, fmt=args.format, out=out)
        else:
            n = export_events(store.events(limit=10**9), fmt=args.format, out=out, articles=articles)
    if args.out:
        print(f"wrote {n} {args.level} to {args.out}", file=sys.stderr)
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from .demo import run_demo

    settings = _settings(args, db=args.db or "eventfuse-demo.db")
    print(run_demo(settings=settings))
    return 0


def cmd_eval_acled(args: argparse.Namespace) -> int:
    from .evaluate.acled import evaluate_acled, format_scores

    settings = _settings(args)
    report = evaluate_acled(
        args.gold, settings=settings, since=args.since, until=args.until, limit=args.limit,
        progress=not args.quiet,
    )
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8")
    print(format_scores(report))
    return 0


def cmd_settings(args: argparse.Namespace) -> int:
    settings = _settings(args)
    for name, doc in SETTINGS_DOC.items():
        print(f"{name:20} = {getattr(settings, name)!r:32} {doc}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="eventfuse",
        description="Turn news reports about armed-conflict incidents into verified, geocoded event records.",
    )
    parser.add_argument("--version", action="version", version=f"eventfuse {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("--db", help="SQLite database (default: eventfuse.db, or setting db)")
        p.add_argument("--config", help="TOML settings file")
        p.add_argument("--set", action="append", metavar="KEY=VALUE", help="override a setting (repeatable)")

    p = sub.add_parser("run", help="read reports (files, folders, feeds, URLs) and update the event database")
    p.add_argument("inputs", nargs="+", metavar="PATH_OR_URL", help=".txt, .jsonl, .html, RSS/Atom, folders or URLs")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress and no report")
    p.add_argument("-v", "--verbose", action="store_true", help="list every skipped input with its reason")
    p.add_argument("--engine", choices=["local", "ray"], help="where extraction runs: local processes (default) or Ray")
    p.add_argument("--workers", type=int, metavar="N", help="extraction processes (local) or actors (Ray); 0 = every core (default: setting workers, 1)")
    p.add_argument("--address", metavar="ADDR", help="Ray cluster address (default: start a local Ray); implies nothing without --engine ray")
    p.add_argument("--parquet", metavar="DIR", help="with --engine ray: write extractions and events as Parquet into DIR instead of the database (large runs)")
    p.add_argument("--full", action="store_true", help="re-link every stored mention instead of only the blocks new articles touch")
    common(p)
    p.set_defaults(func=cmd_run)

    p = sub.add_parser("events", help="list events, with filters")
    p.add_argument("--since", type=_date, help="first event date (YYYY-MM-DD)")
    p.add_argument("--until", type=_date, help="last event date (YYYY-MM-DD)")
    p.add_argument("--type", help="ACLED event type, e.g. 'Violence against civilians'")
    p.add_argument("--sub-type", help="ACLED sub-event type, e.g. 'Attack'")
    p.add_argument("--country")
    p.add_argument("--admin1")
    p.add_argument("--actor", help="actor name (actor1 or actor2)")
    p.add_argument("--min-fatalities", type=int)
    p.add_argument("--min-sources", type=int, help="minimum independent sources")
    p.add_argument("--bbox", type=_bbox, help="MIN_LON,MIN_LAT,MAX_LON,MAX_LAT")
    p.add_argument("--query", "-q", help="full-text search (accent-insensitive)")
    p.add_argument("--limit", type=int, default=100)
    p.add_argument("--json", action="store_true", help="one event JSON object per line")
    common(p)
    p.set_defaults(func=cmd_events)

    p = sub.add_parser("show", help="a readable card of one event: fields, quotes, contradictions, sources")
    p.add_argument("event_id", help="event id (a unique prefix is enough)")
    p.add_argument("--json", action="store_true", help="the event JSON instead of the card")
    common(p)
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("export", help="write events or mentions as ACLED CSV, JSONL, GeoJSON or Parquet")
    p.add_argument("--format", required=True, choices=["acled", "jsonl", "geojson", "parquet"])
    p.add_argument("--level", default="events", choices=["events", "mentions"])
    p.add_argument("--out", help="output file (default: standard output; required for parquet)")
    common(p)
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("demo", help="run on the bundled example reports into a fresh database and summarise")
    common(p)
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("eval", help="score the pipeline against human-coded data")
    ev = p.add_subparsers(dest="eval_command", metavar="DATASET")
    p.set_defaults(func=_eval_help(p))
    pa = ev.add_parser("acled", help="feed each ACLED row's notes as a report and score the coding")
    pa.add_argument("gold", metavar="GOLD.csv", help="an ACLED CSV export")
    pa.add_argument("--since", type=_date, help="first event date to score")
    pa.add_argument("--until", type=_date, help="last event date to score")
    pa.add_argument("--limit", type=int, help="score only the first N rows")
    pa.add_argument("--json", metavar="OUT", help="also write the full report (with the confusion table) as JSON")
    pa.add_argument("-q", "--quiet", action="store_true", help="no progress line")
    common(pa)
    pa.set_defaults(func=cmd_eval_acled)
    from .evaluate.case2021 import add_case2021_parser
    from .evaluate.geoparse import add_geoparse_parser
    from .evaluate.overmerge import add_overmerge_parser

    add_case2021_parser(ev, common)
    add_geoparse_parser(ev, common)
    add_overmerge_parser(ev, common)

    from .alerts import add_watch_parser
    from .geo.cli import add_gazetteer_parser
    from .serve import add_serve_parser

    add_serve_parser(sub, common)
    add_gazetteer_parser(sub, common)
    add_watch_parser(sub, common)
    from .train import add_train_parser

    add_train_parser(sub, common)

    p = sub.add_parser("settings", help="show every setting, its current value and what it does")
    common(p)
    p.set_defaults(func=cmd_settings)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 0
    try:
        return int(args.func(args))
    except EventfuseError as exc:
        print(f"eventfuse: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("eventfuse: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # the reader went away (`eventfuse events | head`): not an error
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
