"""Group mentions of one incident (across and within articles) into event clusters."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from ..records import Mention, content_hash
from .names import name_key, same_person

# Acts that can be the same incident when outlets code them differently.
ACT_GROUPS: dict[str, str] = {
    "Attack": "violence",
    "Armed clash": "violence",
    "Sexual violence": "violence",
    "Abduction/forced disappearance": "abduction",
    "Air/drone strike": "remote",
    "Suicide bomb": "remote",
    "Shelling/artillery/missile attack": "remote",
    "Remote explosive/landmine/IED": "remote",
    "Grenade": "remote",
    "Chemical weapon": "remote",
    "Peaceful protest": "demo",
    "Protest with intervention": "demo",
    "Excessive force against protesters": "demo",
    "Violent demonstration": "demo",
    "Mob violence": "demo",
}
GENERIC_ACTOR_PREFIXES = ("Unidentified", "Civilians", "Protesters", "Rioters")


@dataclass(frozen=True, slots=True)
class LinkOptions:
    days: int = 3
    km: float = 50.0


@dataclass(frozen=True, slots=True)
class Cluster:
    """Mentions of one event; ``id`` is stable: a hash of its smallest mention id."""

    id: str
    mentions: tuple[Mention, ...]


def act_group(sub_event_type: str) -> str:
    return ACT_GROUPS.get(sub_event_type, sub_event_type)


def date_window(m: Mention, days: int) -> tuple[date, date] | None:
    """The days a mention's date can stand for, by its precision and self-consistency."""
    d = m.date
    if d is None:
        return None
    if d.precision == 1 and not d.weekday_mismatch:
        return d.value, d.value
    if d.precision == 1:  # a date whose weekday contradicts it: either could be right
        return d.value - timedelta(days=6), d.value + timedelta(days=1)
    if d.precision == 2:
        if d.span is None:  # only the publication date is known: the event came before it
            return d.value - timedelta(days=7 + days), d.value
        return d.value - timedelta(days=4 + days), d.value + timedelta(days=4 + days)
    return d.value - timedelta(days=16), d.value + timedelta(days=16)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    r = 6371.0088
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(a))


def _named(actor_name: str | None) -> bool:
    return bool(actor_name) and not str(actor_name).startswith(GENERIC_ACTOR_PREFIXES)


def compatible(a: Mention, b: Mention, *, options: LinkOptions, sources: Mapping[str, frozenset[str]]) -> bool:
    """Can ``a`` and ``b`` describe one incident?"""
    if act_group(a.sub_event_type) != act_group(b.sub_event_type):
        return False
    wa, wb = date_window(a, options.days), date_window(b, options.days)
    if wa is not None and wb is not None and (wa[1] < wb[0] or wb[1] < wa[0]):
        return False
    if a.place is not None and b.place is not None:
        if a.place.country and b.place.country and a.place.country != b.place.country:
            return False
        if a.place.geo_precision <= 2 and b.place.geo_precision <= 2:
            if haversine_km(a.place.latitude, a.place.longitude, b.place.latitude, b.place.longitude) > options.km:
                return False
    # two different named non-state groups are two incidents; state forces are often
    # mis-assigned by reports, so they do not split an incident on their own
    x, y = a.actor1, b.actor1
    if x is not None and y is not None and _named(x.name) and _named(y.name):
        if x.inter in {2, 3} and y.inter in {2, 3} and x.name.split(" (")[0] != y.name.split(" (")[0]:
            return False
    if _victim_count_conflict(a, b) or _victim_count_conflict(b, a):
        return False
    if a.victims and b.victims:
        if not any(same_person(v, w) for v in a.victims for w in b.victims):
            # one report's victim named as the other's source: the same incident told wrongly
            swapped = any(_is_source(v, sources.get(b.article, frozenset())) for v in a.victims) or any(
                _is_source(w, sources.get(a.article, frozenset())) for w in b.victims
            )
            if not swapped:
                return False
    return True


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


def _quality(m: Mention) -> tuple[int, int, str, str]:
    d = m.date
    precision = d.precision if d is not None else 4
    explicit = 0 if (d is not None and d.span is not None) else 1
    value = d.value.isoformat() if d is not None else "9999"
    return (precision, explicit, value, m.id)


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


def link_mentions(mentions: Sequence[Mention], *, options: LinkOptions | None = None) -> list[Cluster]:
    """Cluster mentions into events; the result does not depend on the input order.

    Mentions are visited best-dated first; each joins the first cluster whose every member
    it is compatible with (complete linkage, so one vague mention cannot chain two incidents).
    """
    opts = options or LinkOptions()
    sources = article_sources(mentions)
    ordered = sorted(mentions, key=_quality)
    clusters: list[list[Mention]] = []
    blocks: dict[str, list[int]] = {}
    for m in ordered:
        key = act_group(m.sub_event_type)
        placed = False
        for idx in blocks.get(key, []):
            if all(compatible(m, other, options=opts, sources=sources) for other in clusters[idx]):
                clusters[idx].append(m)
                placed = True
                break
        if not placed:
            blocks.setdefault(key, []).append(len(clusters))
            clusters.append([m])
    out = [
        Cluster(content_hash("event", min(x.id for x in members)), tuple(sorted(members, key=lambda x: x.id)))
        for members in clusters
    ]
    return sorted(out, key=lambda c: c.id)
