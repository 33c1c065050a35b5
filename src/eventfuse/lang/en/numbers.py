"""English number words, vague amounts, qualifiers, units and the words that give a count its role."""

from __future__ import annotations

# Cardinal number words that text2num reads ("twenty-three", "one hundred and forty thousand").
NUMBER_WORDS: tuple[str, ...] = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    "hundred", "thousand", "million", "billion",
)
# Words joining number words inside one number.
NUMBER_JOINER = r"(?:\s*-\s*|\s+and\s+|\s+)"
# An article that stands for "one" before a scale word ("a hundred", "a million").
ARTICLE_ONE: frozenset[str] = frozenset({"a", "an"})
# Number words that alone are not a quantity (articles in French; none in English).
LONE_NOT_NUMBER: frozenset[str] = frozenset()
# Text right before a number word that makes it no number ("no one").
NOT_NUMBER_BEFORE = r"\bno\s*$"

# Scale words after a number: "1.5 million", "$5m", "140k".
SCALES: dict[str, float] = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "millions": 1e6, "billion": 1e9,
    "billions": 1e9, "bn": 1e9, "mn": 1e6, "m": 1e6, "k": 1e3,
}
DECIMAL_COMMA = False

# Vague amounts: (pattern, value, qualifier). ACLED: "tens" = 10, "dozens" = 12,
# "hundreds" = 100; "several" / "a few" have no ACLED figure: we use 3, qualifier approx.
VAGUE: tuple[tuple[str, float, str], ...] = (
    (r"tens\s+of\s+thousands", 10_000, "at_least"),
    (r"hundreds\s+of\s+thousands", 100_000, "at_least"),
    (r"(?:several|a\s+few)\s+dozen", 12, "at_least"),
    (r"(?:several|a\s+few)\s+hundred", 100, "at_least"),
    (r"(?:several|a\s+few)\s+thousand", 1_000, "at_least"),
    (r"half\s+a\s+dozen", 6, "approx"),
    (r"(?:a|one)\s+dozen", 12, "approx"),
    (r"(?:two|2)\s+dozen", 24, "approx"),
    (r"dozens", 12, "at_least"),
    (r"tens", 10, "at_least"),
    (r"scores", 20, "at_least"),
    (r"hundreds", 100, "at_least"),
    (r"thousands", 1_000, "at_least"),
    (r"millions", 1_000_000, "at_least"),
    (r"a\s+couple(?:\s+of)?", 2, "approx"),
    (r"a\s+handful(?:\s+of)?", 3, "approx"),
    (r"several", 3, "approx"),
    (r"a\s+few", 3, "approx"),
)

# Qualifiers written before a number (pattern, qualifier); longest match wins.
QUALIFIERS_BEFORE: tuple[tuple[str, str], ...] = (
    ((r"more\s+than|over|at\s+least|upwards\s+of|in\s+excess\s+of|no\s+fewer\s+than|"
     r"no\s+less\s+than|not\s+less\s+than|a\s+minimum\s+of|just\s+over|well\s+over"), "at_least"),
    ((r"up\s+to|less\s+than|fewer\s+than|at\s+most|no\s+more\s+than|not\s+more\s+than|under|"
     r"as\s+many\s+as|a\s+maximum\s+of|just\s+under|below"), "at_most"),
    ((r"about|around|approximately|some|nearly|almost|roughly|an\s+estimated|estimated|"
     r"close\s+to|circa|approx\.|more\s+or\s+less|~"), "approx"),
)
# Qualifiers written after a number.
QUALIFIERS_AFTER: tuple[tuple[str, str], ...] = (
    (r"\s*\+|\s+or\s+more|\s+and\s+more|\s+plus", "at_least"),
    (r"\s+or\s+so|-odd|\s+odd", "approx"),
)

# Ranges: "10 to 15", "10-15", "two or three"; "between 10 and 15", "from 10 to 15".
RANGE_JOIN = r"(?:\s*[-–—]\s*|\s+to\s+|\s+or\s+)"
RANGE_OPEN = r"(?:between|from)\s+"
RANGE_OPEN_JOIN = r"(?:\s+and\s+|\s+to\s+|\s*[-–—]\s*)"

