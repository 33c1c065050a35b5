"""English words of the report-level passes and of dating an act (``eventfuse.extract.passes``
and ``eventfuse.extract.when``).

Each entry is a regular-expression fragment. Rules that read text of any language join the
lists of every language (English first).
"""

from __future__ import annotations

# Trigger words of an attack that may have only taken property ("attacked the village").
ATTACK_WORDS = ("attack", "raid", "storm", "assault", "incursion")

# "the 1998 murder", "their 2019 elections": determiners before a year that modifies a noun ...
YEAR_DETERMINERS = ("the", "a", "an", "its", "their", "his", "her", "this", "that")
# ... unless the year is followed by one of these ("the 1998 and 1999 elections").
YEAR_NOT_MODIFIER_AFTER = ("and", "or", "to")

# Determiners before an act word that point back to an act already told ("the attack").
BACK_DETERMINERS = ("the", "this", "that", "said")
# Auxiliaries of a tense that tells an act as earlier than the report's ("had attacked").
EARLIER_AUXILIARIES = ("had", "had been")

# Prepositions that make an act the time or cause of another matter ("the summit was postponed
# after the attack on the base"): an act named only there is not the report's news.
REFERENCE_PREPOSITIONS = (r"after", r"following", r"in\s+the\s+wake\s+of", r"in\s+response\s+to")
# Determiners that make an act word generic ("any demonstration", "every attack").
ANY_DETERMINERS = ("any", "every", "all")
# Words that tell a killing as the finding of its victim ("was found dead", "his body was
# found"): a captive found killed may lie far from where the captors took them.
FOUND_WORDS = (r"found", r"discovered")
