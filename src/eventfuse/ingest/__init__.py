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
  to detect. Otherwise a text whose letters are mostly of another script than Latin
  (Arabic, Chinese, Cyrillic ...) or clearly in Spanish, Portuguese, German, Italian or
  Dutch is ``EF113``, and lingua decides between English and French,
  ``settings.default_language`` being used for very short or unclear texts.
* Text is normalised (NFC, ``\n`` newlines, lone surrogates replaced, whitespace-free runs of
  more than 100 symbols cut to 100 and tokens of more than 1,000 characters split, which
  spaCy's tokenizer would take quadratic time on; stripped) and otherwise kept as read, so
  that character offsets of later stages refer to ``Article.text``. A text over 1,000,000
  characters (spaCy's limit) is ``EF103``. How bytes are decoded (and what counts as
  binary, ``EF102``, or undecodable, ``EF104``) is set out in ``text.py``.
* One bad entry costs only itself: a feed item, a JSON line or array element, or a page
  that fails is its own skip record (``EF117`` nested too deeply, ``EF118`` another
  failure, ``EF115`` when a whole reader fails) and the entries after it are still read.
  ``IngestStats`` counts skips by reason and by input.
* Folders are read recursively in sorted order; hidden files and folders (``.name``) are
  left out. URLs are fetched under the rules of ``urls.py`` (public addresses only unless
  allow-listed or ``allow_private_urls``, the address checked is the address connected to,
  each redirect re-checked, at most ``max_bytes``, the whole fetch within ``url_timeout``).
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
    """Counters filled by :func:`read_inputs` (the one mutable object of ingest).

    ``skipped`` counts skip records by reason; ``skipped_by_input`` by file or URL read (the
    input a record's source belongs to), then by reason.
    """

    articles: int = 0
    duplicates: int = 0
    skipped: dict[str, int] = field(default_factory=dict)
    skipped_by_input: dict[str, dict[str, int]] = field(default_factory=dict)

    def count_skip(self, reason: str, *, input_name: str | None = None) -> None:
        self.skipped[reason] = self.skipped.get(reason, 0) + 1
        if input_name is not None:
            per_input = self.skipped_by_input.setdefault(input_name, {})
            per_input[reason] = per_input.get(reason, 0) + 1


def _failure(source: str, exc: BaseException, *, code: str = "EF115") -> Skipped:
    """The skip record for an exception raised while reading ``source`` (``code`` for an
    unexpected one: ``EF115`` for a whole input, ``EF118`` for one entry)."""
    if isinstance(exc, InputError):
        detail = f"{exc.message} (hint: {exc.hint})" if exc.hint else exc.message
        return Skipped(source, exc.code, detail)
    if isinstance(exc, RecursionError):
        return Skipped(source, "EF117", "nested too deeply to read")
    return Skipped(source, code, f"{type(exc).__name__}: {exc}")


def _items(value: str, *, settings: Settings) -> Iterator[Article | Skipped]:
    """Articles and skip records for one file or URL; never raises ``Exception``.

    Readers isolate their entries (a feed item, a JSON line) themselves; a reader that fails
    anyway ends its file with one record. A draft that cannot be finished is its own record
    and the next draft is still read.
    """
    items = read_one(value, settings=settings)
    while True:
        try:
            item = next(items)
        except StopIteration:
            return
        except Exception as exc:  # noqa: BLE001 - one bad input must not end the run
            yield _failure(value, exc)
            return
        if not isinstance(item, Draft):
            yield item
            continue
        try:
            article, notes = finish(item, settings=settings)
        except Exception as exc:  # noqa: BLE001 - one bad entry must not lose the others
            yield _failure(item.source, exc, code="EF118")
            continue
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
                counters.count_skip(expanded.reason, input_name=expanded.source)
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
                    counters.count_skip(item.reason, input_name=expanded)
                    yield item
