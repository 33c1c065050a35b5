"""English words around place names: relative locations, distances, directions, admin words."""

from __future__ import annotations

# Same names in lang/fr/places.py. The *_BEFORE patterns are matched, case-insensitively,
# against the text just before a toponym and must reach its first character (they end with
# ``$``); *_AFTER patterns against the text just after it (they start with ``^``).
# Placeholders: {num} number, {unit} distance unit, {dir} direction word, {approx} hedge,
# {feature} settlement/feature noun. ``eventfuse.geo.relative`` fills and compiles them.

# Distance units -> kilometres per unit (1 mile = 1.609 km).
UNITS: dict[str, float] = {
    "km": 1.0,
    "kms": 1.0,
    "kilometre": 1.0,
    "kilometres": 1.0,
    "kilometer": 1.0,
    "kilometers": 1.0,
    "mile": 1.609,
    "miles": 1.609,
    "mi": 1.609,
}

NUMBER_WORDS: dict[str, float] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100,
    "one hundred": 100, "a dozen": 12, "dozen": 12, "a few": 3, "few": 3,
}  # fmt: skip

# A number as written: digits (with a range "30-40" or "30 to 40"), or number words.
NUMBER_PATTERN = (
    r"\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:[.,]\d+)?(?:\s*(?:-|–|to)\s*\d+(?:[.,]\d+)?)?"
    r"|(?:a\s+)?(?:hundred|dozen|few)"
    r"|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|"
    r"five|six|seven|eight|nine))?"
    r"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen"
)

APPROX_PATTERN = (
    r"about|around|some|roughly|approximately|nearly|almost|over|just|barely|only|"
    r"more\s+than|less\s+than|fewer\s+than|at\s+least|up\s+to|close\s+to|a\s+distance\s+of|"
    r"an\s+estimated"
)

# Direction words -> compass code; keys without spaces or hyphens, lower case.
DIRECTIONS: dict[str, str] = {
    "north": "N", "northeast": "NE", "east": "E", "southeast": "SE", "south": "S",
    "southwest": "SW", "west": "W", "northwest": "NW",
    "northern": "N", "northeastern": "NE", "eastern": "E", "southeastern": "SE",
    "southern": "S", "southwestern": "SW", "western": "W", "northwestern": "NW",
}  # fmt: skip

DIRECTION_PATTERN = r"(?:north|south)(?:[-\s]?(?:east|west))?|east|west"

# After a compass point written as a name ("the North-West of Burkina"): a part of a named
# place, not a region of that name (``extract/place_compass``); unless an admin word comes
# before it ("the North-West region" is read by REGION_AFTER, "the region of the North").
COMPASS_OF_AFTER = r"\s+of\s+(?:the\s+)?(?:[A-Z])"
COMPASS_ADMIN_BEFORE = r"\b(?:region|province|department|prefecture|state)\s+(?:of\s+)?(?:the\s+)?$"

# Nouns for the kind of place named next: "the village of X", "in the town of X".
FEATURE_PATTERN = (
    r"town|village|city|locality|hamlet|settlement|camp|market|site|forest|hills?|"
    r"mountains?|wells?|oasis|valley|lake|river|mine|gold\s+mine|base|military\s+camp|"
    r"nomadic\s+camp|refugee\s+camp|neighbou?rhood|district|quarter|capital|border\s+town|"
    r"garrison\s+town|localities|villages|towns"
)

# "30 km north of X", "about 90 miles from X", "some 20 kilometres (12 miles) outside X".
DISTANCE_BEFORE = (
    r"(?:(?:{approx})\s+)?(?P<num>{num})\s*-?\s*(?P<unit>{unit})\b\.?"
    r"(?:\s*\([^()]{{0,30}}\))?\s*"
    r"(?:(?:to\s+the\s+)?(?P<dir>{dir})(?:ern)?\s+of|from|outside(?:\s+of)?|away\s+from|"
    r"out\s+of|off|short\s+of|before|beyond|past)"
    r"\s+(?:the\s+)?(?:(?:{feature})\s+(?:of\s+)?)?$"
)

# "north of X", "on the southern outskirts of X" (no distance given).
DIRECTION_BEFORE = (
    r"(?:(?:to\s+the\s+)?(?P<dir>{dir})\s+of|(?:on\s+|in\s+)?the\s+(?P<dir2>{dir})(?:ern)?\s+"
    r"(?:outskirts|edge|side|entrance|exit|part)\s+of)"
    r"\s+(?:the\s+)?(?:(?:{feature})\s+(?:of\s+)?)?$"
)

