"""``eventfuse eval panel``: every gold set of the evaluation folder that is present, scored in
this process by the same functions as the single ``eval`` commands (one set of loaded models
for all of them), in one table: text, Markdown (``--markdown``) or JSON (``--json FILE``).

The sets and where they lie under the folder are listed in ``GOLD_SETS``; the measures each
kind of set shows in the table in ``MEASURES`` (the full reports go to the JSON file)."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from ..config import SETTINGS_DOC, Settings
from ..errors import ConfigError, InputError
from ..pipeline import Stages
from .acled import evaluate_acled
from .case2021 import evaluate_case2021
from .geoparse import evaluate_geoparse
from .news import ARTICLES_FILE, TRUTH_FILE, evaluate_news
from .panel_report import Column, GoldSet, SetResult, format_markdown, format_panel, headline

__all__ = [
    "DEFAULT_EVAL_DIR",
    "EVAL_DIR_ENV",
    "GOLD_SETS",
    "add_arguments",
    "eval_dir",
    "files_of",
    "panel_json",
    "present",
    "read_column",
    "read_panel",
    "results_of",
    "run_command",
    "run_panel",
]

EVAL_DIR_ENV = "EVENTFUSE_EVAL_DIR"
DEFAULT_EVAL_DIR = Path("..") / "shared" / "eval"


def files_of(gold: GoldSet, root: Path) -> tuple[Path, ...]:
    """The files that must be present under ``root`` for ``gold`` to be scored."""
    where = root / gold.path
    return (where / ARTICLES_FILE, where / TRUTH_FILE) if gold.kind == "news" else (where,)


def present(gold: GoldSet, root: Path) -> bool:
    return all(f.is_file() for f in files_of(gold, root))


GOLD_SETS: tuple[GoldSet, ...] = (
    GoldSet("acled-mali", "ACLED Mali, tuning split (since 2021-07-01)", "acled",
            "acled/mali_1997-2022-06.csv", date(2021, 7, 1)),
    GoldSet("acled-bf", "ACLED Burkina Faso (since 2019-01-01)", "acled",
            "acled/burkina_faso_1997-2020.csv", date(2019, 1, 1)),
    GoldSet("acled-ne", "ACLED Niger (since 2019-01-01)", "acled",
            "acled/niger_1997-2020.csv", date(2019, 1, 1)),
    GoldSet("case2021", "CASE 2021 task 2 snippets", "case2021",
            "case2021/test_set_final_release_with_labels.tsv"),
    GoldSet("real-news", "Real news (EN/FR excerpts of incidents)", "news", "real_news"),
    GoldSet("geo-gwn", "GeoWebNews (gold toponym spans)", "geoparse", "geoparsing/GWN.xml"),
    GoldSet("geo-lgl", "LGL (gold toponym spans)", "geoparse", "geoparsing/lgl.xml"),
    GoldSet("geo-geovirus", "GeoVirus (gold toponym spans)", "geoparse", "geoparsing/GeoVirus.xml"),
    GoldSet("geo-trnews", "TR-News (gold toponym spans)", "geoparse", "geoparsing/TR-News.xml"),
)
KEYS = tuple(g.key for g in GOLD_SETS)


def eval_dir(given: str | None) -> Path:
    """The evaluation folder: ``given``, else ``$EVENTFUSE_EVAL_DIR``, else ``../shared/eval``."""
    return Path(given or os.environ.get(EVAL_DIR_ENV) or DEFAULT_EVAL_DIR)


def _score(gold: GoldSet, root: Path, settings: Settings, stages: Stages, progress: bool) -> dict[str, Any]:
    """The report of the set's own evaluation function (as its ``eval`` command computes it)."""
    path = root / gold.path
    if gold.kind == "acled":
        return evaluate_acled(path, settings=settings, since=gold.since, progress=progress, stages=stages)
    if gold.kind == "case2021":
        return evaluate_case2021(path, settings=settings, progress=progress, stages=stages)
    if gold.kind == "news":
        return evaluate_news(path, settings=settings, progress=progress, stages=stages)
    return evaluate_geoparse(path, settings=settings)


def run_panel(
    root: str | Path,
    *,
    settings: Settings,
    only: Sequence[str] = (),
    stages: Stages | None = None,
    log: Callable[[str], None] | None = None,
) -> list[SetResult]:
    """Score every set of ``GOLD_SETS`` (or those keyed in ``only``) present under ``root``.

    One :class:`~eventfuse.pipeline.Stages` (``stages``, else one made here) serves every set;
    ``log`` receives a line per set (and turns on the evaluations' own progress lines). Raises ``InputError`` when none of the chosen sets is present."""
    folder = Path(root)
    chosen = [g for g in GOLD_SETS if not only or g.key in only]
    if not any(present(g, folder) for g in chosen):
        raise InputError(
            f"no gold set found under {folder}" + (f" (chosen: {', '.join(only)})" if only else ""),
            hint=f"pass --data DIR (or set {EVAL_DIR_ENV}) naming the folder that holds "
                 + ", ".join(g.path for g in chosen),
            code="EF112",
        )
    models = stages or Stages(settings)  # loads its models at the first set that extracts
    results: list[SetResult] = []
    for number, gold in enumerate(chosen, start=1):
        if not present(gold, folder):
            results.append(SetResult(gold, "absent"))
            if log:
                log(f"panel [{number}/{len(chosen)}] {gold.key}: absent ({gold.path})")
            continue
        if log:
            log(f"panel [{number}/{len(chosen)}] {gold.key}: {gold.path}")
        start = time.perf_counter()
        try:
            report = _score(gold, folder, settings, models, log is not None)
        except InputError as exc:
            results.append(SetResult(gold, "error", error=str(exc)))
            if log:
                log(f"panel {gold.key}: error {exc}")
            continue
        seconds = round(time.perf_counter() - start, 1)
        results.append(SetResult(gold, "scored", report, seconds))
        if log:
            log(f"panel {gold.key}: scored in {seconds} s")
    return results


