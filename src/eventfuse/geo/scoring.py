"""Scoring a gazetteer candidate of a toponym in a story's context, and the tests a
candidate must pass to be considered.

The score adds named terms (:class:`ScoreReasons`): the prior (feature type and log
population, less a malus for an alias or alternate name), the user's own places, fuzzy
matches, a city's prominence or fame, a sea or macro-region by its own name, the story's
country focus, agreement with admin areas named in the text ("(Goundam, Tombouctou)", "in
the Timbuktu region"), "Place, Area" pairs, what the text calls the place (a region, a
point), and proximity to the other places of the story. Weights: :mod:`eventfuse.geo.weights`.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from ..records import PlaceMention
from .candidates import ResolveContext, candidates_of, is_regionish, mention_key
from .context import alternate_abroad, generic_name, hints_agree, in_named_admin1, paired
from .entries import (
    DEMONYM_KIND,
    Candidate,
    GazetteerEntry,
    feature_weight,
    is_world_feature,
    population_term,
)
from .support import nearest_km, other_within
from .weights import (
    ADMIN1_AGREES,
    ADMIN2_AGREES,
    DOMINANCE,
    FAME_CAP,
    FAME_LOCAL_KM,
    FAME_WEIGHT,
    FAR_KM,
    FILED_FUZZY_SIMILARITY,
    FOCUS_BONUS,
    FOREIGN_CITY_POPULATION,
    FOREIGN_MILLION_CITY,
    FOREIGN_SEATS,
    FOREIGN_SMALL_PLACE_KM,
    FOREIGN_TOWN_POPULATION,
    FUZZY_MALUS,
    HOME_BONUS,
    MAJOR_SEATS,
    MIN_RIVAL_POPULATION,
    MUTUAL_BONUS,
    MUTUAL_KM,
    NAME_KIND_MALUS,
    NAMED_ADMIN1_AGREES,
    NAMED_COUNTRY_CHARS,
    NEAR_KM,
    OTHER_COUNTRY_MALUS,
    PAIR_AGREES,
    PAIR_AREA_AGREES,
    POINT_AVOIDS_ADMIN,
    POINT_WANTS_TOWN,
    PROMINENCE,
    REGION_WANTS_ADMIN,
    USER_BONUS,
    WORLD_FEATURE_BONUS,
    WRITTEN_ADMIN2_AGREES,
)
from .written_areas import (
    admin2_fit,
    filed_in_written_admin2,
    outside_written_admin,
    written_admin2_keys,
)


@dataclass(frozen=True, slots=True)
class ScoreReasons:
    """A candidate's score and the named terms it is made of: ``total`` is the sum of the
    ``terms`` values, added one by one in their order (terms that add nothing are left out)."""

    terms: tuple[tuple[str, float], ...]
    total: float

    def lines(self) -> list[str]:
        """One readable line per term: "feature type +2.50"."""
        return [f"{name} {value:+.2f}" for name, value in self.terms]


class _Tally:
    """The running score: each term is added to the total as it is found."""

    __slots__ = ("terms", "total")

    def __init__(self) -> None:
        self.terms: list[tuple[str, float]] = []
        self.total = 0.0

    def add(self, name: str, value: float) -> None:
        if value != 0.0:
            self.terms.append((name, value))
            self.total += value

    def reasons(self) -> ScoreReasons:
        return ScoreReasons(tuple(self.terms), self.total)


_KIND_NAMES = {1: "alias or admin short name", 2: "alternate name", DEMONYM_KIND: "demonym"}


def score_candidate(
    ctx: ResolveContext,
    mention: PlaceMention,
    cand: Candidate,
    anchors: Sequence[GazetteerEntry],
) -> ScoreReasons:
    """The score of a candidate for a mention, with its terms. ``anchors``: the likeliest
    points of the story's other names (none in the first, context-free pass)."""
    entry = cand.entry
    tally = _Tally()
    tally.add("feature type", feature_weight(entry))
    tally.add("population", population_term(entry))
    tally.add(_KIND_NAMES.get(cand.name_kind, "name kind"), -(NAME_KIND_MALUS * cand.name_kind))
    if entry.from_user:
        tally.add("from the user gazetteer", USER_BONUS)
    if cand.match == "fuzzy":
        tally.add(
            "fuzzy match",
            -(FUZZY_MALUS + (100.0 - cand.similarity) / 10.0),
        )
    big = entry.is_populated and entry.population >= FOREIGN_CITY_POPULATION
    if big and not ctx.focus:
        # no country to go by: a city's fame grows faster than the log of its size
        tally.add("prominence", PROMINENCE * (math.log10(entry.population) - 5.0))
    if big and anchors and entry.country_code == ctx.focus:
        tally.add("fame among its namesakes", _fame(ctx, mention, cand, anchors))
    world = is_world_feature(entry)  # a sea, a macro-region: no distance to speak of
    if world and cand.name_kind < 2:
        tally.add("world feature by its own name", WORLD_FEATURE_BONUS)
    if not entry.country_code:
        pass  # a continent, an ocean, a macro-region: in no country, so in no other one
    elif ctx.focus:
        if entry.country_code == ctx.focus:
            tally.add("in the story's country", FOCUS_BONUS)
        elif entry.population < FOREIGN_MILLION_CITY:  # a world city is no stranger
            tally.add("outside the story's country", -OTHER_COUNTRY_MALUS)
    elif entry.country_code in ctx.gazetteer.detailed_countries:
        tally.add("in a detailed country", HOME_BONUS)
    else:  # no country to go by
        tally.add(
            "alternate name abroad", -alternate_abroad(cand, ctx.gazetteer.detailed_countries)
        )
    own = mention_key(mention)
    agree1, agree2 = hints_agree(ctx, entry, own)
    if written_admin2_keys(ctx, mention) and not entry.is_country and entry.admin_level != 1:
        # the cercle written after the place decides, not a same-named area elsewhere in
        # the text ("X (Gao, Gao)": the region's name is not the Gao cercle's vote)
        agree2 = False
        if filed_in_written_admin2(ctx, mention, entry):
            tally.add("filed under the cercle written after it", WRITTEN_ADMIN2_AGREES)
    tally.add(
        "admin areas named in the story",
        (ADMIN1_AGREES if agree1 else 0.0) + (ADMIN2_AGREES if agree2 else 0.0),
    )
    if not agree1 and in_named_admin1(ctx, entry, own):
        tally.add("in a first-level area the story names", NAMED_ADMIN1_AGREES)
    pairing = paired(ctx, mention, entry)
    if pairing is not None:  # "Tacoma, Washington": the readings that go together
        tally.add(
            "place, area pair" if pairing else "against its place, area pair",
            (PAIR_AREA_AGREES if entry.admin_level == 1 else PAIR_AGREES)
            * (1.0 if pairing else -1.0),
        )
    if is_regionish(mention):
        if entry.is_admin:
            tally.add("written as a region: an admin area", REGION_WANTS_ADMIN)
        elif entry.geonameid in ctx.commune_seats.get(mention_key(mention), ()):
            tally.add("written as a region: the seat of a commune", REGION_WANTS_ADMIN)
        elif entry.is_country:
            tally.add("written as a region: a country", 1.0)
    elif not entry.is_country:
        tally.add("written as a place: a town", POINT_WANTS_TOWN if entry.is_populated else 0.0)
        tally.add("written as a place: an area", -(POINT_AVOIDS_ADMIN if entry.is_admin else 0.0))
    if anchors and not entry.is_country and entry.admin_level != 1 and not world:
        nearest = nearest_km(anchors, entry)
        for km, bonus in NEAR_KM:
            if nearest <= km:
                tally.add("near another place of the story", bonus)
                break
        else:
            # one far place of the story does not pull a known city to a small homonym
            if nearest > FAR_KM and not (big or entry.feature_code in MAJOR_SEATS):
                tally.add("far from the story's other places", -1.0)
    return tally.reasons()


