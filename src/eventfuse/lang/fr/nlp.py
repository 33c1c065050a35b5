"""French words of the place-name rules around the NER (``extract/place_cues``, ``place_relabel``).

Sets marked "every language" are joined over all languages and applied whatever the report's
language (spaCy tokens are compared in lower case); the others are the report language's own.
"""

from __future__ import annotations

# fmt: off

# Words of place before a name (every language): "à X", "près de X", "vers X".
LOCATIVE_WORDS: frozenset[str] = frozenset({
    "à", "a", "au", "aux", "de", "d'", "d’", "du", "dans", "près", "vers", "entre", "autour", "sur",
})
# Words right before a name that make it a place even when the gazetteer lacks the name
# (every language): "dans X", "entre X et Y", "l'axe X-Y".
STRONG_CUE_WORDS: frozenset[str] = frozenset({"à", "dans", "près", "entre", "autour", "axe"})
# More words that make the next name a place when the gazetteer knows it (every language).
WEAK_CUE_WORDS: frozenset[str] = frozenset({"par"})
# A strong cue two words before a name ("près de X"), every language.
NEAR_WORDS: frozenset[str] = frozenset({"près"})
# "à 10 km de X": after a distance these make the next name a place (every language).
FROM_WORDS: frozenset[str] = frozenset({"de", "du"})
# Besides the strong cues, words after which a capitalised name the gazetteer knows is a
# place (every language): none in French.
CUED_NAME_WORDS: frozenset[str] = frozenset()
# Distance units written before "de X" (regular expressions, every language).
DISTANCE_UNITS: tuple[str, ...] = (r"kilomèt(?:er|re)s?",)
# Determiners between a cue and a name, "à la mine de X" (every language).
DETERMINERS: frozenset[str] = frozenset({"le", "la", "les", "l'", "l’"})
# Words joining places of one list: "X et Y", "X ou Y" (every language).
AND_WORDS: tuple[str, ...] = ("et",)
OR_WORDS: tuple[str, ...] = ("ou",)
# An institution named after its place: "la mairie de X" (regular expressions, every
# language).
OF_WORDS: tuple[str, ...] = ("de", "du", r"d['’]")
# Capitalised words that start a sentence or a cue rather than a name (every language).
LEADING_WORDS: frozenset[str] = frozenset({
    "le", "la", "les", "l", "à", "au", "aux", "dans", "près", "vers", "entre", "de", "du",
    "des", "et", "en", "sur",
})
# Lower-case words after a village-name reading that show a group of people, not a place
# ("les Dogon miliciens"); every language.
GROUP_NOUNS: frozenset[str] = frozenset({
    "miliciens", "milices", "civils", "communauté", "éleveurs", "chasseurs", "combattants",
})
# Endings after a name that make it a person's or a people's, every language: none in French.
POSSESSIVE_ENDINGS: frozenset[str] = frozenset()
# Words before or after "X-Y" that make it a road between two places, not one name (every
# language).
ROUTE_WORDS_BEFORE: frozenset[str] = frozenset({"axe", "tronçon"})
ROUTE_WORDS_AFTER: frozenset[str] = frozenset({"axe", "axes"})

# The report language's own: a feature word and "de" before a place name, "le village de X",
# "les villages de X, Y et Z", also with an adjective between ("le village dogon de X", as
# English writes "the Dogon village of X"; a regular expression, case-insensitive, but the
# adjective in lower case).
FEATURE_OF = (
    r"\b(?:villages?|villes?|localités?|hameaux?|hameau|campements?|camps?|communes?|"
    r"zones?|secteurs?|environs|alentours|périphérie|marché|forêt|cercle|département|"
    r"arrondissement|quartiers?|îles?|sites?)"
    r"(?:\s+(?:militaires?|voisine?s?|minier|minière|(?!natale?s?\b)(?-i:[a-zà-öø-ÿ]{3,})))?"
    r"\s+(?:de\s+(?:la\s+|l['’]\s*)?|d['’]\s*|du\s+|des\s+)"
)
# The report language's own: settlement words after which a capitalised word before them is
# a people, not a place; empty, as French puts the people after the noun ("le village dogon").
PEOPLE_BEFORE_FEATURE = ""
# fmt: on
