"""Stage order, counters and skipped-with-reason records; the stages themselves live elsewhere."""

from __future__ import annotations

import sys
import uuid
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from . import extract
from .config import Settings
from .errors import EventfuseError
from .extract import check_classifier
from .extract.actors import localise_mention
from .extract.triage import check as triage_check
from .fuse import link_and_fuse
from .geo import Gazetteer, geocode_mentions
from .geo.user import user_gazetteer_path
from .ingest import IngestStats, read_inputs
from .ingest.near_duplicates import NearDuplicateIndex
from .link import LinkOptions
from .records import Article, ArticleExtraction, Event, RunReport, Skipped
from .store import Store

if TYPE_CHECKING:
    from .extract import Extractor

Input = str | Path | Article | Skipped
"""One input of a run: a file, folder or URL to read, or an article already read."""


@dataclass
class Stages:
    """The loaded resources of a run (models, gazetteer), created on first use."""

    settings: Settings
    _extractor: Extractor | None = None
    _gazetteer: Gazetteer | None = None

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            self._gazetteer = Gazetteer.open(user_path=user_gazetteer_path(self.settings))
        return self._gazetteer

    @property
    def extractor(self) -> Extractor:
        if self._extractor is None:
            # extract.Extractor imports spaCy (3.4 s measured) on first access, so commands
            # that never extract (export, serve's reads) do not pay for it
            self._extractor = extract.Extractor(self.settings, gazetteer=self.gazetteer)
        return self._extractor

    def process(self, articles: Sequence[Article]) -> list[ArticleExtraction | Skipped]:
        """Extract and geocode a batch; an article that fails becomes a Skipped record, and so
        does one over its time budget (``article_budget_s``, EF119)."""
        try:
            return self.extractor.extract_within(
                articles, budget_s=self.settings.article_budget_s, then=self.geocode
            )
        except EventfuseError:
            raise
        except Exception:  # noqa: BLE001 - one bad report must not lose the batch: retry one by one
            if len(articles) == 1:
                return [Skipped(articles[0].source or articles[0].id, "EF115", _describe(sys.exc_info()[1]))]
            out: list[ArticleExtraction | Skipped] = []
            for art in articles:
                out.extend(self.process([art]))
            return out

    def geocode(self, extraction: ArticleExtraction) -> ArticleExtraction:
        """Place each mention, then name its country-bearing actors ("Civilians (Niger)",
        "Military Forces of Niger (…)") after the country of that place."""
        mentions = geocode_mentions(
            extraction.mentions,
            gazetteer=self.gazetteer,
            context={extraction.article.id: extraction.places},
            country_hint=self.settings.default_country or None,
        )
        return replace(extraction, mentions=tuple(localise_mention(m) for m in mentions))


def _describe(exc: BaseException | None) -> str:
    return f"{type(exc).__name__}: {exc}" if exc is not None else "unknown error"


@dataclass
class Progress:
    """A small progress line on stderr for long runs (no dependency, no output when piped)."""

    enabled: bool
    count: int = 0
    _last: int = field(default=-1)

    def update(self, n: int, note: str = "") -> None:
        self.count += n
        if self.enabled and self.count // 10 != self._last:
            self._last = self.count // 10
            print(f"\r  processed {self.count} articles {note}", end="", file=sys.stderr, flush=True)

    def close(self) -> None:
        if self.enabled and self._last >= 0:
            print(file=sys.stderr)


@dataclass(frozen=True, slots=True)
class Linked:
    """What linking at the end of a run left in the store."""

    events: int  # events stored
    mentions: int  # stored mentions the events were linked from


class EventUpdater(Protocol):
    """How a run brings the stored events up to date (see ``eventfuse.runners``)."""

    def add(self, extraction: ArticleExtraction) -> None:
        """An article and its mentions were just stored."""

    def finish(self) -> Linked:
        """Update the stored events (under the store's write lease); what is stored now."""


class NewArticles:
    """The new articles of some inputs, in batches of ``settings.batch_size``.

    ``inputs``: files, folders and URLs (read with ``ingest.read_inputs``, consecutive ones
    in one call) and :class:`Article` records, taken as they are, in the order given.

    Set aside, counted and (for near-duplicates) recorded as skipped: articles already
    stored (``is_stored``), repeated within the inputs, or holding most of the text of an
    article stored (``stored``, read on the first new article) or read before (EF116).
    With ``settings.triage``, articles the relevance gate finds no conflict news in are
    recorded as skipped (EF120, :mod:`eventfuse.extract.triage`) instead of batched.
    Skip records of ingest land in ``skipped`` as they come.
    """

    def __init__(
        self,
        inputs: Sequence[Input],
        *,
        settings: Settings,
        is_stored: Callable[[str], bool] = lambda _id: False,
        stored: Callable[[], Iterable[Article]] = lambda: (),
    ) -> None:
        self.inputs = list(inputs)
        self.settings = settings
        self.is_stored = is_stored
        self.stored = stored
        self.stats = IngestStats()
        self.skipped: list[Skipped] = []
        self.read = 0
        self._repeats = 0
        self._seen: set[str] = set()

    @property
    def duplicates(self) -> int:
        """Exact and near-duplicates set aside so far (within the inputs or of stored ones)."""
        return self._repeats + self.stats.duplicates

    def _items(self) -> Iterator[Article | Skipped]:
        """Articles and ingest skip records of the inputs, in input order."""
        paths: list[str] = []
        for value in self.inputs:
            if not isinstance(value, (Article, Skipped)):
                paths.append(str(value))
                continue
            if paths:
                yield from read_inputs(paths, settings=self.settings, stats=self.stats)
                paths = []
            if isinstance(value, Article):
                self.stats.articles += 1
            yield value  # a Skipped record of the caller's own reading lands with the run's
        if paths:
            yield from read_inputs(paths, settings=self.settings, stats=self.stats)

    def batches(self) -> Iterator[list[Article]]:
        batch: list[Article] = []
        near: NearDuplicateIndex | None = None
        for item in self._items():
            if isinstance(item, Skipped):
                self.skipped.append(item)  # EF106: the article itself is still read
                continue
            self.read += 1
            if item.id in self._seen or self.is_stored(item.id):
                self._repeats += 1
                continue
            if near is None:
                near = NearDuplicateIndex()
                near.add_all(self.stored())
            original = near.original_of(item)
            if original is not None:  # the same story from another page or feed
                self._repeats += 1
                self.skipped.append(
                    Skipped(item.source or item.id, "EF116", f"same text as article {original}")
                )
                continue
            near.add(item)
            self._seen.add(item.id)
            gated = triage_check(item) if self.settings.triage else None
            if gated is not None:  # general news: recorded, not parsed
                self.skipped.append(gated)
                continue
            batch.append(item)
            if len(batch) >= self.settings.batch_size:
                yield batch
                batch = []
        if batch:
            yield batch


