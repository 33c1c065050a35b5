"""Runners: blocked linking equals global linking; process pool, Ray and incremental runs give
the events of the single-process run."""

from __future__ import annotations

import json
import logging
import random
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from eventfuse.config import Settings
from eventfuse.link import LinkOptions, link_mentions
from eventfuse.link.blocking import coarse_blocks, fine_components, link_blocked, mention_key
from eventfuse.pipeline import rebuild_events, run
from eventfuse.records import Actor, Claim, DateMention, Mention, Place, Span
from eventfuse.runners import IncrementalEvents, relink, run_with_engine
from eventfuse.runners.local import LocalPool, warm, worker_stages
from eventfuse.store import Store
from eventfuse.taxonomy import sub_event

ROOT = Path(__file__).resolve().parents[1]
REPORTS = ROOT / "examples" / "reports" / "reports.jsonl"
SETTINGS = Settings(db=":memory:", progress=False, batch_size=4)

# -- blocked linking (no models) ----------------------------------------------------------

TYPES = (
    "Armed clash", "Attack", "Abduction/forced disappearance", "Remote explosive/landmine/IED",
    "Air/drone strike", "Peaceful protest", "Looting/property destruction",
)  # fmt: skip
TOWNS = (("Mali", 14.5, -4.2), ("Mali", 14.6, -4.0), ("Mali", 16.3, -0.1), ("Niger", 14.9, 0.9),
         ("Burkina Faso", 14.1, -1.6), ("", 14.2, -1.5))  # fmt: skip
GROUPS = (("JNIM: Group for Support of Islam and Muslims", 2), ("Islamic State (Sahel)", 2),
          ("Unidentified Armed Group (Mali)", 3), ("Military Forces of Mali (2021-)", 1))  # fmt: skip


