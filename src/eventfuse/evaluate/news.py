"""Score the whole pipeline on the real-news evaluation set (``eventfuse eval news DIR``).

The folder holds ``articles_dated.jsonl`` (the input articles, each with an ``id``) and
``truth.json`` (the incidents with their main ACLED row, and the distractor articles). The
articles are run through the pipeline as ``eventfuse run`` does, into a fresh temporary
database; the events are exported as ``export --format jsonl`` does; each event's articles
are mapped back to the input ids; then :func:`eventfuse.evaluate.news_metrics.score_news`
computes the measures of the set's README ("How to score"), on all articles and on each
language's articles. ``docs/evaluation.md`` defines every number.
"""

from __future__ import annotations

import argparse
import io
import json
import re
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from ..config import Settings
from ..errors import InputError
from ..export import export_events
from ..ingest.text import normalise_text
from ..pipeline import Stages
from ..records import Article, Skipped
from ..runners import run_with_engine
from ..store import Store
from .news_metrics import Incident, NewsTruth, PredEvent, score_news
from .news_report import format_listing, format_news

ARTICLES_FILE = "articles_dated.jsonl"
TRUTH_FILE = "truth.json"
# Line breaks of JSON Lines (not str.splitlines, which also splits on U+2028 inside strings).
LINE_BREAK = re.compile(r"\r\n|\r|\n")
# A near-duplicate's skip record (EF116) names the stored article it repeats, and its source
# ends with the input line: ``path:LINE`` ... ``same text as article ID``.
NEAR_DUPLICATE = re.compile(r"article (?P<original>\w+)$")

__all__ = [
    "ARTICLES_FILE",
    "TRUTH_FILE",
    "InputArticle",
    "add_arguments",
    "evaluate_news",
    "input_ids",
    "near_duplicates",
    "pred_events",
    "read_input_articles",
    "read_truth",
    "run_and_export",
    "run_command",
]


def _need(path: Path, what: str, hint: str) -> Path:
    if not path.is_file():
        raise InputError(f"{what} {path} not found", hint=hint, code="EF112")
    return path


def _date(value: object, where: str) -> date:
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        raise InputError(f"{where}: {value!r} is not an ISO date", hint="dates are YYYY-MM-DD") from None


def _float(value: object) -> float | None:
    return float(value) if isinstance(value, (int, float)) else None


def read_truth(path: str | Path) -> NewsTruth:
    """The incidents and distractors of a ``truth.json`` file."""
    p = _need(Path(path), "truth file", "the folder must hold the set's truth.json")
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
        incidents = tuple(
            Incident(
                id=str(r["incident"]), articles=tuple(r["articles"]), acled_ids=tuple(r.get("acled_ids") or ()),
                event_date=_date(r["event_date"], f"{p}: {r['incident']}"), event_type=str(r["event_type"]),
                sub_event_type=str(r["sub_event_type"]), admin1=str(r.get("admin1") or ""),
                location=str(r.get("location") or ""), latitude=_float(r.get("latitude")),
                longitude=_float(r.get("longitude")), geo_precision=int(r.get("geo_precision") or 1),
                fatalities=int(r.get("acled_fatalities") or 0),
                fatalities_all_rows=int(r.get("acled_fatalities_all_rows") or r.get("acled_fatalities") or 0),
                copies=tuple(tuple(g) for g in r.get("copies") or ()),
            )
            for r in data["incidents"]
        )
        distractors = tuple(str(a) for a in data.get("distractors") or ())
    except (ValueError, KeyError, TypeError) as exc:
        raise InputError(f"{p} is not a real-news truth file ({exc})",
                         hint="expected {\"incidents\": [...], \"distractors\": [...]} as in the set's README") from None
    return NewsTruth(incidents, distractors)


