"""Word lists of the language rooms joined into rules: for one language, or for every language
at once where a rule reads text of any language (as most rules of extraction do)."""

from __future__ import annotations

from functools import cache

from ..lang import REFERENCE, available, load


def languages() -> tuple[str, ...]:
    """Every supported language, the reference language first."""
    return (REFERENCE, *(code for code in available() if code != REFERENCE))


@cache
def every(room: str, name: str) -> tuple[str, ...]:
    """The entries of the list ``name`` of ``room`` in every language (reference first, no repeats)."""
    entries: list[str] = []
    for code in languages():
        entries.extend(getattr(getattr(load(code), room), name))
    return tuple(dict.fromkeys(entries))


def every_set(room: str, name: str) -> frozenset[str]:
    """The same entries as a set, for membership tests on words."""
    return frozenset(every(room, name))


def any_of(room: str, name: str) -> str:
    """A non-capturing group that matches any entry of every language."""
    return "(?:" + "|".join(every(room, name)) + ")"
