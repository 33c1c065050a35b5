"""The link stage: mentions in, clusters of mentions (one per incident) and source chains out."""

from .chains import source_chains
from .cluster import Cluster, LinkOptions, link_mentions

__all__ = ["Cluster", "LinkOptions", "link_mentions", "source_chains"]
