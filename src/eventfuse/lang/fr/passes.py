"""French words of the report-level passes and of dating an act; see ``lang/en/passes.py`` for
what each list is for."""

from __future__ import annotations

ATTACK_WORDS = ("attaqu", "assaut", "incursion")

YEAR_DETERMINERS: tuple[str, ...] = ()
YEAR_NOT_MODIFIER_AFTER: tuple[str, ...] = ()

# Determiners before an act word that point back to an act already told ("the attack").
BACK_DETERMINERS = ("l'", "l’", "le", "la", "cette", "cet", "ce", "ladite", "ledit")
# Auxiliaries of a tense that tells an act as earlier than the report's ("had attacked").
EARLIER_AUXILIARIES = ("avait", "avaient", "avait été", "avaient été")
# Mots juste avant et juste après un mot d'acte qui en font un autre incident que celui déjà
# raconté (« une autre embuscade », « une attaque distincte », « une seconde attaque »).
ANOTHER_BEFORE = ("autre", "seconde", "second", "deuxième")
ANOTHER_AFTER = ("distincte", "distinct", "distinctes", "distincts", "séparée", "séparé", "séparées", "séparés")

REFERENCE_PREPOSITIONS = (
    r"après", r"au\s+lendemain\s+d(?:e|u|es|['’])", r"à\s+la\s+suite\s+d(?:e|u|es|['’])", r"suite\s+à",
    r"dans\s+la\s+foulée\s+d(?:e|u|es|['’])", r"en\s+réaction\s+à",
)
# "l'attaque intervient un mois après la mort de 40 soldats", "elle survient alors que l'armée a
# annoncé la veille ..." (see lang/en/passes.py)
PRECEDENT_CUES = (
    (r"(?:intervient|intervenait|survient|survenait|est\s+survenue?)\s+(?:[\w'’-]+\s+){0,4}?"
     r"(?:après|alors\s+que|au\s+lendemain\s+d|quelques\s+jours\s+après)"),
    r"(?:fait|faisait)\s+suite\s+à",
    # « ... à Y, où 160 villageois avaient été tués en mars 2019 » : une relative au
    # plus-que-parfait qui nomme une année rappelle un incident antérieur au même lieu
    r"où\s+(?:[\w'’-]+\s+){0,4}?(?:avait|avaient)(?=\s[^.;!?]*?\b(?:19|20)\d\d\b)",
)
# Words between a person's name and their nickname ("X alias Y"): names on either side
# are the person's, not places. Only after a capitalised name, so common words are safe.
NICKNAME_WORDS = ("alias", "dit", "dite", "surnommé", "surnommée")
BYLINE_BEFORE = (
    r"(?i:publié|mis\s+à\s+jour|mise\s+à\s+jour)(?:\s+le)?\s*:?\s*",
    r"(?i:rédigé|écrit)\s+par\s+[^\n,.;:]{2,40}?\s+le\s+",
)
CAPTION_MARKS = (r"(?:PHOTO\s+D['’])?ARCHIVES?\s*[-–—:]", r"(?:\(|\[)?(?:[Pp]hoto|PHOTO)\s+d['’]archives?\b")
ANY_DETERMINERS = ("toute", "tout", "toutes", "tous", "chaque")
# Mots qui disent un meurtre par la découverte de la victime (« retrouvé mort », « son corps a
# été découvert ») : un otage retrouvé tué peut l'être loin du lieu de son enlèvement.
FOUND_WORDS = (r"retrouv", r"découvert")
