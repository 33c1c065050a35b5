"""Score sub-event classification on the CASE 2021 task 2 snippets (``eventfuse eval case2021``)."""

from __future__ import annotations

import argparse
import csv
import json
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..common.cliargs import Command
from ..config import Settings
from ..errors import InputError
from ..records import Article
from ..taxonomy import BY_CODE, BY_NAME, NON_EVENT_CODES
from .acled import extract_each, primary_mention

if TYPE_CHECKING:  # imported where it runs (see evaluate_case2021)
    from ..pipeline import Stages

NONE = "NONE"  # no event found (the right answer for the codes outside ACLED's taxonomy)
COLUMNS = ("id", "EventSnippet", "SubType")

__all__ = ["EVAL_CASE2021", "CaseRow", "evaluate_case2021", "format_case2021", "read_case2021",
           "score_case2021"]


@dataclass(frozen=True, slots=True)
class CaseRow:
    """One snippet: its id, text and gold short code (ACLED sub-event code or a non-event code)."""

    id: str
    text: str
    code: str

    @property
    def is_event(self) -> bool:
        return self.code in BY_CODE


def read_case2021(path: str | Path) -> list[CaseRow]:
    """The rows of a CASE 2021 task 2 TSV file (columns id, EventSnippet, SubType)."""
    p = Path(path)
    if not p.is_file():
        raise InputError(f"CASE 2021 file {p} not found", hint="pass the task 2 TSV (id, EventSnippet, SubType)",
                         code="EF112")
    rows: list[CaseRow] = []
    with p.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        missing = [c for c in COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise InputError(f"{p} lacks columns {missing}",
                             hint="a tab-separated file with the header: id, EventSnippet, SubType")
        for line, r in enumerate(reader, start=2):
            code = (r.get("SubType") or "").strip()
            text = (r.get("EventSnippet") or "").strip()
            if not text:
                continue
            if code not in BY_CODE and code not in NON_EVENT_CODES:
                raise InputError(f"{p}:{line}: unknown SubType {code!r}",
                                 hint="SubType is an ACLED short code (e.g. ARMED_CLASH) or one of "
                                      f"{sorted(NON_EVENT_CODES)}")
            rows.append(CaseRow(id=(r.get("id") or str(line)).strip(), text=text, code=code))
    return rows


def _f1(pairs: Sequence[tuple[str, str]], label: str) -> float:
    tp = sum(1 for g, p in pairs if g == label and p == label)
    fp = sum(1 for g, p in pairs if g != label and p == label)
    fn = sum(1 for g, p in pairs if g == label and p != label)
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    return 2 * prec * rec / (prec + rec) if prec + rec else 0.0


def _rate(hits: int, total: int) -> float | None:
    return round(hits / total, 4) if total else None


def score_case2021(rows: Sequence[CaseRow], predicted: Sequence[str]) -> dict[str, Any]:
    """Scores of predicted short codes (``NONE``: no event found) against the gold rows.

    ``sub_event_accuracy`` is over the snippets ACLED's taxonomy covers; ``accuracy_with_non_events``
    is over all snippets, a non-event snippet being right when no event was found. Macro-F1 averages
    the F1 of each ACLED sub-event type present in the gold (events found in non-event snippets
    count as false positives).
    """
    gold = [r.code if r.is_event else NONE for r in rows]
    pairs = list(zip(gold, predicted))
    events = [(g, p) for g, p in pairs if g != NONE]
    non_events = [(g, p) for g, p in pairs if g == NONE]
    labels = sorted({g for g, _ in events})
    confusion: dict[str, Counter[str]] = {}
    for r, p in zip(rows, predicted):
        confusion.setdefault(r.code, Counter())[p] += 1
    mistakes = Counter((g, p) for g, p in zip((r.code for r in rows), predicted)
                       if g != p and not (g in NON_EVENT_CODES and p == NONE))
    return {
        "rows": len(rows),
        "event_rows": len(events),
        "non_event_rows": len(non_events),
        "sub_event_accuracy": _rate(sum(g == p for g, p in events), len(events)),
        "event_type_accuracy": _rate(
            sum(p in BY_CODE and BY_CODE[p].event_type == BY_CODE[g].event_type for g, p in events), len(events)),
        "accuracy_with_non_events": _rate(sum(g == p for g, p in pairs), len(pairs)),
        "macro_f1": round(sum(_f1(pairs, lab) for lab in labels) / len(labels), 4) if labels else 0.0,
        "event_found": _rate(sum(p != NONE for _, p in events), len(events)),
        "non_event_rejected": _rate(sum(p == NONE for _, p in non_events), len(non_events)),
        "per_type_f1": {lab: round(_f1(pairs, lab), 4) for lab in labels},
        "top_confusions": [{"gold": g, "predicted": p, "n": n} for (g, p), n in mistakes.most_common(15)],
        "confusion": {g: dict(c.most_common()) for g, c in sorted(confusion.items())},
    }


def _article(row: CaseRow) -> Article:
    return Article(id=Article.make_id(row.text + row.id), text=row.text, language="en",
                   given_id=row.id, source=f"case2021:{row.id}")


def evaluate_case2021(path: str | Path, *, settings: Settings, limit: int | None = None,
                      progress: bool = False, stages: Stages | None = None) -> dict[str, Any]:
    """Read each snippet as an English report (extract + classify) and score its main mention's
    type; ``stages``: models already loaded (``eventfuse eval panel`` scores several sets with one)."""
    # the pipeline imports ingest and extract (about 2 s measured): only the commands that
    # run it pay for that, not `eventfuse --help`
    from ..extract.learned import check_classifier  # 0.32 s measured (actor tables), as above
    from ..pipeline import Stages

    check_classifier(settings.classifier)  # a bad model path fails before the models load
    rows = read_case2021(path)
    if limit:
        rows = rows[:limit]
    stages = stages or Stages(settings)
    stages.extractor.pipeline("en")  # load models before timing
    predicted: list[str] = []
    words = 0
    start = time.perf_counter()
    articles = [_article(r) for r in rows]
    for art, extraction in extract_each(articles, stages, progress="snippets scored" if progress else ""):
        m = primary_mention(extraction) if extraction else None
        predicted.append(BY_NAME[m.sub_event_type].code if m else NONE)
        words += len(art.text.split())
    seconds = time.perf_counter() - start
    report = score_case2021(rows, predicted)
    report["file"] = str(path)
    report["classifier"] = settings.classifier
    report["snippets_per_second"] = round(len(rows) / seconds, 2) if seconds else None
    report["words_per_second"] = round(words / seconds, 1) if seconds else None
    return report


LINES = (
    ("rows", "snippets scored"),
    ("event_rows", "snippets with an ACLED type"),
    ("non_event_rows", "snippets outside ACLED's types"),
    ("sub_event_accuracy", "sub-event type accuracy"),
    ("event_type_accuracy", "event type accuracy"),
    ("accuracy_with_non_events", "accuracy (no event = right for non-events)"),
    ("macro_f1", "sub-event type macro-F1"),
    ("event_found", "event found (ACLED-type snippets)"),
    ("non_event_rejected", "no event found (non-event snippets)"),
    ("snippets_per_second", "snippets per second"),
)


def format_case2021(report: dict[str, Any]) -> str:
    """The headline numbers and the most frequent confusions, one per line."""
    lines = [f"eval case2021 {report.get('file')}  classifier={report.get('classifier')}"]
    for key, label in LINES:
        lines.append(f"  {label:44} {report.get(key)}")
    if report.get("top_confusions"):
        lines.append("  most frequent confusions (gold -> predicted):")
        for c in report["top_confusions"][:10]:
            lines.append(f"    {c['gold']:30} -> {c['predicted']:30} {c['n']}")
    return "\n".join(lines)


def run_command(args: argparse.Namespace, settings: Settings) -> int:
    """``eventfuse eval case2021 FILE.tsv``."""
    report = evaluate_case2021(args.gold, settings=settings, limit=args.limit, progress=not args.quiet)
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8")
    print(format_case2021(report))
    return 0


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("gold", metavar="FILE.tsv", help="tab-separated id, EventSnippet, SubType")
    p.add_argument("--limit", type=int, help="score only the first N snippets")
    p.add_argument("--json", metavar="OUT", help="also write the full report (with the confusion table) as JSON")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress line")


EVAL_CASE2021 = Command("case2021", "score sub-event classification on CASE 2021 task 2 snippets",
                        add_arguments, run_command)
