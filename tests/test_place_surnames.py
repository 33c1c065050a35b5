"""A place read right after a person's given names is the person's surname (issue #13: a
president's surname that is also a village is no place of the story)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from eventfuse.extract.place_relabel import join_surnames


def _doc(lang: str, words: list[str], ents: list[tuple[int, int, str]]) -> Doc:
    doc = Doc(spacy.blank(lang).vocab, words=words)
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    return doc


@pytest.mark.parametrize(
    ("lang", "words", "person", "place"),
    [
        ("en", ["said", "President", "Amadou", "Kessem", "Tarvela", "."], (2, 4, "PERSON"), (4, 5)),
        ("fr", ["a", "dit", "le", "président", "Amadou", "Kessem", "Tarvela", "."], (4, 6, "PER"), (6, 7)),
    ],
)
def test_surname_after_given_names_is_no_place(
    lang: str, words: list[str], person: tuple[int, int, str], place: tuple[int, int]
) -> None:
    doc = _doc(lang, words, [person, (*place, "GPE")])
    join_surnames(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Amadou Kessem Tarvela", person[2])]


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("en", ["Amadou", "Kessem", "Yalde", "Tarvela", "said"]),
        ("fr", ["Amadou", "Kessem", "Yalde", "Tarvela", "a", "dit"]),
    ],
)
def test_a_word_the_ner_read_as_a_people_may_sit_between(lang: str, words: list[str]) -> None:
    doc = _doc(lang, words, [(0, 2, "PER"), (2, 3, "NORP"), (3, 4, "GPE")])
    join_surnames(doc)
    assert [e.text for e in doc.ents] == ["Amadou Kessem Yalde Tarvela"]


@pytest.mark.parametrize(
    ("lang", "words", "ents"),
    [
        # a place after punctuation, a lower-case word, or one given name stays a place
        ("en", ["Amadou", "Kessem", ",", "in", "Tarvela"], [(0, 2, "PERSON"), (4, 5, "GPE")]),
        ("fr", ["Amadou", "Kessem", "à", "Tarvela"], [(0, 2, "PER"), (3, 4, "LOC")]),
        ("en", ["Kessem", "Tarvela", "said"], [(0, 1, "PERSON"), (1, 2, "GPE")]),
        ("fr", ["Amadou", "Kessem", "Solgo", "Tarvela"], [(0, 2, "PER"), (2, 4, "LOC")]),
    ],
)
def test_places_that_stay_places(lang: str, words: list[str], ents: list[tuple[int, int, str]]) -> None:
    doc = _doc(lang, words, ents)
    before = [(e.text, e.label_) for e in doc.ents]
    join_surnames(doc)
    assert [(e.text, e.label_) for e in doc.ents] == before
