"""Turn what a reader found (a :class:`Draft`) into an :class:`Article`, or say why not."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from ..config import Settings
from ..records import Article, Skipped
from .language import (
    detect_language,
    is_language_tag,
    normalise_language,
    other_latin_language,
    other_script,
)
from .published import parse_date

# spaCy refuses texts longer than its ``nlp.max_length`` (1,000,000 characters by default):
# such a text is EF103 here rather than a spaCy error later.
MAX_TEXT_CHARS = 1_000_000


@dataclass(frozen=True, slots=True)
class Draft:
    """One document as a reader found it, before language and date are settled.

    ``language`` given with ``language_trusted=True`` (a JSON ``language`` key) is taken as
    stated; otherwise (an HTML ``lang`` attribute, a feed's ``<language>``) it is a hint used
    for texts too short to detect. Either way, a language other than English or French makes
    the document ``EF113``.
    """

    text: str
    source: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | date | None = None
    language: str | None = None
    language_trusted: bool = False
    retrieved_at: datetime | None = None
    given_id: str | None = None


def finish(draft: Draft, *, settings: Settings) -> tuple[Article | None, tuple[Skipped, ...]]:
    """The article for ``draft`` (or ``None``) and the skip records it gives rise to.

    An unparsable ``published`` keeps the article (``published=None``) and adds an ``EF106``
    record so that the problem is counted. A text over :data:`MAX_TEXT_CHARS` is ``EF103``;
    a text mostly in another script than Latin, or clearly in another Latin-script language,
    is ``EF113`` unless its language was given (:func:`other_script`,
    :func:`other_latin_language`).
    """
    text = draft.text
    if not text.strip():
        return None, (Skipped(draft.source, "EF101", "no text"),)
    if len(text) > MAX_TEXT_CHARS:
        detail = f"text of {len(text):,} characters is more than {MAX_TEXT_CHARS:,}"
        return None, (Skipped(draft.source, "EF103", detail),)
    default = normalise_language(settings.default_language) or "en"
    declared = (draft.language or "").strip()
    language: str | None = None
    if declared:
        language = normalise_language(declared)
        if language is None and (draft.language_trusted or is_language_tag(declared)):
            return None, (
                Skipped(
                    draft.source,
                    "EF113",
                    f"language {declared!r} is not supported (only English and French)",
                ),
            )
    if language is None or not draft.language_trusted:
        script = other_script(text)
        if script is not None:
            detail = f"text is written in {script.title()} script, not English or French"
            return None, (Skipped(draft.source, "EF113", detail),)
        other = other_latin_language(text)
        if other is not None:
            detail = f"text is in {other}, not English or French"
            return None, (Skipped(draft.source, "EF113", detail),)
        language = detect_language(text, fallback=language or default)
    notes: list[Skipped] = []
    published: date | None
    if draft.published is None or isinstance(draft.published, date):
        published = (
            draft.published.date() if isinstance(draft.published, datetime) else draft.published
        )
    else:
        published = parse_date(draft.published)
        if published is None and draft.published.strip():
            notes.append(
                Skipped(
                    draft.source,
                    "EF106",
                    f"published {draft.published!r} is not a date; article kept without it",
                )
            )
    article = Article(
        id=Article.make_id(text),
        text=text,
        title=draft.title,
        url=draft.url,
        outlet=draft.outlet,
        published=published,
        language=language,
        retrieved_at=draft.retrieved_at,
        source=draft.source,
        given_id=draft.given_id,
    )
    return article, tuple(notes)