BatchProcessor = Callable[[Iterable[list[Article]]], Iterable[Sequence[ArticleExtraction | Skipped]]]


def run(
    inputs: Sequence[Input],
    *,
    settings: Settings,
    store: Store,
    stages: Stages | None = None,
    on_batch: Callable[[int], None] | None = None,
    process_batches: BatchProcessor | None = None,
    updater: EventUpdater | None = None,
) -> RunReport:
    """Ingest → extract → geocode → store per article; then link → fuse → store the events.

    ``inputs`` are files, folders and http(s) URLs to read (``str`` or ``Path``, as
    ``ingest.read_inputs`` reads them) and :class:`Article` records already read (e.g.
    posted to the API), in any mix; they are taken in the order given. An ``Article`` is
    used as it is (its id, language and dates are not re-derived: build it with
    ``Article.make_id(text)`` as ingest does); like read ones, it is set aside when stored
    already, repeated in the inputs, or a near-duplicate of a stored or earlier article. A
    :class:`Skipped` record (what the caller's own reading set aside) is recorded and counted
    with the run's other skip records.

    Every article is stored with its mentions in one transaction and the events are
    replaced in one transaction, so a run killed at any moment leaves a consistent
    database, and running again converges to the same result. Linking happens under the
    store's write lease, so runs writing into one database at the same time store the
    events of one run of all their inputs.

    ``process_batches`` maps the batches of new articles to their results, one list per
    batch in order (default: ``stages.process`` here, one batch at a time; the engines in
    ``eventfuse.runners`` pass a process pool or Ray). ``updater`` updates the events at
    the end (default: re-link every stored mention, :func:`rebuild_events`).
    """
    check_classifier(settings.classifier)  # a bad model path fails before any model loads
    stages = stages or Stages(settings)
    started = datetime.now(UTC)
    run_id = started.strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:6]
    feed = NewArticles(inputs, settings=settings, is_stored=store.has_article, stored=store.iter_articles)
    skipped = feed.skipped
    new = 0
    progress = Progress(enabled=settings.progress and sys.stderr.isatty())
    events_updater = updater or _Rebuild(store=store, settings=settings)

    process = process_batches or (lambda parts: (stages.process(b) for b in parts))
    for results in process(feed.batches()):
        for result in results:
            if isinstance(result, Skipped):
                skipped.append(result)
            elif store.add_extraction(result):
                new += 1
                events_updater.add(result)
        progress.update(len(results))
        if on_batch is not None:
            on_batch(len(results))
    progress.close()
    linked = events_updater.finish()
    reasons = Counter(s.reason for s in skipped)
    report = RunReport(
        run_id=run_id,
        started_at=started,
        finished_at=datetime.now(UTC),
        articles_read=feed.read,
        articles_new=new,
        duplicates=feed.duplicates,
        skipped=dict(sorted(reasons.items())),
        mentions=linked.mentions,
        events=linked.events,
    )
    store.add_run(report, skipped)
    return report


@dataclass
class _Rebuild:
    """The default updater: re-link every stored mention at the end of the run."""

    store: Store
    settings: Settings

    def add(self, extraction: ArticleExtraction) -> None:
        pass

    def finish(self) -> Linked:
        with self.store.write_lease():
            mentions = int(self.store.stats()["mentions"])
            events = _rebuild(self.store, self.settings)
            return Linked(events=len(events), mentions=mentions)


def rebuild_events(*, store: Store, settings: Settings) -> list[Event]:
    """Re-link every stored mention and replace the stored events (one transaction, under
    the store's write lease)."""
    with store.write_lease():
        return _rebuild(store, settings)


def _rebuild(store: Store, settings: Settings) -> list[Event]:
    mentions = store.mentions()
    articles = {a.id: a for a in store.articles()}
    events = link_and_fuse(mentions, articles, options=LinkOptions.from_settings(settings))
    store.replace_events(events)
    return events


def process_articles(articles: Iterable[Article], *, settings: Settings, stages: Stages | None = None) -> list[Event]:
    """In memory, without a store: articles in, fused events out (for tests, evaluation, libraries)."""
    stages = stages or Stages(settings)
    arts = list(articles)
    results = stages.process(arts)
    mentions = [m for r in results if isinstance(r, ArticleExtraction) for m in r.mentions]
    return link_and_fuse(mentions, {a.id: a for a in arts}, options=LinkOptions.from_settings(settings))
