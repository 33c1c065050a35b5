"""Benchmark: geocoding (and, with ``--extract``, the whole extraction) of one long article.

Run: ``.venv/bin/python benchmarks/bench_article_length.py [--sizes 10,100,1000] [--extract]``.
The articles are invented: sentences written for this benchmark, varied and repeated, that
name real Sahel towns (and a few invented villages) in the ways reports do ("in X", "near
X", "X (Cercle, Region)", "30 km north of X"). Extraction runs once per size, untimed unless
``--extract``; the geo step (``eventfuse.geo.geocode_mentions`` on the article's mentions and
toponyms) is then timed alone. Prints JSON: seconds, seconds per KB and the ratio of each
size's time per KB to the smallest size's (issue #15 target: within 1.5x up to 1 MB).
"""

from __future__ import annotations

import argparse
import json
import os
import time
from datetime import date

from eventfuse.config import Settings
from eventfuse.geo import geocode_mentions
from eventfuse.pipeline import Stages
from eventfuse.records import Article

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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="10,100,1000", help="article sizes in KB")
    parser.add_argument("--extract", action="store_true", help="also time the whole extraction")
    args = parser.parse_args()
    settings = Settings(progress=False)
    stages = Stages(settings)
    rows: list[dict[str, float | int]] = []
    for size in (int(s) for s in args.sizes.split(",")):
        text = article_text(size)
        article = Article(
            id=Article.make_id(text), text=text, language="en", published=date(2022, 1, 1)
        )
        start = time.perf_counter()
        extraction = stages.extractor.extract([article])[0]
        extract_s = time.perf_counter() - start
        start = time.perf_counter()
        geocode_mentions(
            extraction.mentions,
            gazetteer=stages.gazetteer,
            context={article.id: extraction.places},
            country_hint=settings.default_country or None,
        )
        geo_s = time.perf_counter() - start
        row: dict[str, float | int] = {
            "kb": round(len(text.encode()) / 1000, 1),
            "mentions": len(extraction.mentions),
            "toponyms": len(extraction.places),
            "geo_s": round(geo_s, 3),
        }
        if args.extract:
            row["extract_s"] = round(extract_s, 3)
        rows.append(row)
    base = rows[0]
    for row in rows:
        row["geo_ms_per_kb"] = round(1000 * float(row["geo_s"]) / float(row["kb"]), 3)
        row["geo_ratio"] = round(
            float(row["geo_ms_per_kb"]) / max(float(base["geo_ms_per_kb"]), 1e-9), 2
        )
        if args.extract:
            row["extract_ms_per_kb"] = round(1000 * float(row["extract_s"]) / float(row["kb"]), 3)
            row["extract_ratio"] = round(
                float(row["extract_ms_per_kb"]) / float(base["extract_ms_per_kb"]), 2
            )
    print(
        json.dumps({"load_average": [round(x, 2) for x in os.getloadavg()], "rows": rows}, indent=1)
    )


if __name__ == "__main__":
    main()
