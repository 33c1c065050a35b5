"""French date words and the phrase patterns of explicit, relative, chained and period dates."""

from __future__ import annotations

# Month names and abbreviations (lower case, with and without accents) -> month number.
MONTHS: dict[str, int] = {
    "janvier": 1, "janv": 1,
    "février": 2, "fevrier": 2, "févr": 2, "fév": 2, "fevr": 2,
    "mars": 3,
    "avril": 4, "avr": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7, "juil": 7,
    "août": 8, "aout": 8,
    "septembre": 9, "sept": 9,
    "octobre": 10, "oct": 10,
    "novembre": 11, "nov": 11,
    "décembre": 12, "decembre": 12, "déc": 12, "dec": 12,
}
# Month names that are also common words: they count as months only when capitalised.
CASE_SENSITIVE_MONTHS: frozenset[str] = frozenset()

WEEKDAYS: dict[str, int] = {
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3,
    "vendredi": 4, "samedi": 5, "dimanche": 6,
}

# Small counts written as words in "il y a deux jours", "trois jours plus tard".
SMALL_NUMBERS: dict[str, int] = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
    "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12,
}

ORDINAL_SUFFIX = r"(?:er|re|ème|eme|e)"

# "Vers le 3 juillet": a frame that lowers the precision of an explicit date.
APPROX_PREFIX = r"(?:vers\s+le|aux\s+alentours\s+du|autour\s+du|aux\s+environs\s+du)"

# Parts of a month ("mi-octobre", "fin octobre") -> early / mid / late / month.
MONTH_PARTS: dict[str, str] = {
    "début": "early", "debut": "early",
    "mi": "mid", "milieu": "mid",
    "fin": "late",
    "courant": "month",
}
MONTH_PART_PATTERN = r"(?:à\s+la\s+|au\s+|en\s+|à\s+|a\s+la\s+)?(?:début|debut|mi|milieu|fin|courant)"

# (rule, pattern, parameter). Tokens {D} {M} {Y} {WD} {N} {D2} {M2} {WD2} {ORD} {APPROX}
# {NOTE} {PART} are filled in by ``eventfuse.extract.dates``; patterns are matched
# case-insensitively. The parameter is an offset (days, weeks, months, years) or a sign.
DATE_RULES: tuple[tuple[str, str, int], ...] = (
    # explicit dates, optionally with a weekday or "vers le ..."
    ("explicit", r"(?:{APPROX}\s+)?(?:{WD}\s+)?{D}\s+{M}(?:\s+{Y})?{NOTE}", 0),
    # a night across two days: "la nuit du 3 au 4 juillet" -> 4 July (the parameter 1: the
    # second day), "la nuit entre le 3 et le 4 juillet" -> 3 July (0: the first day)
    ("night", r"(?:dans\s+|pendant\s+|durant\s+)?la\s+nuit\s+(?:du|de)\s+(?:{WD}\s+)?{D}\s+(?:{M}\s+)?(?:(?:19|20)\d{2}\s+)?(?:au|à)\s+(?:{WD2}\s+)?{D2}\s+{M2}(?:\s+{Y})?", 1),
    ("night", r"(?:dans\s+|pendant\s+|durant\s+)?la\s+nuit\s+(?:d['’]\s*)?entre\s+(?:le\s+)?(?:{WD}\s+)?{D}\s+(?:{M}\s+)?et\s+(?:le\s+)?(?:{WD2}\s+)?{D2}\s+{M2}(?:\s+{Y})?", 0),
    ("weekday_night", r"(?:dans\s+|pendant\s+|durant\s+)?la\s+nuit\s+(?:de|du)\s+{WD}\s+(?:à|au|a)\s+{WD2}", 1),
    ("weekday_night", r"(?:dans\s+|pendant\s+|durant\s+)?la\s+nuit\s+(?:d['’]\s*)?entre\s+{WD}\s+et\s+{WD2}", 0),
    # day ranges -> first day, week precision
    ("range", r"entre\s+le\s+{D}\s+(?:{M}\s+)?et\s+le\s+{D2}\s+{M2}(?:\s+{Y})?", 0),
    ("range", r"(?:du|depuis\s+le)\s+{D}\s+(?:{M}\s+)?(?:au|jusqu['’]au)\s+{D2}\s+{M2}(?:\s+{Y})?", 0),
    ("range", r"{D}\s*(?:-|–)\s*{D2}\s+{M2}(?:\s+{Y})?", 0),
    # two days told together ("les 10 et 11 juillet", "des manifestations des 10 et 11 juillet"):
    # a range from the first day (ACLED codes a row per day, the first is the incident's)
    ("range", r"(?:les|des|aux|ces)\s+{D}\s+(?:{M}\s+)?et\s+(?:du\s+|le\s+)?{D2}\s+{M2}(?:\s+{Y})?", 0),
    # weekdays relative to publication
    ("weekday", r"(?:(?:ce|le)\s+)?{WD}(?:\s+(?:dernier|passé))?(?!\s+prochain)", 0),
    # days relative to publication
    ("days_ago", r"aujourd['’]hui|ce\s+matin|cet\s+après-midi|ce\s+soir", 0),
    ("days_ago", r"(?<![-\w])hier(?:\s+(?:matin|soir|après-midi))?|la\s+nuit\s+dernière", 1),
    ("days_ago", r"avant[- ]hier", 2),
    ("days_ago", r"il\s+y\s+a\s+{N}\s+jours?", 0),
    ("weeks_ago", r"il\s+y\s+a\s+{N}\s+semaines?", 0),
    ("years_ago", r"il\s+y\s+a\s+{N}\s+ans", 0),
    ("years_ago", r"il\s+y\s+a\s+une\s+décennie", 10),
    # chained to the previous date of the text
    ("chain", r"le\s+lendemain", 1),
    ("chain", r"le\s+surlendemain", 2),
    ("chain", r"la\s+veille(?!\s+(?:de|du|des|d['’]|au|aux)\b)", -1),
    ("chain", r"le\s+jour\s+même|le\s+même\s+jour|ce\s+(?:même\s+)?jour-là|ce\s+même\s+jour|la\s+même\s+nuit", 0),
    ("chain_days", r"{N}\s+jours\s+(?:plus\s+tard|après|plus\s+loin)", 1),
    ("chain_days", r"{N}\s+jours\s+(?:plus\s+tôt|auparavant|avant)", -1),
    ("chain_weeks", r"{N}\s+semaines?\s+plus\s+tard", 1),
    ("chain_weeks", r"la\s+semaine\s+suivante", 1),
    # periods
    ("week", r"la\s+semaine\s+(?:dernière|passée|précédente)", -1),
    ("week", r"(?:plus\s+tôt\s+)?cette\s+semaine|en\s+début\s+de\s+semaine", 0),
    ("weekend", r"(?:le|ce)\s+week-?end\s+(?:dernier|passé)", -1),
    ("weekend", r"ce\s+week-?end", 0),
    ("recent", r"(?:ces|au\s+cours\s+des|ces\s+tout)\s+derniers\s+jours|ces\s+jours\s+derniers", 3),
    ("month", r"(?:plus\s+tôt\s+)?ce\s+mois(?:-ci)?", 0),
    ("month", r"le\s+mois\s+(?:dernier|passé|précédent)", -1),
    ("month_name", r"(?:depuis|en|durant|pendant|dès|jusqu['’]en|avant|après)\s+{M}(?:\s+{Y})?", 0),
    ("month_name", r"au\s+mois\s+(?:de\s+|d['’]\s*){M}(?:\s+{Y})?", 0),
    ("month_name", r"{M}\s+{Y}", 0),
    ("month_name", r"(?<!\d\s)(?<!\d){M}\s+(?:dernier|passé)", 0),
    ("month_part", r"{PART}(?:-|\s+)(?:du\s+mois\s+)?(?:de\s+|d['’]\s*)?{M}(?:\s+{Y})?", 0),
    # years: background and history
    ("year", r"(?:depuis|en|dès|de|jusqu['’]en|avant|après|entre|et|à|durant|pendant|fin|début|mi|année|l['’]année)[\s-]+{Y}(?!\s*(?:%|km|personnes|soldats|civils|hommes|femmes|enfants|combattants|militaires|dollars|euros|francs|abonnés)\b)", 0),
    ("year", r"(?<=\d{4}[-–]){Y}", 0),
    ("year", r"{Y}(?=[-–](?:19|20)\d{2})", 0),
    ("year_rel", r"l['’]an(?:née)?\s+(?:dernier|dernière|passé|passée)", -1),
    ("year_rel", r"cette\s+année", 0),
)

