"""Group mentions of one incident (across and within articles) into event clusters."""

from __future__ import annotations

import re
from bisect import insort
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from rapidfuzz.fuzz import ratio

from ..config import Settings
from ..geo.distance import haversine_km
from ..lang import every
from ..records import Actor, Mention, Place, content_hash
from ..taxonomy import DEMO, act_group
from .agreement import corroborated, loosely_placed, names_locality, names_place
from .names import name_key, same_person

# actors that name no one: "Islamist Militia" is ACLED's label for jihadists it cannot name
# (extract.evidence.ISLAMIST_MILITIA), as unknown as an unidentified group
GENERIC_ACTOR_PREFIXES = ("Unidentified", "Islamist Militia", "Civilians", "Protesters", "Rioters")


@dataclass(frozen=True, slots=True)
class LinkOptions:
    """How close two mentions must be to tell one incident (``days`` widens vague dates)."""

    days: int = 3
    km: float = 50.0
    # two exact dates this many days apart can be one incident told by two reports (a night
    # attack dated by the evening or by the morning, a story dated by its writing) when the
    # reports agree on the place (``_places_agree``)
    slack_days: int = 1
    # two different towns, each named as the event's place (precision 1), this far apart
    # are two incidents (ACLED codes each village on its own)
    town_km: float = 10.0
    # a report whose place only names the admin2 area (department, cercle, province) that
    # holds the other report's village (``area_report``): one incident up to this distance
    area_km: float = 150.0

    @classmethod
    def from_settings(cls, settings: Settings) -> LinkOptions:
        """The options a run's settings give (``link_days``, ``link_km``; ``town_km`` as default)."""
        return cls(days=settings.link_days, km=settings.link_km)


@dataclass(frozen=True, slots=True)
class Cluster:
    """Mentions of one event; ``id`` is stable: a hash of its smallest mention id."""

    id: str
    mentions: tuple[Mention, ...]


def date_window(m: Mention, days: int, slack: int = 0) -> tuple[date, date] | None:
    """The days a mention's date can stand for, by its precision and self-consistency;
    ``slack`` widens an exact date by that many days each side (see ``LinkOptions.slack_days``)."""
    d = m.date
    if d is None:
        return None
    if d.precision == 1 and not d.weekday_mismatch:
        return d.value - timedelta(days=slack), d.value + timedelta(days=slack)
    if d.precision == 1:  # a date whose weekday contradicts it: either could be right
        return d.value - timedelta(days=6 + slack), d.value + timedelta(days=1 + slack)
    if d.precision == 2:
        if d.span is None:  # only the publication date is known: the event came before it
            return d.value - timedelta(days=7 + days), d.value
        return d.value - timedelta(days=4 + days), d.value + timedelta(days=4 + days)
    return d.value - timedelta(days=16), d.value + timedelta(days=16)


def _named_town(p: Place) -> bool:
    """A populated place the report itself named (at it or near it), not an area fallback."""
    if p.geo_precision > 2 or not (p.feature_code or "").startswith("PPL"):
        return False
    return _same_name(name_key(p.mention or p.name), name_key(p.name))


def _places_compatible(p: Place, q: Place, options: LinkOptions) -> bool:
    """Can two resolved places be where one incident happened?"""
    if p.geo_precision <= 2 and q.geo_precision <= 2:
        km = haversine_km(p.latitude, p.longitude, q.latitude, q.longitude)
        if km > options.km:
            return False
        if p.geo_precision == 1 and q.geo_precision == 1 and km > options.town_km:
            return name_key(p.name) == name_key(q.name) or same_written_name(p, q)
        # two towns the reports name, one or both only "near": allow twice the distance
        if _named_town(p) and _named_town(q) and km > 2 * options.town_km:
            return _same_name(name_key(p.name), name_key(q.name))
        return True
    # a region (precision 3) contains the incident: the other place must lie in it
    return not (p.admin1 and q.admin1 and p.admin1 != q.admin1)


def same_written_name(p: Place, q: Place) -> bool:
    """The reports wrote one name for their towns, or one with a qualifier after it ("X" and
    "X Peulh"): the gazetteer placed the bare name at a homonym of the other's village."""
    a, b = name_key(p.mention or p.name), name_key(q.mention or q.name)
    return bool(a) and bool(b) and (a == b or _qualified(a, b))


