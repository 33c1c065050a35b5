"""Read-only access to the offline gazetteer: name lookup (exact, then fuzzy) and admin data."""

from __future__ import annotations

import functools
import json
import sqlite3
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import Any, Self

from ..errors import ConfigError, ModelError
from ..lang.en.places import NOT_PLACES as EN_NOT_PLACES
from ..lang.fr.places import NOT_PLACES as FR_NOT_PLACES
from .entries import (
    DEMONYM_KIND,
    Candidate,
    CountryInfo,
    GazetteerEntry,
    is_world_feature,
    prior_score,
)
from .fuzzy import (
    COUNTRY_MAX_EDITS,
    COUNTRY_MIN_SIMILARITY,
    COUNTRY_POOL,
    FUZZY_KEYS_SQL,
    FuzzyIndex,
    article_variants,
    skeleton,
)
from .normalize import name_key
from .schema import COUNTRY_KEYS_SQL

SHIPPED_RESOURCE = "data/gazetteer.sqlite"
# Exact matches are listed by prior less this much per name kind (an alias, an alternate
# name); the resolver scores a candidate with its own malus (``weights.NAME_KIND_MALUS``).
LIST_KIND_MALUS = 0.3
# Name lookups kept per gazetteer (most are a handful of entries) before a cache restarts.
EXACT_CACHE_SIZE = 8_192


_SELECT = (
    "SELECT p.geonameid, p.name, p.lat_e5, p.lon_e5, p.fclass, p.fcode, p.country_code, "
    "p.admin1, p.admin2, p.population"
)