# "in northern X", "in central X", "the north of X": a part of a larger area.
AREA_DIRECTION_BEFORE = (
    r"(?:\bin\s+(?:the\s+)?(?:(?P<dir>{dir})(?:ern)?|central|(?:north|south)[-\s]?central)"
    r"|\bin\s+the\s+(?P<dir2>{dir}|centre|center)\s+of)\s+(?:the\s+)?$"
)

NEAR_BEFORE = (
    r"(?:\bnear(?:by)?|close\s+to|\boutside(?:\s+of)?|(?:on|in)\s+the\s+outskirts\s+of|"
    r"in\s+the\s+(?:vicinity|surroundings|environs|area|region\s+around)\s+of|"
    r"not\s+far\s+from|a\s+few\s+(?:kilometres|kilometers|miles|km)\s+from|\baround|"
    r"(?:on|along)\s+the\s+(?:road|route|highway|axis)\s+(?:to|from|towards?)|"
    r"on\s+the\s+way\s+(?:to|from)|\btowards?|\bneighbou?ring|\bnext\s+to)"
    r"\s+(?:the\s+)?(?:(?:{feature})\s+(?:of\s+)?)?$"
)

# "the Gao area", "X and its surroundings".
NEAR_AFTER = (
    r"^\s+(?:area|vicinity|surroundings|outskirts|environs|and\s+(?:its\s+)?surroundings)\b"
)

BETWEEN_FIRST_BEFORE = r"\bbetween\s+(?:the\s+)?(?:(?:{feature})\s+of\s+)?$"
BETWEEN_SECOND_BEFORE = r"\bbetween\s+(?:the\s+)?[^.;:!?()]{{1,60}}?\s+and\s+(?:the\s+)?$"

# "the region of X", "the cercle of X", "the rural commune of X". English marks an area taken
# with the article by the noun after it ("in the Sourou province", REGION_AFTER), not by "in
# the X" alone (French "dans le X"): bare "in the X" is as often a building or a capital
# ("buried in the Niamey capital"), and reading it as an area cost GeoWebNews and LGL.
REGION_BEFORE = (
    r"(?:(?:the\s+)?(?:region|province|cercle|circle|district|department|prefecture|"
    r"(?:rural\s+|urban\s+)?commune|municipality|wilaya|moughataa|governorate|state|county)"
    r"\s+of\s+)$"
)

# "X region", "X Cercle", "X province".
REGION_AFTER = (
    r"^\s*-?\s*(?:region|province|cercle|circle|department|prefecture|commune|municipality|"
    r"wilaya|moughataa|governorate|administrative\s+region)\b"
)

# "in X", "at X", "in the village of X", "the town of X".
IN_BEFORE = (
    r"(?:\b(?:in|at|inside|within|into|across|throughout)\s+(?:the\s+)?"
    r"(?:(?:{feature})\s+(?:of\s+)?)?"
    r"|\bthe\s+(?:{feature})\s+of\s+)$"
)

# ", in the Timbuktu region", ", region of Mopti": an admin area named right after a place.
ADMIN_CONTEXT_AFTER = (
    r"^\s*,\s*(?:(?i:in|of)\s+)?(?:(?i:the)\s+)?(?:"
    r"(?i:region|province|cercle|circle|district|department|commune)\s+(?i:of)\s+(?P<name>{name})"
    r"|(?P<name2>{name})\s+(?i:region|province|cercle|circle|department))"
)

# Capitalised words that are place names somewhere but mostly mean something else in
# English news; the entity ruler leaves them out (keys as ``name_key`` writes them).
_NOT_PLACE_WORDS = """
    a about after again against all along also am an and any are around as at back be because
    been before being between both but by can could did do does done down due during each
    either else even ever every few first for from further get give go had has have he her
    here him his how however i if in into is it its just last least less made make many may
    me might mine more most much must my near neither never new next no nor not now of off
    often on once one only onto or other our out over own past per put rather same say see
    she should side since so some still such than that the their them then there these they
    third this those though through thus to too two under unless until up upon us very via
    was we well were what when where whether which while who whom whose why will with within
    without would yet you your
    monday tuesday wednesday thursday friday saturday sunday january february march april
    june july august september october november december
    north south east west central northern southern eastern western centre center
    army police security government president minister military forces troops soldiers
    people village town city region province district market camp base station airport
    bridge river lake forest mountain hill well road border capital state union republic
    peace hope victory liberty freedom unity progress mission station church mosque school
    hospital prison court news press media god allah islam muslim christian
    sahel sahara africa
    fulani peul peuls tuareg touareg tuaregs touaregs bambara dogon dogons songhai songhay
    sonrhai arab arabs arabe arabes moor moors maure maures hausa haoussa mossi bozo
    dozo dozos wolof toucouleur tamasheq tamacheq
    christmas easter ramadan eid tabaski
"""
NOT_PLACES: frozenset[str] = frozenset(_NOT_PLACE_WORDS.split())

