"""``eventfuse serve``: the JSON API and the dashboard on a local address."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from eventfuse.common.cliargs import Command
from eventfuse.config import Settings


def run_command(args: argparse.Namespace, settings: Settings) -> int:
    # FastAPI and uvicorn take about 0.45 s to import (measured): only `serve` pays for them,
    # not every other command nor `eventfuse --help`
    from .app import check_settings, serve

    check_settings(settings)
    if settings.db != ":memory:" and not Path(settings.db).exists():
        print(f"eventfuse: {settings.db} does not exist yet; serving an empty database",
              file=sys.stderr)
    where = f"http://{args.host}:{args.port}" if ":" not in args.host else \
        f"http://[{args.host}]:{args.port}"
    print(f"eventfuse: dashboard at {where}/  API docs at {where}/docs", file=sys.stderr)
    serve(settings=settings, host=args.host, port=args.port, log_level=args.log_level)
    return 0


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--host", default="127.0.0.1",
                   help="address to listen on (default 127.0.0.1: this machine only)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    p.add_argument("--log-level", default="info",
                   choices=["critical", "error", "warning", "info", "debug"])


SERVE = Command("serve", "serve the JSON API and the map dashboard (FastAPI + uvicorn)",
                add_arguments, run_command)
