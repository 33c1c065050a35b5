"""The local runner: extraction and geocoding in a pool of processes, models loaded once each.

Each worker process builds one :class:`~eventfuse.pipeline.Stages` (spaCy pipelines,
gazetteer) the first time it needs it and keeps it for every later batch. With the ``fork``
start method (the default on Linux) the parent loads the models once before the pool starts
and every worker shares them copy-on-write; with ``spawn``/``forkserver`` each worker loads
its own in its initializer. Batches go out in order with a bounded number in flight, so
memory depends on the batch size and the number of workers, not on the corpus.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import time
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import replace
from datetime import date
from functools import lru_cache
from multiprocessing.queues import Queue
from types import TracebackType
from typing import Self

from ..config import Settings
from ..errors import EventfuseError
from ..fuse import Block, link_and_fuse_blocks
from ..link import LinkOptions
from ..pipeline import Stages
from ..records import Article, ArticleExtraction, Event, Skipped
from .lifetime import die_with_parent

LANGUAGES = ("en", "fr")
RUNNER_ERROR = "EF400"


def worker_stages(settings: Settings) -> Stages:
    """The one ``Stages`` of this process for ``settings`` (models load on first use).

    Settings that only say how to run (db, workers, engine, ray_address, progress) do not
    change the models, so they do not make a new one.
    """
    return _stages(replace(settings, db="", workers=1, engine="local", ray_address="", progress=False))


@lru_cache(maxsize=1)
def _stages(settings: Settings) -> Stages:
    return Stages(settings)


WARM_UP = {
    "en": "Gunmen killed two villagers near Tombuctou on Monday, 3 March 2025, local sources said.",
    "fr": "Des hommes armés ont tué deux villageois près de Tombuctou lundi 3 mars 2025, selon des "
    "sources locales.",
}


def warm(stages: Stages, languages: Sequence[str] = LANGUAGES) -> None:
    """Load the gazetteer and the pipelines of ``languages`` now rather than on first use,
    and run one short report of each language through them (lazy indexes get built)."""
    for lang in languages:
        stages.extractor.pipeline(lang)
        text = WARM_UP.get(lang)
        if text is not None:
            stages.process([Article(Article.make_id(text), text, language=lang,
                                    published=date(2025, 3, 4))])


def _init_worker(settings: Settings, languages: tuple[str, ...], ready: Queue[int], parent: int) -> None:
    die_with_parent(parent)  # a pool whose process was killed must not live on
    # Under fork the models were loaded by the parent and are inherited as they are. That
    # includes the gazetteer's SQLite connections: read-only, on a file nobody writes, with
    # no statement running at fork time, so each process can go on reading through them.
    warm(worker_stages(settings), languages)
    ready.put(os.getpid())


def _process(settings: Settings, batch: list[Article]) -> list[ArticleExtraction | Skipped]:
    return worker_stages(settings).process(batch)


def default_start_method() -> str:
    return "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"


class LocalPool:
    """A pool of ``workers`` processes that run ``Stages.process`` on batches of articles
    (the engine ``local`` with more than one worker). Workers end with the pool's process,
    even when it is killed (``lifetime.die_with_parent``).

    Use as a context manager. ``warm_languages`` are loaded in every worker before it takes
    its first batch (under ``fork``, once, in the parent). ``wait_ready()`` blocks until
    every worker has loaded them (benchmarks call it to time the steady state).
    """

    def __init__(
        self,
        settings: Settings,
        *,
        workers: int,
        start_method: str | None = None,
        warm_languages: Sequence[str] = LANGUAGES,
        in_flight: int | None = None,
    ) -> None:
        if workers < 1:
            raise EventfuseError(
                f"workers must be at least 1, got {workers}", hint="set workers=1 or more",
                code="EF001",
            )
        self.settings = settings
        self.workers = workers
        self.start_method = start_method or default_start_method()
        self.in_flight = in_flight or 2 * workers
        languages = tuple(warm_languages)
        context = multiprocessing.get_context(self.start_method)
        fork = self.start_method == "fork"
        if fork:  # load once here; the workers inherit the loaded models
            warm(worker_stages(settings), languages)
        self._ready: Queue[int] = context.Queue()
        self._started = 0
        self._executor = ProcessPoolExecutor(
            max_workers=workers,
            mp_context=context,
            initializer=_init_worker,
            initargs=(settings, languages, self._ready, os.getpid()),
        )

    def link_blocks(self, blocks: Iterable[Block], options: LinkOptions) -> Iterator[Event]:
        """Link and fuse blocks in this process (linking is quick next to extraction)."""
        return link_and_fuse_blocks(blocks, options)

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
        """Stop the workers (waits for batches in flight)."""
        self._executor.shutdown(wait=True, cancel_futures=True)
        self._ready.close()

    def wait_ready(self, timeout: float = 600.0) -> float:
        """Start every worker and wait until each has loaded its models; seconds waited."""
        start = time.perf_counter()
        futures = [self._executor.submit(_noop) for _ in range(self.workers)]
        deadline = start + timeout
        while self._started < self.workers:
            try:
                self._ready.get(timeout=max(0.1, deadline - time.perf_counter()))
            except queue.Empty:
                raise EventfuseError(
                    f"workers not ready after {timeout:.0f} s",
                    hint="loading the models takes long on a busy machine; try fewer workers",
                    code=RUNNER_ERROR,
                ) from None
            self._started += 1
        for future in futures:
            future.result()
        return time.perf_counter() - start

    def process_batches(
        self, batches: Iterable[list[Article]]
    ) -> Iterator[list[ArticleExtraction | Skipped]]:
        """Results of each batch, in the order of the batches, at most ``in_flight`` pending."""
        pending: deque[Future[list[ArticleExtraction | Skipped]]] = deque()
        try:
            for batch in batches:
                pending.append(self._executor.submit(_process, self.settings, list(batch)))
                while len(pending) >= self.in_flight:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()
        except BrokenProcessPool as exc:
            raise EventfuseError(
                f"a worker process died ({exc})",
                hint="it may have run out of memory: use fewer workers or a smaller batch_size",
                code=RUNNER_ERROR,
            ) from None
        finally:
            for future in pending:
                future.cancel()


def _noop() -> None:
    return None
