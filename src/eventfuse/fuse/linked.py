"""Link and fuse: mentions in, events out, the one way every engine does it.

``link_and_fuse`` links with :func:`eventfuse.link.link_blocked` (exactly the clusters of
``link_mentions``, computed block by block) and fuses each cluster. Engines call it on all
mentions at once (``pipeline.process_articles``), on each block the store's new mentions
touch (``runners.incremental``), or inside a Ray task per block (``runners.ray_runner``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence

from ..link import LinkOptions, link_blocked
from ..records import Article, Event, Mention
from .event import fuse_clusters

Block = tuple[Sequence[Mention], Mapping[str, Article]]
"""Mentions that link only among themselves, with the articles they come from."""


def link_and_fuse(
    mentions: Sequence[Mention], articles: Mapping[str, Article], *, options: LinkOptions
) -> list[Event]:
    """Cluster ``mentions`` into incidents and fuse each cluster into an event (sorted by id).

    ``articles`` must hold the article of every mention (its text weighs sources).
    """
    return fuse_clusters(link_blocked(mentions, options=options), articles)


def link_and_fuse_blocks(blocks: Iterable[Block], options: LinkOptions) -> Iterator[Event]:
    """``link_and_fuse`` of each block in turn, in this process (one block in memory at a time)."""
    for mentions, articles in blocks:
        yield from link_and_fuse(mentions, articles, options=options)
