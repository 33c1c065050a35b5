"""Hand-built records for the store and export tests, and the generator behind store_writer.py.

Names of people here are invented; places are ordinary GeoNames towns.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, timedelta

from eventfuse.records import (
    Actor,
    Article,
    ArticleExtraction,
    Claim,
    ClaimValue,
    Contradiction,
    ContradictionValue,
    DateMention,
    Event,
    FieldValue,
    FusedClaim,
    Mention,
    Place,
    RunReport,
    Skipped,
    Span,
    Support,
    content_hash,
)
from eventfuse.taxonomy import sub_event

SUB_TYPES = (
    "Attack",
    "Armed clash",
    "Abduction/forced disappearance",
    "Remote explosive/landmine/IED",
    "Looting/property destruction",
)


def span(article: str, text: str, quote: str) -> Span:
    """The span of ``quote`` inside ``text`` (which must contain it)."""
    start = text.index(quote)
    return Span(article, start, start + len(quote), quote)


def make_article(
    text: str,
    *,
    title: str | None = None,
    outlet: str | None = "Sahel Wire",
    published: date | None = date(2024, 3, 5),
    language: str = "en",
    url: str | None = None,
    given_id: str | None = None,
) -> Article:
    return Article(
        id=Article.make_id(text),
        text=text,
        title=title,
        url=url,
        outlet=outlet,
        published=published,
        language=language,
        retrieved_at=datetime(2024, 3, 6, 8, 30, tzinfo=UTC),
        source="tests/fixture.jsonl",
        given_id=given_id,
    )


def make_mention(
    article: Article,
    trigger: str,
    *,
    sub_event_type: str = "Attack",
    day: date | None = date(2024, 3, 4),
    actor1: str | None = "Unidentified Armed Group (Mali)",
    actor2: str | None = "Civilians (Mali)",
    place: Place | None = None,
    fatalities: int | None = None,
    claims: Sequence[Claim] = (),
    primary: bool = True,
) -> Mention:
    text = article.text
    trig = span(article.id, text, trigger)
    kind = sub_event(sub_event_type)
    return Mention(
        id=Mention.make_id(article.id, trig.start, sub_event_type),
        article=article.id,
        sub_event_type=sub_event_type,
        event_type=kind.event_type,
        disorder_type=kind.disorder_type,
        trigger=trig,
        sentence=Span(article.id, 0, len(text), text),
        date=None if day is None else DateMention(day, 1, None, explicit=False),
        actor1=None if actor1 is None else Actor(actor1, 2 if "Group" in actor1 else 1),
        actor2=None if actor2 is None else Actor(actor2, 7, "confirmed"),
        victims=("Aïssata Koné",) if "Koné" in text else (),
        place_mentions=(),
        place=place,
        fatalities=fatalities,
        claims=tuple(claims),
        civilian_targeting=actor2 is not None and actor2.startswith("Civilians"),
        primary=primary,
        published=article.published,
        language=article.language,
    )


MOPTI = Place("Mopti", 14.4843, -4.1827, "Mali", "Mopti", "Mopti", 2453348, "PPLA", 1, "Mopti")
GAO = Place("Gao", 16.2717, -0.0447, "Mali", "Gao", "Gao", 2457163, "PPLA", 1, "Gao")
DORI = Place("Dori", 14.0354, -0.0345, "Burkina Faso", "Sahel", "Seno", 2361002, "PPLA", 1)


def sample_extractions() -> list[ArticleExtraction]:
    """Two reports (English and French) of one abduction and one of a clash."""
    en = make_article(
        "Gunmen abducted Aïssata Koné, a radio presenter with 140,000 followers, near Mopti "
        "on Monday, according to the mayor.",
        title="Presenter abducted near Mopti",
        url="https://www.example.org/news/1",
    )
    fr = make_article(
        "Des hommes armés ont enlevé Aïssata Koné, animatrice suivie par plus de 100 000 "
        "personnes, près de Mopti lundi.",
        title="Une animatrice enlevée près de Mopti",
        outlet="Le Journal du Sahel",
        language="fr",
    )
    clash = make_article(
        "Soldiers clashed with militants near Gao on Sunday; three soldiers were killed.",
        outlet=None,
        url="https://www.gao-news.example.com/a/2",
    )
    en_claim = Claim(
        "Aïssata Koné", "followers", 140000, None, "exact", span(en.id, en.text, "140,000")
    )
    fr_claim = Claim(
        "Aïssata Koné",
        "followers",
        100000.0,
        None,
        "at_least",
        span(fr.id, fr.text, "plus de 100 000"),
    )
    return [
        ArticleExtraction(
            en,
            (
                make_mention(
                    en,
                    "abducted",
                    sub_event_type="Abduction/forced disappearance",
                    place=MOPTI,
                    claims=[en_claim],
                ),
            ),
            background=(span(en.id, en.text, "according to the mayor"),),
        ),
        ArticleExtraction(
            fr,
            (
                make_mention(
                    fr,
                    "enlevé",
                    sub_event_type="Abduction/forced disappearance",
                    place=MOPTI,
                    claims=[fr_claim],
                ),
            ),
        ),
        ArticleExtraction(
            clash,
            (
                make_mention(
                    clash,
                    "clashed",
                    sub_event_type="Armed clash",
                    day=date(2024, 3, 3),
                    actor1="Military Forces of Mali (2021-)",
                    actor2="JNIM: Group for Support of Islam and Muslims",
                    place=GAO,
                    fatalities=3,
                ),
                make_mention(
                    clash,
                    "killed",
                    sub_event_type="Attack",
                    day=date(2024, 3, 3),
                    place=GAO,
                    fatalities=3,
                    primary=False,
                ),
            ),
            not_happened=(span(clash.id, clash.text, "three soldiers"),),
        ),
    ]


def field(
    value: object, *spans: Span, confidence: float = 0.9, alternatives: Sequence[Support] = ()
) -> FieldValue:
    return FieldValue(value, confidence, tuple(spans), tuple(alternatives))


def make_event(
    event_id: str,
    *,
    event_date: date | None = date(2024, 3, 4),
    sub_event_type: str = "Attack",
    actor1: str | None = "Unidentified Armed Group (Mali)",
    inter1: int | None = 2,
    actor2: str | None = "Civilians (Mali)",
    inter2: int | None = 7,
    place: Place | None = MOPTI,
    fatalities: int | None = 0,
    articles: Sequence[str] = ("a1",),
    chains: Sequence[Sequence[str]] | None = None,
    notes: str = "",
    quote: str = "gunmen attacked",
    claims: Sequence[FusedClaim] = (),
    contradictions: Sequence[Contradiction] = (),
) -> Event:
    kind = sub_event(sub_event_type)
    evidence = Span(articles[0], 0, len(quote), quote)
    values: dict[str, object] = {
        "event_date": event_date,
        "time_precision": 1,
        "disorder_type": kind.disorder_type,
        "event_type": kind.event_type,
        "sub_event_type": sub_event_type,
        "actor1": actor1,
        "inter1": inter1,
        "actor2": actor2,
        "inter2": inter2,
        "fatalities": fatalities,
        "civilian_targeting": actor2 is not None and actor2.startswith("Civilians"),
    }
    if place is not None:
        values.update(
            country=place.country,
            admin1=place.admin1,
            admin2=place.admin2,
            location=place.name,
            latitude=place.latitude,
            longitude=place.longitude,
            geo_precision=place.geo_precision,
        )
    fields = {name: field(v, evidence) for name, v in values.items() if v is not None}
    return Event(
        id=event_id,
        fields=fields,
        articles=tuple(articles),
        mentions=tuple(f"m-{event_id}-{a}" for a in articles),
        source_chains=tuple(tuple(c) for c in (chains or [[a] for a in articles])),
        claims=tuple(claims),
        contradictions=tuple(contradictions),
        notes=notes,
    )


def sample_events(article_ids: Sequence[str] = ("a1", "a2", "a3")) -> list[Event]:
    """Four events: an abduction with a contradiction, a clash, a French-noted attack, and one
    without coordinates."""
    a1, a2, a3 = article_ids
    followers = FusedClaim(
        "Aïssata Koné",
        "followers",
        (
            ClaimValue(140000, None, "exact", (a1,)),
            ClaimValue(100000, None, "at_least", (a2,)),
        ),
        "consistent",
    )
    weekday = Contradiction(
        "event_date",
        "date_conflict",
        (
            ContradictionValue(date(2024, 3, 4), (a1,)),
            ContradictionValue(date(2024, 3, 5), (a2,)),
        ),
        "reports disagree on the day",
    )
    abduction = make_event(
        "ev-abduction",
        sub_event_type="Abduction/forced disappearance",
        articles=(a1, a2),
        notes="On 4 March 2024, gunmen abducted Aïssata Koné, a radio presenter, near Mopti.",
        quote="abducted Aïssata Koné",
        claims=[followers],
        contradictions=[weekday],
    )
    clash = make_event(
        "ev-clash",
        event_date=date(2024, 3, 3),
        sub_event_type="Armed clash",
        actor1="Military Forces of Mali (2021-)",
        inter1=1,
        actor2="JNIM: Group for Support of Islam and Muslims",
        inter2=2,
        place=GAO,
        fatalities=3,
        articles=(a3,),
        notes="On 3 March 2024, soldiers clashed with JNIM militants near Gao. 3 fatalities.",
        quote="Soldiers clashed with militants",
    )
    french = make_event(
        "ev-dori",
        event_date=date(2024, 2, 20),
        place=DORI,
        fatalities=5,
        actor1="Unidentified Armed Group (Burkina Faso)",
        actor2="Civilians (Burkina Faso)",
        articles=(a2, a3),
        chains=[[a2, a3]],
        notes="Le 20 février 2024, des hommes armés ont tué cinq éleveurs près de Dori.",
        quote="ont tué cinq éleveurs",
    )
    unplaced = make_event(
        "ev-unplaced",
        event_date=None,
        sub_event_type="Looting/property destruction",
        place=None,
        fatalities=None,
        actor2=None,
        inter2=None,
        articles=(a1,),
        notes="Cattle were stolen somewhere in the region.",
        quote="Cattle were stolen",
    )
    return [abduction, clash, french, unplaced]


# -- generated data for the crash test --------------------------------------------------------

GEN_START = date(2024, 1, 1)


def generated_extraction(i: int) -> ArticleExtraction:
    """Article ``i`` with ``i % 4`` mentions; its title states the count (``mentions=k``)."""
    count = i % 4
    body = " ".join(f"incident {i}-{k} attacked the village of Mopti." for k in range(count))
    text = f"Generated report number {i}. {body}".strip()
    article = make_article(
        text,
        title=f"generated {i} mentions={count}",
        outlet=f"Outlet {i % 7}",
        published=GEN_START + timedelta(days=i % 40),
    )
    mentions = []
    for k in range(count):
        trig = f"incident {i}-{k} attacked"
        sub = SUB_TYPES[(i + k) % len(SUB_TYPES)]
        mentions.append(
            make_mention(
                article,
                trig,
                sub_event_type=sub,
                day=GEN_START + timedelta(days=(i * 3 + k) % 40),
                place=MOPTI if (i + k) % 3 else GAO,
                fatalities=(i + k) % 5,
            )
        )
    return ArticleExtraction(article, tuple(mentions))


def events_from_mentions(mentions: Iterable[Mention]) -> list[Event]:
    """A deterministic stand-in for linking and fusion: one event per (type, day)."""
    groups: dict[tuple[str, date | None], list[Mention]] = {}
    for m in mentions:
        groups.setdefault((m.sub_event_type, m.date.value if m.date else None), []).append(m)
    events = []
    for (sub, day), members in sorted(groups.items(), key=lambda kv: (kv[0][0], str(kv[0][1]))):
        members.sort(key=lambda m: m.id)
        articles = tuple(sorted({m.article for m in members}))
        first = members[0]
        place = first.place or MOPTI
        event_id = content_hash(sub, str(day), first.id)  # changes as earlier mentions arrive
        fatalities = min(m.fatalities or 0 for m in members)
        events.append(
            Event(
                id=event_id,
                fields={
                    "event_date": FieldValue(day, 0.8, tuple(m.trigger for m in members)),
                    "sub_event_type": FieldValue(sub, 1.0, (first.trigger,)),
                    "event_type": FieldValue(first.event_type, 1.0, ()),
                    "location": FieldValue(place.name, 0.7, ()),
                    "latitude": FieldValue(place.latitude, 0.7, ()),
                    "longitude": FieldValue(place.longitude, 0.7, ()),
                    "fatalities": FieldValue(fatalities, 0.6, ()),
                },
                articles=articles,
                mentions=tuple(m.id for m in members),
                source_chains=tuple((a,) for a in articles),
                notes=f"{len(members)} generated mentions of {sub} on {day}",
            )
        )
    return events


def writer_run() -> tuple[RunReport, list[Skipped]]:
    """The fixed run report the writer records at the end."""
    skipped = [Skipped(f"input/{n}.txt", "EF101", "empty input") for n in range(3)]
    report = RunReport(
        run_id="writer-run",
        started_at=datetime(2024, 1, 1, 0, 0, tzinfo=UTC),
        finished_at=datetime(2024, 1, 1, 0, 5, tzinfo=UTC),
        articles_read=10,
        articles_new=7,
        duplicates=0,
        skipped={"EF101": 3},
    )
    return report, skipped
