"""Benchmark: link + fuse time for 1k, 10k, 50k generated mentions (blocked linking).

Run: ``.venv/bin/python benchmarks/bench_link.py [--sizes 1000,10000,50000] [--seed 7]
[--global-up-to 10000]``. No models: mentions are generated the way extraction makes them —
incidents told by one to five articles (copies among them), day/week/month dates, some
self-contradicting weekdays, towns, regions, named groups, victims, figures. Incidents arrive
at a steady rate (about 25 a day over a few countries), so a larger corpus covers more weeks,
as a real archive does.

Timed: keys + blocks (``link.blocking.coarse_blocks``), then link + fuse block by block
(``fuse.link_and_fuse_blocks``, what ``eventfuse run`` does). For sizes up to
``--global-up-to`` the unblocked ``link_mentions`` is timed too, and the events are checked
to be the same. Prints the machine, a table, and the time per mention of each size relative
to the smallest (about 1.0 when growth is linear). The ratio uses CPU time of this process
(``time.process_time``), since wall time on a shared machine also counts other people's work.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path

from eventfuse.config import Settings
from eventfuse.fuse import fuse_clusters, link_and_fuse_blocks
from eventfuse.link import LinkOptions, coarse_blocks, link_mentions, mention_key
from eventfuse.records import Actor, Article, Claim, DateMention, Mention, Place, Span
from eventfuse.taxonomy import sub_event

TYPES = ("Armed clash", "Attack", "Abduction/forced disappearance", "Remote explosive/landmine/IED",
         "Air/drone strike", "Peaceful protest", "Looting/property destruction", "Arrests")
COUNTRIES = (("Mali", 14.0, -4.0), ("Burkina Faso", 12.5, -1.5), ("Niger", 14.0, 2.0), ("Nigeria", 11.0, 8.0))
GROUPS = (("JNIM: Group for Support of Islam and Muslims", 2), ("Islamic State (Sahel)", 2),
          ("Unidentified Armed Group (Mali)", 3), ("Military Forces of Mali (2021-)", 1),
          ("Dozo Communal Militia (Mali)", 4))
FIRST = ("Awa", "Moussa", "Aminata", "Oumar", "Fatoumata", "Ibrahim", "Hawa", "Seydou")
LAST = ("Diallo", "Keita", "Traore", "Coulibaly", "Sangare", "Toure", "Maiga", "Dembele")
INCIDENTS_PER_DAY = 25


def machine() -> dict[str, object]:
    model = platform.processor() or "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {"cpus": os.cpu_count(), "model": model, "python": platform.python_version(),
            "load_average": [round(x, 2) for x in os.getloadavg()]}


def generate(n: int, *, seed: int) -> tuple[list[Mention], dict[str, Article]]:
    """About ``n`` mentions of incidents spread over ``n / (2.5 * INCIDENTS_PER_DAY)`` days."""
    rng = random.Random(seed)
    mentions: list[Mention] = []
    articles: dict[str, Article] = {}
    day0 = date(2023, 1, 2)
    days = max(1, round(n / (2.5 * INCIDENTS_PER_DAY)))
    k = 0
    while len(mentions) < n:
        k += 1
        sub = rng.choice(TYPES)
        info = sub_event(sub)
        country, lat0, lon0 = rng.choice(COUNTRIES)
        lat, lon = lat0 + rng.uniform(-2, 2), lon0 + rng.uniform(-2, 2)
        day = day0 + timedelta(days=rng.randrange(days))
        group, inter = rng.choice(GROUPS)
        victim = f"{rng.choice(FIRST)} {rng.choice(LAST)}" if rng.random() < 0.2 else None
        toll = rng.choice([0, 0, 1, 2, 3, 5, 12])
        wire = f"wire story {k}: " + " ".join(rng.choice(LAST).lower() for _ in range(30))
        for j in range(rng.choice([1, 1, 2, 3, 5])):
            aid = f"a{k:06d}-{j}"
            copy = j > 0 and rng.random() < 0.4
            text = ("Copy. " + wire) if copy else f"Independent report {aid} about incident {k}."
            published = day + timedelta(days=rng.randrange(1, 4))
            articles[aid] = Article(id=aid, text=text, published=published, language="en")
            span = Span(aid, 10, 20, "trigger")
            r = rng.random()
            if r < 0.6:
                when = DateMention(day, 1, span, explicit=True)
            elif r < 0.7:
                when = DateMention(day + timedelta(days=2), 1, span, stated_weekday=day.weekday(),
                                   weekday_mismatch=True, explicit=True)
            elif r < 0.9:
                when = DateMention(published, 2, None)  # only the publication date
            else:
                when = DateMention(day, 3, span)
            precision = rng.choice([1, 1, 2, 3])
            place = Place("Town" if precision < 3 else "Region", lat + rng.uniform(-0.05, 0.05), lon, country,
                          admin1=f"{country}-{int(lat)}", geo_precision=precision)
            fat = max(0, toll + rng.choice([0, 0, 0, 1, -1]))
            claims = (Claim("event", "fatalities", float(fat), None, rng.choice(["exact", "at_least"]), span),)
            mentions.append(Mention(
                id=Mention.make_id(aid, 10, sub), article=aid, sub_event_type=sub, event_type=info.event_type,
                disorder_type=info.disorder_type, trigger=span, sentence=span, date=when,
                actor1=Actor(group, inter, span=span) if rng.random() < 0.8 else None,
                victims=(victim,) if victim and rng.random() < 0.8 else (), place=place,
                fatalities=fat, fatalities_span=span, claims=claims,
                attribution=rng.choice([None, None, f"{rng.choice(FIRST)} {rng.choice(LAST)}"]),
            ))
    return mentions[:n], articles


def blocked(mentions: list[Mention], articles: dict[str, Article], settings: Settings) -> tuple[list, dict]:
    timing: dict[str, float] = {}
    cpu = time.process_time()
    start = time.perf_counter()
    keys = [mention_key(m, days=settings.link_days) for m in mentions]
    blocks = coarse_blocks(keys)
    timing["blocks_s"] = time.perf_counter() - start
    by_id = {m.id: m for m in mentions}
    work = []
    for block in blocks:
        ms = [by_id[i] for i in block]
        work.append((ms, {m.article: articles[m.article] for m in ms}))
    start = time.perf_counter()
    events = list(link_and_fuse_blocks(work, LinkOptions.from_settings(settings)))
    timing["link_fuse_s"] = time.perf_counter() - start
    timing["cpu_s"] = time.process_time() - cpu
    timing["blocks"] = len(blocks)
    timing["largest_block"] = max(len(b) for b in blocks)
    return events, timing


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000,10000,50000")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--global-up-to", type=int, default=10000, help="also time unblocked linking up to this size")
    args = ap.parse_args(argv)
    settings = Settings(db=":memory:", progress=False)
    print("machine:", machine())
    header = (f"{'mentions':>9} {'articles':>9} {'days':>5} {'blocks':>7} {'max blk':>7} {'events':>7} "
              f"{'blocks s':>8} {'link+fuse s':>11} {'wall s':>7} {'cpu s':>7} {'cpu µs/m':>8} {'× smallest':>10} "
              f"{'global s':>9}")
    print(header)
    print("-" * len(header))
    base: float | None = None
    for n in (int(x) for x in args.sizes.split(",")):
        mentions, articles = generate(n, seed=args.seed)
        events, t = blocked(mentions, articles, settings)
        total = t["blocks_s"] + t["link_fuse_s"]
        per = t["cpu_s"] / n * 1e6
        base = base or per
        glob = "-"
        if n <= args.global_up_to:
            start = time.perf_counter()
            opts = LinkOptions.from_settings(settings)
            reference = fuse_clusters(link_mentions(mentions, options=opts), articles)
            glob = f"{time.perf_counter() - start:.2f}"
            same = sorted(e.to_json()["id"] for e in reference) == sorted(e.id for e in events)
            if not same:
                print(f"  !! blocked and global linking differ at n={n}", file=sys.stderr)
                return 1
        days = max(1, round(n / (2.5 * INCIDENTS_PER_DAY)))
        print(f"{n:>9} {len(articles):>9} {days:>5} {t['blocks']:>7} {t['largest_block']:>7} {len(events):>7} "
              f"{t['blocks_s']:>8.2f} {t['link_fuse_s']:>11.2f} {total:>7.2f} {t['cpu_s']:>7.2f} {per:>8.0f} {per / base:>10.2f} "
              f"{glob:>9}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
