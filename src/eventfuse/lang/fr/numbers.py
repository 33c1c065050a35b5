"""French number words, vague amounts, qualifiers, units and the words that give a count its role."""

from __future__ import annotations

# Cardinal number words that text2num reads ("vingt-trois", "quatre-vingt-dix", "deux cent mille").
NUMBER_WORDS: tuple[str, ...] = (
    "zéro", "un", "une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf",
    "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "vingt", "vingts",
    "trente", "quarante", "cinquante", "soixante", "cent", "cents", "mille", "million",
    "millions", "milliard", "milliards",
)
# Words joining number words inside one number.
NUMBER_JOINER = r"(?:\s*-\s*|\s+et\s+|-et-|\s+)"
# An article that stands for "one" before a scale word (none needed: "un million" reads).
ARTICLE_ONE: frozenset[str] = frozenset()
# Number words that alone are not a quantity: the articles "un", "une".
LONE_NOT_NUMBER: frozenset[str] = frozenset({"un", "une"})
# Text right before a number word that makes it no number.
NOT_NUMBER_BEFORE = r"(?!)"

# Scale words after a number: "1,5 million", "5 millions", "10 milliards".
SCALES: dict[str, float] = {
    "mille": 1e3, "million": 1e6, "millions": 1e6,
    "milliard": 1e9, "milliards": 1e9, "md": 1e9, "mds": 1e9, "m": 1e6, "k": 1e3,
}
DECIMAL_COMMA = True

# Vague amounts: (pattern, value, qualifier). ACLED: "des dizaines" = 12 (as "dozens"),
# "des centaines" = 100; "plusieurs" / "quelques" have no ACLED figure: 3, approx.
VAGUE: tuple[tuple[str, float, str], ...] = (
    (r"des\s+dizaines\s+de\s+milliers", 10_000, "at_least"),
    (r"des\s+centaines\s+de\s+milliers", 100_000, "at_least"),
    (r"(?:plusieurs|quelques)\s+dizaines", 12, "at_least"),
    (r"(?:plusieurs|quelques)\s+centaines", 100, "at_least"),
    (r"(?:plusieurs|quelques)\s+milliers", 1_000, "at_least"),
    (r"des\s+dizaines", 12, "at_least"),
    (r"des\s+centaines", 100, "at_least"),
    (r"des\s+milliers", 1_000, "at_least"),
    (r"des\s+millions", 1_000_000, "at_least"),
    (r"(?:une|la)\s+huitaine", 8, "approx"),
    (r"(?:une|la)\s+dizaine", 10, "approx"),
    (r"(?:une|la)\s+douzaine", 12, "approx"),
    (r"(?:une|la)\s+quinzaine", 15, "approx"),
    (r"(?:une|la)\s+vingtaine", 20, "approx"),
    (r"(?:une|la)\s+trentaine", 30, "approx"),
    (r"(?:une|la)\s+quarantaine", 40, "approx"),
    (r"(?:une|la)\s+cinquantaine", 50, "approx"),
    (r"(?:une|la)\s+soixantaine", 60, "approx"),
    (r"(?:une|la)\s+centaine", 100, "approx"),
    (r"(?:un|le)\s+millier", 1_000, "approx"),
    (r"plusieurs", 3, "approx"),
    (r"quelques", 3, "approx"),
)

# Qualifiers written before a number (pattern, qualifier); longest match wins.
QUALIFIERS_BEFORE: tuple[tuple[str, str], ...] = (
    ((r"plus\s+de|plus\s+d['’]|au\s+moins|pas\s+moins\s+de|pas\s+moins\s+d['’]|au\s+minimum|"
     r"un\s+peu\s+plus\s+de|un\s+peu\s+plus\s+d['’]|bien\s+plus\s+de"), "at_least"),
    ((r"jusqu['’]à|moins\s+de|moins\s+d['’]|au\s+plus|au\s+maximum|pas\s+plus\s+de|"
     r"un\s+peu\s+moins\s+de|un\s+peu\s+moins\s+d['’]"), "at_most"),
    ((r"environ|près\s+de|près\s+d['’]|quelque|autour\s+de|approximativement|à\s+peu\s+près|"
     r"presque|quasiment|pratiquement|aux\s+alentours\s+de|une\s+estimation\s+de|~"), "approx"),
)
# Qualifiers written after a number.
QUALIFIERS_AFTER: tuple[tuple[str, str], ...] = (
    (r"\s*\+|\s+ou\s+plus|\s+et\s+plus", "at_least"),
    (r"\s+environ", "approx"),
)

