"""Actor table and matcher: find actors in report text and give their ACLED-style names."""

from __future__ import annotations

import importlib
import itertools
import re
import tomllib
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache, lru_cache
from pathlib import Path
from types import ModuleType
from typing import Any

from ..errors import ConfigError, InputError
from ..records import Actor, Certainty, Mention, Span

DEFAULT_TABLE = Path(__file__).resolve().parent.parent / "data" / "actors.toml"
SUPPORTED_LANGUAGES: tuple[str, ...] = ("en", "fr")
ROLES: tuple[str, ...] = (
    "military",
    "police",
    "gendarmerie",
    "government",
    "national guard",
    "forest guards",
)
# Word-list variables every ``lang/<lang>/actors.py`` defines.
LANG_VARIABLES: tuple[str, ...] = (
    "armed_group_words",
    "jihadist_words",
    "militia_words",
    "state_force_words",
    "police_words",
    "gendarmerie_words",
    "civilian_words",
    "protester_words",
    "rioter_words",
    "suspected_words",
    "suspected_after_words",
    "claimed_words",
    "claimed_by_words",
    "affiliation_words",
    "article_words",
)
# Actor type codes of armed, organised actors: generic nouns of these classes are absorbed
# by a named group next to them ("JNIM militants"), and only they claim attacks.
_ARMED_INTERS = frozenset({1, 2, 3, 4})
_CLAIMING_INTERS = frozenset({2, 3, 4})
_MAX_CUE_GAP_WORDS = 3
# Words between two named groups that leave the attribution open ("JNIM and/or ISGS",
# "JNIM or ISGS", "ISWAP/Boko Haram", "le JNIM ou l'EIGS"); both languages, as group names are matched in both.
# Between a generic noun and the group a bracket says it is (folded, lower-case text):
# "gunmen (", "'terrorists' (suspected to be ", "assaillants (presumes du "
_BRACKET_IDENTITY_RE = re.compile(
    r"^[\s'\"”»’]*\(\s*(?:(?:suspected|presumed|believed|thought|likely|probably|allegedly|"
    r"reportedly|said|claimed)\s+)?(?:(?:to\s+be|as)\s+)?(?:(?:presumes?|supposes?|probablement|"
    r"sans\s+doute|vraisemblablement|soupconnes?\s+d['’]etre|des|du|de\s+la|de\s+l['’])\s*)*$"
)
_EITHER_OR_RE = re.compile(
    r"^\s*(?:/|and\s*/\s*or|or|et\s*/\s*ou|ou|ou\s+bien|ou\s+de|ou\s+du|ou\s+des)"
    r"(?:\s+(?:the|le|la|les|l'|l\s*'|de\s+l'|de\s+la|du))?\s*$"
)

_ENTRY_FIELDS = frozenset(
    {
        "key",
        "name",
        "inter",
        "aliases_en",
        "aliases_fr",
        "country",
        "from",
        "until",
        "short_name",
        "regime",
        "periods",
        "suffix",
        "role",
        "generic",
        "words",
        "case_sensitive",
        "label",
        "acled_variants",
    }
)
_PERIOD_FIELDS = frozenset({"name", "label", "from", "until"})

# ---------------------------------------------------------------------------------------
# Text folding: accents, apostrophes, dashes and case, keeping character offsets
# ---------------------------------------------------------------------------------------

_APOSTROPHES = frozenset("'’‘`´ʼʹʻʽʾʿ′＇")
_DASHES = frozenset("‐‑‒–—―−")
_TOKEN_RE = re.compile(r"[^\W_]+|[^\w\s'\-]")
_SPACE_RE = re.compile(r"\s+")
_PERIOD_RE = re.compile(r"\s*\(\d{4}-(?:\d{4})?\)")
_OPEN_PERIOD_RE = re.compile(r"^(?P<base>.*?) \((?P<year>\d{4})-\)(?P<rest>.*)$")
_ANY_PERIOD_RE = re.compile(r"^(?P<base>.*?) \((?P<year>\d{4})-(?:\d{4})?\)(?P<rest>.*)$")


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    """One character without accents; apostrophes become ``'`` and dashes ``-``."""
    if char in _APOSTROPHES:
        return "'"
    if char in _DASHES:
        return "-"
    if char.isascii():
        return char
    base = "".join(c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c))
    return base if len(base) == 1 else char


