"""Training examples from a user's ACLED export: each row's notes (label stripped) and its sub-event type."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from ..config import Settings
from ..errors import InputError
from ..evaluate.acled import GoldRow, gold_article, primary_mention, read_gold
from ..extract.extractor import Extractor
from ..extract.learned import RULES, Example, example_for
from ..records import Article
from ..taxonomy import BY_NAME


def acled_rows(path: str | Path, *, since: date | None = None, until: date | None = None) -> list[GoldRow]:
    """The rows of an ACLED export usable for training: notes present, a known sub-event type."""
    rows = [r for r in read_gold(path, since=since, until=until) if r.notes.strip() and r.sub_event_type in BY_NAME]
    if not rows:
        raise InputError(f"{path} has no rows with notes and a known sub-event type in the date range",
                         hint="check --since/--until and that the file is an ACLED export")
    return rows


def examples_from_rows(
    rows: Sequence[GoldRow], *, settings: Settings | None = None, use_rules: bool = True, progress: bool = False,
    extractor: Any = None,
) -> list[Example]:
    """One example per row; with ``use_rules`` the rules read each note first (a spaCy pass).

    ``extractor``: an already loaded ``Extractor`` to reuse (its setting ``classifier`` is ignored).
    """
    if not use_rules:
        return [Example(text=r.notes, label=r.sub_event_type) for r in rows]
    # the rules' own reading, never a model's (the setting may name one)
    if extractor is None:
        extractor = Extractor(replace(settings or Settings(progress=False), classifier=RULES))
    elif extractor.settings.classifier != RULES:
        extractor = replace(extractor, settings=replace(extractor.settings, classifier=RULES))
    out: list[Example] = []
    for start in range(0, len(rows), 64):
        batch = rows[start : start + 64]
        arts: list[Article] = [gold_article(r) for r in batch]
        for row, extraction in zip(batch, extractor.extract(arts)):
            m = primary_mention(extraction)
            if m is None:
                out.append(Example(text=row.notes, label=row.sub_event_type))
            else:
                ex = example_for(extraction, m)
                out.append(replace(ex, text=row.notes, label=row.sub_event_type))
        if progress:
            print(f"\r  read {len(out)}/{len(rows)} notes", end="", file=sys.stderr, flush=True)
    if progress:
        print(file=sys.stderr)
    return out


def describe_rows(path: str | Path, rows: Sequence[GoldRow]) -> dict[str, Any]:
    """The header's account of the training data (no row content)."""
    dates = sorted(r.event_date for r in rows)
    countries = sorted({r.country for r in rows if r.country})
    return {"file": Path(path).name, "rows": len(rows), "first_date": dates[0].isoformat(),
            "last_date": dates[-1].isoformat(), "countries": countries}
