"""Alerts: rules (area, types, actors, fatalities, sources) fired to files, webhooks and
e-mail by ``eventfuse watch``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from eventfuse.errors import ConfigError

from .rules import AdminArea, BBox, Circle, Rule, RuleSet, SinkConfig, load_rules, matches
from .sinks import DeliveryError, EmailSink, JsonlSink, WebhookSink, make_sink
from .watch import AlertState, CycleResult, Watcher, evaluate, make_watcher, material

__all__ = [
    "AdminArea",
    "AlertState",
    "BBox",
    "Circle",
    "CycleResult",
    "DeliveryError",
    "EmailSink",
    "JsonlSink",
    "Rule",
    "RuleSet",
    "SinkConfig",
    "Watcher",
    "WebhookSink",
    "add_watch_parser",
    "cmd_watch",
    "evaluate",
    "load_rules",
    "make_sink",
    "make_watcher",
    "matches",
    "material",
]


def cmd_watch(args: argparse.Namespace) -> int:
    from eventfuse.config import settings_from_args
    from eventfuse.store import Store

    settings = settings_from_args(args)
    rules_path = Path(args.rules)
    ruleset = load_rules(rules_path)
    if args.interval <= 0:
        raise ConfigError("--interval must be more than 0 seconds")
    if args.state:
        state_path = Path(args.state)
    elif settings.db == ":memory:":
        raise ConfigError("an in-memory database needs --state FILE")
    else:
        state_path = Path(settings.db + ".alerts.json")
    cycles = 1 if args.once else args.cycles
    with Store.open(settings.db) as store:
        watcher = make_watcher(args.inputs, ruleset=ruleset, rules_path=rules_path,
                               settings=settings, store=store, state_path=state_path,
                               base_url=args.base_url or "")
        print(f"eventfuse watch: {len(ruleset.rules)} rule(s), {len(args.inputs)} input(s), "
              f"state in {state_path}", file=sys.stderr)
        watcher.run(interval=args.interval, cycles=cycles, skip_existing=args.skip_existing)
    return 0


def add_watch_parser(
    subparsers: Any, common: Callable[[argparse.ArgumentParser], None]
) -> argparse.ArgumentParser:
    """Register ``eventfuse watch`` on the CLI's subparsers."""
    p = subparsers.add_parser(
        "watch",
        help="re-read folders and feeds on an interval, update events, fire alert rules",
    )
    p.add_argument("inputs", nargs="*", metavar="PATH_OR_URL",
                   help="files, folders, feeds or URLs to re-read (none: only check the rules)")
    p.add_argument("--rules", required=True, metavar="FILE",
                   help="alert rules (.yaml, .yml or .toml; see docs/alerts.md)")
    p.add_argument("--interval", type=float, default=300.0,
                   help="seconds between cycles (default 300)")
    p.add_argument("--once", action="store_true", help="run one cycle and stop")
    p.add_argument("--cycles", type=int, help="stop after this many cycles")
    p.add_argument("--state", metavar="FILE",
                   help="what was already fired (default: DB.alerts.json beside the database)")
    p.add_argument("--skip-existing", action="store_true",
                   help="on the first cycle, remember matching events without alerting")
    p.add_argument("--base-url", metavar="URL",
                   help="dashboard address put in alerts, e.g. http://127.0.0.1:8000")
    common(p)
    p.set_defaults(func=cmd_watch)
    return p
