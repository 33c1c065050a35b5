"""Benchmark: the relevance gate (``triage``) on a mixed stream, 90 % general news, 10 % conflict.

Run: ``.venv/bin/python benchmarks/bench_triage.py [--conflict-share 0.1] [--general gwn|invented]``.
The general news are the GeoWebNews articles (``../shared/eval/geoparsing/GWN.xml`` or ``--gwn``, read
at run time and never copied into the repository); when that file is absent the script says so
and uses invented general news (sport, economy, weather, culture; English and French) instead.
The conflict reports are invented by ``generate_corpus.py``. Both are interleaved into one JSON
Lines file and run through the whole pipeline (ingest, gate, extract, geocode, store, link,
fuse: ``run_with_engine`` with one worker, so one core) with ``triage = true`` and then with
``triage = false`` (the second run meets warmer caches, which favours the run without the gate).
Prints JSON: articles/s of each run, their ratio (target: the gate at least triples it), the
gate alone (articles/s of ``triage.check``), and how many general articles and conflict reports
the gate passed. Models are loaded before timing starts.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from _common import emit, machine, timer
from generate_corpus import generate

from eventfuse.config import Settings
from eventfuse.evaluate.geoparse import read_geoparse
from eventfuse.extract import triage
from eventfuse.ingest import read_inputs
from eventfuse.records import Article
from eventfuse.runners import run_with_engine
from eventfuse.runners.local import warm, worker_stages
from eventfuse.store import Store

GWN = Path(__file__).resolve().parents[2] / "shared" / "eval" / "geoparsing" / "GWN.xml"

# Invented general news: sentence frames by topic, filled at random (no conflict words).
TOPICS = {
    "en": {
        "sport": [
            "The {team} beat their rivals {a} to {b} on {day} in front of a full stadium.",
            "Their coach praised the midfield, which kept the ball for most of the second half.",
            "The striker scored twice and now leads the league table with {n} goals this season.",
            "Next week the side travels north for a cup tie that could decide the season.",
        ],
        "economy": [
            "Shares in the {firm} rose {a} percent on {day} after quarterly sales beat forecasts.",
            "The central bank kept its main rate unchanged and said inflation should ease next year.",
            "Exporters of cocoa and cotton expect higher prices as the harvest comes in.",
            "Analysts said retail spending held up well despite higher fuel costs.",
        ],
        "weather": [
            "Showers will spread from the west on {day}, with highs of {n} degrees.",
            "Forecasters expect a dry and sunny weekend across most of the country.",
            "Farmers welcomed the early rains, which came two weeks ahead of the usual season.",
        ],
        "culture": [
            "The {fest} festival opens on {day} with a concert by a youth choir.",
            "An exhibition of paintings and sculptures by local artists runs until the end of the month.",
            "The new novel by the prize-winning author tells of a family of fishermen on the coast.",
            "Tickets for the film week are on sale at the cultural centre.",
        ],
    },
    "fr": {
        "sport": [
            "Le {team} a battu son rival {a} à {b} {day} devant un stade comble.",
            "L'entraîneur a salué le milieu de terrain, qui a gardé le ballon en seconde période.",
            "L'avant-centre a marqué deux fois et compte désormais {n} buts cette saison.",
            "La semaine prochaine, l'équipe se déplace pour un match de coupe décisif.",
        ],
        "economy": [
            "L'action de la {firm} a gagné {a} pour cent {day} après des ventes supérieures aux prévisions.",
            "La banque centrale a maintenu son taux directeur et prévoit un recul de l'inflation.",
            "Les exportateurs de cacao et de coton attendent des prix plus élevés avec la récolte.",
            "Les analystes notent que la consommation a bien résisté malgré la hausse du carburant.",
        ],
        "weather": [
            "Des averses gagneront l'ouest {day}, avec des maximales de {n} degrés.",
            "Les prévisionnistes annoncent un week-end sec et ensoleillé sur la majeure partie du pays.",
            "Les agriculteurs se réjouissent des premières pluies, arrivées deux semaines plus tôt.",
        ],
        "culture": [
            "Le festival {fest} s'ouvre {day} par un concert d'une chorale de jeunes.",
            "Une exposition de peintures et de sculptures d'artistes locaux dure jusqu'à la fin du mois.",
            "Le nouveau roman de l'auteure primée raconte une famille de pêcheurs de la côte.",
            "Les billets de la semaine du cinéma sont en vente au centre culturel.",
        ],
    },
}
DAYS = {
    "en": ["Monday", "Tuesday", "Saturday", "Sunday"],
    "fr": ["lundi", "mardi", "samedi", "dimanche"],
}


def invented_general(count: int, seed: int = 11) -> list[dict[str, str]]:
    """``count`` invented general-news articles (80 % English), 6 to 30 sentences each."""
    rng = random.Random(seed)
    out = []
    for i in range(count):
        lang = "en" if rng.random() < 0.8 else "fr"
        frames = TOPICS[lang][rng.choice(sorted(TOPICS[lang]))]
        values = {
            "team": f"Club {rng.randint(1, 99)}",
            "firm": f"Company {rng.randint(1, 99)}",
            "fest": f"Arts {rng.randint(1, 99)}",
            "a": str(rng.randint(0, 5)),
            "b": str(rng.randint(0, 5)),
            "n": str(rng.randint(2, 40)),
            "day": rng.choice(DAYS[lang]),
        }
        sentences = [rng.choice(frames).format(**values) for _ in range(rng.randint(6, 30))]
        out.append(
            {"id": f"general-{i}", "language": lang, "text": f"Item {i}. " + " ".join(sentences)}
        )
    return out


def general_news(kind: str, count: int | None, gwn: Path = GWN) -> tuple[str, list[dict[str, str]]]:
    if kind == "gwn":
        if gwn.is_file():
            gold = list(read_geoparse(gwn))[: count or None]
            return "GeoWebNews (GWN.xml)", [
                {"id": f"gwn-{g.id}", "language": "en", "text": g.text} for g in gold
            ]
        print(
            f"bench_triage: {gwn} is absent; using invented general news instead", file=sys.stderr
        )
    return "invented general news", invented_general(count or 200)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--general", choices=["gwn", "invented"], default="gwn")
    parser.add_argument("--gwn", type=Path, default=GWN, help=f"GeoWebNews XML (default: {GWN})")
    parser.add_argument(
        "--general-count", type=int, help="general articles (default: every GWN article, or 200)"
    )
    parser.add_argument("--conflict-share", type=float, default=0.1)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    source, general = general_news(args.general, args.general_count, args.gwn)
    n_conflict = max(1, round(len(general) * args.conflict_share / (1 - args.conflict_share)))
    conflict = [record for record, _ in generate(n_conflict, seed=args.seed, length="mixed")]
    stream = [*general, *conflict]
    random.Random(args.seed).shuffle(stream)
    conflict_ids = {r["id"] for r in conflict}
    settings = Settings(db=":memory:", progress=False)
    result: dict[str, object] = {"benchmark": "relevance gate on a mixed stream, one core",
                                 "machine": machine(), "general_source": source,
                                 "articles": len(stream), "general": len(general), "conflict": len(conflict)}  # fmt: skip
    times: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "mixed.jsonl"
        path.write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in stream), encoding="utf-8"
        )
        articles = [
            a for a in read_inputs([str(path)], settings=settings) if isinstance(a, Article)
        ]
        start = time.perf_counter()
        verdicts = {a.given_id or a.id: triage.check(a) is None for a in articles}
        gate_s = time.perf_counter() - start
        with timer(times, "load_s"):
            stages = worker_stages(settings)
            warm(stages)
        reports = {}
        for on in (True, False):
            run_settings = replace(settings, db=str(Path(tmp) / f"run-{on}.db"), triage=on)
            with Store.open(run_settings.db) as store, timer(times, f"triage_{on}_s"):
                reports[on] = run_with_engine(
                    [str(path)], settings=run_settings, store=store, stages=stages
                )
    rate = {on: round(len(stream) / times[f"triage_{on}_s"], 2) for on in (True, False)}
    result["gate_alone"] = {
        "seconds": round(gate_s, 3),
        "articles_per_s": round(len(articles) / gate_s, 1),
    }
    result["general_passed"] = sum(ok for i, ok in verdicts.items() if i not in conflict_ids)
    result["conflict_kept"] = sum(ok for i, ok in verdicts.items() if i in conflict_ids)
    result["with_gate"] = {"seconds": times["triage_True_s"], "articles_per_s": rate[True],
                           "skipped": reports[True].skipped, "new_articles": reports[True].articles_new,
                           "events": reports[True].events}  # fmt: skip
    result["without_gate"] = {"seconds": times["triage_False_s"], "articles_per_s": rate[False],
                              "skipped": reports[False].skipped, "new_articles": reports[False].articles_new,
                              "events": reports[False].events}  # fmt: skip
    result["load_s"] = times["load_s"]
    result["speedup"] = round(rate[True] / rate[False], 2)
    result["target"] = "with the gate >= 3 x articles/s without it"
    emit(result)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