@dataclass(frozen=True, slots=True)
class InputArticle:
    """The parts of one input line the scorer needs: its id, url, language, content id and
    line number (from 1, as in the pipeline's ``path:line`` sources)."""

    id: str
    url: str | None
    language: str
    content_id: str
    line: int = 0


def read_input_articles(path: str | Path) -> list[InputArticle]:
    """Each line of the input JSONL with its ``id``; ``content_id`` is the id the pipeline gives
    the article (``Article.make_id`` of the normalised text), which also finds exact duplicates."""
    p = _need(Path(path), "articles file", f"the folder must hold {ARTICLES_FILE} (or pass --articles FILE)")
    out = []
    for n, line in enumerate(LINE_BREAK.split(p.read_text(encoding="utf-8")), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            out.append(InputArticle(str(obj["id"]), obj.get("url"), str(obj.get("language") or "?"),
                                    Article.make_id(normalise_text(str(obj["text"]))), n))
        except (ValueError, KeyError) as exc:
            raise InputError(f"{p}:{n}: not an article with an id and a text ({exc})",
                             hint="one JSON object per line with at least \"id\" and \"text\"") from None
    return out


def run_and_export(path: str | Path, *, settings: Settings, progress: bool = False,
                   stages: Stages | None = None) -> tuple[list[dict[str, Any]], dict[str, Article], list[Skipped]]:
    """Run the pipeline on ``path`` into a fresh temporary database (as ``eventfuse run``) and return
    the exported events (as ``export --format jsonl``), the stored articles by id and the run's
    skip records; ``stages``: models already loaded (as for ``run_with_engine``)."""
    with tempfile.TemporaryDirectory(prefix="eventfuse-news-") as tmp:
        run_settings = replace(settings, db=str(Path(tmp) / "news.db"), progress=progress)
        with Store.open(run_settings.db) as store:
            run_with_engine([str(path)], settings=run_settings, store=store, stages=stages)
            articles = {a.id: a for a in store.articles()}
            buffer = io.StringIO()
            export_events(store.events(limit=10**9), fmt="jsonl", out=buffer, articles=articles)
            skipped = store.skipped()
    documents = [json.loads(line) for line in LINE_BREAK.split(buffer.getvalue()) if line.strip()]
    return documents, articles, skipped


def near_duplicates(skipped: Sequence[Skipped], inputs: Sequence[InputArticle]) -> dict[str, list[str]]:
    """Stored article id -> the input ids the run set aside as its near-duplicates (EF116)."""
    by_line = {a.line: a.id for a in inputs}
    out: dict[str, list[str]] = {}
    for s in skipped:
        found = NEAR_DUPLICATE.search(s.detail) if s.reason == "EF116" else None
        line = s.source.rpartition(":")[2]
        if found and line.isdigit() and int(line) in by_line:
            out.setdefault(found["original"], []).append(by_line[int(line)])
    return out


def input_ids(stored: Mapping[str, Article], inputs: Sequence[InputArticle],
              skipped: Sequence[Skipped] = ()) -> dict[str, tuple[str, ...]]:
    """Stored article id -> the input ids it stands for: its kept ``given_id`` (else the input with
    its url), every input line with the same content (exact duplicates are stored once), and the
    inputs set aside as its near-duplicates (``skipped``, EF116): the pipeline took them for the
    same report, so they count as cited wherever it is."""
    near = near_duplicates(skipped, inputs)
    known = {a.id for a in inputs}
    by_url = {a.url: a.id for a in inputs if a.url}
    by_content: dict[str, list[str]] = {}
    for a in inputs:
        by_content.setdefault(a.content_id, []).append(a.id)
    out: dict[str, tuple[str, ...]] = {}
    for sid, article in stored.items():
        ids = set(by_content.get(sid, ()))
        if article.given_id in known:
            ids.add(article.given_id)
        elif article.url in by_url:
            ids.add(by_url[article.url])
        ids.update(near.get(sid, ()))
        out[sid] = tuple(sorted(ids))
    return out


def _int(value: object) -> int | None:
    return int(value) if isinstance(value, (int, float)) else None


def pred_events(documents: Sequence[Mapping[str, Any]], ids: Mapping[str, tuple[str, ...]]) -> list[PredEvent]:
    """Exported event documents as :class:`PredEvent` records citing input ids."""
    def mapped(stored: Sequence[str]) -> tuple[str, ...]:
        return tuple(sorted({i for s in stored for i in ids.get(s, ())}))

    out = []
    for d in documents:
        day = d.get("event_date")
        out.append(PredEvent(
            id=str(d["id"]), articles=mapped(d.get("articles") or ()),
            event_date=date.fromisoformat(day) if isinstance(day, str) else None,
            event_type=d.get("event_type"), sub_event_type=d.get("sub_event_type"), admin1=d.get("admin1"),
            location=d.get("location"), latitude=_float(d.get("latitude")), longitude=_float(d.get("longitude")),
            fatalities=_int(d.get("fatalities")),
            source_chains=tuple(mapped(c) for c in d.get("source_chains") or ()),
        ))
    return out


def _event_json(e: PredEvent) -> dict[str, Any]:
    doc = asdict(e)
    doc["event_date"] = e.event_date.isoformat() if e.event_date else None
    return doc


def _incident_json(i: Incident) -> dict[str, Any]:
    doc = asdict(i)
    doc["event_date"] = i.event_date.isoformat()
    return doc


def evaluate_news(folder: str | Path, *, settings: Settings, articles: str | Path | None = None,
                  progress: bool = False, stages: Stages | None = None) -> dict[str, Any]:
    """Run the pipeline on the set in ``folder`` and score it; ``articles`` picks another input
    file than ``articles_dated.jsonl`` (a name inside the folder or a path)."""
    root = Path(folder)
    if not root.is_dir():
        raise InputError(f"real-news folder {root} not found", code="EF112",
                         hint=f"pass the folder holding {ARTICLES_FILE} and {TRUTH_FILE}")
    truth = read_truth(root / TRUTH_FILE)
    source = Path(articles) if articles else root / ARTICLES_FILE
    if articles and not source.is_file() and (root / source).is_file():
        source = root / source
    inputs = read_input_articles(source)
    documents, stored, skipped = run_and_export(source, settings=settings, progress=progress, stages=stages)
    events = pred_events(documents, input_ids(stored, inputs, skipped))
    report = score_news(truth, events, {a.id: a.language for a in inputs})
    report["folder"] = str(root)
    report["articles_file"] = str(source)
    report["input_articles"] = len(inputs)
    report["skipped"] = [{"source": s.source, "reason": s.reason, "detail": s.detail} for s in skipped]
    report["distractors"] = list(truth.distractors)
    report["languages"] = {a.id: a.language for a in inputs}
    report["incidents_detail"] = [_incident_json(i) for i in truth.incidents]
    report["events_detail"] = [_event_json(e) for e in events]
    return report


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of ``eventfuse eval news``."""
    parser.add_argument("folder", metavar="DIR", help=f"the set's folder, holding {ARTICLES_FILE} and {TRUTH_FILE}")
    parser.add_argument("--articles", metavar="FILE",
                        help=f"another input JSONL (in DIR or a path; default {ARTICLES_FILE})")
    parser.add_argument("--json", metavar="OUT", help="also write the full report (per incident, every event) as JSON")
    parser.add_argument("--list", action="store_true",
                        help="print each incident's events (date, sub-event, place, fatalities, articles)")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress line")


def run_command(args: argparse.Namespace, settings: Settings) -> int:
    """``eventfuse eval news``: score, print the table (and the listing with ``--list``)."""
    report = evaluate_news(args.folder, settings=settings, articles=args.articles, progress=not args.quiet)
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8")
    if args.list:
        print(format_listing(report))
        print()
    print(format_news(report))
    return 0
