"""Score the pipeline against an ACLED export: each row's notes read as a one-paragraph report."""

from __future__ import annotations

import argparse
import csv
import json
import math
import re
import sys
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..common.cliargs import Command, iso_date
from ..config import Settings
from ..errors import InputError
from ..extract.actors import ActorTable
from ..extract.triage import check as triage_check
from ..geo.distance import haversine_km
from ..geo.normalize import name_key
from ..records import Article, ArticleExtraction, Mention

if TYPE_CHECKING:  # imported where it runs (see evaluate_acled)
    from ..pipeline import Stages

LABEL_PREFIX = re.compile(r"^\s*(?:[A-Z][A-Za-z/-]*(?: [A-Za-z/-]+){0,4}):\s+")
REQUIRED = ("event_date", "event_type", "sub_event_type", "notes")


@dataclass(frozen=True, slots=True)
class GoldRow:
    """The columns of one ACLED row that scoring uses."""

    id: str
    event_date: date
    time_precision: int
    event_type: str
    sub_event_type: str
    actor1: str
    actor2: str
    admin1: str
    admin2: str
    location: str
    latitude: float | None
    longitude: float | None
    geo_precision: int
    fatalities: int
    notes: str
    country: str


def strip_label(notes: str) -> str:
    """Remove a leading label such as ``Looting:`` that gives the answer away."""
    return LABEL_PREFIX.sub("", notes, count=1)


def _float(text: str) -> float | None:
    try:
        return float(text)
    except (TypeError, ValueError):
        return None


def _int(text: str, default: int = 0) -> int:
    try:
        return int(float(text))
    except (TypeError, ValueError):
        return default


def read_gold(path: str | Path, *, since: date | None = None, until: date | None = None) -> list[GoldRow]:
    """Rows of an ACLED CSV export within the date range."""
    p = Path(path)
    if not p.is_file():
        raise InputError(f"gold file {p} not found", hint="pass the path of an ACLED CSV export", code="EF112")
    rows: list[GoldRow] = []
    with p.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        missing = [c for c in REQUIRED if c not in (reader.fieldnames or [])]
        if missing:
            raise InputError(f"{p} lacks ACLED columns {missing}", hint="use an ACLED export (CSV with a header)")
        for r in reader:
            try:
                d = date.fromisoformat(r["event_date"][:10])
            except ValueError:
                continue
            if (since and d < since) or (until and d > until):
                continue
            rows.append(
                GoldRow(
                    id=r.get("event_id_cnty", ""), event_date=d, time_precision=_int(r.get("time_precision", "1"), 1),
                    event_type=r["event_type"], sub_event_type=r["sub_event_type"], actor1=r.get("actor1", ""),
                    actor2=r.get("actor2", ""), admin1=r.get("admin1", ""), admin2=r.get("admin2", ""),
                    location=r.get("location", ""), latitude=_float(r.get("latitude", "")),
                    longitude=_float(r.get("longitude", "")), geo_precision=_int(r.get("geo_precision", "1"), 1),
                    fatalities=_int(r.get("fatalities", "0")), notes=strip_label(r["notes"]),
                    country=r.get("country", ""),
                )
            )
    return rows


def gold_article(row: GoldRow) -> Article:
    """A row's notes as an English report published a week after the event (ACLED is weekly)."""
    return Article(
        id=Article.make_id(row.notes + row.id), text=row.notes, published=row.event_date + timedelta(days=7),
        language="en", given_id=row.id, source=f"acled:{row.id}",
    )


