"""Blocking for the link stage: split mentions into blocks that can be linked on their own.

``link_mentions`` visits mentions in one global order and puts each into the first cluster
whose every member it is compatible with. If a partition of the mentions puts every pair that
*could* be compatible into the same part, no cluster ever spans two parts, and linking each
part on its own gives exactly the clusters of linking everything at once. Two levels:

* **coarse blocks** from light keys only (:class:`MentionKey`): act groups + country + ISO
  week of every day the mention's date window covers. Windows that overlap share a day, so
  they share a week; a window over two weeks joins them (the "neighbouring weeks").
  A mention without a country, or without a date, is a wildcard on that dimension and joins
  every block it could match. Every mention of one article is in one block (an article's
  sources are used when comparing its mentions).
* **fine components** inside a coarse block: the connected components of the real
  ``compatible`` relation (plus "same article"), found by a sweep over date windows. Linking
  each component on its own is what makes big, dense blocks cheap.

Both levels rely only on what ``cluster.compatible`` rejects: no act group in common,
date windows that do not overlap once exact dates are widened by ``LinkOptions.slack_days``,
two different countries (a place that is a whole country, or one read outside the act's
sentence, is a wildcard: it may tell an act placed elsewhere). ``tests/test_runners.py``
checks that blocked linking equals ``link_mentions`` on real and generated mentions.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from itertools import chain

from ..records import Mention
from .cluster import (
    Cluster,
    LinkOptions,
    act_groups,
    any_country,
    article_sources,
    compatible,
    date_window,
    link_mentions,
)

WILD = "*"


@dataclass(frozen=True, slots=True)
class MentionKey:
    """What blocking needs to know about a mention (kept for every stored mention)."""

    mention: str
    article: str
    groups: tuple[str, ...]  # its act group and those of the acts folded into it
    country: str | None  # None: the mention may be in any country
    first: int | None  # first and last day (date ordinals) of its date window; None: any day
    last: int | None


def mention_key(mention: Mention, *, days: int, slack: int = LinkOptions().slack_days) -> MentionKey:
    """The blocking key of one mention under the link window ``days`` (exact dates widened by
    ``slack`` days, ``LinkOptions.slack_days``)."""
    window = date_window(mention, days, slack)
    place = mention.place
    # a whole-country place, or one the story gave, may tell an act elsewhere
    # (cluster.compatible, any_country): any country
    country = place.country if place is not None and place.country and not any_country(mention) else None
    return MentionKey(
        mention=mention.id,
        article=mention.article,
        groups=tuple(sorted(act_groups(mention))),
        country=country,
        first=window[0].toordinal() if window is not None else None,
        last=window[1].toordinal() if window is not None else None,
    )


def iso_week(ordinal: int) -> int:
    """The ISO week (Monday to Sunday) of a date ordinal, as one integer (day 1 is a Monday)."""
    return (ordinal - 1) // 7


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[Hashable, Hashable] = {}

    def find(self, x: Hashable) -> Hashable:
        parent = self.parent
        parent.setdefault(x, x)
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    def union(self, a: Hashable, b: Hashable) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[rb] = ra


def _cells(key: MentionKey) -> list[tuple[str, str, int | str]]:
    country = key.country or WILD
    if key.first is None or key.last is None:
        return [(group, country, WILD) for group in key.groups]
    weeks = range(iso_week(key.first), iso_week(key.last) + 1)
    return [(group, country, week) for group in key.groups for week in weeks]


def coarse_blocks(keys: Iterable[MentionKey]) -> list[list[str]]:
    """Mention ids in blocks (each sorted; blocks ordered by their smallest id).

    Two mentions in different blocks are never compatible.
    """
    uf = _UnionFind()
    mentions: list[str] = []
    cells: set[tuple[str, str, int | str]] = set()
    for key in keys:
        node = ("m", key.mention)
        mentions.append(key.mention)
        uf.union(node, ("a", key.article))
        for cell in _cells(key):
            cells.add(cell)
            uf.union(node, ("c", *cell))
    # wildcards: a cell with "*" joins every cell that matches it on the other dimension
    by_country: dict[tuple[str, str], list[tuple[str, str, int | str]]] = {}
    by_week: dict[tuple[str, int | str], list[tuple[str, str, int | str]]] = {}
    by_group: dict[str, list[tuple[str, str, int | str]]] = {}
    for cell in cells:
        by_country.setdefault((cell[0], cell[1]), []).append(cell)
        by_week.setdefault((cell[0], cell[2]), []).append(cell)
        by_group.setdefault(cell[0], []).append(cell)
    for group, country, week in cells:
        if country == WILD and week == WILD:
            partners = by_group[group]
        elif country == WILD:
            partners = by_week[(group, week)] + by_week.get((group, WILD), [])
        elif week == WILD:
            partners = by_country[(group, country)] + by_country.get((group, WILD), [])
        else:
            continue
        for other in partners:
            uf.union(("c", group, country, week), ("c", *other))
    groups: dict[Hashable, list[str]] = {}
    for mention in dict.fromkeys(mentions):
        groups.setdefault(uf.find(("m", mention)), []).append(mention)
    return sorted((sorted(ids) for ids in groups.values()), key=lambda ids: ids[0])


def fine_components(mentions: Sequence[Mention], *, options: LinkOptions) -> list[list[Mention]]:
    """Connected components of "compatible (either way) or same article" (sorted by id).

    A sweep over date windows: only mentions whose windows overlap are compared (a mention
    without a date is compared with all). Sources are those of the whole articles, as in
    ``link_mentions`` (callers pass every mention of each article).
    """
    sources = article_sources(mentions)
    uf = _UnionFind()
    by_article: dict[str, str] = {}
    undated: list[Mention] = []
    dated: list[tuple[int, int, Mention]] = []
    for m in mentions:
        uf.find(m.id)
        if m.article in by_article:
            uf.union(by_article[m.article], m.id)
        else:
            by_article[m.article] = m.id
        window = date_window(m, options.days, options.slack_days)
        if window is None:
            undated.append(m)
        else:
            dated.append((window[0].toordinal(), window[1].toordinal(), m))
    dated.sort(key=lambda t: (t[0], t[1], t[2].id))

    def link_if_compatible(a: Mention, b: Mention) -> None:
        if uf.find(a.id) == uf.find(b.id):
            return
        if compatible(a, b, options=options, sources=sources) or compatible(
            b, a, options=options, sources=sources
        ):
            uf.union(a.id, b.id)

    active: list[tuple[int, Mention]] = []
    for first, last, m in dated:
        active = [(end, other) for end, other in active if end >= first]
        for _, other in active:
            link_if_compatible(m, other)
        active.append((last, m))
    for i, m in enumerate(undated):
        for other in chain(undated[:i], (t[2] for t in dated)):
            link_if_compatible(m, other)
    components: dict[Hashable, list[Mention]] = {}
    for m in mentions:
        components.setdefault(uf.find(m.id), []).append(m)
    return sorted(
        (sorted(ms, key=lambda m: m.id) for ms in components.values()), key=lambda ms: ms[0].id
    )


def link_block(mentions: Sequence[Mention], *, options: LinkOptions) -> list[Cluster]:
    """``link_mentions`` of a block, computed component by component (same clusters)."""
    clusters: list[Cluster] = []
    for component in fine_components(mentions, options=options):
        clusters.extend(link_mentions(component, options=options))
    return sorted(clusters, key=lambda c: c.id)


def link_blocked(mentions: Sequence[Mention], *, options: LinkOptions | None = None) -> list[Cluster]:
    """Exactly ``link_mentions(mentions)``, computed block by block."""
    opts = options or LinkOptions()
    by_id = {m.id: m for m in mentions}
    keys = [mention_key(m, days=opts.days, slack=opts.slack_days) for m in by_id.values()]
    clusters: list[Cluster] = []
    for block in coarse_blocks(keys):
        clusters.extend(link_block([by_id[i] for i in block], options=opts))
    return sorted(clusters, key=lambda c: c.id)
