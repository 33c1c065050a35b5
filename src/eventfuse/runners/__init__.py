"""Runners: the pipeline on one core, on a local process pool, or on Ray; incremental linking.

``run_with_engine`` is ``pipeline.run`` with the per-article stages spread over workers
(``settings.engine``: ``local`` with ``settings.workers`` processes, or ``ray`` at
``settings.ray_address``) and events updated incrementally: only new articles are
processed, and only the blocks of mentions they touch are re-linked and re-fused.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from ..config import Settings
from ..errors import ConfigError
from ..pipeline import Stages, run
from ..records import RunReport
from .blocking import MentionKey, coarse_blocks, link_blocked, mention_key
from .incremental import IncrementalEvents, relink
from .local import LocalPool

ENGINES = ("local", "ray")

__all__ = [
    "ENGINES",
    "IncrementalEvents",
    "LocalPool",
    "MentionKey",
    "coarse_blocks",
    "link_blocked",
    "mention_key",
    "relink",
    "run_with_engine",
]


def run_with_engine(
    inputs: Sequence[str],
    *,
    settings: Settings,
    store: Any,
    stages: Stages | None = None,
    on_batch: Callable[[int], None] | None = None,
    incremental: bool = True,
) -> RunReport:
    """Run the pipeline on ``inputs`` with the engine the settings name.

    ``incremental=False`` re-links every stored mention at the end (``rebuild_events``).
    ``stages``: already loaded models to use in this process (engine ``local``, one worker).
    """
    if settings.engine not in ENGINES:
        raise ConfigError(
            f"unknown engine {settings.engine!r}", hint=f"engine is one of: {', '.join(ENGINES)}"
        )
    if settings.workers < 0:
        raise ConfigError(
            f"workers must be 0 (every core) or more, got {settings.workers}", hint="e.g. --workers 4"
        )
    if settings.workers == 0:
        settings = replace(settings, workers=os.cpu_count() or 1) if settings.engine == "local" else settings
    if settings.engine == "ray":
        from .ray_runner import RayEngine

        with RayEngine(settings) as engine:
            updater = (
                IncrementalEvents(store, settings, link_blocks=engine.link_blocks)
                if incremental
                else None
            )
            return run(
                inputs, settings=settings, store=store, stages=stages, on_batch=on_batch,
                process_batches=engine.process_batches, updater=updater,
            )
    updater = IncrementalEvents(store, settings) if incremental else None
    if settings.workers == 1:
        return run(inputs, settings=settings, store=store, stages=stages, on_batch=on_batch,
                   updater=updater)
    with LocalPool(settings, workers=settings.workers) as pool:
        return run(
            inputs, settings=settings, store=store, stages=stages, on_batch=on_batch,
            process_batches=pool.process_batches, updater=updater,
        )
