"""Reading a story's context for toponym resolution: the country it is about, the admin
areas written after a place ("X (Goundam, Tombouctou)"), the areas and countries it names,
"Place, Area" pairs and lists of areas. :func:`build_context` reads it once per story; the
scorer (:mod:`eventfuse.geo.scoring`) and the resolver ask it questions.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Sequence
from itertools import pairwise

from ..records import PlaceMention
from .candidates import ResolveContext, candidates_of, is_regionish, mention_key
from .entries import Candidate, GazetteerEntry, prior_score
from .gazetteer import Gazetteer
from .normalize import name_key
from .weights import (
    ADMIN_CONTEXT_VOTE,
    ALTERNATE_ABROAD_MALUS,
    FOREIGN_CITY_POPULATION,
    FOREIGN_MILLION_CITY,
    HOME_BONUS,
    LIST_NEIGHBOUR_GAP,
    MAJOR_SEATS,
    MINOR_FOREIGN_MALUS,
    PAIR_GAP,
    PART_MIN_POPULATION,
)
from .written_areas import collect_admin_context


def _minor_place(entry: GazetteerEntry) -> bool:
    """A plain village or town: no seat, under 100,000 people (a user's place never is)."""
    return (
        entry.is_populated
        and not entry.from_user
        and entry.feature_code not in MAJOR_SEATS
        and entry.population < FOREIGN_CITY_POPULATION
    )


def _focus_prior(entry: GazetteerEntry, home: frozenset[str]) -> float:
    """How likely a story that names only this place is about its country: a village of a
    detailed country (which the gazetteer lists because stories name such villages) before
    a homonymous village abroad, a city or an area before both."""
    score = prior_score(entry)
    if entry.country_code in home:
        return score + HOME_BONUS
    return score - (MINOR_FOREIGN_MALUS if _minor_place(entry) else 0.0)


# The relation of a country named as the other side of a border ("near the border with X"):
# the act is not in X.
BORDER = "border"


def country_focus(ctx: ResolveContext, mentions: Sequence[PlaceMention]) -> str | None:
    """The country the article is about, by votes of its toponyms: a country's name counts
    double, a name written as an admin area (or with admin areas written after it, "X
    (Kain, Yatenga)") votes for the country that has those areas, a mere village abroad
    counts half, a country named as the other side of a border ("near the border with X") not
    at all. Several mentions of one name count as one and a half. Between countries of equal
    votes the one whose name the article writes first wins: the lead tells where the story
    happened, the reactions abroad come later."""
    votes: dict[str, float] = {}
    first: dict[str, int] = {}  # country -> where the article first writes its name
    home = ctx.gazetteer.detailed_countries
    seen: Counter[str] = Counter()
    for mention in mentions:
        if mention.relation == BORDER:
            continue  # the other side of a border: the story is not about that country
        key = mention_key(mention)
        seen[key] += 1
        if seen[key] > 2:
            continue
        share = 1.0 if seen[key] == 1 else 0.5
        where = (mention.span.article, mention.span.start)
        written = {code for code, _ in ctx.allowed_admin1.get(where, ())}
        if len(written) == 1:  # the admin areas written after it belong to one country
            code = next(iter(written))
            votes[code] = votes.get(code, 0.0) + ADMIN_CONTEXT_VOTE * share
            continue
        cands = [c for c in candidates_of(ctx, mention) if c.match == "exact"]
        if not cands:
            continue
        named = ctx.gazetteer.country_code(mention.text) if len(mention.text.strip()) > 3 else None
        if named is not None:  # a country's name votes for it, even written as an area
            votes[named] = votes.get(named, 0.0) + 2.0 * share
            first[named] = min(first.get(named, mention.span.start), mention.span.start)
            continue
        top = max(
            cands, key=lambda c: _focus_prior(c.entry, home) - alternate_abroad(c, home)
        ).entry
        weight = 2.0 if top.is_country else 1.0
        if _minor_place(top) and top.country_code not in home:
            weight = 0.5  # a mere village abroad
        admins = [c.entry for c in cands if c.entry.is_admin]
        # an area of a detailed country first: "Nara cercle" is Mali's, not Japan's prefecture
        admins = [e for e in admins if e.country_code in home] or admins
        if is_regionish(mention) and admins:
            # a name written as an admin area ("(Diguel, Soum)", "Kossi province") votes
            # for the country that has such an area
            top, weight = admins[0], 1.5
        if not top.country_code:
            continue  # a continent
        votes[top.country_code] = votes.get(top.country_code, 0.0) + weight * share
        for code in {c.entry.country_code for c in cands} - {top.country_code}:
            votes[code] = votes.get(code, 0.0) + 0.25 * share
    if not votes:
        return None
    unnamed = sys.maxsize  # a country whose name the article never writes comes after
    return min(votes.items(), key=lambda kv: (-kv[1], first.get(kv[0], unnamed), kv[0]))[0]


def alternate_abroad(cand: Candidate, home: frozenset[str]) -> float:
    """``ALTERNATE_ABROAD_MALUS`` for a town outside the detailed countries named by one of
    its alternate names (a transliteration that happens to spell a village's name), not a
    city of millions: without a country to go by, a detailed country's place of that very
    name comes first."""
    entry = cand.entry
    if (
        cand.name_kind >= 1
        and entry.country_code not in home
        and entry.population < FOREIGN_MILLION_CITY
    ):
        return ALTERNATE_ABROAD_MALUS
    return 0.0


def _collect_admin_hints(ctx: ResolveContext, mentions: Sequence[PlaceMention]) -> None:
    for mention in mentions:
        if not is_regionish(mention):
            continue
        for cand in candidates_of(ctx, mention):
            entry = cand.entry
            if cand.match != "exact" or (ctx.focus and entry.country_code != ctx.focus):
                continue
            level = entry.admin_level
            own = mention_key(mention)
            if (level in (1, 2, 3) or entry.feature_code in ("PPLA", "PPLC")) and entry.admin1:
                ctx.hint_admin1.setdefault(name_key(entry.admin1), set()).add(own)
            if (level in (2, 3) or entry.feature_code == "PPLA2") and entry.admin2:
                ctx.hint_admin2.setdefault(name_key(entry.admin2), set()).add(own)


def _collect_place_admin1_pairs(ctx: ResolveContext, mentions: Sequence[PlaceMention]) -> None:
    """A place written right before a first-level area ("Tacoma, Washington", "London,
    Ontario"): where some reading of the place lies in some reading of the area, those
    readings go together (the state, not the capital; the Ontario town, not the capital
    of England)."""
    ordered = sorted(mentions, key=lambda m: (m.span.article, m.span.start))
    for place, area in pairwise(ordered):
        if place.span.article != area.span.article:
            continue
        if not 0 < area.span.start - place.span.end <= PAIR_GAP:
            continue
        if (place.span.article, place.span.start) in ctx.allowed_admin1:
            continue  # "X (Goundam, Tombouctou)": the written admin areas decide
        regions = {
            (c.entry.country_code, name_key(c.entry.admin1))
            for c in candidates_of(ctx, area)
            if c.match == "exact" and c.entry.admin_level == 1 and c.entry.admin1
        }
        inside = {
            (c.entry.country_code, name_key(c.entry.admin1 or ""))
            for c in candidates_of(ctx, place)
            if c.match == "exact" and not c.entry.is_country and c.entry.admin_level != 1
        }
        both = frozenset(regions & inside)
        # not a list of towns ("stops in Washington, New York and Boston"): the place's own
        # likeliest reading lies in the area, or the area's likeliest reading is an area
        place_top = next((c.entry for c in candidates_of(ctx, place) if c.match == "exact"), None)
        area_top = next((c.entry for c in candidates_of(ctx, area) if c.match == "exact"), None)
        if place_top is None or area_top is None:
            continue
        top_inside = (place_top.country_code, name_key(place_top.admin1 or "")) in both
        if not (top_inside or area_top.admin_level == 1):
            continue
        if both:
            for mention in (place, area):
                ctx.paired_admin1[(mention.span.article, mention.span.start)] = both


def _collect_area_lists(ctx: ResolveContext, mentions: Sequence[PlaceMention]) -> None:
    """A name listed next to first-level areas ("states such as California or Washington",
    "Utah, Colorado, and Idaho") is a first-level area of their country too."""
    ordered = sorted(mentions, key=lambda m: (m.span.article, m.span.start))
    for i, mention in enumerate(ordered):
        where = (mention.span.article, mention.span.start)
        if where in ctx.paired_admin1:
            continue
        own = {
            (c.entry.country_code, name_key(c.entry.admin1))
            for c in candidates_of(ctx, mention)
            if c.match == "exact" and c.entry.admin_level == 1 and c.entry.admin1
        }
        if not own:
            continue
        before = _listed_with(ctx, ordered, i, i - 1, own)
        after = _listed_with(ctx, ordered, i, i + 1, own)
        if before or after:
            ctx.listed_admin1[where] = before | after
            ctx.listed_sides[where] = (before, after)


def _listed_with(
    ctx: ResolveContext,
    ordered: Sequence[PlaceMention],
    i: int,
    j: int,
    own: set[tuple[str, str]],
) -> frozenset[tuple[str, str]]:
    """The first-level areas of ``own`` (the readings of ``ordered[i]``) that its neighbour
    ``ordered[j]``, a first-level area beyond doubt written right next to it, vouches for."""
    mention = ordered[i]
    if not 0 <= j < len(ordered) or ordered[j].span.article != mention.span.article:
        return frozenset()
    other = ordered[j]
    first, second = (other, mention) if j < i else (mention, other)
    if not 0 < second.span.start - first.span.end <= LIST_NEIGHBOUR_GAP:
        return frozenset()
    exact = [c for c in candidates_of(ctx, other) if c.match == "exact"]
    # an area beyond doubt: no city of the name ("New York" is also a city)
    city = any(c.entry.is_populated and notable(c.entry) for c in exact)
    top = exact[:1]
    if top and top[0].entry.admin_level == 1 and top[0].name_kind < 2 and not city:
        code = top[0].entry.country_code
        return frozenset((cc, key) for cc, key in own if cc == code)
    return frozenset()


def paired(ctx: ResolveContext, mention: PlaceMention, entry: GazetteerEntry) -> bool | None:
    """Whether the entry is a reading its "Place, Area" pair agrees on
    (:func:`_collect_place_admin1_pairs`); None when the mention is in no such pair."""
    where = (mention.span.article, mention.span.start)
    pairs = ctx.paired_admin1.get(where) or ctx.listed_admin1.get(where)
    if not pairs:
        return None
    if entry.is_country or not entry.admin1:
        return False
    return (entry.country_code, name_key(entry.admin1)) in pairs


def hints_agree(ctx: ResolveContext, entry: GazetteerEntry, own: str) -> tuple[bool, bool]:
    """Whether other mentions named the entry's admin1 / admin2."""
    if entry.is_country:
        return False, False
    a1 = bool(entry.admin1 and ctx.hint_admin1.get(name_key(entry.admin1), set()) - {own})
    a2 = bool(entry.admin2 and ctx.hint_admin2.get(name_key(entry.admin2), set()) - {own})
    return a1, a2


def in_named_admin1(ctx: ResolveContext, entry: GazetteerEntry, own: str) -> bool:
    """The article names (by another toponym) the first-level area the entry lies in:
    "Parkland" in a story that names Florida."""
    if entry.is_country or entry.admin_level == 1 or not entry.admin1:
        return False
    return bool(ctx.named_admin1.get((entry.country_code, name_key(entry.admin1)), set()) - {own})


# Words that name no place on their own, whatever area a gazetteer calls by them ("West",
# a region of Cameroon; "Central", a province of Zambia): a part made of them only is skipped.
GENERIC_PART_WORDS: frozenset[str] = frozenset(
    {
        "north", "south", "east", "west", "northern", "southern", "eastern", "western",
        "northeast", "northwest", "southeast", "southwest", "north east", "north west",
        "south east", "south west", "central", "centre", "center", "middle", "upper", "lower",
        "greater", "inner", "outer", "new", "old", "great", "little", "first", "second",
        "third", "fourth", "fifth", "capital", "federal", "national", "state", "city",
        "county", "district", "province", "region", "delta", "coast", "island", "islands",
        "river", "lake", "lakes", "valley", "mountain", "mountains", "bay", "gulf", "sea",
        "ocean", "atlantic", "pacific", "the", "of", "and", "saint", "st", "san", "santa",
        "fort", "port", "mount", "high", "park", "university", "college", "school", "street",
        "airport", "international", "avenue", "road", "drive", "hospital", "library",
        "church", "cathedral", "museum", "theatre", "theater", "hotel", "golf", "stadium",
        "academy", "institute", "elementary", "council", "embassy", "mall", "prison", "point",
        "nord", "sud", "est", "ouest", "centrale", "haut", "haute", "bas", "basse", "grand",
        "grande", "petit", "petite", "nouveau", "nouvelle", "de", "du", "des", "la", "le",
        "les",
    }
)  # fmt: skip


def generic_name(mention: PlaceMention) -> bool:
    """A name made only of words that name no place on their own ("West", "the Gulf")."""
    return not set(mention_key(mention).split()) - GENERIC_PART_WORDS


def notable(entry: GazetteerEntry) -> bool:
    """A place big enough that a longer name containing it refers to it: a country, a
    first-level area, a capital or regional seat, or a city of 100,000."""
    return (
        entry.is_country
        or entry.admin_level == 1
        or entry.feature_code in ("PPLC", "PPLA")
        or (entry.is_populated and entry.population >= PART_MIN_POPULATION)
    )


def build_context(
    event_places: Sequence[PlaceMention],
    context_places: Sequence[PlaceMention],
    gazetteer: Gazetteer,
    country_hint: str | None,
) -> ResolveContext:
    """Read a story's context from its toponyms (the event's own, then the article's): the
    admin areas written after each place, the country focus (``country_hint`` when given,
    else voted by the toponyms), the countries and first-level areas it names, the admin
    areas other mentions name, and (outside the detailed countries) "Place, Area" pairs and
    lists of areas."""
    focus = gazetteer.country_code(country_hint) if country_hint else None
    ctx = ResolveContext(gazetteer=gazetteer, focus=focus)
    everything = [*event_places, *context_places]
    collect_admin_context(ctx, everything)
    if ctx.focus is None:
        ctx.focus = country_focus(ctx, context_places or event_places)
    for m in everything:
        cands = candidates_of(ctx, m)
        for c in cands:
            if c.match == "exact" and c.entry.is_country and c.entry.country_code:
                ctx.named_countries.setdefault(c.entry.country_code, []).append(m.span.start)
        # a first-level area named by its own name ("Florida"; not "Washington", which is
        # first a country's capital)
        if cands and cands[0].entry.feature_code == "PPLC" and not is_regionish(m):
            continue
        for entry in (c.entry for c in cands if c.match == "exact" and c.name_kind < 2):
            if entry.admin_level == 1 and entry.admin1:
                where = (entry.country_code, name_key(entry.admin1))
                ctx.named_admin1.setdefault(where, set()).add(mention_key(m))
    _collect_admin_hints(ctx, everything)
    if ctx.focus not in gazetteer.detailed_countries:  # the "City, State" style of news
        _collect_place_admin1_pairs(ctx, everything)
        _collect_area_lists(ctx, everything)
    return ctx
