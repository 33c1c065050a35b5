"""English actor words: generic actor nouns by class and the cues that qualify an actor."""

from __future__ import annotations

# fmt: off

# How these lists are matched (``eventfuse.extract.actors``): accent- and case-insensitive,
# whole words only, apostrophes and hyphens are word separators. A word written in the
# singular also matches its plural in "-s" ("soldier" matches "soldiers"); a word written in
# the plural matches only the plural. ``data/actors.toml`` links each list to an ACLED actor
# class (``words = "armed_group_words"``); a phrase belongs to one list only.

# Unknown attackers: "Unidentified Armed Group (<country>)".
armed_group_words: tuple[str, ...] = (
    "gunman", "gunmen", "armed man", "armed men", "unidentified gunman", "unidentified gunmen",
    "unknown gunman", "unknown gunmen", "unidentified armed men", "unknown armed men",
    "unidentified assailant", "unknown assailant", "assailant", "armed assailant",
    "attacker", "unidentified attacker", "unknown attacker", "armed individual",
    "unidentified individual", "unknown individual", "unidentified armed individual",
    "armed group", "unidentified armed group", "unknown armed group", "bandit", "armed bandit",
    "highway robber", "kidnapper", "abductor", "armed motorcyclist", "men on motorbikes",
    "armed elements", "unidentified armed elements",
)

# Jihadists without a group's name. ACLED coded them "Islamist Militia (<country>)" until
# early 2019 and "Unidentified Armed Group (<country>)" since (see data/actors.toml).
jihadist_words: tuple[str, ...] = (
    "jihadist", "jihadi", "djihadist", "islamist", "islamist militant", "islamist fighter",
    "jihadist fighter", "jihadist militant", "militant", "terrorist", "terrorist group",
    "armed terrorist group", "jihadist group", "islamist group", "extremist",
    "violent extremist", "insurgent", "fighter", "islamist insurgent", "jihadist insurgent",
    "IED planter", "IED maker", "bomb maker", "mine layer",
)

# Self-defence and community militias without a name: "Unidentified Communal Militia".
militia_words: tuple[str, ...] = (
    "militia", "militiaman", "militiamen", "self-defence militia", "self-defense militia",
    "self-defence group", "self-defense group", "communal militia", "community militia",
    "local militia", "vigilante", "vigilante group", "ethnic militia", "village self-defence",
    "village self-defense", "village militia", "village guard",
)

# The country's army (resolved to "Military Forces of <country> (<period>)").
state_force_words: tuple[str, ...] = (
    "soldier", "troop", "army", "armed forces", "security forces",
    "defence and security forces", "defense and security forces", "security personnel",
    "the military", "military forces", "army troops", "army soldier", "serviceman",
    "servicemen", "government forces", "government troops", "special forces", "air force",
    "military personnel", "army units", "fighter jet", "warplane", "military aircraft",
    "military helicopter", "helicopter gunship", "security force member",
    "member of the security forces", "members of the security forces",
)

police_words: tuple[str, ...] = (
    "police", "policeman", "policemen", "police officer", "riot police", "police force",
    "police forces", "law enforcement", "law enforcement officers",
)

gendarmerie_words: tuple[str, ...] = ("gendarme", "gendarmerie", "gendarmes")

# People without arms: "Civilians (<country>)".
civilian_words: tuple[str, ...] = (
    "civilian", "villager", "resident", "inhabitant", "locals", "local residents", "woman",
    "women", "child", "children", "girl", "boy", "worker", "trader", "merchant", "shopkeeper",
    "teacher", "pupil", "student", "influencer", "village chief", "village head",
    "village leader", "customary chief", "traditional chief", "imam", "marabout",
    "religious leader", "worshipper", "farmer", "herder", "herdsman", "herdsmen", "shepherd",
    "pastoralist", "fisherman", "fishermen", "gold miner", "artisanal miner", "passenger",
    "traveller", "traveler", "driver", "truck driver", "bus passenger", "displaced people",
    "displaced person", "displaced persons", "refugee", "aid worker", "humanitarian worker",
    "health worker", "nurse", "doctor", "journalist", "mayor", "deputy mayor", "councillor",
    "local official", "elected official", "civil servant", "prefect", "sub-prefect",
    "contractor", "engineer", "elders", "notables", "young man", "young men", "youth",
    "families", "people", "prisoner", "inmate", "detainee",
)

protester_words: tuple[str, ...] = (
    "protester", "protestor", "demonstrator", "marcher", "striker", "sit-in participant",
)

rioter_words: tuple[str, ...] = (
    "rioter", "angry youth", "angry youths", "angry crowd", "mob", "angry mob",
)

# An actor named after one of these is suspected, not confirmed ("suspected jihadists").
# Up to three words may stand between the cue and the actor ("suspected members of JNIM").
suspected_words: tuple[str, ...] = (
    "suspected", "presumed", "alleged", "believed to be", "thought to be",
    "suspected of being", "suspected to be", "said to be", "assumed to be",
)
# Cues written after the actor ("jihadists, suspected"): none in English.
suspected_after_words: tuple[str, ...] = ()

# A sentence with one of these says that the actor named before it claimed the act ...
claimed_words: tuple[str, ...] = (
    "claimed responsibility", "claimed the attack", "claimed the assault", "claimed credit",
    "claimed the killing", "claimed the killings", "claimed the kidnapping",
    "claimed the abduction", "claimed the ambush", "claimed the bombing", "claimed the raid",
    "claimed the operation", "claims responsibility", "claiming responsibility",
    "issued a claim", "took responsibility",
)
# ... and with one of these, the actor named right after it ("claimed by JNIM").
claimed_by_words: tuple[str, ...] = (
    "claimed by", "responsibility was claimed by", "claim of responsibility by",
    "claim of responsibility from",
)

# Words that join a generic noun to the named group it belongs to ("fighters of JNIM");
# an article may follow them ("militants of the Katiba Macina").
affiliation_words: tuple[str, ...] = (
    "of", "from", "belonging to", "linked to", "affiliated with", "affiliated to", "loyal to",
    "allied to", "allied with", "close to",
)
article_words: tuple[str, ...] = ("the", "a", "an")
# Cues matched whatever the report's language (every language's lists are joined), written
# as regular expressions over folded, lower-case text.
# Between two named groups, words that leave the attribution open ("JNIM and/or ISGS",
# "JNIM or ISGS"); an article may follow ("or the ISGS").
EITHER_OR_JOINS: tuple[str, ...] = (r"and\s*/\s*or", "or")
EITHER_OR_ARTICLES: tuple[str, ...] = ("the",)
# In a bracket between a generic noun and a named group, the words that say the group is who
# the noun means: a hedge, then a link ("'terrorists' (suspected to be JNIM)"), then words
# written before the name (none in English).
BRACKET_HEDGES: tuple[str, ...] = (
    "suspected", "presumed", "believed", "thought", "likely", "probably", "allegedly",
    "reportedly", "said", "claimed",
)
BRACKET_LINKS: tuple[str, ...] = (r"to\s+be", "as")
BRACKET_TAGS: tuple[str, ...] = ()
# Words of an unnamed "security forces" that ACLED codes as the police facing a crowd.
SECURITY_FORCE_WORDS: tuple[str, ...] = ("security",)
# fmt: on
