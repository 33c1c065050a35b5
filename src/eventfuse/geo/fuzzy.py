"""Fuzzy name matching for the gazetteer: phonetic skeletons of name keys, the Arabic
article written or left out, and the index of keys by skeleton."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

SAME_SKELETON_SIMILARITY = 95.0


# Skeletons within the edit limit taken from the pool before the closest keys are kept: the
# world towns put many keys one edit away from a Sahel name ("Kaouli": Kaoli, Kafouli …).
FUZZY_POOL = 32
# A looser look-up confined to one country (:meth:`Gazetteer.close_spellings`): two edits on
# the skeleton whatever its length, among this many closest skeletons, and a similarity floor.
COUNTRY_POOL = 400
COUNTRY_MAX_EDITS = 2
COUNTRY_MIN_SIMILARITY = 80.0


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


class FuzzyIndex:
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

    def similar(
        self, key: str, skel: str, max_edits: int, *, pool_size: int = FUZZY_POOL
    ) -> list[tuple[str, float]]:
        """(key, similarity) of the indexed keys whose skeleton is ``skel`` or within
        ``max_edits`` edits of it (the ``pool_size`` closest), ``key`` itself left out."""
        close = [(skel, 0)] if skel in self.by_skeleton else []
        if max_edits:
            pool = self.groups.get(skel[0], [])
            close += [
                (m[0], int(m[1]))
                for m in process.extract(
                    skel, pool, scorer=Levenshtein.distance, score_cutoff=max_edits,
                    limit=pool_size,
                )
            ]  # fmt: skip
        out: list[tuple[str, float]] = []
        for skel_match, edits in close:
            for candidate_key in self.by_skeleton[skel_match]:
                if candidate_key != key:
                    score = fuzz.ratio(key.replace(" ", ""), candidate_key.replace(" ", ""))
                    if edits == 0:  # same skeleton: a spelling variant (Diabaly/Diabali)
                        score = max(score, SAME_SKELETON_SIMILARITY)
                    out.append((candidate_key, score))
        return out