# fmt: off
# A place named in passing (``extract/place_passing``): the verbs whose place is not where the
# act happened (where a statement was made, where the wounded were taken, where the dead were
# buried, where the attackers fled), as spaCy lemmas in lower case.
PASSING_VERBS: frozenset[str] = frozenset({
    "say", "tell", "announce", "declare", "state", "add", "confirm", "claim", "detail", "explain",
    "speak", "brief", "write", "tweet", "bury", "evacuate", "transfer", "fly",
    "airlift", "hospitalize", "hospitalise", "admit", "treat", "return", "meet", "condemn",
    "mourn", "pay",
    # the seat of a firm or a group ("a Vancouver-based company"), not where it was hit
    "base",
})
# Nouns of a speaker or a source whose place is where the statement came from ("a source in
# X said", "officials in X told"), when the noun is the speaker of one of the verbs above;
# spaCy lemmas in lower case.
PASSING_NOUNS: frozenset[str] = frozenset({
    "source", "official", "spokesman", "spokesperson", "spokeswoman", "ministry", "minister",
    "authority", "correspondent", "reporter", "statement", "communique", "communiqué",
})
# A person's home town or a firm's seat, not where the act happened: a place as the modifier
# of these nouns ("a Halifax man"), and the words of origin or seat right before a place
# ("a native of X", "a company based in X"; a regular expression over lower-case text).
HOME_NOUNS: frozenset[str] = frozenset({"man", "woman", "boy", "girl", "businessman", "businesswoman", "couple"})
ORIGIN_BEFORE = r"\b(?:natives?\s+of|(?:headquartered|based)\s+in)\s+(?:the\s+)?$"
# A person's post in an institution of a place ("head of the Salesian community in X",
# "director of the regional office of X"): the institution's seat, not where the act happened
# (a regular expression over the text before the place, case-insensitive).
POST_BEFORE = (
    r"\b(?:head|director|president|superior|coordinator|representative|rector|"
    r"(?:arch)?bishop)\s+of\s+(?:the\s+|an?\s+)?"
    r"(?:(?!villages?\b|towns?\b|city\b|communes?\b)[\w’'-]+\s+){0,3}?(?:of|in|at)\s+(?:the\s+)?$"
)
# Prepositions of a destination ("taken to X", "fled towards X"): the act did not happen there.
PASSING_PREPOSITIONS: frozenset[str] = frozenset({"to", "towards", "toward"})
# Words before the end or the start of a trip ("a bus carrying pupils to the town of X",
# "bound for X", "en route to X", "coming from X"): the act did not happen there unless nothing
# else places it (``extract/place_passing``).
DESTINATION_BEFORE = (
    r"(?:\b(?:destined|bound|headed|heading)\s+(?:for|to|towards?)"
    r"|\b(?:en\s+route|on\s+(?:its|their|his|her|the)\s+way|travell?ing|returning|driving|"
    r"(?:carrying|transporting|taking)\s+(?-i:[^.;:!?“”A-Z]){{1,60}}?)\s+(?:back\s+)?(?:to|towards?)"
    r"|\b(?:coming|arriving|travell?ing)\s+from|\bin\s+the\s+direction\s+of"
    r"|\bfor\s+the\s+(?:town|city|village|capital)\s+of)"
    r"\s+(?:the\s+)?(?:(?:{feature})\s+of\s+)?$"
)
# Words before a country named as the other side of a border ("near the border with X").
BORDER_BEFORE = r"\bborders?\s+(?:with|of)\s+(?:the\s+)?$"
# A people's name after a village's ("X Peulh", "X Dogon"): its quarter of village X, which
# the gazetteer may know when it lacks the quarter (every language; ``name_key`` form
# is compared).
PEOPLE_QUARTER_WORDS: frozenset[str] = frozenset({
    "peul", "peuls", "peulh", "peulhs", "peuhl", "peuhls", "fulani", "fulbe", "foulbé",
    "dogon", "dogons", "bozo", "bambara", "mossi", "touareg", "tuareg", "songhai", "sonrhai",
    "haoussa", "hausa", "bella", "rimaibé", "kouroumba", "gourmantché",
})
# fmt: on

# Buildings and sites called by their place's name: "the church of X", "the camp of X" (a
# name looked up without them when the gazetteer does not know the whole).
BUILDING_OF: tuple[str, ...] = (
    "church", "mosque", "temple", "chapel", "parish", "mission", "camp", "post", "garrison",
    "barracks", "base", "prison", "town hall", "school", "market", "mine", "site",
    "police station", "gendarmerie",
)  # fmt: skip
