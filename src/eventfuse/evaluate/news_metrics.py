"""The metrics of the real-news evaluation set (``eventfuse eval news``), on plain records.

Nothing here runs the pipeline: :func:`score_news` takes the set's truth (incidents, each
with its input article ids and its main ACLED row) and the exported events (each with the
input article ids it cites) and computes the measures of the set's README, "How to score".
"""

from __future__ import annotations

import math
import statistics
import unicodedata
from collections import Counter
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from ..geo.distance import haversine_km
from ..taxonomy import (
    BATTLES,
    EXPLOSIONS,
    PROTESTS,
    RIOTS,
    STRATEGIC_DEVELOPMENTS,
    VIOLENCE_AGAINST_CIVILIANS,
)

# The README's act groups, by ACLED event type.
EVENT_TYPE_GROUP: dict[str, str] = {
    BATTLES: "violence",
    VIOLENCE_AGAINST_CIVILIANS: "violence",
    EXPLOSIONS: "violence",
    PROTESTS: "unrest",
    RIOTS: "unrest",
    STRATEGIC_DEVELOPMENTS: "other",
}
DATE_CLOSE_DAYS = 2  # "within ±2 days"
SAME_INCIDENT_DAYS = 3  # events-per-incident reading (b): "within 3 days of the incident date"
KM_STEPS = (10, 25, 100)
PLACE_SPLIT_KM = 25.0  # an extra event this far from the matched one counts as "other place"
# Why an event citing an incident's articles is not its matched event (first that applies).
EXTRA_KINDS = ("no_date", "other_date", "other_group", "other_place", "other_sub_event", "same_kind")

__all__ = [
    "EVENT_TYPE_GROUP",
    "EXTRA_KINDS",
    "Incident",
    "NewsTruth",
    "PredEvent",
    "bcubed",
    "extra_kind",
    "fold",
    "matched_event",
    "restrict",
    "score_news",
    "score_subset",
]


@dataclass(frozen=True, slots=True)
class Incident:
    """One incident of the set with the fields of its main ACLED row that are scored."""

    id: str
    articles: tuple[str, ...]
    acled_ids: tuple[str, ...]
    event_date: date
    event_type: str
    sub_event_type: str
    admin1: str
    location: str
    latitude: float | None
    longitude: float | None
    geo_precision: int
    fatalities: int
    fatalities_all_rows: int
    copies: tuple[tuple[str, ...], ...] = ()

    @property
    def group(self) -> str:
        return EVENT_TYPE_GROUP.get(self.event_type, self.event_type)

    @property
    def split(self) -> bool:
        """ACLED codes this incident as several rows."""
        return len(self.acled_ids) > 1


@dataclass(frozen=True, slots=True)
class NewsTruth:
    """The incidents and the distractor articles (which report no new violent event)."""

    incidents: tuple[Incident, ...]
    distractors: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PredEvent:
    """One exported event, its articles given as input ids (sorted)."""

    id: str
    articles: tuple[str, ...]
    event_date: date | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    admin1: str | None = None
    location: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    fatalities: int | None = None
    source_chains: tuple[tuple[str, ...], ...] = ()

    @property
    def group(self) -> str | None:
        return EVENT_TYPE_GROUP.get(self.event_type or "", self.event_type)

    def cites(self, ids: Collection[str]) -> int:
        return sum(1 for a in self.articles if a in ids)


def fold(text: str | None) -> str:
    """Case- and accent-folded text, for comparing admin1 names ("Tillabéri" = "TILLABERI")."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).casefold().split())


def _days(event: PredEvent, day: date) -> float:
    return abs((event.event_date - day).days) if event.event_date else math.inf


def _km(event: PredEvent, lat: float | None, lon: float | None) -> float:
    if event.latitude is None or event.longitude is None or lat is None or lon is None:
        return math.inf
    return haversine_km(event.latitude, event.longitude, lat, lon)


def matched_event(incident: Incident, events: Sequence[PredEvent]) -> PredEvent | None:
    """The event citing the most of the incident's articles (ties: the closest date, then id)."""
    ids = set(incident.articles)
    citing = [e for e in events if e.cites(ids)]
    if not citing:
        return None
    return min(citing, key=lambda e: (-e.cites(ids), _days(e, incident.event_date), e.id))


def extra_kind(incident: Incident, extra: PredEvent, matched: PredEvent) -> str:
    """How an extra event (citing the incident's articles, not matched) differs from the incident
    and its matched event: the first of :data:`EXTRA_KINDS` that applies."""
    if extra.event_date is None:
        return "no_date"
    if _days(extra, incident.event_date) > SAME_INCIDENT_DAYS:
        return "other_date"
    if extra.group != incident.group:
        return "other_group"
    if _km(extra, matched.latitude, matched.longitude) > PLACE_SPLIT_KM:
        return "other_place"
    if extra.sub_event_type != matched.sub_event_type:
        return "other_sub_event"
    return "same_kind"


