"""The store: SQLite persistence of articles, mentions, events and runs behind one interface."""

from __future__ import annotations

from .codec import decode, dumps, encode, loads
from .query import EventQuery, fts_query
from .schema import SCHEMA_VERSION
from .sqlite import Store

__all__ = [
    "SCHEMA_VERSION",
    "EventQuery",
    "Store",
    "decode",
    "dumps",
    "encode",
    "fts_query",
    "loads",
]
