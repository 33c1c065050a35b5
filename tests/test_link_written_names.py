"""Linking reports whose gazetteer places disagree although they wrote one village: "X" and
"X Peulh" placed at two homonyms, and a locality one report states that the other's act
sentence writes where its tagger saw no place (issue #13)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from test_link_fuse import SOKOURA, mention

from eventfuse.link import link_mentions
from eventfuse.records import Place, PlaceMention, Span

# a homonym 25 km from Sokoura, where the gazetteer placed the bare name of the other report
HOMONYM = Place("Sokouro", 14.32, -3.9, "Mali", "Mopti", "Bankass", feature_code="PPL", geo_precision=1)
COUNTRY = Place("Mali", 17.0, -4.0, "Mali", None, None, feature_code="PCLI", geo_precision=3)
ELSEWHERE = Place("Dioungani", 14.37, -3.9, "Mali", "Mopti", "Bankass", feature_code="PPL", geo_precision=1)


@pytest.mark.parametrize(("written", "events"), [("Sokoura Peulh", 1), ("Sokoura", 1), ("Dioungani", 2)])
def test_one_written_name_placed_at_two_homonyms_is_one_village(written: str, events: int) -> None:
    a = mention("a", 1, place=replace(SOKOURA, mention="Sokoura"))
    b = mention("b", 1, place=replace(HOMONYM, mention=written))
    assert len(link_mentions([a, b])) == events


@pytest.mark.parametrize(("sentence", "events"), [
    ("The advanced post of Sokoura repelled an attack by terrorist elements.", 1),
    ("The advanced post of Tongomayel repelled an attack by terrorist elements.", 2),
])
def test_a_locality_written_in_the_other_reports_sentence(sentence: str, events: int) -> None:
    """Report a states 'in Sokourra' (a spelling the gazetteer lacks: placed in the country);
    report b was placed elsewhere by its story, but its act's sentence writes the village."""
    span = Span("a", 0, 8, "Sokourra")
    a = replace(mention("a", 1, place=replace(COUNTRY, mention="Sokourra")),
                place_mentions=(PlaceMention("Sokourra", span, relation="in"),))
    b = mention("b", 1, place=replace(ELSEWHERE, mention="Dioungani", span=Span("b", 400, 409, "Dioungani")))
    b = replace(b, sentence=replace(b.sentence, quote=sentence))
    assert len(link_mentions([a, b])) == events