class Gazetteer:
    """The offline gazetteer: the shipped SQLite file plus an optional user file.

    Open with :meth:`open`. Thread-safe for reading; picklable (it reopens its files), so it
    can be shipped to worker processes.
    """

    def __init__(self, path: Path, *, user_path: Path | None = None) -> None:
        self.path = path
        self.user_path = user_path
        self._connect()

    # -- opening -------------------------------------------------------------------------
    @classmethod
    def open(
        cls,
        path: str | Path | None = None,
        *,
        user_path: str | Path | None = None,
    ) -> Gazetteer:
        """Open a gazetteer file (None: the one shipped with eventfuse) read-only.

        ``user_path``: an extra gazetteer in the same format (e.g. more countries built from
        GeoNames dumps with ``eventfuse gazetteer add`` or
        ``eventfuse.gazetteer_build.build_gazetteer(..., world=False)``); its
        entries are looked up alongside the shipped ones and win on the same geonameid.
        """
        main = Path(path) if path is not None else _shipped_path()
        if not main.is_file():
            raise ModelError(
                f"gazetteer file {main} not found",
                hint="build it: python scripts/build_gazetteer.py --geonames DUMPS --out FILE",
            )
        user = Path(user_path) if user_path else None
        if user is not None and not user.is_file():
            raise ConfigError(
                f"user gazetteer {user} not found",
                hint="check the user_gazetteer setting, or build the file first",
            )
        return cls(main, user_path=user)

    def _connect(self) -> None:
        paths = [p for p in (self.user_path, self.path) if p is not None]
        self._dbs: list[sqlite3.Connection] = []
        for p in paths:
            try:
                conn = sqlite3.connect(
                    f"{p.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False
                )
                conn.execute("SELECT 1 FROM places LIMIT 1")
            except sqlite3.Error as exc:
                raise ModelError(
                    f"{p} is not a readable eventfuse gazetteer ({exc})",
                    hint="rebuild it with scripts/build_gazetteer.py",
                ) from None
            self._dbs.append(conn)
        self._countries: dict[str, CountryInfo] = {}
        for conn in reversed(self._dbs):  # the main file first, the user file may add
            for row in conn.execute(
                "SELECT code, iso3, name, geonameid, capital, lat, lon FROM countries"
            ):
                info = CountryInfo(*row)
                if info.code not in self._countries or info.lat is not None:
                    self._countries[info.code] = info
        self._country_keys: dict[str, str] = {}
        for info in self._countries.values():
            for label in (info.code, info.iso3 or "", info.name):
                if label:
                    self._country_keys.setdefault(name_key(label), info.code)
        for conn in reversed(self._dbs):
            for key, code in _country_name_keys(conn):
                self._country_keys[key] = code
        self._fuzzy: list[FuzzyIndex | None] = [None] * len(self._dbs)
        self._area_names: dict[str, list[tuple[str, GazetteerEntry]]] = {}
        self._exact_cache: dict[tuple[str, str | None], tuple[tuple[GazetteerEntry, int], ...]] = {}
        self._candidates_cache: dict[tuple[str, str | None, int, bool], tuple[Candidate, ...]] = {}

    def close(self) -> None:
        for conn in self._dbs:
            conn.close()
        self._dbs = []

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __getstate__(self) -> dict[str, Any]:
        return {"path": self.path, "user_path": self.user_path}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.path = state["path"]
        self.user_path = state["user_path"]
        self._connect()

    def __repr__(self) -> str:
        return f"Gazetteer({str(self.path)!r}, user_path={self.user_path!r})"

    # -- metadata and countries ----------------------------------------------------------
    @property
    def meta(self) -> dict[str, str]:
        """The build metadata of the main file (sources, date, counts as JSON strings)."""
        return dict(self._dbs[-1].execute("SELECT key, value FROM meta").fetchall())

    @functools.cached_property
    def detailed_countries(self) -> frozenset[str]:
        """Countries whose full GeoNames dump is in the shipped or the user file."""
        codes: set[str] = set()
        for conn in self._dbs:
            row = conn.execute("SELECT value FROM meta WHERE key = 'dump_countries'").fetchone()
            if row:
                codes.update(json.loads(row[0]))
        return frozenset(codes)

    def country_code(self, name_or_code: str) -> str | None:
        """ISO 3166 alpha-2 code for a country name, alias or ISO code ("Mali", "ML", "MLI")."""
        text = name_or_code.strip()
        if len(text) == 2 and text.upper() in self._countries:
            return text.upper()
        return self._country_keys.get(name_key(text))

    def names_another_country(self, name: str, entry: GazetteerEntry) -> bool:
        """Whether ``name`` is a country's name and ``entry`` lies outside that country: a
        country's name is never an area abroad called like it (a prefecture of Guinea is "Mali")."""
        code = self.country_code(name) if len(name.strip()) > 2 else None
        return code is not None and entry.country_code != code

    def country_name(self, code: str) -> str | None:
        info = self._countries.get(code.upper())
        return info.name if info else None

    def country_info(self, code: str) -> CountryInfo | None:
        return self._countries.get(code.upper())

    def country_of(self, name: str) -> str | None:
        """Country name for a country (name, alias or code) or for the likeliest place of
        that name: ``country_of("Tombouctou") == "Mali"``."""
        code = self.country_code(name)
        if code is not None:
            return self.country_name(code)
        found = [  # no guesses here, and "French" is not a place in France
            c for c in self.candidates(name, limit=5, fuzzy=False) if c.name_kind < DEMONYM_KIND
        ]
        return found[0].entry.country if found and found[0].entry.country_code else None

    def country_entry(self, code: str) -> GazetteerEntry | None:
        """The gazetteer entry of a country (its point is the dump's or the capital's)."""
        info = self._countries.get(code.upper())
        if info is None or info.geonameid is None:
            return None
        return self.get(info.geonameid)

    def admin1_names(self, country: str) -> list[str]:
        """Names of the first-level admin areas of a country (code or name), sorted."""
        code = self.country_code(country) or country.upper()
        names: set[str] = set()
        for conn in self._dbs:
            names.update(
                r[0]
                for r in conn.execute(
                    "SELECT admin1 FROM places WHERE country_code = ? AND fcode = 'ADM1' "
                    "AND admin1 IS NOT NULL",
                    (code,),
                )
            )
        return sorted(names)

    # -- lookup --------------------------------------------------------------------------
    def _entry(self, row: tuple[Any, ...], *, user: bool = False) -> GazetteerEntry:
        code = row[6]
        return GazetteerEntry(
            geonameid=row[0],
            name=row[1],
            lat=row[2] / 1e5,
            lon=row[3] / 1e5,
            feature_class=row[4],
            feature_code=row[5],
            country=self.country_name(code) or code,
            country_code=code,
            admin1=row[7],
            admin2=row[8],
            population=row[9] or 0,
            from_user=user,
        )

    def get(self, geonameid: int) -> GazetteerEntry | None:
        for number, conn in enumerate(self._dbs):
            row = conn.execute(
                f"{_SELECT} FROM places p WHERE p.geonameid = ?", (geonameid,)
            ).fetchone()
            if row:
                return self._entry(row, user=number == 0 and self.user_path is not None)
        return None

    def _exact(self, key: str, code: str | None) -> list[tuple[GazetteerEntry, int]]:
        """Entries whose name has the key ``key`` (in country ``code``), with the kind of
        that name; kept per gazetteer (the files are opened read-only: an answer stays)."""
        cached = self._exact_cache.get((key, code))
        if cached is None:
            if len(self._exact_cache) >= EXACT_CACHE_SIZE:
                self._exact_cache.clear()
            cached = self._exact_cache[(key, code)] = tuple(self._exact_rows(key, code))
        return list(cached)

    def _exact_rows(self, key: str, code: str | None) -> list[tuple[GazetteerEntry, int]]:
        seen: dict[int, tuple[GazetteerEntry, int]] = {}
        sql = f"{_SELECT}, n.kind FROM names n JOIN places p USING (geonameid) WHERE n.name_key = ?"
        args: tuple[str, ...] = (key,)
        if code:
            sql += " AND p.country_code = ?"
            args = (key, code)
        for number, conn in enumerate(self._dbs):
            user = number == 0 and self.user_path is not None
            for row in conn.execute(sql, args):
                if row[0] not in seen:
                    seen[row[0]] = (self._entry(row, user=user), row[10])
        return list(seen.values())

    def _fuzzy_index(self, i: int) -> FuzzyIndex:
        index = self._fuzzy[i]
        if index is None:
            keys = (r[0] for r in self._dbs[i].execute(FUZZY_KEYS_SQL))
            index = FuzzyIndex(keys)
            self._fuzzy[i] = index
        return index

    def _fuzzy_keys(self, key: str) -> list[tuple[str, float]]:
        """Gazetteer keys close to ``key``: same skeleton, or one or two edits away."""
        skel = skeleton(key)
        if len(skel) < 4:
            return []
        max_edits = 0 if len(skel) < 5 else (1 if len(skel) < 10 else 2)
        found: dict[str, float] = {}
        for i in range(len(self._dbs)):
            for candidate_key, score in self._fuzzy_index(i).similar(key, skel, max_edits):
                found[candidate_key] = max(found.get(candidate_key, 0.0), score)
        return sorted(found.items(), key=lambda kv: -kv[1])[:8]

    def close_spellings(self, name: str, country: str) -> list[GazetteerEntry]:
        """Populated places of ``country`` whose name is a close spelling of ``name`` (two
        edits on the phonetic skeleton, similarity at least ``COUNTRY_MIN_SIMILARITY``):
        a village the story spells its own way ("Chinagoder" for Chinagodrar). Looser than
        :meth:`candidates`' fuzzy match, so only for a name the story places an act in and
        the gazetteer does not know; the closest first."""
        key = name_key(name)
        skel = skeleton(key)
        code = self.country_code(country) or country.upper()
        if len(skel) < 5 or not code:
            return []
        found: dict[int, tuple[float, GazetteerEntry]] = {}
        for i in range(len(self._dbs)):
            index = self._fuzzy_index(i)
            for other, score in index.similar(key, skel, COUNTRY_MAX_EDITS, pool_size=COUNTRY_POOL):
                if score < COUNTRY_MIN_SIMILARITY:
                    continue
                for entry, _kind in self._exact(other, code):
                    if entry.is_populated and score > found.get(entry.geonameid, (0.0,))[0]:
                        found[entry.geonameid] = (score, entry)
        ranked = sorted(found.values(), key=lambda se: (-se[0], -prior_score(se[1]), se[1].geonameid))
        return [entry for _, entry in ranked]

    def candidates(
        self,
        name: str,
        *,
        country: str | None = None,
        limit: int = 20,
        fuzzy: bool = True,
    ) -> list[Candidate]:
        """``_candidates``, kept per gazetteer like ``_exact`` (the same names come back for
        every mention and every reading of a story)."""
        args = (name, country, limit, fuzzy)
        cached = self._candidates_cache.get(args)
        if cached is None:
            if len(self._candidates_cache) >= EXACT_CACHE_SIZE:
                self._candidates_cache.clear()
            cached = self._candidates_cache[args] = tuple(
                self._candidates(name, country=country, limit=limit, fuzzy=fuzzy)
            )
        return list(cached)

    def _candidates(
        self,
        name: str,
        *,
        country: str | None = None,
        limit: int = 20,
        fuzzy: bool = True,
    ) -> list[Candidate]:
        """Entries for ``name``: exact key matches first (by feature and population), else
        the name with the Arabic article left out or written (:func:`article_variants`,
        as aliases), then, only when none is found, fuzzy matches (spelling variants, one
        or two edits)."""
        key = name_key(name)
        if not key:
            return []
        code = (self.country_code(country) or country.upper()) if country else None
        exact = self._exact(key, code)
        if not exact:
            # the Arabic article written or left out ("Qamishli" for Al Qāmishlī)
            for variant in article_variants(key):
                exact = [(e, max(kind, 1)) for e, kind in self._exact(variant, code)]
                if exact:
                    break
        if any(e.is_country and kind < 2 for e, kind in exact):
            # a country's own name means the country, not a town that has it as an
            # alternate name ("Mexico" is not Mexico City)
            exact = [(e, kind) for e, kind in exact if e.is_country or kind < 2]
        areas = [
            e
            for e, kind in exact
            if kind < 2 and (e.is_country or e.admin_level == 1 or is_world_feature(e))
        ]
        if areas:
            # nor a small town elsewhere that bears a country's or a big region's name
            # ("China", a village in Maine; "California", a town in Pennsylvania)
            home = self.detailed_countries
            exact = [(e, kind) for e, kind in exact if not _minor_homonym(e, areas, home)]
        if exact:
            ranked = sorted(
                exact,
                key=lambda ek: (-(prior_score(ek[0]) - LIST_KIND_MALUS * ek[1]), ek[0].geonameid),
            )
            return [Candidate(e, "exact", 100.0, kind, key) for e, kind in ranked[:limit]]
        if not fuzzy:
            return []
        out: list[Candidate] = []
        for other_key, score in self._fuzzy_keys(key):
            for entry, kind in self._exact(other_key, code):
                out.append(Candidate(entry, "fuzzy", score, kind, other_key))
        out.sort(key=lambda c: (-round(c.similarity), -prior_score(c.entry), c.entry.geonameid))
        unique: dict[int, Candidate] = {}
        for cand in out:
            unique.setdefault(cand.entry.geonameid, cand)
        return list(unique.values())[:limit]

    def lookup(
        self, name: str, *, country: str | None = None, limit: int = 20
    ) -> list[GazetteerEntry]:
        """Entries for a place name (accent- and case-insensitive), likeliest first."""
        return [c.entry for c in self.candidates(name, country=country, limit=limit)]

    # -- admin areas ---------------------------------------------------------------------
    def areas_named_with(self, name: str, *, country: str) -> list[GazetteerEntry]:
        """Admin areas of a country whose name (or alias) contains ``name`` as whole words
        but is not it: "Yorkshire" → North Yorkshire, East Riding of Yorkshire; most
        populous first."""
        key = name_key(name)
        code = self.country_code(country) or country.upper()
        if not key:
            return []
        if not self._area_names:  # every country's at once: one pass over the areas
            for number, conn in enumerate(self._dbs):
                user = number == 0 and self.user_path is not None
                for row in conn.execute(
                    f"{_SELECT}, n.name_key FROM places p JOIN names n USING (geonameid) "
                    "WHERE p.fclass = 'A' AND n.kind < 2"
                ):
                    entry = self._entry(row, user=user)
                    if not entry.is_country:
                        self._area_names.setdefault(entry.country_code, []).append((row[10], entry))
            self._area_names.setdefault("", [])
        found: dict[int, GazetteerEntry] = {}
        for area_key, entry in self._area_names.get(code, ()):
            if area_key != key and f" {key} " in f" {area_key} ":
                found.setdefault(entry.geonameid, entry)
        return sorted(found.values(), key=lambda e: (-e.population, e.geonameid))

    def admin_area(
        self, name: str, *, country: str | None = None, level: int | None = None
    ) -> GazetteerEntry | None:
        """The admin area (ADM1/ADM2/…) called ``name``, optionally of a given level."""
        for cand in self.candidates(name, country=country, fuzzy=False):
            entry = cand.entry
            if entry.is_admin and (level is None or entry.admin_level == level):
                return entry
        return None

    def capital_of(self, area: GazetteerEntry) -> GazetteerEntry | None:
        """The town that stands for an admin area: its seat (a populated place of the same
        name in it, else its PPLA/PPLA2), or a country's capital."""
        if area.is_country:
            info = self._countries.get(area.country_code)
            if info and info.capital:
                for cand in self.candidates(info.capital, country=area.country_code, fuzzy=False):
                    if cand.entry.is_populated:
                        return cand.entry
            return None
        level = area.admin_level
        if level is None:
            return None
        own_name = area.admin1 if level == 1 else area.admin2 if level == 2 else area.name
        seat_code = {1: "PPLA", 2: "PPLA2"}.get(level, "PPLA3")
        best: tuple[float, GazetteerEntry] | None = None
        for cand in self.candidates(own_name or area.name, country=area.country_code, fuzzy=False):
            e = cand.entry
            if not e.is_populated or e.admin1 != area.admin1:
                continue
            score = prior_score(e) + (2.0 if e.feature_code in ("PPLC", seat_code) else 0.0)
            if best is None or score > best[0]:
                best = (score, e)
        if best is not None:
            return best[1]
        column = "admin1" if level == 1 else "admin2"
        value = area.admin1 if level == 1 else area.admin2
        for conn in self._dbs:
            row = conn.execute(
                f"{_SELECT} FROM places p WHERE p.country_code = ? AND p.{column} = ? "
                "AND p.fcode IN ('PPLC', ?) ORDER BY p.population DESC LIMIT 1",
                (area.country_code, value, seat_code),
            ).fetchone()
            if row:
                return self._entry(row)
        return None

    # -- entity ruler ----------------------------------------------------------------------
    def names_for_ruler(self, *, min_length: int = 3, exclude: Iterable[str] = ()) -> list[str]:
        """Distinct surface names for a spaCy EntityRuler: populated places and admin areas
        of the dump countries, countries, and world cities — without names that are common
        English or French words (``NOT_PLACES`` in lang/*/places.py and spaCy's stop words),
        lower-case-only names and names with digits.

        ``exclude``: more names to leave out (compared by ``name_key``), e.g. personal names
        that are also village names, which a caller's person lexicon knows.
        """
        not_places, stop = _not_places()
        not_places = not_places | {name_key(n) for n in exclude}
        out: set[str] = set()
        for conn in self._dbs:
            for (raw,) in conn.execute("SELECT name FROM ruler"):
                name = raw.strip("'’`ʿʼ ")
                if len(name) < min_length or not any(ch.isupper() for ch in name):
                    continue
                if any(ch.isdigit() for ch in name):
                    continue
                if name.casefold() in stop or name_key(name) in not_places:
                    continue
                out.add(name)
        return sorted(out)


