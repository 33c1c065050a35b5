"""SQLite store: articles, mentions, events with provenance, runs; FTS5 and R*Tree indexes."""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from eventfuse.errors import StoreError
from eventfuse.records import (
    Article,
    ArticleExtraction,
    Event,
    Mention,
    RunReport,
    SetAside,
    Skipped,
    Span,
)

from . import codec
from .lease import file_lease
from .query import EventQuery, where_clause
from .rows import iso_text, json_text, unique_events, upsert_event
from .schema import migrate


class Store:
    """The eventfuse database. Open with :meth:`Store.open`; every write is one transaction.

    One connection per store, guarded by a lock, so a store may be shared between threads;
    several processes may open the same file (WAL: readers never block the writer), and
    :meth:`write_lease` makes linking one run at a time.
    Events may cite articles that are not (yet) stored; mentions always belong to a stored
    article.
    """

    def __init__(self, connection: sqlite3.Connection, *, path: str) -> None:
        self._db = connection
        self._lock = threading.RLock()
        self._lease = threading.Lock()  # the write lease of an in-memory database
        self.path = path

    # -- lifecycle ----------------------------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path) -> Store:
        """Open (creating it if needed) and migrate the database at ``path``."""
        name = str(path)
        if name != ":memory:":
            file = Path(path)
            if file.is_dir():
                raise StoreError(f"{file} is a directory", hint="give the path of a database file")
            try:
                file.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(
                    f"cannot create the folder for {file}: {exc.strerror}",
                    hint="check the path and its permissions",
                ) from None
        try:
            db = sqlite3.connect(name, isolation_level=None, check_same_thread=False, timeout=30)
        except sqlite3.Error as exc:
            raise StoreError(
                f"cannot open database {name}: {exc}", hint="check the path and its permissions"
            ) from None
        try:
            db.execute("PRAGMA journal_mode=WAL").fetchone()
            db.execute("PRAGMA synchronous=NORMAL")
            db.execute("PRAGMA foreign_keys=ON")
            migrate(db, path=name)
        except StoreError:
            db.close()
            raise
        except sqlite3.DatabaseError as exc:
            db.close()
            raise StoreError(
                f"cannot use {name} as an eventfuse database: {exc}",
                hint="the file is not an SQLite database (or is damaged); "
                "point --set db=... at a new file",
            ) from None
        return cls(db, path=name)

    def close(self) -> None:
        """Close the connection (idempotent)."""
        with self._lock:
            self._db.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self.path!r})"

    @contextmanager
    def write_lease(self) -> Iterator[None]:
        """Hold the database's write lease (across processes) while re-linking and storing
        events, so that linking sees every mention stored before it (``store.lease``)."""
        if self.path == ":memory:" or not self.path:
            with self._lease:
                yield
            return
        with file_lease(self.path):
            yield

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            try:
                self._db.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise _store_error(exc) from None
            try:
                yield self._db
            except BaseException as exc:
                if self._db.in_transaction:
                    self._db.execute("ROLLBACK")
                if isinstance(exc, sqlite3.Error):
                    raise _store_error(exc) from exc
                raise
            else:
                try:
                    self._db.execute("COMMIT")
                except sqlite3.Error as exc:
                    if self._db.in_transaction:
                        self._db.execute("ROLLBACK")
                    raise _store_error(exc) from None

    def _query(self, sql: str, params: Sequence[object] = ()) -> list[tuple[Any, ...]]:
        with self._lock:
            try:
                return self._db.execute(sql, params).fetchall()
            except sqlite3.Error as exc:
                raise _store_error(exc) from None

    # -- articles and mentions ----------------------------------------------------------------

    def has_article(self, article_id: str) -> bool:
        """Whether the article (by content-hash id) is stored."""
        return bool(self._query("SELECT 1 FROM articles WHERE id = ?", (article_id,)))

    def add_extraction(self, extraction: ArticleExtraction) -> bool:
        """Store an article and its mentions together; ``False`` (no change) if already stored."""
        article = extraction.article
        for mention in extraction.mentions:
            if mention.article != article.id:
                raise StoreError(
                    f"mention {mention.id} belongs to article {mention.article}, "
                    f"not to {article.id}",
                    hint="store each article with the mentions extracted from it",
                )
        with self._write() as db:
            if db.execute("SELECT 1 FROM articles WHERE id = ?", (article.id,)).fetchone():
                return False
            data = codec.encode(article)
            del data["text"]  # kept once, in its own column
            db.execute(
                "INSERT INTO articles (id, given_id, title, url, outlet, published, language,"
                " source, text, retrieved_at, json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    article.id,
                    article.given_id,
                    article.title,
                    article.url,
                    article.outlet,
                    iso_text(article.published),
                    article.language,
                    article.source,
                    article.text,
                    iso_text(article.retrieved_at),
                    json_text(data),
                ),
            )
            db.executemany(
                "INSERT INTO mentions (id, article, seq, sub_event_type, event_date, json)"
                " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING",
                [
                    (
                        m.id,
                        m.article,
                        seq,
                        m.sub_event_type,
                        iso_text(m.date.value) if m.date else None,
                        codec.dumps(m),
                    )
                    for seq, m in enumerate(extraction.mentions)
                ],
            )
            db.execute(
                "INSERT INTO article_state"
                " (article, status, mentions, background, not_happened, set_aside)"
                " VALUES (?, 'extracted', ?, ?, ?, ?)",
                (
                    article.id,
                    len({m.id for m in extraction.mentions}),
                    json_text(codec.encode_value(extraction.background, tuple[Span, ...])),
                    json_text(codec.encode_value(extraction.not_happened, tuple[Span, ...])),
                    json_text(codec.encode_value(extraction.set_aside, tuple[SetAside, ...])),
                ),
            )
            return True

    def article(self, article_id: str) -> Article | None:
        """The stored article with this id, or ``None``."""
        found = self.articles([article_id])
        return found[0] if found else None

    def articles(self, ids: Iterable[str] | None = None) -> list[Article]:
        """Stored articles: those named by ``ids`` in that order (unknown ids left out), or all
        articles ordered by id."""
        if ids is None:
            rows = self._query("SELECT json, text FROM articles ORDER BY id")
        else:
            wanted = list(dict.fromkeys(ids))
            rows = self._query(
                "SELECT a.json, a.text FROM json_each(?) AS j JOIN articles AS a"
                " ON a.id = j.value ORDER BY j.key",
                (json_text(wanted),),
            )
        return [codec.decode(Article, {**json.loads(blob), "text": text}) for blob, text in rows]

    def iter_articles(self, *, chunk: int = 1000) -> Iterator[Article]:
        """Every stored article ordered by id, read ``chunk`` at a time (bounded memory)."""
        last = ""
        while True:
            rows = self._query(
                "SELECT id, json, text FROM articles WHERE id > ? ORDER BY id LIMIT ?", (last, chunk)
            )
            for _id, blob, text in rows:
                yield codec.decode(Article, {**json.loads(blob), "text": text})
            if len(rows) < chunk:
                return
            last = rows[-1][0]

    def extraction(self, article_id: str) -> ArticleExtraction | None:
        """What :meth:`add_extraction` stored for this article, rebuilt, or ``None``."""
        article = self.article(article_id)
        rows = self._query(
            "SELECT background, not_happened, set_aside FROM article_state WHERE article = ?",
            (article_id,),
        )
        if article is None or not rows:
            return None
        background, not_happened, set_aside = rows[0]
        return ArticleExtraction(
            article=article,
            mentions=tuple(self.mentions(article=article_id)),
            background=codec.decode_value(json.loads(background), tuple[Span, ...]),
            not_happened=codec.decode_value(json.loads(not_happened), tuple[Span, ...]),
            set_aside=codec.decode_value(json.loads(set_aside), tuple[SetAside, ...]),
        )

    def set_aside(self, articles: Iterable[str]) -> dict[str, tuple[SetAside, ...]]:
        """The acts each of these articles tells that extraction set aside, with their reasons
        (articles with none, or not stored, are left out)."""
        rows = self._query(
            "SELECT s.article, s.set_aside FROM json_each(?) AS j JOIN article_state AS s"
            " ON s.article = j.value ORDER BY j.key",
            (json_text(list(dict.fromkeys(articles))),),
        )
        found = {
            article: codec.decode_value(json.loads(blob), tuple[SetAside, ...])
            for article, blob in rows
        }
        return {article: acts for article, acts in found.items() if acts}

    def mentions(self, *, article: str | None = None) -> list[Mention]:
        """Stored mentions ordered by article id, then by their order in the article."""
        if article is None:
            rows = self._query("SELECT json FROM mentions ORDER BY article, seq")
        else:
            rows = self._query(
                "SELECT json FROM mentions WHERE article = ? ORDER BY seq", (article,)
            )
        return [codec.loads(Mention, blob) for (blob,) in rows]

    def iter_mentions(self, *, chunk: int = 5000) -> Iterator[Mention]:
        """Every stored mention in the order of :meth:`mentions`, read ``chunk`` at a time."""
        last: tuple[str, int] = ("", -1)
        while True:
            rows = self._query(
                "SELECT article, seq, json FROM mentions WHERE (article, seq) > (?, ?)"
                " ORDER BY article, seq LIMIT ?",
                (*last, chunk),
            )
            for _article, _seq, blob in rows:
                yield codec.loads(Mention, blob)
            if len(rows) < chunk:
                return
            last = (rows[-1][0], rows[-1][1])

    # -- events -------------------------------------------------------------------------------

    def replace_events(self, events: Sequence[Event]) -> None:
        """Make the stored events exactly ``events`` (one transaction): events not in the new
        set are deleted, changed ones rewritten with their provenance rows, unchanged ones kept."""
        events = unique_events(events)
        with self._write() as db:
            keep = json_text([e.id for e in events])
            stale = [
                rid
                for (rid,) in db.execute(
                    "SELECT rid FROM events WHERE id NOT IN (SELECT value FROM json_each(?))",
                    (keep,),
                )
            ]
            if stale:
                doomed = json_text(stale)
                db.execute(
                    "DELETE FROM events_fts WHERE rowid IN (SELECT value FROM json_each(?))",
                    (doomed,),
                )
                db.execute(
                    "DELETE FROM events_rtree WHERE rid IN (SELECT value FROM json_each(?))",
                    (doomed,),
                )
                db.execute(
                    "DELETE FROM events WHERE rid IN (SELECT value FROM json_each(?))", (doomed,)
                )
            for event in events:
                upsert_event(db, event)

    def upsert_events(self, events: Sequence[Event]) -> None:
        """Add or update ``events`` (one transaction) and leave other stored events alone."""
        events = unique_events(events)
        with self._write() as db:
            for event in events:
                upsert_event(db, event)

    def events(
        self,
        *,
        since: date | None = None,
        until: date | None = None,
        event_type: str | None = None,
        sub_event_type: str | None = None,
        country: str | None = None,
        admin1: str | None = None,
        actor: str | None = None,
        min_fatalities: int | None = None,
        min_sources: int | None = None,
        bbox: tuple[float, float, float, float] | None = None,
        text: str | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> list[Event]:
        """Events matching every given filter, newest first (see :class:`EventQuery`)."""
        return self.find_events(
            EventQuery(
                since=since,
                until=until,
                event_type=event_type,
                sub_event_type=sub_event_type,
                country=country,
                admin1=admin1,
                actor=actor,
                min_fatalities=min_fatalities,
                min_sources=min_sources,
                bbox=bbox,
                text=text,
                limit=limit,
                offset=offset,
            )
        )

    def find_events(self, query: EventQuery) -> list[Event]:
        """Events matching ``query``, ordered by date (newest first, undated last), then id."""
        where, params = where_clause(query)
        rows = self._query(
            f"SELECT e.json FROM events AS e WHERE {where}"
            " ORDER BY e.event_date DESC, e.id LIMIT ? OFFSET ?",
            [*params, int(query.limit), max(0, int(query.offset))],
        )
        return [codec.loads(Event, blob) for (blob,) in rows]

    def count_events(self, query: EventQuery | None = None) -> int:
        """Number of stored events, or of those matching ``query`` (its limit ignored)."""
        where, params = where_clause(query or EventQuery())
        rows = self._query(f"SELECT count(*) FROM events AS e WHERE {where}", params)
        return int(rows[0][0])

    def event(self, event_id: str) -> Event | None:
        """The stored event with this id, or ``None``."""
        rows = self._query("SELECT json FROM events WHERE id = ?", (event_id,))
        return codec.loads(Event, rows[0][0]) if rows else None

    def events_of_article(self, article_id: str) -> list[str]:
        """Ids of the events an article supports, sorted."""
        rows = self._query(
            "SELECT event FROM event_articles WHERE article = ? ORDER BY event", (article_id,)
        )
        return [event_id for (event_id,) in rows]

    # -- runs ---------------------------------------------------------------------------------

    def add_run(self, report: RunReport, skipped: Sequence[Skipped]) -> None:
        """Record a run and what it skipped (re-adding a run id replaces it)."""
        with self._write() as db:
            db.execute(
                "INSERT INTO runs (run_id, started_at, finished_at, json) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (run_id) DO UPDATE SET started_at = excluded.started_at,"
                " finished_at = excluded.finished_at, json = excluded.json",
                (
                    report.run_id,
                    report.started_at.isoformat(),
                    report.finished_at.isoformat(),
                    codec.dumps(report),
                ),
            )
            db.execute("DELETE FROM skipped WHERE run_id = ?", (report.run_id,))
            db.executemany(
                "INSERT INTO skipped (run_id, seq, source, reason, detail) VALUES (?, ?, ?, ?, ?)",
                [
                    (report.run_id, seq, s.source, s.reason, s.detail)
                    for seq, s in enumerate(skipped)
                ],
            )

    def runs(self) -> list[RunReport]:
        """All recorded runs, oldest first."""
        rows = self._query("SELECT json FROM runs ORDER BY started_at, run_id")
        return [codec.loads(RunReport, blob) for (blob,) in rows]

    def skipped(self, run_id: str | None = None) -> list[Skipped]:
        """Skipped inputs of one run, or of all runs (oldest run first), in the order given."""
        sql = (
            "SELECT s.source, s.reason, s.detail FROM skipped AS s"
            " JOIN runs AS r ON r.run_id = s.run_id"
        )
        if run_id is None:
            rows = self._query(sql + " ORDER BY r.started_at, s.run_id, s.seq")
        else:
            rows = self._query(sql + " WHERE s.run_id = ? ORDER BY s.seq", (run_id,))
        return [Skipped(source, reason, detail) for source, reason, detail in rows]

    def stats(self) -> dict[str, int]:
        """Row counts: articles, mentions, events, skipped."""
        out: dict[str, int] = {}
        for table in ("articles", "mentions", "events", "skipped"):  # constant table names
            out[table] = int(self._query(f"SELECT count(*) FROM {table}")[0][0])
        return out


# -- helpers ----------------------------------------------------------------------------------


def _store_error(exc: sqlite3.Error) -> StoreError:
    text = str(exc)
    if "locked" in text or "busy" in text:
        hint = "another eventfuse process is writing to this database; wait or use another file"
    elif "readonly" in text:
        hint = "the database file or its folder is read-only"
    elif "disk" in text or "full" in text:
        hint = "free some disk space"
    else:
        hint = "run `PRAGMA integrity_check` on the database; if it fails, rebuild it"
    return StoreError(f"database error: {text}", hint=hint)

