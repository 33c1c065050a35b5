"""``eventfuse watch``: re-read inputs on an interval and fire the alert rules."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from eventfuse.common.cliargs import Command
from eventfuse.config import Settings
from eventfuse.errors import ConfigError
from eventfuse.store import Store

from .rules import load_rules
from .watch import make_watcher


def run_command(args: argparse.Namespace, settings: Settings) -> int:
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


def add_arguments(p: argparse.ArgumentParser) -> None:
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


WATCH = Command("watch", "re-read folders and feeds on an interval, update events, fire alert rules",
                add_arguments, run_command)
