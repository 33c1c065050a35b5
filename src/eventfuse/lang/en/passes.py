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
# Words right before an act word, and right after it, that tell it is another incident than
# the one already told ("in a separate attack", "another ambush"; French "une attaque distincte").
ANOTHER_BEFORE = ("another", "separate", "distinct", "different", "second")
ANOTHER_AFTER: tuple[str, ...] = ()

# Prepositions that make an act the time or cause of another matter ("the summit was postponed
# after the attack on the base"): an act named only there is not the report's news.
REFERENCE_PREPOSITIONS = (r"after", r"following", r"in\s+the\s+wake\s+of", r"in\s+response\s+to")
# Verbs that set the report's act after an earlier one ("the attack comes a month after the
# death of 40 soldiers", "it came as the army said the day before it had killed ten"): an act
# told after them, in that sentence, is a precedent recalled for context.
PRECEDENT_CUES = (
    r"(?:comes|came|coming)\s+(?:[\w'’-]+\s+){0,4}?(?:after|as|while|on\s+the\s+heels\s+of|just\s+days\s+after)",
    r"(?:follows|followed)\s+(?:on\s+)?(?:from\s+)?(?:[\w'’-]+\s+){0,3}?(?:an?|the|two|three|several)\s",
    # "... attacked Y, where 160 villagers had been killed in March 2019": a clause in the past
    # perfect that names a year recalls an earlier incident at the place
    r"where\s+(?:[\w'’-]+\s+){0,4}?had(?=\s[^.;!?]*?\b(?:19|20)\d\d\b)",
)
# Marks that open a photo caption of an earlier event ("FILE - Soldiers mourn ... Dec. 22"):
# the picture's act and date are not the report's (matched case-sensitively, at the start).
CAPTION_MARKS = (r"FILE\s*(?:PHOTO\s*)?[-–—:]", r"FILE\s+PHOTO\b")
# Words between a person's name and their nickname ("X alias Y"): names on either side
# are the person's, not places. Only after a capitalised name, so common words are safe.
NICKNAME_WORDS = ("alias", "aka", "a\\.k\\.a\\.", "also known as")
# Words right before a byline's date ("Published on 10 January 2020", "Written by X on ..."):
# the day the story was written, not the day of its acts.
BYLINE_BEFORE = (
    r"(?i:published|posted|updated)(?:\s+on)?\s*:?\s*",
    r"(?i:written)\s+by\s+[^\n,.;:]{2,40}?\s+on\s+",
)
# Determiners that make an act word generic ("any demonstration", "every attack").
ANY_DETERMINERS = ("any", "every", "all")
# Words that tell a killing as the finding of its victim ("was found dead", "his body was
# found"): a captive found killed may lie far from where the captors took them.
FOUND_WORDS = (r"found", r"discovered")
