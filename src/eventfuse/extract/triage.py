"""The article-level relevance gate: a cheap score from conflict words, before the full parse.

A stream of general news costs little when the articles that tell of no conflict are set
aside before spaCy parses them. The gate reads the title and text as lower-case words (no
model), looks them up in the conflict vocabulary of every language (``lang/<code>/triage.py``:
violence, weapons, armed actors, security forces, casualties, protests and riots, abductions,
arrests) and sums the weights of the distinct entries found: a ``STRONG`` entry (``kill*``,
``attaqu*``) weighs :data:`STRONG_WEIGHT`, a ``WEAK`` one (``police``, ``mort``) 1. An article
is kept when the sum reaches :data:`THRESHOLD`. The threshold is low (recall first): one strong
word, or two different weak ones, keep a report; general news that mentions violence passes,
which costs only its parse. An article set aside becomes a :class:`~eventfuse.records.Skipped`
record with code EF120 (skipped, never lost); ``triage = false`` turns the gate off.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..lang import available, load
from ..records import Article, Skipped

STRONG_WEIGHT = 2
THRESHOLD = 2  # the score a short text needs: one strong entry or two weak ones
SHORT_WORDS = 60  # texts up to this many words (notes, briefs, snippets) need THRESHOLD ...
WORDS_PER_POINT = 15  # ... longer ones one point more for every further this many words ...
MOST = 10  # ... up to this score
LEAD_WORDS = 120  # the title and first words (the lead) may also meet the need of their length
SKIP_CODE = "EF120"
HINT = "set triage=false (--set triage=false) to extract every article"

_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The gate's vocabulary of one language, ready for lookups."""

    words: dict[str, tuple[str, int]]  # word -> (entry, weight)
    stems: dict[str, tuple[str, int]]  # word start -> (entry, weight)
    stem_lengths: tuple[int, ...]
    phrases: dict[str, tuple[str, int]]  # two to four words, space-separated -> (entry, weight)
    phrase_lengths: tuple[int, ...]


def needed(words: int) -> int:
    """The score a text of ``words`` words needs: a long text that names violence once in passing
    (sport, economy, crime briefs) is not a conflict report, a short one may be."""
    return min(MOST, THRESHOLD + max(0, words - SHORT_WORDS) // WORDS_PER_POINT)


@dataclass(frozen=True, slots=True)
class Verdict:
    """What the gate read in one article: the distinct entries found and their summed weight,
    over the whole text and over its lead, and the number of words of each."""

    score: int
    words: int
    lead_score: int
    lead_words: int
    cues: tuple[str, ...]

    @property
    def relevant(self) -> bool:
        return self.score >= needed(self.words) or self.lead_score >= needed(self.lead_words)


def _words(entry: str) -> list[str]:
    return _WORD.findall(entry.lower())


@cache
def lexicon(code: str) -> Lexicon:
    """The STRONG and WEAK entries of language ``code`` (a strong reading wins over a weak one)."""
    room = load(code).triage
    words: dict[str, tuple[str, int]] = {}
    stems: dict[str, tuple[str, int]] = {}
    phrases: dict[str, tuple[str, int]] = {}
    for name, weight in (("WEAK", 1), ("STRONG", STRONG_WEIGHT)):
        for entry in getattr(room, name):
            parts = _words(entry.rstrip("*"))
            if entry.endswith("*") and len(parts) == 1:
                stems[parts[0]] = (entry, weight)
            elif len(parts) == 1:
                words[parts[0]] = (entry, weight)
            elif len(parts) in (2, 3, 4):
                phrases[" ".join(parts)] = (entry, weight)
            else:
                raise ValueError(
                    f"triage entry {entry!r}: one word, a word start, or two to four words"
                )
    lengths = tuple(sorted({len(p.split()) for p in phrases}))
    return Lexicon(
        words, stems, tuple(sorted({len(s) for s in stems}, reverse=True)), phrases, lengths
    )


def read(text: str, lang: str | None = None) -> Verdict:
    """The gate's reading of a text (title and body) in language ``lang``; with no language
    (or one without its own words), the best reading over every language."""
    codes = (lang,) if lang in available() else available()
    return max((_read(text, lexicon(code)) for code in codes), key=lambda v: v.score)


def _read(text: str, lex: Lexicon) -> Verdict:
    found: dict[str, int] = {}
    words = _WORD.findall(text.lower())
    lead = 0
    for i, word in enumerate(words):
        if i == LEAD_WORDS:
            lead = sum(found.values())
        hit = lex.words.get(word)
        if hit is None:
            for n in lex.stem_lengths:  # longest first: "manifestant*" before "manifest*"
                if n > len(word):
                    continue
                hit = lex.stems.get(word[:n])
                if hit is not None:
                    break
        if hit is not None:
            found[hit[0]] = hit[1]
        for n in lex.phrase_lengths:  # the phrases that end at this word
            if i + 1 >= n:
                phrase = lex.phrases.get(" ".join(words[i + 1 - n : i + 1]))
                if phrase is not None:
                    found[phrase[0]] = phrase[1]
    score = sum(found.values())
    return Verdict(
        score,
        len(words),
        score if len(words) <= LEAD_WORDS else lead,
        min(len(words), LEAD_WORDS),
        tuple(found),
    )


def article_text(article: Article) -> str:
    return f"{article.title}\n{article.text}" if article.title else article.text


def skip_record(article: Article, verdict: Verdict) -> Skipped:
    cues = ", ".join(verdict.cues) or "none"
    return Skipped(
        article.source or article.id,
        SKIP_CODE,
        f"not conflict news (triage: score {verdict.score} of {needed(verdict.words)} needed for"
        f" {verdict.words} words; conflict words: {cues}); {HINT}",
    )


def check(article: Article) -> Skipped | None:
    """None when the gate keeps ``article``, else its skip record (EF120)."""
    verdict = read(article_text(article), article.language)
    return None if verdict.relevant else skip_record(article, verdict)
