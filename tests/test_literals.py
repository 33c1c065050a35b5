"""common.literals: a regex skipped for lack of a needed literal could not have matched."""

from __future__ import annotations

import random
import re

import pytest

from eventfuse.common.literals import LOWER_NOT_ONE_TO_ONE, Gate, fold, may_match, needed_literals
from eventfuse.extract.dates import _lexicon
from eventfuse.extract.triggers import language_events


@pytest.mark.parametrize(
    ("pattern", "flags", "expected"),
    [
        (r"(?<![\w-])(?:kill(?:ed|s)?|attack)(?![\w])", 0, {"kill", "attack"}),
        (r"(?<!\w)(?:January|Jan\.?)\s+\d+(?!\w)", re.IGNORECASE, {"jan"}),
        (r"a|b*", 0, None),  # a branch that needs nothing
        (r"(?:mortar)?\s*shells?", 0, {"shell"}),
        (r"(?i:abc)def", 0, {"def"}),  # a local flag: the group is not read
        (r"(?:ab){2,}x", 0, {"ab"}),
        (r"[ée]vacu", 0, {"vacu"}),
        (r"\d+", 0, None),
    ],
)
def test_needed_literals(pattern: str, flags: int, expected: set[str] | None) -> None:
    found = needed_literals(re.compile(pattern, flags))
    assert (None if found is None else set(found)) == expected


def test_the_lowercase_exceptions_are_every_one() -> None:
    odd = {
        chr(c)
        for c in range(0x80, 0x110000)
        if len(chr(c).lower()) != 1 or chr(c).lower().isascii()
    }
    assert odd == set(LOWER_NOT_ONE_TO_ONE)


def test_fold_leaves_odd_case_texts_unfiltered() -> None:
    assert fold("Le 3 Mars") == "le 3 mars"
    assert fold("\u212aidal") is None  # Kelvin sign: IGNORECASE reads it as k
    assert fold("\u017fept") is None  # long s
    assert may_match(frozenset({"sept"}), None)


SENTENCES = {
    "en": [
        "Gunmen killed two villagers near the market on Monday, 3 March 2025, sources said.",
        "The army said it repelled an attack overnight; three soldiers were wounded.",
        "Two days later, protesters gathered to demand the release of detainees.",
        "An explosive device went off between 12 and 14 June, last week.",
        "No date here, only words about the weather and the harvest.",
    ],
    "fr": [
        "Des hommes armés ont tué deux villageois près du marché lundi 3 mars 2025.",
        "L'armée a repoussé une attaque dans la nuit de samedi à dimanche ; trois blessés.",
        "Le lendemain, des manifestants se sont rassemblés pour exiger la libération des détenus.",
        "Un engin explosif a sauté entre le 12 et le 14 juin, la semaine dernière.",
        "Aucune date ici, seulement des mots sur la pluie et les récoltes.",
    ],
}


def _shuffled(texts: list[str], rng: random.Random) -> list[str]:
    words = " ".join(texts).split()
    out = []
    for _ in range(200):
        out.append(" ".join(rng.choice(words) for _ in range(rng.randint(1, 14))))
    return out


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_closed_gate_never_hides_a_match(lang: str) -> None:
    rng = random.Random(7)
    texts = SENTENCES[lang] + _shuffled(SENTENCES[lang], rng)
    texts += [t.upper() for t in texts[:50]] + [t.title() for t in texts[50:100]]
    rules = [r.regex for r in _lexicon(lang).rules]
    triggers = [p for p, _family in language_events(lang).triggers]
    skipped = 0
    for text in texts:
        for regex, may in zip(rules, Gate.of(rules).open(fold(text)), strict=True):
            if not may:
                skipped += 1
                assert regex.search(text) is None, (regex.pattern, text)
        lowered = text.lower()
        for regex, may in zip(triggers, Gate.of(triggers).open(lowered), strict=True):
            if not may:
                skipped += 1
                assert regex.search(lowered) is None, (regex.pattern, lowered)
    assert skipped > 0
