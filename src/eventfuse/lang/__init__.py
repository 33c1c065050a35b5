"""Language data: one folder per language, the same module ("room") names in each.

``load("fr")`` is the only way in: it returns a :class:`Language` that bundles every room of the
language, and fails with one :class:`~eventfuse.errors.LanguageError` that names what is missing.
English is the reference: every public upper-case name of ``lang/en/<room>.py`` must exist in
the same room of every other language. Adding a language is adding a folder
``lang/<code>/`` with the rooms below.

Rules that read text of any language join a room's lists over every language with
:func:`every`, :func:`every_set` and :func:`any_of` (reference language first).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import import_module
from importlib.resources import files
from types import ModuleType

from ..errors import LanguageError

REFERENCE = "en"
ROOMS: tuple[str, ...] = ("actors", "dates", "events", "numbers", "places", "sides", "evidence", "passes", "nlp", "triage",
                         "non_conflict")


@dataclass(frozen=True, slots=True)
class Language:
    """Everything one language provides, room by room (each room is a module of word lists)."""

    code: str
    actors: ModuleType
    dates: ModuleType
    events: ModuleType
    numbers: ModuleType
    places: ModuleType
    sides: ModuleType
    evidence: ModuleType
    passes: ModuleType
    nlp: ModuleType
    triage: ModuleType
    non_conflict: ModuleType


@cache
def available() -> tuple[str, ...]:
    """The language codes that have a folder here (listed once per process: asked for every
    toponym, the listing cost about 1 s for a 300 KB article)."""
    root = files(__name__)
    return tuple(
        sorted(p.name for p in root.iterdir() if p.is_dir() and p.joinpath("__init__.py").is_file())
    )


def _public(module: ModuleType) -> set[str]:
    return {name for name in vars(module) if name.isupper() and not name.startswith("_")}


def _room(code: str, room: str) -> ModuleType:
    try:
        return import_module(f"{__name__}.{code}.{room}")
    except ModuleNotFoundError as exc:
        raise LanguageError(
            f"language {code!r} has no {room!r} room ({exc})",
            hint=f"add src/eventfuse/lang/{code}/{room}.py, mirroring lang/{REFERENCE}/{room}.py",
        ) from None


@cache
def load(code: str) -> Language:
    """The language ``code`` with all its rooms, checked against the reference language."""
    if code not in available():
        raise LanguageError(
            f"language {code!r} is not supported (supported: {', '.join(available())})",
            hint="declare one of the supported languages, or add a folder src/eventfuse/lang/"
            f"{code}/ mirroring lang/{REFERENCE}/",
        )
    rooms = {room: _room(code, room) for room in ROOMS}
    if code != REFERENCE:
        reference = load(REFERENCE)
        missing = [
            f"{room}.{name}"
            for room in ROOMS
            for name in sorted(_public(getattr(reference, room)) - _public(rooms[room]))
        ]
        if missing:
            raise LanguageError(
                f"language {code!r} lacks {len(missing)} name(s) the reference language has: "
                + ", ".join(missing[:10])
                + (" ..." if len(missing) > 10 else ""),
                hint=f"define them in src/eventfuse/lang/{code}/ (see lang/{REFERENCE}/)",
            )
    return Language(code=code, **rooms)


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


def literal_alternation(words: Iterable[str]) -> str:
    """Words as literal regex alternatives, the longest first, so that the longest wins where
    one word begins another ("armed men" before "armed")."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
