"""Engines: where a run's per-article stages and its linking run, chosen by name.

An :class:`Engine` maps batches of new articles to their results (in order) and links and
fuses blocks of mentions. ``run_with_engine`` opens the engine ``settings.engine`` names
from the registry (:func:`register_engine`), hands its ``process_batches`` to
``pipeline.run`` and its ``link_blocks`` to the incremental updater, and closes it.

Built in: ``inprocess`` (this process, one batch at a time), ``local`` (``inprocess``
with ``workers=1``, else a pool of ``settings.workers`` processes, 0 = every core) and
``ray`` (Ray actors and ``map_groups`` at ``settings.ray_address``, see ``ray_runner``).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from typing import Protocol

from ..config import Settings
from ..errors import ConfigError
from ..fuse import Block, link_and_fuse_blocks
from ..link import LinkOptions
from ..pipeline import Stages
from ..records import Article, ArticleExtraction, Event, Skipped
from .local import LocalPool
from .ray_runner import RayEngine


class Engine(Protocol):
    """What a run needs of an engine; ``close`` releases its workers."""

    def process_batches(
        self, batches: Iterable[list[Article]]
    ) -> Iterator[Sequence[ArticleExtraction | Skipped]]:
        """The results of each batch (extraction and geocoding), in the order of the batches."""
        ...

    def link_blocks(self, blocks: Iterable[Block], options: LinkOptions) -> Iterator[Event]:
        """The events of linking and fusing each block on its own (``fuse.link_and_fuse``)."""
        ...

    def close(self) -> None:
        """Stop the engine's workers (idempotent)."""
        ...


EngineFactory = Callable[[Settings, Stages | None], Engine]
"""Opens an engine for a run: its settings, and already loaded stages to use in this process."""


class InProcess:
    """The engine of one process: batches one after the other through ``stages``."""

    def __init__(self, stages: Stages) -> None:
        self.stages = stages

    def process_batches(
        self, batches: Iterable[list[Article]]
    ) -> Iterator[list[ArticleExtraction | Skipped]]:
        for batch in batches:
            yield self.stages.process(batch)

    def link_blocks(self, blocks: Iterable[Block], options: LinkOptions) -> Iterator[Event]:
        return link_and_fuse_blocks(blocks, options)

    def close(self) -> None:
        pass


def open_inprocess(settings: Settings, stages: Stages | None) -> Engine:
    return InProcess(stages or Stages(settings))


def open_local(settings: Settings, stages: Stages | None) -> Engine:
    """In this process with one worker, else a process pool (``workers=0``: every core)."""
    workers = settings.workers or os.cpu_count() or 1
    if workers == 1:
        return InProcess(stages or Stages(settings))
    return LocalPool(replace(settings, workers=workers), workers=workers)


def open_ray(settings: Settings, stages: Stages | None) -> Engine:
    return RayEngine(settings)


_ENGINES: dict[str, EngineFactory] = {}


def register_engine(name: str, factory: EngineFactory) -> None:
    """Make ``factory`` the engine called ``name`` (``settings.engine``); replaces one of that name."""
    _ENGINES[name] = factory


def engine_names() -> tuple[str, ...]:
    """The registered engine names, sorted."""
    return tuple(sorted(_ENGINES))


def open_engine(settings: Settings, stages: Stages | None = None) -> Engine:
    """The engine ``settings.engine`` names, opened (close it when done)."""
    if settings.workers < 0:
        raise ConfigError(
            f"workers must be 0 (every core) or more, got {settings.workers}", hint="e.g. --workers 4"
        )
    factory = _ENGINES.get(settings.engine)
    if factory is None:
        raise ConfigError(
            f"unknown engine {settings.engine!r}", hint=f"engine is one of: {', '.join(engine_names())}"
        )
    return factory(settings, stages)


register_engine("inprocess", open_inprocess)
register_engine("local", open_local)
register_engine("ray", open_ray)
