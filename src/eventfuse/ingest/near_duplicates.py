"""Near-duplicate reports: the same story re-published with another title, page or feed."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..records import Article

MIN_PARAGRAPH_CHARS = 40
COVERAGE = 0.8
_WORDS = re.compile(r"\w+")


def paragraph_keys(text: str) -> dict[int, int]:
    """Hash → length of each substantial paragraph, ignoring case, spacing and punctuation."""
    out: dict[int, int] = {}
    for para in re.split(r"\n\s*\n|\n", text):
        words = _WORDS.findall(para.casefold())
        joined = " ".join(words)
        if len(joined) >= MIN_PARAGRAPH_CHARS:
            out[hash(joined)] = len(joined)
    return out


@dataclass
class NearDuplicateIndex:
    """Finds an earlier article that already holds most (80 %) of a new one's paragraphs."""

    _owners: dict[int, set[str]] = field(default_factory=dict)

    def add(self, article: Article) -> None:
        for key in paragraph_keys(article.text):
            self._owners.setdefault(key, set()).add(article.id)

    def add_all(self, articles: Iterable[Article]) -> None:
        for article in articles:
            self.add(article)

    def original_of(self, article: Article) -> str | None:
        keys = paragraph_keys(article.text)
        total = sum(keys.values())
        if not total:
            return None
        covered: dict[str, int] = {}
        for key, length in keys.items():
            for owner in self._owners.get(key, ()):
                if owner != article.id:
                    covered[owner] = covered.get(owner, 0) + length
        best = max(sorted(covered), key=lambda a: covered[a], default=None)
        if best is not None and covered[best] / total >= COVERAGE:
            return best
        return None
