"""Source chains: articles that copy each other or cite the same first source count once."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache

from ..records import Article

SHINGLE_WORDS = 8
SHARED_SHINGLES = 5  # about one shared sentence or quote of 12+ words
WIRE_PATTERNS: tuple[tuple[str, str], ...] = (
    (r"\bassociated press\b|\b(?:told|to|said|selon|à) (?:the )?ap\b|\(ap\)", "Associated Press"),
    (r"\bagence france[- ]presse\b|\bafp\b", "AFP"),
    (r"\breuters\b", "Reuters"),
    (r"\bxinhua\b", "Xinhua"),
    (r"\banadolu\b", "Anadolu"),
)
_WORD = re.compile(r"\w+")


@lru_cache(maxsize=4096)
def shingles(text: str) -> frozenset[int]:
    """Hashes of the article's overlapping word 8-grams (case- and punctuation-insensitive)."""
    words = _WORD.findall(text.casefold())
    return frozenset(
        hash(tuple(words[i : i + SHINGLE_WORDS])) for i in range(len(words) - SHINGLE_WORDS + 1)
    )


@lru_cache(maxsize=4096)
def wires_cited(text: str) -> frozenset[str]:
    """The news agencies an article cites as its source."""
    lower = text.lower()
    return frozenset(name for pattern, name in WIRE_PATTERNS if re.search(pattern, lower))


def copies(a: Article, b: Article) -> bool:
    """True when ``b`` shares verbatim passages with ``a`` or both cite the same wire."""
    if len(shingles(a.text) & shingles(b.text)) >= SHARED_SHINGLES:
        return True
    return bool(wires_cited(a.text) & wires_cited(b.text))


def source_chains(article_ids: Sequence[str], articles: Mapping[str, Article]) -> tuple[tuple[str, ...], ...]:
    """Group articles into chains (union of pairwise copies), each chain sorted, chains sorted."""
    ids = sorted(set(article_ids))
    parent = {i: i for i in ids}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, a in enumerate(ids):
        for b in ids[i + 1 :]:
            if a in articles and b in articles and copies(articles[a], articles[b]):
                ra, rb = find(a), find(b)
                if ra != rb:
                    parent[max(ra, rb)] = min(ra, rb)
    groups: dict[str, list[str]] = {}
    for aid in ids:
        groups.setdefault(find(aid), []).append(aid)
    return tuple(sorted(tuple(sorted(g)) for g in groups.values()))
