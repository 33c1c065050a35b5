"""Benchmark: geocoding one long article, and with ``--extract`` the whole extraction.

Run: ``.venv/bin/python benchmarks/bench_article_length.py [--sizes 10,100,1000] [--extract
[--budget S]]``. The articles are invented: sentences written for this benchmark, varied and
repeated, that name real Sahel towns (and a few invented villages) in the ways reports do
("in X", "near X", "X (Cercle, Region)", "30 km north of X").

Without ``--extract`` (seconds, no spaCy): the toponyms are found by their names and each
sentence is one event whose places are its toponyms, so that both the events and the
toponyms grow with the article; ``eventfuse.geo.geocode_mentions`` is timed alone.

With ``--extract``, each article goes through the whole extraction with no time budget:
the extractor (spaCy's parse included, timed as ``extract_s``), then geocoding as
``Stages.process`` does it (``geo_s``); ``whole_s`` is their sum. Then, unless ``--budget
0``, the article goes through ``Stages.process`` with ``article_budget_s`` = ``--budget``
(default: the setting's default): ``budget_fired`` says whether it was skipped (EF119) and
``budgeted_s`` how long that took. Prints JSON: seconds, milliseconds per KB and the ratio
of each size's time per KB to the first size's (issue #15 target: ``whole_ratio`` within
1.5 up to 1 MB).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from bisect import bisect_left
from dataclasses import replace
from datetime import date

from eventfuse.config import Settings
from eventfuse.geo import describe_relation, geocode_mentions
from eventfuse.pipeline import Stages
from eventfuse.records import Article, DateMention, Mention, PlaceMention, Skipped, Span

TOWNS = (
    ("Gao", "Gao"), ("Ansongo", "Gao"), ("Bourem", "Gao"), ("Menaka", "Menaka"),
    ("Douentza", "Mopti"), ("Bandiagara", "Mopti"), ("Koro", "Mopti"), ("Djenne", "Mopti"),
    ("Tenenkou", "Mopti"), ("Niono", "Segou"), ("Macina", "Segou"), ("Goundam", "Tombouctou"),
    ("Niafunke", "Tombouctou"), ("Kidal", "Kidal"), ("Tessalit", "Kidal"), ("Dire", "Tombouctou"),
)  # fmt: skip
BF_TOWNS = ("Djibo", "Dori", "Arbinda", "Kaya", "Ouahigouya", "Sebba", "Kongoussi", "Nouna")
VILLAGES = ("Kelbanta", "Soumarou", "Diafaro", "Tiembaga")  # invented: the gazetteer lacks them

SENTENCES = (
    "On {day}, gunmen attacked the village of {v} ({t}, {r}), killing {n} civilians.",
    "Soldiers clashed with militants near {t} on {day}; {n} fighters were killed.",
    "An improvised explosive device struck a patrol {k} km north of {t} on {day}.",
    "Residents of {t} said armed men burned shops in the market and stole cattle.",
    "In {b}, protesters gathered on {day} to demand better security on the road to {b2}.",
    "The army said it repelled an attack on its post in {t}, in the {r} region.",
    "Displaced families from {t} and {t2} reached {b} after the attack on {day}.",
    "Unidentified gunmen abducted {n} traders on the road between {t} and {t2} on {day}.",
)
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def article_text(size_kb: int) -> str:
    """An invented report of just under ``size_kb`` KB (a 1 MB one stays under the limit of
    1,000,000 characters): paragraphs of varied sentences."""
    out: list[str] = []
    length = 0
    i = 0
    while True:
        town, region = TOWNS[i % len(TOWNS)]
        fields = {
            "t": town, "r": region, "t2": TOWNS[(i * 7 + 3) % len(TOWNS)][0],
            "b": BF_TOWNS[i % len(BF_TOWNS)], "b2": BF_TOWNS[(i + 3) % len(BF_TOWNS)],
            "v": VILLAGES[i % len(VILLAGES)], "day": DAYS[i % len(DAYS)],
            "n": 2 + i % 9, "k": 10 + 5 * (i % 7),
        }  # fmt: skip
        sentence = SENTENCES[i % len(SENTENCES)].format(**fields)
        piece = sentence + ("\n\n" if i % 5 == 4 else " ")
        if length + len(piece) > size_kb * 1000:
            break
        out.append(piece)
        length += len(piece)
        i += 1
    return "".join(out).strip()


_NAMES = sorted(
    {t for t, _ in TOWNS} | {r for _, r in TOWNS} | set(BF_TOWNS) | set(VILLAGES),
    key=len,
    reverse=True,
)
_NAME = re.compile(r"\b(?:" + "|".join(_NAMES) + r")\b")
_SENTENCE = re.compile(r"[^.;]+[.;]")


def named_events(article: Article) -> tuple[list[PlaceMention], list[Mention]]:
    """The article's toponyms found by their names, and one event per sentence."""
    text = article.text
    places: list[PlaceMention] = []
    for m in _NAME.finditer(text):
        rel = describe_relation(text, m.start(), m.end(), "en")
        places.append(
            PlaceMention(
                text=m.group(),
                span=Span(article.id, m.start(), m.end(), m.group()),
                relation=rel.relation,
                distance_km=rel.distance_km,
                direction=rel.direction,
            )
        )
    events: list[Mention] = []
    starts = [p.span.start for p in places]
    for s in _SENTENCE.finditer(text):
        own = places[bisect_left(starts, s.start()) : bisect_left(starts, s.end())]
        span = Span(article.id, s.start(), s.end(), s.group())
        events.append(
            Mention(
                id=Mention.make_id(article.id, s.start(), "Attack"),
                article=article.id,
                sub_event_type="Attack",
                event_type="Violence against civilians",
                disorder_type="Political violence",
                trigger=span,
                sentence=span,
                date=DateMention(value=date(2022, 1, 1), precision=1),
                place_mentions=tuple(own),
            )
        )
    return places, events


