"""Reading a story's context for toponym resolution: the country it is about, the admin
areas written after a place ("X (Goundam, Tombouctou)"), the areas and countries it names,
"Place, Area" pairs and lists of areas. :func:`build_context` reads it once per story; the
scorer (:mod:`eventfuse.geo.scoring`) and the resolver ask it questions.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_left
from collections import Counter
from collections.abc import MutableMapping, Sequence
from dataclasses import dataclass, field
from itertools import islice, pairwise

from ..lang import every
from ..records import PlaceMention
from .distance import haversine_km
from .entries import DEMONYM_KIND, Candidate, GazetteerEntry, prior_score
from .gazetteer import Gazetteer
from .normalize import clean_admin_name, name_key
from .weights import (
    ADMIN2_REACH_KM,
    ADMIN_CONTEXT_GAP,
    ADMIN_CONTEXT_VOTE,
    ALTERNATE_ABROAD_MALUS,
    COMMUNE_REACH_KM,
    FOREIGN_CITY_POPULATION,
    FOREIGN_MILLION_CITY,
    HOME_BONUS,
    LIST_GAP,
    LIST_NEIGHBOUR_GAP,
    MAJOR_SEATS,
    MINOR_FOREIGN_MALUS,
    PAIR_GAP,
    PART_MIN_POPULATION,
)

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


def _admin_context(
    mention: PlaceMention, ordered: Sequence[PlaceMention], starts: Sequence[int]
) -> list[PlaceMention]:
    """The admin areas written right after a mention: "X (Goundam, Tombouctou)",
    "X, Timbuktu region" (a chain of region mentions, each close to the one before).
    ``ordered``: the mentions of its article by start; ``starts``: their starts."""
    chain: list[PlaceMention] = []
    end = mention.span.end
    # the walk begins at the first mention after this one: those before start before its end
    for other in islice(ordered, bisect_left(starts, end), None):
        if other.span.start < end:
            continue
        if other.span.start == mention.span.start:
            continue  # the same toponym, listed again among the article's places
        gap = other.span.start - end
        if chain and other.relation != "region":
            break
        if gap > (ADMIN_CONTEXT_GAP if other.relation == "region" else LIST_GAP):
            break
        if other.relation == "region":
            chain.append(other)
        # else another item of a list ("between A and B (Djenne, Mopti)"): walk on
        end = other.span.end
    return chain


def _allowed_admin1(
    ctx: ResolveContext, chain: Sequence[PlaceMention], place: PlaceMention | None = None
) -> frozenset[tuple[str, str]]:
    """(country, admin1 key) pairs a place followed by these admin names may lie in: the
    region named last when it is a first-level area, else any region the names belong to.
    A first-level area abroad is not read when the place is a village of a detailed country
    (spelled close enough) near a town of the area's name there: "Sobane, in the commune of
    X", X a department abroad and the seat of a commune at home."""
    if not chain:
        return frozenset()
    for mention in reversed(chain):
        regions = {
            (c.entry.country_code, name_key(c.entry.admin1))
            for c in candidates_of(ctx, mention)
            if c.match == "exact" and c.entry.admin_level == 1 and c.entry.admin1
            and not ctx.gazetteer.names_another_country(mention.text, c.entry)}
        if regions:
            seats = _seats_near_place(ctx, chain, place, regions)
            return seats or frozenset(regions)
    allowed: set[tuple[str, str]] = set()
    for mention in chain:
        for c in candidates_of(ctx, mention):
            entry = c.entry
            seat = entry.feature_code in ("PPLA", "PPLA2", "PPLC")
            abroad = ctx.gazetteer.names_another_country(mention.text, entry)
            if c.match == "exact" and entry.admin1 and (entry.is_admin or seat) and not abroad:
                allowed.add((entry.country_code, name_key(entry.admin1)))
    return frozenset(allowed)


def _seats_near_place(
    ctx: ResolveContext,
    chain: Sequence[PlaceMention],
    place: PlaceMention | None,
    regions: set[tuple[str, str]],
) -> frozenset[tuple[str, str]]:
    """The regions of the towns named in ``chain`` that lie within ``COMMUNE_REACH_KM`` of a
    reading of ``place`` in a detailed country, when every first-level reading of the chain
    (``regions``) is abroad: an area named after its seat town at home, not the department
    of that name abroad. Empty when there is no such pair."""
    home = ctx.gazetteer.detailed_countries
    if place is None or any(country in home for country, _ in regions):
        return frozenset()
    readings = [c.entry for c in candidates_of(ctx, place) if c.entry.country_code in home]
    if not readings:
        return frozenset()
    found: set[tuple[str, str]] = set()
    for mention in chain:
        for c in candidates_of(ctx, mention):
            town = c.entry
            if c.match != "exact" or not town.is_populated or not town.admin1:
                continue
            if any(
                r.country_code == town.country_code
                and haversine_km(r.lat, r.lon, town.lat, town.lon) <= COMMUNE_REACH_KM
                for r in readings
            ):
                found.add((town.country_code, name_key(town.admin1)))
    return frozenset(found)