@dataclass
class Scores:
    """Counts accumulated over rows; ``as_dict`` gives the report."""

    n: int = 0
    no_event: int = 0
    hits: Counter[str] = field(default_factory=Counter)
    seen: Counter[str] = field(default_factory=Counter)
    sub_pairs: list[tuple[str, str]] = field(default_factory=list)
    fatality_errors: list[int] = field(default_factory=list)
    km: list[float] = field(default_factory=list)
    seconds: float = 0.0
    words: int = 0

    def tally(self, name: str, ok: bool) -> None:
        self.seen[name] += 1
        self.hits[name] += int(ok)

    def rate(self, name: str) -> float | None:
        return round(self.hits[name] / self.seen[name], 4) if self.seen[name] else None

    def macro_f1(self) -> float:
        labels = sorted({g for g, _ in self.sub_pairs})
        f1s = []
        for label in labels:
            tp = sum(1 for g, p in self.sub_pairs if g == label and p == label)
            fp = sum(1 for g, p in self.sub_pairs if g != label and p == label)
            fn = sum(1 for g, p in self.sub_pairs if g == label and p != label)
            prec = tp / (tp + fp) if tp + fp else 0.0
            rec = tp / (tp + fn) if tp + fn else 0.0
            f1s.append(2 * prec * rec / (prec + rec) if prec + rec else 0.0)
        return round(sum(f1s) / len(f1s), 4) if f1s else 0.0

    def confusion(self) -> dict[str, dict[str, int]]:
        table: dict[str, Counter[str]] = {}
        for g, p in self.sub_pairs:
            table.setdefault(g, Counter())[p] += 1
        return {g: dict(c.most_common()) for g, c in sorted(table.items())}

    def as_dict(self) -> dict[str, Any]:
        within = {f"within_{k}km": round(sum(1 for d in self.km if d <= k) / self.n, 4) if self.n else None
                  for k in (5, 25, 50)}
        return {
            "rows": self.n,
            "no_event_detected": self.no_event,
            "event_type_accuracy": self.rate("event_type"),
            "sub_event_type_accuracy": self.rate("sub_event_type"),
            "sub_event_type_macro_f1": self.macro_f1(),
            "actor1_accuracy": self.rate("actor1"),
            "actor2_accuracy": self.rate("actor2"),
            "date_exact": self.rate("date"),
            "time_precision_agreement": self.rate("time_precision"),
            "fatalities_exact": self.rate("fatalities"),
            "fatalities_mae": round(sum(self.fatality_errors) / len(self.fatality_errors), 3)
            if self.fatality_errors else None,
            "admin1_accuracy": self.rate("admin1"),
            "admin2_accuracy": self.rate("admin2"),
            "location_name_match": self.rate("location"),
            **within,
            "geo_precision_agreement": self.rate("geo_precision"),
            "notes_per_second": round(self.n / self.seconds, 2) if self.seconds else None,
            "words_per_second": round(self.words / self.seconds, 1) if self.seconds else None,
            "confusion": self.confusion(),
        }


def _norm(text: str | None) -> str:
    """A place name for comparison: no case, accents, spaces, hyphens or apostrophes
    ("N'Guigmi" = "Nguigmi", "Maïné-Soroa" = "Maine Soroa")."""
    return name_key(text or "").replace(" ", "")


def primary_mention(extraction: ArticleExtraction) -> Mention | None:
    for m in extraction.mentions:
        if m.primary:
            return m
    return extraction.mentions[0] if extraction.mentions else None



def same_actor(predicted: str, gold: str) -> bool:
    """Normalised exact match of two ACLED actor names, whichever ACLED release wrote them
    (:meth:`eventfuse.extract.actors.ActorTable.same_actor`): an export made while a regime
    was in power names it with an open period ("(2015-)") that later releases close
    ("(2015-2022)"); a release made before a group was renamed or split uses its older name
    (the table's ``acled_variants``); "A and/or B" is "B and/or A"."""
    return ActorTable.load().same_actor(predicted, gold)


def score_row(scores: Scores, row: GoldRow, m: Mention | None) -> None:
    scores.n += 1
    if m is None:
        scores.no_event += 1
        for name in ("event_type", "sub_event_type", "actor1", "actor2", "date", "time_precision",
                     "fatalities", "admin1", "admin2", "location", "geo_precision"):
            scores.tally(name, False)
        scores.sub_pairs.append((row.sub_event_type, "(none)"))
        scores.fatality_errors.append(row.fatalities)
        scores.km.append(math.inf)
        return
    scores.tally("event_type", m.event_type == row.event_type)
    scores.tally("sub_event_type", m.sub_event_type == row.sub_event_type)
    scores.sub_pairs.append((row.sub_event_type, m.sub_event_type))
    a1 = m.actor1.name if m.actor1 else ""
    a2 = m.actor2.name if m.actor2 else ""
    scores.tally("actor1", same_actor(a1, row.actor1))
    scores.tally("actor2", same_actor(a2, row.actor2))
    scores.tally("date", m.date is not None and m.date.value == row.event_date)
    scores.tally("time_precision", m.date is not None and m.date.precision == row.time_precision)
    fat = m.fatalities or 0
    scores.tally("fatalities", fat == row.fatalities)
    scores.fatality_errors.append(abs(fat - row.fatalities))
    p = m.place
    scores.tally("admin1", p is not None and _norm(p.admin1) == _norm(row.admin1))
    scores.tally("admin2", p is not None and _norm(p.admin2) == _norm(row.admin2))
    scores.tally("location", p is not None and _norm(p.name) == _norm(row.location))
    scores.tally("geo_precision", p is not None and p.geo_precision == row.geo_precision)
    if p is not None and row.latitude is not None and row.longitude is not None:
        scores.km.append(haversine_km(p.latitude, p.longitude, row.latitude, row.longitude))
    else:
        scores.km.append(math.inf)


