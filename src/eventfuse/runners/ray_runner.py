"""The Ray runner: per-article stages as Ray Data ``map_batches`` on actors, linking by block.

* Ingest runs in the driver (it deduplicates against the store and across inputs). In a run
  into the store (:meth:`RayEngine.process_batches`) the new articles stream to a pool of
  extraction actors, a few batches per actor in flight, results back in input order: the
  driver never holds more than those batches. For Parquet output the articles become a Ray
  dataset and extraction runs as ``map_batches`` with the same callable class. Either way
  each actor builds its :class:`~eventfuse.pipeline.Stages` (models, gazetteer) once and
  keeps it for every batch.
* Linking: mentions are shuffled by block (``groupby`` on the block id of
  ``link.coarse_blocks``: act group + country + ISO weeks, wildcards joined), and each
  block is linked and fused on its own (``fuse.link_and_fuse``): the same events as
  ``link_mentions`` over all.
* Results go to the SQLite store (``run_with_engine``), or to Parquet for large runs
  (:meth:`RayEngine.extract_to_parquet`, read back with :func:`read_parquet_results`).

Ray is imported lazily: the rest of eventfuse works without it.
"""

from __future__ import annotations

import json
import logging
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from ..config import Settings
from ..errors import ConfigError, EventfuseError
from ..fuse import Block, link_and_fuse, link_and_fuse_blocks
from ..link import Cluster, LinkOptions, coarse_blocks, link_block, mention_key
from ..pipeline import Input, NewArticles, Stages
from ..records import Article, ArticleExtraction, Event, Mention, Skipped
from ..store import codec
from .local import warm

RAY_LINK_MIN_MENTIONS = 2000  # below this, linking in the driver is faster than a shuffle
IN_FLIGHT_PER_ACTOR = 2  # batches sent ahead to each extraction actor
_KINDS: dict[str, type] = {"x": ArticleExtraction, "s": Skipped}


def _ray() -> Any:
    try:
        import ray
    except ImportError:
        raise ConfigError(
            "engine 'ray' needs the ray package",
            hint='install it: pip install "ray[data]" (or use --set engine=local)',
        ) from None
    return ray


def encode_result(item: ArticleExtraction | Skipped) -> tuple[str, str]:
    return ("s" if isinstance(item, Skipped) else "x"), codec.dumps(item)


def decode_result(kind: str, record: str) -> ArticleExtraction | Skipped:
    result: ArticleExtraction | Skipped = codec.loads(_KINDS[str(kind)], record)
    return result


class ExtractBatch:
    """The ``map_batches`` callable: one ``Stages`` per actor, loaded when the actor starts."""

    def __init__(self, settings: Settings) -> None:
        self.stages = Stages(settings)
        warm(self.stages)

    def run(self, batch: dict[str, Any]) -> dict[str, list[Any]]:
        """The same as calling it: the method a Ray actor of this class is asked to run."""
        return self(batch)

    def __call__(self, batch: dict[str, Any]) -> dict[str, list[Any]]:
        articles = [codec.loads(Article, text) for text in batch["article"]]
        results = self.stages.process(articles)
        encoded = [encode_result(r) for r in results]
        return {
            "seq": [int(s) for s in batch["seq"]],
            "article_id": [a.id for a in articles],
            "kind": [k for k, _ in encoded],
            "record": [r for _, r in encoded],
        }


def _decoded(out: dict[str, list[Any]]) -> list[ArticleExtraction | Skipped]:
    return [decode_result(k, r) for k, r in zip(out["kind"], out["record"], strict=True)]


def _link_group(batch: dict[str, Any], *, options: LinkOptions, fuse: bool) -> dict[str, list[Any]]:
    """One block (a ``map_groups`` call): link its mentions, fuse each cluster if asked."""
    mentions: list[Mention] = []
    articles: dict[str, Article] = {}
    for kind, record in zip(batch["kind"], batch["record"], strict=True):
        if kind == "m":
            mentions.append(codec.loads(Mention, record))
        else:
            article = codec.loads(Article, record)
            articles[article.id] = article
    if fuse:
        events = link_and_fuse(mentions, articles, options=options)
        return {"id": [e.id for e in events], "record": [codec.dumps(e) for e in events]}
    clusters = link_block(mentions, options=options)
    return {
        "id": [c.id for c in clusters],
        "record": [json.dumps([m.id for m in c.mentions]) for c in clusters],
    }


