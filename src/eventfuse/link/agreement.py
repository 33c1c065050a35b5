"""Evidence that two reports tell one incident although their resolved places disagree.

The place a report resolves to can be wrong in ways the gazetteer cannot see: the capital
named in a clause of the act's sentence wins over the garrison named after it, a village
resolves to its homonym across a border, a spelling the gazetteer does not know leaves the
act at the story's main town. When one of the two places is loose (``loosely_placed``: read
from the story, the national capital, a region or a country), **the act's sentence naming
the other report's town** (``names_locality``) outweighs the disagreement: one report says
"the army post at X was attacked" and resolved its place elsewhere, the other placed the act
at X. A name given in the sentence only as a reference ("30 km from X", "near the border of
X", "the wounded were taken to X") or as an area ("in the X region") does not count: it tells
where the act was *not*. Two reports that each placed the act firmly in their own sentence
at different towns stay two acts, even when one sentence names both towns (an operation over
several villages is one ACLED row per village).
"""

from __future__ import annotations

from rapidfuzz.fuzz import ratio

from ..records import Mention, Place
from .names import name_key

# relations of a place mention that say the act was not there
REFERENCE_RELATIONS = frozenset({"distance", "passing", "border", "region", "between"})
# relations of a place mention that place the act there
ACT_RELATIONS = frozenset({"in", "near"})
NAME_SIMILARITY = 85.0
SHORT_NAME = 6  # names shorter than this (letters) must match exactly


def _joined(key: tuple[str, ...]) -> str:
    return " ".join(key)


def _close(a: str, b: str) -> bool:
    if min(len(a.replace(" ", "")), len(b.replace(" ", ""))) < SHORT_NAME:
        return a == b
    return ratio(a, b) >= NAME_SIMILARITY


def _locality_keys(p: Place | None) -> list[str]:
    """Name keys of the town a report placed the act at (as resolved and as written)."""
    if p is None or p.geo_precision > 2 or not _town(p):
        return []
    written = _joined(name_key(p.mention or ""))
    if written and not _close(written, _joined(name_key(p.name))):
        # the gazetteer placed the written name at another point (its area's seat): only the
        # written name is the report's locality
        return [written] if len(written.replace(" ", "")) >= 4 else []
    keys = {_joined(name_key(x)) for x in (p.name, p.mention or "") if x}
    return sorted(k for k in keys if len(k.replace(" ", "")) >= 4)


def _town(p: Place) -> bool:
    code = p.feature_code or ""
    return not code.startswith(("PCL", "ADM")) and code not in {"RGN", "AREA"}


def _in_sentence(key: str, tokens: tuple[str, ...]) -> bool:
    n = len(key.split())
    for size in {max(1, n - 1), n, n + 1}:
        for i in range(len(tokens) - size + 1):
            if _close(key, _joined(tokens[i : i + size])):
                return True
    return False


def _as_reference(m: Mention, key: str) -> bool:
    """The report's sentence names ``key`` only as a reference or an area, or it is the
    report's own admin area."""
    for pm in m.place_mentions:
        if pm.relation in REFERENCE_RELATIONS and _close(key, _joined(name_key(pm.text))):
            return True
    p = m.place
    areas = (p.admin1, p.admin2, p.country) if p is not None else ()
    return any(_close(key, _joined(name_key(x))) for x in areas if x)


def _stated_there(m: Mention, key: str) -> bool:
    """The report's sentence places the act at ``key`` too ("at X and Y", "near X")."""
    return any(pm.relation in ACT_RELATIONS and _close(key, _joined(name_key(pm.text))) for pm in m.place_mentions)


def names_locality(a: Mention, b: Mention) -> bool:
    """The act's sentence of ``a`` names the town where ``b`` placed the act (not as a
    reference or an area); when ``a``'s own place is firm, the sentence must place the act
    there too ("the posts at X and at Y were attacked"), not merely name it ("the sheikh
    of X")."""
    return names_place(a, b.place, firm=not loosely_placed(a))


def names_place(a: Mention, place: Place | None, *, firm: bool = False) -> bool:
    """The act's sentence of ``a`` names the town ``place`` (not as a reference or an area);
    ``firm``: and places the act there too."""
    keys = [k for k in _locality_keys(place) if not _as_reference(a, k)]
    if firm:
        keys = [k for k in keys if _stated_there(a, k)]
    if not keys or place is a.place:
        return False
    tokens = name_key(a.sentence.quote)
    return any(_in_sentence(k, tokens) for k in keys)


def loosely_placed(m: Mention) -> bool:
    """The report's place is not one its act's sentence established: read from the story (a
    headline, a dateline), the national capital, a region or a country."""
    p = m.place
    if p is None:
        return False
    if p.geo_precision >= 3 or p.feature_code == "PPLC":
        return True
    return p.span is not None and not m.sentence.start <= p.span.start < m.sentence.end


def corroborated(a: Mention, b: Mention) -> bool:
    """Evidence that ``a`` and ``b`` tell one incident despite their places (either way),
    when one of the two places is loose: two reports that each placed the act firmly in
    their own sentence at different towns tell two acts (an operation over several
    villages is one row per village)."""
    if not (loosely_placed(a) or loosely_placed(b)):
        return False
    return names_locality(a, b) or names_locality(b, a)
