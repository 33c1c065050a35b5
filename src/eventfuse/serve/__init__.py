"""Serve: the JSON API and the web dashboard (FastAPI + uvicorn), and ``eventfuse serve``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from eventfuse.config import settings_from_args

__all__ = ["add_serve_parser", "cmd_serve", "settings_from_args"]


def cmd_serve(args: argparse.Namespace) -> int:
    from .app import check_settings, serve

    settings = settings_from_args(args)
    check_settings(settings)
    if settings.db != ":memory:" and not Path(settings.db).exists():
        print(f"eventfuse: {settings.db} does not exist yet; serving an empty database",
              file=sys.stderr)
    where = f"http://{args.host}:{args.port}" if ":" not in args.host else \
        f"http://[{args.host}]:{args.port}"
    print(f"eventfuse: dashboard at {where}/  API docs at {where}/docs", file=sys.stderr)
    serve(settings=settings, host=args.host, port=args.port, log_level=args.log_level)
    return 0


def add_serve_parser(
    subparsers: Any, common: Callable[[argparse.ArgumentParser], None]
) -> argparse.ArgumentParser:
    """Register ``eventfuse serve`` on the CLI's subparsers."""
    p = subparsers.add_parser(
        "serve", help="serve the JSON API and the map dashboard (FastAPI + uvicorn)"
    )
    p.add_argument("--host", default="127.0.0.1",
                   help="address to listen on (default 127.0.0.1: this machine only)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    p.add_argument("--log-level", default="info",
                   choices=["critical", "error", "warning", "info", "debug"])
    common(p)
    p.set_defaults(func=cmd_serve)
    return p
