"""Accent folding, the one home of it: the variants differ in what they keep, not in taste.

- :func:`strip_accents`: NFKD, combining marks dropped; case, length and everything else as
  NFKD leaves it ("Ségou" -> "Segou", "ﬁ" -> "fi").
- :func:`unaccent_casefold`: accents stripped, then casefolded ("Ségou" -> "segou").
- :func:`casefold_unaccent`: casefolded, then accents stripped. It differs from the above for
  700 code points, none of them Latin (U+0000-024F), where NFKD gives a letter that
  casefolding would have changed: "ϒ" (U+03D2) -> "Υ" stays upper case here, and the Greek
  ypogegrammeni U+0345 folds to a plain iota that survives.
- :func:`fold_keep_length`: one character for one character, so that offsets into the folded
  text are offsets into the original: accents dropped where the base letter is one character,
  every apostrophe written as ``'`` and every dash as ``-``, lower case where that is one
  character too (matching words in report text while keeping evidence spans).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

__all__ = [
    "APOSTROPHES",
    "DASHES",
    "casefold_unaccent",
    "fold_char",
    "fold_keep_length",
    "lower_char",
    "strip_accents",
    "unaccent_casefold",
]

APOSTROPHES = frozenset("'’‘`´ʼʹʻʽʾʿ′＇")
DASHES = frozenset("‐‑‒–—―−")


def strip_accents(text: str) -> str:
    """``text`` in NFKD form without its combining marks (case kept; length may change)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def unaccent_casefold(text: str) -> str:
    """``text`` without accents, then casefolded: ``"Ségou"`` -> ``"segou"``."""
    return strip_accents(text).casefold()


def casefold_unaccent(text: str) -> str:
    """``text`` casefolded, then without accents (see the module docstring for the difference)."""
    return strip_accents(text.casefold())


@lru_cache(maxsize=4096)
def fold_char(char: str) -> str:
    """One character without accents; apostrophes become ``'`` and dashes ``-``; a character
    whose unaccented form is not one character stays as it is."""
    if char in APOSTROPHES:
        return "'"
    if char in DASHES:
        return "-"
    if char.isascii():
        return char
    base = "".join(c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c))
    return base if len(base) == 1 else char


@lru_cache(maxsize=4096)
def lower_char(char: str) -> str:
    """``char`` in lower case when that is one character, else ``char``."""
    lowered = char.lower()
    return lowered if len(lowered) == 1 else char


def fold_keep_length(text: str, *, lower: bool = True) -> str:
    """``text`` without accents, with one apostrophe and one dash, in lower case unless
    ``lower`` is false; always as long as ``text``, character for character."""
    folded = "".join(map(fold_char, text))
    return "".join(map(lower_char, folded)) if lower else folded
