"""The fuse stage: clusters of mentions in, event records with provenance out."""

from .event import fuse_cluster, fuse_clusters

__all__ = ["fuse_cluster", "fuse_clusters"]