# Ranges: "10 à 15", "10-15", "deux ou trois"; "entre 10 et 15", "de 10 à 15".
RANGE_JOIN = r"(?:\s*[-–—]\s*|\s+à\s+|\s+ou\s+)"
RANGE_OPEN = r"(?:entre|de|d['’])\s*"
RANGE_OPEN_JOIN = r"(?:\s+et\s+|\s+à\s+|\s*[-–—]\s*)"

# Currencies written before a number ("$5m", "€2 millions") and after it ("5 millions de dollars").
CURRENCY_BEFORE: tuple[tuple[str, str], ...] = (
    (r"US\s?\$|\$|USD\s?", "USD"),
    (r"€|EUR\s?", "EUR"),
    (r"£|GBP\s?", "GBP"),
    (r"F?CFA\s?|XOF\s?", "XOF"),
)
CURRENCY_AFTER: tuple[tuple[str, str], ...] = (
    (r"dollars?(?:\s+américains|\s+US)?|USD|US\$|\$", "USD"),
    (r"euros?|EUR|€", "EUR"),
    (r"francs?\s+CFA|F\s?CFA|FCFA|XOF|CFA|francs?", "XOF"),
    (r"livres?\s+sterling|GBP|£", "GBP"),
)
CURRENCY_LINK = r"\s*(?:de\s+|d['’]\s*)?"

# Units right after a number: (pattern, unit, kind). Order matters: first match wins.
UNITS: tuple[tuple[str, str | None, str], ...] = (
    (r"\s*(?:km|kms|kilom[èe]tres?)\b", "km", "distance"),
    (r"\s*(?:miles?)\b", "mi", "distance"),
    (r"\s+(?:m|m[èe]tres?)\b|(?:m|m[èe]tres?)\b(?=\s+(?:de|du|au|à)\b)", "m", "distance"),
    (r"\s*(?:%|pour\s*cent\b|pourcent\b)", "%", "percent"),
    (r"\s+(?:abonnés|followers|fans)\b", None, "followers"),
    (r"\s+(?:jours?)\b", "day", "duration"),
    (r"\s+(?:semaines?)\b", "week", "duration"),
    (r"\s+(?:mois)\b", "month", "duration"),
    (r"\s+(?:ans|années?|an)\b|\s+d['’]\s*années?\b|\s+d['’]\s*ans\b", "year", "duration"),
    (r"\s+(?:heures?)\b", "hour", "duration"),
    (r"\s+(?:minutes?)\b", "minute", "duration"),
)
# Text right before a number that makes it an age ("âgé de 25 ans", "âgée d'une vingtaine").
AGE_BEFORE = r"\bâgée?s?\s+(?:de\s*|d['’]\s*)?$"
# Before "N ans": a noun + "de" ("une femme de 25 ans") or a comma (", 25 ans,") makes an age.
AGE_YEARS_BEFORE = (
    r"(?:\b(?!plus\b|moins\b|près\b|depuis\b|pendant\b|durant\b|après\b|avant\b|peine\b)"
    r"[a-zàâçéèêëîïôûùüÿœ]+\s+(?:de|d['’])\s*|,\s*)$"
)
# "dans la vingtaine", "la trentaine": (pattern with group dec or decw)
AGE_DECADE = (
    r"\bdans\s+(?:la\s+|sa\s+|leur\s+)?(?:(?P<dec>[1-9]0)aine|"
    r"(?P<decw>vingtaine|trentaine|quarantaine|cinquantaine|soixantaine))\b"
)
DECADE_WORDS: dict[str, int] = {
    "vingtaine": 20, "trentaine": 30, "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60,
}

# Times of day and other numbers that are not quantities.
NOT_QUANTITY = (
    r"\b\d{1,2}\s*h\s*\d{0,2}\b|\b\d{1,2}:\d{2}\b|\b(?:à|vers)\s+\d{1,2}\s+heures?"
    r"|\b(?:n°|no\.|numéro)\s*\d+|\b\d+(?:er|re|e|ème|eme)\b"
)

# ---- the role of a count in its sentence (fatalities, injured, victims)

