"""Who is a victim and who is a source in each report of an event (for role conflicts).

Extraction gives each mention its named victims and each article its attributed sources;
this module adds what plain sentence shapes say about people's roles, so that fusion can
see a person who is the victim in one report and the source (or perpetrator) in another:

* sources: "according to NAME", "selon NAME", "NAME, <title>, said/told ..."
* victims: "NAME[, <title>,] was kidnapped/abducted/killed ..." in the mention's own sentence
  ("NAME a été enlevé ..." in French).

NAME is two to four capitalised words, so a lone word or a title is never read as a person.

Why here and not in extraction: a mention's ``victims`` take part in linking (reports naming
different victims are different acts). A rewrite that swaps who was kidnapped must still link
to the original, so that the swap is flagged as a role conflict on one event; reading these
passive-voice victims into ``Mention.victims`` split such events (tried: the seed abduction
went from one event of 4 source chains to two events and lost its role conflict).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache

from ..records import Article, Mention

_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’-]+"
NAME = rf"(?P<name>{_WORD}(?:\s+{_WORD}){{1,3}})"
APPOSITIVE = r"(?:\s*,[^.;,]{1,80}(?:,[^.;,]{1,60})?,)?"
SAY_VERBS = (
    r"said|says|told|reported|confirmed|stated|declared|explained|added|"
    r"a déclaré|a indiqué|a affirmé|a confirmé|a expliqué|a ajouté|déclare|indique|affirme"
)
HARM_VERBS = (
    r"kidnapped|abducted|seized|taken hostage|held hostage|killed|shot|executed|murdered|"
    r"assassinated|beheaded|injured|wounded|"
    r"enlevée?s?|kidnappée?s?|séquestrée?s?|tuée?s?|assassinée?s?|exécutée?s?|blessée?s?|abattue?s?"
)
SOURCE_PATTERNS = (
    re.compile(rf"\b(?:[Aa]ccording to|[Ss]elon|[Dd]'après|[Dd]’après)\s+(?:the\s+|le\s+|la\s+)?{NAME}"),
    re.compile(rf"{NAME}{APPOSITIVE}\s+(?:{SAY_VERBS})\b"),
)
VICTIM_PATTERN = re.compile(
    rf"{NAME}{APPOSITIVE}\s+(?:was|has been|had been|is|were|a été|avait été|aurait été)\s+"
    rf"(?:\w+\s+)?(?:{HARM_VERBS})\b"
)


def _names(pattern: re.Pattern[str], text: str) -> list[str]:
    return [m.group("name").strip() for m in pattern.finditer(text)]


@lru_cache(maxsize=4096)
def sources_in_text(text: str) -> frozenset[str]:
    """Persons a text names as the source of its information."""
    return frozenset(n for p in SOURCE_PATTERNS for n in _names(p, text))


@lru_cache(maxsize=16384)
def victims_in_sentence(sentence: str) -> tuple[str, ...]:
    """Persons a sentence says were kidnapped, killed or hurt (passive voice)."""
    return tuple(dict.fromkeys(_names(VICTIM_PATTERN, sentence)))


def mention_victims(m: Mention) -> tuple[str, ...]:
    """The mention's named victims, plus those its own sentence names in the passive."""
    return tuple(dict.fromkeys((*m.victims, *victims_in_sentence(m.sentence.quote))))


def article_source_names(
    mentions: Sequence[Mention], articles: Mapping[str, Article], extracted: Mapping[str, Iterable[str]]
) -> dict[str, frozenset[str]]:
    """Every article's cited sources: those extracted plus those its text attributes."""
    out: dict[str, set[str]] = {a: set(names) for a, names in extracted.items()}
    for aid in {m.article for m in mentions}:
        art = articles.get(aid)
        if art is not None:
            out.setdefault(aid, set()).update(sources_in_text(art.text))
    return {a: frozenset(v) for a, v in out.items() if v}