def _written_admin2(
    ctx: ResolveContext, chain: Sequence[PlaceMention], allowed: frozenset[tuple[str, str]]
) -> tuple[GazetteerEntry, ...]:
    """Second-level areas among the first of several admin names ("X (Goundam, Tombouctou)"
    → the Goundam cercle), within the allowed regions."""
    if len(chain) < 2:
        return ()
    for mention in chain[:-1]:  # the most specific written area first
        inside = [
            c.entry
            for c in candidates_of(ctx, mention)
            if c.match == "exact"
            and (c.entry.country_code, name_key(c.entry.admin1 or "")) in allowed
        ]
        areas = tuple(e for e in inside if e.admin_level in (2, 3))
        if areas:
            return areas
        # a commune the gazetteer lacks as an area is named after its seat village
        towns = sorted((e for e in inside if e.is_populated), key=lambda e: -prior_score(e))
        if towns:
            return (towns[0],)
    return ()


def _written_admin1(ctx: ResolveContext, allowed: frozenset[tuple[str, str]]) -> tuple[GazetteerEntry, ...]:
    """The one first-level area the written admin names allow ("X, dans la région de Tahoua"),
    () when they allow several."""
    if len(allowed) != 1:
        return ()
    ((country, admin1),) = allowed
    if ctx.focus and country != ctx.focus or ctx.gazetteer.country_code(admin1) is not None:
        return ()  # a region abroad, or one called like a country ("l'ouest du Niger")
    area = ctx.gazetteer.admin_area(admin1, country=country, level=1)
    return (area,) if area is not None else ()


def _collect_admin_context(ctx: ResolveContext, mentions: Sequence[PlaceMention]) -> None:
    by_article: dict[str, list[PlaceMention]] = {}
    for mention in sorted(mentions, key=lambda m: m.span.start):  # sorted once, not per mention
        by_article.setdefault(mention.span.article, []).append(mention)
    starts = {key: [m.span.start for m in found] for key, found in by_article.items()}
    for mention in mentions:
        article = mention.span.article
        chain = _admin_context(mention, by_article[article], starts[article])
        allowed = _allowed_admin1(ctx, chain, mention)
        if allowed:
            where = (mention.span.article, mention.span.start)
            ctx.allowed_admin1[where] = allowed
            areas = _written_admin2(ctx, chain, allowed)
            if areas:
                ctx.written_admin2[where] = areas
            found = areas or _written_admin1(ctx, allowed)
            if found:
                named = (article, mention_key(mention))
                ctx.areas_by_name[named] = (*ctx.areas_by_name.get(named, ()), *found)


def admin2_fit(ctx: ResolveContext, mention: PlaceMention, entry: GazetteerEntry) -> bool | None:
    """Whether an entry lies in (or near the seat of) the second-level area written after
    the mention; None when none was written. Admin2 of most places is approximate (the
    nearest seat), so a place close enough to the written area's seat also fits."""
    areas = ctx.written_admin2.get((mention.span.article, mention.span.start))
    if not areas or entry.is_country or entry.admin_level in (1, 2):
        return None
    for area in areas:
        own = area.admin2 if area.admin_level == 2 else None
        if entry.admin2 and own and name_key(entry.admin2) == name_key(own):
            return True
        seat = ctx.gazetteer.capital_of(area) or area
        if haversine_km(entry.lat, entry.lon, seat.lat, seat.lon) <= ADMIN2_REACH_KM:
            return True
    return False


def written_admin2_keys(ctx: ResolveContext, mention: PlaceMention) -> frozenset[str]:
    """Name keys of the second-level areas written after the mention ("X (Niono, Segou)" →
    niono); a commune written there stands for its cercle. Empty when none was written."""
    areas = ctx.written_admin2.get((mention.span.article, mention.span.start), ())
    return frozenset(name_key(a.admin2) for a in areas if a.is_admin and a.admin2)


def filed_in_written_admin2(
    ctx: ResolveContext, mention: PlaceMention, entry: GazetteerEntry
) -> bool:
    """The gazetteer files the entry under a second-level area written after the mention."""
    written = written_admin2_keys(ctx, mention)
    return bool(written and entry.admin2 and name_key(entry.admin2) in written)


def written_admin2_label(
    ctx: ResolveContext, mention: PlaceMention, entry: GazetteerEntry
) -> str | None:
    """The cercle the text writes for a point (a village, a camp, a wadi) the gazetteer files
    under a neighbouring one (its admin2 is often only the nearest seat): the text's own
    word, when the entry lies in reach of that cercle. None when the text writes none or
    the entry already agrees."""
    if entry.is_country or entry.is_admin or filed_in_written_admin2(ctx, mention, entry):
        return None
    if admin2_fit(ctx, mention, entry) is not True:
        return None
    areas = ctx.written_admin2.get((mention.span.article, mention.span.start), ())
    for area in areas:
        same_region = (area.country_code, name_key(area.admin1 or "")) == (
            entry.country_code,
            name_key(entry.admin1 or ""),
        )
        if area.is_admin and area.admin2 and same_region:
            return area.admin2
    return None


def outside_written_admin(
    ctx: ResolveContext, mention: PlaceMention, entry: GazetteerEntry
) -> bool:
    """The text puts the place in admin areas that the entry is not in."""
    allowed = ctx.allowed_admin1.get((mention.span.article, mention.span.start))
    if not allowed or entry.is_country or entry.admin_level == 1:
        return False
    return (entry.country_code, name_key(entry.admin1 or "")) not in allowed


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
    _collect_admin_context(ctx, everything)
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