DEATH_WORDS = (
    r"tu[ée]e?s?|tuant|morts?|mortes?|décès|décéd[éeè]e?s?|ont\s+péri|a\s+péri|périssent|péri|"
    r"sans\s+vie|corps|cadavres|dépouilles|perdu\s+la\s+vie|exécutée?s?|abattue?s?|"
    r"assassinée?s?|massacrée?s?|égorgée?s?|victimes\s+mortelles|neutralisée?s?|"
    r"pertes\s+en\s+vies?\s+humaines?"
)
# Phrases before a number that make it a death toll ("le bilan s'élève à 12").
DEATH_BEFORE = (
    r"bilan(?:\s+(?:provisoire|officiel|définitif|humain|macabre))?(?:\s+(?:est|était|s['’]élève|"
    r"fait\s+état|atteint|passe))?|coûté\s+la\s+vie\s+(?:à|de)|la\s+vie\s+(?:à|de)|"
    r"tuant|tué|ont\s+tué|a\s+tué|exécuté|exécutant|abattu|abattant|massacré|massacrant|"
    r"égorgé|égorgeant|ont\s+égorgé|a\s+égorgé|"
    r"corps\s+(?:sans\s+vie\s+)?de|cadavres\s+de|neutralisé|neutralisant|"
    r"caus(?:é|ée|ant|er)\s+la\s+mort\s+(?:de|d['’])|"
    # « le bilan de l'attaque de jeudi s'est alourdi à 89 »
    r"bilan\b[^.;:\d]{0,80}?\b(?:s['’]est\s+alourdi|s['’]alourdit|est\s+passé|passe|s['’]élève|atteint)\s+à|"
    r"(?:tué|neutralisé)e?s\s+(?:est|a\s+été|serait)\s+(?:estimé|évalué|porté)\s+à|"
    r"(?:morts|décès)(?=\s+(?:de|entre|à)\b|\s*$)"
)
INJURY_WORDS = r"blessée?s?|blessant|blessures?|hospitalisée?s?"
VICTIM_WORDS = (
    r"enlevée?s?|enlevant|enlèvements?|kidnappée?s?|kidnappant|kidnapping|pris\s+en\s+otage|"
    r"prises\s+en\s+otage|otages?|arrêtée?s?|interpellée?s?|détenue?s?|capturée?s?|"
    r"séquestrée?s?|rapts?|emmenée?s?"
)
MISSING_WORDS = r"disparue?s?|portée?s?\s+disparue?s?"
# Words that end the stretch in which a count and its role word are read together.
BREAK_WORDS = r"et|ou|mais|tandis|alors|ainsi\s+que"
# A count introduced by these is part of an earlier count ("12 morts, dont 3 enfants").
SUBSET_BEFORE = r"dont|parmi\s+les\s+(?:morts|victimes|tués)|parmi\s+eux|parmi\s+elles|parmi\s+lesquels|parmi\s+lesquelles|y\s+compris|notamment"
# Between two tolls, these words mean competing reports rather than a sum.
CONTRAST_WORDS = (
    r"selon|tandis|alors\s+que|mais|d['’]autres\s+sources|affirme|affirment|affirmé|indique|"
    r"indiquent|indiqué|estime|estiment|avancent|avance|initialement|ensuite|puis|revu|passé"
)
COORDINATION = r"et|ainsi\s+que|plus|,"
# No one died.
ZERO_FATALITIES = (
    r"\baucune?\s+(?:victime|mort|perte(?:\s+en\s+vies?\s+humaines?)?|décès)\b"
    r"|\bpas\s+de\s+(?:victimes?|morts?|pertes(?:\s+en\s+vies?\s+humaines?)?)\b"
    r"|\bsans\s+(?:faire\s+de\s+|causer\s+de\s+|faire\s+|causer\s+)?(?:victimes?|morts?|pertes)\b"
    r"|\bpersonne\s+n['’]a\s+été\s+(?:tué|blessé|touché)"
    r"|\bni\s+morts?\s+ni\s+blessés?\b"
    r"|\bpas\s+(?:un\s+seul|de)\s+mort\b"
    # « aucun soldat n'a été tué », « aucune des victimes n'est morte »
    r"|\baucune?\s+(?:des\s+)?(?:[a-zà-ÿ][\w'-]*\s+){1,2}n['’](?:a|ont)\s+été\s+(?:tuée?s?|blessée?s?|touchée?s?)"
    r"|\baucune?\s+(?:des\s+)?(?:[a-zà-ÿ][\w'-]*\s+){1,2}n['’](?:est|sont)\s+morte?s?\b"
)
# Un groupe saisi puis tué : « ont arrêté neuf hommes … et les ont exécutés ».
CAPTURE_BEFORE = (
    r"(?:arrêtée?s?|enlevée?s?|kidnappée?s?|interpellée?s?|capturée?s?|emmenée?s?|raflée?s?)"
    r"\s+(?:[\w'’-]+\s+){0,2}$"
)
KILL_THEM_AFTER = (
    r"^[^.;]{0,120}?\b(?:et|puis|avant\s+de|,)\s+(?:\w+\s+){0,2}les\s+(?:ont|a|avaient|avait)\s+"
    r"(?:\w+\s+)?(?:exécutée?s|tuée?s|abattue?s|égorgée?s|massacrée?s)\b"
    r"|^[^.;]{0,120}?\b(?:et|puis|avant\s+de|,)\s+(?:les\s+)?(?:exécuter|tuer|abattre|égorger)\b"
)
# One victim killed, no number written ("a été tué", "abattu", "l'a exécutée").
SINGLE_FATALITY = (
    r"\ba\s+été\s+(?:(?!pas\b|jamais\b)\w+\s+)?(?:tuée?|abattue?|exécutée?|assassinée?|égorgée?|"
    r"lynchée?|retrouvée?\s+morte?|retrouvée?\s+sans\s+vie|décapitée?)\b"
    r"|\best\s+(?:morte?|décédée?)\b"
    r"|\ba\s+(?:succombé|péri|perdu\s+la\s+vie)\b"
    r"|\bretrouvée?\s+(?:morte?|sans\s+vie)\b"
    r"|\bl['’](?:ont|a|avaient|avait)\s+(?:tuée?|abattue?|exécutée?|assassinée?|égorgée?)\b"
    r"|\b(?:tuant|abattant|exécutant|tué|abattu|exécuté|assassiné)\s+(?:un|une|le|la|l['’])(?!\w)"
    r"|\bun\s+\w+\s+(?:a\s+été\s+)?(?:tué|abattu)\b"
    r"|\bune\s+\w+\s+(?:a\s+été\s+)?(?:tuée|abattue)\b"
)

