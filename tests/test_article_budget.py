"""The time budget per article (issue #15): an article over ``article_budget_s`` becomes a
Skipped record (EF119) and the next article of its batch is still read; huge texts are
parsed in pieces; extraction work grows linearly with the article (counted in function
calls, not timed: timings are in benchmarks/bench_article_length.py), and the dates read
near a sentence date it as all the article's dates did.

The clock of ``common.budget`` is replaced by one that advances one second per reading, so
that "time" counts the budget's checks and the tests do not depend on the machine's speed.
The articles are invented.
"""

from __future__ import annotations

import random
import sys
from dataclasses import replace
from datetime import date, timedelta
from types import FrameType, SimpleNamespace
from typing import Any

import pytest

from eventfuse.common import budget as budget_lib
from eventfuse.common.budget import OverBudget, article_budget, check_budget
from eventfuse.errors import SKIP_REASONS
from eventfuse.extract import nlp as nlp_lib
from eventfuse.extract.dates import resolve_event_date
from eventfuse.extract.document import extract_doc
from eventfuse.extract.intervals import DateWindows, keep_disjoint
from eventfuse.extract.when import LEAD_REACH
from eventfuse.pipeline import Stages
from eventfuse.records import Article, ArticleExtraction, Skipped
from eventfuse.runners.local import worker_stages

PARAGRAPH = {
    "en": (
        "On Monday, gunmen attacked the village of Kelbanta near Douentza, killing three "
        "civilians. Soldiers clashed with militants near Bourem on Tuesday; five fighters were "
        "killed. Residents of Niono said armed men burned shops in the market.\n\n"
    ),
    "fr": (
        "Lundi, des hommes armés ont attaqué le village de Kelbanta près de Douentza, tuant "
        "trois civils. Des soldats ont affronté des jihadistes près de Bourem mardi ; cinq "
        "combattants ont été tués. Des habitants de Niono ont dit que des hommes armés ont "
        "incendié des boutiques du marché.\n\n"
    ),
}
SHORT = {
    "en": "Gunmen killed two villagers near Douentza on Monday, local sources said.",
    "fr": "Des hommes armés ont tué deux villageois près de Douentza lundi, selon des sources locales.",
}
LANGS = ("en", "fr")


def _article(text: str, lang: str) -> Article:
    return Article(Article.make_id(text), text, language=lang, published=date(2025, 3, 5), source=f"test-{lang}")


class _Clock:
    """A clock that moves one second each time it is read."""

    def __init__(self) -> None:
        self.now = 0.0

    def monotonic(self) -> float:
        self.now += 1.0
        return self.now


@pytest.fixture
def counted_clock(monkeypatch: pytest.MonkeyPatch) -> _Clock:
    clock = _Clock()
    monkeypatch.setattr(budget_lib, "time", SimpleNamespace(monotonic=clock.monotonic))
    return clock


def test_ef119_is_a_skip_reason() -> None:
    assert "time budget" in SKIP_REASONS["EF119"]
    assert OverBudget("x").code == "EF119"


def test_no_budget_never_stops(counted_clock: _Clock) -> None:
    with article_budget(0):
        for _ in range(1000):
            check_budget()
    with article_budget(5), pytest.raises(OverBudget) as err:
        for _ in range(1000):
            check_budget("here")
    assert counted_clock.now < 10  # it stops at the first check past the budget
    assert "article_budget_s=5" in err.value.message and "(here)" in err.value.message
    check_budget()  # outside any budget: nothing


@pytest.mark.parametrize("lang", LANGS)
def test_article_over_budget_is_skipped_and_the_next_is_read(
    stages: Stages, counted_clock: _Clock, lang: str
) -> None:
    long = _article(PARAGRAPH[lang] * 20, lang)  # 60 sentences: 60 checks and more
    short = _article(SHORT[lang], lang)  # 1 sentence: about 20 checks in all
    budgeted = Stages(
        replace(stages.settings, article_budget_s=40.0),
        _extractor=stages.extractor,
        _gazetteer=stages.gazetteer,
    )
    first, second = budgeted.process([long, short])
    assert isinstance(first, Skipped)
    assert (first.reason, first.source) == ("EF119", f"test-{lang}")
    assert "time budget" in first.detail
    assert isinstance(second, ArticleExtraction) and second.mentions
    unbudgeted = Stages(
        replace(stages.settings, article_budget_s=0.0),
        _extractor=stages.extractor,
        _gazetteer=stages.gazetteer,
    )
    assert unbudgeted.process([short]) == [second]
    (whole,) = unbudgeted.process([long])  # no budget: the long article is read
    assert isinstance(whole, ArticleExtraction) and whole.mentions


def test_workers_keep_the_budget(settings: Any) -> None:
    """Pool workers build their stages from the run's settings: the budget goes with them."""
    assert worker_stages(replace(settings, article_budget_s=7.5)).settings.article_budget_s == 7.5