def panel_json(results: Sequence[SetResult], *, root: str | Path, settings: Settings) -> dict[str, Any]:
    """The panel as one JSON document: the folder, the settings, and per set its status, the
    headline measures of the table, the seconds it took and the evaluation's full report."""
    return {
        "eval_dir": str(root),
        "settings": {name: getattr(settings, name) for name in SETTINGS_DOC
                     if not name.startswith("api_")},
        "sets": [
            {
                "key": r.gold.key, "title": r.gold.title, "kind": r.gold.kind, "path": r.gold.path,
                "since": r.gold.since.isoformat() if r.gold.since else None,
                "status": r.status, "seconds": r.seconds, "error": r.error,
                "headline": dict(headline(r.gold.kind, r.report)) if r.report is not None else None,
                "report": r.report,
            }
            for r in results
        ],
    }


def read_panel(path: str | Path) -> dict[str, Any]:
    """An earlier panel's ``--json`` file."""
    p = Path(path)
    hint = "pass a file written by `eventfuse eval panel --json FILE`"
    try:
        doc = json.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"panel file {p} not found", code="EF112", hint=hint) from None
    except ValueError as exc:
        raise InputError(f"{p} is not a panel's JSON ({exc})", hint=hint) from None
    if not isinstance(doc, dict) or not isinstance(doc.get("sets"), list) \
            or not all(isinstance(x, dict) and "key" in x for x in doc["sets"]):
        raise InputError(f"{p} is not a panel's JSON (no list of sets)", hint=hint)
    return doc


def read_column(path: str | Path) -> Column:
    """An earlier panel's ``--json`` file as a column headed by the file's name (without
    ``.json``)."""
    return Column.from_json(Path(path).stem, read_panel(path))


def results_of(doc: Mapping[str, Any]) -> list[SetResult]:
    """The results an earlier panel's JSON (:func:`read_panel`) holds, to print its table again."""
    known = {g.key: g for g in GOLD_SETS}
    return [
        SetResult(known.get(x["key"]) or GoldSet(x["key"], x.get("title", x["key"]), x.get("kind", ""),
                                                  x.get("path", "")),
                  x.get("status", "absent"), x.get("report"), x.get("seconds"), x.get("error"))
        for x in doc["sets"]
    ]


def _keys(text: str) -> tuple[str, ...]:
    keys = tuple(k.strip() for k in text.split(",") if k.strip())
    unknown = [k for k in keys if k not in KEYS]
    if unknown or not keys:
        raise argparse.ArgumentTypeError(
            f"unknown gold set {', '.join(unknown) or repr(text)}; choose among {', '.join(KEYS)}")
    return keys


def add_arguments(p: argparse.ArgumentParser) -> None:
    """The options of ``eventfuse eval panel``."""
    p.add_argument("--data", metavar="DIR",
                   help=f"the evaluation folder (default: ${EVAL_DIR_ENV}, else ../shared/eval); "
                        "sets whose files it lacks are listed as absent")
    p.add_argument("--only", type=_keys, metavar="SET,...",
                   help=f"score only these sets: {', '.join(KEYS)}")
    p.add_argument("--json", metavar="OUT", help="also write every set's full report as JSON")
    p.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    p.add_argument("--beside", action="append", metavar="EARLIER.json", default=[],
                   help="show an earlier panel's --json values as a column before this run's "
                        "(repeatable; headed by the file names, this run's by its --json name)")
    p.add_argument("--table", metavar="PANEL.json",
                   help="print the table of an earlier panel's --json file again, scoring nothing "
                        "(with --markdown, --beside, --only)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress lines on stderr")


def _stderr(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


def run_command(args: argparse.Namespace, settings: Settings) -> int:
    """``eventfuse eval panel``: score (or read ``--table``), print the table; exit 1 when a
    present set could not be read."""
    if args.table and args.json:
        raise ConfigError("--table prints an earlier panel and scores nothing: there is no report "
                          "to write", hint="drop --json, or --table to score the sets again")
    beside = [read_column(path) for path in args.beside]  # a bad file fails before the scoring
    if args.table:
        doc = read_panel(args.table)
        root: str | Path = str(doc.get("eval_dir", "?"))
        classifier = str((doc.get("settings") or {}).get("classifier", "?"))
        results = [r for r in results_of(doc) if not args.only or r.gold.key in args.only]
        name = Path(args.table).stem if beside else "value"
    else:
        root, classifier = eval_dir(args.data), settings.classifier
        name = Path(args.json).stem if beside and args.json else "value"
        results = _score_all(args, root, settings)
    print(format_markdown(results, beside=beside, name=name) if args.markdown
          else format_panel(results, root=root, classifier=classifier, beside=beside, name=name))
    return 1 if any(r.status == "error" for r in results) else 0


def _score_all(args: argparse.Namespace, root: Path, settings: Settings) -> list[SetResult]:
    start = time.perf_counter()
    results = run_panel(root, settings=settings, only=args.only or (), log=None if args.quiet else _stderr)
    if not args.quiet:
        _stderr(f"panel: {sum(r.status == 'scored' for r in results)} sets scored in "
                f"{time.perf_counter() - start:.1f} s")
    if args.json:
        Path(args.json).write_text(
            json.dumps(panel_json(results, root=root, settings=settings), indent=2, ensure_ascii=False),
            encoding="utf-8")
    return results