def _areas(p: Place) -> list[tuple[str, ...]]:
    """Name keys of the admin areas (admin2, admin1) that hold ``p``, less its own name (the
    area's own town keeps the usual distance rules)."""
    own = name_key(p.name)
    return [k for k in (name_key(x) for x in (p.admin2, p.admin1) if x) if k != own]


def area_report(m: Mention, p: Place | None, options: LinkOptions) -> bool:
    """``m`` places the act only by the name of an admin area (department, cercle, province,
    region) that holds ``p``, the other report's place, within ``options.area_km``: the name
    it wrote is the area's, and the act's own sentence does not name it (the story's frame
    or another sentence gave it: "in Niger" in a headline, the department named in the next
    paragraph), or the act's sentence names it as an area ("in the X province"), or names it
    but the gazetteer placed the name elsewhere (at its region's seat). A report naming that town in the act's sentence tells an act in
    that town."""
    q = m.place
    if q is None or p is None or q.geo_precision > 2 or p.geo_precision > 2 or p.country != q.country:
        return False
    # a name the gazetteer placed elsewhere may also be the other report's town, spelled
    # another way ("ou" for "u")
    names = [*_areas(p), name_key(p.name)] if _placed_elsewhere(q) else _areas(p)
    if p.admin1 != q.admin1 or not any(_same_name(name_key(q.mention or q.name), a) for a in names):
        return False
    if haversine_km(p.latitude, p.longitude, q.latitude, q.longitude) > options.area_km:
        return False
    return q.span is None or placed_by_story(m) or _placed_elsewhere(q) or named_as_area(m)


def named_as_area(m: Mention) -> bool:
    """The act's sentence names the report's place only as an area ("in the X province",
    "dans le X"), never as the town of the same name ("in X (X cercle)" names the town)."""
    q = m.place
    if q is None:
        return False
    key = name_key(q.mention or q.name)
    named = [pm.relation for pm in m.place_mentions if _same_name(name_key(pm.text), key)]
    return bool(named) and all(relation == "region" for relation in named)


def _placed_elsewhere(q: Place) -> bool:
    """The gazetteer did not find the name as written and placed it at another point (the
    seat of its region): the act's sentence named an area, not a town."""
    return bool(q.mention) and not _same_name(name_key(q.mention or ""), name_key(q.name))


def capital_by_context(m: Mention) -> bool:
    """``m`` is placed at the national capital by the story, not by the act's own sentence:
    where statements, funerals and summits take place, no more telling than the country for
    an act of violence (a demonstration in the capital is the capital's own)."""
    q = m.place
    return m.disorder_type != DEMO and q is not None and q.feature_code == "PPLC" and placed_by_story(m)


def _weak_place(a: Mention, b: Mention, options: LinkOptions) -> bool:
    """One report's place says no more than the area or the country of the other's: it names
    the other's department (``area_report``) or is the capital the story named
    (``capital_by_context``)."""
    return (
        area_report(a, b.place, options) or area_report(b, a.place, options)
        or capital_by_context(a) or capital_by_context(b)
    )


PRECISION_WEIGHT = {1: 3.0, 2: 1.5, 3: 0.5}
STORY_PLACE_FACTOR = 0.5
AREA_OPTIONS = LinkOptions()  # the area distance (``area_km``) when the event's place is chosen


def place_weight(m: Mention, places: Sequence[Place]) -> float:
    """How much a report's place counts in choosing the event's place among ``places`` (those
    of all reports of the event): by geo precision, and as an area (precision 3) when it only
    names the area of another report's place (``area_report``) or is the capital the story
    named outside the act's sentence, or when the report's place is loose (``loosely_placed``)
    and its act's sentence names another report's town (that town is the act's place)."""
    p = m.place
    if p is None:
        return 0.0
    if capital_by_context(m) or any(area_report(m, q, AREA_OPTIONS) for q in places):
        return PRECISION_WEIGHT[3]
    if loosely_placed(m) and any(names_place(m, q) for q in places if q.name != p.name):
        return PRECISION_WEIGHT[3]
    weight = PRECISION_WEIGHT.get(p.geo_precision, PRECISION_WEIGHT[3])
    # a place the story gave (a headline, the story's town) says less than one a sentence
    # of the act states
    return weight * STORY_PLACE_FACTOR if placed_by_story(m) else weight