def extract_each(
    articles: Sequence[Article], stages: Stages, *, progress: str = ""
) -> Iterator[tuple[Article, ArticleExtraction | None]]:
    """Each article with its extraction (None when it was skipped, by the relevance gate too
    as in a run when ``triage`` is on), in order, 64 at a time; with ``progress`` (a noun:
    "notes"), a line on stderr counts them."""
    for i in range(0, len(articles), 64):
        batch = articles[i : i + 64]
        kept = [a for a in batch if triage_check(a) is None] if stages.settings.triage else list(batch)
        found = {x.article.id: x for x in stages.process(kept) if isinstance(x, ArticleExtraction)} if kept else {}
        for article in batch:
            yield article, found.get(article.id)
        if progress:
            done = i + len(batch)
            print(f"\r  {done}/{len(articles)} {progress}", end="", file=sys.stderr, flush=True)
            if done == len(articles):
                print(file=sys.stderr)


def evaluate_acled(
    path: str | Path,
    *,
    settings: Settings,
    since: date | None = None,
    until: date | None = None,
    limit: int | None = None,
    progress: bool = False,
    stages: Stages | None = None,
) -> dict[str, Any]:
    """Feed each row's notes through extract + geocode and score the article's main mention;
    ``stages``: models already loaded (``eventfuse eval panel`` scores several sets with one)."""
    # the pipeline imports ingest and extract (about 2 s measured): only the commands that
    # run it pay for that, not `eventfuse --help`
    from ..pipeline import Stages

    rows = read_gold(path, since=since, until=until)
    if limit:
        rows = rows[:limit]
    stages = stages or Stages(settings)
    stages.extractor.pipeline("en")  # load models before timing
    scores = Scores()
    start = time.perf_counter()
    articles = [gold_article(r) for r in rows]
    pairs = extract_each(articles, stages, progress="notes scored" if progress else "")
    for row, (art, extraction) in zip(rows, pairs, strict=True):
        score_row(scores, row, primary_mention(extraction) if extraction else None)
        scores.words += len(art.text.split())
    scores.seconds = time.perf_counter() - start
    report = scores.as_dict()
    report["file"] = str(path)
    report["since"] = since.isoformat() if since else None
    report["until"] = until.isoformat() if until else None
    return report


SCORE_LINES = (
    ("rows", "rows scored"),
    ("event_type_accuracy", "event type accuracy"),
    ("sub_event_type_accuracy", "sub-event type accuracy"),
    ("sub_event_type_macro_f1", "sub-event type macro-F1"),
    ("actor1_accuracy", "actor1 accuracy"),
    ("actor2_accuracy", "actor2 accuracy"),
    ("date_exact", "date exact match"),
    ("time_precision_agreement", "time precision agreement"),
    ("fatalities_exact", "fatalities exact match"),
    ("fatalities_mae", "fatalities mean absolute error"),
    ("admin1_accuracy", "admin1 accuracy"),
    ("admin2_accuracy", "admin2 accuracy"),
    ("location_name_match", "location name match"),
    ("within_5km", "within 5 km"),
    ("within_25km", "within 25 km"),
    ("within_50km", "within 50 km"),
    ("geo_precision_agreement", "geo precision agreement"),
    ("no_event_detected", "notes with no event found"),
    ("notes_per_second", "notes per second"),
)


def format_scores(report: dict[str, Any]) -> str:
    """The headline numbers of an evaluation, one per line."""
    lines = [f"eval acled {report.get('file')}  since={report.get('since')} until={report.get('until')}"]
    for key, label in SCORE_LINES:
        lines.append(f"  {label:32} {report.get(key)}")
    return "\n".join(lines)


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("gold", metavar="GOLD.csv", help="an ACLED CSV export")
    p.add_argument("--since", type=iso_date, help="first event date to score")
    p.add_argument("--until", type=iso_date, help="last event date to score")
    p.add_argument("--limit", type=int, help="score only the first N rows")
    p.add_argument("--json", metavar="OUT", help="also write the full report (with the confusion table) as JSON")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress line")


def run_command(args: argparse.Namespace, settings: Settings) -> int:
    """``eventfuse eval acled GOLD.csv``."""
    report = evaluate_acled(
        args.gold, settings=settings, since=args.since, until=args.until, limit=args.limit,
        progress=not args.quiet,
    )
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8")
    print(format_scores(report))
    return 0


EVAL_ACLED = Command("acled", "feed each ACLED row's notes as a report and score the coding",
                     add_arguments, run_command)