# Currencies written before a number ("$5m", "€2 million") and after it ("5 million dollars").
CURRENCY_BEFORE: tuple[tuple[str, str], ...] = (
    (r"US\s?\$|\$|USD\s?", "USD"),
    (r"€|EUR\s?", "EUR"),
    (r"£|GBP\s?", "GBP"),
    (r"F?CFA\s?|XOF\s?", "XOF"),
)
CURRENCY_AFTER: tuple[tuple[str, str], ...] = (
    (r"(?:US\s+|American\s+)?dollars?|USD|US\$", "USD"),
    (r"euros?|EUR|€", "EUR"),
    (r"(?:CFA\s+)?francs(?:\s+CFA)?|F\s?CFA|FCFA|XOF|CFA", "XOF"),
    (r"pounds?(?:\s+sterling)?|GBP", "GBP"),
)
CURRENCY_LINK = r"\s*(?:in\s+)?"

# Units right after a number: (pattern, unit, kind). Order matters: first match wins.
UNITS: tuple[tuple[str, str | None, str], ...] = (
    (r"\s*(?:km|kms|kilomet(?:er|re)s?)\b", "km", "distance"),
    (r"\s*(?:mi|miles?)\b", "mi", "distance"),
    (r"\s+(?:m|met(?:er|re)s?)\b|(?:m|met(?:er|re)s?)\b(?=\s+(?:from|away|north|south|east|west|long|wide|high|deep))", "m", "distance"),
    (r"\s*(?:%|percent\b|per\s+cent\b)", "%", "percent"),
    (r"(?:\s+[A-Z][\w-]*)?\s+(?:followers|subscribers|fans)\b", None, "followers"),
    (r"[\s-]+years?[\s-]+old\b|[\s-]+year-olds?\b", "year", "age"),
    (r"\s+(?:days?)\b", "day", "duration"),
    (r"\s+(?:weeks?)\b", "week", "duration"),
    (r"\s+(?:months?)\b", "month", "duration"),
    (r"\s+(?:years?)\b", "year", "duration"),
    (r"\s+(?:hours?|hrs?)\b", "hour", "duration"),
    (r"\s+(?:minutes?|mins?)\b", "minute", "duration"),
)
# Text right before a number that makes it an age ("aged 25").
AGE_BEFORE = r"\baged\s*$"
# A French-style "N years" age: none in English ("25 years old" is in UNITS).
AGE_YEARS_BEFORE = r"(?!)"
# "in her 20s", "in their thirties": (pattern with group dec or decw)
AGE_DECADE = (
    r"\bin\s+(?:his|her|their)\s+(?:early\s+|mid-?\s*|late\s+)?"
    r"(?:(?P<dec>[1-9]0)['’]?s|(?P<decw>teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b"
)
DECADE_WORDS: dict[str, int] = {
    "teens": 10, "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50,
    "sixties": 60, "seventies": 70, "eighties": 80, "nineties": 90,
}

# Times of day and other numbers that are not quantities.
NOT_QUANTITY = (
    r"\b\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|GMT|UTC|hrs\b|o['’]clock)|\b\d{1,2}:\d{2}\b"
    r"|\b(?:No\.|number|#)\s*\d+|\b\d+(?:st|nd|rd|th)\b"
)

# ---- the role of a count in its sentence (fatalities, injured, victims)

