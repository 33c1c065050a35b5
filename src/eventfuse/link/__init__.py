"""The link stage: mentions in, clusters of mentions (one per incident) and source chains out."""

from .blocking import (
    MentionKey,
    coarse_blocks,
    fine_components,
    link_block,
    link_blocked,
    mention_key,
)
from .chains import source_chains
from .cluster import Cluster, LinkOptions, link_mentions

__all__ = [
    "Cluster",
    "LinkOptions",
    "MentionKey",
    "coarse_blocks",
    "fine_components",
    "link_block",
    "link_blocked",
    "link_mentions",
    "mention_key",
    "source_chains",
]
