"""Screenshots of the dashboard and of an event page for the README (docs/img/*.png).

    .venv/bin/python scripts/screenshots.py [--db DEMO.db] [--out docs/img] [--event ID]

Without --db, the demo database is built from examples/reports (about a minute). The event
shown is the one with the most contradictions (then the most reports) unless --event is
given. Needs Debian's chromium and playwright-core: bash scripts/install_browser_deps.sh.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "tests" / "browser" / "dashboard.mjs"


def pick_event(db: Path) -> str:
    """The event that shows the most on its page: most contradictions, then most reports."""
    from eventfuse.store import Store

    with Store.open(db) as store:
        events = store.events(limit=100_000)
    placed = [e for e in events if e.contradictions and e.value("latitude") is not None]
    if not placed:
        raise SystemExit("no event with a contradiction in this database")
    best = max(placed, key=lambda e: (len(e.contradictions), len(e.articles),
                                      e.independent_sources, e.id))
    return best.id


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="an eventfuse database (default: build the demo)")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "img")
    parser.add_argument("--event", help="event id for event.png")
    args = parser.parse_args(argv)

    if not Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")).exists() or not (
        SCRIPT.parent / "node_modules" / "playwright-core"
    ).is_dir():
        print("chromium or playwright-core missing: run bash scripts/install_browser_deps.sh",
              file=sys.stderr)
        return 2

    import uvicorn

    from eventfuse.config import Settings
    from eventfuse.serve.app import create_app

    with tempfile.TemporaryDirectory(prefix="eventfuse-shots-") as tmp:
        db = args.db
        if db is None:
            from eventfuse.demo import run_demo

            db = Path(tmp) / "demo.db"
            print("building the demo database…", file=sys.stderr)
            run_demo(settings=Settings(db=str(db), progress=False))
        event_id = args.event or pick_event(db)

        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{sock.getsockname()[1]}/"
        server = uvicorn.Server(uvicorn.Config(create_app(settings=Settings(db=str(db))),
                                               log_level="warning"))
        thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
        thread.start()
        while not server.started:
            if not thread.is_alive():
                return 1
            time.sleep(0.05)
        try:
            shots = Path(tmp) / "shots"
            done = subprocess.run(["node", str(SCRIPT), url, str(shots), event_id],
                                  check=False, capture_output=True, text=True, timeout=120,
                                  cwd=ROOT)
        finally:
            server.should_exit = True
            thread.join(timeout=10)
            sock.close()
        print(done.stdout.strip())
        if done.returncode != 0:
            print(done.stderr, file=sys.stderr)
            return 1
        args.out.mkdir(parents=True, exist_ok=True)
        for name in ("dashboard.png", "event.png"):
            shutil.copyfile(shots / name, args.out / name)
        report = json.loads(done.stdout.strip().splitlines()[-1])
        print(f"wrote {args.out / 'dashboard.png'} ({report['markers']} markers) and "
              f"{args.out / 'event.png'} (event {event_id}, "
              f"{report['contradictions']} contradictions)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
