"""A report pass: people killed in the hands of the state forces that arrested them."""

from __future__ import annotations

from dataclasses import replace

from ..records import Mention
from ..taxonomy import ARRESTS, ATTACK, STATE_INTERS
from .passes import fold_into_next


def detainees_killed(mentions: list[Mention]) -> list[Mention]:
    """"Soldiers arrested five herders. Three were later executed." ACLED codes people killed
    or tortured in the hands of the forces that arrested them as an attack on civilians by those
    forces: an arrest by state forces followed, before any other act and on the same day, by an
    attack whose author is not named, or is the same forces ("the soldiers tortured the imam"),
    becomes that attack (one mention, the arrest's author, the attack's victims and toll)."""
    return fold_into_next(mentions, _killed_in_custody)


def _killed_in_custody(m: Mention, nxt: Mention) -> Mention | None:
    if not (
        m.sub_event_type == ARRESTS
        and m.actor1 is not None
        and m.actor1.inter in STATE_INTERS
        and nxt.sub_event_type == ATTACK
        # nobody named ("three were executed"), or the same forces ("the soldiers tortured him")
        and (nxt.actor1 is None or nxt.actor1.span is None or nxt.actor1.name == m.actor1.name)
    ):
        return None
    return replace(
        m, sub_event_type=nxt.sub_event_type, event_type=nxt.event_type,
        disorder_type=nxt.disorder_type, actor2=nxt.actor2 or m.actor2, victims=nxt.victims,
        fatalities=nxt.fatalities, fatalities_span=nxt.fatalities_span,
        civilian_targeting=nxt.civilian_targeting,
    )  # fmt: skip