def acceptable(
    ctx: ResolveContext, mention: PlaceMention, cand: Candidate, anchors: Sequence[GazetteerEntry]
) -> bool:
    """Reject weak matches: fuzzy ones the story does not support, small foreign homonyms."""
    entry = cand.entry
    if entry.is_country:
        return cand.match == "exact" or cand.similarity >= 90
    if not entry.country_code:  # a continent: by its exact name only
        return cand.match == "exact"
    if outside_written_admin(ctx, mention, entry) or admin2_fit(ctx, mention, entry) is False:
        return False
    foreign = ctx.focus is not None and entry.country_code != ctx.focus
    near_anchor = nearest_km(anchors, entry) <= FOREIGN_SMALL_PLACE_KM
    named = any(  # the country is named close by (same paragraph or so)
        abs(at - mention.span.start) <= NAMED_COUNTRY_CHARS
        for at in ctx.named_countries.get(entry.country_code, ())
    )
    if entry.country_code != ctx.focus and generic_name(mention):
        # "West", "Gulf", "Western": an area of that name abroad only when the story is there
        return near_anchor or named
    if cand.match == "fuzzy":
        if foreign and not near_anchor:
            return False
        if cand.similarity >= FILED_FUZZY_SIMILARITY and filed_in_written_admin2(
            ctx, mention, entry
        ):
            return True  # a spelling variant filed in the cercle written after the name
        if not (entry.is_populated or entry.is_admin) and cand.similarity < 95:
            return False
        supported = near_anchor or any(hints_agree(ctx, entry, mention_key(mention)))
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
        or (entry.is_populated and in_named_admin1(ctx, entry, mention_key(mention)))
    )
    return not (foreign and not near_anchor and not notable)


