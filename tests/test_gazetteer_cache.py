"""Gazetteer lookups kept per gazetteer: the same answer, a list of one's own each time."""

from __future__ import annotations

import pytest

from eventfuse.geo import Gazetteer


@pytest.mark.parametrize("name", ["Tombouctou", "Ouagadougou"])
def test_a_kept_lookup_answers_as_a_fresh_one(name: str) -> None:
    with Gazetteer.open() as kept, Gazetteer.open() as fresh:
        first = kept.candidates(name, limit=50)
        first.clear()  # a caller's list is its own
        assert kept.candidates(name, limit=50) == fresh.candidates(name, limit=50)
        assert kept.candidates(name, fuzzy=False) == fresh._candidates(name, fuzzy=False)
        assert kept._exact(name.lower(), None) == fresh._exact_rows(name.lower(), None)
