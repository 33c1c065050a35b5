"""English words of who did what to whom (``eventfuse.extract.sides`` and ``classify``).

Each entry is a regular-expression fragment or a word. Rules that read text of any language
join the lists of every language (English first); the others read only their language's.
"""

from __future__ import annotations

# Pronouns that stand for a person named before ("she was abducted").
PRONOUNS = ("she", "her", "he", "him")

# "killed by militants": the words before an agent.
AGENT_PREPOSITIONS = ("by",)
# "fire from militants": also introduce who acted, in the few words before an actor.
SOURCE_PREPOSITIONS = ("from",)
# The agent word of a bare past participle's verb group ("killed by").
BARE_PARTICIPLE_AGENTS = ("by",)

# "an IED planted by JNIM militants": whose device the act is about.
PLANTED = ("planted", "laid", "placed", "set")
# "weapons belonging to ISGS", "left behind by the militants".
BELONGING_TO = ("belonging to", "left (?:behind )?by", "abandoned by", "used by")
# Determiners between "planted by" and the owner.
DETERMINERS = ("the",)
# Determiners between "belonging to" and the owner.
OWNER_DETERMINERS = DETERMINERS

# "X and Y forces killed", "soldiers accompanied by militiamen": words that join a group to
# a perpetrator named before the act.
COORDINATION = (
    "and", "&", "as well as", "along with", "alongside", "together with", "with", "accompanied by",
    "supported by", "backed by", "assisted by",
)

# "attacked a checkpoint", "ambushed a patrol": targets that are armed even when unnamed.
FORCE_TARGETS = (
    "checkpoints?", "posts?", "camps?", "bases?", "patrols?", "positions?", "barracks", "garrisons?",
    r"(?:military|army|police|gendarmerie|security|fama) (?:\w+ )?(?:convoys?|vehicles?|units?|detachments?)",
    r"ranger (?:stations?|posts?)", r"(?:police|gendarmerie) (?:stations?|brigades?|headquarters)",
)
# "killed a man at a checkpoint": a site word after these is where it happened.
SITE_PREPOSITIONS = (
    "at", "near", "in", "inside", "outside", "within", "around", "close to", "next to", "behind", "from",
)
# "a herders' camp", "the market post": words that make a site civilian.
CIVILIAN_SITES = (
    "herders?'?", "nomads?", "nomadic", "displaced", "refugees?", "idps?", "fishing", "fishermen'?s?",
    "civilian", "market", "health", "hunting",
    # a people's camp ("a Fulani camp", "a Tuareg camp"): a settlement of herders, not a base
    "fulani", "fulbe", "peuls?", "peulhs?", "tuaregs?", "touaregs?", "tamasheq", "dawsahak", "daoussahak",
    "arabs?", "moors?", "bella", "hausa", "songhai", "dogon", "mossi", "bozo",
)

# "a number of residents": the preposition after a quantity noun.
QUANTITY_OF = ("of",)
# Nouns that count or group the people named after "of"; "a joint force of gendarmes".
QUANTITY_NOUNS = (
    "number", "group", "groups", "dozen", "dozens", "hundreds", "thousands", "scores", "crowd", "band",
    "gang", "members", "some", "several", "many",
    "force", "team", "unit", "detachment", "contingent", "coalition",
)
# Attribution adjectives the parser sometimes reads as the sentence's verb.
MISREAD_VERBS = ("presumed", "suspected", "alleged", "purported", "supposed")
# Verbs (lemmas) whose perfect takes "be", so that the parser reads their subject as a passive
# one (French « ils sont entrés »); none in English.
BE_PERFECT_VERBS: tuple[str, ...] = ()
# "armed men suspected of being militants": what a group is thought to be (regex).
# "the attacks of the militants": the preposition that makes an armed group the act's author.
OF_PERPETRATOR = ("of", "by")
SUSPECTED_OF_BEING = (
    "suspected of being", "believed to be", "thought to be", "presumed to be", "said to be", "described as",
    "identified as",
)
# "six people described as militiamen": the people killed were the armed group (regex).
DESCRIBED_AS = ("described as", "identified as")
# "an attack against soldiers": the object of these is the target.
TARGET_PREPOSITIONS = ("against", "on", "at")

# Verbs (lemmas) whose subject runs into an explosive device rather than sets it off on others.
STRUCK_VERBS = ("hit", "strike", "run", "step", "trigger", "roll", "drive")
# Words for an explosive device.
DEVICE_WORDS = ("ieds?", "(?:land)?mines?", "explosives?", "bombs?", "devices?")