DEATH_WORDS = (
    r"killed|killing|kills|dead|died|dying|deaths?|slain|murdered|executed|massacred|"
    r"slaughtered|perished|lost\s+their\s+lives|lost\s+(?:his|her)\s+life|lives\s+were\s+lost|"
    r"shot\s+dead|gunned\s+down|beheaded|assassinated|bodies|corpses|fatalities|fatally|"
    r"lifeless|succumbed|burned\s+alive|burnt\s+alive|neutrali[sz]ed|strangled|"
    r"(?:burned|burnt|stoned|hacked|beaten)\s+to\s+death"
)
# Phrases before a number that make it a death toll ("the death toll rose to 12").
DEATH_BEFORE = (
    r"death\s+toll|toll|claimed\s+the\s+lives\s+of|cost\s+the\s+lives\s+of|lives\s+of|"
    r"killing|killed|executed|executing|massacred|massacring|murdered|murdering|"
    r"shot\s+dead|gunned\s+down|bodies\s+of|corpses\s+of|neutrali[sz](?:ed|ing)|"
    r"caus(?:ed|ing)\s+the\s+deaths?\s+of|"
    # "the death toll from Thursday's attack on the base has risen to 89"
    r"toll\b[^.;:\d]{0,80}?\b(?:has\s+|had\s+)?(?:rose|risen|rises|climbed|jumped|reached|hit|hits|stood\s+at|stands\s+at)(?:\s+to)?|"
    r"(?:slit|slitting|slashed|cut|cutting)\s+(?:\w+\s+){0,2}throats?\s+of|"
    r"(?:fatalities|deaths)(?=\s+(?:of|between|at|from|to|numbered|totall?ed|reached)\b|\s*$)"
)
INJURY_WORDS = r"wounded|wounding|injured|injuring|injuries|hurt|hospitali[sz]ed"
VICTIM_WORDS = (
    r"abducted|abducting|abductions?|kidnapped|kidnapping|kidnappings|taken\s+hostage|"
    r"held\s+hostage|hostages?|captives?|arrested|arresting|detained|detaining|captured|"
    r"capturing|seized|rounded\s+up|taken\s+away|abductees"
)
MISSING_WORDS = r"missing|unaccounted\s+for|disappeared"
# Words that end the stretch in which a count and its role word are read together.
BREAK_WORDS = r"and|or|but|while|whereas|as\s+well\s+as|plus"
# A count introduced by these is part of an earlier count ("12 killed, including 3 children").
SUBSET_BEFORE = r"including|among\s+the\s+(?:dead|victims|killed)|among\s+them|among\s+whom|of\s+whom|of\s+which|among\s+those|mostly|mainly"
# Between two tolls, these words mean competing reports rather than a sum.
CONTRAST_WORDS = (
    r"said|says|according|while|whereas|but|however|other\s+sources|claimed|claims|reported|"
    r"put\s+the\s+toll|estimated|initially|later|revised|rose|risen"
)
COORDINATION = r"and|as\s+well\s+as|along\s+with|plus|,"
# No one died.
ZERO_FATALITIES = (
    r"\bno\s+(?:one|body)\s+(?:was|were|has\s+been|had\s+been)\s+(?:killed|hurt|injured)"
    r"|\bnobody\s+(?:was\s+)?(?:killed|died|hurt)"
    r"|\bno\s+(?:immediate\s+)?(?:reports?\s+of\s+)?(?:casualties|fatalities|deaths|loss\s+of\s+life|one\s+died)\b"
    r"|\bwithout\s+(?:causing\s+)?(?:any\s+)?(?:casualties|fatalities|deaths|loss\s+of\s+life)\b"
    r"|\bcaus(?:ed|ing)\s+no\s+(?:casualties|deaths|fatalities)\b"
    r"|\bno\s+(?:one|body)\s+died\b"
    # "No soldier was killed", "no civilians were hurt", "none of the passengers died"
    r"|\b(?:no|none\s+of\s+the)\s+(?:[a-z][\w'-]*\s+){1,2}(?:was|were|has\s+been|have\s+been|had\s+been)"
    r"\s+(?:killed|hurt|injured)\b"
    r"|\b(?:no|none\s+of\s+the)\s+(?:[a-z][\w'-]*\s+){1,2}died\b"
)
# A group seized first and killed afterwards: "arrested nine men ... and executed them".
CAPTURE_BEFORE = (
    r"(?:arrested|abducted|kidnapped|detained|captured|rounded\s+up|took\s+away|seized|"
    r"picked\s+up)\s+(?:[\w'-]+\s+){0,2}$"
)
KILL_THEM_AFTER = (
    r"^[^.;]{0,120}?\b(?:and|then|before|later|,)\s+(?:\w+\s+){0,2}(?:executed|killed|shot|"
    r"murdered|massacred|beheaded|slaughtered)\s+(?:all\s+(?:of\s+)?)?them\b"
)
# One victim killed, no number written ("was shot dead", "executed her", "killed a soldier").
SINGLE_FATALITY = (
    r"\b(?:was|has\s+been|had\s+been|got)\s+(?:(?!not\b|never\b)\w+\s+(?:and\s+)?)?"
    r"(?:killed|shot\s+dead|executed|murdered|gunned\s+down|beheaded|assassinated|slain|"
    r"found\s+dead|stabbed\s+to\s+death|beaten\s+to\s+death|lynched|burned\s+alive)\b"
    r"|\b(?:killed|killing|executed|executing|murdered|murdering|assassinated|assassinating|"
    r"beheaded|beheading|shot\s+dead|gunned\s+down|shooting\s+dead)\s+(?:him|her|a|an|one)\b"
    r"|\b(?:shot|gunned)\s+(?:him|her)\s+(?:dead|down)\b"
    r"|\b(?:he|she)\s+(?:died|was\s+killed)\b"
    r"|\b(?:lost|losing)\s+(?:his|her)\s+life\b"
    r"|\bsuccumbed\s+to\s+(?:his|her)\b"
    r"|\b(?:a|an)\s+\w+(?:\s+\w+)?\s+died\b"
    r"|\b(?:only\s+)?the\s+(?:[\w'-]+\s+)?[\w'-]*[^\Ws]\s+died\b"
    r"|\b(?:killed|executed|murdered|assassinated|beheaded)\s+the\s+(?:[\w'-]+\s+){0,2}?"
    r"[\w'-]*[^\Ws]\b(?!['’]s)"
)

