"""The SQLite schema as an ordered list of migrations, tracked with ``PRAGMA user_version``."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

from eventfuse.errors import StoreError

APPLICATION_ID = 0x45465553  # "EFUS": marks a file as an eventfuse database


@dataclass(frozen=True, slots=True)
class Migration:
    """One schema step; ``version`` is the ``user_version`` the database has after it."""

    version: int
    name: str
    apply: Callable[[sqlite3.Connection], None]


def _initial(db: sqlite3.Connection) -> None:
    statements = [
        """CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            given_id TEXT,
            title TEXT,
            url TEXT,
            outlet TEXT,
            published TEXT,
            language TEXT,
            source TEXT,
            text TEXT NOT NULL,
            retrieved_at TEXT,
            json TEXT NOT NULL
        )""",
        "CREATE INDEX articles_published ON articles(published)",
        """CREATE TABLE mentions (
            id TEXT PRIMARY KEY,
            article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            sub_event_type TEXT NOT NULL,
            event_date TEXT,
            json TEXT NOT NULL
        )""",
        "CREATE INDEX mentions_article ON mentions(article, seq)",
        """CREATE TABLE article_state (
            article TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            status TEXT NOT NULL CHECK (status IN ('extracted')),
            mentions INTEGER NOT NULL,
            background TEXT NOT NULL,
            not_happened TEXT NOT NULL
        )""",
        """CREATE TABLE events (
            rid INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            event_date TEXT,
            event_type TEXT,
            sub_event_type TEXT,
            country TEXT,
            admin1 TEXT,
            location TEXT,
            actor1 TEXT,
            actor2 TEXT,
            latitude REAL,
            longitude REAL,
            fatalities INTEGER,
            independent_sources INTEGER NOT NULL,
            json TEXT NOT NULL
        )""",
        "CREATE INDEX events_date ON events(event_date, id)",
        "CREATE INDEX events_country ON events(country COLLATE NOCASE, admin1 COLLATE NOCASE)",
        "CREATE INDEX events_type ON events(event_type COLLATE NOCASE)",
        """CREATE TABLE event_articles (
            event TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            article TEXT NOT NULL,
            PRIMARY KEY (event, article)
        )""",
        "CREATE INDEX event_articles_article ON event_articles(article)",
        """CREATE TABLE claims (
            event TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            subject TEXT NOT NULL,
            attribute TEXT NOT NULL,
            status TEXT NOT NULL,
            json TEXT NOT NULL,
            PRIMARY KEY (event, seq)
        )""",
        """CREATE TABLE contradictions (
            event TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            field TEXT NOT NULL,
            kind TEXT NOT NULL,
            json TEXT NOT NULL,
            PRIMARY KEY (event, seq)
        )""",
        "CREATE INDEX contradictions_kind ON contradictions(kind)",
        """CREATE TABLE field_support (
            event TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            field TEXT NOT NULL,
            chosen INTEGER NOT NULL,
            article TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            quote TEXT NOT NULL
        )""",
        "CREATE INDEX field_support_event ON field_support(event, field)",
        "CREATE INDEX field_support_article ON field_support(article)",
        """CREATE VIRTUAL TABLE events_fts USING fts5(
            notes, actors, location, quotes,
            tokenize = "unicode61 remove_diacritics 2"
        )""",
        """CREATE VIRTUAL TABLE events_rtree USING rtree(
            rid, min_lon, max_lon, min_lat, max_lat
        )""",
        """CREATE TABLE runs (
            run_id TEXT PRIMARY KEY,
            started_at TEXT NOT NULL,
            finished_at TEXT NOT NULL,
            json TEXT NOT NULL
        )""",
        """CREATE TABLE skipped (
            run_id TEXT NOT NULL REFERENCES runs(run_id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            source TEXT NOT NULL,
            reason TEXT NOT NULL,
            detail TEXT NOT NULL,
            PRIMARY KEY (run_id, seq)
        )""",
        f"PRAGMA application_id = {APPLICATION_ID}",
    ]
    for statement in statements:
        db.execute(statement)


def _set_aside(db: sqlite3.Connection) -> None:
    # every act an article tells that extraction set aside, with its reason (JSON list)
    db.execute("ALTER TABLE article_state ADD COLUMN set_aside TEXT NOT NULL DEFAULT '[]'")


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "initial schema", _initial),
    Migration(2, "acts set aside per article", _set_aside),
)
SCHEMA_VERSION = MIGRATIONS[-1].version


def migrate(db: sqlite3.Connection, *, path: str) -> int:
    """Apply pending migrations, each in its own transaction; returns the schema version.

    ``db`` must be in autocommit mode (``isolation_level=None``).
    """
    for position, migration in enumerate(MIGRATIONS, start=1):
        if migration.version != position:
            raise AssertionError(f"migration {migration.name!r} is out of order")
    while True:
        db.execute("BEGIN IMMEDIATE")
        try:
            version = _check(db, path=path)
            if version >= SCHEMA_VERSION:
                db.execute("COMMIT")
                return version
            step = MIGRATIONS[version]
            step.apply(db)
            db.execute(f"PRAGMA user_version = {step.version:d}")
            db.execute("COMMIT")
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise


def _check(db: sqlite3.Connection, *, path: str) -> int:
    version = int(db.execute("PRAGMA user_version").fetchone()[0])
    app_id = int(db.execute("PRAGMA application_id").fetchone()[0])
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"database {path} has schema version {version}, newer than this eventfuse "
            f"understands ({SCHEMA_VERSION})",
            hint="upgrade eventfuse, or point --set db=... at another file",
        )
    if app_id not in (0, APPLICATION_ID) or (
        version == 0
        and app_id == 0
        and db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
    ):
        raise StoreError(
            f"{path} is an SQLite database but not an eventfuse one",
            hint="point --set db=... at a new file or an existing eventfuse database",
        )
    return version
