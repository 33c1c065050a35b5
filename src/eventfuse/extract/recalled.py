"""Acts a report tells that are not its news: earlier incidents it recalls (dated days before
the report's main act, or before the date that opens their sentence) and reactions to its
violence (a protest about an attack), each set aside with its reason."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from ..records import Mention, SetAside
from ..taxonomy import PEACEFUL_PROTEST, act_group, sub_event
from .passes import own_date, told_as_earlier

# Why an act a report tells is not an event of its own (``SetAside.reason``).
RECALLED = "recalled"  # an earlier incident recalled for context
REACTION = "reaction"  # a gathering, protest or statement about the report's violent act
# An act dated more than this many days before the report's main act is a recalled incident.
RECALL_DAYS = 2
# Acts that tell a reaction to an act of political violence rather than an incident of their own.
REACTION_SUB_EVENTS = frozenset({PEACEFUL_PROTEST})


def _reason_apart(main: Mention, m: Mention) -> str | None:
    """Why a later act of a report is not news of its own, or None when it may be."""
    if m.date is not None and main.date is not None and m.date.value < main.date.value and told_as_earlier(m):
        return RECALLED
    if (
        m.date is not None and main.date is not None and main.date.precision == 1
        and (main.date.value - m.date.value).days > RECALL_DAYS
    ):
        return RECALLED
    if (
        sub_event(main.sub_event_type).violent
        and m.sub_event_type in REACTION_SUB_EVENTS
        and act_group(m.sub_event_type) != act_group(main.sub_event_type)
    ):
        return REACTION
    return None


# A sentence's opening date frames it; an act of the sentence dated more than this many days
# before it is recalled by the sentence's matter ("Le 4 décembre, X a annoncé ... les 13
# soldats tués le 25 novembre").
FRAME_REACH = 12


def acts_recalled_by_their_sentence(
    mentions: list[Mention], dates: Sequence[tuple[int, int, date, int]], text: str
) -> tuple[list[Mention], list[SetAside]]:
    """An act whose own date is days before the date that opens its sentence is an earlier
    incident the sentence recalls, set aside as ``RECALLED``. ``dates``: (start, end, value,
    precision) of the report's date expressions."""
    kept: list[Mention] = []
    aside: list[SetAside] = []
    for m in mentions:
        d = m.date
        opening = next(
            (e for e in dates
             if m.sentence.start <= e[0] < m.sentence.start + FRAME_REACH
             and len(text[m.sentence.start : e[0]].split()) <= 1),  # "On 4 December, ..."
            None,
        )
        if (
            d is not None and own_date(m) and d.span is not None and opening is not None
            and opening[0] != d.span.start and opening[3] == 1 and d.precision == 1
            and (opening[2] - d.value).days > RECALL_DAYS
        ):
            aside.append(SetAside(m.trigger, RECALLED, m.sub_event_type))
        else:
            kept.append(m)
    return kept, aside


def news_of_the_report(mentions: list[Mention]) -> tuple[list[Mention], list[SetAside]]:
    """The report's news: its main (first) act and the later acts that may be incidents of
    their own; earlier incidents it recalls and reactions to its violence are set aside."""
    if not mentions:
        return mentions, []
    main, kept, aside = mentions[0], [mentions[0]], []
    for m in mentions[1:]:
        reason = _reason_apart(main, m)
        if reason is None:
            kept.append(m)
        else:
            aside.append(SetAside(m.trigger, reason, m.sub_event_type))
    return kept, aside