# ---- how a report says its own toll is coded (ACLED-style notes)

# "Unknown militant fatalities coded as 10", "Fatalities are coded as 4": the figure to use;
# group ``unknown`` marks a figure that stands for an unknown part of the toll.
CODED_TOLL = (
    r"\b(?:(?P<unknown>unknown|unspecified|undetermined|unconfirmed)\s+(?:[\w'’-]+\s+){0,3}?)?"
    r"(?:fatalities|deaths|casualties|death\s+toll)\s+(?:are\s+|were\s+|is\s+|was\s+|have\s+been\s+)?"
    r"(?:assessed\s+as\s+low\s+and\s+)?(?:coded|recorded|counted)\s+"
    r"(?:at\s+(?:a\s+|the\s+)?low\s+estimate\s+of|according\s+to\s+(?:a\s+|the\s+)?low\s+estimate\s+as|as)\s+"
    r"(?P<n>\d+|[a-z]+(?:-[a-z]+)?)\b"
)
# "Fatalities are split across three events", "8 fatalities split across 3 events",
# "split between 2 days of fighting": the toll is shared by that many events.
SPLIT_TOLL = (
    r"(?:\b(?P<total>\d+|[a-z]+)\s+(?:fatalities|deaths)\s+(?:are\s+|were\s+)?)?"
    r"\b(?:split|divided|distributed|spread)\s+(?:equally\s+|evenly\s+)?"
    r"(?:across|between|among|over|into)\s+(?:the\s+)?\(?(?P<n>\d+|[a-z]+)\)?\s+"
    r"(?:separate\s+|different\s+)?(?:events?|days?|incidents?|locations?|attacks?|villages?|places?)\b"
)

# ---- victims listed one by one ("killed a driver and his son", "two men and a woman were killed")

