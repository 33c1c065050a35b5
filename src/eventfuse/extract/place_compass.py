"""A compass part of a named place is not a place of that name.

"dans le Nord-Ouest du Burkina Faso", "in the North-West of Niger": the capitalised direction is
a part of the country (or region) named after it, not the admin area called Nord or North-West
that some countries have; "la région du Nord-Ouest" (an admin word before it) stays a place.
The words come from ``lang/<code>/places.py`` (``DIRECTIONS``, ``COMPASS_OF_AFTER``,
``COMPASS_ADMIN_BEFORE``).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .languages import own_or_reference

__all__ = ["compass_part"]

_WINDOW = 40


def _folded(name: str) -> str:
    bare = unicodedata.normalize("NFKD", name.casefold())
    return "".join(ch for ch in bare if ch.isalpha())


@lru_cache(maxsize=8)
def _words(lang: str) -> tuple[frozenset[str], re.Pattern[str], re.Pattern[str]]:
    lex = own_or_reference(lang).places
    keys = frozenset(_folded(word) for word in lex.DIRECTIONS)
    return keys, re.compile(lex.COMPASS_OF_AFTER), re.compile(lex.COMPASS_ADMIN_BEFORE, re.IGNORECASE)


def compass_part(text: str, start: int, end: int, lang: str) -> bool:
    """True when ``text[start:end]`` is a compass direction followed by "of <a name>" ("le
    Nord-Ouest du Burkina") and no admin word ("la région du") comes before it."""
    keys, after, admin_before = _words(lang)
    if _folded(text[start:end]) not in keys:
        return False
    if after.match(text, end, min(len(text), end + _WINDOW)) is None:
        return False
    return admin_before.search(text, max(0, start - _WINDOW), start) is None