def _per_kb(rows: list[dict[str, float]], name: str) -> None:
    base = 1000 * rows[0][f"{name}_s"] / rows[0]["kb"]
    for row in rows:
        row[f"{name}_ms_per_kb"] = round(1000 * row[f"{name}_s"] / row["kb"], 3)
        row[f"{name}_ratio"] = round(row[f"{name}_ms_per_kb"] / max(base, 1e-9), 2)


def _whole_extraction(stages: Stages, article: Article, row: dict[str, float]) -> None:
    """Extract (no budget) and geocode ``article``, timing each step into ``row``."""
    start = time.perf_counter()
    extraction = stages.extractor.extract([article])[0]
    row["extract_s"] = round(time.perf_counter() - start, 3)
    start = time.perf_counter()
    placed = stages.geocode(extraction)
    row["geo_s"] = round(time.perf_counter() - start, 3)
    row["whole_s"] = round(row["extract_s"] + row["geo_s"], 3)
    row["events"], row["toponyms"] = len(placed.mentions), len(extraction.places)


def _budgeted(stages: Stages, article: Article, budget: float, row: dict[str, float]) -> None:
    """``Stages.process`` of ``article`` with ``article_budget_s=budget``."""
    budgeted = Stages(
        replace(stages.settings, article_budget_s=budget),
        _extractor=stages.extractor,
        _gazetteer=stages.gazetteer,
    )
    start = time.perf_counter()
    (result,) = budgeted.process([article])
    row["budgeted_s"] = round(time.perf_counter() - start, 3)
    row["budget_fired"] = isinstance(result, Skipped) and result.reason == "EF119"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="10,100,1000", help="article sizes in KB")
    parser.add_argument("--extract", action="store_true", help="run and time the whole extraction")
    parser.add_argument(
        "--budget",
        type=float,
        default=Settings().article_budget_s,
        help="with --extract: article_budget_s of a second, budgeted run (0: no such run)",
    )
    args = parser.parse_args()
    settings = Settings(progress=False)
    stages = Stages(settings)
    gazetteer = stages.gazetteer
    # a small article first, untimed: the gazetteer builds its fuzzy index on first use
    warm = Article(id="warm", text=article_text(2), language="en", published=date(2022, 1, 1))
    warm_places, warm_events = named_events(warm)
    geocode_mentions(warm_events, gazetteer=gazetteer, context={warm.id: warm_places})
    if args.extract:  # and the extractor its lexicons and indexes
        _whole_extraction(stages, warm, {})
    rows: list[dict[str, float]] = []
    for size in (int(s) for s in args.sizes.split(",")):
        text = article_text(size)
        article = Article(
            id=Article.make_id(text), text=text, language="en", published=date(2022, 1, 1)
        )
        row: dict[str, float] = {"kb": round(len(text.encode()) / 1000, 1)}
        if args.extract:
            _whole_extraction(stages, article, row)
            if args.budget > 0:
                _budgeted(stages, article, args.budget, row)
        else:
            places, events = named_events(article)
            start = time.perf_counter()
            geocode_mentions(
                events,
                gazetteer=gazetteer,
                context={article.id: places},
                country_hint=settings.default_country or None,
            )
            row["geo_s"] = round(time.perf_counter() - start, 3)
            row["events"], row["toponyms"] = len(events), len(places)
        rows.append(row)
        print(json.dumps(row), file=sys.stderr, flush=True)  # progress: big sizes take minutes
    _per_kb(rows, "geo")
    if args.extract:
        _per_kb(rows, "extract")
        _per_kb(rows, "whole")
    load = [round(x, 2) for x in os.getloadavg()]
    out: dict[str, object] = {"load_average": load, "rows": rows}
    if args.extract and args.budget > 0:
        out["article_budget_s"] = args.budget
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
