"""Transitional: blocking moved to :mod:`eventfuse.link.blocking` (import it from there).

Kept for ``benchmarks/bench_link.py`` until it imports ``eventfuse.link``; no code of
eventfuse uses it.
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
