"""``eventfuse train``: fit a sub-event classifier on the user's own ACLED export."""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

from ..common.cliargs import Command, iso_date
from ..config import Settings
from .model import SubEventModel, TrainOptions, save_model, train

__all__ = ["TRAIN", "train_from_acled"]


def train_from_acled(
    path: str | Path,
    *,
    out: str | Path,
    settings: Settings,
    since: date | None = None,
    until: date | None = None,
    options: TrainOptions | None = None,
    progress: bool = False,
) -> SubEventModel:
    """Fit a model on the notes (leading label stripped) and sub-event types of an ACLED export; save it."""
    # the training data reader loads spaCy (2-3 s measured): only `train` pays for it, not
    # `eventfuse --help` nor the other commands
    from ..extract.extractor import Extractor
    from ..extract.learned import RULES, Example
    from .data import (
        acled_rows,
        corpus_examples,
        describe_corpus,
        describe_rows,
        examples_from_rows,
    )

    options = options or TrainOptions()
    rows = acled_rows(path, since=since, until=until)
    extractor = Extractor(replace(settings, classifier=RULES)) if options.use_rules else None
    examples = examples_from_rows(rows, settings=settings, use_rules=options.use_rules, progress=progress,
                                  extractor=extractor)
    data = describe_rows(path, rows)
    data.update(since=since.isoformat() if since else None, until=until.isoformat() if until else None)
    extra: list[Example] = []
    if options.corpus_weight > 0:
        # the project's invented sentences in the notes' language(s): the rare types' examples
        extra = corpus_examples(options.languages, settings=settings, use_rules=options.use_rules,
                                extractor=extractor)
        data["corpus"] = describe_corpus(extra)
    model = train(examples, options=options, data=data, extra=extra)
    save_model(model, out)
    return model


def _positive(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = 0.0
    if not value > 0:
        raise argparse.ArgumentTypeError(f"must be a positive number: {text!r}")
    return value


def _margin(text: str) -> float | None:
    if text.strip().lower() in {"none", "off", "never"}:
        return None
    try:
        return float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a number or 'none': {text!r}") from None


def run_command(args: argparse.Namespace, settings: Settings) -> int:
    """``eventfuse train --acled FILE.csv --out MODEL``."""
    defaults = TrainOptions()
    options = TrainOptions(c=args.c, use_rules=not args.text_only,
                           min_margin=getattr(args, "min_margin", defaults.min_margin),
                           event_margin=getattr(args, "event_margin", defaults.event_margin),
                           vague_event_margin=getattr(args, "vague_event_margin", defaults.vague_event_margin),
                           rule_bonus=getattr(args, "rule_bonus", defaults.rule_bonus),
                           corpus_weight=getattr(args, "corpus_weight", defaults.corpus_weight))
    started = time.perf_counter()
    model = train_from_acled(args.acled, out=args.out, settings=settings, since=args.since, until=args.until,
                             options=options, progress=not args.quiet)
    data = model.header.get("data", {})
    added = model.header.get("added_examples", 0)
    print(f"trained on {model.header['examples']} notes ({data.get('first_date')} .. {data.get('last_date')})"
          + (f" and {added} invented corpus sentences" if added else "")
          + f", {len(model.labels)} sub-event types, in {time.perf_counter() - started:.0f} s")
    print(f"wrote {args.out}; use it with --set classifier={args.out}", file=sys.stderr)
    return 0


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--acled", required=True, metavar="FILE.csv", help="an ACLED CSV export (notes + sub_event_type)")
    p.add_argument("--out", required=True, metavar="MODEL", help="model file to write")
    p.add_argument("--since", type=iso_date, help="first event date to train on (default: the first row)")
    p.add_argument("--until", type=iso_date, help="last event date to train on (default: every row)")
    p.add_argument("--c", type=_positive, default=TrainOptions().c,
                   help=f"regularisation of the linear SVM (default {TrainOptions().c})")
    p.add_argument("--min-margin", type=float, default=TrainOptions().min_margin,
                   help="below this score a mention keeps the rules' type (default %(default)s)")
    p.add_argument("--event-margin", type=_margin, default=TrainOptions().event_margin,
                   help="from this score an article where the rules found no act gets the model's event; "
                        "'none': never (default %(default)s)")
    p.add_argument("--vague-event-margin", type=float, default=TrainOptions().vague_event_margin,
                   help="the same for the types that name no act (Other, Agreement, Change to group/activity, "
                        "...), never below --event-margin (default %(default)s)")
    p.add_argument("--rule-bonus", type=float, default=TrainOptions().rule_bonus,
                   help="mentions in other languages than the notes' (French reports) are coded from the "
                        "rules' reading alone: the rules' type stays unless another scores this much "
                        "higher (default %(default)s)")
    p.add_argument("--corpus-weight", type=float, default=TrainOptions().corpus_weight,
                   help="weight of each sentence of eventfuse's invented corpus (every sub-event type, in the "
                        "notes' language) added to the notes; 0: notes only (default %(default)s)")
    p.add_argument("--text-only", action="store_true",
                   help="do not add the rules' reading as features (faster: no spaCy pass)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress line")


TRAIN = Command(
    "train", "fit a sub-event classifier on your own ACLED export (use it with --set classifier=MODEL)",
    add_arguments, run_command,
)
