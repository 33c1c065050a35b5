"""The actor table: entries, their aliases per language, and the matchers built from them."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from pathlib import Path

from ..common.text import fold_keep_length, lower_char
from ..errors import ConfigError, InputError
from ..lang import available
from ..records import Actor, Certainty, Span
from ..taxonomy import EXTERNAL_FORCES, NON_STATE_ARMED_INTERS, ORGANISED_ARMED_INTERS, STATE_FORCES
from .actor_cues import (
    BRACKET_IDENTITY_RE,
    EITHER_OR_RE,
    Found,
    LanguageMatcher,
    build_matcher,
    certainty_of,
)
from .actor_names import (
    ANY_PERIOD_RE,
    OPEN_PERIOD_RE,
    ActorEntry,
    Period,
    country_as_written,
    days_outside,
    fill_country,
    name_pattern,
    normalise_actor_name,
    open_form,
    same_country,
)
from .actor_toml import read_table
from .actor_trie import Token, TrieNode, longest_alias, tokens_of

DEFAULT_TABLE = Path(__file__).resolve().parent.parent / "data" / "actors.toml"


@lru_cache(maxsize=64)
def _folded_pair(text: str) -> tuple[str, str]:
    keep_case = fold_keep_length(text, lower=False)
    return keep_case, "".join(map(lower_char, keep_case))


@dataclass(frozen=True, slots=True)
class ActorMatch:
    """An actor found in a text: its span, ACLED name and type code, and how sure the text is."""

    start: int
    end: int
    text: str
    name: str
    inter: int
    certainty: Certainty = "confirmed"
    generic: bool = False
    key: str = ""  # the table entry, for re-resolving the name (``ActorTable.resolve``)

    def to_actor(self, article: str) -> Actor:
        """The ``records.Actor`` of this match, with its evidence span in ``article``."""
        span = Span(article, self.start, self.end, self.text)
        return Actor(self.name, self.inter, self.certainty, span)


class ActorTable:
    """The actor table: entries, their aliases per language, and the matchers built from them.

    Build it with ``ActorTable.load()``; it does not change after that and is safe to share.
    """

    __slots__ = (
        "_by_key",
        "_by_role",
        "_localisable",
        "_matchers",
        "_names",
        "_open_periods",
        "_templates",
        "_variants",
        "entries",
        "path",
        "regimes",
    )

    def __init__(
        self,
        entries: Sequence[ActorEntry],
        *,
        regimes: Mapping[str, tuple[Period, ...]] | None = None,
        path: Path | None = None,
    ) -> None:
        self.path = path
        self.entries: tuple[ActorEntry, ...] = tuple(entries)
        self.regimes: dict[str, tuple[Period, ...]] = dict(regimes or {})
        self._by_key: dict[str, int] = {}
        self._by_role: dict[tuple[str, str], int] = {}
        for index, entry in enumerate(self.entries):
            if entry.key in self._by_key:
                raise ConfigError(
                    f"actor table {path}: key {entry.key!r} is used twice",
                    hint="give one of the entries a distinct `key`",
                )
            self._by_key[entry.key] = index
            if entry.role and entry.country and not entry.generic:
                self._by_role.setdefault((entry.country, entry.role), index)
        self._matchers = {lang: build_matcher(self.entries, lang) for lang in available()}
        self._names, self._templates, self._open_periods = self._build_name_index()
        self._variants = self._build_variant_index()
        self._localisable = self._build_localisable()

    # -- loading ------------------------------------------------------------------------

    @classmethod
    def load(cls, path: Path | None = None) -> ActorTable:
        """The table in ``path`` (default: the packaged ``data/actors.toml``), read once."""
        return _load_table(str(Path(path).resolve() if path is not None else DEFAULT_TABLE))

    @classmethod
    def from_toml(cls, path: Path) -> ActorTable:
        """Read and check a table file (uncached; ``load`` caches)."""
        entries, regimes = read_table(path)
        return cls(entries, regimes=regimes, path=path)

    # -- name indexes -------------------------------------------------------------------

    def _build_name_index(
        self,
    ) -> tuple[
        dict[str, str],
        list[tuple[re.Pattern[str], str]],
        dict[tuple[str, str], list[tuple[str, str]]],
    ]:
        names: dict[str, str] = {}
        templates: list[tuple[re.Pattern[str], str]] = []
        open_periods: dict[tuple[str, str], list[tuple[str, str]]] = {}
        for entry in self.entries:
            for name in entry.all_names():
                if "{country}" in name:
                    pattern = re.escape(normalise_actor_name(name)).replace(
                        re.escape("{country}"), r"(?P<country>[^()]+?)"
                    )
                    templates.append((re.compile(f"^{pattern}$"), name))
                    continue
                names.setdefault(normalise_actor_name(name), name)
                parsed = ANY_PERIOD_RE.match(name)
                if parsed:
                    base = (
                        normalise_actor_name(parsed["base"]),
                        normalise_actor_name(parsed["rest"]),
                    )
                    open_periods.setdefault(base, []).append((parsed["year"], name))
            canonical = entry.name_on(None)
            for variant in entry.acled_variants:
                if "{country}" in variant:
                    pattern = re.escape(normalise_actor_name(variant)).replace(
                        re.escape("{country}"), r"(?P<country>[^()]+?)"
                    )
                    templates.append((re.compile(f"^{pattern}$"), entry.name))
                else:
                    names.setdefault(normalise_actor_name(variant), canonical)
        return names, templates, open_periods

    def _build_variant_index(
        self,
    ) -> tuple[list[tuple[re.Pattern[str], str]], list[tuple[re.Pattern[str], str]]]:
        """(patterns of the names each entry produces, patterns of its ``acled_variants``),
        each with the entry key; a ``{country}`` becomes the named group ``country``."""
        produced: list[tuple[re.Pattern[str], str]] = []
        variants: list[tuple[re.Pattern[str], str]] = []
        for entry in self.entries:
            for name in entry.all_names():
                produced.append((name_pattern(name), entry.key))
            for variant in entry.acled_variants:
                variants.append((name_pattern(variant), entry.key))
        return produced, variants

    def _build_localisable(self) -> list[tuple[re.Pattern[str], str, str]]:
        """(pattern of a ``{country}`` name, the name with no country, entry key) for every
        entry whose name takes the event's country, generic classes first."""
        out: list[tuple[re.Pattern[str], str, str]] = []
        ordered = sorted(self.entries, key=lambda e: not e.generic)
        for entry in ordered:
            for name in entry.all_names():
                if "{country}" in name:
                    out.append((name_pattern(name), open_form(fill_country(name, None)), entry.key))
        return out

    # -- lookups ------------------------------------------------------------------------

    def entry(self, key: str) -> ActorEntry:
        """The entry with ``key`` (raises ``KeyError``)."""
        return self.entries[self._by_key[key]]

    def state_entry(self, country: str, role: str) -> ActorEntry | None:
        """The named entry for ``country``'s ``role`` (military, police, ...), if any."""
        index = self._by_role.get((country, role))
        return None if index is None else self.entries[index]

    def resolve(
        self, key: str, *, on: date | None = None, country: str | None = None
    ) -> tuple[str, int, str]:
        """(name, inter, key) of entry ``key`` on ``on`` in an event in ``country``.

        Generic state entries become the country's own entry ("soldiers" in Mali are the
        "Military Forces of Mali (<period>)"); state forces outside their country are coded 8.
        """
        if " and/or " in key and key not in self._by_key:
            parts = [self.resolve(part, on=on, country=country) for part in key.split(" and/or ")]
            return (
                " and/or ".join(p[0] for p in parts),
                min(p[1] for p in parts),
                " and/or ".join(p[2] for p in parts),
            )
        entry = self.entry(key)
        if entry.generic and entry.role and country:
            own = self.state_entry(country, entry.role)
            if own is not None:
                entry = own
        inter = entry.inter
        if inter == STATE_FORCES and entry.country and country and country != entry.country:
            inter = EXTERNAL_FORCES
        return entry.name_on(on, country), inter, entry.key

    def localise(
        self, name: str, *, country: str, on: date | None = None
    ) -> tuple[str, int] | None:
        """(name, inter) of an actor named after the event's country ("Civilians (Mali)",
        "Unidentified Armed Group", "Military Forces" of a report that named no country)
        when the event is in ``country``; ``None`` when ``name`` does not take the event's
        country or already names ``country``.

        Generic state forces become the country's own entry with its period ("Military
        Forces" in Niger in 2020 are "Military Forces of Niger (2011-2021)").
        """
        form = open_form(name)
        for pattern, bare, key in self._localisable:
            if pattern.match(form) is None and form != bare:
                continue
            new_name, inter, _ = self.resolve(key, on=on, country=country)
            return (
                None
                if normalise_actor_name(new_name) == normalise_actor_name(name)
                else (
                    new_name,
                    inter,
                )
            )
        return None

    def canonical_name(self, name: str) -> str | None:
        """The table's name for an ACLED actor name, or ``None`` if the table does not know it.

        Accepts the table's own names, names of earlier ACLED releases ("(2013-)" for
        "(2013-2020)", listed variants), ``{country}`` classes for any country, and
        "A and/or B" when both parts are known.
        """
        if " and/or " in name:
            parts = [self.canonical_name(part) for part in name.split(" and/or ")]
            return (
                None
                if any(p is None for p in parts)
                else " and/or ".join(p for p in parts if p is not None)
            )
        norm = normalise_actor_name(name)
        if norm in self._names:
            return self._names[norm]
        for pattern, template in self._templates:
            match = pattern.match(norm)
            if match:
                country = country_as_written(name, match)
                return template.replace("{country}", country)
        opened = OPEN_PERIOD_RE.match(name)
        if opened:
            base = (normalise_actor_name(opened["base"]), normalise_actor_name(opened["rest"]))
            for year, full in self._open_periods.get(base, []):
                if year == opened["year"]:
                    return full
        return None

    def same_actor(self, predicted: str, gold: str) -> bool:
        """Whether two ACLED actor names name the same actor, whichever ACLED release wrote
        them: equal names; a closed regime period and the open one of an export made while
        that regime ruled ("(2015-2022)" and "(2015-)"); a name and one that an older release
        used for the same actor (``acled_variants``, e.g. "Islamic State (Greater Sahara)"
        for what later releases split into the Greater Sahara Faction of the West Africa
        province). "A and/or B" and "B and/or A" are the same actor."""
        mine, theirs = predicted.split(" and/or "), gold.split(" and/or ")
        if len(mine) != len(theirs):
            return False
        if len(mine) == 1:
            return self._same_single(mine[0], theirs[0])
        return any(
            all(self._same_single(a, b) for a, b in zip(order, theirs, strict=True))
            for order in itertools.permutations(mine)
        )

    def _same_single(self, predicted: str, gold: str) -> bool:
        a, b = open_form(predicted), open_form(gold)
        if a == b:
            return True
        produced, variants = self._variants
        for one, other in ((a, b), (b, a)):
            for pattern, key in variants:
                found = pattern.match(one)
                if found is None:
                    continue
                for names in (produced, variants):
                    for other_pattern, other_key in names:
                        if other_key != key:
                            continue
                        seen = other_pattern.match(other)
                        if seen is not None and same_country(found, seen):
                            return True
        return False

    def knows(self, name: str) -> bool:
        """Whether ``name`` (an ACLED actor name) is one the table can produce."""
        return self.canonical_name(name) is not None

    # -- matching -----------------------------------------------------------------------

    def find(
        self,
        text: str,
        *,
        lang: str,
        start: int = 0,
        end: int | None = None,
        on: date | None = None,
        country: str | None = None,
    ) -> list[ActorMatch]:
        """Actors named in ``text[start:end]``, in text order, longest match first."""
        if lang not in self._matchers:
            raise InputError(
                f"no actor words for language {lang!r}",
                hint=f"supported languages: {', '.join(available())}",
                code="EF113",
            )
        matcher = self._matchers[lang]
        stop = len(text) if end is None else min(end, len(text))
        keep_case, lowered = _folded_pair(text)
        tokens = tokens_of(keep_case, lowered, start, stop)
        found = self._scan(matcher.trie, tokens, on)
        found = self._merge(found, lowered, matcher)
        return [self._to_match(f, text, lowered, found, matcher, on, country) for f in found]

    def _scan(self, trie: TrieNode, tokens: Sequence[Token], on: date | None) -> list[Found]:
        found: list[Found] = []
        i = 0
        while i < len(tokens):
            best = longest_alias(trie, tokens, i)
            if best is None:
                i += 1
                continue
            j, refs = best
            entry = self._choose([r.entry for r in refs], on)
            found.append(Found(tokens[i].start, tokens[j - 1].end, entry))
            i = j
        return found

    def _choose(self, candidates: Iterable[int], on: date | None) -> int:
        """Of several entries sharing an alias, the one in use on ``on`` (else the first)."""
        indexes = list(dict.fromkeys(candidates))
        if len(indexes) == 1:
            return indexes[0]
        if on is not None:
            active = [i for i in indexes if self.entries[i].active_on(on)]
            if active:
                return active[0]
            return min(indexes, key=lambda i: days_outside(self.entries[i], on))
        current = [i for i in indexes if self.entries[i].end is None]
        return current[0] if current else indexes[0]

    def _merge(self, found: list[Found], lowered: str, matcher: LanguageMatcher) -> list[Found]:
        """Join a named group with a generic noun next to it: "JNIM militants",
        "militants of JNIM" and "MINUSMA peacekeepers" are one actor."""
        out: list[Found] = []
        for item in found:
            if out:
                prev = out[-1]
                gap = lowered[prev.end : item.start]
                joined = self._join(prev, item, gap, matcher)
                if joined is not None:
                    if gap.strip() == "(" and lowered[joined.end : joined.end + 1] == ")":
                        joined = replace(joined, end=joined.end + 1)
                    out[-1] = joined
                    continue
            out.append(item)
        return out

    def _join(
        self, first: Found, second: Found, gap: str, matcher: LanguageMatcher
    ) -> Found | None:
        a, b = self.entries[first.entry], self.entries[second.entry]
        if gap.strip() == "(" and a.key == b.key:  # "unidentified armed men (HANI)"
            return Found(first.start, second.end, first.entry, first.alternative)
        if not gap.strip():
            if not a.generic and (
                a.key == b.key or (b.generic and b.inter in ORGANISED_ARMED_INTERS)
            ):
                return Found(first.start, second.end, first.entry, first.alternative)
            return None
        if (
            first.alternative is None
            and not a.generic
            and not b.generic
            and a.key != b.key
            and a.inter in NON_STATE_ARMED_INTERS
            and b.inter in NON_STATE_ARMED_INTERS
            and second.alternative is None
            and EITHER_OR_RE.match(gap)
        ):
            # ACLED names an attack that reports give to one of two groups "A and/or B".
            return Found(first.start, second.end, first.entry, second.entry)
        if (
            a.generic
            and a.inter in ORGANISED_ARMED_INTERS
            and not b.generic
            and (
                (matcher.affiliation is not None and matcher.affiliation.match(gap))
                # "volunteer fighters (VDP)", "'terrorists' (suspected to be JNIM)"
                or BRACKET_IDENTITY_RE.match(gap) is not None
            )
        ):
            return Found(first.start, second.end, second.entry)
        return None

    def _to_match(
        self,
        item: Found,
        text: str,
        lowered: str,
        found: Sequence[Found],
        matcher: LanguageMatcher,
        on: date | None,
        country: str | None,
    ) -> ActorMatch:
        entry = self.entries[item.entry]
        name, inter, key = self.resolve(entry.key, on=on, country=country)
        if item.alternative is not None:
            other, _, other_key = self.resolve(
                self.entries[item.alternative].key, on=on, country=country
            )
            name, key = f"{name} and/or {other}", f"{key} and/or {other_key}"
        certainty = certainty_of(item, entry, lowered, found, matcher)
        return ActorMatch(
            start=item.start,
            end=item.end,
            text=text[item.start : item.end],
            name=name,
            inter=inter,
            certainty=certainty,
            generic=entry.generic,
            key=key,
        )

    # -- spaCy --------------------------------------------------------------------------

    def ruler_patterns(self, *, lang: str | None = None) -> list[dict[str, str]]:
        """EntityRuler patterns for the named actors (see ``patterns_for_ruler``)."""
        langs = available() if lang is None else (lang,)
        out: list[dict[str, str]] = []
        seen: set[tuple[str, str]] = set()
        for entry in self.entries:
            if entry.generic:
                continue
            for each in langs:
                for alias in entry.aliases(each):
                    if (alias, entry.key) not in seen:
                        seen.add((alias, entry.key))
                        out.append({"label": entry.label, "pattern": alias, "id": entry.key})
        return out


@lru_cache(maxsize=8)
def _load_table(path: str) -> ActorTable:
    return ActorTable.from_toml(Path(path))
