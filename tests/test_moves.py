"""Armed men moving into a place, and event words that can match at all.

A move word ("entered", « sont entrés ») is an act of an armed side (ACLED Change to
group/activity) only when its subject is one; told with violence, the violence codes the act.
Every branch of every trigger pattern must be able to match a whole word: one that ends in a
space never can (a pattern is closed by "no word character follows", and a word follows).
"""

from __future__ import annotations

import re._constants as sre_constants  # the parser of ``re`` (public as sre_parse before 3.11)
import re._parser as sre_parse
from datetime import date

import pytest
from conftest import extraction

from eventfuse.extract.triggers import SUPPORTED_LANGUAGES, language_events
from eventfuse.pipeline import Stages
from eventfuse.records import ArticleExtraction

PUBLISHED = date(2024, 3, 15)


def _mentions(stages: Stages, text: str, lang: str) -> ArticleExtraction:
    return extraction(stages, text, lang, PUBLISHED)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "On 12 March, presumed militants entered the village of Kolbé without firing a shot."),
        ("fr", "Le 12 mars, des militants jihadistes sont entrés dans le village de Kolbé."),
        ("en", "On 12 March, soldiers and their allies arrived by helicopter in the town of Ogassa."),
        ("fr", "Le 12 mars, des soldats sont arrivés à Ogassa à bord d'hélicoptères."),
        ("en", "On 12 March, the army redeployed to Tembala after months away."),
        ("en", "On 12 March, troops patrolled in the town of Tembala."),
        ("fr", "Le 12 mars, les FAMa ont patrouillé dans la ville de Tembala."),
    ],
)
def test_armed_men_moving_into_a_place_change_their_activity(lang: str, text: str, stages: Stages) -> None:
    result = _mentions(stages, text, lang)
    assert [m.sub_event_type for m in result.mentions] == ["Change to group/activity"], text
    main = result.mentions[0]
    # the movers are the act's first actor, not its target (French « sont entrés » is no passive)
    assert main.actor1 is not None and main.actor2 is None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "On 12 March, the minister arrived in Ogassa to meet the families."),
        ("fr", "Le 12 mars, le ministre est arrivé à Ogassa pour rencontrer les familles."),
        ("en", "On 12 March, hundreds of displaced people entered the town of Kolbé."),
        ("fr", "Le 12 mars, des centaines de déplacés sont entrés dans la ville de Kolbé."),
        # the attackers of an act told elsewhere: their arrival is part of that act
        ("en", "On 12 March, the attackers, about fifty of them, arrived on motorbikes in Ogassa."),
        ("fr", "Le 12 mars, les assaillants (une cinquantaine) sont arrivés à moto à Ogassa."),
    ],
)
def test_a_move_without_an_armed_subject_is_no_act(lang: str, text: str, stages: Stages) -> None:
    result = _mentions(stages, text, lang)
    assert "Change to group/activity" not in {m.sub_event_type for m in result.mentions}, text
    assert "unarmed_move" in {s.reason for s in result.set_aside}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "On 12 March, gunmen entered the village of Kolbé and killed three civilians."),
        ("fr", "Le 12 mars, des hommes armés sont entrés dans le village de Kolbé et ont tué trois civils."),
    ],
)
def test_a_move_told_with_violence_is_coded_by_the_violence(lang: str, text: str, stages: Stages) -> None:
    result = _mentions(stages, text, lang)
    assert [m.sub_event_type for m in result.mentions] == ["Attack"]
    assert result.mentions[0].fatalities == 3


@pytest.mark.parametrize(
    ("lang", "text", "sub_event"),
    [
        # a patrol that tells who was attacked, not an act of its own
        ("en", "On 12 March, youths threw stones at gendarmes who were patrolling in Kolbé.", None),
        # another act of the sentence codes it: the move comes last
        ("en", "On 12 March, militants entered a school in Kolbé and ordered the closure of classes.", "Other"),
        ("fr", "Le 12 mars, des jihadistes sont entrés dans une école de Kolbé et ont ordonné la fermeture des classes.",
         "Other"),
    ],
)
def test_a_move_beside_another_act_does_not_code_it(
    lang: str, text: str, sub_event: str | None, stages: Stages
) -> None:
    result = _mentions(stages, text, lang)
    assert "Change to group/activity" not in {m.sub_event_type for m in result.mentions}
    if sub_event:
        assert [m.sub_event_type for m in result.mentions] == [sub_event]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "On 12 March, the fighters entered Ogassa before dawn and met no resistance."),
        ("fr", "Le 12 mars, les jihadistes sont entrés dans la ville d'Ogassa sans rencontrer de résistance."),
    ],
)
def test_a_place_entered_without_a_fight_changes_hands(lang: str, text: str, stages: Stages) -> None:
    result = _mentions(stages, text, lang)
    assert [m.sub_event_type for m in result.mentions] == ["Non-violent transfer of territory"]


def _ends_unmatchable(items: list) -> bool:
    """Whether a parsed branch must end in a space."""
    if not items:
        return False
    op, arg = items[-1]
    if op is sre_constants.LITERAL:
        return arg == ord(" ")
    if op is sre_constants.SUBPATTERN:
        return _ends_unmatchable(list(arg[-1]))
    if op is sre_constants.BRANCH:
        return any(_ends_unmatchable(list(b)) for b in arg[1])
    if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT):
        low, _high, sub = arg
        return _ends_unmatchable(list(sub)) and low > 0
    return False


@pytest.mark.parametrize("lang", SUPPORTED_LANGUAGES)
def test_every_trigger_branch_can_end_a_word(lang: str) -> None:
    dead = []
    for pattern, family in language_events(lang).module.TRIGGERS:
        items = list(sre_parse.parse(pattern))
        branches = items[0][1][1] if len(items) == 1 and items[0][0] is sre_constants.BRANCH else [items]
        dead += [(family, str(b)[:80]) for b in branches if _ends_unmatchable(list(b))]
    assert not dead, dead


def test_the_lint_finds_a_branch_that_ends_in_a_space() -> None:
    items = list(sre_parse.parse(r"patrolled (?:in |the )|entered"))
    branches = items[0][1][1]
    assert [_ends_unmatchable(list(b)) for b in branches] == [True, False]
