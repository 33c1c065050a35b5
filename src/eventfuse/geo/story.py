"""The locations of one article's events, with what the whole article says read once.

:func:`~eventfuse.geo.location.resolve_place` reads an event's toponyms with every toponym
of its article as context: the story's country, the admin areas written after each place,
the anchor of each name. Called once per event, it read the whole article again each time,
so that a long article (many events, many toponyms) cost the product of the two. A
:class:`StoryPlaces` reads the article once; each event then costs its own toponyms (the
context's resolution is asked only where an event's own toponyms do not decide).

The answers are those of ``resolve_place(event_places, context_places)``, exactly: the
event's toponyms are copies of some of the article's (same text, span and relation), and
where that copy changes what the article says, the change is applied (the first pass of
the event's names is read from the event's copy, which comes first; a name listed between
first-level areas keeps only one neighbour's word, as a repeated toponym does there).
An event whose toponyms are not all the article's takes the plain path.
"""

from __future__ import annotations

from collections import ChainMap
from collections.abc import Sequence
from dataclasses import replace

from ..records import Place, PlaceMention
from .candidates import ResolveContext, mention_key
from .context import build_context
from .entries import GazetteerEntry
from .gazetteer import Gazetteer
from .location import ArticleReading, choose_place, resolve_place
from .support import Support
from .toponyms import (
    ResolvedMention,
    first_pass,
    first_passes,
    longer_form_short,
    resolve_one,
    short_form_area,
    short_forms,
)

_Where = tuple[str, int]


def _where(mention: PlaceMention) -> _Where:
    return (mention.span.article, mention.span.start)


class StoryPlaces:
    """One article's toponyms, read once, for the location of each of its events."""

    def __init__(
        self,
        context_places: Sequence[PlaceMention],
        *,
        gazetteer: Gazetteer,
        country_hint: str | None = None,
    ) -> None:
        self.context_places = tuple(context_places)
        self.gazetteer = gazetteer
        self.country_hint = country_hint
        self.ctx = build_context((), self.context_places, gazetteer, country_hint)
        self.keys = [mention_key(m) for m in self.context_places]
        self.support = first_passes(self.ctx, self.context_places, self.keys)
        self.with_short_forms = self.ctx.focus not in gazetteer.detailed_countries
        # one toponym per position, each a real span: what the shared reading assumes
        self._at: dict[_Where, PlaceMention] = {}
        self.number_at: dict[_Where, int] = {}  # position -> its first toponym's number
        self._shared = True
        for number, mention in enumerate(self.context_places):
            if mention.span.end <= mention.span.start:
                self._shared = False
            if self._at.setdefault(_where(mention), mention) != mention:
                self._shared = False
            self.number_at.setdefault(_where(mention), number)
        # a toponym's first pass in the article's own context, asked by many events
        self.first_of: dict[PlaceMention, tuple[GazetteerEntry | None, list[GazetteerEntry]]] = {}
        # short name -> the toponyms that write an area in full ("Suffolk County")
        self.full_forms: dict[str, list[int]] = {}
        for number, key in enumerate(self.keys):
            short = longer_form_short(key)
            if short is not None:
                self.full_forms.setdefault(short, []).append(number)
        self._alone: dict[int, ResolvedMention] = {}  # toponym -> its reading, no event
        self._article: ArticleReading | None = None

    def place(self, event_places: Sequence[PlaceMention]) -> Place | None:
        """What ``resolve_place(event_places, context_places)`` answers."""
        if not self._shared or any(self._at.get(_where(m)) != m for m in event_places):
            return resolve_place(
                event_places,
                self.context_places,
                gazetteer=self.gazetteer,
                country_hint=self.country_hint,
            )
        if not event_places:
            return self.reading().main_place()
        return _Event(self, event_places).place()

    def alone(self, number: int) -> ResolvedMention:
        """A toponym's reading (before short forms) when no event's copy changes it."""
        found = self._alone.get(number)
        if found is None:
            mention = self.context_places[number]
            found = resolve_one(self.ctx, mention, self.keys[number], self.support)
            self._alone[number] = found
        return found

    def reading(self) -> ArticleReading:
        """The article's toponyms resolved as no event changes them."""
        if self._article is None:
            resolved = [self.alone(n) for n in range(len(self.context_places))]
            if self.with_short_forms:
                resolved = short_forms(self.ctx, resolved, self.keys)
            self._article = ArticleReading(self.ctx, resolved)
        return self._article


