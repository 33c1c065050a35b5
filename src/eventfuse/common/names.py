"""Decide whether two written names refer to one person ("Aminata Traoré" ~ "Aminata Traore").

Shared by extraction (two victims of one report) and linking (victims across reports)."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

__all__ = ["TITLES", "canonical_person", "name_key", "same_person"]

TITLES = frozenset(
    {"mr", "mrs", "ms", "dr", "m", "mme", "mlle", "sheikh", "imam", "colonel", "general", "captain",
     "the", "le", "la", "mayor", "maire", "chief", "chef",
     # religious titles ("Father X", "le père X", "sœur Y")
     "father", "fr", "pere", "sister", "soeur", "sœur", "brother", "frere", "reverend", "rev", "pastor",
     "pasteur", "abbe", "mgr", "monseigneur", "cheikh"}
)


@lru_cache(maxsize=65536)
def name_key(name: str) -> tuple[str, ...]:
    """Tokens of a name without accents, case, punctuation or titles."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = "".join(c if c.isalnum() else " " for c in text)
    return tuple(t for t in text.split() if t not in TITLES and len(t) > 1)


def _token_match(a: str, b: str) -> bool:
    if a == b:
        return True
    if min(len(a), len(b)) < 4:
        return False
    # transliteration variants differ by one or two letters: Aminata/Aminatou, Oumar/Omar
    distance = Levenshtein.distance(a, b)
    return distance <= (1 if max(len(a), len(b)) < 6 else 2) and a[0] == b[0]


def same_person(a: str, b: str) -> bool:
    """True when the names agree: the family names match and any given names are compatible.

    A single name ("Traoré") matches a full name that ends with it; two full names need
    both the last token and the first token to match (allowing small spelling variants).
    """
    ka, kb = name_key(a), name_key(b)
    if not ka or not kb:
        return False
    if not _token_match(ka[-1], kb[-1]):
        return False
    if len(ka) == 1 or len(kb) == 1:
        return True
    return _token_match(ka[0], kb[0])


def canonical_person(names: list[str]) -> str:
    """The fullest, most frequent spelling among names that refer to one person."""
    counts: dict[str, int] = {}
    for n in names:
        counts[n] = counts.get(n, 0) + 1
    return max(counts, key=lambda n: (len(name_key(n)), counts[n], n))
