"""Literals a regular expression cannot match without: a cheap test that skips a scan.

Many rules are lists of regular expressions run over every sentence (event triggers, date
rules); most of them cannot match most sentences, yet each scan costs a pass over the text.
``needed_literals(regex)`` reads the compiled pattern (``re._parser``) and returns a set of
strings such that every match contains at least one of them (or ``None`` when it cannot
tell: then the regex is always run). ``may_match(needs, folded)`` is the test: ``folded`` is
the text itself for a case-sensitive pattern, ``fold(text)`` for one with IGNORECASE.
Skipping a regex whose needed literals are all absent changes no result: it could not match.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

__all__ = ["Gate", "fold", "may_match", "needed_literals"]

_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)

# Non-ASCII characters whose ``str.lower`` is not one non-ASCII character (dotted capital I,
# Kelvin sign); tests.test_literals checks the list against every code point.
LOWER_NOT_ONE_TO_ONE = "\u0130\u212a"
# Characters for which ``str.lower`` does not agree with how IGNORECASE compares characters
# (one character's simple lowercase, plus the extra equivalences of ``re._casefix``): a text
# or a literal holding one of them is never filtered, so the test stays exact.
_SPECIAL = "".join(
    sorted(
        set(LOWER_NOT_ONE_TO_ONE)
        | {"\u03a3"}  # capital sigma: lower() depends on the next letter
        | {chr(k) for k in re._casefix._EXTRA_CASES if k >= 0x80}  # type: ignore[attr-defined]
        | {chr(v) for vs in re._casefix._EXTRA_CASES.values() for v in vs if v >= 0x80}  # type: ignore[attr-defined]
    )
)
_SPECIAL_RE = re.compile("[" + re.escape(_SPECIAL) + "]")


def fold(text: str) -> str | None:
    """``text`` lowered for testing IGNORECASE patterns, or ``None`` when it holds a character
    whose case folding ``re`` and ``str.lower`` disagree on (then nothing is skipped)."""
    if _SPECIAL_RE.search(text):
        return None
    return text.lower()


def may_match(needs: frozenset[str] | None, folded: str | None) -> bool:
    """False only when the regex with needed literals ``needs`` cannot match the text
    ``folded`` (see the module docstring)."""
    if needs is None or folded is None:
        return True
    return any(s in folded for s in needs)


@lru_cache(maxsize=4096)
def needed_literals(regex: re.Pattern[str]) -> frozenset[str] | None:
    """Strings one of which every match of ``regex`` contains (lower-cased for an IGNORECASE
    pattern), or ``None`` when the pattern does not say (then it must always be run)."""
    if not isinstance(regex.pattern, str) or regex.flags & (re.LOCALE | re.VERBOSE):
        return None
    try:
        parsed = sre_parse.parse(regex.pattern, regex.flags)
    except re.error:
        return None
    found = _sequence(parsed.data)
    if not found or "" in found:
        return None
    if regex.flags & re.IGNORECASE:
        if any(_SPECIAL_RE.search(s) for s in found):
            return None
        found = frozenset(s.lower() for s in found)
    # a literal that holds another is implied by it: "jan" stands for "january" too
    return frozenset(s for s in found if not any(t != s and t in s for t in found))


# Up to this many literals in all, a gate looks for each one; above, for those whose first
# two letters the text holds.
FEW_LITERALS = 64


@dataclass(frozen=True, slots=True)
class Gate:
    """The needed literals of a list of regexes, tested together on one text."""

    needs: tuple[frozenset[str] | None, ...]
    literals: tuple[str, ...]  # every literal, when there are few (else empty)
    by_pair: dict[str, tuple[str, ...]]  # literals of two letters or more by their first two
    singles: tuple[str, ...]  # literals of one letter (when there are many literals)

    @classmethod
    def of(cls, regexes: Iterable[re.Pattern[str]]) -> Gate:
        needs = tuple(needed_literals(r) for r in regexes)
        literals = sorted({s for n in needs if n is not None for s in n})
        if len(literals) <= FEW_LITERALS:
            return cls(needs, tuple(literals), {}, ())
        by_pair: dict[str, list[str]] = {}
        for s in literals:
            if len(s) >= 2:
                by_pair.setdefault(s[:2], []).append(s)
        return cls(
            needs, (), {k: tuple(v) for k, v in by_pair.items()}, tuple(s for s in literals if len(s) < 2)
        )

    def open(self, folded: str | None) -> list[bool]:
        """For each regex, whether it may match the text ``folded`` (the text itself for
        case-sensitive patterns, ``fold(text)`` for IGNORECASE ones)."""
        if folded is None:
            return [True] * len(self.needs)
        if self.literals or not self.by_pair:
            present = {s for s in self.literals if s in folded}
        else:
            present = {s for s in self.singles if s in folded}
            by_pair = self.by_pair
            for pair in {folded[i : i + 2] for i in range(len(folded) - 1)}:
                for s in by_pair.get(pair, ()):
                    if s in folded:
                        present.add(s)
        return [needs is None or not needs.isdisjoint(present) for needs in self.needs]


def _sequence(items: Iterable[tuple[Any, Any]]) -> frozenset[str] | None:
    """Needed literals of consecutive pattern items: the best of their runs of literal
    characters and of what each item needs on its own."""
    options: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is sre.LITERAL:
            run.append(chr(av))
            continue
        if run:
            options.append(frozenset({"".join(run)}))
            run = []
        if op in _ZERO_WIDTH:
            continue  # matches no character: what it looks at need not be in the match
        found = _item(op, av)
        if found is not None:
            options.append(found)
    if run:
        options.append(frozenset({"".join(run)}))
    if not options:
        return None
    # the most telling: the longest shortest literal, then the fewest alternatives
    return max(options, key=lambda s: (min(map(len, s)), -len(s)))


def _item(op: Any, av: Any) -> frozenset[str] | None:
    if op is sre.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        if add_flags or del_flags:  # a local (?i:...) changes how literals compare
            return None
        return _sequence(sub.data)
    if op is sre.ATOMIC_GROUP:
        return _sequence(av.data)
    if op is sre.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            found = _sequence(branch.data)
            if found is None:
                return None
            union |= found
        return frozenset(union)
    if op in _REPEATS:
        low, _high, sub = av
        return _sequence(sub.data) if low >= 1 else None
    return None
