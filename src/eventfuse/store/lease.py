"""A write lease on a database file: one process at a time links and stores events.

Articles and mentions are stored by any number of runs at once (each article is one SQLite
transaction). Linking is different: a run re-links the blocks of mentions it knows about
and replaces their events, so two runs linking at once would each miss the other's new
mentions. The lease makes that step one run at a time, across processes and threads.

It is an exclusive ``flock`` on a file next to the database (``<db>-lease``, never removed:
removing a lock file races with the next holder). The kernel drops it when its holder
exits, even by ``kill -9``, so a dead run never blocks the next one. Where ``flock`` is not
available (Windows) the lease only orders the threads of this process. An in-memory
database has one lease per :class:`~eventfuse.store.Store`.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from eventfuse.errors import StoreError

try:
    import fcntl
except ImportError:  # not on Windows: the process-local lock below still orders threads
    fcntl = None  # type: ignore[assignment]

LEASE_SUFFIX = "-lease"
_LOCAL = threading.Lock()  # orders threads where flock is missing


def lease_path(db_path: str) -> str:
    """The lock file of the database at ``db_path``."""
    return db_path + LEASE_SUFFIX


@contextmanager
def file_lease(db_path: str) -> Iterator[None]:
    """Hold the write lease of the database file ``db_path`` (waits for the holder to finish)."""
    if fcntl is None:
        with _LOCAL:
            yield
        return
    try:
        fd = os.open(lease_path(db_path), os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise StoreError(
            f"cannot open the write lease {lease_path(db_path)}: {exc.strerror}",
            hint="the database folder must be writable by every process that runs into it",
        ) from None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing the only descriptor releases the lock
