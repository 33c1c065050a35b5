"""Frozen records that flow between pipeline stages (the data contract in code)."""

from __future__ import annotations

import datetime as _dt
import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal

Qualifier = Literal["exact", "at_least", "at_most", "approx"]
Certainty = Literal["confirmed", "claimed", "suspected", "reported"]
ContradictionKind = Literal[
    "value_conflict", "date_conflict", "weekday_mismatch", "role_conflict", "single_source"
]


def content_hash(*parts: str, length: int = 16) -> str:
    """Stable hexadecimal id from text parts (sha256, truncated)."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return digest[:length]


@dataclass(frozen=True, slots=True)
class Article:
    """One report as read from a source; ``id`` is a hash of its normalised text."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: date | None = None
    language: str | None = None
    retrieved_at: datetime | None = None
    source: str | None = None  # where it was read from (path, URL, feed)
    given_id: str | None = None  # the id the input carried, if any

    @staticmethod
    def make_id(text: str) -> str:
        normalised = " ".join(text.split()).casefold()
        return content_hash(normalised)


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input that could not be used, kept with a machine-readable reason."""

    source: str
    reason: str  # an error code from ``errors.py``, e.g. "EF101"
    detail: str


@dataclass(frozen=True, slots=True)
class Span:
    """Evidence: a character span of one article and the text it covers."""

    article: str
    start: int
    end: int
    quote: str

    def to_json(self) -> dict[str, object]:
        return {"article": self.article, "start": self.start, "end": self.end, "quote": self.quote}


@dataclass(frozen=True, slots=True)
class Actor:
    """A normalised actor (ACLED style) with its actor type code (inter 1-8)."""

    name: str
    inter: int
    certainty: Certainty = "confirmed"
    span: Span | None = None


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A toponym as written in a report, with the words around it that matter."""

    text: str
    span: Span
    relation: str | None = None  # "in", "near", "distance", "region", "between"
    distance_km: float | None = None
    direction: str | None = None  # "N", "SE", ... for "30 km north of X"
    is_event_location: bool = False


@dataclass(frozen=True, slots=True)
class Place:
    """A resolved location with ACLED geo precision (1 town, 2 near/part, 3 region)."""

    name: str
    latitude: float
    longitude: float
    country: str
    admin1: str | None = None
    admin2: str | None = None
    geonameid: int | None = None
    feature_code: str | None = None
    geo_precision: int = 1
    mention: str | None = None  # the name as written in the report
    span: Span | None = None


@dataclass(frozen=True, slots=True)
class Claim:
    """One quantity stated by one report: ``140000 followers (at_least)``."""

    subject: str
    attribute: str  # "fatalities", "victims", "followers", "distance", "money", "injured"
    value: float
    unit: str | None
    qualifier: Qualifier
    span: Span
    upper: float | None = None  # for ranges "10 to 15"


@dataclass(frozen=True, slots=True)
class DateMention:
    """A resolved date for an event with ACLED time precision (1 day, 2 week, 3 month)."""

    value: date
    precision: int
    span: Span | None = None
    stated_weekday: int | None = None  # 0=Monday, as written in the text
    weekday_mismatch: bool = False
    explicit: bool = False  # the date itself (day and month) was written


@dataclass(frozen=True, slots=True)
class SetAside:
    """An act a report tells that is not an event of its own, and why (a code of
    ``extract.setaside.REASONS``: "part_of_main", "recalled", "reaction", ...)."""

    span: Span
    reason: str
    sub_event_type: str | None = None

    def to_json(self) -> dict[str, object]:
        return {"reason": self.reason, "sub_event_type": self.sub_event_type, **self.span.to_json()}


@dataclass(frozen=True, slots=True)
class Mention:
    """One event as described by one article."""

    id: str
    article: str
    sub_event_type: str
    event_type: str
    disorder_type: str
    trigger: Span
    sentence: Span
    date: DateMention | None
    actor1: Actor | None = None
    actor2: Actor | None = None
    victims: tuple[str, ...] = ()  # named persons harmed
    place_mentions: tuple[PlaceMention, ...] = ()
    place: Place | None = None
    fatalities: int | None = None
    fatalities_span: Span | None = None
    claims: tuple[Claim, ...] = ()
    attribution: str | None = None
    attribution_span: Span | None = None
    sources: tuple[str, ...] = ()  # every source the article cites ("the mayor, X", "state TV")
    certainty: Certainty = "reported"
    civilian_targeting: bool = False
    primary: bool = False
    published: _dt.date | None = None  # not `date`: the field above shadows it here
    language: str | None = None
    parts: tuple[SetAside, ...] = ()  # acts of this incident folded into it (still used to link)

    @staticmethod
    def make_id(article_id: str, start: int, sub_event_type: str) -> str:
        return content_hash(article_id, str(start), sub_event_type)


