"""Read-only access to the offline gazetteer: name lookup (exact, then fuzzy) and admin data."""

from __future__ import annotations

import functools
import json
import math
import re
import sqlite3
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, Literal, Self

from ..errors import ConfigError, ModelError
from .normalize import name_key

SHIPPED_RESOURCE = "data/gazetteer.sqlite"

# Feature weights used to order homonyms (capital > admin seat > village > well …).
FEATURE_WEIGHT: dict[str, float] = {
    "PCLI": 3.0, "PCLD": 2.5, "PCLF": 2.5, "PCLS": 2.5, "PCLIX": 2.5, "PCL": 2.5,
    "PPLC": 3.0, "PPLA": 2.5, "PPLA2": 2.0, "PPLA3": 1.6, "PPLA4": 1.4, "PPLG": 2.0,
    "PPL": 1.0, "PPLL": 0.8, "PPLX": 0.9, "PPLS": 0.8, "PPLF": 0.6, "PPLQ": 0.3, "PPLW": 0.3,
    "PPLH": 0.2, "ADM1": 2.2, "ADM2": 1.7, "ADM3": 1.2, "ADM4": 1.0, "ADMD": 1.0,
    "CONT": 3.0, "OCN": 3.0, "SEA": 2.5, "GULF": 2.2, "STRT": 2.0, "PCLH": 2.0,
}  # fmt: skip
CLASS_WEIGHT: dict[str, float] = {"P": 0.9, "A": 1.0}
OTHER_WEIGHT = 0.4

SAME_SKELETON_SIMILARITY = 95.0
# Skeletons within the edit limit taken from the pool before the closest keys are kept: the
# world towns put many keys one edit away from a Sahel name ("Kaouli": Kaoli, Kafouli …).
FUZZY_POOL = 32
# Spelling variants are looked for among the names of the dumps' places, of admin areas and
# of world cities of 15,000 people or more: the world's villages match by exact name only
# (they would triple the fuzzy index and its first-use time, for no measured gain); nor
# do world facilities (airports: class S).
FUZZY_WORLD_MIN_POPULATION = 15_000
FUZZY_KEYS_SQL = (
    "SELECT DISTINCT n.name_key FROM names n JOIN places p USING (geonameid) "
    "WHERE p.source != 'world' OR p.fclass NOT IN ('P', 'S') "
    f"OR p.population >= {FUZZY_WORLD_MIN_POPULATION}"
)

COUNTRY_CODES = frozenset({"PCLI", "PCLD", "PCLF", "PCLS", "PCLIX", "PCL"})
DEMONYM_KIND = 3  # names.kind of a demonym ("Malian" → Mali)


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    """One gazetteer place."""

    geonameid: int
    name: str
    lat: float
    lon: float
    feature_class: str
    feature_code: str
    country: str
    country_code: str
    admin1: str | None
    admin2: str | None
    population: int
    from_user: bool = False  # found in the user gazetteer (the user's own place data)

    @property
    def is_country(self) -> bool:
        return self.feature_code in COUNTRY_CODES

    @property
    def is_admin(self) -> bool:
        """An administrative area below the country (region, cercle, commune …)."""
        return self.feature_class == "A" and not self.is_country

    @property
    def is_populated(self) -> bool:
        return self.feature_class == "P"

    @property
    def admin_level(self) -> int | None:
        """0 country, 1 region, 2 cercle/province/department, 3 commune; None for a point."""
        if self.is_country:
            return 0
        if self.feature_code.startswith("ADM") and self.feature_code[3:4].isdigit():
            return int(self.feature_code[3])
        return None


@dataclass(frozen=True, slots=True)
class Candidate:
    """A gazetteer entry found for a name, with how it was found."""

    entry: GazetteerEntry
    match: Literal["exact", "fuzzy"]
    similarity: float  # 100 for an exact key match
    name_kind: int  # 0 the entry's own name, 1 alias/admin short name, 2 alternate name
    key: str  # the gazetteer key that matched


@dataclass(frozen=True, slots=True)
class CountryInfo:
    code: str
    iso3: str | None
    name: str
    geonameid: int | None
    capital: str | None
    lat: float | None
    lon: float | None


def prior_score(entry: GazetteerEntry) -> float:
    """Context-free plausibility of an entry: feature type plus log population (an admin
    area's population counts less, so that "Tombouctou" is the town before the region)."""
    weight = FEATURE_WEIGHT.get(
        entry.feature_code, CLASS_WEIGHT.get(entry.feature_class, OTHER_WEIGHT)
    )
    # a country counts its people like a town ("Mexico" the country before its capital)
    factor = 0.1 if entry.feature_class == "A" and not entry.is_country else 0.35
    return weight + factor * math.log10(entry.population + 1)


_SKELETON_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(a), b)
    for a, b in (
        (r"\s+", ""),
        (r"ou", "u"),
        (r"[yï]", "i"),
        (r"dj|dy", "j"),
        (r"sh|ch", "c"),
        (r"kh", "k"),
        (r"gh", "g"),
        (r"[kcq]+", "k"),
        (r"ph", "f"),
        (r"w", "u"),
        (r"(?<=[a-z])h", ""),
        (r"e(?=$)", ""),
        (r"(.)\1+", r"\1"),
    )
)


_ARABIC_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an|ad|ed|er|es|et|ez|en) (?=\S{3})")


def article_variants(key: str) -> tuple[str, ...]:
    """Keys of the same name with the Arabic article left out or written ("al qamishli" ↔
    "qamishli"; "ar raqqah" → "raqqah", "al raqqah"): names of the Arab world are written
    both ways. Only for keys of one word after the article, and none under four letters."""
    match = _ARABIC_ARTICLE.match(key)
    bare = key[match.end() :] if match else key
    if " " in bare or len(bare) < 4:
        return ()
    variants = [bare, f"al {bare}"] if match else [f"al {bare}"]
    return tuple(v for v in variants if v != key)