def random_mentions(rng: random.Random, n: int, *, articles: int | None = None) -> list[Mention]:
    """Hand-built mentions crowded into a few weeks, countries and towns, so that many pairs
    are candidates and block boundaries are crossed."""
    out: list[Mention] = []
    day0 = date(2024, 3, 1)
    n_articles = articles or max(2, n // 2)
    for i in range(n):  # articles=-1: one article per mention
        article = f"a{i if articles == -1 else rng.randrange(n_articles):04d}"
        sub = rng.choice(TYPES)
        info = sub_event(sub)
        span = Span(article, i, i + 5, "quote")
        day = day0 + timedelta(days=rng.randrange(40))
        dated = rng.random()
        if dated < 0.08:
            when = None
        else:
            precision = rng.choice([1, 1, 1, 2, 3])
            when = DateMention(day, precision, span if rng.random() < 0.7 else None,
                               weekday_mismatch=rng.random() < 0.1)
        place = None
        if rng.random() > 0.1:
            country, lat, lon = rng.choice(TOWNS)
            place = Place("Town", lat + rng.uniform(-0.2, 0.2), lon, country,
                          geo_precision=rng.choice([1, 2, 3]))
        actor = None
        if rng.random() < 0.6:
            name, inter = rng.choice(GROUPS)
            actor = Actor(name, inter)
        victims = tuple(rng.sample(["Awa Diallo", "Moussa Keita", "Awa Dialo"], k=rng.choice([0, 0, 1])))
        claims: tuple[Claim, ...] = ()
        if rng.random() < 0.2:
            claims = (Claim("victims", "victims", float(rng.choice([1, 3, 5])), None, "exact", span),)
        out.append(Mention(
            id=f"m{i:04d}", article=article, sub_event_type=sub, event_type=info.event_type,
            disorder_type=info.disorder_type, trigger=span, sentence=span, date=when,
            actor1=actor, victims=victims, place=place, claims=claims,
            attribution=rng.choice([None, "Moussa Keita", "the mayor"]),
        ))
    return out


@pytest.mark.parametrize("seed", range(80))
def test_blocked_linking_equals_global_linking(seed: int) -> None:
    rng = random.Random(seed)
    n = rng.randint(5, 120)
    mentions = random_mentions(rng, n, articles=rng.choice([n // 3 + 1, 4 * n, -1, -1]))
    options = LinkOptions(days=rng.choice([1, 3, 7]), km=rng.choice([10.0, 50.0]))
    clusters = link_mentions(mentions, options=options)
    assert link_blocked(mentions, options=options) == clusters
    assert 1 <= len(clusters) <= len(mentions)


def test_blocks_split_by_act_group_country_and_week() -> None:
    rng = random.Random(5)
    mentions = random_mentions(rng, 300, articles=-1)
    blocks = coarse_blocks(mention_key(m, days=3) for m in mentions)
    assert sorted(i for b in blocks for i in b) == sorted(m.id for m in mentions)
    assert len(blocks) >= 5  # five act groups at least; the wildcards join much of the rest
    few = random_mentions(random.Random(8), 40, articles=-1)
    blocks = coarse_blocks(mention_key(m, days=3) for m in few)
    by_id = {m.id: m for m in few}
    fine = [
        c for b in blocks for c in fine_components([by_id[i] for i in b], options=LinkOptions())
    ]
    assert len(fine) > len(blocks) > 5


def test_every_mention_of_an_article_is_in_one_block() -> None:
    rng = random.Random(6)
    mentions = random_mentions(rng, 300, articles=100)
    blocks = coarse_blocks(mention_key(m, days=3) for m in mentions)
    block_of = {i: n for n, b in enumerate(blocks) for i in b}
    by_article: dict[str, set[int]] = {}
    for m in mentions:
        by_article.setdefault(m.article, set()).add(block_of[m.id])
    assert all(len(b) == 1 for b in by_article.values())


def test_neighbouring_weeks_are_joined() -> None:
    """A week-long window across a Sunday joins the blocks of both weeks; day dates do not."""
    rng = random.Random(1)
    base = random_mentions(rng, 1)[0]
    sunday, monday = date(2024, 3, 10), date(2024, 3, 11)

    def at(mid: str, article: str, day: date, precision: int) -> Mention:
        span = Span(article, 0, 1, "x")
        return Mention(
            id=mid, article=article, sub_event_type="Attack", event_type=base.event_type,
            disorder_type=base.disorder_type, trigger=span, sentence=span,
            date=DateMention(day, precision, span), place=Place("T", 14.0, -4.0, "Mali"),
        )

    apart = [at("m1", "a1", sunday, 1), at("m2", "a2", monday, 1)]
    assert len(coarse_blocks(mention_key(m, days=3, slack=0) for m in apart)) == 2
    # exact dates one day apart may be one incident (LinkOptions.slack_days): one block
    assert len(coarse_blocks(mention_key(m, days=3) for m in apart)) == 1
    joined = [*apart, at("m3", "a3", monday, 2)]
    assert len(coarse_blocks(mention_key(m, days=3, slack=0) for m in joined)) == 1


# -- runs on the example reports (models) --------------------------------------------------


def events_json(store: Store) -> list[dict[str, object]]:
    return sorted((e.to_json() for e in store.events(limit=10_000)), key=lambda e: str(e["id"]))


@pytest.fixture(scope="module")
def stages():
    loaded = worker_stages(SETTINGS)  # the same object the pool's parent uses (fork)
    warm(loaded)
    return loaded


@pytest.fixture(scope="module")
def reference(stages, tmp_path_factory) -> list[dict[str, object]]:
    """Events of the plain single-process run (full rebuild)."""
    with Store.open(tmp_path_factory.mktemp("ref") / "ref.db") as store:
        report = run([str(REPORTS)], settings=SETTINGS, store=store, stages=stages)
        assert report.articles_new == 16 and report.events > 0
        return events_json(store)


@pytest.mark.slow
def test_incremental_first_run_equals_full_rebuild(stages, reference, tmp_path) -> None:
    with Store.open(tmp_path / "inc.db") as store:
        report = run_with_engine([str(REPORTS)], settings=SETTINGS, store=store, stages=stages)
        assert report.articles_new == 16
        assert report.events == len(reference)
        assert events_json(store) == reference
        rebuilt = sorted((e.to_json() for e in rebuild_events(store=store, settings=SETTINGS)),
                         key=lambda e: str(e["id"]))
        assert rebuilt == reference


@pytest.mark.slow
def test_local_pool_two_workers_gives_the_same_events(stages, reference, tmp_path) -> None:
    settings = SETTINGS
    with Store.open(tmp_path / "pool.db") as store, LocalPool(settings, workers=2) as pool:
        assert pool.wait_ready(timeout=300) >= 0
        seen: list[int] = []
        report = run([str(REPORTS)], settings=settings, store=store, stages=stages,
                     process_batches=pool.process_batches,
                     updater=IncrementalEvents(store, settings), on_batch=seen.append)
        assert sum(seen) == 16 and len(seen) == 4  # batch_size 4: four batches went out
        assert report.articles_new == 16
        assert events_json(store) == reference


@pytest.mark.slow
def test_run_with_engine_local_two_workers(stages, reference, tmp_path) -> None:
    from dataclasses import replace

    settings = replace(SETTINGS, workers=2)
    assert worker_stages(settings) is stages  # run-only settings do not reload the models
    with Store.open(tmp_path / "engine.db") as store:
        report = run_with_engine([str(REPORTS)], settings=settings, store=store)
        assert report.articles_new == 16
        assert events_json(store) == reference


def lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


@pytest.mark.slow
def test_incremental_run_processes_only_the_new_article(stages, reference, tmp_path) -> None:
    all_lines = lines(REPORTS)
    first = tmp_path / "first.jsonl"
    first.write_text("\n".join(all_lines[:-1]) + "\n", encoding="utf-8")
    with Store.open(tmp_path / "inc.db") as store:
        run_with_engine([str(first)], settings=SETTINGS, store=store, stages=stages)
        before = store.stats()["mentions"]
        processed: list[int] = []
        updater = IncrementalEvents(store, SETTINGS)
        report = run([str(REPORTS)], settings=SETTINGS, store=store, stages=stages,
                     updater=updater, on_batch=processed.append)
        assert processed == [1]  # one batch of one article went through the stages
        assert report.articles_new == 1 and report.duplicates == 15
        added = store.stats()["mentions"] - before
        assert added > 0
        # only the block(s) of the new article's mentions were re-linked
        assert 0 < updater.last["relinked_mentions"] < store.stats()["mentions"]
        assert events_json(store) == reference
        # nothing new: nothing re-linked, events unchanged
        again = IncrementalEvents(store, SETTINGS)
        run([str(REPORTS)], settings=SETTINGS, store=store, stages=stages, updater=again)
        assert again.last["relinked_mentions"] == 0
        assert events_json(store) == reference


@pytest.mark.slow
def test_interrupted_run_is_repaired_by_the_next(stages, reference, tmp_path) -> None:
    """Articles stored by a run that died before linking are linked by the next run."""
    from eventfuse.ingest import read_inputs
    from eventfuse.records import Article

    articles = [a for a in read_inputs([str(REPORTS)], settings=SETTINGS) if isinstance(a, Article)]
    with Store.open(tmp_path / "crash.db") as store:
        for result in stages.process(articles[:5]):  # stored, but no run record, no events
            store.add_extraction(result)
        report = run_with_engine([str(REPORTS)], settings=SETTINGS, store=store, stages=stages)
        assert report.articles_new == 11
        assert events_json(store) == reference
        # relink (e.g. after changing link settings) gives the same events again
        assert relink(store, SETTINGS) == len(reference)
        assert events_json(store) == reference


def test_unknown_engine_is_a_config_error(tmp_path: Path) -> None:
    from dataclasses import replace

    from eventfuse.errors import ConfigError

    with Store.open(tmp_path / "x.db") as store, pytest.raises(ConfigError) as info:
        run_with_engine([], settings=replace(SETTINGS, engine="spark"), store=store)
    assert "engine" in str(info.value)


# -- Ray -------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def ray_local() -> Iterator[object]:
    ray = pytest.importorskip("ray")
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, logging_level=logging.ERROR)
    try:
        yield ray
    finally:
        ray.shutdown()


@pytest.mark.slow
def test_ray_link_equals_link_mentions(ray_local) -> None:
    from eventfuse.runners.ray_runner import RayEngine

    rng = random.Random(3)
    mentions = random_mentions(rng, 150)
    with RayEngine(SETTINGS) as engine:
        assert engine.link_mentions(mentions) == link_mentions(mentions)


@pytest.mark.slow
def test_ray_run_gives_the_same_events(ray_local, stages, reference, tmp_path, monkeypatch) -> None:
    """Extraction as map_batches on two actors, linking as a groupby by block."""
    from dataclasses import replace

    from eventfuse.runners import ray_runner

    monkeypatch.setattr(ray_runner, "RAY_LINK_MIN_MENTIONS", 0)  # link on Ray even when small
    settings = replace(SETTINGS, engine="ray")
    with Store.open(tmp_path / "ray.db") as store:
        report = run_with_engine([str(REPORTS)], settings=settings, store=store)
        assert report.articles_new == 16
        assert events_json(store) == reference
        assert json.dumps(events_json(store)) == json.dumps(reference)


@pytest.mark.slow
def test_ray_run_to_parquet_gives_the_same_events(ray_local, reference, tmp_path, monkeypatch) -> None:
    """A large-run layout: extractions written by the actors, events as Parquet, no SQLite."""
    from dataclasses import replace

    import pyarrow.parquet as pq

    from eventfuse.errors import ConfigError
    from eventfuse.runners import ray_runner
    from eventfuse.runners.ray_runner import read_parquet_events, run_to_parquet

    monkeypatch.setattr(ray_runner, "RAY_LINK_MIN_MENTIONS", 0)  # link on Ray even when small
    settings = replace(SETTINGS, engine="ray")
    out = tmp_path / "out"
    counts = run_to_parquet([str(REPORTS), str(REPORTS)], settings=settings, out=out)
    assert counts["articles_new"] == 16 and counts["duplicates"] >= 16
    events = sorted((e.to_json() for e in read_parquet_events(out)), key=lambda e: str(e["id"]))
    assert json.dumps(events) == json.dumps(reference)
    assert pq.read_table(out / "extractions").num_rows == 16
    assert pq.read_table(out / "events.parquet").num_rows == counts["events"]
    with pytest.raises(ConfigError, match="not empty"):
        run_to_parquet([str(REPORTS)], settings=settings, out=out)
