"""Stand-ins for the pipeline that the API's worker process can build (picklable: the worker
is a fresh interpreter that imports this module)."""

from __future__ import annotations

import time
from collections.abc import Sequence

from store_records import MOPTI, make_mention

from eventfuse.config import Settings
from eventfuse.records import Article, ArticleExtraction


class BusyStages:
    """A pure-Python busy loop (it holds its interpreter, as parsing a long article does) of
    ``seconds`` per article plus ``per_kb`` seconds per 1,000 characters, then one attack
    mention at Mopti when the text says "attacked"."""

    def __init__(self, seconds: float, per_kb: float = 0.0) -> None:
        self.seconds = seconds
        self.per_kb = per_kb

    def process(self, articles: Sequence[Article]) -> list[ArticleExtraction]:
        out = []
        for article in articles:
            until = time.perf_counter() + self.seconds + self.per_kb * len(article.text) / 1000
            n = 0
            while time.perf_counter() < until:
                n += sum(i * i for i in range(200))
            found = "attacked" in article.text
            out.append(ArticleExtraction(article, (make_mention(article, "attacked", place=MOPTI),)
                                         if found else ()))
        return out


def busy_stages(settings: Settings, seconds: float = 0.0, per_kb: float = 0.0) -> BusyStages:
    """``make_stages`` for ``create_app`` (bind the times with functools.partial)."""
    return BusyStages(seconds, per_kb)