# ---- comment un rapport code son propre bilan (notes de style ACLED)

# « Bilan inconnu codé à 10 », « les victimes sont codées comme 4 » ; le groupe ``unknown``
# marque un chiffre qui tient lieu d'une part inconnue du bilan.
CODED_TOLL = (
    r"\b(?:bilan|victimes|morts|décès)\s+(?:(?P<unknown>inconnus?|indéterminés?|non\s+confirmés?)\s+)?"
    r"(?:est\s+|sont\s+|a\s+été\s+|ont\s+été\s+)?(?:codée?s?|comptée?s?|enregistrée?s?)\s+"
    r"(?:comme\s+|à\s+|en\s+tant\s+que\s+)(?P<n>\d+|[a-zé]+(?:-[a-zé]+)*)\b"
)
# « Le bilan est réparti sur trois événements », « 8 morts répartis entre 3 événements ».
SPLIT_TOLL = (
    r"(?:\b(?P<total>\d+|[a-zé]+)\s+(?:morts|victimes|décès|tués)\s+(?:sont\s+)?)?"
    r"\b(?:répartie?s?|divisée?s?|partagée?s?|ventilée?s?)\s+(?:également\s+)?"
    r"(?:entre|sur|en)\s+(?:les\s+)?\(?(?P<n>\d+|[a-zé]+)\)?\s+"
    r"(?:événements|évènements|jours|incidents|localités|lieux|attaques|villages)\b"
)

# ---- victimes énumérées une à une (« tué un chauffeur et son fils », « deux hommes et une
# femme ont été tués »)

