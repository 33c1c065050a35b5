"""Quantities in English and French reports: counts, tolls, distances, money, ages, followers.

``find_quantities`` reads every quantity of a text with its qualifier ("more than" ->
``at_least``), range ("10 to 15" -> value 10, upper 15), unit and kind. ``fatalities_in``
applies ACLED's fatality rules to one sentence; ``count_claims`` gives the (attribute,
quantity) pairs a report states about an event. This module is their public face: the
words are compiled in ``number_lexicon`` (from ``lang/<code>/numbers.py``), quantities read
in ``quantities``, tolls in ``tolls`` and what a report says about its toll in ``toll_notes``.

Conventions (ACLED's where ACLED has one; otherwise a documented choice):

- Ranges keep the lowest figure as ``value`` (ACLED: the most conservative) and the highest
  as ``upper``.
- Vague amounts: "tens" = 10, "dozens" / "des dizaines" = 12, "scores" = 20, "hundreds" /
  "des centaines" = 100, "thousands" = 1,000, all ``at_least``; "une vingtaine" = 20,
  "une centaine" = 100, "a dozen" = 12, all ``approx``; "several" / "a few" / "plusieurs" /
  "quelques" = 3, ``approx`` (ACLED gives no figure for these; its own notes code an unknown
  plural toll as 10, or 3 when assessed as low, which a caller may prefer).
- Miles stay miles (unit ``"mi"``) as written; ``to_canonical`` converts mi and m to km.
- Money is read as its full amount ("$5m", "$5 million", "5 millions de dollars" ->
  5,000,000 USD); FCFA, francs CFA, XOF and plain "francs" -> ``"XOF"``.
- Fatalities (``fatalities_in``): counts tied to death words only, never to injured, missing
  or abducted people; counts coordinated in one clause ("5 soldiers and 7 militants were
  killed") are added up; counts given as competing reports ("12 ..., while locals said 20")
  give the lowest; a count introduced by "including" / "dont" is part of another and is not
  added; one victim killed without a number ("was shot dead", "a été tué") -> 1; "no
  casualties" / "aucune victime" -> 0.
- Victims listed one by one count one each ("killed a driver and his son" -> 2, "two
  militiamen and a woman were killed" -> 3, "a couple" -> 2); in "nine people including two
  officers and seven civilians" the head (9) is the toll. Animals ("eighty horses") are not
  fatalities; a toll given only by an unconfirmed or unverifiable report is not counted.
- ``toll_side`` says whose deaths a toll counts (state forces, armed group, militia,
  civilians) so that a caller can add the tolls of different sides and keep the lowest figure
  of each side, as ACLED does; ``toll_is_elsewhere`` (a separately coded, denied, or claimed
  toll) and ``toll_is_update`` ("bringing the number of fatalities to three") help it.
- A report's own word on how its toll is coded (``toll_notes``, ACLED-style notes): "unknown
  fatalities coded as 10" gives the figure; "fatalities are split across three events" shares
  the toll between the events (``share_of``: the total divided by the parts, rounded to the
  nearest, halves down, as ACLED gives the remainder to some of the events only).
"""

from __future__ import annotations

from .quantities import (
    KINDS,
    KM_PER_MILE,
    Quantity,
    canonical,
    find_quantities,
    is_vague_amount,
    qualifier_of,
    to_canonical,
)
from .toll_notes import (
    ASSAILANTS,
    ASSAILANTS_TOLL,
    CUMULATIVE_TOLL,
    EARLIER_TOLL,
    PROVISIONAL_TOLL,
    SIDE_TOLL,
    TollNote,
    share_of,
    toll_is_cumulative,
    toll_is_earlier,
    toll_is_elsewhere,
    toll_is_provisional,
    toll_is_update,
    toll_notes,
    toll_of_one_side,
    toll_side,
)
from .tolls import Fatalities, count_claims, fatalities_in

__all__ = [
    "ASSAILANTS",
    "ASSAILANTS_TOLL",
    "CUMULATIVE_TOLL",
    "EARLIER_TOLL",
    "KINDS",
    "KM_PER_MILE",
    "PROVISIONAL_TOLL",
    "SIDE_TOLL",
    "Fatalities",
    "Quantity",
    "TollNote",
    "canonical",
    "count_claims",
    "fatalities_in",
    "find_quantities",
    "is_vague_amount",
    "qualifier_of",
    "share_of",
    "to_canonical",
    "toll_is_cumulative",
    "toll_is_earlier",
    "toll_is_elsewhere",
    "toll_is_provisional",
    "toll_is_update",
    "toll_notes",
    "toll_of_one_side",
    "toll_side",
]
