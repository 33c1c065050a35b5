"""The engine registry: engines are found by name, a registered engine runs the whole run,
and the built-in ones go through the same interface. No models are loaded here."""

from __future__ import annotations

import random
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from test_runners import random_mentions  # hand-built mentions

from eventfuse.config import Settings
from eventfuse.errors import ConfigError
from eventfuse.fuse import Block, link_and_fuse_blocks
from eventfuse.link import LinkOptions
from eventfuse.pipeline import Stages
from eventfuse.records import Article, ArticleExtraction, Event, Mention, Skipped, Span
from eventfuse.runners import (
    Engine,
    InProcess,
    engine_names,
    open_engine,
    register_engine,
    run_with_engine,
)
from eventfuse.runners.engines import open_inprocess, open_local
from eventfuse.store import Store

# the stand-in reports below tell of no conflict: the relevance gate is off for them
SETTINGS = Settings(db=":memory:", progress=False, batch_size=2, triage=False)


class Recording:
    """An engine that extracts nothing (no models) and records what it was asked."""

    def __init__(self) -> None:
        self.batches: list[list[str]] = []
        self.linked = 0
        self.closed = False

    def process_batches(
        self, batches: Iterable[list[Article]]
    ) -> Iterator[list[ArticleExtraction | Skipped]]:
        for batch in batches:
            self.batches.append([a.id for a in batch])
            yield [ArticleExtraction(article=a, mentions=(mention_of(a),)) for a in batch]

    def link_blocks(self, blocks: Iterable[Block], options: LinkOptions) -> Iterator[Event]:
        self.linked += 1
        return link_and_fuse_blocks(blocks, options)

    def close(self) -> None:
        self.closed = True


def mention_of(article: Article) -> Mention:
    """A hand-built mention of one article (no extraction)."""
    base = random_mentions(random.Random(7), 1)[0]
    span = Span(article.id, 0, 6, article.text[:6])
    return replace(base, id=f"m-{article.id}", article=article.id, trigger=span, sentence=span,
                   claims=(), date=None if base.date is None else replace(base.date, span=span))


def articles(n: int) -> list[Article]:
    texts = [f"Report number {i} about a market day in a quiet town, nothing happened." for i in range(n)]
    return [Article(Article.make_id(t), t, language="en", published=date(2025, 1, 1)) for t in texts]


def test_built_in_engines_are_registered() -> None:
    assert {"inprocess", "local", "ray"} <= set(engine_names())


def test_a_registered_engine_runs_the_run(tmp_path: Path) -> None:
    engine = Recording()
    register_engine("recording", lambda settings, stages: engine)
    settings = replace(SETTINGS, engine="recording")
    with Store.open(tmp_path / "e.db") as store:
        report = run_with_engine(articles(5), settings=settings, store=store)
    assert report.articles_new == 5 and report.mentions == 5 and report.events >= 1
    assert [len(b) for b in engine.batches] == [2, 2, 1]
    assert engine.linked == 1 and engine.closed


def test_unknown_engine_names_the_registered_ones(tmp_path: Path) -> None:
    with Store.open(tmp_path / "x.db") as store, pytest.raises(ConfigError) as info:
        run_with_engine([], settings=replace(SETTINGS, engine="spark"), store=store)
    assert "spark" in str(info.value) and "local" in (info.value.hint or "")


def test_negative_workers_is_a_config_error() -> None:
    with pytest.raises(ConfigError):
        open_engine(replace(SETTINGS, workers=-1))


def test_local_with_one_worker_is_in_process() -> None:
    stages = Stages(SETTINGS)  # models load on first use only
    engine: Engine = open_local(replace(SETTINGS, workers=1), stages)
    assert isinstance(engine, InProcess) and engine.stages is stages
    assert isinstance(open_inprocess(SETTINGS, None), InProcess)
