"""Actors in report text: find them and give their ACLED-style names (the public face of the
actor table ``actor_table``, its entries ``actor_names``, its file ``actor_toml`` and its
matcher ``actor_trie`` / ``actor_cues``)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from ..common.text import fold_keep_length
from ..lang import available, load
from ..records import Actor, Mention
from ..taxonomy import STATE_FORCES
from .actor_cues import LANG_VARIABLES
from .actor_names import ActorEntry, Period, fill_country, normalise_actor_name
from .actor_table import DEFAULT_TABLE, ActorMatch, ActorTable
from .actor_toml import ROLES

__all__ = [
    "DEFAULT_TABLE",
    "LANG_VARIABLES",
    "ROLES",
    "ActorEntry",
    "ActorMatch",
    "ActorTable",
    "Period",
    "fill_country",
    "find_actors",
    "localise_mention",
    "normalise_actor_name",
    "patterns_for_ruler",
    "police_at_demonstrations",
]


def find_actors(
    text: str,
    *,
    lang: str,
    start: int = 0,
    end: int | None = None,
    on: date | None = None,
    country: str | None = None,
    table: ActorTable | None = None,
) -> list[ActorMatch]:
    """Actors named in ``text[start:end]`` with ACLED names for the date ``on`` and the
    event's ``country`` (filled into generic names such as "Civilians (Mali)").

    Matching ignores case and accents, treats apostrophe and dash variants alike, keeps to
    whole words and prefers the longest alias. ``certainty`` is "suspected" after
    "suspected"/"présumés" and similar cues, "claimed" when the sentence says the actor
    claimed the act, else "confirmed".
    """
    return (table or ActorTable.load()).find(
        text, lang=lang, start=start, end=end, on=on, country=country
    )


def localise_mention(mention: Mention, *, table: ActorTable | None = None) -> Mention:
    """``mention`` with the country-bearing actor names of its two sides set to the country
    of its resolved place (``ActorTable.localise``); unchanged without a place country.

    The extractor names generic actors after the country a report is mostly about, or none
    when it names no place it knows; the geocoded place of the event is the better guide.
    """
    place = mention.place
    if place is None or not place.country:
        return mention
    on = mention.date.value if mention.date is not None else mention.published
    table = table or ActorTable.load()
    actor1 = _localised(mention.actor1, table, place.country, on)
    actor2 = _localised(mention.actor2, table, place.country, on)
    if actor1 is mention.actor1 and actor2 is mention.actor2:
        return mention
    return replace(mention, actor1=actor1, actor2=actor2)


def _localised(
    actor: Actor | None, table: ActorTable, country: str, on: date | None
) -> Actor | None:
    if actor is None:
        return None
    local = table.localise(actor.name, country=country, on=on)
    return actor if local is None else replace(actor, name=local[0], inter=local[1])


# Words of an unnamed "security forces" (every language's, on folded text).
_SECURITY_WORDS_RE = re.compile(
    r"\b(?:"
    + "|".join(
        re.escape(fold_keep_length(word))
        for code in available()
        for word in load(code).actors.SECURITY_FORCE_WORDS
    )
    + r")\b"
)


def police_at_demonstrations(match: ActorMatch) -> ActorMatch:
    """An unnamed "security forces" facing a crowd as ACLED codes it: the police of the
    country, for the same period ("Police Forces of Niger (2011-2021)"); other actors as
    they are. For the sides of a protest or riot."""
    prefix = "Military Forces of "
    if (
        match.generic
        and match.inter == STATE_FORCES
        and match.name.startswith(prefix)
        and _SECURITY_WORDS_RE.search(fold_keep_length(match.text))
    ):
        return replace(match, name="Police Forces of " + match.name[len(prefix) :])
    return match


def patterns_for_ruler(
    *, lang: str | None = None, table: ActorTable | None = None
) -> list[dict[str, str]]:
    """spaCy EntityRuler patterns for the named (non-generic) actors.

    Each pattern is ``{"label": "ORG" | "NORP", "pattern": alias, "id": key}``, where the
    id is the entry key (its ACLED name without period; ``ActorTable.resolve`` gives the name
    for a date). Add them to a ruler created with ``phrase_matcher_attr="LOWER"`` so that
    case does not matter.
    """
    return (table or ActorTable.load()).ruler_patterns(lang=lang)
