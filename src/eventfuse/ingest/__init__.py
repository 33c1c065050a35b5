"""Ingest: read files, folders, feeds and URLs into :class:`Article` records.

``read_inputs`` never raises for bad input: each problem becomes a :class:`Skipped` record
with a code from :data:`eventfuse.errors.SKIP_REASONS`, and the run goes on. Conventions:

* ``Article.id`` is ``Article.make_id(text)``; an id given in a JSON input is kept in
  ``Article.given_id``. An article whose id was already yielded in the same call is not
  yielded again, only counted in ``IngestStats.duplicates``.
* ``Article.source`` is the path or URL read; ``path:line`` for JSON Lines, ``path[i]`` for
  JSON arrays and ``feed#n`` (n from 1) for feed entries. Skip records use the same sources.
* An unparsable ``published`` value keeps the article with ``published=None`` and also
  yields ``Skipped(source, "EF106", ...)`` right after it, so that the problem is counted.
* ``retrieved_at`` is the file's modification time for files (feeds and JSON included) and
  the fetch time (UTC) for URLs; it never enters the id.
* Language: a JSON ``language`` is taken as given ("English", "fr-FR" ... normalised to
  ``en``/``fr``; any other language is ``EF113``). An HTML ``lang`` or a feed's language is
  a hint: another language than en/fr is ``EF113``, en/fr is used only for texts too short
  to detect. Otherwise lingua decides between English and French, and
  ``settings.default_language`` is used for very short or unclear texts.
* Text is normalised (NFC, ``\n`` newlines, stripped) and otherwise kept as read, so that
  character offsets of later stages refer to ``Article.text``. How bytes are decoded (and
  what counts as binary, ``EF102``, or undecodable, ``EF104``) is set out in ``text.py``.
* Folders are read recursively in sorted order; hidden files and folders (``.name``) are
  left out. URLs are fetched under the rules of ``urls.py`` (public addresses only unless
  ``allow_private_urls``, each redirect re-checked, at most ``max_bytes``).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from ..config import Settings
from ..errors import InputError
from ..records import Article, Skipped
from .build import Draft, finish
from .reader import expand_input, read_one

__all__ = ["IngestStats", "read_inputs"]


@dataclass(slots=True)
class IngestStats:
    """Counters filled by :func:`read_inputs` (the one mutable object of ingest)."""

    articles: int = 0
    duplicates: int = 0
    skipped: dict[str, int] = field(default_factory=dict)

    def count_skip(self, reason: str) -> None:
        self.skipped[reason] = self.skipped.get(reason, 0) + 1


def _items(value: str, *, settings: Settings) -> Iterator[Article | Skipped]:
    """Articles and skip records for one file or URL; never raises ``Exception``."""
    items = read_one(value, settings=settings)
    while True:
        try:
            item = next(items)
            if isinstance(item, Draft):
                article, notes = finish(item, settings=settings)
            else:
                article, notes = None, (item,)
        except StopIteration:
            return
        except InputError as exc:
            detail = f"{exc.message} (hint: {exc.hint})" if exc.hint else exc.message
            yield Skipped(value, exc.code, detail)
            return
        except Exception as exc:  # noqa: BLE001 - one bad input must not end the run
            yield Skipped(value, "EF115", f"{type(exc).__name__}: {exc}")
            return
        if article is not None:
            yield article
        yield from notes


def _expand(value: str) -> Iterator[str | Skipped]:
    try:
        expanded = list(expand_input(value))
    except Exception as exc:  # noqa: BLE001 - e.g. a folder that cannot be listed
        expanded = [Skipped(value, "EF115", f"{type(exc).__name__}: {exc}")]
    yield from expanded


def read_inputs(
    inputs: Sequence[str],
    *,
    settings: Settings,
    stats: IngestStats | None = None,
) -> Iterator[Article | Skipped]:
    """Articles from files, folders (recursed) and http(s) URLs, with skip records.

    Dispatch is by extension for files (``.txt .md .jsonl .json .html .htm .xml .rss
    .atom``) and by content type for URLs. Exact duplicates (same ``Article.id``) are
    yielded once and counted in ``stats.duplicates``.
    """
    if isinstance(inputs, str):  # one input given on its own
        inputs = [inputs]
    counters = stats if stats is not None else IngestStats()
    seen: set[str] = set()
    for value in inputs:
        for expanded in _expand(value):
            if isinstance(expanded, Skipped):
                counters.count_skip(expanded.reason)
                yield expanded
                continue
            duplicate = False
            for item in _items(expanded, settings=settings):
                if isinstance(item, Article):
                    duplicate = item.id in seen
                    if duplicate:
                        counters.duplicates += 1
                        continue
                    seen.add(item.id)
                    counters.articles += 1
                    yield item
                else:
                    if duplicate and item.reason == "EF106":
                        continue  # the note belongs to a duplicate that was not yielded
                    counters.count_skip(item.reason)
                    yield item
