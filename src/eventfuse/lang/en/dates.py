"""English date words and the phrase patterns of explicit, relative, chained and period dates."""

from __future__ import annotations

# Month names and abbreviations (lower case) -> month number.
MONTHS: dict[str, int] = {
    "january": 1, "jan": 1,
    "february": 2, "feb": 2,
    "march": 3, "mar": 3,
    "april": 4, "apr": 4,
    "may": 5,
    "june": 6, "jun": 6,
    "july": 7, "jul": 7,
    "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
# Month names that are also common words: they count as months only when capitalised.
CASE_SENSITIVE_MONTHS: frozenset[str] = frozenset({"may", "march", "mar"})

WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3,
    "friday": 4, "saturday": 5, "sunday": 6,
}

# Small counts written as words in "two days ago", "three days later".
SMALL_NUMBERS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}

ORDINAL_SUFFIX = r"(?:st|nd|rd|th)"

# "Around 3 July (week of)": a frame that lowers the precision of an explicit date.
APPROX_PREFIX = r"(?:on\s+or\s+(?:about|around)|around|about|circa|approximately)"

# Parts of a month ("mid-October", "the end of October") -> early / mid / late / month.
MONTH_PARTS: dict[str, str] = {
    "early": "early", "beginning of": "early", "start of": "early",
    "mid": "mid", "middle of": "mid",
    "late": "late", "end of": "late",
    "in the course of": "month",
}
MONTH_PART_PATTERN = (
    r"early|mid|late|(?:the\s+)?(?:beginning|start|middle|end)\s+of|in\s+the\s+course\s+of"
)

# (rule, pattern, parameter). Tokens {D} {M} {Y} {WD} {N} {D2} {M2} {WD2} {ORD} {APPROX}
# {NOTE} {PART} are filled in by ``eventfuse.extract.dates``; patterns are matched
# case-insensitively. The parameter is an offset (days, weeks, months, years) or a sign.
DATE_RULES: tuple[tuple[str, str, int], ...] = (
    # explicit dates, optionally framed by a weekday or "around ... (week of)"
    ("explicit", r"(?:{APPROX}\s+)?(?:{WD},?\s+)?(?:the\s+)?{D}\s+(?:of\s+)?{M}(?:,?\s+{Y})?{NOTE}", 0),
    ("explicit", r"(?:{APPROX}\s+)?(?:{WD},?\s+)?{M}\s+(?:the\s+)?{D}(?:,?\s+{Y})?{NOTE}", 0),
    # a night across two days: "the night of 3 to 4 July" -> 4 July (the parameter 1: the
    # second day), "the night between 3 and 4 July" -> 3 July (0: the first day); day precision
    ("night", r"(?:on\s+|during\s+|in\s+)?the\s+night\s+between\s+(?:{WD},?\s+)?(?:the\s+)?{D}\s*(?:{M}\s*)?(?:and|-|–)\s*(?:{WD2},?\s+)?(?:the\s+)?{D2}\s+{M2}(?:,?\s+{Y})?", 0),
    ("night", r"(?:on\s+|during\s+|in\s+)?the\s+night\s+of\s+(?:{WD},?\s+)?(?:the\s+)?{D}\s*(?:{M}\s*)?(?:to|and|into|-|–)\s*(?:{WD2},?\s+)?(?:the\s+)?{D2}\s+{M2}(?:,?\s+{Y})?", 1),
    ("night", r"overnight\s+(?:on\s+|from\s+)?{D}\s*(?:{M}\s*)?(?:to|into|-|–)\s*{D2}\s+{M2}(?:,?\s+{Y})?", 1),
    ("night", r"(?:on\s+|during\s+|in\s+)?the\s+night\s+of\s+{M}\s+{D}\s*(?:to|and|into|-|–)\s*(?:{M2}\s+)?{D2}(?:,?\s+{Y})?", 1),
    ("weekday_night", r"(?:on\s+|during\s+|in\s+)?the\s+night\s+between\s+{WD}\s+and\s+{WD2}", 0),
    ("weekday_night", r"(?:on\s+|during\s+|in\s+)?the\s+night\s+(?:of|from)\s+{WD}\s+(?:to|and|into)\s+{WD2}", 1),
    ("weekday_night", r"overnight\s+(?:from\s+)?{WD}\s+(?:to|into)\s+{WD2}", 1),
    # day ranges -> first day, week precision
    ("range", r"between\s+(?:the\s+)?{D}\s*(?:{M}\s*)?(?:and|-|–)\s*(?:the\s+)?{D2}\s+{M2}(?:,?\s+{Y})?", 0),
    ("range", r"from\s+(?:the\s+)?{D}\s*(?:{M}\s*)?(?:to|until|till|-|–)\s*(?:the\s+)?{D2}\s+{M2}(?:,?\s+{Y})?", 0),
    ("range", r"{D}\s*(?:-|–)\s*{D2}\s+{M2}(?:,?\s+{Y})?", 0),
    ("range", r"(?:between\s+|from\s+)?{M}\s+{D}\s*(?:-|–|and|to|until)\s*(?:{M2}\s+)?{D2}(?:,?\s+{Y})?", 0),
    # two days told together ("on 10 and 11 July", "the protests of 10 and 11 July"): a range
    # from the first day (ACLED codes a row per day, the first is the incident's)
    ("range", r"(?:on|of)\s+(?:the\s+)?{D}\s+(?:{M}\s+)?and\s+(?:on\s+)?(?:the\s+)?{D2}\s+{M2}(?:,?\s+{Y})?", 0),
    # weekdays relative to publication
    ("weekday", r"(?<!next\s)(?<!coming\s)(?:(?:last|this\s+past|past|this)\s+)?{WD}(?!\s+next)", 0),
    # days relative to publication
    ("days_ago", r"(?:earlier\s+)?today|this\s+(?:morning|afternoon|evening)", 0),
    ("days_ago", r"yesterday(?:\s+(?:morning|afternoon|evening))?|last\s+night", 1),
    ("days_ago", r"the\s+day\s+before\s+yesterday", 2),
    ("days_ago", r"{N}\s+days?\s+ago", 0),
    ("weeks_ago", r"{N}\s+weeks?\s+ago", 0),
    ("years_ago", r"{N}\s+years?\s+ago", 0),
    ("years_ago", r"a\s+decade\s+ago", 10),
    # chained to the previous date of the text
    ("chain", r"(?:on\s+|at\s+dusk\s+|at\s+dawn\s+)?the\s+(?:next|following)\s+(?:day|morning|afternoon|evening|night)", 1),
    ("chain", r"(?:a|one)\s+day\s+later", 1),
    ("chain", r"the\s+day\s+after(?!\s+tomorrow)", 1),
    ("chain", r"the\s+(?:day|night|evening)\s+before(?!\s+yesterday)", -1),
    ("chain", r"the\s+previous\s+(?:day|night|evening)", -1),
    ("chain", r"(?:a|one)\s+day\s+(?:earlier|before)", -1),
    ("chain", r"(?:on\s+)?(?:the\s+same|that\s+same|that)\s+(?:day|night|evening|morning)|later\s+that\s+day", 0),
    ("chain_days", r"{N}\s+days\s+(?:later|after(?:wards)?)", 1),
    ("chain_days", r"{N}\s+days\s+(?:earlier|before)", -1),
    ("chain_weeks", r"{N}\s+weeks?\s+later", 1),
    ("chain_weeks", r"the\s+(?:following|next)\s+week", 1),
    # periods
    ("week", r"(?:over\s+|during\s+)?(?:last|the\s+(?:past|last|previous))\s+week", -1),
    ("week", r"(?:earlier\s+)?this\s+week", 0),
    ("weekend", r"(?:over\s+|during\s+)?(?:last|this\s+past|the\s+past)\s+weekend", -1),
    ("weekend", r"(?:over\s+|at\s+|during\s+)?(?:this|the)\s+weekend", 0),
    ("recent", r"in\s+recent\s+days|(?:over|in)\s+the\s+(?:past|last)\s+(?:few|several|couple\s+of)\s+days", 3),
    ("month", r"(?:earlier\s+)?this\s+month", 0),
    ("month", r"last\s+month|(?:earlier\s+)?(?:in\s+)?the\s+previous\s+month", -1),
    ("month_name", r"(?:since|in|during|throughout|from|until|till|by|before|after)\s+(?:the\s+month\s+of\s+)?{M}(?:\s+{Y})?", 0),
    ("month_name", r"{M},?\s+{Y}", 0),
    ("month_name", r"(?:last|this\s+past)\s+{M}(?!\s*\d)", 0),
    ("month_part", r"(?:in\s+|at\s+|by\s+|since\s+|until\s+|from\s+)?{PART}(?:-|\s+){M}(?:,?\s+{Y})?", 0),
    # years: background and history
    ("year", r"(?:since|in|from|until|till|by|during|before|after|between|of|throughout|early|late|mid|and|to|year|the)[\s-]+{Y}(?!\s*(?:%|km|people|persons|soldiers|civilians|men|women|children|fighters|troops|dollars|followers|residents|inhabitants|villagers|refugees|displaced|households|families|students|cattle|heads|vehicles|motorcycles|members|militants|jihadists|attackers|assailants|deaths|victims|others)\b)", 0),
    ("year", r"(?<=\d{4}[-–]){Y}", 0),
    ("year", r"{Y}(?=[-–](?:19|20)\d{2})", 0),
    ("year_rel", r"last\s+year", -1),
    ("year_rel", r"(?:earlier\s+)?this\s+year", 0),
)

