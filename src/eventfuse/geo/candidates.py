"""A story's resolve context and the gazetteer candidates of each of its names, looked up
once: the record the readers of :mod:`eventfuse.geo.context` and
:mod:`eventfuse.geo.written_areas` fill, and the name keys they share.
"""

from __future__ import annotations

import re
from collections.abc import MutableMapping
from dataclasses import dataclass, field

from ..lang import every
from ..records import PlaceMention
from .entries import DEMONYM_KIND, Candidate, GazetteerEntry
from .gazetteer import Gazetteer
from .normalize import clean_admin_name, name_key

# Lower case only, so that "La Rochelle" keeps its article.
_LEADING_ARTICLE = re.compile(r"^(?:(?:the|la|le|les)\s+|l['’]\s*)")


@dataclass(slots=True)
class ResolveContext:
    """What the resolver knows of a story: its country focus and what its toponyms say about
    each other (written admin areas, named countries and areas, pairs and lists), plus the
    candidates of each name, looked up once (:func:`candidates_of`)."""

    gazetteer: Gazetteer
    focus: str | None
    # admin name key -> keys of the mentions that named it (a mention does not confirm itself)
    hint_admin1: dict[str, set[str]] = field(default_factory=dict)
    hint_admin2: dict[str, set[str]] = field(default_factory=dict)
    candidates: dict[str, list[Candidate]] = field(default_factory=dict)
    # mention span start -> (country code, admin1 key) pairs its written admin areas allow
    allowed_admin1: dict[tuple[str, int], frozenset[tuple[str, str]]] = field(default_factory=dict)
    # mention span start -> the second-level areas written after it ("X (Goundam, ...)")
    written_admin2: dict[tuple[str, int], tuple[GazetteerEntry, ...]] = field(default_factory=dict)
    # (article, name key) -> the areas written after each occurrence of that name: an unknown
    # village named with its region once is in that region wherever the article names it
    areas_by_name: dict[tuple[str, str], tuple[GazetteerEntry, ...]] = field(default_factory=dict)
    # name key of an area written after a village -> the towns at home, near the village,
    # that the area is named after ("X, in the commune of Y": Y's seat, see _seats_near_place)
    commune_seats: dict[str, set[int]] = field(default_factory=dict)
    # where the article names a country by its own name ("Mali", "the United States")
    named_countries: dict[str, list[int]] = field(default_factory=dict)
    # (country, admin1 key) of the first-level areas the article names ("Oregon")
    named_admin1: dict[tuple[str, str], set[str]] = field(default_factory=dict)
    # "Tacoma, Washington": mention position -> (country, admin1 key) the pair agrees on
    paired_admin1: dict[tuple[str, int], frozenset[tuple[str, str]]] = field(default_factory=dict)
    # "California or Washington": mention position -> the first-level areas it is listed with
    listed_admin1: MutableMapping[tuple[str, int], frozenset[tuple[str, str]]] = field(
        default_factory=dict
    )
    # ... and what the name before it and the name after it each vouch for
    listed_sides: dict[
        tuple[str, int], tuple[frozenset[tuple[str, str]], frozenset[tuple[str, str]]]
    ] = field(default_factory=dict)


def _strip_article(text: str) -> str:
    return _LEADING_ARTICLE.sub("", " ".join(text.split()))


def clean_mention_text(text: str) -> str:
    text = _strip_article(text)
    return clean_admin_name(text) if text else text


def mention_key(mention: PlaceMention) -> str:
    return name_key(clean_mention_text(mention.text))


def is_regionish(mention: PlaceMention) -> bool:
    """Relation "region", or the mention itself says so ("Mopti region", "cercle de Bla")."""
    bare = _strip_article(mention.text)
    return mention.relation == "region" or clean_admin_name(bare) != bare


_BUILDING_OF = re.compile(
    rf"^(?:{'|'.join(every('places', 'BUILDING_OF'))})\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’]|of\s+)(?=[^\W\d_])",
    re.IGNORECASE,
)


def candidates_of(ctx: ResolveContext, mention: PlaceMention) -> list[Candidate]:
    key = mention_key(mention)
    if key not in ctx.candidates:
        text = clean_mention_text(mention.text)
        found = ctx.gazetteer.candidates(text, limit=50)
        place = _BUILDING_OF.sub("", text)
        if place != text and not any(c.match == "exact" for c in found):
            # "le temple de Silgadji": the place the building is named after
            found = ctx.gazetteer.candidates(place, limit=50)
        if any(c.entry.is_country and c.name_kind == DEMONYM_KIND for c in found):
            # "Canadian" is Canada, not the town of Canadian, Texas
            found = [c for c in found if c.entry.is_country]
        if _abbreviation(mention.text):
            # "WA", "SA": an abbreviation, not the village called Wa or Sa
            found = [c for c in found if c.name_kind >= 1 or c.entry.is_country]
        ctx.candidates[key] = found
    return ctx.candidates[key]


_ABBREVIATION = re.compile(r"^(?:[A-Z]\.?){2,3}$")


def _abbreviation(text: str) -> bool:
    """Two or three capitals, dotted or not ("WA", "N.J.", "DRC"): an abbreviation, which
    names a place only as an alias ("U.S.", "NSW"), never by a place's own short name."""
    return bool(_ABBREVIATION.match(text.strip()))