LOCATIVE = frozenset({"in"})
# words that name no place ("à Noël"): never a locality a report states
NOT_PLACES = frozenset(name_key(w) for w in every("places", "NOT_PLACES"))


def stated_localities(m: Mention) -> list[tuple[str, ...]]:
    """Name keys of the localities a report places the event *in*, as written ("in the village
    of X"), leaving out the country, the admin areas and a region the place resolved to."""
    p = m.place
    areas = {name_key(x) for x in ((p.country, p.admin1, p.admin2) if p else ()) if x}
    if p is not None and p.geo_precision >= 3:
        areas.add(name_key(p.name))
    out = []
    for pm in m.place_mentions:
        key = name_key(pm.text)
        if pm.relation in LOCATIVE and key and key not in areas and key not in out and key not in NOT_PLACES:
            out.append(key)
    return out


def _found(m: Mention) -> list[tuple[str, ...]]:
    """Name keys of the town the gazetteer placed the mention at or near (not a region)."""
    p = m.place
    if p is None or p.geo_precision >= 3:
        return []
    names = (p.name, p.mention or "") if p.geo_precision == 1 else (p.name,)
    return [k for k in map(name_key, names) if k]


def unplaced_locality(m: Mention) -> bool:
    """The report names the locality of the event but the gazetteer placed it elsewhere (near
    another town, or only in its region: "in Ntillit (Gao)" placed at Gao)."""
    found = _found(m)
    return any(not any(_same_name(k, f) for f in found) for k in stated_localities(m))