@dataclass(frozen=True, slots=True)
class ArticleExtraction:
    """What extraction found in one article, including what it set aside and why."""

    article: Article
    mentions: tuple[Mention, ...]
    background: tuple[Span, ...] = ()  # event-like sentences judged history/context
    not_happened: tuple[Span, ...] = ()  # negated, hypothetical or future events
    places: tuple[PlaceMention, ...] = ()  # every toponym of the article (geocoding context)
    set_aside: tuple[SetAside, ...] = ()  # every act set aside, with its reason


@dataclass(frozen=True, slots=True)
class Support:
    """A value and the evidence spans behind it."""

    value: object
    spans: tuple[Span, ...]

    @property
    def articles(self) -> tuple[str, ...]:
        return tuple(sorted({s.article for s in self.spans}))


@dataclass(frozen=True, slots=True)
class FieldValue:
    """A fused field: the chosen value, confidence, its support and the alternatives."""

    value: object
    confidence: float
    support: tuple[Span, ...]
    alternatives: tuple[Support, ...] = ()

    def to_json(self) -> dict[str, object]:
        return {
            "value": _jsonable(self.value),
            "confidence": round(self.confidence, 3),
            "support": [s.to_json() for s in self.support],
            "alternatives": [
                {"value": _jsonable(a.value), "support": [s.to_json() for s in a.spans]}
                for a in self.alternatives
            ],
        }


@dataclass(frozen=True, slots=True)
class ClaimValue:
    value: float
    unit: str | None
    qualifier: Qualifier
    articles: tuple[str, ...]
    upper: float | None = None


@dataclass(frozen=True, slots=True)
class FusedClaim:
    """Quantities about one subject and attribute across reports, compared."""

    subject: str
    attribute: str
    values: tuple[ClaimValue, ...]
    status: Literal["consistent", "conflict"]

    def to_json(self) -> dict[str, object]:
        return {
            "subject": self.subject,
            "attribute": self.attribute,
            "values": [
                {
                    "value": _jsonable(v.value),
                    "unit": v.unit,
                    "qualifier": v.qualifier,
                    "articles": list(v.articles),
                }
                for v in self.values
            ],
            "status": self.status,
        }


@dataclass(frozen=True, slots=True)
class ContradictionValue:
    value: object
    articles: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Contradiction:
    """A disagreement between reports (or within one) that a person should see."""

    field: str
    kind: ContradictionKind
    values: tuple[ContradictionValue, ...]
    note: str

    def to_json(self) -> dict[str, object]:
        return {
            "field": self.field,
            "kind": self.kind,
            "values": [
                {"value": _jsonable(v.value), "articles": list(v.articles)} for v in self.values
            ],
            "note": self.note,
        }


EVENT_FIELDS: tuple[str, ...] = (
    "event_date",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "inter1",
    "actor2",
    "inter2",
    "country",
    "admin1",
    "admin2",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "fatalities",
    "civilian_targeting",
)


@dataclass(frozen=True, slots=True)
class Event:
    """One incident fused from the mentions of one or more articles."""

    id: str
    fields: dict[str, FieldValue]
    articles: tuple[str, ...]
    mentions: tuple[str, ...]
    source_chains: tuple[tuple[str, ...], ...]
    claims: tuple[FusedClaim, ...] = ()
    contradictions: tuple[Contradiction, ...] = ()
    notes: str = ""

    @property
    def independent_sources(self) -> int:
        return len(self.source_chains)

    def value(self, name: str) -> object:
        fv = self.fields.get(name)
        return None if fv is None else fv.value

    def to_json(self) -> dict[str, object]:
        """The Event JSON of the data contract (DESIGN.md)."""
        out: dict[str, object] = {"id": self.id}
        for name in EVENT_FIELDS:
            out[name] = _jsonable(self.value(name))
        out["articles"] = list(self.articles)
        out["source_chains"] = [list(c) for c in self.source_chains]
        out["independent_sources"] = self.independent_sources
        out["fields"] = {k: v.to_json() for k, v in sorted(self.fields.items())}
        out["claims"] = [c.to_json() for c in self.claims]
        out["contradictions"] = [c.to_json() for c in self.contradictions]
        out["notes"] = self.notes
        return out


def _jsonable(value: object) -> object:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return value
    return value


@dataclass(frozen=True, slots=True)
class RunReport:
    """What one run did, for people and for the store."""

    run_id: str
    started_at: datetime
    finished_at: datetime
    articles_read: int
    articles_new: int
    duplicates: int
    skipped: dict[str, int] = field(default_factory=dict)
    mentions: int = 0
    events: int = 0

    @property
    def skipped_total(self) -> int:
        return sum(self.skipped.values())
