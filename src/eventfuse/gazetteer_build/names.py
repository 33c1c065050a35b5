"""Name forms the gazetteer build adds: "St." for "Saint", "Co." for "County", an admin
area's name without its designation ("Orange County" → "Orange")."""

from __future__ import annotations

import re

# Leading words that English writes both in full and shortened: "Saint Cloud" / "St. Cloud",
# "Mount Vernon" / "Mt. Vernon", "Fort Worth" / "Ft. Worth", "Sainte-Foy" / "Ste-Foy".
_SHORT_FORMS: tuple[tuple[str, str], ...] = (
    ("Saint", "St"), ("Sainte", "Ste"), ("Mount", "Mt"), ("Fort", "Ft"),
)  # fmt: skip


_LEADING_WORD = re.compile(r"^(Saint|Sainte|St|Ste|Mount|Mt|Fort|Ft)\.?([\s-]+)(?=\S)")


def short_form_variants(name: str) -> tuple[str, ...]:
    """The other spelling of a name's leading "Saint", "St.", "Mount", "Fort" … and the
    press's "Co." for a trailing "County": ``short_form_variants("Saint Cloud") ==
    ("St. Cloud",)``, ``short_form_variants("St. Paris") == ("Saint Paris",)``,
    ``short_form_variants("Platte County") == ("Platte Co.",)``; () for other names."""
    if name.endswith(" County") and len(name) > len(" County"):
        return (f"{name[: -len(' County')]} Co.",)
    found = _LEADING_WORD.match(name.strip())
    if found is None:
        return ()
    word, rest = found.group(1), name.strip()[found.end() :]
    for full, short in _SHORT_FORMS:
        if word == full:
            return (f"{short}. {rest}",)
        if word == short:
            return (f"{full} {rest}",)
    return ()


_AREA_WORDS = (
    r"County|District|Region|Province|Municipality|Kommune|Kommun|Parish|Borough|"
    r"Department|Departement|Département|Prefecture|Governorate|Division|Regional District|"
    r"County Borough|Regierungsbezirk|Provincia|Provincia di|Distrito|Municipio"
)


_AREA_PREFIX = re.compile(
    rf"^(?:{_AREA_WORDS})\s+(?:(?:de\s+la|de\s+l['’]|du|des|de|d['’]|of|di|del)\s*)?",
    re.IGNORECASE,
)


_AREA_SUFFIX = re.compile(rf"\s+(?:{_AREA_WORDS})$", re.IGNORECASE)


def area_short_name(name: str) -> str:
    """An admin area's name without its designation, as news writes it: "Orange County" →
    "Orange", "Departement de la Gironde" → "Gironde", "County Donegal" → "Donegal"."""
    short = _AREA_PREFIX.sub("", name.strip())
    short = _AREA_SUFFIX.sub("", short).strip()
    return short if len(short) >= 3 else name.strip()