def skeleton(key: str) -> str:
    """A rough phonetic form of a key, so that spelling variants meet: Diabaly/Diabali,
    Tombouctou/Tombuktu, Boulkessi/Boulkessy."""
    text = key
    for pattern, repl in _SKELETON_RULES:
        text = pattern.sub(repl, text)
    return text


_SELECT = (
    "SELECT p.geonameid, p.name, p.lat_e5, p.lon_e5, p.fclass, p.fcode, p.country_code, "
    "p.admin1, p.admin2, p.population"
)


class _FuzzyIndex:
    """Keys grouped by the first letter of their skeleton, built on first use."""

    def __init__(self, keys: Iterable[str]) -> None:
        self.by_skeleton: dict[str, list[str]] = defaultdict(list)
        for key in keys:
            self.by_skeleton[skeleton(key)].append(key)
        groups: dict[str, list[str]] = defaultdict(list)
        for skel in self.by_skeleton:
            if skel:
                groups[skel[0]].append(skel)
        self.groups = {k: sorted(v) for k, v in groups.items()}


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
        GeoNames dumps with ``eventfuse.geo.build.build_gazetteer(..., world=False)``); its
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
        self._fuzzy: list[_FuzzyIndex | None] = [None] * len(self._dbs)
        self._area_names: dict[str, list[tuple[str, GazetteerEntry]]] = {}

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

    def _fuzzy_index(self, i: int) -> _FuzzyIndex:
        index = self._fuzzy[i]
        if index is None:
            keys = (r[0] for r in self._dbs[i].execute(FUZZY_KEYS_SQL))
            index = _FuzzyIndex(keys)
            self._fuzzy[i] = index
        return index

    def _fuzzy_keys(self, key: str) -> list[tuple[str, float]]:
        """Gazetteer keys close to ``key``: same skeleton, or one or two edits away."""
        from rapidfuzz import fuzz, process
        from rapidfuzz.distance import Levenshtein

        skel = skeleton(key)
        if len(skel) < 4:
            return []
        max_edits = 0 if len(skel) < 5 else (1 if len(skel) < 10 else 2)
        found: dict[str, float] = {}
        for i in range(len(self._dbs)):
            index = self._fuzzy_index(i)
            close = [(skel, 0)] if skel in index.by_skeleton else []
            if max_edits:
                pool = index.groups.get(skel[0], [])
                close += [
                    (m[0], int(m[1]))
                    for m in process.extract(
                        skel, pool, scorer=Levenshtein.distance, score_cutoff=max_edits,
                        limit=FUZZY_POOL,
                    )
                ]  # fmt: skip
            for skel_match, edits in close:
                for candidate_key in index.by_skeleton[skel_match]:
                    if candidate_key != key:
                        score = fuzz.ratio(key.replace(" ", ""), candidate_key.replace(" ", ""))
                        if edits == 0:  # same skeleton: a spelling variant (Diabaly/Diabali)
                            score = max(score, SAME_SKELETON_SIMILARITY)
                        found[candidate_key] = max(found.get(candidate_key, 0.0), score)
        return sorted(found.items(), key=lambda kv: -kv[1])[:8]

    def candidates(
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
                exact, key=lambda ek: (-(prior_score(ek[0]) - 0.3 * ek[1]), ek[0].geonameid)
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


COUNTRY_KEYS_SQL = (
    "SELECT n.name_key, p.country_code FROM names n JOIN places p USING (geonameid) "
    "WHERE p.fcode IN ('PCLI','PCLD','PCLF','PCLS','PCLIX','PCL') "
    f"AND n.kind < {DEMONYM_KIND} ORDER BY n.kind DESC, n.name_key, p.country_code"
)


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


WORLD_FEATURE_CODES = frozenset({"CONT", "OCN", "SEA", "GULF", "STRT", "PCLH"})
WORLD_REGION_CODES = frozenset({"RGN", "DSRT", "PEN"})  # ... when of no country or a big one
WORLD_REGION_POPULATION = 1_000_000
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


def is_world_feature(entry: GazetteerEntry) -> bool:
    """A sea, an ocean, a continent, a former state or a macro-region ("the Middle East",
    "the Midwest"): a name that means the feature before any small town that bears it."""
    if entry.feature_code in WORLD_FEATURE_CODES:
        return True
    return entry.feature_code in WORLD_REGION_CODES and (
        not entry.country_code or entry.population >= WORLD_REGION_POPULATION
    )


def _not_places() -> tuple[frozenset[str], frozenset[str]]:
    """(keys of our own not-a-place words, spaCy's English and French stop words as written)."""
    from ..lang.en.places import NOT_PLACES as EN_NOT_PLACES
    from ..lang.fr.places import NOT_PLACES as FR_NOT_PLACES

    keys = frozenset(name_key(w) for w in EN_NOT_PLACES | FR_NOT_PLACES)
    try:
        from spacy.lang.en.stop_words import STOP_WORDS as EN_STOP
        from spacy.lang.fr.stop_words import STOP_WORDS as FR_STOP
    except ImportError:  # spaCy is a dependency, but the gazetteer works without it
        return keys, frozenset()
    return keys, frozenset(w.casefold() for w in EN_STOP | FR_STOP)


def _shipped_path() -> Path:
    resource = resources.files("eventfuse").joinpath(SHIPPED_RESOURCE)
    return Path(str(resource))