def _same_name(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    return ratio(" ".join(a), " ".join(b)) >= 80


def _localities(m: Mention) -> list[tuple[str, ...]]:
    town = _found(m) if m.place is not None and m.place.geo_precision == 1 else []
    return stated_localities(m) + town


def _localities_compatible(a: Mention, b: Mention) -> bool:
    """Two reports that name different localities for the event tell two incidents, when one
    of those localities is not the place the gazetteer found (two found towns are compared
    by distance, ``LinkOptions.town_km``)."""
    if not unplaced_locality(a) and not unplaced_locality(b):
        return True
    la, lb = _localities(a), _localities(b)
    if not (la and lb) or any(_same_name(x, y) or _qualified(x, y) for x in la for y in lb):
        return True
    # the other report's act sentence writes the locality, where its tagger saw no place
    # ("the advanced post of X repelled an attack", X a spelling the gazetteer lacks)
    return any(written_in(x, b) for x in stated_localities(a)) or any(written_in(y, a) for y in stated_localities(b))


WRITTEN_LETTERS = 6  # a locality shorter than this is not looked for in another report's words


def written_in(key: tuple[str, ...], m: Mention) -> bool:
    """Does the act's sentence of ``m`` write the locality ``key`` (one to three words, spelled
    within ``_same_name``)?"""
    if len("".join(key)) < WRITTEN_LETTERS:
        return False
    words = name_key(m.sentence.quote)
    n = len(key)
    return any(_same_name(key, words[i : i + n]) for i in range(len(words) - n + 1))


def _qualified(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """One name is the other with a qualifier after it ("X Peulh", "X Centre" for "X")."""
    short, long = sorted((a, b), key=len)
    return 0 < len(short) < len(long) and long[: len(short)] == short


def _named(actor_name: str | None) -> bool:
    return bool(actor_name) and not str(actor_name).startswith(GENERIC_ACTOR_PREFIXES)


_WORD = re.compile(r"[^\W\d_]{4,}")
TEXT_SIMILARITY = 0.3


def text_similarity(a: Mention, b: Mention) -> float:
    """Share of the longer words the two mentions' sentences have in common (Jaccard)."""
    wa = set(_WORD.findall(a.sentence.quote.casefold()))
    wb = set(_WORD.findall(b.sentence.quote.casefold()))
    return len(wa & wb) / len(wa | wb) if wa and wb else 0.0


def _supported_without_place(a: Mention, b: Mention) -> bool:
    """Two reports of which one places the event nowhere link only on positive evidence: a
    named actor or a victim in common, or sentences that tell the act in similar words."""
    if (a.place is not None and b.place is not None) or a.article == b.article:
        return True
    return _shared_evidence(a, b)


def bare_country(p: Place) -> bool:
    """A place that is a whole country (no region known)."""
    return p.geo_precision >= 3 and not p.admin1


def placed_by_story(m: Mention) -> bool:
    """The report's place was read outside the sentences that tell the act (a headline, a
    dateline, the story's main town): not the act's own sentence nor a later sentence of the
    same act whose places filled a gap in it."""
    q = m.place
    if q is None or q.span is None or m.sentence.start <= q.span.start < m.sentence.end:
        return False
    return not any(pm.span.start == q.span.start for pm in m.place_mentions)


def any_country(m: Mention) -> bool:
    """A report whose place may stand for an act in another country (``compatible`` then asks
    for shared evidence): a whole country, or a place the story gave, not the act's sentence."""
    return m.place is not None and (bare_country(m.place) or placed_by_story(m))


def _shared_victim_or_words(a: Mention, b: Mention) -> bool:
    """A named victim in common, or sentences that tell the act in similar words."""
    if any(same_person(v, w) for v in a.victims for w in b.victims):
        return True
    return text_similarity(a, b) >= TEXT_SIMILARITY


def _shared_evidence(a: Mention, b: Mention) -> bool:
    """A named actor or a victim in common, or sentences that tell the act in similar words."""
    named = {x.name for m in (a, b) for x in (m.actor1, m.actor2) if x is not None and _named(x.name)}
    ours = {x.name for x in (a.actor1, a.actor2) if x is not None}
    theirs = {x.name for x in (b.actor1, b.actor2) if x is not None}
    if named & ours & theirs:
        return True
    if any(same_person(v, w) for v in a.victims for w in b.victims):
        return True
    return text_similarity(a, b) >= TEXT_SIMILARITY


def _overlap(wa: tuple[date, date] | None, wb: tuple[date, date] | None) -> bool:
    return wa is None or wb is None or not (wa[1] < wb[0] or wb[1] < wa[0])


def _dates_compatible(a: Mention, b: Mention, options: LinkOptions) -> bool:
    """Date windows meet; or, when one of the reports is breaking news, they meet once one of
    them is widened by ``slack_days`` and the reports agree on the place."""
    if _overlap(date_window(a, options.days), date_window(b, options.days)):
        return True
    if not options.slack_days or not (_fresh(a) or _fresh(b)):
        return False
    days, slack = options.days, options.slack_days
    wide = _overlap(date_window(a, days, slack), date_window(b, days)) or _overlap(
        date_window(a, days), date_window(b, days, slack)
    )
    return wide and _places_agree(a, b, options)


FRESH_DAYS = 2


def _fresh(m: Mention) -> bool:
    """A report that dates the act by its own writing ("yesterday", "on Sunday", "overnight")
    or was written within ``FRESH_DAYS`` of it: breaking news, where a night attack, the hour
    of writing or the outlet's time zone can move the day by one (a digest written a week
    later dates acts from its sources, not from its own day)."""
    d = m.date
    if d is None:
        return False
    if not d.explicit:
        return True
    return m.published is not None and 0 <= (m.published - d.value).days <= FRESH_DAYS


def _places_agree(a: Mention, b: Mention, options: LinkOptions) -> bool:
    """Both reports name the same locality, or towns within ``town_km`` of each other, or one
    places the act only in a region that contains the other's place; a country alone is too
    coarse to tell two incidents of consecutive days apart, unless the reports share a named
    actor or victim, or tell the act in similar words."""
    p, q = a.place, b.place
    if p is None or q is None:
        return False
    if p.geo_precision > 2 or q.geo_precision > 2:
        if not _places_compatible(p, q, options):
            return False
        return (bool(p.admin1) and p.admin1 == q.admin1) or _shared_evidence(a, b)
    if _same_name(name_key(p.name), name_key(q.name)) or names_locality(a, b) or names_locality(b, a):
        return True
    if area_report(a, q, options) or area_report(b, p, options):
        return True
    return haversine_km(p.latitude, p.longitude, q.latitude, q.longitude) <= options.town_km


def act_groups(m: Mention) -> frozenset[str]:
    """The act groups a mention links in: its act's and those of the acts folded into it (an
    abduction told with its attack can meet another report's attack)."""
    return frozenset({act_group(m.sub_event_type)} | {act_group(p.sub_event_type) for p in m.parts if p.sub_event_type})


def compatible(a: Mention, b: Mention, *, options: LinkOptions, sources: Mapping[str, frozenset[str]]) -> bool:
    """Can ``a`` and ``b`` describe one incident?"""
    if not act_groups(a) & act_groups(b):
        return False
    if not _dates_compatible(a, b, options):
        return False
    if a.place is not None and b.place is not None:
        if a.place.country and b.place.country and a.place.country != b.place.country:
            # a report placing the act only in a country (the victims' nationality, a
            # neighbour named in a headline), or where the story is told from (a place read
            # outside the act's sentence), tells it elsewhere only on shared evidence
            if not (any_country(a) or any_country(b)) or not (_shared_victim_or_words(a, b) or corroborated(a, b)):
                return False
        elif not _weak_place(a, b, options) and not corroborated(a, b) and (
            not _places_compatible(a.place, b.place, options) or not _localities_compatible(a, b)
        ):
            return False
    elif not _supported_without_place(a, b):
        return False
    if _rival_groups(a, b):
        return False
    if _victim_count_conflict(a, b) or _victim_count_conflict(b, a):
        return False
    va, vb = _victims(a, sources), _victims(b, sources)
    if va and vb and not any(same_person(v, w) for v in va for w in vb):
        # one report's victim named as the other's source: the same incident told wrongly
        swapped = any(_is_source(v, sources.get(b.article, frozenset())) for v in a.victims) or any(
            _is_source(w, sources.get(a.article, frozenset())) for w in b.victims
        )
        if not swapped:
            return False
    return True


def named_in_its_sentence(m: Mention, actor: Actor) -> bool:
    """The act's own sentence names the actor (not a claim, a suspicion or a background
    paragraph elsewhere in the story)."""
    return actor.span is not None and m.sentence.start <= actor.span.start < m.sentence.end


def _rival_groups(a: Mention, b: Mention) -> bool:
    """Two different named non-state groups are two incidents; state forces are often
    mis-assigned by reports, so they do not split an incident on their own. A group each
    report only read from elsewhere in its story (who claimed it, who is active in the
    area, who is suspected) is a guess of the writer, not a fact of the act: two such
    guesses that disagree do not split one incident."""
    x, y = a.actor1, b.actor1
    if (
        x is None or y is None or not _named(x.name) or not _named(y.name)
        or x.inter not in {2, 3} or y.inter not in {2, 3} or x.name.split(" (")[0] == y.name.split(" (")[0]
    ):
        return False
    return named_in_its_sentence(a, x) or named_in_its_sentence(b, y)


def _victims(m: Mention, sources: Mapping[str, frozenset[str]]) -> list[str]:
    """The named victims, less any the report itself quotes as a source: a person who speaks
    in the report ("..., said Mr X") was not the one taken or killed."""
    own = sources.get(m.article, frozenset())
    return [v for v in m.victims if not _is_source(v, own)]


def _victim_counts(m: Mention) -> set[float]:
    return {c.value for c in m.claims if c.attribute == "victims" and c.qualifier == "exact"}


def _victim_count_conflict(a: Mention, b: Mention) -> bool:
    """Five workers taken is not the abduction of one named person, nor of three others."""
    ca, cb = _victim_counts(a), _victim_counts(b)
    if ca and cb and not ca & cb:
        return True
    return bool(a.victims) and not b.victims and any(v >= 2 for v in cb) and len(a.victims) < 2


def _is_source(name: str, source_names: frozenset[str]) -> bool:
    return any(same_person(name, s) for s in source_names)


def _quality(m: Mention) -> tuple[int, int, int, str, str]:
    d = m.date
    precision = d.precision if d is not None else 4
    explicit = 0 if (d is not None and d.span is not None) else 1
    value = d.value.isoformat() if d is not None else "9999"
    place = m.place.geo_precision if m.place is not None else 4
    return (precision, explicit, place, value, m.id)


def article_sources(mentions: Sequence[Mention]) -> dict[str, frozenset[str]]:
    """Person-like sources each article cites ("according to the mayor, X")."""
    out: dict[str, set[str]] = {}
    for m in mentions:
        for source in (m.attribution, *m.sources):
            if not source:
                continue
            out.setdefault(m.article, set()).add(source)
            for part in source.replace("(", ",").split(","):
                if len(name_key(part)) >= 2:
                    out[m.article].add(part.strip())
    return {k: frozenset(v) for k, v in out.items()}


WEEK = 7


def link_mentions(mentions: Sequence[Mention], *, options: LinkOptions | None = None) -> list[Cluster]:
    """Cluster mentions into events; the result does not depend on the input order.

    Mentions are visited best-dated first (then the most precisely placed); each joins the
    first cluster whose every member it is compatible with (complete linkage, so one vague
    mention cannot chain two incidents).

    Only clusters whose members' date windows all meet the mention's window can take it, and
    date windows are intervals: pairwise overlapping intervals share a common part (Helly),
    so a cluster is looked up by that common part, indexed by week. The clusters tried, and
    their order, are those of a scan over all clusters that skips the date-incompatible ones.
    """
    opts = options or LinkOptions()
    sources = article_sources(mentions)
    ordered = sorted(mentions, key=_quality)
    clusters: list[list[Mention]] = []
    common: list[tuple[int, int] | None] = []  # the days every member's window covers; None: any
    by_week: dict[tuple[str, int], list[int]] = {}  # (act group, week) -> clusters (creation order)
    undated: dict[str, list[int]] = {}  # clusters of undated mentions only
    registered: list[set[tuple[str, int]]] = []  # (group, week) each cluster is indexed under
    first_keys: list[frozenset[str]] = []  # the act groups of each cluster's first member

    def index(idx: int, keys: frozenset[str]) -> None:
        window = common[idx]
        for key in keys:
            if window is None:
                undated.setdefault(key, []).append(idx)
                continue
            for week in range(window[0] // WEEK, window[1] // WEEK + 1):
                if (key, week) not in registered[idx]:
                    registered[idx].add((key, week))
                    insort(by_week.setdefault((key, week), []), idx)

    for m in ordered:
        keys = act_groups(m)  # a cluster is indexed under its first member's groups
        window = date_window(m, opts.days, opts.slack_days)
        span = None if window is None else (window[0].toordinal(), window[1].toordinal())
        found: set[int] = {i for key in keys for i in undated.get(key, [])}
        if span is None:
            found.update(i for (k, _), ids in by_week.items() if k in keys for i in ids)
        else:
            for key in keys:
                for week in range(span[0] // WEEK, span[1] // WEEK + 1):
                    found.update(by_week.get((key, week), ()))
        candidates = sorted(found)
        placed = None
        for idx in candidates:
            c = common[idx]
            if c is not None and span is not None and (span[1] < c[0] or c[1] < span[0]):
                continue
            if all(compatible(m, other, options=opts, sources=sources) for other in clusters[idx]):
                placed = idx
                break
        if placed is None:
            placed = len(clusters)
            clusters.append([m])
            common.append(span)
            registered.append(set())
            first_keys.append(keys)
            index(placed, keys)
            continue
        clusters[placed].append(m)
        c = common[placed]
        if span is not None:
            was_undated = c is None
            common[placed] = span if c is None else (max(c[0], span[0]), min(c[1], span[1]))
            if was_undated:
                for key in first_keys[placed]:
                    undated[key].remove(placed)
                index(placed, first_keys[placed])
    out = [
        Cluster(content_hash("event", min(x.id for x in members)), tuple(sorted(members, key=lambda x: x.id)))
        for members in clusters
    ]
    return sorted(out, key=lambda c: c.id)
