"""The ``eventfuse`` command: every subcommand is a :class:`~eventfuse.common.cliargs.Command`
listed once in ``COMMANDS``, a thin wrapper over an importable function."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import IO

from . import __version__
from .alerts import WATCH
from .common.cliargs import (
    AnyCommand,
    Command,
    CommandGroup,
    LazyCommand,
    add_command,
    bbox_arg,
    iso_date,
    subcommands,
)
from .config import SETTINGS_DOC, Settings
from .demo import DEMO
from .errors import ConfigError, EventfuseError
from .evaluate.acled import EVAL_ACLED
from .evaluate.case2021 import EVAL_CASE2021
from .evaluate.geoparse import EVAL_GEOPARSE
from .evaluate.overmerge import EVAL_OVERMERGE
from .export import export_events, export_mentions
from .geo.cli import GAZETTEER
from .render import event_card, event_row, format_report
from .serve import SERVE
from .store import Store
from .train.cli import TRAIN


def open_store(settings: Settings, *, must_exist: bool = False) -> Store:
    """The database of ``settings.db``; ``must_exist``: refuse (``ConfigError``) to create it."""
    if must_exist and not Path(settings.db).exists():
        raise ConfigError(
            f"database {settings.db} does not exist",
            hint="run `eventfuse run PATH...` (or `eventfuse demo`) first, or pass --db FILE",
        )
    return Store.open(settings.db)


# -- run --------------------------------------------------------------------------------------


def add_run_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("inputs", nargs="+", metavar="PATH_OR_URL", help=".txt, .jsonl, .html, RSS/Atom, folders or URLs")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress and no report")
    p.add_argument("-v", "--verbose", action="store_true", help="list every skipped input with its reason")
    p.add_argument("--engine", choices=["local", "ray"], help="where extraction runs: local processes (default) or Ray")
    p.add_argument("--workers", type=int, metavar="N", help="extraction processes (local) or actors (Ray); 0 = every core (default: setting workers, 1)")
    p.add_argument("--address", metavar="ADDR", help="Ray cluster address (default: start a local Ray); implies nothing without --engine ray")
    p.add_argument("--parquet", metavar="DIR", help="with --engine ray: write extractions and events as Parquet into DIR instead of the database (large runs)")
    p.add_argument("--full", action="store_true", help="re-link every stored mention instead of only the blocks new articles touch")


def run_run(args: argparse.Namespace, settings: Settings) -> int:
    options = {"progress": False if args.quiet else None, "engine": args.engine,
               "workers": args.workers, "ray_address": args.address}
    settings = replace(settings, **{k: v for k, v in options.items() if v is not None})
    if args.parquet:
        return _run_to_parquet(args, settings)
    # the pipeline imports ingest and extract (about 2 s measured): only the commands that
    # run it pay for that, not `eventfuse --help`
    from .runners import run_with_engine

    with open_store(settings) as store:
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
    # Ray Data is imported only for a Parquet run: it adds seconds to every other command
    from .runners.ray_runner import run_to_parquet

    counts = run_to_parquet(args.inputs, settings=settings, out=args.parquet)
    if not args.quiet:
        print(f"parquet run into {args.parquet}")
        for name, value in counts.items():
            print(f"  {name.replace('_', ' '):17} {value}")
    return 1 if counts["articles_read"] == 0 and counts["skipped"] > 0 else 0


# -- events, show, export, settings -----------------------------------------------------------


def add_events_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--since", type=iso_date, help="first event date (YYYY-MM-DD)")
    p.add_argument("--until", type=iso_date, help="last event date (YYYY-MM-DD)")
    p.add_argument("--type", help="ACLED event type, e.g. 'Violence against civilians'")
    p.add_argument("--sub-type", help="ACLED sub-event type, e.g. 'Attack'")
    p.add_argument("--country")
    p.add_argument("--admin1")
    p.add_argument("--actor", help="actor name (actor1 or actor2)")
    p.add_argument("--min-fatalities", type=int)
    p.add_argument("--min-sources", type=int, help="minimum independent sources")
    p.add_argument("--bbox", type=bbox_arg, help="MIN_LON,MIN_LAT,MAX_LON,MAX_LAT")
    p.add_argument("--query", "-q", help="full-text search (accent-insensitive)")
    p.add_argument("--limit", type=int, default=100)
    p.add_argument("--json", action="store_true", help="one event JSON object per line")


def run_events(args: argparse.Namespace, settings: Settings) -> int:
    with open_store(settings, must_exist=True) as store:
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


def add_show_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("event_id", help="event id (a unique prefix is enough)")
    p.add_argument(
        "--json", action="store_true",
        help="the event JSON instead of the card, with 'set_aside': the acts its reports tell that "
        "are no part of it (background, recalled, reaction, accident, ...), each with its reason",
    )


def run_show(args: argparse.Namespace, settings: Settings) -> int:
    with open_store(settings, must_exist=True) as store:
        event = store.event(args.event_id)
        if event is None:
            matches = [e for e in store.events(limit=100000) if e.id.startswith(args.event_id)]
            if len(matches) == 1:
                event = matches[0]
        if event is None:
            raise ConfigError(f"no event {args.event_id!r}", hint="list ids with `eventfuse events`")
        set_aside = store.set_aside(event.articles)
        if args.json:
            document = event.to_json()
            document["set_aside"] = [
                act.to_json() for aid in event.articles for act in set_aside.get(aid, ())
            ]
            print(json.dumps(document, ensure_ascii=False, indent=2))
        else:
            articles = {a.id: a for a in store.articles(event.articles)}
            print(event_card(event, articles, set_aside))
    return 0


def add_export_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--format", required=True, choices=["acled", "jsonl", "geojson", "parquet"])
    p.add_argument("--level", default="events", choices=["events", "mentions"])
    p.add_argument("--out", help="output file (default: standard output; required for parquet)")


def run_export(args: argparse.Namespace, settings: Settings) -> int:
    if args.format == "parquet" and not args.out:
        raise ConfigError("parquet needs --out FILE", hint="e.g. --out events.parquet")
    with open_store(settings, must_exist=True) as store:
        articles = {a.id: a for a in store.articles()}
        out: Path | IO[str] = Path(args.out) if args.out else sys.stdout
        if args.level == "mentions":
            mentions = store.mentions()
            set_aside = store.set_aside(m.article for m in mentions)
            n = export_mentions(mentions, articles, fmt=args.format, out=out, set_aside=set_aside)
        else:
            n = export_events(store.events(limit=10**9), fmt=args.format, out=out, articles=articles)
    if args.out:
        print(f"wrote {n} {args.level} to {args.out}", file=sys.stderr)
    return 0


def no_arguments(p: argparse.ArgumentParser) -> None:
    """A command that takes only the common options."""


def run_settings(args: argparse.Namespace, settings: Settings) -> int:
    for name, doc in SETTINGS_DOC.items():
        print(f"{name:20} = {getattr(settings, name)!r:32} {doc}")
    return 0


# -- the registry: one line per command, in the order ``--help`` lists them --------------------

COMMANDS: tuple[AnyCommand, ...] = (
    Command("run", "read reports (files, folders, feeds, URLs) and update the event database",
            add_run_arguments, run_run),
    Command("events", "list events, with filters", add_events_arguments, run_events),
    Command("show", "a readable card of one event: fields, quotes, contradictions, sources",
            add_show_arguments, run_show),
    Command("export", "write events or mentions as ACLED CSV, JSONL, GeoJSON or Parquet",
            add_export_arguments, run_export),
    DEMO,
    CommandGroup("eval", "score the pipeline against human-coded data", metavar="DATASET", commands=(
        EVAL_ACLED,
        EVAL_CASE2021,
        EVAL_GEOPARSE,
        EVAL_OVERMERGE,
        LazyCommand("news", "score the whole pipeline on the real-news set (events per incident, "
                    "fields, distractors)", "eventfuse.evaluate.news"),
        LazyCommand("panel", "score every gold set present (ACLED, CASE 2021, real news, "
                    "geoparsing) and print one table", "eventfuse.evaluate.panel",
                    description="Score every gold set present in the evaluation folder with the "
                    "functions of the single eval commands, in one process with one set of loaded "
                    "models, and print one table of their headline measures. Settings apply to "
                    "every set: --set classifier=MODEL panels a layer trained with `eventfuse "
                    "train`; a user gazetteer beside --db (or setting user_gazetteer) is used."),
    )),
    SERVE,
    GAZETTEER,
    WATCH,
    TRAIN,
    Command("settings", "show every setting, its current value and what it does", no_arguments,
            run_settings),
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="eventfuse",
        description="Turn news reports about armed-conflict incidents into verified, geocoded event records.",
    )
    parser.add_argument("--version", action="version", version=f"eventfuse {__version__}")
    sub = subcommands(parser, dest="command", metavar="COMMAND")
    for command in COMMANDS:
        add_command(sub, command)
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
