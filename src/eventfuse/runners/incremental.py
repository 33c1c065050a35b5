"""Incremental linking: after a run, re-link and re-fuse only the blocks its new mentions touch.

The result is the same as re-linking everything (``pipeline.rebuild_events``): blocks that
gain no mention keep their clusters (see ``link.blocking``), so their events do not change.
The stored events are trusted only when a completed run linked every stored mention (its
``RunReport.mentions`` equals the store's count) and, when this run links, nobody but this
run stored a mention since it started. Otherwise (an interrupted run, another run writing
into the same database at the same time, or when forced: ``full=True``, e.g. after changing
``link_days``) every block is re-linked.

Linking and storing the events happen under the store's write lease
(:meth:`~eventfuse.store.Store.write_lease`): concurrent runs link one after the other, and
each sees every mention stored before it, so their events are those of one sequential run.

Memory: a light key per stored mention, plus one block's mentions and articles at a time.
New events are written block by block when no stored event has to go; when one does (a
cluster changed its id), all events are replaced in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from ..config import Settings
from ..fuse import Block, link_and_fuse_blocks
from ..link import LinkOptions, MentionKey, coarse_blocks, mention_key
from ..pipeline import Linked
from ..records import ArticleExtraction, Event
from ..store import EventQuery, Store

BlockLinker = Callable[[Iterable[Block], LinkOptions], Iterator[Event]]
WRITE_EVERY = 500  # events per transaction when streaming


def linked_run_consistent(store: Store, stored: int) -> bool:
    """Whether the stored events are those of linking the ``stored`` mentions: a completed
    run linked exactly that many (mentions are never removed), or none is stored."""
    return stored == 0 or any(run.mentions == stored for run in store.runs())


@dataclass
class IncrementalEvents:
    """An ``EventUpdater`` for ``pipeline.run`` (``add`` each stored article, then ``finish``)."""

    store: Store
    settings: Settings
    link_blocks: BlockLinker = link_and_fuse_blocks
    full: bool = False
    _new_keys: list[MentionKey] = field(default_factory=list)
    _stored_before: int = 0
    _trusted: bool = False
    last: dict[str, int] = field(default_factory=dict)  # what the last finish() did

    def __post_init__(self) -> None:
        self._stored_before = self._stored()
        self._trusted = linked_run_consistent(self.store, self._stored_before) and not self.full

    def _stored(self) -> int:
        return int(self.store.stats()["mentions"])

    def add(self, extraction: ArticleExtraction) -> None:
        days = self.settings.link_days
        self._new_keys.extend(mention_key(m, days=days) for m in extraction.mentions)

    def finish(self) -> Linked:
        """Update the stored events under the write lease; what is stored now."""
        with self.store.write_lease():
            return self._finish()

    def _finish(self) -> Linked:
        stored = self._stored()
        own = len({k.mention for k in self._new_keys})
        alone = stored == self._stored_before + own  # no other run stored a mention meanwhile
        trusted = self._trusted and alone
        if trusted and not self._new_keys:
            self.last = {"blocks": 0, "relinked_mentions": 0, "events_written": 0}
            return Linked(events=self.store.count_events(), mentions=stored)
        if self._stored_before == 0 and alone:
            keys = list(self._new_keys)
        else:
            keys = [mention_key(m, days=self.settings.link_days) for m in self.store.iter_mentions()]
        blocks = coarse_blocks(keys)
        if trusted:
            new_ids = {k.mention for k in self._new_keys}
            blocks = [b for b in blocks if any(i in new_ids for i in b)]
        article_of = {k.mention: k.article for k in keys}
        block_articles = [sorted({article_of[i] for i in block}) for block in blocks]
        old: set[str] | None = None  # None: every stored event is replaced
        if trusted:
            old = {e for ids in block_articles for a in ids for e in self.store.events_of_article(a)}
        events = self.link_blocks(self._load(block_articles), LinkOptions.from_settings(self.settings))
        written = self._write(events, old=old)
        self.last = {
            "blocks": len(blocks),
            "relinked_mentions": sum(len(b) for b in blocks),
            "events_written": written,
        }
        self._new_keys = []
        self._stored_before = stored
        self._trusted = True
        return Linked(events=self.store.count_events(), mentions=stored)

    def _load(self, block_articles: Sequence[list[str]]) -> Iterator[Block]:
        for article_ids in block_articles:
            articles = {a.id: a for a in self.store.articles(article_ids)}
            mentions = [m for a in article_ids for m in self.store.mentions(article=a)]
            yield mentions, articles

    def _write(self, events: Iterator[Event], *, old: set[str] | None) -> int:
        """Store the events of the re-linked blocks and drop the ``old`` ones they replace."""
        if old is not None and not old:  # nothing to drop: stream the new events in
            written = 0
            chunk: list[Event] = []
            for event in events:
                chunk.append(event)
                if len(chunk) >= WRITE_EVERY:
                    self.store.upsert_events(chunk)
                    written, chunk = written + len(chunk), []
            self.store.upsert_events(chunk)
            return written + len(chunk)
        fresh = list(events)
        fresh_ids = {e.id for e in fresh}
        if old is None:
            self.store.replace_events(fresh)
        elif old <= fresh_ids:  # every old event is rewritten in place
            self.store.upsert_events(fresh)
        else:
            total = self.store.count_events()
            kept = [
                e for e in self.store.find_events(EventQuery(limit=max(total, 1)))
                if e.id not in old and e.id not in fresh_ids
            ]
            self.store.replace_events(kept + fresh)
        return len(fresh)


def relink(store: Store, settings: Settings, *, link_blocks: BlockLinker = link_and_fuse_blocks) -> int:
    """Re-link every stored mention block by block (same events as ``rebuild_events``);
    how many events are stored."""
    updater = IncrementalEvents(store, settings, link_blocks=link_blocks, full=True)
    return updater.finish().events