# Words that put a weekday in the past ("vendredi dernier"): the most recent such day
# strictly before publication; a weekday without them may be the publication day itself.
WEEKDAY_PAST = ("dernier", "passé")
# A weekday that names a custom, not a date: "la prière du vendredi", "la messe du dimanche",
# "chaque lundi", "vendredi saint".
WEEKDAY_NOT_DATE_AFTER = r"\s+(?:saint|noir)\b"
WEEKDAY_NOT_DATE_BEFORE = (
    r"(?:\b(?:prières?|messes?|cultes?|offices?|sermons?|marchés?|foires?)\s+du|\bchaque|\btous\s+les)\s+$"
)

# A date inside a name ("le Mouvement du 5 juin", "la coalition du 9 mars"): no date of an act.
DATE_IN_NAME_BEFORE = (
    r"\b(?:mouvement|coalition|front|alliance|révolution|revolution|soulèvement"
    r"|collectif|plateforme)\s+(?:du|de\s+la)\s+$"
)
# (French names put the noun first: nothing after the date makes it a name.)
DATE_IN_NAME_AFTER = r"(?!)"

# Verbs (lemmas) of a statement, update or claim (see lang/en/dates.py).
STATEMENT_VERBS: frozenset[str] = frozenset({
    "dire", "déclarer", "annoncer", "indiquer", "confirmer", "affirmer", "rapporter", "préciser",
    "ajouter", "revendiquer", "communiquer", "actualiser", "expliquer", "informer", "signaler",
    "révéler", "assurer",
})

# Parenthesised notes after a date: precision they imply.
NOTE_PRECISION: tuple[tuple[str, int], ...] = (
    (r"mois", 3),
    (r"semaine|entre|environ", 2),
)
NOTE_PATTERN = r"semaine\s+du\s[^()]{1,20}|mois\s+de\s[^()]{1,20}|entre\s[^()]{1,30}"

# Articles dropped before a part of a month, for reports in any language: none in French
# (a French part is looked up by its last word: "à la fin" -> "fin").
MONTH_PART_ARTICLES: tuple[str, ...] = ()