# A killing verb followed by the list of its victims.
LIST_KILL_BEFORE = (
    r"(?:shot\s+and\s+killed|shot\s+dead|shooting\s+dead|gunned\s+down|gunning\s+down|killed|killing|executed|executing|"
    r"murdered|murdering|assassinated|beheaded|massacred|caus(?:ed|ing)\s+the\s+deaths?\s+of|"
    r"resulted\s+in\s+the\s+(?:killing|deaths?)\s+of|the\s+killing\s+of)"
)
# A killing verb after the list of its victims ("... were killed", "... died", "17 soldiers killed,").
LIST_KILL_AFTER = (
    r"(?:were|was|have\s+been|had\s+been|are\s+reported)\s+(?:\w+\s+)?(?:killed|shot\s+dead|executed|"
    r"murdered|slain|gunned\s+down|beheaded|found\s+dead|'?neutrali[sz]ed'?)\b"
    r"|(?:died|lost\s+their\s+lives)\b|killed(?=\s*(?:[,.;]|and\b|in\b|during\b|while\b|$))"
)
# A word that opens one victim of a list: a number, an article, a possessive.
LIST_DETERMINER = r"a|an|one|another|the|his|her|their|its|\d+|" + "|".join(NUMBER_WORDS[1:28])
# Singular openers: one victim, never a new group after "including".
LIST_SINGULAR = r"a|an|one|another|the|his|her|their|its"
# Words that end a list of victims (the place, time or manner that follows it).
LIST_END = (
    r"in|near|at(?!\s+(?:least|most)\b)|on|between|during|from|while|after|before|when|who|whom|which|that|as|inside|"
    r"outside|along|around|by|with|for|aboard|under|into|onto|to|being|of\s+whom|of\s+which|and\s+(?:wounded|injured|abducted|"
    r"seized|burned|looted|stole|took|destroyed)|wounding|injuring|abducting|seizing|burning"
)
# A pair counts two ("a couple", "the couple").
LIST_PAIR = r"couple|pair"
# Animals are not fatalities ("killed three people and eighty horses").
ANIMAL_WORDS = (
    r"horses?|donkeys?|cattle|cows?|sheep|goats?|camels?|dromedaries|livestock|animals?|"
    r"heads\s+of\s+(?:cattle|livestock)|oxen|bulls?|dogs?|mules?"
)
# An animal as the head of a listed item ("eighty horses", not "a livestock trader"), and
# right after a count ("killed 30 head of cattle", not "two cattle herders").
ANIMAL_HEAD = r"^\W*(?:\S+\s+){1,3}?(?:{ANIMALS})\s*$"
ANIMALS_AFTER = (
    r"\s+(?:[^\W\d][\w'’-]*\s+){0,2}?(?:{ANIMALS})(?!\w)"
    r"(?!\s+(?:traders?|herders?|owners?|breeders?|merchants?|dealers?|keepers?|thie(?:f|ves)|rustlers?|market))"
)
# A toll given only by an unconfirmed or unverifiable report is not counted.
UNVERIFIED = (
    r"\bunconfirmed\b|\bunverified\b|could\s+not\s+(?:be\s+)?(?:independently\s+)?(?:verified|confirmed)"
    r"|cannot\s+be\s+(?:independently\s+)?(?:verified|confirmed)"
)
# What separates the victims of a list.
LIST_SEPARATOR = r"\s*,\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+|\s+along\s+with\s+"
# A list item with these words is a clause, not a victim ("one soldier was killed and four wounded").
LIST_NOT_ITEM = r"\b(?:was|were|is|are|has|have|had|been|injury|wounding)\b"

