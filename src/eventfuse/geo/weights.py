"""The resolver's numbers: score weights, distances, gaps and population thresholds.

Set by hand on invented examples; sanity-checked against the location columns of the
shared ACLED development files, which the project does not ship or read at run time.
:mod:`eventfuse.geo.scoring` documents how each weight enters a candidate's score.
"""

from __future__ import annotations

PROMINENCE = 0.5  # per tenfold population above 100,000, when no country is in focus
FOCUS_BONUS = 3.0
ALTERNATE_ABROAD_MALUS = 1.5
OTHER_COUNTRY_MALUS = 1.0
ADMIN1_AGREES = 2.0
ADMIN2_AGREES = 1.5
NAMED_ADMIN1_AGREES = 1.0  # ... or named it plainly ("Florida"), not as a region
WORLD_FEATURE_BONUS = 2.5  # a sea or macro-region by its own name, before a county of it
ADMIN2_REACH_KM = 100.0  # a place this close to a written cercle's seat may lie in it
COMMUNE_REACH_KM = 30.0  # a village this close to a town may lie in the commune named after it
WRITTEN_ADMIN2_AGREES = 3.0  # "X (Niono, Segou)": the X the gazetteer files under Niono
FILED_FUZZY_SIMILARITY = 75.0  # ... also as a looser spelling variant than elsewhere
USER_BONUS = 1.0  # the user's own place list before a GeoNames homonym
HOME_BONUS = 0.75  # no country focus: places of the gazetteer's detailed countries first
MINOR_FOREIGN_MALUS = 1.5  # ... and a village abroad after a same-named one of theirs
ADMIN_CONTEXT_VOTE = 2.0  # "X (Kain, Yatenga)": the written areas name the country
REGION_WANTS_ADMIN = 2.5
POINT_WANTS_TOWN = 0.8
POINT_AVOIDS_ADMIN = 0.5
FUZZY_MALUS = 1.0
NAME_KIND_MALUS = 0.2
NEAR_KM = ((50.0, 1.5), (150.0, 1.0), (400.0, 0.3))
FAR_KM = 1000.0
FOREIGN_SMALL_PLACE_KM = 300.0  # a minor foreign place must be this close to the story
LIST_GAP = 30  # characters between the items of "A, B and C (Djenne, Mopti)"
ADMIN_CONTEXT_GAP = 25  # characters between a place and the admin area written after it
NEAR_REFERENCE_KM = 50.0  # a reference point this close stands for an unknown place
CLOSE_SPELLING_KM = 100.0  # a town spelt like an unknown name lies this close to its reference
FOREIGN_SEATS = frozenset({"PPLC", "PPLA", "PPLA2"})
MAJOR_SEATS = frozenset({"PPLC", "PPLA", "PPLA2", "PPLG"})
FOREIGN_CITY_POPULATION = 100_000  # ... in a country the story names
DOMINANCE = 10.0  # ... or ten times bigger than any other place of its name
MIN_RIVAL_POPULATION = 1_000
FOREIGN_TOWN_POPULATION = 15_000  # ... in a country the story names close by
FOREIGN_MILLION_CITY = 1_000_000  # ... in any country
NAMED_COUNTRY_CHARS = 400  # how close to a place the story must name its country
PAIR_GAP = 2  # characters between "Tacoma" and "Washington" in "Tacoma, Washington"
PAIR_AGREES = 3.0
LIST_NEIGHBOUR_GAP = 6  # ", ", " or ", ", and " between the items of a list of areas
PAIR_AREA_AGREES = 5.0  # ... the area itself: written after a place, it is that area
MUTUAL_KM = 30.0  # two names of the story with readings this close support each other
MUTUAL_BONUS = 1.0
FAME_WEIGHT = 1.0  # per tenfold population over the other towns of the name in its country
FAME_CAP = 2.0
FAME_LOCAL_KM = 50.0  # ... unless one of them lies this close to another place of the story
PART_MIN_POPULATION = 100_000  # a longer name that contains a city this big refers to it
