"""ACLED counts every reported death, the assailants' as well as their victims': a report that
counts the assailants killed apart from the others adds them, and fusion adds the assailants'
figure to the victims' most conservative current figure. Invented sentences, English and French."""

from __future__ import annotations

import re
from datetime import date

import pytest

from eventfuse.extract.numbers import ASSAILANTS_TOLL, EARLIER_TOLL, fatalities_in
from eventfuse.extract.toll_context import toll_readings, tolls_by_side
from eventfuse.fuse.tolls import ReportedToll, sides_added
from eventfuse.records import Article, Mention, Span
from eventfuse.taxonomy import sub_event


def _sentences(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^.]+\.", text)]


def _clash(aid: str, text: str, lang: str, fatalities: int | None) -> Mention:
    info = sub_event("Armed clash")
    span = Span(aid, 0, 10, text[:10])
    return Mention(
        id=Mention.make_id(aid, 0, "Armed clash"), article=aid, sub_event_type="Armed clash",
        event_type=info.event_type, disorder_type=info.disorder_type, trigger=span, sentence=span,
        date=None, fatalities=fatalities, fatalities_span=span, language=lang,
    )


def _by_side(lang: str, text: str, toll: int) -> Mention:
    art = Article(id="a", text=text, published=date(2025, 3, 4), language=lang)
    [m] = tolls_by_side(art, lang, [_clash("a", text, lang, toll)], _sentences(text))
    return m


# --- one sentence's toll -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "end_word", "toll"),
    [
        # the parser cut the sentence inside its clause: the death word is read after the cut
        ("en", "Report filed at 10:20 six fighters and four villagers were killed on Monday.", "villagers", 10),
        ("fr", "Article publié à 10:20 six combattants et quatre villageois ont été tués lundi.", "villageois", 10),
    ],
)
def test_a_sentence_cut_inside_its_clause(lang: str, text: str, end_word: str, toll: int) -> None:
    end = text.index(end_word) + len(end_word)
    fat = fatalities_in(text, 0, end, lang=lang)
    assert fat is not None and fat.value == toll


@pytest.mark.parametrize(
    ("lang", "text", "toll"),
    [
        ("en", "The raid on the depot caused the deaths of 14 guards.", 14),
        ("fr", "Le raid contre le dépôt a causé la mort de 14 gardes.", 14),
        # the toll's verb far from the word toll, and who said it after the figure
        ("en", "The death toll from Sunday's raid on the river post has risen to 33, two officials said.", 33),
        ("fr", "Le bilan du raid de dimanche contre le poste fluvial s'est alourdi à 33, selon deux responsables.", 33),
    ],
)
def test_toll_phrases(lang: str, text: str, toll: int) -> None:
    fat = fatalities_in(text, 0, len(text), lang=lang)
    assert fat is not None and fat.value == toll


# --- one report: the victims' dead and the assailants' ------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "toll", "assailants"),
    [
        # victims in one sentence, the assailants killed in another: added
        ("en", "Gunmen attacked the river post, killing nine people. Security forces said twelve assailants were killed.", 21, 12),
        ("fr", "Des hommes armés ont attaqué le poste fluvial, tuant neuf personnes. L'armée a indiqué que douze assaillants ont été tués.", 21, 12),
        # both sides in one sentence: each count stands for its side
        ("en", "Six attackers and five soldiers were killed in the raid on the depot.", 11, 6),
        ("fr", "Six assaillants et cinq soldats ont été tués lors du raid contre le dépôt.", 11, 6),
        # a total followed by its breakdown: the breakdown is not added again
        ("en", "Gunmen killed seven people in the raid. Four soldiers and three guards were among them. Five attackers were killed.", 12, 5),
        # the assailants' counts at two sites are parts of their dead
        ("en", "Gunmen killed nine people. Two attackers were killed at the north gate. Three attackers were killed at the river camp.", 14, 5),
        ("fr", "Des hommes armés ont tué neuf personnes. Deux assaillants ont été tués à la porte nord. Trois assaillants ont été tués au camp fluvial.", 14, 5),
    ],
)
def test_a_report_adds_the_assailants_killed(lang: str, text: str, toll: int, assailants: int) -> None:
    m = _by_side(lang, text, 9)
    assert m.fatalities == toll
    assert [c.value for c in m.claims if c.subject == ASSAILANTS_TOLL] == [float(assailants)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the assailants' word as an adjective counts no assailants
        ("en", "Nine killed in terrorist raid. Nine people were killed in the raid on the depot."),
        ("fr", "Neuf morts dans une attaque terroriste. Neuf personnes ont été tuées lors du raid."),
        # the same figure for the unnamed dead and the assailants: the same dead
        ("en", "Nine members of the group were killed near the depot. Nine fighters were neutralised, the army said."),
        ("fr", "Neuf éléments du groupe ont été tués près du dépôt. Neuf combattants ont été neutralisés, selon l'armée."),
        # an earlier incident's assailants, told with its time
        ("en", "Gunmen killed nine people in the raid. Last December, twelve attackers were killed in air strikes."),
        ("fr", "Des hommes armés ont tué neuf personnes. En décembre dernier, douze assaillants ont été tués."),
    ],
)
def test_no_assailants_added(lang: str, text: str) -> None:
    m = _by_side(lang, text, 9)
    assert m.fatalities == 9
    assert not [c for c in m.claims if c.subject == ASSAILANTS_TOLL]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The toll of the raid has risen to at least 40. Officials said 12 guards were killed, according to a provisional toll."),
        ("fr", "Le bilan du raid s'est alourdi à au moins 40. Les autorités ont fait état de 12 gardes tués, selon un bilan provisoire."),
    ],
)
def test_a_lower_provisional_toll_beside_the_act_toll_is_earlier(lang: str, text: str) -> None:
    art = Article(id="p", text=text, published=date(2025, 3, 4), language=lang)
    m = _clash("p", text, lang, 40)
    first = _sentences(text)[0]
    m = Mention(**{**{f: getattr(m, f) for f in m.__dataclass_fields__},
                   "fatalities_span": Span("p", first[0], first[1], text[first[0]:first[1]])})
    [out] = toll_readings(art, lang, [m], _sentences(text))
    assert [c.value for c in out.claims if c.subject == EARLIER_TOLL] == [12.0]


# --- across reports --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("tolls", "superseded", "fused"),
    [
        # 25 victims + 63 assailants; another report's later figure of the victims: 89 + 63
        ((ReportedToll(88, "exact", False, assailants=63), ReportedToll(89, "at_least", False)), (25,), 152),
        # reports that each add their own: the victims' lowest plus the assailants' lowest
        ((ReportedToll(15, "exact", False, assailants=8), ReportedToll(14, "exact", False, assailants=7),
          ReportedToll(4, "exact", False, side="armed")), (), 14),
        # no report tells the assailants apart: nothing to add
        ((ReportedToll(20, "exact", False), ReportedToll(4, "exact", False, side="armed")), (), None),
    ],
)
def test_fusion_adds_the_assailants_to_the_victims(
    tolls: tuple[ReportedToll, ...], superseded: tuple[int, ...], fused: int | None
) -> None:
    assert sides_added(tolls, superseded) == fused