@pytest.mark.parametrize("lang", LANGS)
def test_huge_text_is_parsed_in_pieces_within_the_budget(
    stages: Stages, counted_clock: _Clock, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    nlp = stages.extractor.pipeline(lang)
    text = PARAGRAPH[lang] * 12
    pieces = nlp_lib.parse_chunks(text, 800)
    assert "".join(pieces) == text and len(pieces) >= 4
    assert all(p.endswith("\n\n") for p in pieces[:-1])  # cut after paragraphs
    monkeypatch.setattr(nlp_lib, "CHUNKED_ABOVE", 1000)
    monkeypatch.setattr(nlp_lib, "CHUNK_CHARS", 800)
    doc = nlp_lib.parse(nlp, text)
    whole = nlp(text)
    assert doc.text == text
    # paragraphs end sentences anyway: the pieces give the same tokens and sentences (the
    # statistical NER may read a name at a piece's start differently: pieces are only cut
    # in texts far longer than any report)
    assert [t.text for t in doc] == [t.text for t in whole]
    assert [s.text for s in doc.sents] == [s.text for s in whole.sents]
    art = _article(text, lang)
    found = extract_doc(art, doc, lang=lang, gazetteer=stages.gazetteer)
    assert found.mentions and found.places
    # the budget is checked after each piece: a small budget stops the parse early
    with article_budget(2.0), pytest.raises(OverBudget, match="parsing"):
        nlp_lib.parse(nlp, text)


def _calls(work: Any) -> int:
    """Python and profiled (Cython) function calls made by ``work()``."""
    count = 0

    def hook(frame: FrameType, event: str, arg: Any) -> None:
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    sys.setprofile(hook)
    try:
        work()
    finally:
        sys.setprofile(None)
    return count


@pytest.mark.parametrize("lang", LANGS)
def test_extraction_work_grows_linearly(stages: Stages, lang: str) -> None:
    nlp = stages.extractor.pipeline(lang)
    warm = _article(PARAGRAPH[lang] + SHORT[lang], lang)  # lazy lexicons and indexes built
    stages.geocode(extract_doc(warm, nlp(warm.text), lang=lang, gazetteer=stages.gazetteer))
    counts = []
    for repeats in (6, 48):
        art = _article(PARAGRAPH[lang] * repeats, lang)
        doc = nlp(art.text)  # the parse is spaCy's (linear); what follows is ours
        counts.append(_calls(lambda a=art, d=doc: stages.geocode(
            extract_doc(a, d, lang=lang, gazetteer=stages.gazetteer)
        )))
    # eight times the text: at most about eight times the calls (measured: 7.6 times; 12.6
    # times in French before, when each sentence asked spaCy for every entity of the article,
    # blanked the whole text and compared every date candidate with every other)
    assert counts[1] <= 8 * 1.2 * counts[0], counts


def _dates(seed: int) -> list[Any]:
    """Invented date expressions in text order, disjoint, of every kind."""
    rng = random.Random(seed)
    out, pos = [], 0
    for _ in range(rng.randint(0, 60)):
        pos += rng.randint(0, 400)
        length = rng.randint(1, 30)
        out.append(SimpleNamespace(
            start=pos, end=pos + length, kind=rng.choice(("explicit", "relative", "year", "chained")),
            value=date(2025, 1, 1) + timedelta(days=rng.randint(0, 90)), precision=rng.choice((1, 2)),
            text="Monday" if rng.random() < 0.5 else "12.04",
        ))
        pos += length
    return out


@pytest.mark.parametrize("seed", range(40))
def test_dates_near_a_sentence_date_it_as_all_dates_do(seed: int) -> None:
    exprs = _dates(seed)
    windows = DateWindows(exprs, lead=LEAD_REACH)
    rng = random.Random(1000 + seed)
    end_of_text = exprs[-1].end + 500 if exprs else 1000
    for _ in range(50):
        start = rng.randint(0, end_of_text)
        end = start + rng.randint(1, 700)
        near = windows.near(start, end)
        assert [e for e in exprs if e in near] == list(near)  # a part of the list, in order
        published = date(2025, 2, 1) if rng.random() < 0.7 else None
        assert resolve_event_date(
            near, sentence_start=start, sentence_end=end, published=published
        ) is resolve_event_date(exprs, sentence_start=start, sentence_end=end, published=published)
        lead = [e for e in exprs if e.start < min(start, LEAD_REACH)]
        assert list(near[: len(lead)]) == lead  # the story's lead, read in order
    shuffled = list(reversed(exprs))
    assert DateWindows(shuffled, lead=LEAD_REACH).near(0, 10) == tuple(shuffled)  # not in order: all


@pytest.mark.parametrize("seed", range(30))
def test_keep_disjoint_keeps_what_the_pairwise_scan_kept(seed: int) -> None:
    rng = random.Random(seed)
    found = []
    for _ in range(rng.randint(0, 80)):
        start = rng.randint(0, 300)
        found.append(SimpleNamespace(start=start, end=start + rng.randint(1, 25)))
    naive: list[Any] = []
    for c in found:
        if not any(c.start < k.end and k.start < c.end for k in naive):
            naive.append(c)
    assert keep_disjoint(found) == naive