# Words that put a weekday in the past ("last Friday"): the most recent such day strictly
# before publication; a weekday without them may be the publication day itself.
WEEKDAY_PAST = ("last", "past")
# A weekday that names a custom, not a date: "Sunday mass", "Friday prayer(s)", "every
# Monday", "Good Friday".
WEEKDAY_NOT_DATE_AFTER = r"\s+(?:mass|prayers?|services?|worship|sermon|market|school)\b"
WEEKDAY_NOT_DATE_BEFORE = r"\b(?:every|each|good|black)\s+$"

# A date inside a name ("the Movement of June 5", "the June 5 Movement"): no date of an act.
DATE_IN_NAME_BEFORE = (
    r"\b(?:movement|coalition|front|alliance|revolution|uprising|collective)\s+of\s+(?:the\s+)?$"
)
DATE_IN_NAME_AFTER = r"\s*-?\s*(?:movement|coalition|front|alliance|revolution|uprising|collective)\b"

# Verbs (lemmas) of a statement, update or claim: a date they govern ("..., a source said on
# Wednesday") is the statement's, not the act's, when the act's sentence or the lead gives
# another.
STATEMENT_VERBS: frozenset[str] = frozenset({
    "say", "tell", "announce", "report", "confirm", "state", "add", "declare", "reveal",
    "indicate", "claim", "update", "explain", "specify", "inform",
})

# Parenthesised notes after a date (ACLED style): precision they imply.
NOTE_PRECISION: tuple[tuple[str, int], ...] = (
    (r"month\s+of", 3),
    (r"week\s+of|between|as\s+reported|approx", 2),
)
NOTE_PATTERN = r"(?:week|month)\s+of|as\s+reported|between\s[^()]{1,30}"

# Articles dropped before a part of a month ("the end of July"), for reports in any language.
MONTH_PART_ARTICLES: tuple[str, ...] = ("the ",)