def in_reading_b(incident: Incident, event: PredEvent) -> bool:
    """Reading (b) of events per incident: within 3 days of the incident, in its act group."""
    return _days(event, incident.event_date) <= SAME_INCIDENT_DAYS and event.group == incident.group


def bcubed(gold: Mapping[str, str], predicted: Mapping[str, str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of a clustering: article -> gold cluster and article ->
    predicted cluster (every gold article needs a predicted cluster)."""
    if not gold:
        return 0.0, 0.0, 0.0
    by_gold: dict[str, set[str]] = {}
    by_pred: dict[str, set[str]] = {}
    for a, g in gold.items():
        by_gold.setdefault(g, set()).add(a)
        by_pred.setdefault(predicted[a], set()).add(a)
    p = r = 0.0
    for a, g in gold.items():
        same = len(by_gold[g] & by_pred[predicted[a]])
        p += same / len(by_pred[predicted[a]])
        r += same / len(by_gold[g])
    p, r = p / len(gold), r / len(gold)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def article_clusters(truth: NewsTruth, events: Sequence[PredEvent]) -> tuple[dict[str, str], dict[str, str]]:
    """Gold and predicted cluster of each incident article: its incident, and the event citing it
    that cites the most incident articles (ties: the most articles, then id); an article no event
    cites is a cluster of its own."""
    gold = {a: inc.id for inc in truth.incidents for a in inc.articles}
    predicted: dict[str, str] = {}
    for a in gold:
        citing = [e for e in events if a in e.articles]
        if citing:
            best = min(citing, key=lambda e: (-e.cites(gold), -len(e.articles), e.id))
            predicted[a] = best.id
        else:
            predicted[a] = f"(none:{a})"
    return gold, predicted


def restrict(truth: NewsTruth, events: Sequence[PredEvent], keep: Collection[str]) -> tuple[NewsTruth, list[PredEvent]]:
    """The set and the events seen through the articles in ``keep`` only: incidents lose the other
    articles (and go when none is left), events cite only kept articles (and go when none is left)."""
    incidents = []
    for inc in truth.incidents:
        arts = tuple(a for a in inc.articles if a in keep)
        if arts:
            copies = tuple(g for g in (tuple(a for a in grp if a in keep) for grp in inc.copies) if len(g) > 1)
            incidents.append(replace(inc, articles=arts, copies=copies))
    kept_events = []
    for e in events:
        arts = tuple(a for a in e.articles if a in keep)
        if arts:
            chains = tuple(c for c in (tuple(a for a in ch if a in keep) for ch in e.source_chains) if c)
            kept_events.append(replace(e, articles=arts, source_chains=chains))
    distractors = tuple(a for a in truth.distractors if a in keep)
    return NewsTruth(tuple(incidents), distractors), kept_events


def _rate(hits: int, total: int) -> float | None:
    return round(hits / total, 4) if total else None


def _field_scores(pairs: Sequence[tuple[Incident, PredEvent]]) -> dict[str, Any]:
    def share(test: Callable[[Incident, PredEvent], bool]) -> float | None:
        return _rate(sum(1 for i, e in pairs if test(i, e)), len(pairs))

    km = [_km(e, i.latitude, i.longitude) for i, e in pairs]
    known_km = [d for d in km if math.isfinite(d)]
    split = [(i, e) for i, e in pairs if i.split]
    log_errors = [abs(math.log1p(max(e.fatalities or 0, 0)) - math.log1p(i.fatalities)) for i, e in pairs]
    out: dict[str, Any] = {
        "date_exact": share(lambda i, e: e.event_date == i.event_date),
        "date_within_2d": share(lambda i, e: _days(e, i.event_date) <= DATE_CLOSE_DAYS),
        "event_type": share(lambda i, e: e.event_type == i.event_type),
        "sub_event_type": share(lambda i, e: e.sub_event_type == i.sub_event_type),
        "admin1": share(lambda i, e: bool(e.admin1) and fold(e.admin1) == fold(i.admin1)),
        "km_median": round(statistics.median(known_km), 1) if known_km else None,
        "located": len(known_km),
    }
    for step in KM_STEPS:
        out[f"within_{step}km"] = _rate(sum(1 for d in km if d <= step), len(pairs))
    out.update({
        "fatalities_exact": share(lambda i, e: (e.fatalities or 0) == i.fatalities),
        "fatalities_close": share(lambda i, e: _close(e.fatalities, i.fatalities)),
        "fatalities_log_error": round(statistics.mean(log_errors), 3) if log_errors else None,
        "split_matched": len(split),
        "fatalities_all_rows_exact": _rate(
            sum(1 for i, e in split if (e.fatalities or 0) == i.fatalities_all_rows), len(split)),
        "fatalities_all_rows_close": _rate(
            sum(1 for i, e in split if _close(e.fatalities, i.fatalities_all_rows)), len(split)),
    })
    return out


def _close(predicted: int | None, gold: int) -> bool:
    return abs((predicted or 0) - gold) <= max(2.0, 0.2 * gold)


def _copies_in_one_chain(incident: Incident, events: Sequence[PredEvent]) -> list[bool]:
    """Per copy group: is the whole group inside one source chain of one event?"""
    out = []
    for group in incident.copies:
        members = set(group)
        out.append(any(members <= set(chain) for e in events for chain in e.source_chains))
    return out


def score_subset(truth: NewsTruth, events: Sequence[PredEvent]) -> dict[str, Any]:
    """Every measure of the README on one view of the set (all articles, or one language's)."""
    incident_articles = {a for inc in truth.incidents for a in inc.articles}
    distractors = set(truth.distractors)
    rows: list[dict[str, Any]] = []
    pairs: list[tuple[Incident, PredEvent]] = []
    extra_kinds: Counter[str] = Counter()
    copies: list[bool] = []
    for inc in truth.incidents:
        ids = set(inc.articles)
        citing = [e for e in events if e.cites(ids)]
        match = matched_event(inc, citing)
        reading_b = [e for e in citing if in_reading_b(inc, e)]
        kinds = {e.id: extra_kind(inc, e, match) for e in citing if match and e.id != match.id}
        extra_kinds.update(kinds.values())
        copies.extend(_copies_in_one_chain(inc, events))
        if match:
            pairs.append((inc, match))
        rows.append({
            "incident": inc.id, "articles": len(inc.articles), "acled_rows": len(inc.acled_ids),
            "matched": match.id if match else None,
            "matched_cites": match.cites(ids) if match else 0,
            "events_a": [e.id for e in citing], "events_b": [e.id for e in reading_b],
            "extra_kinds": kinds,
        })
    multi = [r for r in rows if r["articles"] >= 2]
    b_counts = [len(r["events_b"]) for r in multi]
    allowed = [max(1, r["acled_rows"]) for r in multi]
    gold, predicted = article_clusters(truth, events)
    precision, recall, f1 = bcubed(gold, predicted)
    merged = [e for e in events if len({i.id for i in truth.incidents if e.cites(set(i.articles))}) > 1]
    scores: dict[str, Any] = {
        "incidents": len(truth.incidents),
        "incident_articles": len(incident_articles),
        "events": len(events),
        "found": _rate(len(pairs), len(truth.incidents)),
        "matched": len(pairs),
        **_field_scores(pairs),
        "bcubed_precision": round(precision, 4),
        "bcubed_recall": round(recall, 4),
        "bcubed_f1": round(f1, 4),
        "events_per_incident_a": _mean([len(r["events_a"]) for r in rows]),
        "incidents_one_event_a": _rate(sum(1 for r in rows if len(r["events_a"]) == 1), len(rows)),
        "multi_article_incidents": len(multi),
        "events_per_incident_b": _mean(b_counts),
        "incidents_one_event_b": _rate(sum(1 for n in b_counts if n == 1), len(b_counts)),
        "incidents_b_within_acled_rows": _rate(
            sum(1 for n, k in zip(b_counts, allowed) if 1 <= n <= k), len(b_counts)),
        "excess_events_b_over_acled_rows": sum(max(0, n - k) for n, k in zip(b_counts, allowed)),
        "events_citing_several_incidents": len(merged),
        "distractor_events": sum(1 for e in events if set(e.articles) <= distractors),
        "copy_groups": len(copies),
        "copy_groups_one_chain": _rate(sum(copies), len(copies)),
        "extra_events": sum(extra_kinds.values()),
        "extra_events_by_kind": {k: extra_kinds[k] for k in EXTRA_KINDS},
        "per_incident": rows,
    }
    return scores


def _mean(values: Sequence[int]) -> float | None:
    return round(statistics.mean(values), 3) if values else None


def score_news(truth: NewsTruth, events: Sequence[PredEvent], languages: Mapping[str, str]) -> dict[str, Any]:
    """All measures on every article (``all``) and on each language's articles alone
    (``by_language``: each view keeps only that language's articles on both sides, see
    :func:`restrict`). ``languages`` maps input article id -> language code."""
    report: dict[str, Any] = {"all": score_subset(truth, events), "by_language": {}}
    for lang in sorted(set(languages.values())):
        keep = {a for a, la in languages.items() if la == lang}
        sub_truth, sub_events = restrict(truth, events, keep)
        report["by_language"][lang] = score_subset(sub_truth, sub_events)
    return report
