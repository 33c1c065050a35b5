"""English words of the place-name rules around the NER (``extract/place_cues``, ``place_relabel``).

Sets marked "every language" are joined over all languages and applied whatever the report's
language (spaCy tokens are compared in lower case); the others are the report language's own.
"""

from __future__ import annotations

# fmt: off

# Words of place before a name (every language): "in X", "near X", "from X".
LOCATIVE_WORDS: frozenset[str] = frozenset({
    "in", "at", "near", "from", "to", "outside", "around", "towards", "toward", "between", "of",
})
# Words right before a name that make it a place even when the gazetteer lacks the name
# (every language): prepositions of place, "between X and Y", "the axis X-Y", "entered X".
STRONG_CUE_WORDS: frozenset[str] = frozenset({
    "in", "near", "into", "between", "outside", "around", "inside", "axis", "entered",
})
# More words that make the next name a place when the gazetteer knows it (every language).
WEAK_CUE_WORDS: frozenset[str] = frozenset({"through", "via", "across", "fled", "flee", "reached"})
# A strong cue two words before a name ("near the X"), every language.
NEAR_WORDS: frozenset[str] = frozenset({"near"})
# "25 km from X": after a distance these make the next name a place (every language).
FROM_WORDS: frozenset[str] = frozenset({"from", "of"})
# Besides the strong cues, words after which a capitalised name the gazetteer knows is a
# place (every language): "at X".
CUED_NAME_WORDS: frozenset[str] = frozenset({"at"})
# Distance units written before "from X" (regular expressions, every language).
DISTANCE_UNITS: tuple[str, ...] = ("km", "kms", r"kilomet(?:er|re)s?", "miles?")
# Determiners between a cue and a name, "at the X mine" (every language).
DETERMINERS: frozenset[str] = frozenset({"the"})
# Words joining places of one list: "X and Y", "X or Y" (every language).
AND_WORDS: tuple[str, ...] = ("and",)
OR_WORDS: tuple[str, ...] = ("or",)
# An institution named after its place: "the University of X" (regular expressions, every
# language).
OF_WORDS: tuple[str, ...] = ("of",)
# Capitalised words that start a sentence or a cue rather than a name (every language).
LEADING_WORDS: frozenset[str] = frozenset({
    "in", "on", "at", "near", "the", "from", "to", "around", "between", "and", "of", "a",
})
# Lower-case words after a village-name reading that show a group of people, not a place
# ("Dogon civilians", "Bellah militiamen"); every language.
GROUP_NOUNS: frozenset[str] = frozenset({
    "militiamen", "militia", "militias", "militants", "civilians", "community", "communities",
    "herders", "pastoralists", "fighters", "men", "women", "youths", "youth", "traders",
    "merchants", "merchant", "hunters", "farmers", "villagers", "elders", "chiefs", "people",
})
# Endings after a name that make it a person's or a people's ("X's"), every language.
POSSESSIVE_ENDINGS: frozenset[str] = frozenset({"'s", "’s"})
# Words before or after "X-Y" that make it a road between two places, not one name (every
# language).
ROUTE_WORDS_BEFORE: frozenset[str] = frozenset({"axis", "road", "route", "highway"})
ROUTE_WORDS_AFTER: frozenset[str] = frozenset({"axis", "road", "route", "highway", "roads"})

# The report language's own: a feature word and "of" before a place name, "the village of
# X", "the villages of X, Y and Z" (a regular expression, case-insensitive).
FEATURE_OF = (
    r"\b(?:villages?|towns?|localit(?:y|ies)|hamlets?|settlements?|camps?|city|cities|"
    r"communes?|areas?|vicinity|outskirts|surroundings|market|forest|cercle|districts?|"
    r"municipality|department|sector|quarters?|neighbou?rhoods?|islands?|sites?)\s+of\s+(?:the\s+)?"
)
# The report language's own: settlement words after which a capitalised word before them is
# a people, not a place ("the Dogon village of X"); empty where the language puts the people
# after the noun.
PEOPLE_BEFORE_FEATURE = r"villages?|hamlets?|communit(?:y|ies)"
# fmt: on
