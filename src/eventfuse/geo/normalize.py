"""Normalised lookup keys for place names, and admin designations taken off them (shared by
the gazetteer builder, the user gazetteer and the resolver)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Letters that Unicode decomposition does not reduce to ASCII but that occur in Sahel names.
_LETTER_MAP = str.maketrans(
    {
        "ɛ": "e",
        "Ɛ": "e",
        "ɔ": "o",
        "Ɔ": "o",
        "ŋ": "n",
        "Ŋ": "n",
        "ɲ": "ny",
        "Ɲ": "ny",
        "ø": "o",
        "Ø": "o",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
        "ß": "ss",
        "ł": "l",
        "Ł": "l",
        "đ": "d",
        "Đ": "d",
        "ı": "i",
        "ɓ": "b",
        "ɗ": "d",
        "ƴ": "y",
        "ʼ": "'",
        "’": "'",
        "‘": "'",
        "`": "'",
        "´": "'",
        "ʻ": "'",
        "ʿ": "'",
        "ʾ": "'",
    }
)
_SEPARATORS = re.compile(r"[\s'\-‐‑‒–—_.,/()\[\]\"«»]+")


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """Return the lookup key of a place name.

    Case-folded, accents stripped, apostrophes, hyphens and punctuation turned into single
    spaces: ``name_key("Gourma-Rharous") == name_key("gourma rharous") == "gourma rharous"``,
    ``name_key("Ségou") == "segou"``, ``name_key("Cercle d’ Abeïbara") == "cercle d abeibara"``.
    """
    text = unicodedata.normalize("NFKD", name.translate(_LETTER_MAP))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.casefold().translate(_LETTER_MAP)
    return _SEPARATORS.sub(" ", text).strip()


_HYPHEN = re.compile(r"(?<=\w)[-‐‑](?=\w)")


def joined_form(name: str) -> str | None:
    """A hyphenated name written as one word, as the press often writes Sahel names
    ("I-n-Atès" → "InAtès", looked up as "Inatès"); None for a name without a
    hyphen between letters."""
    joined = _HYPHEN.sub("", name.strip())
    return joined if joined != name.strip() and len(joined) >= 4 else None


_LATIN_RANGES = ((0x0041, 0x024F), (0x0250, 0x02AF), (0x1E00, 0x1EFF))


def is_latin_name(name: str) -> bool:
    """True when every letter of ``name`` is a Latin-script letter (accented forms included)."""
    has_letter = False
    for ch in name:
        if ch.isalpha():
            has_letter = True
            code = ord(ch)
            if not any(lo <= code <= hi for lo, hi in _LATIN_RANGES):
                return False
    return has_letter


# Administrative designations written before or after an area's name.
_ADMIN_PREFIX = re.compile(
    r"^(?:Région|Region|Province|Département|Department|Cercle|Wilaya|Préfecture|"
    r"Prefecture|Moughataa|Arrondissement|District|Commune)\s+"
    r"(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|de\s+|d['’]\s*|of\s+(?:the\s+)?)",
    re.IGNORECASE,
)
_ADMIN_PREFIX_BARE = re.compile(
    r"^(?:Région|Region|Province|Département|Department|Cercle|Wilaya)\s+(?=[A-ZÀ-Ý])"
)
_ADMIN_SUFFIX = re.compile(
    r"\s+(?:Region|Région|Province|Department|Département|Cercle|Circle|Prefecture|"
    r"Préfecture|Wilaya|Moughataa|Governorate|State)$",
    re.IGNORECASE,
)
_CODE_LIKE = re.compile(r"^[A-Z0-9]{2,5}$")
_HAS_DIGIT = re.compile(r"\d")


def clean_admin_name(name: str) -> str:
    """Strip the administrative designation: "Cercle de Goundam" → "Goundam"."""
    cleaned = _ADMIN_PREFIX.sub("", name.strip())
    cleaned = _ADMIN_PREFIX_BARE.sub("", cleaned)
    cleaned = _ADMIN_SUFFIX.sub("", cleaned).strip()
    return cleaned or name.strip()


def usable_alternate(name: str) -> bool:
    """Alternate names worth indexing: Latin script, capitalised, not a code or a URL."""
    name = name.strip()
    if not 2 <= len(name) <= 60:
        return False
    if "http" in name or "www." in name or "/" in name or "@" in name:
        return False
    if _CODE_LIKE.match(name) or _HAS_DIGIT.search(name):
        return False
    if not any(ch.isupper() for ch in name):  # lower-case transliterations are mostly noise
        return False
    return is_latin_name(name)
