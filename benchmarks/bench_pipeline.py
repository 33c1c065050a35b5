"""Benchmark: the whole pipeline against spaCy ``nlp.pipe`` alone, on one core, same texts.

Run: ``.venv/bin/python benchmarks/bench_pipeline.py [--articles 2000] [--length mixed]``.
Prints JSON: articles/s and words/s of (a) the plain spaCy models (``model_en``,
``model_fr``) running ``nlp.pipe`` over the texts, (b) extraction + geocoding
(``Stages.process``) and (c) the whole run (ingest, extract, geocode, SQLite store, link,
fuse: ``run_with_engine`` with one worker), and the ratio (c)/(a) (target ≥ 0.5).
Models are loaded before timing starts; their load time is reported on its own.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from _common import corpus, emit, machine, timer, words

from eventfuse.config import Settings
from eventfuse.ingest import read_inputs
from eventfuse.records import Article
from eventfuse.runners import run_with_engine
from eventfuse.runners.local import warm, worker_stages
from eventfuse.store import Store


def spacy_alone(texts: dict[str, list[str]], settings: Settings) -> dict[str, float]:
    import spacy

    out: dict[str, float] = {"load_s": 0.0, "pipe_s": 0.0}
    for lang, group in texts.items():
        model = settings.model_fr if lang == "fr" else settings.model_en
        start = time.perf_counter()
        nlp = spacy.load(model, exclude=["textcat", "textcat_multilabel"])
        for _ in nlp.pipe(group[:20]):  # warm up
            pass
        out["load_s"] += time.perf_counter() - start
        start = time.perf_counter()
        for _ in nlp.pipe(group, batch_size=settings.batch_size):
            pass
        out[f"pipe_{lang}_s"] = round(time.perf_counter() - start, 3)
        out["pipe_s"] += time.perf_counter() - start
    return {k: round(v, 3) for k, v in out.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--length", default="mixed", choices=["short", "medium", "long", "mixed"])
    parser.add_argument("--work", default=str(Path(tempfile.gettempdir()) / "eventfuse-bench"))
    args = parser.parse_args(argv)
    path = corpus(Path(args.work), args.articles, length=args.length)
    n_articles, n_words = words(path)
    settings = Settings(db=":memory:", progress=False)
    articles = [a for a in read_inputs([str(path)], settings=settings) if isinstance(a, Article)]
    texts: dict[str, list[str]] = {}
    for a in articles:
        texts.setdefault(a.language or "en", []).append(a.text)
    result: dict[str, object] = {"benchmark": "pipeline vs spaCy nlp.pipe, one core",
                                 "machine": machine(), "corpus": {"file": path.name,
                                 "articles": n_articles, "words": n_words,
                                 "languages": {k: len(v) for k, v in texts.items()}}}  # fmt: skip

    spacy_times = spacy_alone(texts, settings)
    times: dict[str, float] = {}
    with timer(times, "load_s"):
        stages = worker_stages(settings)
        warm(stages)
    with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp) / "bench.db") as store:
        with timer(times, "whole_run_s"):  # first, so that no cache has seen these texts
            report = run_with_engine([str(path)], settings=settings, store=store, stages=stages)
        stats = store.stats()
    batches = [articles[i : i + settings.batch_size] for i in range(0, len(articles), settings.batch_size)]
    with timer(times, "extract_geocode_s"):
        for batch in batches:
            stages.process(batch)
    used_words = sum(len(a.text.split()) for a in articles)

    def rates(seconds: float) -> dict[str, float]:
        return {"articles_per_s": round(len(articles) / seconds, 2),
                "words_per_s": round(used_words / seconds, 1)}  # fmt: skip

    spacy_rate = rates(spacy_times["pipe_s"])
    whole_rate = rates(times["whole_run_s"])
    result["spacy_nlp_pipe"] = {**spacy_times, **spacy_rate}
    result["extract_geocode"] = {"seconds": times["extract_geocode_s"], **rates(times["extract_geocode_s"])}
    result["whole_pipeline"] = {"load_s": times["load_s"], "seconds": times["whole_run_s"],
                                **whole_rate, "new_articles": report.articles_new,
                                "mentions": stats["mentions"], "events": stats["events"]}  # fmt: skip
    result["ratio_whole_pipeline_to_spacy_words_per_s"] = round(
        whole_rate["words_per_s"] / spacy_rate["words_per_s"], 3
    )
    result["ratio_extract_geocode_to_spacy_words_per_s"] = round(
        spacy_times["pipe_s"] / times["extract_geocode_s"], 3
    )
    result["target"] = "whole pipeline >= 0.5 x spaCy words/s"
    emit(result)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