# "an off-duty soldier", "a former militiaman": an armed party's member who is a civilian.
OFF_DUTY = ("off-duty", "unarmed", "retired", "former", "demobili[sz]ed", "ex-", r"civilian(?! (?:jtf|joint))")
# The same, said after the member: "a militiaman (assumed off-duty)".
OFF_DUTY_AFTER = ("off-duty", "off duty", "unarmed")
# Said right after the member: "a soldier, unarmed,".
UNARMED_AFTER = ("unarmed",)
# "a MINUSMA employee", "army-chartered trucks": people who work for an armed party.
EMPLOYED_BY_PREFIX = (r"civilian\s+",)
EMPLOYED_BY = (r"employees?", r"contractors?", r"staff(?:\s+members?)?", r"workers?", "chartered")
# "an employee of the mission": the noun, its preposition, and the article.
EMPLOYEE_NOUNS = ("employees?", "contractors?", "staff(?: members?)?", "workers?")
EMPLOYEE_PREPOSITIONS = ("of", "for", "with")
EMPLOYEE_ARTICLES = ("the",)
EMPLOYEE_ELIDED_ARTICLES: tuple[str, ...] = ()

# Verbs (lemmas) that only carry out an act named by their object ("fired mortar shells").
CARRY_OUT_VERBS = ("carry", "conduct", "launch", "fire", "lead", "mount", "stage", "perpetrate", "commit")
# Verbs (lemmas) of a claim: "JNIM claimed to have fired shells": the claimant acted.
CLAIM_VERBS = ("claim", "admit")

# People who fight with weapons, or herders and farmers (whom ACLED codes as communal
# militias), clash; a crowd without them is mob violence.
ARMED_COMMUNITIES = (
    "rifles?", "firearms?", "guns?", "gunfire", "gunshots?", "machetes?", "bladed weapons?", "weapons?",
    "armed", "herders?", "herdsmen", "pastoralists?", "farmers?", "hunters?",
)
# Words of a fight with two sides: with them an act on people called civilians stays a clash
# ("militants fought with villagers"); without them ("ambushed a bus") it is an attack (regex).
MUTUAL_FIGHT_WORDS = (
    r"clash(?:ed|es)?", r"fight(?:ing|s)?", r"fought", r"exchanges? of (?:gun)?fire", r"exchanged", r"gunfights?",
    r"firefights?", r"skirmish(?:es)?", r"battles?", r"combats?", r"confrontations?", r"between", r"resisted",
    r"repelled", r"repulsed", r"returned fire", r"fought back", r"self-defen[cs]e", r"vigilantes?",
)
# Gunfire at close range, told beside a bomb or rockets: the ground assault of a complex attack
# (regexes; ``extract/classify``).
DIRECT_FIRE_WORDS = (
    r"small[- ]arms?(?: fire)?", r"(?:heavy |automatic )?gunfire", r"gunshots", r"opened fire",
    r"shooting", r"shot dead", r"shot and killed", r"(?:armed|ground) assault", r"exchanges? of (?:gun)?fire",
    r"firefights?", r"gunfights?", r"assault rifles?", r"machine[- ]gun fire",
)
# An attack named as complex: a bomb or rockets with a ground assault on armed men, which ACLED
# codes as the clash ("a complex ambush involving an IED and gunfire"; regexes; ``extract/classify``).
COMPLEX_ATTACK_WORDS = (r"complex (?:ambush|attack|assault|raid)(?:es|s)?",)
# People held down or hurt during a raid for goods: "attacked the camp, tied up the men and
# seized livestock" is an attack (regexes; ``extract/classify``).
HARMED_WORDS = (r"tied (?:up|them|him|her)", r"bound and gagged", r"blindfolded", r"held (?:\w+ ){0,3}at gunpoint")
# "attacked the police station while it was unmanned": the site was empty, so the attack only
# hit property (regex).
EMPTY_SITE_WORDS = (r"unmanned", r"unoccupied", r"vacant", r"(?:was|were) (?:empty|deserted)")
# Who holds ground taken when no actor of the sentence was recognised: whichever side a
# sentence names first is its subject (regexes; ``extract/classify``).
STATE_SIDE_WORDS = (
    r"government(?:'s)? (?:forces|troops|soldiers)", r"pro-government", r"loyal to the (?:\w+ ){0,3}government",
    r"army", r"military", r"armed forces", r"security forces", r"troops", r"soldiers", r"police",
)
NON_STATE_SIDE_WORDS = (
    r"rebels?", r"militants?", r"insurgents?", r"jihadists?", r"terrorists?", r"militias?",
    r"militiamen", r"separatists?", r"guerrillas?", r"extremists?", r"gunmen",
)
# Words that say forces stepped in at a protest.
# Arrests made by mutineers seizing power are ACLED "Other" (a coup), not arrests (regex);
# a foiled attempt stays arrests.
MUTINY_WORDS = (r"mutin(?:y|ies|ied|ying|eers?|eering)", r"coup d'(?:é|e)tat", r"putsch(?:ists?)?", r"seized power", r"took power", r"military junta")
FOILED_WORDS = (r"foiled", r"thwarted", r"attempted coup", r"coup attempt", r"plot(?:ting)?", r"accused of")
INTERVENTION_WORDS = (
    "dispersed", "dispersal", "tear gas", "teargas", "arrested", "broke up", "fired tear", "warning shots",
)
