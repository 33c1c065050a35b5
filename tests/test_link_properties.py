"""Properties of link + fuse on generated mentions (hypothesis): order does not matter,
fusing again changes nothing, an unrelated report leaves existing events as they were."""

from __future__ import annotations

import random
from datetime import date, timedelta

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from test_runners import random_mentions  # hand-built mentions crowded into few weeks and towns

from eventfuse.fuse import fuse_clusters
from eventfuse.link import Cluster, LinkOptions, link_mentions
from eventfuse.link.blocking import link_blocked
from eventfuse.link.cluster import article_sources, compatible
from eventfuse.records import Article, DateMention, Event, Mention, Place, Span
from eventfuse.taxonomy import sub_event

FAST = settings(max_examples=40, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
OPTIONS = st.builds(LinkOptions, days=st.sampled_from([1, 3, 7]), km=st.sampled_from([10.0, 50.0]))


def articles_of(mentions: list[Mention]) -> dict[str, Article]:
    """Articles with texts that share a passage for some pairs (so source chains form)."""
    shared = "the convoy was hit near the bridge while rescuers searched the riverbank for survivors"
    out = {}
    for m in mentions:
        text = f"Report {m.article}. " + (shared if int(m.article[1:]) % 3 == 0 else f"own words {m.article}")
        out[m.article] = Article(id=m.article, text=text, published=date(2024, 4, 20), language="en")
    return out


def events_json(events: list[Event]) -> list[dict[str, object]]:
    return [e.to_json() for e in sorted(events, key=lambda e: e.id)]


@given(seed=st.integers(0, 10**6), n=st.integers(1, 60), options=OPTIONS, order=st.randoms(use_true_random=False))
@FAST
def test_order_of_articles_does_not_change_events(seed: int, n: int, options: LinkOptions, order: random.Random) -> None:
    mentions = random_mentions(random.Random(seed), n)
    arts = articles_of(mentions)
    expected = events_json(fuse_clusters(link_mentions(mentions, options=options), arts))
    # shuffle whole articles (their mentions stay together, as an article is read at once)
    by_article: dict[str, list[Mention]] = {}
    for m in mentions:
        by_article.setdefault(m.article, []).append(m)
    groups = list(by_article.values())
    order.shuffle(groups)
    shuffled = [m for g in groups for m in g]
    assert events_json(fuse_clusters(link_mentions(shuffled, options=options), arts)) == expected
    # and mention by mention, and through blocked linking
    order.shuffle(shuffled)
    assert events_json(fuse_clusters(link_blocked(shuffled, options=options), arts)) == expected


@given(seed=st.integers(0, 10**6), n=st.integers(1, 60))
@FAST
def test_fusing_again_changes_nothing(seed: int, n: int) -> None:
    mentions = random_mentions(random.Random(seed), n)
    arts = articles_of(mentions)
    clusters = link_mentions(mentions)
    first = fuse_clusters(clusters, arts)
    again = fuse_clusters(clusters, arts)
    assert events_json(first) == events_json(again)
    # fusing each cluster on its own, in reverse order, gives the same records
    alone = [fuse_clusters([c], arts)[0] for c in reversed(clusters)]
    assert events_json(alone) == events_json(first)
    # re-linking the mentions of the events gives the same clusters (stable ids)
    by_id = {m.id: m for m in mentions}
    relinked = link_mentions([by_id[i] for e in first for i in e.mentions])
    assert relinked == clusters


def unrelated(kind: int, day: date) -> Mention:
    """A report of another incident: another act group, another country, or months away."""
    sub, country, lat, lon, when = [
        ("Agreement", "Mali", 14.5, -4.2, day),
        ("Attack", "Chad", 12.1, 15.0, day),
        ("Armed clash", "Mali", 14.5, -4.2, day + timedelta(days=200)),
    ][kind]
    info = sub_event(sub)
    span = Span("zz-new", 0, 5, "words")
    return Mention(
        id="zz-new-mention", article="zz-new", sub_event_type=sub, event_type=info.event_type,
        disorder_type=info.disorder_type, trigger=span, sentence=span,
        date=DateMention(when, 1, span), place=Place("Elsewhere", lat, lon, country, geo_precision=1),
    )


@given(seed=st.integers(0, 10**6), n=st.integers(1, 60), kind=st.integers(0, 2))
@FAST
def test_unrelated_article_does_not_change_existing_events(seed: int, n: int, kind: int) -> None:
    mentions = random_mentions(random.Random(seed), n)
    extra = unrelated(kind, date(2024, 3, 15))
    # unrelated: no existing mention could be the same incident (a mention without a place
    # or a date may be anywhere, any day, so it can be related to the new report)
    sources = article_sources(mentions)
    assume(not any(
        compatible(extra, m, options=LinkOptions(), sources=sources)
        or compatible(m, extra, options=LinkOptions(), sources=sources)
        for m in mentions
    ))
    arts = articles_of(mentions)
    before = events_json(fuse_clusters(link_mentions(mentions), arts))
    arts_after = {**arts, "zz-new": Article(id="zz-new", text="Another incident.", language="en")}
    after = events_json(fuse_clusters(link_mentions([*mentions, extra]), arts_after))
    new = [e for e in after if e not in before]
    assert [e for e in after if e in before] == before
    assert len(new) == 1 and new[0]["articles"] == ["zz-new"]


@given(seed=st.integers(0, 10**6), n=st.integers(2, 40))
@FAST
def test_every_mention_is_in_exactly_one_cluster(seed: int, n: int) -> None:
    mentions = random_mentions(random.Random(seed), n)
    clusters: list[Cluster] = link_mentions(mentions)
    ids = sorted(i.id for c in clusters for i in c.mentions)
    assert ids == sorted(m.id for m in mentions)
