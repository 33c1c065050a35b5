"""Transitional: blocking moved to :mod:`eventfuse.link.blocking` (import it from there).

Kept for ``evaluate/overmerge.py`` and ``benchmarks/bench_link.py`` until they import
``eventfuse.link``; no code of this package uses it.
"""

from ..link.blocking import (
    MentionKey,
    coarse_blocks,
    fine_components,
    iso_week,
    link_block,
    link_blocked,
    mention_key,
)

__all__ = [
    "MentionKey",
    "coarse_blocks",
    "fine_components",
    "iso_week",
    "link_block",
    "link_blocked",
    "mention_key",
]
