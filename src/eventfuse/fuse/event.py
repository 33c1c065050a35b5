"""Fuse a cluster of mentions into one event: per-field values, support, contradictions."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from datetime import date, timedelta

from ..link.chains import source_chains
from ..link.cluster import GENERIC_ACTOR_PREFIXES, Cluster, article_sources, place_weight
from ..link.names import canonical_person, name_key, same_person
from ..records import (
    Article,
    Contradiction,
    ContradictionValue,
    Event,
    FieldValue,
    Mention,
    Span,
    Support,
)
from ..taxonomy import sub_event
from .claims import fuse_claims
from .notes import write_notes
from .roles import article_source_names, mention_victims
from .tolls import choose_toll, reported_toll, sides_added, superseded_tolls, toll_vote

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
GENERIC_PREFIXES = GENERIC_ACTOR_PREFIXES


class _Votes:
    """Candidate values of one field with their weight and evidence."""

    def __init__(self) -> None:
        self.weight: dict[object, float] = {}
        self.spans: dict[object, list[Span]] = {}
        self.chains: dict[object, set[int]] = {}

    def add(self, value: object, weight: float, span: Span | None, chain: int) -> None:
        if value is None:
            return
        self.weight[value] = self.weight.get(value, 0.0) + weight
        self.chains.setdefault(value, set()).add(chain)
        if span is not None:
            bucket = self.spans.setdefault(value, [])
            if span not in bucket:
                bucket.append(span)

    def result(self, total_chains: int, *, choose: Callable[[dict[object, float]], object] | None = None) -> FieldValue | None:
        if not self.weight:
            return None
        if choose is not None:
            value = choose(self.weight)
        else:
            value = max(self.weight, key=lambda v: (self.weight[v], _sort_key(v)))
        share = self.weight[value] / sum(self.weight.values())
        chains = len(self.chains[value])
        confidence = share * (1 - 0.5 ** chains) / (1 - 0.5 ** max(total_chains, 1)) if total_chains else share
        alternatives = tuple(
            Support(v, tuple(sorted(self.spans.get(v, []), key=_span_key)))
            for v in sorted(self.weight, key=lambda v: (-self.weight[v], _sort_key(v)))
            if v != value
        )
        return FieldValue(
            value=value,
            confidence=min(1.0, round(confidence, 4)),
            support=tuple(sorted(self.spans.get(value, []), key=_span_key)),
            alternatives=alternatives,
        )


def _sort_key(v: object) -> str:
    return str(v)


def _span_key(s: Span) -> tuple[str, int, int]:
    return (s.article, s.start, s.end)


def _date_weight(m: Mention) -> float:
    d = m.date
    if d is None:
        return 0.0
    weight = {1: 3.0, 2: 1.0, 3: 0.5}.get(d.precision, 0.5)
    if d.span is None:
        weight = 0.2  # publication date only
    if d.weekday_mismatch:
        weight *= 0.3
    return weight


PRECISION_SUFFIX = {2: " (week of)", 3: " (month of)"}


def _stated_days(day: date, precision: int) -> tuple[date, date]:
    """The days a stated date allows: the day, the week around it, or its month."""
    if precision == 1:
        return day, day
    if precision == 2:
        return day - timedelta(days=3), day + timedelta(days=3)
    first = day.replace(day=1)
    following = (first + timedelta(days=32)).replace(day=1)
    return first, following - timedelta(days=1)


def _overlap(a: tuple[date, date], b: tuple[date, date]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def _reconciled_day(m: Mention, day_stated: set[date]) -> date:
    """A date whose weekday contradicts it votes for the day of that weekday next to it when
    another report states that day ("Saturday, 11 November" when others say Saturday 8th),
    else for the nearest day of that weekday not after publication: the weekday wins (in the
    real-news set, 2 of 2 such dates: "samedi 26 mars" for Saturday 23rd, "Tuesday, January
    16" for Tuesday 15th)."""
    d = m.date
    assert d is not None
    if not d.weekday_mismatch or d.stated_weekday is None:
        return d.value
    before = d.value - timedelta(days=(d.value.weekday() - d.stated_weekday) % 7)
    after = d.value + timedelta(days=(d.stated_weekday - d.value.weekday()) % 7)
    for day in (before, after):
        if day in day_stated and abs((day - d.value).days) <= 6:
            return day
    if (after - d.value).days < (d.value - before).days and (m.published is None or after <= m.published):
        return after
    return before


def fuse_cluster(cluster: Cluster, articles: Mapping[str, Article]) -> Event:
    """One event record from a cluster of mentions (pure; same input, same output)."""
    mentions = sorted(cluster.mentions, key=lambda m: m.id)
    article_ids = tuple(sorted({m.article for m in mentions}))
    chains = source_chains(article_ids, articles)
    chain_of = {a: i for i, chain in enumerate(chains) for a in chain}
    # every chain has one vote, shared by its articles; an article's vote by its mentions
    per_article = {a: sum(1 for m in mentions if m.article == a) for a in article_ids}
    weight_of = {
        m.id: 1.0 / len(chains[chain_of[m.article]]) / per_article[m.article] for m in mentions
    }
    n_chains = len(chains)
    votes: dict[str, _Votes] = {}

    def vote(field: str, value: object, m: Mention, span: Span | None, factor: float = 1.0) -> None:
        votes.setdefault(field, _Votes()).add(value, weight_of[m.id] * factor, span, chain_of[m.article])

    # a date read only from the publication day is a fallback, not a statement: it votes
    # only when no report of the event states a date
    stated = any(m.date is not None and m.date.span is not None for m in mentions)
    day_stated = {
        m.date.value for m in mentions
        if m.date is not None and m.date.precision == 1 and m.date.span is not None and not m.date.weekday_mismatch
    }
    places = [m.place for m in mentions if m.place is not None]
    for m in mentions:
        vote("sub_event_type", m.sub_event_type, m, m.trigger)
        if m.date is not None and (m.date.span is not None or not stated):
            vote("event_date", _reconciled_day(m, day_stated), m, m.date.span or m.sentence, _date_weight(m))
        if m.actor1 is not None:
            vote("actor1", m.actor1.name, m, m.actor1.span or m.trigger, 1.0 if m.actor1.name.startswith(GENERIC_PREFIXES) else 1.5)
        if m.actor2 is not None:
            vote("actor2", m.actor2.name, m, m.actor2.span or m.trigger, 1.0 if m.actor2.name.startswith(GENERIC_PREFIXES) else 1.5)
        if m.place is not None:
            p = m.place
            vote("location", p.name, m, p.span, place_weight(m, places))
        toll, toll_span = toll_vote(m)
        if toll is not None:
            vote("fatalities", toll, m, toll_span or m.sentence)
    fields: dict[str, FieldValue] = {}
    for name in ("sub_event_type", "event_date", "actor1", "actor2", "location"):
        if name in votes:
            fv = votes[name].result(n_chains)
            if fv is not None:
                fields[name] = fv
    # ACLED: the most conservative current figure, alternatives kept (fuse/tolls.py)
    if "fatalities" in votes:
        tolls = [t for m in mentions if (t := reported_toll(m)) is not None]
        superseded = superseded_tolls(mentions)
        fv = votes["fatalities"].result(n_chains, choose=lambda w: choose_toll(w, tolls, superseded))
        both = sides_added(tolls, superseded)  # the victims' figure plus the assailants'
        if fv is not None and both is not None and both != fv.value:
            fv = replace(fv, value=both, alternatives=(Support(fv.value, fv.support), *fv.alternatives))
        if fv is not None:
            fields["fatalities"] = fv
    else:
        fields["fatalities"] = FieldValue(0, 0.5, ())
    _derived_fields(fields, mentions)
    victims = _victims(mentions)
    if victims:
        spans = tuple(sorted({m.trigger for m in mentions if m.victims}, key=_span_key))
        fields["victims"] = FieldValue(tuple(victims), 1.0, spans)
    claims = fuse_claims([c for m in mentions for c in m.claims], chain_of)
    sources = article_source_names(mentions, articles, article_sources(mentions))
    contradictions = _contradictions(mentions, fields, claims, chains, chain_of, sources)
    event = Event(
        id=cluster.id,
        fields=fields,
        articles=article_ids,
        mentions=tuple(m.id for m in mentions),
        source_chains=chains,
        claims=claims,
        contradictions=contradictions,
    )
    return replace(event, notes=write_notes(event, _victims(mentions)))


def _derived_fields(fields: dict[str, FieldValue], mentions: Sequence[Mention]) -> None:
    """Fields that follow from chosen ones: types from the sub-event, place from the location."""
    sub = fields.get("sub_event_type")
    if sub is not None:
        info = sub_event(str(sub.value))
        fields["event_type"] = FieldValue(info.event_type, sub.confidence, sub.support)
        fields["disorder_type"] = FieldValue(info.disorder_type, sub.confidence, sub.support)
    chosen_date = fields.get("event_date")
    if chosen_date is not None:
        precisions = [m.date.precision for m in mentions if m.date is not None and m.date.value == chosen_date.value]
        fields["time_precision"] = FieldValue(min(precisions) if precisions else 2, chosen_date.confidence, chosen_date.support)
    for actor_field, inter_field in (("actor1", "inter1"), ("actor2", "inter2")):
        fv = fields.get(actor_field)
        if fv is None:
            continue
        inters = [
            a.inter for m in mentions for a in (getattr(m, actor_field),) if a is not None and a.name == fv.value
        ]
        if inters:
            fields[inter_field] = FieldValue(inters[0], fv.confidence, fv.support)
    loc = fields.get("location")
    if loc is not None:
        place = next(
            (m.place for m in sorted(mentions, key=lambda m: (m.place.geo_precision if m.place else 9, m.id))
             if m.place is not None and m.place.name == loc.value),
            None,
        )
        if place is not None:
            for name, value in (
                ("country", place.country), ("admin1", place.admin1), ("admin2", place.admin2),
                ("latitude", place.latitude), ("longitude", place.longitude), ("geo_precision", place.geo_precision),
            ):
                if value is not None:
                    fields[name] = FieldValue(value, loc.confidence, loc.support)
    # ACLED: violence against civilians, or explosions whose target is civilians
    event_type = fields["event_type"].value if "event_type" in fields else None
    inter2 = fields["inter2"].value if "inter2" in fields else None
    targeted = event_type == "Violence against civilians" or (
        event_type == "Explosions/Remote violence" and inter2 == 7
    )
    support = tuple(m.trigger for m in mentions if m.civilian_targeting)[:3] if targeted else ()
    fields["civilian_targeting"] = FieldValue(targeted, 1.0 if targeted else 0.5, support)


def _victims(mentions: Sequence[Mention]) -> list[str]:
    names = [v for m in mentions for v in m.victims]
    groups: list[list[str]] = []
    for n in names:
        for g in groups:
            if same_person(n, g[0]):
                g.append(n)
                break
        else:
            groups.append([n])
    return [canonical_person(g) for g in sorted(groups, key=len, reverse=True)]


def _contradictions(
    mentions: Sequence[Mention],
    fields: Mapping[str, FieldValue],
    claims: Sequence[object],
    chains: Sequence[Sequence[str]],
    chain_of: Mapping[str, int],
    sources: Mapping[str, frozenset[str]],
) -> tuple[Contradiction, ...]:
    out: list[Contradiction] = []
    # numbers that disagree after units and bounds are taken into account
    for claim in claims:
        if getattr(claim, "status", "") == "conflict":
            values = tuple(
                ContradictionValue(f"{_fmt(v.value)}{' ' + v.unit if v.unit else ''} ({v.qualifier})", v.articles)
                for v in claim.values  # type: ignore[attr-defined]
            )
            out.append(Contradiction(
                field=claim.attribute,  # type: ignore[attr-defined]
                kind="value_conflict",
                values=values,
                note=f"Reports disagree on {claim.attribute}: " + " vs ".join(str(v.value) for v in values),  # type: ignore[attr-defined]
            ))
    # stated dates that cannot all be right (a day outside another report's week or month;
    # a date whose weekday contradicts it is flagged below, a publication day never counts)
    stated: dict[tuple[date, int], set[str]] = {}
    for m in mentions:
        d = m.date
        if d is not None and d.span is not None and not d.weekday_mismatch:
            stated.setdefault((d.value, d.precision), set()).add(m.article)
    keys = sorted(stated)
    clash = any(
        not _overlap(_stated_days(*x), _stated_days(*y)) and stated[x] != stated[y]
        for i, x in enumerate(keys) for y in keys[i + 1 :]
    )
    if clash:
        values = tuple(
            ContradictionValue(d.isoformat() + PRECISION_SUFFIX.get(p, ""), tuple(sorted(stated[(d, p)])))
            for d, p in keys
        )
        n_chains = len({chain_of[a] for arts in stated.values() for a in arts})
        where = "independent sources" if n_chains > 1 else "copies of one source"
        out.append(Contradiction("event_date", "date_conflict", values,
                                 f"Reports ({where}) give different dates: " + ", ".join(str(v.value) for v in values)))
    # a weekday that contradicts its date
    for m in mentions:
        d = m.date
        if d is not None and d.weekday_mismatch and d.stated_weekday is not None:
            said = WEEKDAYS[d.stated_weekday]
            actual = WEEKDAYS[d.value.weekday()]
            out.append(Contradiction(
                "event_date", "weekday_mismatch",
                (ContradictionValue(f"{said}, {d.value.isoformat()}", (m.article,)),),
                f"One report says {said} {d.value.isoformat()}, but that date is a {actual}.",
            ))
    out.extend(_role_conflicts(mentions, sources))
    # facts that only one source chain asserts, when several chains tell the event
    if len(chains) > 1:
        for name in ("fatalities", "actor1"):
            fv = fields.get(name)
            if fv is None or not fv.support or fv.value in (0, None):
                continue
            supporting = {chain_of[s.article] for s in fv.support if s.article in chain_of}
            if len(supporting) == 1:
                out.append(Contradiction(
                    name, "single_source",
                    (ContradictionValue(fv.value, tuple(sorted({s.article for s in fv.support}))),),
                    f"Only one independent source gives {name} = {fv.value}.",
                ))
    unique: dict[tuple[str, str, str], Contradiction] = {}
    for c in out:
        unique.setdefault((c.field, c.kind, c.note), c)
    return tuple(sorted(unique.values(), key=lambda c: (c.kind, c.field, c.note)))


def _role_conflicts(mentions: Sequence[Mention], sources: Mapping[str, frozenset[str]]) -> list[Contradiction]:
    """A person who is a victim in one report and the source or the perpetrator in another."""
    perpetrators: dict[str, frozenset[str]] = {}
    for m in mentions:
        if m.actor1 is not None and len(name_key(m.actor1.name)) >= 2:
            perpetrators[m.article] = perpetrators.get(m.article, frozenset()) | {m.actor1.name}
    # (victim spellings, role) -> articles naming the victim, articles giving the other role
    found: list[tuple[list[str], str, set[str], set[str]]] = []
    for m in mentions:
        for victim in mention_victims(m):
            for role, names_of in (("source", sources), ("perpetrator", perpetrators)):
                if role == "perpetrator" and len(name_key(victim)) < 2:
                    continue
                others = {
                    a for a, names in names_of.items()
                    if a != m.article and any(same_person(victim, n) for n in names)
                }
                if not others:
                    continue
                for names, r, as_victim, as_other in found:
                    if r == role and same_person(victim, names[0]):
                        names.append(victim)
                        as_victim.add(m.article)
                        as_other.update(others)
                        break
                else:
                    found.append(([victim], role, {m.article}, others))
    out: list[Contradiction] = []
    for names, role, as_victim, as_other in found:
        person = canonical_person(names)
        out.append(Contradiction(
            "victims", "role_conflict",
            (ContradictionValue(f"{person} as victim", tuple(sorted(as_victim))),
             ContradictionValue(f"{person} as {role}", tuple(sorted(as_other)))),
            f"{person} is a victim in one report but the {role} in another.",
        ))
    return out


def _fmt(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def fuse_clusters(clusters: Sequence[Cluster], articles: Mapping[str, Article]) -> list[Event]:
    """Fuse every cluster (the fuse stage over a batch)."""
    return [fuse_cluster(c, articles) for c in clusters]
