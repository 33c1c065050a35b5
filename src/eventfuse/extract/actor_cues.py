"""Cue words around actors: suspected, claimed, affiliation, either-or and bracket cues,
compiled per language from ``lang/<code>/actors.py`` (language-blind ones from every language)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from types import ModuleType

from ..common.text import fold_keep_length
from ..errors import ConfigError
from ..lang import every, load
from ..records import Certainty
from ..taxonomy import NON_STATE_ARMED_INTERS
from .actor_names import ActorEntry
from .actor_trie import TrieNode, build_trie

# Word-list variables every ``lang/<lang>/actors.py`` defines.
LANG_VARIABLES: tuple[str, ...] = (
    "armed_group_words",
    "jihadist_words",
    "militia_words",
    "state_force_words",
    "police_words",
    "gendarmerie_words",
    "civilian_words",
    "protester_words",
    "rioter_words",
    "suspected_words",
    "suspected_after_words",
    "claimed_words",
    "claimed_by_words",
    "affiliation_words",
    "article_words",
)
MAX_CUE_GAP_WORDS = 3


@cache
def actor_words(lang: str) -> ModuleType:
    """The ``actors`` room of ``lang``, checked for every word list the table may name."""
    module = load(lang).actors
    missing = [name for name in LANG_VARIABLES if not hasattr(module, name)]
    if missing:
        raise ConfigError(
            f"eventfuse.lang.{lang}.actors lacks {', '.join(missing)}",
            hint="every lang/<lang>/actors.py defines the same variables",
        )
    return module


def _either(parts: Sequence[str]) -> str:
    return "|".join(parts) if parts else "(?!)"


# Words between two named groups that leave the attribution open ("JNIM and/or ISGS",
# "JNIM or ISGS", "ISWAP/Boko Haram", "le JNIM ou l'EIGS"); every language, as group names
# are matched in every language.
EITHER_OR_RE = re.compile(
    rf"^\s*(?:/|{_either(every('actors', 'EITHER_OR_JOINS'))})"
    rf"(?:\s+(?:{_either(every('actors', 'EITHER_OR_ARTICLES'))}))?\s*$"
)
# Between a generic noun and the group a bracket says it is (folded, lower-case text):
# "gunmen (", "'terrorists' (suspected to be ", "assaillants (presumes du "
BRACKET_IDENTITY_RE = re.compile(
    r"^[\s'\"”»’]*\(\s*"
    rf"(?:(?:{_either(every('actors', 'BRACKET_HEDGES'))})\s+)?"
    rf"(?:(?:{_either(every('actors', 'BRACKET_LINKS'))})\s+)?"
    rf"(?:(?:{_either(every('actors', 'BRACKET_TAGS'))})\s*)*$"
)


@dataclass(frozen=True, slots=True)
class LanguageMatcher:
    """Everything ``find_actors`` needs for one language, compiled once per table."""

    trie: TrieNode
    suspected_before: re.Pattern[str] | None
    suspected_after: re.Pattern[str] | None
    claimed: re.Pattern[str] | None
    claimed_by: re.Pattern[str] | None
    affiliation: re.Pattern[str] | None


@dataclass(frozen=True, slots=True)
class Found:
    start: int
    end: int
    entry: int
    # "JNIM and/or ISGS militants": the other group of an either-or attribution
    alternative: int | None = None


def build_matcher(entries: Sequence[ActorEntry], lang: str) -> LanguageMatcher:
    """Everything the matcher needs for reports in ``lang``."""
    words = actor_words(lang)
    return LanguageMatcher(
        trie=build_trie(entries, lang, words),
        suspected_before=cue_regex(words.suspected_words, before=True),
        suspected_after=cue_regex(words.suspected_after_words, before=False),
        claimed=cue_regex(words.claimed_words, before=None),
        claimed_by=cue_regex(words.claimed_by_words, before=None),
        affiliation=affiliation_regex(words.affiliation_words, words.article_words),
    )


def phrase_regex(phrases: Iterable[str]) -> str:
    """Alternation of phrases (longest first); each word may take a plural -s."""
    parts: list[str] = []
    for phrase in sorted({fold_keep_length(p).strip() for p in phrases}, key=len, reverse=True):
        words = [w for w in re.split(r"[\s\-]+", phrase) if w]
        pieces = []
        for word in words:
            piece = re.escape(word)
            if word[-1].isalpha():
                piece += "s?"
            pieces.append(piece)
        parts.append(r"[\s\-]+".join(pieces).replace(r"'[\s\-]+", r"'\s*"))
    return "|".join(parts)


def cue_regex(phrases: Iterable[str], *, before: bool | None) -> re.Pattern[str] | None:
    alternation = phrase_regex(phrases)
    if not alternation:
        return None
    if before is None:  # anywhere in a sentence
        return re.compile(rf"(?<![\w'])(?:{alternation})(?![\w])")
    if before:  # a cue, then at most a few words, then the actor
        gap = rf"(?:[\s\-]+[\w']+){{0,{MAX_CUE_GAP_WORDS}}}"
        return re.compile(rf"(?<![\w'])(?:{alternation})(?P<gap>{gap})[\s\-]*'?\s*$")
    return re.compile(rf"^\s*,?\s*(?:{alternation})(?![\w])")


def affiliation_regex(connectors: Iterable[str], articles: Iterable[str]) -> re.Pattern[str] | None:
    conn = phrase_regex(connectors)
    if not conn:
        return None
    art = phrase_regex(articles)
    sep = r"(?:(?<=')\s*|\s+)"
    article = rf"(?:(?:{art}){sep})?" if art else ""
    return re.compile(rf"^\s+(?:{conn}){sep}{article}$")


def sentence_bounds(lowered: str, start: int, end: int) -> tuple[int, int]:
    left = max(lowered.rfind(c, 0, start) for c in ".!?\n")
    rights = [i for c in ".!?\n" if (i := lowered.find(c, end)) != -1]
    return left + 1, (min(rights) if rights else len(lowered))


def certainty_of(
    item: Found,
    entry: ActorEntry,
    lowered: str,
    found: Sequence[Found],
    matcher: LanguageMatcher,
) -> Certainty:
    s_start, s_end = sentence_bounds(lowered, item.start, item.end)
    others = [f for f in found if f is not item]
    if matcher.suspected_before is not None:
        window_start = max(s_start, item.start - 120)
        cue = matcher.suspected_before.search(lowered, window_start, item.start)
        # A cue written after a noun ("présumés") that follows another actor and is followed
        # by a verb qualifies that actor ("des jihadistes présumés ont tué des villageois"),
        # not the next generic one; "assaillants, présumés jihadistes" and "soupçonnés
        # d'appartenir au JNIM" still mark what follows.
        if cue is not None and not any(
            (cue.start("gap") <= f.start and f.end <= item.start)
            or (
                entry.generic
                and cue.group("gap").strip()
                and f.end <= cue.start()
                and not lowered[f.end : cue.start()].strip(" ,")
                and matcher.suspected_after is not None
                and matcher.suspected_after.match(lowered[cue.start() : item.start])
            )
            for f in others
        ):
            return "suspected"
    if matcher.suspected_after is not None and matcher.suspected_after.match(
        lowered[item.end : s_end]
    ):
        return "suspected"
    if entry.inter not in NON_STATE_ARMED_INTERS:
        return "confirmed"
    in_sentence = [f for f in found if s_start <= f.start and f.end <= s_end]
    if matcher.claimed_by is not None:
        for cue in matcher.claimed_by.finditer(lowered, s_start, s_end):
            after = [f for f in in_sentence if f.start >= cue.end()]
            if after and after[0] is item and short_gap(lowered[cue.end() : item.start]):
                return "claimed"
    if matcher.claimed is not None:
        for cue in matcher.claimed.finditer(lowered, s_start, s_end):
            before = [f for f in in_sentence if f.end <= cue.start()]
            if before and before[-1] is item:
                return "claimed"
    return "confirmed"


def short_gap(gap: str) -> bool:
    return len(re.findall(r"[\w]+", gap)) <= 2
