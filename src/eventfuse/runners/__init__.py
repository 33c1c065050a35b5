"""Runners: the pipeline on an engine (one core, a local process pool, Ray); incremental linking.

``run_with_engine`` is ``pipeline.run`` with the per-article stages spread over the workers
of the engine ``settings.engine`` names (see ``engines``: ``local`` with ``settings.workers``
processes, ``ray`` at ``settings.ray_address``, or one registered with ``register_engine``)
and events updated incrementally: only new articles are processed, and only the blocks of
mentions they touch are re-linked and re-fused.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..config import Settings
from ..pipeline import Input, Stages, run
from ..records import RunReport
from ..store import Store
from .engines import Engine, EngineFactory, InProcess, engine_names, open_engine, register_engine
from .incremental import IncrementalEvents, relink
from .local import LocalPool

__all__ = [
    "Engine",
    "EngineFactory",
    "InProcess",
    "IncrementalEvents",
    "LocalPool",
    "engine_names",
    "open_engine",
    "register_engine",
    "relink",
    "run_with_engine",
]


def run_with_engine(
    inputs: Sequence[Input],
    *,
    settings: Settings,
    store: Store,
    stages: Stages | None = None,
    on_batch: Callable[[int], None] | None = None,
    incremental: bool = True,
) -> RunReport:
    """Run the pipeline on ``inputs`` (paths, URLs or articles, as ``pipeline.run``) with the
    engine the settings name.

    ``incremental=False`` re-links every stored mention at the end (``rebuild_events``).
    ``stages``: already loaded models to use in this process (engine ``local``, one worker).
    """
    engine = open_engine(settings, stages)
    try:
        updater = IncrementalEvents(store, settings, link_blocks=engine.link_blocks) if incremental else None
        return run(
            inputs, settings=settings, store=store, stages=stages, on_batch=on_batch,
            process_batches=engine.process_batches, updater=updater,
        )
    finally:
        engine.close()