LIST_KILL_BEFORE = (
    r"(?:ont\s+tué|a\s+tué|avaient\s+tué|tuant|abattant\s+par\s+balles|ont\s+exécuté|a\s+exécuté|exécutant|ont\s+abattu|"
    r"a\s+abattu|abattant|ont\s+assassiné|a\s+assassiné|causant\s+la\s+mort\s+d['’]?e?)"
)
LIST_KILL_AFTER = (
    r"(?:ont\s+été|a\s+été|sont|est)\s+(?:\w+\s+)?(?:tuée?s?|abattue?s?|exécutée?s?|assassinée?s?|"
    r"retrouvée?s?\s+morte?s?|neutralisée?s?)\b|(?:sont\s+morte?s|ont\s+péri|ont\s+perdu\s+la\s+vie)\b"
)
LIST_DETERMINER = (
    r"un|une|le|la|l['’]|son|sa|ses|leur|un\s+autre|une\s+autre|\d+|" + "|".join(NUMBER_WORDS[3:22])
)
LIST_SINGULAR = r"un|une|le|la|l['’]|son|sa|leur|un\s+autre|une\s+autre"
LIST_END = (
    r"à|au|aux|près|dans|entre|pendant|lors|depuis|alors|lorsque|quand|qui|que|dont|par|sur|vers|"
    r"avec|pour|et\s+(?:blessé|enlevé|emporté|incendié|pillé|volé|détruit)|blessant|enlevant|incendiant"
)
LIST_PAIR = r"couple|paire"
ANIMAL_WORDS = (
    r"chevaux|cheval|ânes?|bétail|bovins|vaches?|moutons?|chèvres?|chameaux|dromadaires|animaux|"
    r"têtes\s+de\s+bétail|bœufs?|boeufs?|chiens?|mulets?"
)
# L'animal est le nom de tête ; après un nombre, il vient aussitôt (« trente têtes de bétail »,
# mais pas « deux marchands de bétail »).
ANIMAL_HEAD = r"^\W*\S+\s+(?:[a-zé]+aines?\s+|têtes\s+)?(?:de\s+|d['’]\s*)?(?:{ANIMALS})(?!\w)"
ANIMALS_AFTER = r"\s+(?:de\s+|d['’]\s*)?(?:{ANIMALS})(?!\w)"
UNVERIFIED = (
    r"\bnon\s+confirmée?s?\b|\bnon\s+vérifiée?s?\b|n['’]a\s+pas\s+pu\s+être\s+(?:vérifiée?|confirmée?)"
    r"|invérifiables?"
)
LIST_SEPARATOR = r"\s*,\s*(?:et\s+)?|\s+et\s+|\s+ainsi\s+que\s+"
LIST_NOT_ITEM = r"\b(?:a|ont|est|sont|été|avait|avaient|blessure)\b"

