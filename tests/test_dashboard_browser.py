"""The dashboard in headless Chromium (Debian's, driven by playwright-core): markers on the map,
an event page with its quotes and a contradiction, and nothing loaded from the network.

Needs /usr/bin/chromium and tests/browser/node_modules/playwright-core (installed by
scripts/install_browser_deps.sh); skips without them unless CI is set (CI=true),
which CI sets so that the test cannot silently stop running.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any, Self

import pytest
from store_records import GAO, make_event, sample_events, sample_extractions

from eventfuse.config import Settings
from eventfuse.store import Store

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "tests" / "browser" / "dashboard.mjs"
CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
PLAYWRIGHT = ROOT / "tests" / "browser" / "node_modules" / "playwright-core"


def _missing() -> str:
    if not CHROMIUM.exists():
        return f"{CHROMIUM} is missing"
    if shutil.which("node") is None:
        return "node is missing"
    if not PLAYWRIGHT.is_dir():
        return "tests/browser/node_modules/playwright-core is missing"
    return ""


@pytest.fixture(scope="module")
def browser_ready() -> None:
    missing = _missing()
    if missing:
        message = f"{missing}: run scripts/install_browser_deps.sh"
        if os.environ.get("CI", "").lower() in {"1", "true"}:
            pytest.fail(message)
        pytest.skip(message)


class LiveServer:
    """The app under uvicorn on 127.0.0.1, on a port the OS picked, in a thread."""

    def __init__(self, settings: Settings) -> None:
        import uvicorn

        from eventfuse.serve.app import create_app

        self.socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.socket.bind(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.socket.getsockname()[1]}/"
        config = uvicorn.Config(create_app(settings=settings), log_level="warning",
                                lifespan="on")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run,
                                       kwargs={"sockets": [self.socket]}, daemon=True)

    def __enter__(self) -> Self:
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
        self.socket.close()


def drive(url: str, out: Path, event_id: str | None = None) -> dict[str, Any]:
    command = ["node", str(SCRIPT), url, str(out)] + ([event_id] if event_id else [])
    done = subprocess.run(command, check=False, capture_output=True, text=True, timeout=60, cwd=ROOT,
                          env={**os.environ, "PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD": "1"})
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    assert lines, f"no report from the browser script:\n{done.stdout}\n{done.stderr}"
    seen: dict[str, Any] = json.loads(lines[-1])
    assert done.returncode == 0, f"browser checks failed: {seen['problems']}\n{done.stderr}"
    return seen


@pytest.fixture()
def fixture_db(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "dashboard.db"
    with Store.open(path) as store:
        extractions = sample_extractions()
        for extraction in extractions:
            store.add_extraction(extraction)
        hostile = make_event(
            "ev-hostile",
            event_date=date(2023, 1, 2),
            place=replace(GAO, name='<b id="pwn">Gao</b>', latitude=15.0, longitude=1.0),
            notes='<img src=x onerror="window.__pwned=1">',
            articles=(extractions[2].article.id,),
        )
        store.replace_events([*sample_events([x.article.id for x in extractions]), hostile])
    yield path


def test_dashboard_shows_markers_and_an_event_with_its_contradiction(
    browser_ready: None, fixture_db: Path, tmp_path: Path
) -> None:
    with LiveServer(Settings(db=str(fixture_db), progress=False)) as live:
        seen = drive(live.url, tmp_path / "shots")
    assert seen["markers"] == 4  # four of the five events have coordinates
    assert seen["rows"] == 5
    assert seen["injected"] is False  # '<b id="pwn">' and '<img onerror>' stayed text
    assert seen["popup"] is True
    assert seen["event"] == "ev-abduction"  # the one with a contradiction
    assert seen["contradictions"] == 1
    assert seen["quotes"] >= 5 and seen["highlights"] >= 1
    assert seen["chains"] == 2
    assert seen["outlines"] > 100 and seen["timeline_bars"] >= 3
    assert seen["filtered_type"] == "Violence against civilians"
    assert seen["filtered_rows"] == 3 and seen["filtered_markers"] == 3
    assert seen["offsite_requests"] == [] and seen["console_errors"] == []
    for name in ("dashboard.png", "event.png"):
        picture = (tmp_path / "shots" / name).read_bytes()
        assert picture.startswith(b"\x89PNG") and len(picture) > 20_000


@pytest.mark.slow
def test_dashboard_on_the_demo_database(browser_ready: None, tmp_path: Path) -> None:
    """The bundled example reports through the whole pipeline, then the browser.
    EVENTFUSE_DEMO_DB may name a demo database already built (e.g. by ``make demo``)."""
    given = os.environ.get("EVENTFUSE_DEMO_DB")
    if given and Path(given).exists():
        db = Path(given)
    else:
        from eventfuse.demo import run_demo

        db = tmp_path / "demo.db"
        run_demo(settings=Settings(db=str(db), progress=False))
    with Store.open(db) as store:
        events = store.events(limit=10_000)
    placed = [e for e in events if e.value("latitude") is not None]
    assert any(e.contradictions for e in events)
    with LiveServer(Settings(db=str(db), progress=False)) as live:
        seen = drive(live.url, tmp_path / "shots")
    assert seen["markers"] == len(placed) and seen["rows"] == len(events)
    assert seen["contradictions"] >= 1 and seen["quotes"] >= 1
