"""Evidence spans: the stretch of an article's text that a finding rests on."""

from __future__ import annotations

from typing import Any

from ..records import Actor, Article, Span


def article_span(article: Article, start: int, end: int) -> Span:
    """The text of ``article`` between two character offsets, as evidence."""
    return Span(article.id, start, end, article.text[start:end])


def actor_of(match: Any, article: Article) -> Actor:
    """An actor found by ``extract.actors`` (an ``ActorMatch``), with the words that name it."""
    return Actor(
        name=match.name,
        inter=match.inter,
        certainty=match.certainty,
        span=article_span(article, match.start, match.end),
    )
