"""A time budget for the work on one article, checked cooperatively.

``with article_budget(30.0): ...`` starts a budget of 30 seconds (wall clock) for the code
inside; that code calls :func:`check_budget` between units of work (spaCy chunks, sentence
passes, geocoded mentions), which raises :class:`OverBudget` once the time is spent. The
budget lives in a context variable, so the layers below extraction (geocoding) can check it
without taking it as an argument, and code run outside any budget never stops. How far a
check comes after the deadline is bounded by the longest unit of work between two checks.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from ..errors import EventfuseError

__all__ = ["OVER_BUDGET", "OverBudget", "article_budget", "check_budget"]

OVER_BUDGET = "EF119"


class OverBudget(EventfuseError):
    """The article took longer than its budget (``article_budget_s``)."""

    code = OVER_BUDGET


@dataclass(frozen=True, slots=True)
class _Budget:
    seconds: float
    started: float
    deadline: float


_CURRENT: ContextVar[_Budget | None] = ContextVar("eventfuse_article_budget", default=None)


@contextmanager
def article_budget(seconds: float, *, spent: float = 0.0) -> Iterator[None]:
    """A budget of ``seconds`` for the code inside, of which ``spent`` seconds were used
    already (a later stage of the same article); 0 or less: none, checks never raise."""
    if seconds <= 0:
        token = _CURRENT.set(None)
    else:
        now = time.monotonic()
        token = _CURRENT.set(_Budget(seconds, now - spent, now - spent + seconds))
    try:
        yield
    finally:
        _CURRENT.reset(token)


def check_budget(where: str = "") -> None:
    """Raise :class:`OverBudget` when the current budget is spent (no budget: nothing)."""
    budget = _CURRENT.get()
    if budget is None:
        return
    now = time.monotonic()
    if now > budget.deadline:
        place = f" ({where})" if where else ""
        raise OverBudget(
            f"article over its time budget: {now - budget.started:.1f} s of "
            f"article_budget_s={budget.seconds:g} s spent{place}",
            hint="raise article_budget_s (0 = no budget) to read such long articles, "
            "or split the article into shorter ones",
        )