# ---- whose deaths a toll counts: ACLED adds the tolls of different sides and keeps the most
# conservative figure for each side
SIDES: tuple[tuple[str, str], ...] = (
    ("state", (r"soldiers?|troops|gendarmes?|guards(?:men)?|police(?:men)?|policemen|officers?|"
              r"army|military|servicemen|peacekeepers?|customs\s+agents|"
              r"members\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}(?:security|defen[cs]e|armed)\s+forces")),
    ("armed", (r"militants?|fighters?|jihadists?|terrorists?|assailants?|attackers?|insurgents?|"
              r"raiders?|gunmen|combatants?|rebels?|bombers?|cadres?|commanders?|its\s+ranks|its\s+men")),
    ("militia", r"militiam[ae]n|militia\s+members|vigilantes|hunters|self-defen[cs]e\s+\w+"),
    ("civilians", (r"civilians?|people|persons|villagers|residents|women|children|men|herders?|"
                  r"farmers?|traders?|merchants?|passengers?|worshippers|students|family|inhabitants")),
)
# "the number of assailants killed was estimated at 40": the side is named before the toll.
SIDE_BEFORE = r"\bnumber\s+of\s+"
# A sentence whose toll belongs to another event, or is denied, is not added.
TOLL_ELSEWHERE = r"coded\s+separately|\bdenied\b|\brefuted\b|\bdismissed\b"
# A sentence that revises the toll ("bringing the number of fatalities to three").
TOLL_UPDATE = (
    r"\bbringing\s+(?:to\s+\S+\s+)?the\s+(?:total|number|toll|death\s+toll)|\b(?:death\s+)?toll\s+(?:has\s+)?(?:rose|risen|rises|climbed|jumped)\s+to"
    r"|\b(?:new|updated|revised|latest)\s+(?:death\s+)?toll\b|\braised\s+the\s+(?:death\s+)?toll\b"
)
# A toll told in the past perfect next to a year is an earlier incident's ("where four soldiers
# had been killed in 2017"), not the reported one's.
TOLL_RECALLED_AUX = r"\bhad\b"
# A time before the report's incident ("last month", "two years ago"): a past perfect toll next
# to it, or a toll of an act it dates ("a raid last month that killed 71"), is an earlier
# incident's.
TOLL_RECALLED_TIME = (
    r"\b(?:last|previous|past)\s+(?:week|month|year)\b"
    r"|\b(?:a|one|two|three|four|five|six|several|few|\d+)\s+(?:weeks?|months?|years?)\s+(?:ago|earlier|before|after)\b"
    r"|\bearlier\s+this\s+(?:month|year)\b"
    r"|\blast\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
)
# The relative pronoun between such a time and the toll of the act it dates.
TOLL_RECALLED_RELATIVE = r"\b(?:that|which|who)\b"
# A toll given as provisional ("a provisional toll of 21 dead"): the incident's dead are at least
# that many, so it does not cap a later or fuller count of another report.
# A toll summed over several days or since a date ("since January", "over two days", "on 10
# and 11 July"): ACLED splits it across the days' events, so it does not stand for one day's
# toll while another report gives one.
TOLL_CUMULATIVE = (
    r"\bsince\s+(?:the\s+(?:start|beginning)\s+of\s+)?(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December|last\s+\w+|the\s+start|the\s+beginning|\d{4})\b"
    r"|\b(?:over|in|during|across)\s+(?:the\s+(?:past|last)\s+)?(?:two|three|four|five|six|seven|several|\d+)\s+days\b"
    r"|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:and|to)\s+\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:January|February|March|"
    r"April|May|June|July|August|September|October|November|December)\b"
    r"|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+"
    r"\d{1,2}(?:st|nd|rd|th)?\s+(?:and|to)\s+\d{1,2}(?:st|nd|rd|th)?\b"
)
# Words right after a toll that count everyone, not one side ("12 people killed" counts everyone).
TOLL_EVERYONE = r"\s*(?:people|persons|individuals|dead|deaths|victims)\b"
# Where a count of the dead died, after it within its clause ("four gunmen were neutralised at
# the French embassy"): counts of one side at two sites are parts of that side's dead, not rival
# figures of them.
COUNT_SITE = r"[^.;:,]{0,60}?\bat\s+the\s+(?!hands\b|time\b|same\b|end\b)(?P<site>[\w'’-]+(?:\s+(?!and\b|or\b|by\b|on\b|in\b)[\w'’-]+)?)"
# Before a count, words that make it a side's whole count ("all eight militants were slain").
SIDE_TOTAL_BEFORE = r"\ball(?:\s+of)?(?:\s+the)?|\ba\s+total\s+of|\bin\s+all,?"
TOLL_PROVISIONAL = r"\bprovisional\b|\bpreliminary\b|\btemporary\b|\bso\s+far\b|\bat\s+this\s+stage\b"
# A sentence that gives a toll as an earlier one, replaced since ("a first toll of 15").
TOLL_EARLIER = (
    r"\b(?:first|initial|earlier|previous|preliminary)\s+(?:death\s+)?toll\b|\b(?:first|initially)\s+(?:said|reported|gave)\b"
)
# A perpetrator's claim of responsibility: the kills it claims are not added to the toll,
# unless it acknowledges its own losses.
TOLL_CLAIM = r"\bclaim(?:ed|s|ing)\s+responsibility\b|\bclaim(?:ed|s)\s+to\s+have\s+(?:killed|\W?neutrali[sz]ed)"
TOLL_OWN_LOSS = r"\backnowledg\w*|\badmitt\w*|\bin\s+its\s+ranks\b|\blost\s+\w+\s+(?:fighters|men|members)\b"

# Unit words that make a quantity even when glued to the digits ("10km"); every language's
# are used whatever the language of the report.
GLUED_UNITS: frozenset[str] = frozenset({"km", "kms", "mi", "m"})
# Scale words that an article in ``ARTICLE_ONE`` before them makes one ("a hundred") ...
ARTICLE_SCALES: frozenset[str] = frozenset({"hundred", "thousand", "million", "billion"})
# ... and the number word that article stands for when the number is read.
ARTICLE_ONE_AS = "one"
