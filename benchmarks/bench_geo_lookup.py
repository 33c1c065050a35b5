"""Benchmark: median latency of ``Gazetteer.lookup`` on the shipped gazetteer (target ≤ 1 ms).

Run: ``.venv/bin/python benchmarks/bench_geo_lookup.py [--rounds N]``. Prints the median and
95th percentile for exact names (the common case), misspelled names (fuzzy path, after its
index is built once) and resolve_place on a short sentence.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable

from eventfuse.geo import Gazetteer, describe_relation, resolve_place
from eventfuse.records import PlaceMention, Span

EXACT = [
    "Timbuktu", "Tombouctou", "Ségou", "Segou", "Mopti", "Bamako", "Gao", "Kidal", "Ménaka",
    "Ouagadougou", "Djibo", "Niamey", "Tillabéri", "Nouakchott", "Dakar", "Paris", "London",
    "Douentza", "Boni", "Sévaré", "Ansongo", "Niono", "Bandiagara", "Koro", "Bankass",
]  # fmt: skip
MISSPELLED = ["Diabaly", "Tombuctou", "Boulkessy", "Niamei", "Ouagadugu", "Douenza"]


def _timings(fn: Callable[[], object], rounds: int) -> list[float]:
    out = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000.0)
    return out


def _report(label: str, millis: list[float]) -> None:
    millis = sorted(millis)
    p95 = millis[int(0.95 * (len(millis) - 1))]
    print(
        f"{label:<28} median {statistics.median(millis):7.3f} ms   p95 {p95:7.3f} ms   n={len(millis)}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=200)
    args = parser.parse_args()

    start = time.perf_counter()
    gaz = Gazetteer.open()
    print(f"open: {(time.perf_counter() - start) * 1000:.1f} ms")

    def lookup(name: str) -> Callable[[], object]:
        return lambda: gaz.lookup(name)

    exact: list[float] = []
    for name in EXACT:
        exact += _timings(lookup(name), args.rounds)
    _report("lookup (exact)", exact)

    start = time.perf_counter()
    gaz.lookup(MISSPELLED[0])
    print(f"fuzzy index, first use: {(time.perf_counter() - start) * 1000:.1f} ms")
    fuzzy: list[float] = []
    for name in MISSPELLED:
        fuzzy += _timings(lookup(name), max(1, args.rounds // 10))
    _report("lookup (fuzzy)", fuzzy)

    text = "Gunmen attacked Tonka, about 150 km from Timbuktu, on Saturday."
    places = []
    for name in ("Tonka", "Timbuktu"):
        s = text.index(name)
        rel = describe_relation(text, s, s + len(name), "en")
        places.append(
            PlaceMention(name, Span("a", s, s + len(name), name), rel.relation, rel.distance_km)
        )
    _report(
        "resolve_place (2 toponyms)",
        _timings(lambda: resolve_place(places, places, gazetteer=gaz), args.rounds),
    )


if __name__ == "__main__":
    main()