class RayEngine:
    """A connection to Ray (a local one started here, or ``settings.ray_address``).

    Use as a context manager: Ray is shut down at the end only if it was started here.
    ``actors``: extraction actors (default: ``settings.workers`` when above 1, else every
    CPU of the cluster). Blocks with fewer than ``link_min_mentions`` mentions in all are
    linked in the driver (a shuffle costs seconds).
    """

    def __init__(
        self,
        settings: Settings,
        *,
        actors: int | None = None,
        num_cpus: int | None = None,
        link_min_mentions: int | None = None,
    ) -> None:
        self.settings = settings
        self.link_min_mentions = (
            RAY_LINK_MIN_MENTIONS if link_min_mentions is None else link_min_mentions
        )
        ray = _ray()
        self._started = False
        if not ray.is_initialized():
            if not settings.progress:
                logging.getLogger("ray").setLevel(logging.WARNING)
            kwargs: dict[str, Any] = {"include_dashboard": False, "logging_level": logging.WARNING}
            if settings.ray_address:
                kwargs["address"] = settings.ray_address
            elif num_cpus is not None:
                kwargs["num_cpus"] = num_cpus
            try:
                ray.init(**kwargs)
            except (ConnectionError, RuntimeError, ValueError) as exc:
                raise EventfuseError(
                    f"cannot start or reach Ray ({exc})",
                    hint="check ray_address (empty starts a local Ray) or use --set engine=local",
                    code="EF400",
                ) from None
            self._started = True
        context = ray.data.DataContext.get_current()
        context.enable_progress_bars = bool(settings.progress)
        cpus = int(ray.cluster_resources().get("CPU", 1))
        self.cpus = max(1, cpus)
        self.actors = actors or (settings.workers if settings.workers > 1 else self.cpus)

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        if self._started:
            _ray().shutdown()
            self._started = False

    # -- per-article stages --------------------------------------------------------------

    def extraction_dataset(self, articles: Sequence[Article]) -> Any:
        """The lazy dataset of extraction results (``seq, article_id, kind, record``)."""
        ray = _ray()
        items = [{"seq": i, "article": codec.dumps(a)} for i, a in enumerate(articles)]
        return ray.data.from_items(items).map_batches(
            ExtractBatch,
            fn_constructor_kwargs={"settings": self.settings},
            compute=ray.data.ActorPoolStrategy(size=max(1, min(self.actors, len(items)))),
            batch_size=self.settings.batch_size,
            batch_format="numpy",
        )

    def process_batches(
        self, batches: Iterable[list[Article]]
    ) -> Iterator[list[ArticleExtraction | Skipped]]:
        """Extraction results on Ray, one list per input batch, in input order (for
        ``pipeline.run``). The batches stream: at most ``IN_FLIGHT_PER_ACTOR`` per actor are
        sent ahead, so memory does not grow with the size of the run. The actors start on
        the first batch (a run with nothing new starts none)."""
        ray = _ray()
        pool: list[Any] = []
        pending: deque[Any] = deque()
        seq = sent = 0
        try:
            for batch in batches:
                if not batch:
                    continue
                if not pool:
                    remote = ray.remote(num_cpus=1)(ExtractBatch)
                    pool = [remote.remote(self.settings) for _ in range(self.actors)]
                payload = {
                    "seq": list(range(seq, seq + len(batch))),
                    "article": [codec.dumps(a) for a in batch],
                }
                pending.append(pool[sent % len(pool)].run.remote(payload))
                seq += len(batch)
                sent += 1
                while len(pending) >= IN_FLIGHT_PER_ACTOR * len(pool):
                    yield _decoded(ray.get(pending.popleft()))
            while pending:
                yield _decoded(ray.get(pending.popleft()))
        finally:
            for actor in pool:
                ray.kill(actor)

    def extract_to_parquet(self, articles: Sequence[Article], path: str | Path) -> int:
        """Write extraction results to a Parquet folder (one row per article); rows written."""
        if not articles:
            return 0
        self.extraction_dataset(articles).write_parquet(str(path))
        return len(articles)

    # -- linking -------------------------------------------------------------------------

    def _grouped(
        self, rows: list[dict[str, Any]], n_blocks: int, *, options: LinkOptions, fuse: bool
    ) -> Any:
        ray = _ray()
        partitions = max(1, min(n_blocks, 4 * self.cpus))
        return (
            ray.data.from_items(rows)
            .groupby("block", num_partitions=partitions)
            .map_groups(
                _link_group,
                fn_kwargs={"options": options, "fuse": fuse},
                batch_format="numpy",
            )
        )

    def link_blocks(self, blocks: Iterable[Block], options: LinkOptions) -> Iterator[Event]:
        """Link and fuse blocks on Ray, one ``map_groups`` call per block (a ``BlockLinker``)."""
        loaded = list(blocks)
        if sum(len(m) for m, _ in loaded) < self.link_min_mentions:
            yield from link_and_fuse_blocks(loaded, options)
            return
        rows: list[dict[str, Any]] = []
        for number, (mentions, articles) in enumerate(loaded):
            rows.extend({"block": number, "kind": "m", "record": codec.dumps(m)} for m in mentions)
            rows.extend(
                {"block": number, "kind": "a", "record": codec.dumps(a)} for a in articles.values()
            )
        if not rows:
            return
        grouped = self._grouped(rows, len(loaded), options=options, fuse=True)
        for row in grouped.iter_rows():
            yield codec.loads(Event, row["record"])

    def link_mentions(self, mentions: Sequence[Mention], *, options: LinkOptions | None = None) -> list[Cluster]:
        """``link.link_mentions`` computed on Ray: shuffle by block, link each block."""
        opts = options or LinkOptions.from_settings(self.settings)
        by_id = {m.id: m for m in mentions}
        blocks = coarse_blocks(mention_key(m, days=opts.days) for m in by_id.values())
        if not blocks:
            return []
        rows = [
            {"block": number, "kind": "m", "record": codec.dumps(by_id[i])}
            for number, block in enumerate(blocks)
            for i in block
        ]
        clusters = []
        for row in self._grouped(rows, len(blocks), options=opts, fuse=False).iter_rows():
            ids = json.loads(row["record"])
            members = tuple(sorted((by_id[i] for i in ids), key=lambda m: m.id))
            clusters.append(Cluster(str(row["id"]), members))
        return sorted(clusters, key=lambda c: c.id)