# ---- de quel camp sont les morts d'un bilan : ACLED additionne les bilans des différents camps
# et garde pour chacun le chiffre le plus prudent
SIDES: tuple[tuple[str, str], ...] = (
    ("state", (r"soldats?|militaires?|gendarmes?|gardes?|policiers?|agents|douaniers?|casques\s+bleus|"
               r"membres\s+des\s+forces\s+(?:de\s+l['’]ordre|de\s+(?:défense|sécurité)|armées)")),
    ("armed", (r"militants?|combattants?|jihadistes?|djihadistes?|terroristes?|assaillants?|"
              r"insurgés?|rebelles?|kamikazes?|cadres?|chefs?|hommes\s+armés|ses\s+rangs")),
    ("militia", r"miliciens?|chasseurs|membres\s+(?:de\s+la|d['’]une)\s+milice"),
    ("civilians", (r"civils?|personnes|villageois|habitants|femmes|enfants|hommes|éleveurs?|"
                  r"cultivateurs?|agriculteurs?|commerçants?|passagers?|fidèles|élèves|famille")),
)
# "le nombre d'assaillants tués est estimé à 40": the side is named before the toll.
SIDE_BEFORE = r"\bnombre\s+(?:de\s+|d['’])"
TOLL_ELSEWHERE = r"codée?s?\s+séparément|\bdémenti|\bnié\b|\bréfuté"
TOLL_UPDATE = (
    r"\bportant\s+(?:à\s+\S+\s+)?(?:le\s+)?(?:bilan|nombre|total)|\bbilan\s+(?:est\s+)?passé\s+à|\bs['’]alourdi"
    r"|\b(?:nouveau|dernier)\s+bilan\b|\bbilan\s+(?:actualisé|révisé|réactualisé)|\brevu\w*\s+à\s+la\s+hausse|\brevoir\s+à\s+la\s+hausse"
)
# A toll told in the pluperfect next to a year is an earlier incident's ("où quatre soldats
# avaient péri en 2017", "celle qui avait fait 12 morts ... en décembre 2016").
TOLL_RECALLED_AUX = r"\bavai(?:en)?t\b|\bétai(?:en)?t\b"
# Un temps antérieur à l'incident du rapport (« le mois dernier », « il y a deux ans ») : un bilan
# au plus-que-parfait à côté, ou le bilan d'un acte qu'il date (« un raid le mois dernier qui a
# tué 71 »), est celui d'un incident antérieur.
TOLL_RECALLED_TIME = (
    r"\b(?:(?:le|du)\s+mois|(?:la|de\s+la)\s+semaine|(?:de\s+)?l['’]an|(?:de\s+)?l['’]année)\s+"
    r"(?:dernier|dernière|passée?|précédente?)\b"
    r"|\b(?:un|une|deux|trois|quatre|cinq|six|plusieurs|quelques|\d+)\s+(?:semaines?|mois|ans|années?)\s+"
    r"(?:plus\s+tôt|auparavant|avant|après)\b"
    r"|\bil\s+y\s+a\s+(?:un|une|deux|trois|quatre|cinq|six|plusieurs|quelques|\d+)\s+(?:semaines?|mois|ans|années?)\b"
    r"|\b(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\s+dernier\b"
)
# Le relatif entre ce temps et le bilan de l'acte qu'il date.
TOLL_RECALLED_RELATIVE = r"\b(?:qui|lequel|laquelle|ayant)\b"
# Un bilan donné comme provisoire (« un bilan provisoire de 21 morts ») : les morts sont au moins
# autant, il ne plafonne pas le décompte plus tardif ou plus complet d'un autre rapport.
# Un bilan cumulé sur plusieurs jours ou depuis une date (« depuis janvier », « en deux jours »,
# « les 10 et 11 juillet ») : ACLED le répartit entre les événements des jours, il ne tient pas
# lieu du bilan d'un jour quand un autre rapport en donne un.
TOLL_CUMULATIVE = (
    r"\bdepuis\s+(?:le\s+début\s+(?:de\s+l['’]année|du\s+mois|de\s+\w+)|janvier|février|mars|avril|mai|juin|"
    r"juillet|août|septembre|octobre|novembre|décembre|\d{4})\b"
    r"|\b(?:en|sur|durant|pendant)\s+(?:les\s+)?(?:deux|trois|quatre|cinq|six|sept|plusieurs|\d+)\s+(?:derniers\s+)?jours\b"
    r"|\b\d{1,2}(?:er)?\s+(?:et|au)\s+\d{1,2}\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|"
    r"octobre|novembre|décembre)\b"
)
# Words right after a toll that count everyone, not one side (« 12 personnes tuées » compte tout le monde).
TOLL_EVERYONE = r"\s*(?:personnes|individus|morts|décès|victimes)\b"
# Où sont morts ceux d'un décompte, juste après lui (« quatre assaillants ont été tués à
# l'ambassade ») : les décomptes d'un camp en deux lieux s'ajoutent, ils ne rivalisent pas.
COUNT_SITE = (
    r"[^.;:,]{0,60}?(?:\bà\s+l['’]|\bà\s+la\s+|\bau\s+|\baux\s+)"
    r"(?!cours\b|moins\b|plus\b|total\b|lendemain\b|terme\b|bout\b|début\b|fil\b|nombre\b|sein\b|issue\b|moment\b)"
    r"(?P<site>[\w'’-]+(?:\s+(?!et\b|ou\b|par\b|le\b|en\b)[\w'’-]+)?)"
)
# Avant un décompte, les mots qui en font le décompte entier d'un camp (« tous les huit assaillants »).
SIDE_TOTAL_BEFORE = r"\btou(?:s|tes)\s+les|\bau\s+total,?|\bun\s+total\s+de"
TOLL_PROVISIONAL = r"\bprovisoires?\b|\btemporaires?\b|\bprovisoirement\b|\bpour\s+l['’]instant\b|\bà\s+ce\s+stade\b"
TOLL_EARLIER = (
    r"\b(?:premier|précédent)\s+bilan\b|\bbilan\s+(?:initial|précédent)\b|\bavant\s+de\s+le\s+revoir"
)
TOLL_CLAIM = r"\brevendiqu\w*|\baffirm\w*\s+avoir\s+(?:tué|\W?\s?neutralisé)"
TOLL_OWN_LOSS = r"\breconn\w*|\badmis\b|\bdans\s+ses\s+rangs\b|\bperdu\s+\w+\s+(?:combattants|hommes|membres)\b"

# Unit words that make a quantity even when glued to the digits ("10km"); every language's
# are used whatever the language of the report.
GLUED_UNITS: frozenset[str] = frozenset({"km", "m"})
# French writes "cent", "mille" without an article (``ARTICLE_ONE`` is empty), so no scale
# word takes one and no article stands for a number.
ARTICLE_SCALES: frozenset[str] = frozenset()
ARTICLE_ONE_AS = "un"