@lru_cache(maxsize=4096)
def _lower_char(char: str) -> str:
    lowered = char.lower()
    return lowered if len(lowered) == 1 else char


def fold_text(text: str, *, lower: bool = True) -> str:
    """``text`` without accents, with one apostrophe and one dash; same length as ``text``."""
    folded = "".join(map(_fold_char, text))
    return "".join(map(_lower_char, folded)) if lower else folded


@lru_cache(maxsize=64)
def _folded_pair(text: str) -> tuple[str, str]:
    keep_case = fold_text(text, lower=False)
    return keep_case, "".join(map(_lower_char, keep_case))


def normalise_actor_name(name: str, *, keep_period: bool = True) -> str:
    """A form of an actor name for comparison: casefolded, no accents, single spaces.

    With ``keep_period=False`` the period in parentheses is dropped, so that
    "Military Forces of Mali (2013-2020)" and "Military Forces of Mali (2021-)" compare equal.
    """
    text = fold_text(name).casefold()
    if not keep_period:
        text = _PERIOD_RE.sub("", text)
    return _SPACE_RE.sub(" ", text).strip()


# ---------------------------------------------------------------------------------------
# The table
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Period:
    """One name of an actor and the days it applies to (``None``: open)."""

    name: str
    start: date | None = None
    end: date | None = None

    def contains(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """One actor of the table (see the header of ``data/actors.toml`` for the fields)."""

    key: str
    name: str
    inter: int
    aliases_en: tuple[str, ...] = ()
    aliases_fr: tuple[str, ...] = ()
    country: str | None = None
    start: date | None = None
    end: date | None = None
    short_name: str | None = None
    periods: tuple[Period, ...] = ()
    role: str | None = None
    generic: bool = False
    words: str | None = None
    case_sensitive: bool = False
    label: str = "ORG"
    acled_variants: tuple[str, ...] = ()

    def aliases(self, lang: str) -> tuple[str, ...]:
        return self.aliases_fr if lang == "fr" else self.aliases_en

    def active_on(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)

    def period_on(self, on: date | None) -> Period | None:
        """The period whose name applies on ``on``: the latest when ``on`` is unknown, the
        nearest when ``on`` falls outside every period."""
        if not self.periods:
            return None
        if on is None:
            return self.periods[-1]
        for period in self.periods:
            if period.contains(on):
                return period
        before = [p for p in self.periods if p.start is not None and p.start <= on]
        return before[-1] if before else self.periods[0]

    def name_on(self, on: date | None = None, country: str | None = None) -> str:
        """The ACLED name on ``on`` with ``{country}`` filled (event country, else own)."""
        period = self.period_on(on)
        template = self.name if period is None else period.name
        return fill_country(template, country or self.country)

    def all_names(self) -> tuple[str, ...]:
        """Every name this entry can produce (templates keep ``{country}``)."""
        return tuple(p.name for p in self.periods) if self.periods else (self.name,)


def fill_country(template: str, country: str | None) -> str:
    """Put ``country`` into a ``{country}`` template; without one, drop the placeholder."""
    if "{country}" not in template:
        return template
    if country:
        return template.replace("{country}", country)
    text = template.replace(" ({country})", "").replace(" of {country}", "")
    return _SPACE_RE.sub(" ", text.replace("{country}", "")).strip()


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


@dataclass(frozen=True, slots=True)
class _Token:
    start: int
    end: int
    orig: str  # the text's form, accents folded, case kept
    keys: tuple[str, ...]  # lower-case form, then its singular when it ends in -s


@dataclass(frozen=True, slots=True)
class _AliasRef:
    entry: int
    alias: str
    # (token offset, "acronym" | "title", alias token as written)
    case_rules: tuple[tuple[int, str, str], ...]

    def case_ok(self, tokens: Sequence[_Token], first: int) -> bool:
        for offset, rule, written in self.case_rules:
            seen = tokens[first + offset].orig
            if rule == "acronym":
                core = seen[:-1] if seen.endswith("s") and len(seen) > len(written) else seen
                if not (
                    core == written
                    or core.isupper()
                    or (len(written) >= 4 and core[:1].isupper() and core[1:].islower())
                ):
                    return False
            elif not seen[:1].isupper():
                return False
        return True


@dataclass(slots=True)
class _Node:
    children: dict[str, _Node] = field(default_factory=dict)
    terminals: list[_AliasRef] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class _LangMatcher:
    """Everything ``find_actors`` needs for one language, compiled once per table."""

    trie: _Node
    suspected_before: re.Pattern[str] | None
    suspected_after: re.Pattern[str] | None
    claimed: re.Pattern[str] | None
    claimed_by: re.Pattern[str] | None
    affiliation: re.Pattern[str] | None


@dataclass(frozen=True, slots=True)
class _Found:
    start: int
    end: int
    entry: int
    # "JNIM and/or ISGS militants": the other group of an either-or attribution
    alternative: int | None = None


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
        self._matchers = {lang: self._build_matcher(lang) for lang in SUPPORTED_LANGUAGES}
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
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ConfigError(
                f"actor table {path} not found", hint="check the path or use the packaged table"
            ) from None
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"actor table {path} is not valid TOML: {exc}") from None
        regimes = {
            str(country): tuple(
                _parse_period(item, base=None, where=f"{path}: regime {country}") for item in items
            )
            for country, items in dict(data.get("regimes", {})).items()
        }
        raw_entries = data.get("actor", [])
        if not isinstance(raw_entries, list) or not raw_entries:
            raise ConfigError(f"actor table {path} has no [[actor]] entries")
        entries = [
            _parse_entry(raw, regimes=regimes, where=f"{path}: actor #{i + 1}")
            for i, raw in enumerate(raw_entries)
        ]
        return cls(entries, regimes=regimes, path=path)

    # -- matchers -----------------------------------------------------------------------

    def _build_matcher(self, lang: str) -> _LangMatcher:
        words = _lang_module(lang)
        root = _Node()
        seen: set[tuple[int, tuple[str, ...]]] = set()
        for index, entry in enumerate(self.entries):
            aliases: list[str] = []
            if entry.generic:
                aliases.extend(getattr(words, entry.words or "", ()))
                aliases.extend(entry.aliases(lang))
            else:
                # Proper names are matched whatever the language of the report.
                aliases.extend(entry.aliases(lang))
                aliases.extend(entry.aliases("en" if lang == "fr" else "fr"))
            for alias in aliases:
                for variant in _alias_variants(alias):
                    written = [
                        t.group() for t in _TOKEN_RE.finditer(fold_text(variant, lower=False))
                    ]
                    if not written:
                        continue
                    keys = tuple(t.lower() for t in written)
                    if (index, keys) in seen:
                        continue
                    seen.add((index, keys))
                    rules = tuple(
                        (k, rule, w)
                        for k, w in enumerate(written)
                        if (rule := _case_rule(w, entry.case_sensitive)) is not None
                    )
                    node = root
                    for key in keys:
                        node = node.children.setdefault(key, _Node())
                    node.terminals.append(_AliasRef(index, alias, rules))
        return _LangMatcher(
            trie=root,
            suspected_before=_cue_regex(words.suspected_words, before=True),
            suspected_after=_cue_regex(words.suspected_after_words, before=False),
            claimed=_cue_regex(words.claimed_words, before=None),
            claimed_by=_cue_regex(words.claimed_by_words, before=None),
            affiliation=_affiliation_regex(words.affiliation_words, words.article_words),
        )

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
                parsed = _ANY_PERIOD_RE.match(name)
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
                produced.append((_name_pattern(name), entry.key))
            for variant in entry.acled_variants:
                variants.append((_name_pattern(variant), entry.key))
        return produced, variants

    def _build_localisable(self) -> list[tuple[re.Pattern[str], str, str]]:
        """(pattern of a ``{country}`` name, the name with no country, entry key) for every
        entry whose name takes the event's country, generic classes first."""
        out: list[tuple[re.Pattern[str], str, str]] = []
        ordered = sorted(self.entries, key=lambda e: not e.generic)
        for entry in ordered:
            for name in entry.all_names():
                if "{country}" in name:
                    out.append(
                        (_name_pattern(name), _open_form(fill_country(name, None)), entry.key)
                    )
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
        if inter == 1 and entry.country and country and country != entry.country:
            inter = 8
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
        form = _open_form(name)
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
                country = _country_as_written(name, match)
                return template.replace("{country}", country)
        opened = _OPEN_PERIOD_RE.match(name)
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
        a, b = _open_form(predicted), _open_form(gold)
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
                        if seen is not None and _same_country(found, seen):
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
                hint=f"supported languages: {', '.join(SUPPORTED_LANGUAGES)}",
                code="EF113",
            )
        matcher = self._matchers[lang]
        stop = len(text) if end is None else min(end, len(text))
        keep_case, lowered = _folded_pair(text)
        tokens = _tokens(keep_case, lowered, start, stop)
        found = self._scan(matcher.trie, tokens, on)
        found = self._merge(found, lowered, matcher)
        return [self._to_match(f, text, lowered, found, matcher, on, country) for f in found]

    def _scan(self, trie: _Node, tokens: Sequence[_Token], on: date | None) -> list[_Found]:
        found: list[_Found] = []
        i = 0
        while i < len(tokens):
            best = _longest(trie, tokens, i)
            if best is None:
                i += 1
                continue
            j, refs = best
            entry = self._choose([r.entry for r in refs], on)
            found.append(_Found(tokens[i].start, tokens[j - 1].end, entry))
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
            return min(indexes, key=lambda i: _distance(self.entries[i], on))
        current = [i for i in indexes if self.entries[i].end is None]
        return current[0] if current else indexes[0]

    def _merge(self, found: list[_Found], lowered: str, matcher: _LangMatcher) -> list[_Found]:
        """Join a named group with a generic noun next to it: "JNIM militants",
        "militants of JNIM" and "MINUSMA peacekeepers" are one actor."""
        out: list[_Found] = []
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
        self, first: _Found, second: _Found, gap: str, matcher: _LangMatcher
    ) -> _Found | None:
        a, b = self.entries[first.entry], self.entries[second.entry]
        if gap.strip() == "(" and a.key == b.key:  # "unidentified armed men (HANI)"
            return _Found(first.start, second.end, first.entry, first.alternative)
        if not gap.strip():
            if not a.generic and (a.key == b.key or (b.generic and b.inter in _ARMED_INTERS)):
                return _Found(first.start, second.end, first.entry, first.alternative)
            return None
        if (
            first.alternative is None
            and not a.generic
            and not b.generic
            and a.key != b.key
            and a.inter in _CLAIMING_INTERS
            and b.inter in _CLAIMING_INTERS
            and second.alternative is None
            and _EITHER_OR_RE.match(gap)
        ):
            # ACLED names an attack that reports give to one of two groups "A and/or B".
            return _Found(first.start, second.end, first.entry, second.entry)
        if (
            a.generic
            and a.inter in _ARMED_INTERS
            and not b.generic
            and (
                (matcher.affiliation is not None and matcher.affiliation.match(gap))
                # "volunteer fighters (VDP)", "'terrorists' (suspected to be JNIM)"
                or _BRACKET_IDENTITY_RE.match(gap) is not None
            )
        ):
            return _Found(first.start, second.end, second.entry)
        return None

    def _to_match(
        self,
        item: _Found,
        text: str,
        lowered: str,
        found: Sequence[_Found],
        matcher: _LangMatcher,
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
        certainty = _certainty(item, entry, lowered, found, matcher)
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
        langs = SUPPORTED_LANGUAGES if lang is None else (lang,)
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


@cache
def _lang_module(lang: str) -> ModuleType:
    module = importlib.import_module(f"eventfuse.lang.{lang}.actors")
    missing = [name for name in LANG_VARIABLES if not hasattr(module, name)]
    if missing:
        raise ConfigError(
            f"eventfuse.lang.{lang}.actors lacks {', '.join(missing)}",
            hint="every lang/<lang>/actors.py defines the same variables",
        )
    return module


# ---------------------------------------------------------------------------------------
# Parsing the TOML file
# ---------------------------------------------------------------------------------------


def _parse_date(value: Any, where: str) -> date | None:
    if value is None:
        return None
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise ConfigError(f"{where}: {value!r} is not a date", hint="write dates as 2021-05-24")


def _parse_period(item: Any, *, base: str | None, where: str) -> Period:
    if not isinstance(item, Mapping):
        raise ConfigError(f"{where}: a period must be a table {{label|name, from, until}}")
    unknown = set(item) - _PERIOD_FIELDS
    if unknown:
        raise ConfigError(f"{where}: unknown period fields {sorted(unknown)}")
    if "name" in item:
        name = str(item["name"])
    elif "label" in item:
        name = f"{base} ({item['label']})" if base is not None else str(item["label"])
    else:
        raise ConfigError(f"{where}: a period needs a `name` or a `label`")
    start = _parse_date(item.get("from"), where)
    end = _parse_date(item.get("until"), where)
    if start and end and end < start:
        raise ConfigError(f"{where}: period {name!r} ends before it starts")
    return Period(name, start, end)


def _strings(raw: Mapping[str, Any], name: str, where: str) -> tuple[str, ...]:
    value = raw.get(name, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ConfigError(f"{where}: `{name}` must be a list of non-empty strings")
    return tuple(dict.fromkeys(value))


def _parse_entry(raw: Any, *, regimes: Mapping[str, tuple[Period, ...]], where: str) -> ActorEntry:
    if not isinstance(raw, Mapping):
        raise ConfigError(f"{where}: an [[actor]] entry must be a table")
    unknown = set(raw) - _ENTRY_FIELDS
    if unknown:
        raise ConfigError(
            f"{where}: unknown fields {sorted(unknown)}",
            hint=f"known fields: {', '.join(sorted(_ENTRY_FIELDS))}",
        )
    name = raw.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ConfigError(f"{where}: `name` is required")
    where = f"{where} ({name})"
    inter = raw.get("inter")
    if not isinstance(inter, int) or isinstance(inter, bool) or not 1 <= inter <= 8:
        raise ConfigError(f"{where}: `inter` must be an ACLED actor type code 1-8")
    suffix = raw.get("suffix")
    base = name
    periods: list[Period] = []
    if "regime" in raw:
        regime = raw["regime"]
        if regime not in regimes:
            raise ConfigError(
                f"{where}: unknown regime {regime!r}", hint=f"known: {', '.join(sorted(regimes))}"
            )
        periods = [Period(f"{base} ({p.name})", p.start, p.end) for p in regimes[regime]]
    for item in raw.get("periods", []):
        periods.append(_parse_period(item, base=base, where=where))
    if suffix is not None:
        periods = [Period(f"{p.name} {suffix}", p.start, p.end) for p in periods]
    periods.sort(key=lambda p: p.start or date.min)
    role = raw.get("role")
    if role is not None and role not in ROLES:
        raise ConfigError(f"{where}: unknown role {role!r}", hint=f"roles: {', '.join(ROLES)}")
    generic = bool(raw.get("generic", False))
    words = raw.get("words")
    if words is not None and words not in LANG_VARIABLES:
        raise ConfigError(f"{where}: unknown word list {words!r}")
    aliases_en = _strings(raw, "aliases_en", where)
    aliases_fr = _strings(raw, "aliases_fr", where)
    if not (aliases_en or aliases_fr or words):
        raise ConfigError(f"{where}: an actor needs aliases or a `words` list")
    key = raw.get("key") or (name if suffix is None else f"{name} {suffix}")
    return ActorEntry(
        key=str(key),
        name=name if suffix is None else f"{name} {suffix}",
        inter=inter,
        aliases_en=aliases_en,
        aliases_fr=aliases_fr,
        country=raw.get("country"),
        start=_parse_date(raw.get("from"), where),
        end=_parse_date(raw.get("until"), where),
        short_name=raw.get("short_name"),
        periods=tuple(periods),
        role=role,
        generic=generic,
        words=words,
        case_sensitive=bool(raw.get("case_sensitive", False)),
        label=str(raw.get("label", "ORG")),
        acled_variants=_strings(raw, "acled_variants", where),
    )


# ---------------------------------------------------------------------------------------
# Matching helpers
# ---------------------------------------------------------------------------------------


def _alias_variants(alias: str) -> tuple[str, ...]:
    """The alias, and the alias with in-word apostrophes dropped ("Jama'at" -> "Jamaat")."""
    folded = fold_text(alias, lower=False)
    joined = re.sub(r"(?<=\w\w)'(?=\w)", "", folded)
    return (alias,) if joined == folded else (alias, joined)


def _case_rule(written: str, case_sensitive: bool) -> str | None:
    if sum(c.isupper() for c in written) >= 2:
        return "acronym"
    if case_sensitive and written[:1].isupper():
        return "title"
    return None


def _singular(word: str) -> str | None:
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return None


def _tokens(keep_case: str, lowered: str, start: int, stop: int) -> list[_Token]:
    out: list[_Token] = []
    for m in _TOKEN_RE.finditer(lowered, start, stop):
        word = m.group()
        single = _singular(word)
        keys = (word,) if single is None else (word, single)
        out.append(_Token(m.start(), m.end(), keep_case[m.start() : m.end()], keys))
    return out


def _longest(
    trie: _Node, tokens: Sequence[_Token], first: int
) -> tuple[int, list[_AliasRef]] | None:
    """The longest alias starting at token ``first`` whose case rules hold: (end, aliases)."""
    best: tuple[int, list[_AliasRef]] | None = None
    stack: list[tuple[_Node, int]] = [(trie, first)]
    while stack:
        node, j = stack.pop()
        if node.terminals and j > first and (best is None or j > best[0]):
            refs = [r for r in node.terminals if r.case_ok(tokens, first)]
            if refs:
                best = (j, refs)
        if j < len(tokens):
            for key in tokens[j].keys:
                child = node.children.get(key)
                if child is not None:
                    stack.append((child, j + 1))
    return best


def _distance(entry: ActorEntry, on: date) -> int:
    if entry.start is not None and on < entry.start:
        return (entry.start - on).days
    if entry.end is not None and on > entry.end:
        return (on - entry.end).days
    return 0


def _phrase_regex(phrases: Iterable[str]) -> str:
    """Alternation of phrases (longest first); each word may take a plural -s."""
    parts: list[str] = []
    for phrase in sorted({fold_text(p).strip() for p in phrases}, key=len, reverse=True):
        words = [w for w in re.split(r"[\s\-]+", phrase) if w]
        pieces = []
        for word in words:
            piece = re.escape(word)
            if word[-1].isalpha():
                piece += "s?"
            pieces.append(piece)
        parts.append(r"[\s\-]+".join(pieces).replace(r"'[\s\-]+", r"'\s*"))
    return "|".join(parts)


def _cue_regex(phrases: Iterable[str], *, before: bool | None) -> re.Pattern[str] | None:
    alternation = _phrase_regex(phrases)
    if not alternation:
        return None
    if before is None:  # anywhere in a sentence
        return re.compile(rf"(?<![\w'])(?:{alternation})(?![\w])")
    if before:  # a cue, then at most a few words, then the actor
        gap = rf"(?:[\s\-]+[\w']+){{0,{_MAX_CUE_GAP_WORDS}}}"
        return re.compile(rf"(?<![\w'])(?:{alternation})(?P<gap>{gap})[\s\-]*'?\s*$")
    return re.compile(rf"^\s*,?\s*(?:{alternation})(?![\w])")


def _affiliation_regex(
    connectors: Iterable[str], articles: Iterable[str]
) -> re.Pattern[str] | None:
    conn = _phrase_regex(connectors)
    if not conn:
        return None
    art = _phrase_regex(articles)
    sep = r"(?:(?<=')\s*|\s+)"
    article = rf"(?:(?:{art}){sep})?" if art else ""
    return re.compile(rf"^\s+(?:{conn}){sep}{article}$")


def _sentence_bounds(lowered: str, start: int, end: int) -> tuple[int, int]:
    left = max(lowered.rfind(c, 0, start) for c in ".!?\n")
    rights = [i for c in ".!?\n" if (i := lowered.find(c, end)) != -1]
    return left + 1, (min(rights) if rights else len(lowered))


def _certainty(
    item: _Found,
    entry: ActorEntry,
    lowered: str,
    found: Sequence[_Found],
    matcher: _LangMatcher,
) -> Certainty:
    s_start, s_end = _sentence_bounds(lowered, item.start, item.end)
    others = [f for f in found if f is not item]
    if matcher.suspected_before is not None:
        window_start = max(s_start, item.start - 120)
        cue = matcher.suspected_before.search(lowered, window_start, item.start)
        # A cue written after a noun ("présumés") that follows another actor and is followed
        # by a verb qualifies that actor ("des jihadistes présumés ont tué des villageois"),
        # not the next generic one; "assaillants, présumés jihadistes" and "soupçonnés
        # d'appartenir au JNIM" still mark what follows.
        if cue is not None and not any(
            (cue.start("gap") <= f.start and f.end <= item.start)
            or (
                entry.generic
                and cue.group("gap").strip()
                and f.end <= cue.start()
                and not lowered[f.end : cue.start()].strip(" ,")
                and matcher.suspected_after is not None
                and matcher.suspected_after.match(lowered[cue.start() : item.start])
            )
            for f in others
        ):
            return "suspected"
    if matcher.suspected_after is not None and matcher.suspected_after.match(
        lowered[item.end : s_end]
    ):
        return "suspected"
    if entry.inter not in _CLAIMING_INTERS:
        return "confirmed"
    in_sentence = [f for f in found if s_start <= f.start and f.end <= s_end]
    if matcher.claimed_by is not None:
        for cue in matcher.claimed_by.finditer(lowered, s_start, s_end):
            after = [f for f in in_sentence if f.start >= cue.end()]
            if after and after[0] is item and _short_gap(lowered[cue.end() : item.start]):
                return "claimed"
    if matcher.claimed is not None:
        for cue in matcher.claimed.finditer(lowered, s_start, s_end):
            before = [f for f in in_sentence if f.end <= cue.start()]
            if before and before[-1] is item:
                return "claimed"
    return "confirmed"


def _short_gap(gap: str) -> bool:
    return len(re.findall(r"[\w]+", gap)) <= 2


_CLOSED_PERIOD_RE = re.compile(r"\((\d{4})-\d{4}\)")


def _open_form(name: str) -> str:
    """``name`` normalised, with a closed period written open ("(2015-2022)" -> "(2015-)")."""
    return _CLOSED_PERIOD_RE.sub(r"(\1-)", normalise_actor_name(name))


def _name_pattern(name: str) -> re.Pattern[str]:
    """A pattern matching ``_open_form`` of ``name``; ``{country}`` may be any country."""
    escaped = re.escape(_open_form(name)).replace(re.escape("{country}"), r"(?P<country>[^()]+?)")
    return re.compile(f"^{escaped}$")


def _same_country(a: re.Match[str], b: re.Match[str]) -> bool:
    """Two template matches agree on the country, or one of them has none."""
    first = a.groupdict().get("country")
    second = b.groupdict().get("country")
    return first is None or second is None or first == second


def _country_as_written(name: str, match: re.Match[str]) -> str:
    """The country of a template match as the name writes it (not casefolded)."""
    inner = re.search(r"\(([^()]+)\)\s*$", name)
    if inner and normalise_actor_name(inner.group(1)) == match["country"]:
        return inner.group(1).strip()
    found = re.search(r" of (.+)$", name)
    if found and normalise_actor_name(found.group(1)) == match["country"]:
        return found.group(1).strip()
    return match["country"].title()


# ---------------------------------------------------------------------------------------
# Module-level API
# ---------------------------------------------------------------------------------------


def find_actors(
    text: str,
    *,
    lang: str,
    start: int = 0,
    end: int | None = None,
    on: date | None = None,
    country: str | None = None,
    table: ActorTable | None = None,
) -> list[ActorMatch]:
    """Actors named in ``text[start:end]`` with ACLED names for the date ``on`` and the
    event's ``country`` (filled into generic names such as "Civilians (Mali)").

    Matching ignores case and accents, treats apostrophe and dash variants alike, keeps to
    whole words and prefers the longest alias. ``certainty`` is "suspected" after
    "suspected"/"présumés" and similar cues, "claimed" when the sentence says the actor
    claimed the act, else "confirmed".
    """
    return (table or ActorTable.load()).find(
        text, lang=lang, start=start, end=end, on=on, country=country
    )


def localise_mention(mention: Mention, *, table: ActorTable | None = None) -> Mention:
    """``mention`` with the country-bearing actor names of its two sides set to the country
    of its resolved place (``ActorTable.localise``); unchanged without a place country.

    The extractor names generic actors after the country a report is mostly about, or none
    when it names no place it knows; the geocoded place of the event is the better guide.
    """
    place = mention.place
    if place is None or not place.country:
        return mention
    on = mention.date.value if mention.date is not None else mention.published
    table = table or ActorTable.load()
    actor1 = _localised(mention.actor1, table, place.country, on)
    actor2 = _localised(mention.actor2, table, place.country, on)
    if actor1 is mention.actor1 and actor2 is mention.actor2:
        return mention
    return replace(mention, actor1=actor1, actor2=actor2)


def _localised(
    actor: Actor | None, table: ActorTable, country: str, on: date | None
) -> Actor | None:
    if actor is None:
        return None
    local = table.localise(actor.name, country=country, on=on)
    return actor if local is None else replace(actor, name=local[0], inter=local[1])


_SECURITY_WORDS_RE = re.compile(r"\b(?:security|securite|fds)\b")


def police_at_demonstrations(match: ActorMatch) -> ActorMatch:
    """An unnamed "security forces" facing a crowd as ACLED codes it: the police of the
    country, for the same period ("Police Forces of Niger (2011-2021)"); other actors as
    they are. For the sides of a protest or riot."""
    prefix = "Military Forces of "
    if (
        match.generic
        and match.inter == 1
        and match.name.startswith(prefix)
        and _SECURITY_WORDS_RE.search(fold_text(match.text))
    ):
        return replace(match, name="Police Forces of " + match.name[len(prefix) :])
    return match


def patterns_for_ruler(
    *, lang: str | None = None, table: ActorTable | None = None
) -> list[dict[str, str]]:
    """spaCy EntityRuler patterns for the named (non-generic) actors.

    Each pattern is ``{"label": "ORG" | "NORP", "pattern": alias, "id": key}``, where the
    id is the entry key (its ACLED name without period; ``ActorTable.resolve`` gives the name
    for a date). Add them to a ruler created with ``phrase_matcher_attr="LOWER"`` so that
    case does not matter.
    """
    return (table or ActorTable.load()).ruler_patterns(lang=lang)
