"""Scenes a report tells around its violence: a move (an operation launched, forces deployed,
ground left, things taken away) told before the violence of its scene is part of that
violence, and the arrests a coup is told with are that coup (ACLED codes each incident once).
Applied before the report pass that folds the parts of the main act (``extract.passes``)."""

from __future__ import annotations

from dataclasses import replace

from ..records import Mention
from ..taxonomy import (
    ARRESTS,
    CHANGE_TO_GROUP_ACTIVITY,
    NON_VIOLENT_TRANSFER_OF_TERRITORY,
    OTHER,
    act_group,
)
from .captives import within
from .passes import fold_part, place_names, told_as_another

# Moves told before the violence of their scene ("the army launched an operation in the
# village. 203 terrorists were killed", "they took away the bibles ... six were killed"): the
# violence is the report's main act, the move a part of it. A device defused is an act of its
# own ("EOD teams defused an IED ... JNIM said it detonated an IED"), as is a base set up.
MOVES = frozenset({CHANGE_TO_GROUP_ACTIVITY, NON_VIOLENT_TRANSFER_OF_TERRITORY})
VIOLENT_GROUPS = frozenset({"violence", "remote"})
HARM_ATTRIBUTES = frozenset({"injured", "victims"})
# A coup ("Other") and the arrests of the leaders it deposed are one ACLED event.
COUP_PARTS = frozenset({ARRESTS})


def _same_day(first: Mention, m: Mention) -> bool:
    """Told on the same day as ``first`` (within one), or with no day."""
    return first.date is None or m.date is None or within(first, m.date.value, 1)


def _same_scene(first: Mention, m: Mention) -> bool:
    """Told on the same day (within one) and not placed apart: ``m``'s sentence names no
    place where it puts the act, or one ``first`` names."""
    if not _same_day(first, m):
        return False
    theirs = place_names(m, placing=True)
    return not theirs or bool(theirs & place_names(first))


def told_with_its_harm(m: Mention) -> bool:
    """The act is told with what it did to people: a toll, named victims, the wounded."""
    return bool(m.fatalities) or bool(m.victims) or any(c.attribute in HARM_ATTRIBUTES for c in m.claims)


def violence_before_its_moves(mentions: list[Mention]) -> list[Mention]:
    """A report that opens on a move (an operation launched, forces deployed, ground left or
    things taken away) and then tells the violence of that scene, with its harm: the first
    violent act is the main one and the move is folded into it as its part (ACLED codes the
    violence). Violence told without harm ("ready to counter an airstrike") leaves the move."""
    if not mentions or mentions[0].sub_event_type not in MOVES:
        return mentions
    move = mentions[0]
    for i, m in enumerate(mentions[1:], start=1):
        if act_group(m.sub_event_type) in VIOLENT_GROUPS:
            if not _same_scene(move, m) or told_as_another(m) or not told_with_its_harm(m):
                return mentions
            main = replace(fold_part(m, move), primary=move.primary)
            return [main, *mentions[1:i], *mentions[i + 1 :]]
    return mentions


def coup_with_its_arrests(mentions: list[Mention]) -> list[Mention]:
    """"Soldiers seized power ... the president and the prime minister were arrested": the
    arrests a coup (a main act coded "Other") is told with, the same day, are that coup,
    wherever the sentence says the leaders were taken (their residence, a camp)."""
    if not mentions or mentions[0].sub_event_type != OTHER:
        return mentions
    main, rest = mentions[0], []
    for m in mentions[1:]:
        if m.sub_event_type in COUP_PARTS and _same_day(main, m):
            main = fold_part(main, m)
        else:
            rest.append(m)
    return [main, *rest]
