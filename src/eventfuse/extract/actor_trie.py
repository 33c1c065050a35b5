"""The alias trie of the actor matcher: report text as tokens, aliases as token paths."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from types import ModuleType

from ..common.text import fold_keep_length
from ..lang import available
from .actor_names import ActorEntry

TOKEN_RE = re.compile(r"[^\W_]+|[^\w\s'\-]")


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    orig: str  # the text's form, accents folded, case kept
    keys: tuple[str, ...]  # lower-case form, then its singular when it ends in -s


@dataclass(frozen=True, slots=True)
class AliasRef:
    entry: int
    alias: str
    # (token offset, "acronym" | "title", alias token as written)
    case_rules: tuple[tuple[int, str, str], ...]

    def case_ok(self, tokens: Sequence[Token], first: int) -> bool:
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
class TrieNode:
    children: dict[str, TrieNode] = field(default_factory=dict)
    terminals: list[AliasRef] = field(default_factory=list)


def build_trie(entries: Sequence[ActorEntry], lang: str, words: ModuleType) -> TrieNode:
    """The trie of every alias a report in ``lang`` may name an entry by: generic classes by
    the language's word lists and the entry's own aliases, proper names by their aliases in
    every language."""
    root = TrieNode()
    seen: set[tuple[int, tuple[str, ...]]] = set()
    for index, entry in enumerate(entries):
        aliases: list[str] = []
        if entry.generic:
            aliases.extend(getattr(words, entry.words or "", ()))
            aliases.extend(entry.aliases(lang))
        else:
            # Proper names are matched whatever the language of the report.
            aliases.extend(entry.aliases(lang))
            for other in available():
                if other != lang:
                    aliases.extend(entry.aliases(other))
        for alias in aliases:
            for variant in alias_variants(alias):
                written = [
                    t.group() for t in TOKEN_RE.finditer(fold_keep_length(variant, lower=False))
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
                    if (rule := case_rule(w, entry.case_sensitive)) is not None
                )
                node = root
                for key in keys:
                    node = node.children.setdefault(key, TrieNode())
                node.terminals.append(AliasRef(index, alias, rules))
    return root


def alias_variants(alias: str) -> tuple[str, ...]:
    """The alias, and the alias with in-word apostrophes dropped ("Jama'at" -> "Jamaat")."""
    folded = fold_keep_length(alias, lower=False)
    joined = re.sub(r"(?<=\w\w)'(?=\w)", "", folded)
    return (alias,) if joined == folded else (alias, joined)


def case_rule(written: str, case_sensitive: bool) -> str | None:
    if sum(c.isupper() for c in written) >= 2:
        return "acronym"
    if case_sensitive and written[:1].isupper():
        return "title"
    return None


def singular(word: str) -> str | None:
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return None


def tokens_of(keep_case: str, lowered: str, start: int, stop: int) -> list[Token]:
    out: list[Token] = []
    for m in TOKEN_RE.finditer(lowered, start, stop):
        word = m.group()
        single = singular(word)
        keys = (word,) if single is None else (word, single)
        out.append(Token(m.start(), m.end(), keep_case[m.start() : m.end()], keys))
    return out


def longest_alias(
    trie: TrieNode, tokens: Sequence[Token], first: int
) -> tuple[int, list[AliasRef]] | None:
    """The longest alias starting at token ``first`` whose case rules hold: (end, aliases)."""
    best: tuple[int, list[AliasRef]] | None = None
    stack: list[tuple[TrieNode, int]] = [(trie, first)]
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