def _country_name_keys(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """(name key, country code) of every country name, weakest kind first: from the
    ``country_keys`` meta row the builder writes (a join over all names is slow on a world
    file), else from the tables."""
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = 'country_keys'").fetchone()
    except sqlite3.Error:
        row = None
    if row:
        return [(str(k), str(c)) for k, c in json.loads(row[0])]
    return [(str(k), str(c)) for k, c in conn.execute(COUNTRY_KEYS_SQL)]


MINOR_TOWN_POPULATION = 100_000  # below this a plain town yields to an area of its name
# ... abroad, only to a first-level area of this many people: a small one (a district of
# New Zealand) does not hide the towns of its name in other countries (a town of Canada)
OVERSHADOWING_AREA_POPULATION = 1_000_000
_SEAT_CODES = frozenset({"PPLC", "PPLA", "PPLA2", "PPLG"})


def _overshadows(area: GazetteerEntry, town: GazetteerEntry) -> bool:
    """Whether an area's name means the area before the town: a country, a world feature,
    a first-level area of the town's own country, or a big one abroad."""
    if area.is_country or is_world_feature(area) or area.country_code == town.country_code:
        return True
    return area.population >= OVERSHADOWING_AREA_POPULATION


def _minor_homonym(
    entry: GazetteerEntry, areas: Iterable[GazetteerEntry], home: frozenset[str]
) -> bool:
    """A plain town (no seat, under 100,000 people) outside every country or region of
    the same name, one of which overshadows it (:func:`_overshadows`). Towns of the
    detailed countries and of the user's file stay: they list every village, which a story
    about them names."""
    if not entry.is_populated or entry.from_user or entry.country_code in home:
        return False
    if entry.feature_code in _SEAT_CODES or entry.population >= MINOR_TOWN_POPULATION:
        return False
    for area in areas:
        if area.country_code != entry.country_code:
            continue
        if area.is_country or (area.admin_level == 1 and area.admin1 == entry.admin1):
            return False
    return any(_overshadows(area, entry) for area in areas)


def _not_places() -> tuple[frozenset[str], frozenset[str]]:
    """(keys of our own not-a-place words, spaCy's English and French stop words as written)."""
    keys = frozenset(name_key(w) for w in EN_NOT_PLACES | FR_NOT_PLACES)
    try:  # imported here: spaCy's package import takes about 3 s, and only the ruler needs it
        from spacy.lang.en.stop_words import STOP_WORDS as EN_STOP
        from spacy.lang.fr.stop_words import STOP_WORDS as FR_STOP
    except ImportError:  # spaCy is a dependency, but the gazetteer works without it
        return keys, frozenset()
    return keys, frozenset(w.casefold() for w in EN_STOP | FR_STOP)


def _shipped_path() -> Path:
    resource = resources.files("eventfuse").joinpath(SHIPPED_RESOURCE)
    return Path(str(resource))