class _Event:
    """One event's reading of its story: the article's context with the event's copies."""

    def __init__(self, story: StoryPlaces, event_places: Sequence[PlaceMention]) -> None:
        self.story = story
        self.places = event_places
        self.ctx = _event_context(story.ctx, event_places)
        self.keys = [mention_key(m) for m in event_places]
        self.support = _event_support(story, self.ctx, event_places, self.keys)
        if self.ctx is story.ctx and self.support is story.support:
            # the article's own reading of these toponyms
            self.own = [story.alone(story.number_at[_where(m)]) for m in event_places]
        else:
            self.own = [
                resolve_one(self.ctx, m, key, self.support)
                for m, key in zip(event_places, self.keys, strict=True)
            ]
        self.own_at = {_where(item.mention): item for item in self.own}
        self._context: dict[int, ResolvedMention] = {}

    def place(self) -> Place | None:
        own = self.own
        if self.story.with_short_forms:
            own = [
                short_form_area(self.ctx, item, self._area_written_in_full(key))
                for item, key in zip(own, self.keys, strict=True)
            ]
        return choose_place(self.ctx, own, self._reading)

    def context(self, number: int) -> ResolvedMention:
        """An article toponym's reading (before short forms) in this event's context."""
        mention = self.story.context_places[number]
        own = self.own_at.get(_where(mention))
        if own is not None:
            return own  # the event's copy of it: same toponym, same context
        if self.support is self.story.support:
            return self.story.alone(number)
        found = self._context.get(number)
        if found is None:
            key = self.story.keys[number]
            found = self._context[number] = resolve_one(self.ctx, mention, key, self.support)
        return found

    def _area_written_in_full(self, key: str) -> GazetteerEntry | None:
        """The area the first full form of the name ("Suffolk County" for "Suffolk")
        resolved to, among the event's toponyms and then the article's."""
        for item, own_key in zip(self.own, self.keys, strict=True):
            entry = item.entry
            if longer_form_short(own_key) == key and entry is not None and entry.is_admin:
                return entry
        for number in self.story.full_forms.get(key, ()):
            entry = self.context(number).entry
            if entry is not None and entry.is_admin:
                return entry
        return None

    def _reading(self) -> ArticleReading:
        story = self.story
        if (
            self.ctx is story.ctx
            and self.support is story.support
            and not any(longer_form_short(key) for key in self.keys)
        ):
            # the article's own reading: the event's copies read as the article's, and
            # they write no area in full that could come first among the short forms
            return story.reading()
        resolved = [*self.own, *(self.context(n) for n in range(len(story.context_places)))]
        if story.with_short_forms:
            resolved = short_forms(self.ctx, resolved, [*self.keys, *story.keys])
        return ArticleReading(self.ctx, resolved[len(self.own) :])


def _event_context(ctx: ResolveContext, event_places: Sequence[PlaceMention]) -> ResolveContext:
    """The article's context as ``build_context(event_places, context_places)`` reads it:
    the same, but for a name listed between first-level areas that the event repeats, which
    keeps the word of the name after it, else of the name before it (the repeated copies
    stand between it and each neighbour)."""
    overrides: dict[_Where, frozenset[tuple[str, str]]] = {}
    for mention in event_places:
        sides = ctx.listed_sides.get(_where(mention))
        if sides is not None:
            before, after = sides
            overrides[_where(mention)] = after or before
    if all(ctx.listed_admin1.get(where) == found for where, found in overrides.items()):
        return ctx
    return replace(ctx, listed_admin1=ChainMap(overrides, ctx.listed_admin1))


def _event_support(
    story: StoryPlaces,
    ctx: ResolveContext,
    event_places: Sequence[PlaceMention],
    keys: Sequence[str],
) -> Support:
    """The story's anchors and readings with the first pass of the event's names read from
    the event's copies (which come first in ``resolve_all``); the article's own when these
    agree, as they mostly do."""
    support = story.support
    changed: dict[str, tuple[GazetteerEntry | None, list[GazetteerEntry]]] = {}
    for mention, key in zip(event_places, keys, strict=True):
        if key in changed:
            continue  # the first mention of a name reads it
        if ctx is story.ctx:
            found = story.first_of.get(mention)
            if found is None:
                found = story.first_of[mention] = first_pass(ctx, mention)
        else:
            found = first_pass(ctx, mention)
        changed[key] = found
    changed = {
        key: found
        for key, found in changed.items()
        if found[0] != support.first[key] or tuple(found[1]) != support.readings[key]
    }
    if not changed:
        return support
    first = {**support.first, **{key: found[0] for key, found in changed.items()}}
    readings = {**support.readings, **{key: tuple(found[1]) for key, found in changed.items()}}
    return Support(first, readings)
