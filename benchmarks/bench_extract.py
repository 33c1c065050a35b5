"""Benchmark: the extract stage against spaCy's own ``nlp.pipe`` with the same model, same texts.

Run: ``.venv/bin/python benchmarks/bench_extract.py [--notes 1000]``. Texts: ACLED notes of the
shared Mali export when ``../shared`` is present (English), else the example reports repeated.
Both sides get their models loaded before timing. Prints JSON with words/s of each side and
their ratio (issue target: extract ≥ 0.6 × spaCy alone), plus the machine.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import time
from datetime import date
from pathlib import Path

import spacy

from eventfuse.config import Settings
from eventfuse.pipeline import Stages
from eventfuse.records import Article

ROOT = Path(__file__).resolve().parents[1]
ACLED = ROOT.parent / "shared" / "eval" / "acled" / "mali_1997-2022-06.csv"


def texts(n: int) -> list[str]:
    if ACLED.exists():
        from eventfuse.evaluate.acled import read_gold

        return [r.notes for r in read_gold(ACLED, since=date(2021, 7, 1))][:n]
    lines = (ROOT / "examples" / "reports" / "reports.jsonl").read_text(encoding="utf-8").splitlines()
    english = [json.loads(x)["text"] for x in lines if json.loads(x)["language"] == "en"]
    return (english * (n // len(english) + 1))[:n]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--notes", type=int, default=1000)
    args = parser.parse_args()
    settings = Settings(progress=False)
    docs = texts(args.notes)
    n_words = sum(len(t.split()) for t in docs)
    arts = [Article(id=Article.make_id(t + str(i)), text=t, language="en", published=date(2022, 1, 1))
            for i, t in enumerate(docs)]

    nlp = spacy.load(settings.model_en, exclude=["textcat", "textcat_multilabel"])
    list(nlp.pipe(docs[:20]))
    start = time.perf_counter()
    for _ in nlp.pipe(docs, batch_size=settings.batch_size):
        pass
    spacy_s = time.perf_counter() - start

    stages = Stages(settings)
    extractor = stages.extractor
    extractor.extract(arts[:20])
    start = time.perf_counter()
    for i in range(0, len(arts), settings.batch_size):
        extractor.extract(arts[i : i + settings.batch_size])
    extract_s = time.perf_counter() - start

    print(json.dumps({
        "texts": len(docs),
        "words": n_words,
        "model": settings.model_en,
        "spacy_words_per_s": round(n_words / spacy_s, 1),
        "extract_words_per_s": round(n_words / extract_s, 1),
        "ratio_extract_to_spacy": round(spacy_s / extract_s, 3),
        "machine": {"cpu": platform.processor() or platform.machine(), "cores": os.cpu_count(),
                    "python": platform.python_version()},
    }, indent=2))


if __name__ == "__main__":
    main()
