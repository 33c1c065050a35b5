"""Toponym resolution and the choice of an event's location, with ACLED geo precision.

The ranker scores each gazetteer candidate of each toponym by feature type and population
(``prior_score``), the article's country focus, agreement with admin areas named in the
text ("(Goundam, Tombouctou)", "in the Timbuktu region"), and proximity to the other places
of the article. The event location is then chosen among the toponyms of the event sentence:
a place the event happened in beats a reference point ("Tonka, about 150 km from Timbuktu"
→ Tonka), and an admin area or a country is used only when nothing smaller is known.

Admin areas written right after a place ("X (Goundam, Tombouctou)", also after a list:
"between A and B (Djenne, Mopti)") are a constraint, not only a hint: a candidate outside
the written region, or far from the written cercle, is not this place. A place the
gazetteer lacks (or whose only candidates the text contradicts) keeps its name and is coded
at the written cercle or commune seat (precision 2), else the region (precision 3). Among
the homonyms, the one the gazetteer files under the written cercle wins (a region's name
that is also a cercle's, "X (Gao, Gao)", is no vote for that cercle then), a spelling
variant filed there is used on a looser match than elsewhere, and a point within reach of the
written cercle but filed under a neighbouring one (admin2 of most villages is only the
nearest seat) is coded with the cercle the text writes.
Macro-regions and continents ("the Sahel", "Europe") resolve, but never locate an event.

The country focus is voted by the toponyms: a country's name counts double, admin areas
written after a place ("X (Kain, Yatenga)") vote for the country that has them, and a mere
village abroad counts half while a same-named village of a detailed (dump) country counts
fully, so that a conflict note naming only a village stays in the countries the gazetteer
lists village by village. A first-level area named plainly ("Florida") is containment
evidence for the places inside it. World names: a demonym means its country ("Canadian"),
a sea or macro-region by its own name beats a county named after it, a name made of generic
words ("West") means an area abroad only when its country is named, a far place of the
story does not pull a known city (a seat, 100,000 people) to a small homonym, and a city
ten times bigger than any other place of its name counts abroad without its country being
named (not in a story about a detailed country). "Northern <country>" is coded at the
country's first-level area furthest north (precision 3).

Homonyms in a story about a world country: a city of that country much bigger than its
namesakes there gains per tenfold (``_fame``), unless a namesake lies close to another
place of the story (local news); two ambiguous names whose readings lie together support
those readings (``_mutual``: "Gainesville" and "Hall County"); a place written right
before a first-level area it lies in, and a name listed with first-level areas, take the
readings that go together ("Tacoma, Washington": the state, not the capital; "states such
as California or Washington"); two or three capitals ("WA") are an abbreviation, which
names a place only as an alias. Toponym resolution (:func:`resolve_mentions`, not an
event's place) answers a name that no place of the story's country bears with the admin
area named with it ("Yorkshire" → North Yorkshire), else a name that has no reading the
story supports with its likeliest exact reading (``_last_resort``), and reads a longer
name by any town or area of the story's country it contains ("Cavan Institute"), by a
notable place abroad, or by a demonym's country or continent ("European Commission").

geo_precision (ACLED): 1 the named town; 2 near a town, or a small part of a region (a
cercle, a commune), coded at a town that stands for it; 3 only a region or the country.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from itertools import pairwise

from ..records import Place, PlaceMention
from .build import clean_admin_name
from .distance import haversine_km
from .gazetteer import (
    DEMONYM_KIND,
    Candidate,
    Gazetteer,
    GazetteerEntry,
    is_world_feature,
    prior_score,
)
from .normalize import name_key

# Score terms (see module docstring). Set by hand on invented examples; sanity-checked
# against the location columns of the shared ACLED development files, which the
# project does not ship or read at run time.
PROMINENCE = 0.5  # per tenfold population above 100,000, when no country is in focus
FOCUS_BONUS = 3.0
ALTERNATE_ABROAD_MALUS = 1.5
OTHER_COUNTRY_MALUS = 1.0
ADMIN1_AGREES = 2.0
ADMIN2_AGREES = 1.5
NAMED_ADMIN1_AGREES = 1.0  # ... or named it plainly ("Florida"), not as a region
WORLD_FEATURE_BONUS = 2.5  # a sea or macro-region by its own name, before a county of it
ADMIN2_REACH_KM = 100.0  # a place this close to a written cercle's seat may lie in it
WRITTEN_ADMIN2_AGREES = 3.0  # "X (Niono, Segou)": the X the gazetteer files under Niono
FILED_FUZZY_SIMILARITY = 75.0  # ... also as a looser spelling variant than elsewhere
USER_BONUS = 1.0  # the user's own place list before a GeoNames homonym
HOME_BONUS = 0.75  # no country focus: places of the gazetteer's detailed countries first
MINOR_FOREIGN_MALUS = 1.5  # ... and a village abroad after a same-named one of theirs
ADMIN_CONTEXT_VOTE = 2.0  # "X (Kain, Yatenga)": the written areas name the country
REGION_WANTS_ADMIN = 2.5
POINT_WANTS_TOWN = 0.8
POINT_AVOIDS_ADMIN = 0.5
FUZZY_MALUS = 1.0
NAME_KIND_MALUS = 0.2
NEAR_KM = ((50.0, 1.5), (150.0, 1.0), (400.0, 0.3))
FAR_KM = 1000.0
FOREIGN_SMALL_PLACE_KM = 300.0  # a minor foreign place must be this close to the story
LIST_GAP = 30  # characters between the items of "A, B and C (Djenne, Mopti)"
ADMIN_CONTEXT_GAP = 25  # characters between a place and the admin area written after it
NEAR_REFERENCE_KM = 50.0  # a reference point this close stands for an unknown place
FOREIGN_SEATS = frozenset({"PPLC", "PPLA", "PPLA2"})
MAJOR_SEATS = frozenset({"PPLC", "PPLA", "PPLA2", "PPLG"})
FOREIGN_CITY_POPULATION = 100_000  # ... in a country the story names
DOMINANCE = 10.0  # ... or ten times bigger than any other place of its name
MIN_RIVAL_POPULATION = 1_000
FOREIGN_TOWN_POPULATION = 15_000  # ... in a country the story names close by
FOREIGN_MILLION_CITY = 1_000_000  # ... in any country
NAMED_COUNTRY_CHARS = 400  # how close to a place the story must name its country
PAIR_GAP = 2  # characters between "Tacoma" and "Washington" in "Tacoma, Washington"
PAIR_AGREES = 3.0
LIST_NEIGHBOUR_GAP = 6  # ", ", " or ", ", and " between the items of a list of areas
PAIR_AREA_AGREES = 5.0  # ... the area itself: written after a place, it is that area
MUTUAL_KM = 30.0  # two names of the story with readings this close support each other
MUTUAL_BONUS = 1.0
FAME_WEIGHT = 1.0  # per tenfold population over the other towns of the name in its country
FAME_CAP = 2.0
FAME_LOCAL_KM = 50.0  # ... unless one of them lies this close to another place of the story

# Macro-regions that news names constantly but that locate no event (keys). A same-named
# admin area of the focus country (Burkina Faso's Sahel region) is still used.
MACRO_REGIONS: frozenset[str] = frozenset(
    {
        "sahel", "sahara", "west africa", "afrique de l ouest", "africa", "afrique",
        "maghreb", "sub saharan africa", "afrique subsaharienne", "middle east",
        "moyen orient", "europe", "three borders", "trois frontieres", "central sahel",
        "sahel central",
    }
)  # fmt: skip
# Lower case only, so that "La Rochelle" keeps its article.
_LEADING_ARTICLE = re.compile(r"^(?:(?:the|la|le|les)\s+|l['’]\s*)")
_AXIS_SPLIT = re.compile(r"\s*[-–—/]\s*")


@dataclass(frozen=True, slots=True)
class ResolvedMention:
    """A place mention with its chosen gazetteer entry (None when unresolved)."""

    mention: PlaceMention
    entry: GazetteerEntry | None
    score: float = 0.0
    axis: bool = False  # "Gao-Ansongo": resolved to the first town of the axis
    part: bool = False  # "Colorado State University": resolved to the place it names
    default: bool = False  # not in the gazetteer: placed at the article's main place
    ignored: bool = False  # a macro-region ("the Sahel") that locates nothing


@dataclass(slots=True)
class _Context:
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
    # where the article names a country by its own name ("Mali", "the United States")
    named_countries: dict[str, list[int]] = field(default_factory=dict)
    # (country, admin1 key) of the first-level areas the article names ("Oregon")
    named_admin1: dict[tuple[str, str], set[str]] = field(default_factory=dict)
    # "Tacoma, Washington": mention position -> (country, admin1 key) the pair agrees on
    paired_admin1: dict[tuple[str, int], frozenset[tuple[str, str]]] = field(default_factory=dict)
    # "California or Washington": mention position -> the first-level areas it is listed with
    listed_admin1: dict[tuple[str, int], frozenset[tuple[str, str]]] = field(default_factory=dict)


def _strip_article(text: str) -> str:
    return _LEADING_ARTICLE.sub("", " ".join(text.split()))


def _clean_mention_text(text: str) -> str:
    text = _strip_article(text)
    return clean_admin_name(text) if text else text


def _mention_key(mention: PlaceMention) -> str:
    return name_key(_clean_mention_text(mention.text))


def _is_regionish(mention: PlaceMention) -> bool:
    """Relation "region", or the mention itself says so ("Mopti region", "cercle de Bla")."""
    bare = _strip_article(mention.text)
    return mention.relation == "region" or clean_admin_name(bare) != bare


def _candidates(ctx: _Context, mention: PlaceMention) -> list[Candidate]:
    key = _mention_key(mention)
    if key not in ctx.candidates:
        found = ctx.gazetteer.candidates(_clean_mention_text(mention.text), limit=50)
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


def _country_focus(ctx: _Context, mentions: Sequence[PlaceMention]) -> str | None:
    """The country the article is about, by votes of its toponyms: a country's name counts
    double, a name written as an admin area (or with admin areas written after it, "X
    (Kain, Yatenga)") votes for the country that has those areas, a mere village abroad
    counts half. Several mentions of one name count as one and a half."""
    votes: dict[str, float] = {}
    home = ctx.gazetteer.detailed_countries
    seen: Counter[str] = Counter()
    for mention in mentions:
        key = _mention_key(mention)
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
        cands = [c for c in _candidates(ctx, mention) if c.match == "exact"]
        if not cands:
            continue
        top = max(cands, key=lambda c: _focus_prior(c.entry, home) - _alternate_abroad(c, home)).entry
        weight = 2.0 if top.is_country else 1.0
        if _minor_place(top) and top.country_code not in home:
            weight = 0.5  # a mere village abroad
        admins = [c.entry for c in cands if c.entry.is_admin]
        # an area of a detailed country first: "Nara cercle" is Mali's, not Japan's prefecture
        admins = [e for e in admins if e.country_code in home] or admins
        if _is_regionish(mention) and admins:
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
    return min(votes.items(), key=lambda kv: (-kv[1], kv[0]))[0]


def _alternate_abroad(cand: Candidate, home: frozenset[str]) -> float:
    """``ALTERNATE_ABROAD_MALUS`` for a town outside the detailed countries named by one of
    its alternate names (a transliteration that happens to spell a village's name), not a
    city of millions: without a country to go by, a detailed country's place of that very
    name comes first."""
    entry = cand.entry
    if cand.name_kind >= 1 and entry.country_code not in home and entry.population < FOREIGN_MILLION_CITY:
        return ALTERNATE_ABROAD_MALUS
    return 0.0


def _collect_admin_hints(ctx: _Context, mentions: Sequence[PlaceMention]) -> None:
    for mention in mentions:
        if not _is_regionish(mention):
            continue
        for cand in _candidates(ctx, mention):
            entry = cand.entry
            if cand.match != "exact" or (ctx.focus and entry.country_code != ctx.focus):
                continue
            level = entry.admin_level
            own = _mention_key(mention)
            if (level in (1, 2, 3) or entry.feature_code in ("PPLA", "PPLC")) and entry.admin1:
                ctx.hint_admin1.setdefault(name_key(entry.admin1), set()).add(own)
            if (level in (2, 3) or entry.feature_code == "PPLA2") and entry.admin2:
                ctx.hint_admin2.setdefault(name_key(entry.admin2), set()).add(own)


def _collect_place_admin1_pairs(ctx: _Context, mentions: Sequence[PlaceMention]) -> None:
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
            for c in _candidates(ctx, area)
            if c.match == "exact" and c.entry.admin_level == 1 and c.entry.admin1
        }
        inside = {
            (c.entry.country_code, name_key(c.entry.admin1 or ""))
            for c in _candidates(ctx, place)
            if c.match == "exact" and not c.entry.is_country and c.entry.admin_level != 1
        }
        both = frozenset(regions & inside)
        # not a list of towns ("stops in Washington, New York and Boston"): the place's own
        # likeliest reading lies in the area, or the area's likeliest reading is an area
        place_top = next((c.entry for c in _candidates(ctx, place) if c.match == "exact"), None)
        area_top = next((c.entry for c in _candidates(ctx, area) if c.match == "exact"), None)
        if place_top is None or area_top is None:
            continue
        top_inside = (place_top.country_code, name_key(place_top.admin1 or "")) in both
        if not (top_inside or area_top.admin_level == 1):
            continue
        if both:
            for mention in (place, area):
                ctx.paired_admin1[(mention.span.article, mention.span.start)] = both


def _collect_area_lists(ctx: _Context, mentions: Sequence[PlaceMention]) -> None:
    """A name listed next to first-level areas ("states such as California or Washington",
    "Utah, Colorado, and Idaho") is a first-level area of their country too."""
    ordered = sorted(mentions, key=lambda m: (m.span.article, m.span.start))
    for i, mention in enumerate(ordered):
        where = (mention.span.article, mention.span.start)
        if where in ctx.paired_admin1:
            continue
        own = {
            (c.entry.country_code, name_key(c.entry.admin1))
            for c in _candidates(ctx, mention)
            if c.match == "exact" and c.entry.admin_level == 1 and c.entry.admin1
        }
        if not own:
            continue
        found: set[tuple[str, str]] = set()
        for j in (i - 1, i + 1):
            if not 0 <= j < len(ordered) or ordered[j].span.article != mention.span.article:
                continue
            other = ordered[j]
            first, second = (other, mention) if j < i else (mention, other)
            if not 0 < second.span.start - first.span.end <= LIST_NEIGHBOUR_GAP:
                continue
            exact = [c for c in _candidates(ctx, other) if c.match == "exact"]
            # an area beyond doubt: no city of the name ("New York" is also a city)
            city = any(c.entry.is_populated and _notable(c.entry) for c in exact)
            top = exact[:1]
            if top and top[0].entry.admin_level == 1 and top[0].name_kind < 2 and not city:
                code = top[0].entry.country_code
                found |= {(cc, key) for cc, key in own if cc == code}
        if found:
            ctx.listed_admin1[where] = frozenset(found)


_AREA_WORDS = (
    "county", "province", "region", "state", "district", "department", "prefecture",
    "governorate", "parish", "oblast", "municipality",
)
_AREA_WORD = "(?:" + "|".join((*_AREA_WORDS, "departement")) + ")"
# "suffolk county", "province of trento", "departement du nord" (name keys: folded, no accents)
_LONGER_FORM = re.compile(
    rf"^(?:(?P<short>.+) {_AREA_WORD}|{_AREA_WORD} (?:of |du |de la |de l |de |des )?(?P<short2>.+))$"
)


def _short_forms(ctx: _Context, resolved: list[ResolvedMention]) -> list[ResolvedMention]:
    """A name the story also writes in full as an area ("Suffolk County ... Suffolk", "the
    province of Trento ... Trento") names the area the full form resolved to, when that
    area is one of the name's readings and no town of the name lies in it: one place per
    name within a story."""
    areas: dict[str, GazetteerEntry] = {}
    for item in resolved:
        m = _LONGER_FORM.match(_mention_key(item.mention))
        if m is not None and item.entry is not None and item.entry.is_admin:
            areas.setdefault(m.group("short") or m.group("short2"), item.entry)
    if not areas:
        return resolved
    out: list[ResolvedMention] = []
    for item in resolved:
        area = areas.get(_mention_key(item.mention))
        if area is not None and item.entry is not None and item.entry.geonameid != area.geonameid:
            readings = [c for c in _candidates(ctx, item.mention) if c.match == "exact"]
            towns = [c.entry for c in readings if c.entry.is_populated]
            if any(c.entry.geonameid == area.geonameid for c in readings) and not any(
                t.country_code == area.country_code and _inside(t, area) for t in towns
            ):
                item = ResolvedMention(item.mention, area, item.score)
        out.append(item)
    return out


def _inside(town: GazetteerEntry, area: GazetteerEntry) -> bool:
    """The town lies in the area, by the admin names the gazetteer files it under."""
    if area.admin_level == 1:
        return name_key(town.admin1 or "") == name_key(area.admin1 or "")
    return name_key(town.admin2 or "") == name_key(area.admin2 or "") and (
        name_key(town.admin1 or "") == name_key(area.admin1 or "")
    )


def _paired(ctx: _Context, mention: PlaceMention, entry: GazetteerEntry) -> bool | None:
    """Whether the entry is a reading its "Place, Area" pair agrees on
    (:func:`_collect_place_admin1_pairs`); None when the mention is in no such pair."""
    where = (mention.span.article, mention.span.start)
    pairs = ctx.paired_admin1.get(where) or ctx.listed_admin1.get(where)
    if not pairs:
        return None
    if entry.is_country or not entry.admin1:
        return False
    return (entry.country_code, name_key(entry.admin1)) in pairs


def _admin_context(mention: PlaceMention, mentions: Sequence[PlaceMention]) -> list[PlaceMention]:
    """The admin areas written right after a mention: "X (Goundam, Tombouctou)",
    "X, Timbuktu region" (a chain of region mentions, each close to the one before)."""
    chain: list[PlaceMention] = []
    end = mention.span.end
    for other in sorted(mentions, key=lambda m: m.span.start):
        if other.span.article != mention.span.article or other.span.start < end:
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


def _allowed_admin1(ctx: _Context, chain: Sequence[PlaceMention]) -> frozenset[tuple[str, str]]:
    """(country, admin1 key) pairs a place followed by these admin names may lie in: the
    region named last when it is a first-level area, else any region the names belong to."""
    if not chain:
        return frozenset()
    for mention in reversed(chain):
        regions = {
            (c.entry.country_code, name_key(c.entry.admin1))
            for c in _candidates(ctx, mention)
            if c.match == "exact" and c.entry.admin_level == 1 and c.entry.admin1
        }
        if regions:
            return frozenset(regions)
    allowed: set[tuple[str, str]] = set()
    for mention in chain:
        for c in _candidates(ctx, mention):
            entry = c.entry
            seat = entry.feature_code in ("PPLA", "PPLA2", "PPLC")
            if c.match == "exact" and entry.admin1 and (entry.is_admin or seat):
                allowed.add((entry.country_code, name_key(entry.admin1)))
    return frozenset(allowed)


def _written_admin2(
    ctx: _Context, chain: Sequence[PlaceMention], allowed: frozenset[tuple[str, str]]
) -> tuple[GazetteerEntry, ...]:
    """Second-level areas among the first of several admin names ("X (Goundam, Tombouctou)"
    → the Goundam cercle), within the allowed regions."""
    if len(chain) < 2:
        return ()
    for mention in chain[:-1]:  # the most specific written area first
        inside = [
            c.entry
            for c in _candidates(ctx, mention)
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


def _collect_admin_context(ctx: _Context, mentions: Sequence[PlaceMention]) -> None:
    for mention in mentions:
        chain = _admin_context(mention, mentions)
        allowed = _allowed_admin1(ctx, chain)
        if allowed:
            where = (mention.span.article, mention.span.start)
            ctx.allowed_admin1[where] = allowed
            areas = _written_admin2(ctx, chain, allowed)
            if areas:
                ctx.written_admin2[where] = areas


def _admin2_fit(ctx: _Context, mention: PlaceMention, entry: GazetteerEntry) -> bool | None:
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


def _written_admin2_keys(ctx: _Context, mention: PlaceMention) -> frozenset[str]:
    """Name keys of the second-level areas written after the mention ("X (Niono, Segou)" →
    niono); a commune written there stands for its cercle. Empty when none was written."""
    areas = ctx.written_admin2.get((mention.span.article, mention.span.start), ())
    return frozenset(name_key(a.admin2) for a in areas if a.is_admin and a.admin2)


def _filed_in_written_admin2(ctx: _Context, mention: PlaceMention, entry: GazetteerEntry) -> bool:
    """The gazetteer files the entry under a second-level area written after the mention."""
    written = _written_admin2_keys(ctx, mention)
    return bool(written and entry.admin2 and name_key(entry.admin2) in written)


def _written_admin2_label(
    ctx: _Context, mention: PlaceMention, entry: GazetteerEntry
) -> str | None:
    """The cercle the text writes for a point (a village, a camp, a wadi) the gazetteer files
    under a neighbouring one (its admin2 is often only the nearest seat): the text's own
    word, when the entry lies in reach of that cercle. None when the text writes none or
    the entry already agrees."""
    if entry.is_country or entry.is_admin or _filed_in_written_admin2(ctx, mention, entry):
        return None
    if _admin2_fit(ctx, mention, entry) is not True:
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


def _outside_written_admin(ctx: _Context, mention: PlaceMention, entry: GazetteerEntry) -> bool:
    """The text puts the place in admin areas that the entry is not in."""
    allowed = ctx.allowed_admin1.get((mention.span.article, mention.span.start))
    if not allowed or entry.is_country or entry.admin_level == 1:
        return False
    return (entry.country_code, name_key(entry.admin1 or "")) not in allowed


def _hints_agree(ctx: _Context, entry: GazetteerEntry, own: str) -> tuple[bool, bool]:
    """Whether other mentions named the entry's admin1 / admin2."""
    if entry.is_country:
        return False, False
    a1 = bool(entry.admin1 and ctx.hint_admin1.get(name_key(entry.admin1), set()) - {own})
    a2 = bool(entry.admin2 and ctx.hint_admin2.get(name_key(entry.admin2), set()) - {own})
    return a1, a2


def _in_named_admin1(ctx: _Context, entry: GazetteerEntry, own: str) -> bool:
    """The article names (by another toponym) the first-level area the entry lies in:
    "Parkland" in a story that names Florida."""
    if entry.is_country or entry.admin_level == 1 or not entry.admin1:
        return False
    return bool(ctx.named_admin1.get((entry.country_code, name_key(entry.admin1)), set()) - {own})


def _score(
    ctx: _Context,
    mention: PlaceMention,
    cand: Candidate,
    anchors: Sequence[GazetteerEntry],
) -> float:
    entry = cand.entry
    score = prior_score(entry) - NAME_KIND_MALUS * cand.name_kind
    if entry.from_user:
        score += USER_BONUS
    if cand.match == "fuzzy":
        score -= FUZZY_MALUS + (100.0 - cand.similarity) / 10.0
    big = entry.is_populated and entry.population >= FOREIGN_CITY_POPULATION
    if big and not ctx.focus:
        # no country to go by: a city's fame grows faster than the log of its size
        score += PROMINENCE * (math.log10(entry.population) - 5.0)
    if big and anchors and entry.country_code == ctx.focus:
        score += _fame(ctx, mention, cand, anchors)
    world = is_world_feature(entry)  # a sea, a macro-region: no distance to speak of
    if world and cand.name_kind < 2:
        score += WORLD_FEATURE_BONUS
    if not entry.country_code:
        pass  # a continent, an ocean, a macro-region: in no country, so in no other one
    elif ctx.focus:
        if entry.country_code == ctx.focus:
            score += FOCUS_BONUS
        elif entry.population < FOREIGN_MILLION_CITY:  # a world city is no stranger
            score -= OTHER_COUNTRY_MALUS
    elif entry.country_code in ctx.gazetteer.detailed_countries:
        score += HOME_BONUS
    else:  # no country to go by
        score -= _alternate_abroad(cand, ctx.gazetteer.detailed_countries)
    own = _mention_key(mention)
    agree1, agree2 = _hints_agree(ctx, entry, own)
    if _written_admin2_keys(ctx, mention) and not entry.is_country and entry.admin_level != 1:
        # the cercle written after the place decides, not a same-named area elsewhere in
        # the text ("X (Gao, Gao)": the region's name is not the Gao cercle's vote)
        agree2 = False
        if _filed_in_written_admin2(ctx, mention, entry):
            score += WRITTEN_ADMIN2_AGREES
    score += (ADMIN1_AGREES if agree1 else 0.0) + (ADMIN2_AGREES if agree2 else 0.0)
    if not agree1 and _in_named_admin1(ctx, entry, own):
        score += NAMED_ADMIN1_AGREES
    pairing = _paired(ctx, mention, entry)
    if pairing is not None:  # "Tacoma, Washington": the readings that go together
        score += (PAIR_AREA_AGREES if entry.admin_level == 1 else PAIR_AGREES) * (
            1.0 if pairing else -1.0
        )
    if _is_regionish(mention):
        if entry.is_admin:
            score += REGION_WANTS_ADMIN
        elif entry.is_country:
            score += 1.0
    elif not entry.is_country:
        score += POINT_WANTS_TOWN if entry.is_populated else 0.0
        score -= POINT_AVOIDS_ADMIN if entry.is_admin else 0.0
    if anchors and not entry.is_country and entry.admin_level != 1 and not world:
        nearest = min(haversine_km(entry.lat, entry.lon, a.lat, a.lon) for a in anchors)
        for km, bonus in NEAR_KM:
            if nearest <= km:
                score += bonus
                break
        else:
            # one far place of the story does not pull a known city to a small homonym
            if nearest > FAR_KM and not (big or entry.feature_code in MAJOR_SEATS):
                score -= 1.0
    return score


def _acceptable(
    ctx: _Context, mention: PlaceMention, cand: Candidate, anchors: Sequence[GazetteerEntry]
) -> bool:
    """Reject weak matches: fuzzy ones the story does not support, small foreign homonyms."""
    entry = cand.entry
    if entry.is_country:
        return cand.match == "exact" or cand.similarity >= 90
    if not entry.country_code:  # a continent: by its exact name only
        return cand.match == "exact"
    if _outside_written_admin(ctx, mention, entry) or _admin2_fit(ctx, mention, entry) is False:
        return False
    foreign = ctx.focus is not None and entry.country_code != ctx.focus
    near_anchor = any(
        haversine_km(entry.lat, entry.lon, a.lat, a.lon) <= FOREIGN_SMALL_PLACE_KM for a in anchors
    )
    named = any(  # the country is named close by (same paragraph or so)
        abs(at - mention.span.start) <= NAMED_COUNTRY_CHARS
        for at in ctx.named_countries.get(entry.country_code, ())
    )
    if entry.country_code != ctx.focus and _generic_name(mention):
        # "West", "Gulf", "Western": an area of that name abroad only when the story is there
        return near_anchor or named
    if cand.match == "fuzzy":
        if foreign and not near_anchor:
            return False
        if cand.similarity >= FILED_FUZZY_SIMILARITY and _filed_in_written_admin2(
            ctx, mention, entry
        ):
            return True  # a spelling variant filed in the cercle written after the name
        if not (entry.is_populated or entry.is_admin) and cand.similarity < 95:
            return False
        supported = near_anchor or any(_hints_agree(ctx, entry, _mention_key(mention)))
        return (
            cand.similarity >= 92
            or (supported and cand.similarity >= 85)
            or (not anchors and cand.similarity >= 88)
        )
    # Far from the story's other places, a foreign place counts only if it is a first-level
    # area (any area of a country named close by), an admin seat, a city of a million, or a
    # city of 100,000 in a country named close by: not a homonymous village, nor
    # "Independence" (a US city) in a report about Mali that names the US elsewhere.
    notable = (
        (entry.is_admin and (entry.feature_code == "ADM1" or named))
        or entry.feature_code in FOREIGN_SEATS
        or entry.population >= FOREIGN_MILLION_CITY
        or (
            entry.population >= FOREIGN_CITY_POPULATION and (named or _dominant(ctx, mention, cand))
        )
        or (entry.population >= FOREIGN_TOWN_POPULATION and named)
        or (entry.is_populated and _in_named_admin1(ctx, entry, _mention_key(mention)))
    )
    return not (foreign and not near_anchor and not notable)


def _dominant(ctx: _Context, mention: PlaceMention, cand: Candidate) -> bool:
    """The city is by far the biggest place of its own name (ten times any other town
    called so): the city the name means wherever the story is told. Not in a story about
    a detailed country, whose villages the gazetteer often lacks and which a foreign
    city's name then more likely names."""
    entry = cand.entry
    if cand.name_kind >= 2 or ctx.focus in ctx.gazetteer.detailed_countries:
        return False
    others = [
        c.entry.population
        for c in _candidates(ctx, mention)
        if c.match == "exact" and c.entry.is_populated and c.entry.geonameid != entry.geonameid
    ]
    return entry.population >= DOMINANCE * max([MIN_RIVAL_POPULATION, *others])


def _fame(
    ctx: _Context, mention: PlaceMention, cand: Candidate, anchors: Sequence[GazetteerEntry]
) -> float:
    """A city of the story's country much bigger than the other towns of its name there
    (``FAME_WEIGHT`` per tenfold, up to ``FAME_CAP``): "Louisville" is the Kentucky city,
    not a town of 9,000 that happens to lie 150 km from another place of the story. 0
    when a smaller namesake lies close to another place of the story (local news names its
    own small towns), for a translation or alternate name, or in a detailed country."""
    entry = cand.entry
    if cand.name_kind >= 2 or cand.match != "exact":
        return 0.0
    if ctx.focus in ctx.gazetteer.detailed_countries:
        return 0.0
    rivals = [
        c.entry
        for c in _candidates(ctx, mention)
        if c.match == "exact"
        and c.entry.is_populated
        and c.entry.geonameid != entry.geonameid
        and c.entry.country_code == entry.country_code
    ]
    biggest = max([MIN_RIVAL_POPULATION, *(e.population for e in rivals)])
    if entry.population <= biggest:
        return 0.0
    for rival in rivals:
        if any(haversine_km(rival.lat, rival.lon, a.lat, a.lon) <= FAME_LOCAL_KM for a in anchors):
            return 0.0
    return min(FAME_CAP, FAME_WEIGHT * math.log10(entry.population / biggest))


def _generic_name(mention: PlaceMention) -> bool:
    """A name made only of words that name no place on their own ("West", "the Gulf")."""
    return not set(_mention_key(mention).split()) - GENERIC_PART_WORDS


def _point_like(cand: Candidate) -> bool:
    """An exact reading that is a point or a small area (not a country, a first-level area
    or a world feature): the readings that can support each other by proximity."""
    entry = cand.entry
    return (
        cand.match == "exact"
        and not entry.is_country
        and entry.admin_level != 1
        and not is_world_feature(entry)
    )


def _mutual(
    ctx: _Context,
    cand: Candidate,
    anchors: Sequence[GazetteerEntry],
    partners: Sequence[GazetteerEntry],
) -> float:
    """Two ambiguous names whose readings lie together support those readings ("Gainesville"
    and "Hall County": the Georgia town and the county it is the seat of), when no other
    place of the story already lies that close: ``MUTUAL_BONUS`` for a reading within
    ``MUTUAL_KM`` of some acceptable reading of another name."""
    if not _point_like(cand) or ctx.focus in ctx.gazetteer.detailed_countries:
        return 0.0  # (a detailed country's villages: its own rules of written areas decide)
    entry = cand.entry
    if any(haversine_km(entry.lat, entry.lon, a.lat, a.lon) <= MUTUAL_KM for a in anchors):
        return 0.0
    for other in partners:
        if other.geonameid != entry.geonameid and (
            haversine_km(entry.lat, entry.lon, other.lat, other.lon) <= MUTUAL_KM
        ):
            return MUTUAL_BONUS
    return 0.0


def _anchor_of(candidates: Sequence[Candidate]) -> GazetteerEntry | None:
    for cand in candidates:
        entry = cand.entry
        if cand.match == "exact" and not entry.is_country and entry.admin_level != 1:
            return None if is_world_feature(entry) else entry
    return None


def resolve_mentions(
    mentions: Sequence[PlaceMention],
    context_places: Sequence[PlaceMention] = (),
    *,
    gazetteer: Gazetteer,
    country_hint: str | None = None,
    document_default: bool = True,
) -> list[ResolvedMention]:
    """Resolve each mention to its best gazetteer entry, using the whole article as context.

    ``document_default``: a name the gazetteer lacks (and that names no known place inside
    it, "Colorado State University" → Colorado) is placed at the article's main place —
    its most named town, else area, else country — and flagged ``default=True``; off, it
    stays unresolved (``entry=None``). :func:`resolve_place` never uses such defaults: an
    event place the gazetteer lacks is coded by its own rules (reference town, area)."""
    _, resolved = _resolve_all(mentions, context_places, gazetteer, country_hint, last_resort=True)
    if document_default:
        resolved = _document_default(resolved)
    return resolved[: len(mentions)]


def _resolve_all(
    event_places: Sequence[PlaceMention],
    context_places: Sequence[PlaceMention],
    gazetteer: Gazetteer,
    country_hint: str | None,
    *,
    last_resort: bool = False,
) -> tuple[_Context, list[ResolvedMention]]:
    """Resolve every mention. ``last_resort`` (toponym resolution, not an event's place):
    outside the detailed countries, a name without a reading the story supports is read as
    an admin area of the story's country named with it (:func:`_area_by_word`), else by
    its likeliest exact reading (:func:`_last_resort`), else by a lenient part
    (:func:`_resolve_part`)."""
    focus = gazetteer.country_code(country_hint) if country_hint else None
    ctx = _Context(gazetteer=gazetteer, focus=focus)
    everything = [*event_places, *context_places]
    _collect_admin_context(ctx, everything)
    if ctx.focus is None:
        ctx.focus = _country_focus(ctx, context_places or event_places)
    for m in everything:
        cands = _candidates(ctx, m)
        for c in cands:
            if c.match == "exact" and c.entry.is_country and c.entry.country_code:
                ctx.named_countries.setdefault(c.entry.country_code, []).append(m.span.start)
        # a first-level area named by its own name ("Florida"; not "Washington", which is
        # first a country's capital)
        if cands and cands[0].entry.feature_code == "PPLC" and not _is_regionish(m):
            continue
        for entry in (c.entry for c in cands if c.match == "exact" and c.name_kind < 2):
            if entry.admin_level == 1 and entry.admin1:
                where = (entry.country_code, name_key(entry.admin1))
                ctx.named_admin1.setdefault(where, set()).add(_mention_key(m))
    _collect_admin_hints(ctx, everything)
    if ctx.focus not in gazetteer.detailed_countries:  # the "City, State" style of news
        _collect_place_admin1_pairs(ctx, everything)
        _collect_area_lists(ctx, everything)

    keys = [_mention_key(m) for m in everything]
    # First pass: anchors from context-free ranking; second pass: with proximity.
    first: dict[str, GazetteerEntry | None] = {}
    readings: dict[str, list[GazetteerEntry]] = {}  # every acceptable point of each name
    for mention, key in zip(everything, keys, strict=True):
        if key in first:
            continue
        # only candidates that stand without support may anchor others (not a small
        # foreign homonym, not a loose fuzzy match)
        cands = [c for c in _candidates(ctx, mention) if _acceptable(ctx, mention, c, ())]
        ranked = sorted(cands, key=lambda c: -_score(ctx, mention, c, ()))
        first[key] = _anchor_of(ranked[:1])
        readings[key] = [c.entry for c in cands if _point_like(c)]
    out: list[ResolvedMention] = []
    for mention, key in zip(everything, keys, strict=True):
        anchors = [e for k, e in first.items() if k != key and e is not None]
        partners = [e for k, found in readings.items() if k != key for e in found]
        best: tuple[float, Candidate] | None = None
        for cand in _candidates(ctx, mention):
            if not _acceptable(ctx, mention, cand, anchors):
                continue
            score = _score(ctx, mention, cand, anchors) + _mutual(ctx, cand, anchors, partners)
            if best is None or score > best[0]:
                best = (score, cand)
        if key in MACRO_REGIONS and (
            best is None or best[1].entry.country_code != ctx.focus or not best[1].entry.is_admin
        ):
            # kept for whoever asks where "Europe" is, but never an event's location
            out.append(ResolvedMention(mention, best[1].entry if best else None, ignored=True))
        elif best is None:
            found = (
                _resolve_axis(ctx, mention, anchors)
                or (_area_by_word(ctx, mention) if last_resort else None)
                or (_last_resort(ctx, mention, anchors) if last_resort else None)
                or _resolve_part(ctx, mention, anchors, lenient=last_resort)
            )
            out.append(found if found else ResolvedMention(mention, None))
        else:
            out.append(ResolvedMention(mention, best[1].entry, best[0]))
    if ctx.focus not in gazetteer.detailed_countries:
        out = _short_forms(ctx, out)
    return ctx, out


def _area_by_word(ctx: _Context, mention: PlaceMention) -> ResolvedMention | None:
    """A name that no place of the story's country bears but that its admin areas are
    named with ("Yorkshire" in a story about England: North Yorkshire, East Riding of
    Yorkshire): the most populous such area. Not in a detailed country's story, not for a
    name of generic words, nor when the country has a place of that very name."""
    focus = ctx.focus
    if focus is None or focus in ctx.gazetteer.detailed_countries or _generic_name(mention):
        return None
    if any(c.entry.country_code == focus for c in _candidates(ctx, mention)):
        return None
    areas = ctx.gazetteer.areas_named_with(_clean_mention_text(mention.text), country=focus)
    return ResolvedMention(mention, areas[0]) if areas else None


def _last_resort(
    ctx: _Context, mention: PlaceMention, anchors: Sequence[GazetteerEntry]
) -> ResolvedMention | None:
    """The likeliest exact reading of a name that has no reading the story supports (a
    small town abroad, far from the story's places, in no country it names: "Dundalk" in a
    story about Japan): a geoparser answers with it rather than nothing. Not in a story
    about a detailed country, whose villages the gazetteer lists and whose unknown names
    are more often missing villages than foreign towns; never against the admin areas
    written after the name, nor a name of generic words ("West")."""
    home = ctx.gazetteer.detailed_countries
    if ctx.focus in home or _generic_name(mention):
        return None
    cands = [
        c
        for c in _candidates(ctx, mention)
        if c.match == "exact"
        and c.entry.country_code not in home
        and not _outside_written_admin(ctx, mention, c.entry)
        and _admin2_fit(ctx, mention, c.entry) is not False
    ]
    if not cands:
        return None
    best = max(cands, key=lambda c: _score(ctx, mention, c, anchors))
    return ResolvedMention(mention, best.entry, _score(ctx, mention, best, anchors))


def _main_place(resolved: Sequence[ResolvedMention]) -> GazetteerEntry | None:
    """The place an article is about: the populated place its toponyms name most often
    (ties: the first named), else its most named admin area, else its most named country."""
    counts: Counter[int] = Counter()
    first: dict[int, tuple[int, GazetteerEntry]] = {}
    for number, item in enumerate(resolved):
        entry = item.entry
        if entry is None or item.ignored or item.default or not entry.country_code:
            continue
        counts[entry.geonameid] += 1
        first.setdefault(entry.geonameid, (number, entry))

    def rank(gid: int) -> tuple[int, int, int]:
        number, entry = first[gid]
        kind = 0 if entry.is_populated else 2 if entry.is_country else 1
        return (kind, -counts[gid], number)

    return first[min(first, key=rank)][1] if first else None


def _document_default(resolved: list[ResolvedMention]) -> list[ResolvedMention]:
    """Toponyms the gazetteer lacks (a street, a building, a suburb, a river) placed at the
    article's main place (``default=True``): most toponyms a story does not explain lie
    in or near the place the story is about."""
    if all(item.entry is not None or item.ignored for item in resolved):
        return resolved
    main = _main_place(resolved)
    if main is None:
        return resolved
    return [
        replace(item, entry=main, default=True) if item.entry is None and not item.ignored else item
        for item in resolved
    ]


def _resolve_axis(
    ctx: _Context, mention: PlaceMention, anchors: Sequence[GazetteerEntry]
) -> ResolvedMention | None:
    """'Gao-Ansongo' (a road between two towns) → the first town, as a "between" relation."""
    parts = [p for p in _AXIS_SPLIT.split(mention.text.strip()) if p]
    if len(parts) < 2:
        return None
    found: list[tuple[float, GazetteerEntry]] = []
    sub = PlaceMention(text=parts[0], span=mention.span, relation="between")
    for part in parts:
        cands = [
            c
            for c in ctx.gazetteer.candidates(part, limit=10, fuzzy=False)
            if c.entry.is_populated and _acceptable(ctx, mention, c, anchors)
        ]
        if not cands:
            return None
        best = max(cands, key=lambda c: _score(ctx, sub, c, anchors))
        found.append((_score(ctx, sub, best, anchors), best.entry))
    return ResolvedMention(mention, found[0][1], found[0][0], axis=True)


PART_MIN_POPULATION = 100_000
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
_WORD = re.compile(r"[^\W\d_][\w'’.&-]*", re.UNICODE)


def _notable(entry: GazetteerEntry) -> bool:
    """A place big enough that a longer name containing it refers to it: a country, a
    first-level area, a capital or regional seat, or a city of 100,000."""
    return (
        entry.is_country
        or entry.admin_level == 1
        or entry.feature_code in ("PPLC", "PPLA")
        or (entry.is_populated and entry.population >= PART_MIN_POPULATION)
    )


def _resolve_part(
    ctx: _Context,
    mention: PlaceMention,
    anchors: Sequence[GazetteerEntry],
    *,
    lenient: bool = False,
) -> ResolvedMention | None:
    """A name the gazetteer lacks that contains the name of a notable place (a country, a
    first-level area, a seat or a big city): "Colorado State University" → Colorado,
    "Manila Cathedral" → Manila, "US Federal Reserve" → the United States. The longest
    such part wins, then the first; the other words say what the feature is, not where.
    ``lenient`` (toponym resolution, a story about a world country): any town or area of the
    story's country counts as well ("Cavan Institute"), and a notable place abroad needs no
    support from the story ("Dubai World Cup" in a story about the United States)."""
    words = _WORD.findall(mention.text)
    if len(words) < 2:
        return None
    sub = PlaceMention(text=mention.text, span=mention.span, relation=mention.relation)

    relaxed = lenient and ctx.focus not in ctx.gazetteer.detailed_countries

    def fits(entry: GazetteerEntry) -> bool:  # in the story's country, or a country itself
        if relaxed:  # toponym resolution: also any town or area of the story's country
            return (
                _notable(entry)
                or not entry.country_code  # a continent ("Council of Europe")
                or ((entry.is_populated or entry.is_admin) and entry.country_code == ctx.focus)
            )
        return _notable(entry) and (
            not ctx.focus or entry.is_country or entry.country_code == ctx.focus
        )

    for size in range(len(words) - 1, 0, -1):
        for first in range(len(words) - size + 1):
            part = " ".join(words[first : first + size])
            key = name_key(part)
            if (key in MACRO_REGIONS and not relaxed) or not set(key.split()) - GENERIC_PART_WORDS:
                continue
            if len(key) < 3 and not part.isupper():  # "US", not "No"
                continue
            cands = [  # by its own name or alias, not a translation ("Trent" is not Trento)
                c
                for c in ctx.gazetteer.candidates(part, limit=20, fuzzy=False)
                if (c.name_kind < 2 or (relaxed and _demonym_of_area(c)))
                and fits(c.entry)
                and (relaxed or _acceptable(ctx, sub, c, anchors))
            ]
            if cands:
                best = max(cands, key=lambda c: _score(ctx, sub, c, anchors))
                return ResolvedMention(
                    mention, best.entry, _score(ctx, sub, best, anchors), part=True
                )
    return None


def _demonym_of_area(cand: Candidate) -> bool:
    """A demonym of a country or a continent ("Mexican Senate" → Mexico, "European
    Commission" → Europe)."""
    entry = cand.entry
    return cand.name_kind == DEMONYM_KIND and (entry.is_country or not entry.country_code)


def _tier(item: ResolvedMention) -> int:
    """Lower is a better event location: 0 a place the event is in … 5 a country."""
    entry, relation = item.entry, item.mention.relation
    if entry is None or item.ignored:
        return 9
    if entry.is_country:
        return 5
    if entry.admin_level == 1:
        return 4
    if entry.is_admin:
        return 3
    if _is_regionish(item.mention):
        return 4 if entry.feature_code in ("PPLA", "PPLC") else 3
    if item.axis or relation in ("near", "between"):
        return 1
    if item.part:
        return 2  # a feature of the named place (its airport, its university)
    if relation == "distance":
        return 2
    return 0


def _precision(tier: int) -> int:
    return 1 if tier == 0 else 2 if tier <= 3 else 3


_COMPASS: dict[str, tuple[float, float]] = {
    "N": (1.0, 0.0), "S": (-1.0, 0.0), "E": (0.0, 1.0), "W": (0.0, -1.0),
    "NE": (0.7071, 0.7071), "NW": (0.7071, -0.7071), "SE": (-0.7071, 0.7071),
    "SW": (-0.7071, -0.7071),
}  # fmt: skip


def _part_towards(ctx: _Context, country: GazetteerEntry, direction: str) -> GazetteerEntry | None:
    """The first-level area of a country lying furthest in a direction ("northern X")."""
    way = _COMPASS.get(direction)
    if way is None or not country.country_code:
        return None
    areas = [
        area
        for name in ctx.gazetteer.admin1_names(country.country_code)
        if (area := ctx.gazetteer.admin_area(name, country=country.country_code, level=1))
    ]
    if len(areas) < 3:
        return None  # too few areas to tell a part from the whole
    lat0 = sum(a.lat for a in areas) / len(areas)
    lon0 = sum(a.lon for a in areas) / len(areas)
    scale = math.cos(math.radians(lat0))

    def reach(area: GazetteerEntry) -> float:
        return (area.lat - lat0) * way[0] + (area.lon - lon0) * scale * way[1]

    return max(areas, key=reach)


def _area_of(ctx: _Context, item: ResolvedMention) -> GazetteerEntry | None:
    """The entry to code: a regional capital named as a region stands for its ADM1, and
    "northern <country>" for the country's first-level area furthest north."""
    entry = item.entry
    mention = item.mention
    if entry is not None and entry.is_country and mention.relation == "region":
        part = _part_towards(ctx, entry, mention.direction) if mention.direction else None
        if part is not None:
            return part
    if entry is not None and _tier(item) == 4 and entry.is_populated and entry.admin1:
        area = ctx.gazetteer.admin_area(entry.admin1, country=entry.country_code, level=1)
        return area or entry
    return entry


def _place(
    gazetteer: Gazetteer,
    entry: GazetteerEntry,
    *,
    precision: int,
    mention: PlaceMention | None,
    written: str | None = None,
) -> Place:
    """A Place for an entry; admin areas and countries are coded at the town standing for them."""
    point = entry
    admin1, admin2 = entry.admin1, entry.admin2
    if entry.is_country:
        admin1 = admin2 = None
    elif entry.is_admin:
        point = gazetteer.capital_of(entry) or entry
        if entry.admin_level == 1:
            admin2 = None
    name = point.name
    if point is entry and entry.is_admin:
        name = (entry.admin2 if entry.admin_level == 2 else entry.admin1) or entry.name
    return Place(
        name=name,
        latitude=round(point.lat, 5),
        longitude=round(point.lon, 5),
        country=entry.country,
        admin1=admin1,
        admin2=admin2,
        geonameid=point.geonameid,
        feature_code=point.feature_code,
        geo_precision=precision,
        mention=written if written is not None else (mention.text if mention else None),
        span=mention.span if mention else None,
    )


def _code(ctx: _Context, item: ResolvedMention, *, written: str | None = None) -> Place | None:
    entry = _area_of(ctx, item)
    if entry is None:
        return None
    place = _place(
        ctx.gazetteer, entry, precision=_precision(_tier(item)), mention=item.mention,
        written=written,
    )  # fmt: skip
    label = _written_admin2_label(ctx, item.mention, entry) if entry is item.entry else None
    return replace(place, admin2=label) if label else place


def _containing_area(
    ctx: _Context, resolved: Sequence[ResolvedMention], reference: ResolvedMention | None
) -> tuple[GazetteerEntry, int] | None:
    """The smallest area the text lets us assert for a place the gazetteer does not know."""
    areas: list[GazetteerEntry] = []
    for item in resolved:
        entry = _area_of(ctx, item)
        if entry is not None and entry.is_admin:
            areas.append(entry)
    if areas:
        entry = max(areas, key=lambda e: e.admin_level or 0)
        return entry, 2 if (entry.admin_level or 0) >= 2 else 3
    if reference is not None and reference.entry is not None and reference.entry.admin1:
        area = ctx.gazetteer.admin_area(
            reference.entry.admin1, country=reference.entry.country_code, level=1
        )
        if area is not None:
            return area, 3
    for item in resolved:
        if item.entry is not None and item.entry.is_country:
            return item.entry, 3
    if ctx.focus:
        country = ctx.gazetteer.country_entry(ctx.focus)
        if country is not None:
            return country, 3
    return None


def resolve_place(
    event_places: Sequence[PlaceMention],
    context_places: Sequence[PlaceMention],
    *,
    gazetteer: Gazetteer,
    country_hint: str | None = None,
) -> Place | None:
    """Choose and resolve the location of an event.

    ``event_places``: toponyms of the event's own sentence, in order (a mention flagged
    ``is_event_location`` is preferred); ``context_places``: all toponyms of the article.
    A name the gazetteer does not know is kept in ``Place.mention`` and coded at a close
    reference town (precision 2) or the smallest area the text supports (precision 2 or 3).
    Returns None only when no place and no country is known.
    """
    ctx, resolved = _resolve_all(event_places, context_places, gazetteer, country_hint)
    own = resolved[: len(event_places)]
    context = resolved[len(event_places) :]
    flagged = [r for r in own if r.mention.is_event_location]
    pool = flagged or own
    if not pool:
        return _from_context(ctx, context)
    # a toponym the words around it present as a place ("in X", "X (Goundam, Tombouctou)")
    # beats a bare name of the same tier, which is as often a people or a group ("Dogon")
    placed = {id(r) for r in pool if _placed_by_text(ctx, r)}
    order = {id(r): i for i, r in enumerate(pool)}
    ranked = sorted(
        (r for r in pool if r.entry is not None and not r.ignored),
        key=lambda r: (_tier(r), id(r) not in placed, order[id(r)]),
    )
    best = ranked[0] if ranked else None
    first = min(pool, key=lambda r: r.mention.span.start)
    if first.mention.relation == "between" and first.entry is not None and _tier(first) == 1:
        return _code(ctx, first)  # "between A and B": coded at A, as ACLED does
    unknown = [r for r in pool if _unknown_place(ctx, r, own)]
    strong_unknown = any(id(r) in placed for r in unknown)
    if best is not None and _tier(best) == 0 and (id(best) in placed or not strong_unknown):
        return _code(ctx, best)
    if unknown:
        return _fallback_for_unknown(ctx, [*own, *context], unknown[0], best)
    if best is not None:
        return _code(ctx, best)
    return _from_context(ctx, context)


def _placed_by_text(ctx: _Context, item: ResolvedMention) -> bool:
    mention = item.mention
    if item.ignored or _is_regionish(mention):
        return False
    if item.entry is not None and (item.entry.is_country or item.entry.admin_level == 1):
        return False
    if mention.relation == "in":
        return True
    return (mention.span.article, mention.span.start) in ctx.allowed_admin1


def _unknown_place(ctx: _Context, item: ResolvedMention, own: Sequence[ResolvedMention]) -> bool:
    """A name the gazetteer lacks that the text still presents as the event's place: after
    a locative cue ("in X", "the village of X", "between X and Y", "near X"), or followed by
    its admin areas ("X (Goundam, Tombouctou)", "X, in the Timbuktu region"). A bare unknown
    name is more often a person or an organisation than a village, and is not used."""
    mention = item.mention
    if item.entry is not None or item.ignored or _is_regionish(mention):
        return False
    if mention.relation in ("in", "between", "near"):
        return True
    if (mention.span.article, mention.span.start) in ctx.allowed_admin1:
        return True
    if mention.relation is not None:
        return False
    end = mention.span.end
    return any(
        other.mention.relation == "region"
        and other.mention.span.article == mention.span.article
        and 0 <= other.mention.span.start - end <= ADMIN_CONTEXT_GAP
        for other in own
    )


def _fallback_for_unknown(
    ctx: _Context,
    resolved: Sequence[ResolvedMention],
    unknown: ResolvedMention,
    reference: ResolvedMention | None,
) -> Place | None:
    """An event place the gazetteer does not know: a close reference town, else an area."""
    written = unknown.mention.text
    if reference is not None and reference.entry is not None and _tier(reference) in (1, 2):
        km = reference.mention.distance_km
        if km is None or km <= NEAR_REFERENCE_KM:
            place = _code(ctx, reference, written=written)
            if place is not None:
                return replace(place, geo_precision=2, span=unknown.mention.span)
    cercles = ctx.written_admin2.get((unknown.mention.span.article, unknown.mention.span.start))
    area = (cercles[0], 2) if cercles else _containing_area(ctx, resolved, reference)
    if area is None:
        return None
    entry, precision = area
    return _place(
        ctx.gazetteer, entry, precision=precision, mention=unknown.mention, written=written
    )


def _from_context(ctx: _Context, context: Sequence[ResolvedMention]) -> Place | None:
    """No toponym in the event sentence: the article's main town, else its area or country."""
    towns = [r for r in context if r.entry is not None and _tier(r) == 0]
    if towns:
        counts: Counter[int] = Counter()
        first_seen: dict[int, ResolvedMention] = {}
        for r in towns:
            assert r.entry is not None
            counts[r.entry.geonameid] += 1
            first_seen.setdefault(r.entry.geonameid, r)
        top_id = max(first_seen, key=lambda gid: counts[gid])  # ties: first mentioned
        place = _code(ctx, first_seen[top_id])
        if place is not None and len(counts) > 1:
            place = replace(place, geo_precision=2)
        return place
    ranked = sorted((r for r in context if r.entry is not None and not r.ignored), key=_tier)
    if ranked:
        return _code(ctx, ranked[0])
    if ctx.focus:
        country = ctx.gazetteer.country_entry(ctx.focus)
        if country is not None:
            return _place(ctx.gazetteer, country, precision=3, mention=None)
    return None
