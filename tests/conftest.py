"""Shared fixtures: paths, the optional ../shared folder, and one pipeline run reused by many tests."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from eventfuse.config import Settings
from eventfuse.demo import example_inputs
from eventfuse.pipeline import Stages
from eventfuse.records import Article, ArticleExtraction

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "examples" / "reports"


def shared_path(*parts: str) -> Path:
    """A file under ../shared, or skip the test cleanly when it is not there."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"needs {path} (../shared is not present)")
    return path


def extraction(stages: Stages, text: str, lang: str, published: date) -> ArticleExtraction:
    """What the pipeline reads in one invented report (a test's text, language and day)."""
    art = Article(id=Article.make_id(text), text=text, language=lang, published=published)
    (result,) = stages.process([art])
    assert isinstance(result, ArticleExtraction), result
    return result


@pytest.fixture(scope="session")
def settings() -> Settings:
    return Settings(progress=False)


@pytest.fixture(scope="session")
def stages(settings: Settings) -> Stages:
    """Models and gazetteer loaded once for the whole session."""
    return Stages(settings)


@pytest.fixture(scope="session")
def examples_db(tmp_path_factory: pytest.TempPathFactory, settings: Settings, stages: Stages) -> Path:
    """The example corpus run once into a database."""
    from dataclasses import replace

    from eventfuse.pipeline import run
    from eventfuse.store import Store

    db = tmp_path_factory.mktemp("examples") / "examples.db"
    with Store.open(db) as store:
        run(example_inputs(), settings=replace(settings, db=str(db)), store=store, stages=stages)
    return db
