"""The language loader: one bundle per language, one clear error when something is missing."""

from __future__ import annotations

import sys
import types

import pytest

from eventfuse import lang
from eventfuse.errors import LanguageError


@pytest.mark.parametrize("code", ["en", "fr"])
def test_every_room_loads(code: str) -> None:
    language = lang.load(code)
    assert language.code == code
    for room in lang.ROOMS:
        module = getattr(language, room)
        assert module.__name__ == f"eventfuse.lang.{code}.{room}"


def test_languages_are_the_folders() -> None:
    assert lang.available() == ("en", "fr")


def test_unknown_language_is_one_clear_error() -> None:
    with pytest.raises(LanguageError) as err:
        lang.load("xx")
    assert err.value.code == "EF400"
    assert "lang/xx" in err.value.hint


def test_a_missing_name_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    """A language whose room lacks a reference word list fails naming room and list."""
    lang.load.cache_clear()
    fake = types.ModuleType("eventfuse.lang.fr.dates")
    monkeypatch.setitem(sys.modules, "eventfuse.lang.fr.dates", fake)
    try:
        with pytest.raises(LanguageError) as err:
            lang.load("fr")
        assert "dates." in err.value.message
    finally:
        lang.load.cache_clear()
