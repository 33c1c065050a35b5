"""Toponym resolution and the choice of an event's location, with ACLED geo precision.

The work is split by step: :mod:`~eventfuse.geo.context` reads the story's context (its record and
each name's candidates in :mod:`~eventfuse.geo.candidates`, the admin areas written after a
place in :mod:`~eventfuse.geo.written_areas`),
:mod:`~eventfuse.geo.scoring` scores each candidate with named terms
(:class:`~eventfuse.geo.scoring.ScoreReasons`; weights in :mod:`~eventfuse.geo.weights`),
:mod:`~eventfuse.geo.toponyms` resolves each toponym, :mod:`~eventfuse.geo.location` chooses
an event's place. This module is their public face. The cost stays linear in an article's
length: :mod:`~eventfuse.geo.story` reads an article's toponyms once for all its events, and
:mod:`~eventfuse.geo.support` computes each candidate point's distances to the story's
other names once, not once per mention (same answers, see tests/test_geo_cost.py).

The ranker scores each gazetteer candidate of each toponym by feature type and population
(``prior_score``), the article's country focus, agreement with admin areas named in the
text ("(Goundam, Tombouctou)", "in the Timbuktu region"), and proximity to the other places
of the article. The event location is then chosen among the toponyms of the event sentence:
a place the event happened in beats a reference point ("Tonka, about 150 km from Timbuktu"
→ Tonka), and an admin area or a country is used only when nothing smaller is known.

Admin areas written right after a place ("X (Goundam, Tombouctou)", also after a list:
"between A and B (Djenne, Mopti)") are a constraint, not only a hint: a candidate outside
the written region, or far from the written cercle, is not this place. A place the
gazetteer lacks (or whose only candidates the text contradicts) keeps its name and is coded
at the written cercle or commune seat (precision 2), else the region (precision 3). Among
the homonyms, the one the gazetteer files under the written cercle wins (a region's name
that is also a cercle's, "X (Gao, Gao)", is no vote for that cercle then), a spelling
variant filed there is used on a looser match than elsewhere, and a point within reach of the
written cercle but filed under a neighbouring one (admin2 of most villages is only the
nearest seat) is coded with the cercle the text writes.
Macro-regions and continents ("the Sahel", "Europe") resolve, but never locate an event.

The country focus is voted by the toponyms: a country's name counts double, admin areas
written after a place ("X (Kain, Yatenga)") vote for the country that has them, and a mere
village abroad counts half while a same-named village of a detailed (dump) country counts
fully, so that a conflict note naming only a village stays in the countries the gazetteer
lists village by village. A first-level area named plainly ("Florida") is containment
evidence for the places inside it. World names: a demonym means its country ("Canadian"),
a sea or macro-region by its own name beats a county named after it, a name made of generic
words ("West") means an area abroad only when its country is named, a far place of the
story does not pull a known city (a seat, 100,000 people) to a small homonym, and a city
ten times bigger than any other place of its name counts abroad without its country being
named (not in a story about a detailed country). "Northern <country>" is coded at the
country's first-level area furthest north (precision 3).

Homonyms in a story about a world country: a city of that country much bigger than its
namesakes there gains per tenfold (the "fame" term), unless a namesake lies close to another
place of the story (local news); two ambiguous names whose readings lie together support
those readings (a "mutual" bonus: "Gainesville" and "Hall County"); a place written right
before a first-level area it lies in, and a name listed with first-level areas, take the
readings that go together ("Tacoma, Washington": the state, not the capital; "states such
as California or Washington"); two or three capitals ("WA") are an abbreviation, which
names a place only as an alias. Toponym resolution (:func:`resolve_mentions`, not an
event's place) answers a name that no place of the story's country bears with the admin
area named with it ("Yorkshire" → North Yorkshire), else a name that has no reading the
story supports with its likeliest exact reading (a last resort), and reads a longer
name by any town or area of the story's country it contains ("Cavan Institute"), by a
notable place abroad, or by a demonym's country or continent ("European Commission").

geo_precision (ACLED): 1 the named town; 2 near a town, or a small part of a region (a
cercle, a commune), coded at a town that stands for it; 3 only a region or the country.
"""

from __future__ import annotations

from .location import resolve_place
from .scoring import ScoreReasons, score_candidate
from .toponyms import ResolvedMention, resolve_mentions

__all__ = [
    "ResolvedMention",
    "ScoreReasons",
    "resolve_mentions",
    "resolve_place",
    "score_candidate",
]