def read_parquet_results(path: str | Path) -> Iterator[ArticleExtraction | Skipped]:
    """The results written by :meth:`RayEngine.extract_to_parquet`, in input order."""
    import pyarrow.parquet as pq  # optional, as Ray is: imported when used

    table = pq.read_table(str(path), columns=["seq", "kind", "record"]).sort_by("seq")
    for kind, record in zip(table.column("kind").to_pylist(), table.column("record").to_pylist(), strict=True):
        yield decode_result(kind, record)


def run_to_parquet(inputs: Sequence[Input], *, settings: Settings, out: str | Path) -> dict[str, int]:
    """A large run without SQLite: ingest here, extraction on Ray written by the actors as
    Parquet (``OUT/extractions``), then blocked linking and fusion on Ray, events written to
    ``OUT/events.parquet`` (one row per event: key columns and the event JSON).

    Every input is treated as new (there is no store to compare with). Returns counts.
    """
    import pyarrow as pa  # optional, as Ray is: imported when used
    import pyarrow.parquet as pq

    folder = Path(out)
    if folder.exists() and any(folder.iterdir()):
        raise ConfigError(
            f"{folder} is not empty", hint="give a new or empty folder for the Parquet output"
        )
    folder.mkdir(parents=True, exist_ok=True)
    feed = NewArticles(inputs, settings=settings)
    articles = [a for batch in feed.batches() for a in batch]
    skipped = list(feed.skipped)
    with RayEngine(settings) as engine:
        extractions: dict[str, ArticleExtraction] = {}
        if articles:
            engine.extract_to_parquet(articles, folder / "extractions")
            for result in read_parquet_results(folder / "extractions"):
                if isinstance(result, Skipped):
                    skipped.append(result)
                else:
                    extractions[result.article.id] = result
        keys = [mention_key(m, days=settings.link_days) for x in extractions.values() for m in x.mentions]
        article_of = {k.mention: k.article for k in keys}
        blocks: list[Block] = []
        for block in coarse_blocks(keys):
            ids = sorted({article_of[m] for m in block})
            mentions = [m for a in ids for m in extractions[a].mentions]
            blocks.append((mentions, {a: extractions[a].article for a in ids}))
        options = LinkOptions.from_settings(settings)
        events = sorted(engine.link_blocks(blocks, options), key=lambda e: e.id)
    table = pa.table(
        {
            "id": [e.id for e in events],
            "event_date": [str(e.value("event_date") or "") for e in events],
            "sub_event_type": [str(e.value("sub_event_type") or "") for e in events],
            "country": [str(e.value("country") or "") for e in events],
            "record": [codec.dumps(e) for e in events],
        }
    )
    pq.write_table(table, folder / "events.parquet")
    pq.write_table(
        pa.table(
            {
                "source": [s.source for s in skipped],
                "reason": [s.reason for s in skipped],
                "detail": [s.detail for s in skipped],
            }
        ),
        folder / "skipped.parquet",
    )
    return {
        "articles_read": feed.read,
        "articles_new": len(extractions),
        "duplicates": feed.duplicates,
        "skipped": len(skipped),
        "mentions": len(keys),
        "events": len(events),
    }


def read_parquet_events(path: str | Path) -> list[Event]:
    """The events written by :func:`run_to_parquet` (``OUT/events.parquet``)."""
    import pyarrow.parquet as pq  # optional, as Ray is: imported when used

    table = pq.read_table(str(Path(path) / "events.parquet"), columns=["record"])
    return [codec.loads(Event, r) for r in table.column("record").to_pylist()]
