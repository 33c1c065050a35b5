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

REFERENCE_PREPOSITIONS = (
    r"après", r"au\s+lendemain\s+d(?:e|u|es|['’])", r"à\s+la\s+suite\s+d(?:e|u|es|['’])", r"suite\s+à",
    r"dans\s+la\s+foulée\s+d(?:e|u|es|['’])", r"en\s+réaction\s+à",
)
ANY_DETERMINERS = ("toute", "tout", "toutes", "tous", "chaque")
# Mots qui disent un meurtre par la découverte de la victime (« retrouvé mort », « son corps a
# été découvert ») : un otage retrouvé tué peut l'être loin du lieu de son enlèvement.
FOUND_WORDS = (r"retrouv", r"découvert")
