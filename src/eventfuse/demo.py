"""``eventfuse demo``: the bundled example reports into a fresh database, summarised."""

from __future__ import annotations

import argparse
from dataclasses import replace
from importlib import resources
from pathlib import Path

from .common.cliargs import Command
from .config import Settings
from .errors import ConfigError
from .render import event_row, format_report
from .store import Store


def example_reports_dir() -> Path:
    """The example corpus: ``examples/reports`` in a checkout, else the copy inside the package."""
    checkout = Path(__file__).resolve().parents[2] / "examples" / "reports"
    if checkout.is_dir():
        return checkout
    packaged = Path(str(resources.files("eventfuse") / "data" / "examples"))
    if packaged.is_dir():
        return packaged
    raise ConfigError("the example reports were not found", hint="run the demo from a checkout of eventfuse")


def example_inputs(folder: Path | None = None) -> list[str]:
    """The example report files: the JSON Lines file first (the originals), then the page
    and the feed that carry copies of some of them; the folder's README is not a report."""
    folder = folder or example_reports_dir()
    files = [p for p in folder.iterdir() if p.is_file() and p.name != "README.md"]
    return [str(p) for p in sorted(files, key=lambda p: (p.suffix != ".jsonl", p.name))]


def fresh_database(path: str) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(path + suffix).unlink(missing_ok=True)


def run_demo(*, settings: Settings) -> str:
    """Run the pipeline on the example reports into a fresh ``settings.db``; return a summary."""
    # the pipeline imports ingest and extract (about 2 s measured): only the commands that
    # run it pay for that, not `eventfuse --help`
    from .pipeline import run

    fresh_database(settings.db)
    settings = replace(settings, progress=False)
    folder = example_reports_dir()
    with Store.open(settings.db) as store:
        report = run(example_inputs(folder), settings=settings, store=store)
        events = store.events(limit=1000)
    multi = sorted(
        events,
        key=lambda e: (-len(e.articles), -len(e.contradictions), str(e.value("event_date")), e.id),
    )
    lines = [
        f"eventfuse demo: {folder}",
        format_report(report),
        "",
        f"{len(events)} events; the ones told by most reports:",
    ]
    lines.extend("  " + event_row(e) for e in multi[:8])
    contradictions = sum(len(e.contradictions) for e in events)
    consistent = sum(1 for e in events for c in e.claims if c.status == "consistent" and len(c.values) > 1)
    lines.append("")
    lines.append(
        f"{contradictions} contradictions flagged; {consistent} multi-report claims recognised as consistent."
    )
    if multi:
        lines.append("")
        lines.append("Explore:")
        lines.append(f"  eventfuse show {multi[0].id} --db {settings.db}")
        lines.append(f"  eventfuse events --db {settings.db} --min-sources 2")
        lines.append(f"  eventfuse export --db {settings.db} --format geojson --out events.geojson")
    return "\n".join(lines)


def run_command(args: argparse.Namespace, settings: Settings) -> int:
    """``eventfuse demo``: into ``eventfuse-demo.db`` unless ``--db`` names another file."""
    print(run_demo(settings=settings if args.db else replace(settings, db="eventfuse-demo.db")))
    return 0


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The demo takes only the common options."""


DEMO = Command(
    "demo", "run on the bundled example reports into a fresh database and summarise",
    add_arguments, run_command,
)