def _dominant(ctx: ResolveContext, mention: PlaceMention, cand: Candidate) -> bool:
    """The city is by far the biggest place of its own name (ten times any other town
    called so): the city the name means wherever the story is told. Not in a story about
    a detailed country, whose villages the gazetteer often lacks and which a foreign
    city's name then more likely names."""
    entry = cand.entry
    if cand.name_kind >= 2 or ctx.focus in ctx.gazetteer.detailed_countries:
        return False
    others = [
        c.entry.population
        for c in candidates_of(ctx, mention)
        if c.match == "exact" and c.entry.is_populated and c.entry.geonameid != entry.geonameid
    ]
    return entry.population >= DOMINANCE * max([MIN_RIVAL_POPULATION, *others])


def _fame(
    ctx: ResolveContext, mention: PlaceMention, cand: Candidate, anchors: Sequence[GazetteerEntry]
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
        for c in candidates_of(ctx, mention)
        if c.match == "exact"
        and c.entry.is_populated
        and c.entry.geonameid != entry.geonameid
        and c.entry.country_code == entry.country_code
    ]
    biggest = max([MIN_RIVAL_POPULATION, *(e.population for e in rivals)])
    if entry.population <= biggest:
        return 0.0
    for rival in rivals:
        if nearest_km(anchors, rival) <= FAME_LOCAL_KM:
            return 0.0
    return min(FAME_CAP, FAME_WEIGHT * math.log10(entry.population / biggest))


def point_like(cand: Candidate) -> bool:
    """An exact reading that is a point or a small area (not a country, a first-level area
    or a world feature): the readings that can support each other by proximity."""
    entry = cand.entry
    return (
        cand.match == "exact"
        and not entry.is_country
        and entry.admin_level != 1
        and not is_world_feature(entry)
    )


def mutual(
    ctx: ResolveContext,
    cand: Candidate,
    anchors: Sequence[GazetteerEntry],
    partners: Sequence[GazetteerEntry],
) -> float:
    """Two ambiguous names whose readings lie together support those readings ("Gainesville"
    and "Hall County": the Georgia town and the county it is the seat of), when no other
    place of the story already lies that close: ``MUTUAL_BONUS`` for a reading within
    ``MUTUAL_KM`` of some acceptable reading of another name."""
    if not point_like(cand) or ctx.focus in ctx.gazetteer.detailed_countries:
        return 0.0  # (a detailed country's villages: its own rules of written areas decide)
    entry = cand.entry
    if nearest_km(anchors, entry) <= MUTUAL_KM:
        return 0.0
    return MUTUAL_BONUS if other_within(partners, entry, MUTUAL_KM) else 0.0


def anchor_of(candidates: Sequence[Candidate]) -> GazetteerEntry | None:
    for cand in candidates:
        entry = cand.entry
        if cand.match == "exact" and not entry.is_country and entry.admin_level != 1:
            return None if is_world_feature(entry) else entry
    return None
