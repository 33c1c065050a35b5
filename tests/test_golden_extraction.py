"""Golden extraction cases written by the project: must-have and must-not-have per field."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from eventfuse.pipeline import Stages
from eventfuse.records import Article, ArticleExtraction, Mention

CASES = json.loads((Path(__file__).parent / "golden" / "extraction_cases.json").read_text(encoding="utf-8"))


def _value(m: Mention, name: str) -> object:
    if name == "event_date":
        return m.date.value.isoformat() if m.date else None
    if name == "time_precision":
        return m.date.precision if m.date else None
    if name == "weekday_mismatch":
        return bool(m.date and m.date.weekday_mismatch)
    if name == "country":
        return m.place.country if m.place else None
    return getattr(m, name)


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_golden_case(case: dict, stages: Stages) -> None:
    text = case["text"]
    art = Article(id=Article.make_id(text), text=text, language=case["lang"],
                  published=date.fromisoformat(case["published"]))
    (result,) = stages.process([art])
    assert isinstance(result, ArticleExtraction)
    mentions = result.mentions
    if "events" in case["must"]:
        assert len(mentions) == case["must"]["events"], [(m.sub_event_type, m.trigger.quote) for m in mentions]
        return
    assert mentions, f"{case['id']}: no event found ({case['note']})"
    main = next(m for m in mentions if m.primary)
    for name, want in case["must"].items():
        assert _value(main, name) == want, f"{case['id']} {name}: {_value(main, name)!r} != {want!r} ({case['note']})"
    for name, bad in case["must_not"].items():
        assert _value(main, name) != bad, f"{case['id']} {name} must not be {bad!r} ({case['note']})"
