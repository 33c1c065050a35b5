"""A place read right after a person's given names is the person's surname, and names around a
nickname word ("X alias Y") are a person's (issue #13: a president's surname that is also a
village is no place of the story)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from eventfuse.extract.place_relabel import join_nicknames, join_surnames


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


@pytest.mark.parametrize(
    ("lang", "words", "ents", "person"),
    [
        # "X alias Y": the names on both sides of the nickname word, to the end of its clause
        ("en", ["leaders", "Amadou", "Tarvela", "alias", "Solgo", "the", "Brain", ",", "Issa", "Kessem", "were", "held"],
         [(2, 3, "GPE"), (4, 5, "GPE"), (6, 7, "LOC"), (8, 10, "PERSON")], "Amadou Tarvela alias Solgo the Brain"),
        ("en", ["Amadou", "Tarvela", "aka", "Solgo", "was", "held"], [(1, 2, "GPE"), (3, 4, "GPE")], "Amadou Tarvela aka Solgo"),
        ("fr", ["les", "responsables", "Amadou", "Tarvela", "alias", "Solgo", "le", "Cerveau", ",", "Issa", "Kessem"],
         [(3, 4, "LOC"), (5, 6, "LOC"), (7, 8, "LOC"), (9, 11, "PER")], "Amadou Tarvela alias Solgo le Cerveau"),
        ("fr", ["Amadou", "Tarvela", "dit", "Solgo", "a", "été", "arrêté"], [(1, 2, "LOC"), (3, 4, "LOC")], "Amadou Tarvela dit Solgo"),
    ],
)
def test_names_around_a_nickname_word_are_a_person(
    lang: str, words: list[str], ents: list[tuple[int, int, str]], person: str
) -> None:
    doc = _doc(lang, words, ents)
    join_nicknames(doc)
    people = [e.text for e in doc.ents if e.label_ in ("PER", "PERSON")]
    assert person in people
    assert not [e for e in doc.ents if e.label_ in ("GPE", "LOC")]


@pytest.mark.parametrize(
    ("lang", "words", "ents"),
    [
        # a nickname word after a lower-case word, or before one, joins nothing
        ("fr", ["le", "maire", "de", "Tarvela", "a", "dit", "Solgo"], [(3, 4, "LOC"), (6, 7, "LOC")]),
        ("fr", ["Tarvela", "dit", "que", "Solgo", "brûle"], [(0, 1, "LOC"), (3, 4, "LOC")]),
        ("en", ["in", "Tarvela", ",", "alias", "the", "town"], [(1, 2, "GPE")]),
    ],
)
def test_places_near_a_nickname_word_that_names_no_one_stay(
    lang: str, words: list[str], ents: list[tuple[int, int, str]]
) -> None:
    doc = _doc(lang, words, ents)
    before = [(e.text, e.label_) for e in doc.ents]
    join_nicknames(doc)
    assert [(e.text, e.label_) for e in doc.ents] == before
