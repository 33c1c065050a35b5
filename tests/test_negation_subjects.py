"""A subject that denies the act ("nobody", « personne » without a determiner) against one that
counts its victim (« une personne »): invented reports, English and French."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import extraction

from eventfuse.pipeline import Stages


def _reasons(text: str, lang: str, stages: Stages) -> tuple[list[str], list[str | None]]:
    result = extraction(stages, text, lang, date(2024, 3, 15))
    negated = [s.span.quote for s in result.set_aside if s.reason == "negated"]
    return negated, [m.sub_event_type for m in result.mentions]


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        ("en", "On 12 March, gunmen attacked the village of Koupela, Burkina Faso. Nobody was killed.", "killed"),
        ("fr", "Le 12 mars, des hommes armés ont attaqué le village de Koupéla, au Burkina Faso. Personne n'a été tué.", "tué"),
    ],
)
def test_nobody_denies_the_killing(lang: str, text: str, word: str, stages: Stages) -> None:
    negated, _ = _reasons(text, lang, stages)
    assert word in negated


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        ("en", "On 12 March, gunmen attacked the village of Koupela, Burkina Faso. One person was killed.", "killed"),
        ("fr", "Le 12 mars, des hommes armés ont attaqué le village de Koupéla, au Burkina Faso. Une personne a été tuée.", "tuée"),
    ],
)
def test_one_person_killed_is_not_denied(lang: str, text: str, word: str, stages: Stages) -> None:
    negated, subs = _reasons(text, lang, stages)
    assert word not in negated
    assert "Attack" in subs
