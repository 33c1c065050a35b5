"""The fuse stage: clusters of mentions in, event records with provenance out."""

from .event import fuse_cluster, fuse_clusters
from .linked import Block, link_and_fuse, link_and_fuse_blocks

__all__ = ["Block", "fuse_cluster", "fuse_clusters", "link_and_fuse", "link_and_fuse_blocks"]
