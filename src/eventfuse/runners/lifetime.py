"""Worker processes that die with the process that started them.

A pool worker blocks on its task queue; if its parent is killed (``kill -9``, the OOM
killer) nothing tells it, and it would live on holding its models' memory. Two guards,
set up in the worker's initializer:

* on Linux, ``prctl(PR_SET_PDEATHSIG, SIGKILL)``: the kernel kills the worker when the
  thread that forked it ends;
* everywhere, a watchdog thread that ends the worker once its parent has gone (it has
  been re-parented, or the parent's pid no longer exists).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import signal
import sys
import threading
import time

PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>
WATCH_EVERY_S = 0.5


def set_parent_death_signal(sig: int = signal.SIGKILL) -> bool:
    """Ask Linux to send ``sig`` to this process when its parent dies; False elsewhere."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        return int(libc.prctl(PR_SET_PDEATHSIG, int(sig), 0, 0, 0)) == 0
    except (OSError, AttributeError):
        return False


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, owned by another user
        return True
    return True


def watch_parent(parent: int, *, every_s: float = WATCH_EVERY_S) -> threading.Thread:
    """A daemon thread that ends this process (exit code 1) when ``parent`` is gone: it no
    longer exists, or (when it is this process's parent now) this process was re-parented."""
    direct = os.getppid() == parent

    def watch() -> None:
        while _alive(parent) and (not direct or os.getppid() == parent):
            time.sleep(every_s)
        os._exit(1)

    thread = threading.Thread(target=watch, name="eventfuse-parent-watch", daemon=True)
    thread.start()
    return thread


def die_with_parent(parent: int) -> None:
    """Make this (worker) process end when ``parent``, the pool's process, ends.

    ``parent`` is the pid the pool's process saw for itself before starting the worker (the
    worker's parent under ``fork`` and ``spawn``; under ``forkserver`` the server is, and
    only the watchdog applies). A parent that died before this ran is caught by the watchdog.
    """
    if os.getppid() == parent:
        set_parent_death_signal()
    watch_parent(parent)
