"""Date expressions: explicit, weekday, relative, chained, periods, years, event dates."""

from __future__ import annotations

import csv
import re
from dataclasses import FrozenInstanceError
from datetime import date, timedelta
from pathlib import Path

import pytest

from eventfuse.errors import InputError
from eventfuse.extract.dates import DateExpr, date_spans, find_dates, resolve_event_date, weekday_of
from eventfuse.extract.when import usable_dates

PUB = date(2025, 11, 15)  # a Saturday
SHARED = Path(__file__).resolve().parents[2] / "shared"
ACLED_MALI = SHARED / "eval" / "acled" / "mali_1997-2022-06.csv"


def only(text: str, lang: str, published: date | None = PUB) -> DateExpr:
    found = find_dates(text, lang=lang, published=published)
    assert len(found) == 1, [e.text for e in found]
    return found[0]


def test_weekday_of() -> None:
    assert weekday_of(date(2025, 11, 11)) == 1  # Tuesday
    assert weekday_of(PUB) == 5


@pytest.mark.parametrize(
    ("lang", "text", "phrase", "value"),
    [
        ("en", "Gunmen attacked the village on 3 July 2021.", "3 July 2021", date(2021, 7, 3)),
        ("en", "Gunmen attacked the village on July 3, 2021.", "July 3, 2021", date(2021, 7, 3)),
        ("en", "The attack took place on the 1st of July.", "the 1st of July", date(2025, 7, 1)),
        ("en", "The convoy was hit on Sept. 4 near the border.", "Sept. 4", date(2025, 9, 4)),
        ("en", "The report is dated 03/07/2021 in the archive.", "03/07/2021", date(2021, 7, 3)),
        (
            "fr",
            "Des hommes armés ont attaqué le village le 3 juillet 2021.",
            "3 juillet 2021",
            date(2021, 7, 3),
        ),
        ("fr", "L'attaque a eu lieu le 1er juillet au marché.", "1er juillet", date(2025, 7, 1)),
        (
            "fr",
            "Le rapport est daté du 03/07/2021 dans les archives.",
            "03/07/2021",
            date(2021, 7, 3),
        ),
        (
            "fr",
            "Le convoi a été touché le 4 sept. près de la frontière.",
            "4 sept.",
            date(2025, 9, 4),
        ),
    ],
)
def test_explicit_dates(lang: str, text: str, phrase: str, value: date) -> None:
    e = only(text, lang)
    assert (e.text, e.value, e.precision, e.kind) == (phrase, value, 1, "explicit")
    assert text[e.start : e.end] == e.text


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("en", "The attack happened on 3 November.", date(2025, 11, 3)),
        ("en", "The attack happened on 20 December.", date(2024, 12, 20)),
        ("fr", "L'attaque a eu lieu le 3 novembre.", date(2025, 11, 3)),
        ("fr", "L'attaque a eu lieu le 20 décembre.", date(2024, 12, 20)),
    ],
)
def test_dates_without_year_fall_on_or_before_publication(
    lang: str, text: str, value: date
) -> None:
    assert only(text, lang).value == value


@pytest.mark.parametrize(
    ("lang", "text", "value", "stated", "mismatch"),
    [
        (
            "en",
            "She was killed on Saturday, November 11, 2025, in the town.",
            date(2025, 11, 11),
            5,
            True,
        ),
        (
            "en",
            "She was killed on Saturday, November 8, 2025, in the town.",
            date(2025, 11, 8),
            5,
            False,
        ),
        (
            "fr",
            "Elle a été tuée samedi 8 novembre 2025 dans la ville.",
            date(2025, 11, 8),
            5,
            False,
        ),
        (
            "fr",
            "Elle a été tuée le mardi 8 novembre 2025 dans la ville.",
            date(2025, 11, 8),
            1,
            True,
        ),
    ],
)
def test_weekday_written_next_to_a_date(
    lang: str, text: str, value: date, stated: int, mismatch: bool
) -> None:
    e = only(text, lang)
    assert (e.value, e.stated_weekday, e.weekday_mismatch, e.kind) == (
        value,
        stated,
        mismatch,
        "explicit",
    )


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("en", "She was abducted on Friday at the market.", date(2025, 11, 14)),
        ("en", "Five workers were abducted last Thursday.", date(2025, 11, 13)),
        ("en", "Friday was the day the convoy was hit.", date(2025, 11, 14)),
        # a Saturday paper's "on Saturday" is that Saturday; "last Saturday" a week earlier
        ("en", "The market was attacked on Saturday.", date(2025, 11, 15)),
        ("en", "The market was attacked last Saturday.", date(2025, 11, 8)),
        ("en", "The market was attacked this past Saturday.", date(2025, 11, 8)),
        ("fr", "Elle a été enlevée vendredi dernier au marché.", date(2025, 11, 14)),
        ("fr", "Elle a été enlevée ce vendredi au marché.", date(2025, 11, 14)),
        ("fr", "Cinq ouvriers ont été enlevés jeudi près de la frontière.", date(2025, 11, 13)),
        ("fr", "Le marché a été attaqué samedi.", date(2025, 11, 15)),
        ("fr", "Le marché a été attaqué ce samedi.", date(2025, 11, 15)),
        ("fr", "Le marché a été attaqué samedi dernier.", date(2025, 11, 8)),
        ("fr", "Le marché a été attaqué samedi passé.", date(2025, 11, 8)),
    ],
)
def test_weekdays_are_the_most_recent_before_publication(lang: str, text: str, value: date) -> None:
    e = only(text, lang)
    assert (e.value, e.precision, e.kind) == (value, 1, "weekday")


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("en", "The camp was attacked yesterday.", date(2025, 11, 14)),
        ("en", "The camp was attacked today.", date(2025, 11, 15)),
        ("en", "The camp was attacked the day before yesterday.", date(2025, 11, 13)),
        ("en", "The camp was attacked two days ago.", date(2025, 11, 13)),
        ("fr", "Le camp a été attaqué hier.", date(2025, 11, 14)),
        ("fr", "Le camp a été attaqué aujourd'hui.", date(2025, 11, 15)),
        ("fr", "Le camp a été attaqué avant-hier.", date(2025, 11, 13)),
        ("fr", "Le camp a été attaqué il y a deux jours.", date(2025, 11, 13)),
    ],
)
def test_relative_days(lang: str, text: str, value: date) -> None:
    e = only(text, lang)
    assert (e.value, e.precision, e.kind) == (value, 1, "relative")


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        (
            "en",
            "She was abducted on Friday. At dusk the next day, the men brought her back.",
            date(2025, 11, 15),
        ),
        (
            "en",
            "She was abducted on Friday. The following day, her body was found.",
            date(2025, 11, 15),
        ),
        (
            "en",
            "The camp was hit on 10 November. The day before, a patrol was ambushed.",
            date(2025, 11, 9),
        ),
        (
            "en",
            "The camp was hit on 3 July 2021. Two days later, the army retook it.",
            date(2021, 7, 5),
        ),
        (
            "fr",
            "Elle a été enlevée vendredi. Le lendemain, les hommes l'ont ramenée.",
            date(2025, 11, 15),
        ),
        (
            "fr",
            "Le camp a été touché le 10 novembre. La veille, une patrouille est tombée dans une embuscade.",
            date(2025, 11, 9),
        ),
        (
            "fr",
            "Le camp a été touché le 3 juillet 2021. Deux jours plus tard, l'armée l'a repris.",
            date(2021, 7, 5),
        ),
    ],
)
def test_chained_dates_count_from_the_previous_date(lang: str, text: str, value: date) -> None:
    exprs = find_dates(text, lang=lang, published=PUB)
    assert len(exprs) == 2
    assert exprs[1].kind == "chained"
    assert exprs[1].value == value
    assert exprs[1].precision == exprs[0].precision


@pytest.mark.parametrize(
    ("lang", "text"),
    [("en", "The next day, the army arrived."), ("fr", "Le lendemain, l'armée est arrivée.")],
)
def test_chain_without_anchor_counts_from_publication(lang: str, text: str) -> None:
    e = only(text, lang)
    assert (e.kind, e.value) == ("chained", PUB + timedelta(days=1))


@pytest.mark.parametrize(
    ("lang", "text", "value", "precision"),
    [
        ("en", "JNIM has imposed a fuel blockade since September.", date(2025, 9, 15), 3),
        ("en", "Fighting intensified in September 2025 in the region.", date(2025, 9, 15), 3),
        ("en", "Earlier this month, the army withdrew.", date(2025, 11, 15), 3),
        ("en", "Last week, gunmen attacked the village.", date(2025, 11, 5), 2),
        ("en", "The road was cut in mid-October by the group.", date(2025, 10, 15), 2),
        ("en", "The road was cut at the end of October by the group.", date(2025, 10, 28), 2),
        ("en", "Attacks were reported between 1 and 5 July in the area.", date(2025, 7, 1), 2),
        ("fr", "Le JNIM impose un blocus sur le carburant depuis septembre.", date(2025, 9, 15), 3),
        (
            "fr",
            "Les combats se sont intensifiés en septembre 2025 dans la région.",
            date(2025, 9, 15),
            3,
        ),
        ("fr", "Plus tôt ce mois-ci, l'armée s'est retirée.", date(2025, 11, 15), 3),
        (
            "fr",
            "La semaine dernière, des hommes armés ont attaqué le village.",
            date(2025, 11, 5),
            2,
        ),
        ("fr", "La route a été coupée à la mi-octobre par le groupe.", date(2025, 10, 15), 2),
        ("fr", "La route a été coupée fin octobre par le groupe.", date(2025, 10, 28), 2),
        (
            "fr",
            "Des attaques ont eu lieu entre le 1er et le 5 juillet dans la zone.",
            date(2025, 7, 1),
            2,
        ),
    ],
)
def test_periods(lang: str, text: str, value: date, precision: int) -> None:
    e = only(text, lang)
    assert (e.value, e.precision, e.kind) == (value, precision, "period")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The blockade has lasted since September."),
        ("fr", "Le blocus dure depuis septembre."),
    ],
)
def test_month_is_never_after_publication(lang: str, text: str) -> None:
    published = date(2025, 9, 10)
    e = only(text, lang, published)
    assert (e.value, e.precision) == (published, 3)


@pytest.mark.parametrize(
    ("lang", "text", "value", "precision"),
    [
        ("en", "Around 30 June 2022 (week of), militants attacked a post.", date(2022, 6, 30), 2),
        (
            "en",
            "Around 3 July 2021 (between 2 - 5 July), militants looted a school.",
            date(2021, 7, 3),
            2,
        ),
        (
            "en",
            "Around 6 May 2022 (month of), the army claimed to have killed militants.",
            date(2022, 5, 6),
            3,
        ),
        # a night "of 3 to 4" is the second day, a night "between 3 and 4" the first
        ("en", "On the night of 3 to 4 July, gunmen attacked the camp.", date(2025, 7, 4), 1),
        ("en", "Overnight 3 to 4 July, gunmen attacked the camp.", date(2025, 7, 4), 1),
        ("en", "During the night between 3 and 4 July, gunmen attacked the camp.", date(2025, 7, 3), 1),
        (
            "fr",
            "Dans la nuit du 3 au 4 juillet, des hommes armés ont attaqué le camp.",
            date(2025, 7, 4),
            1,
        ),
        (
            "fr",
            "Dans la nuit du 31 octobre au 1er novembre, le poste a été attaqué.",
            date(2025, 11, 1),
            1,
        ),
        (
            "fr",
            "Dans la nuit du 31 décembre 2024 au 1er janvier 2025, le poste a été attaqué.",
            date(2025, 1, 1),
            1,
        ),
        (
            "fr",
            "Dans la nuit entre le 3 et le 4 juillet, des hommes armés ont attaqué le camp.",
            date(2025, 7, 3),
            1,
        ),
    ],
)
def test_framed_dates_and_nights(lang: str, text: str, value: date, precision: int) -> None:
    e = only(text, lang)
    assert (e.value, e.precision, e.kind) == (value, precision, "explicit")


@pytest.mark.parametrize(
    ("lang", "text", "year"),
    [
        ("en", "The conflict began in 2012 with an uprising.", 2012),
        ("en", "Since 2020, the junta has ruled the country.", 2020),
        ("fr", "Le conflit a commencé en 2012 par une rébellion.", 2012),
        ("fr", "Depuis 2020, la junte dirige le pays.", 2020),
        ("en", "Attacks have doubled since last year.", 2024),
        ("fr", "Les attaques ont doublé depuis l'an dernier.", 2024),
    ],
)
def test_bare_years(lang: str, text: str, year: int) -> None:
    e = only(text, lang)
    assert (e.kind, e.year_only, e.value, e.precision) == ("year", year, date(year, 1, 1), 3)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Militants may have planted the device during a demonstration march."),
        ("en", "The group deployed 2000 soldiers and 300 vehicles."),
        ("fr", "Les militants pourraient avoir posé l'engin pendant la marche."),
        ("en", "The convoy will be escorted next Friday."),
    ],
)
def test_no_false_dates(lang: str, text: str) -> None:
    assert find_dates(text, lang=lang, published=PUB) == []


def test_without_publication_date() -> None:
    text = "On 3 July 2021, militants attacked. On 5 July, the army replied on Friday."
    exprs = find_dates(text, lang="en", published=None)
    assert [(e.text, e.value) for e in exprs] == [
        ("3 July 2021", date(2021, 7, 3)),
        ("5 July", date(2021, 7, 5)),
    ]


def test_date_spans_cover_unresolved_expressions() -> None:
    text = "On Friday, 12 soldiers were killed."
    assert date_spans(text, lang="en") == [(3, 9)]
    assert find_dates(text, lang="en", published=None) == []


def test_unknown_language() -> None:
    with pytest.raises(InputError) as err:
        find_dates("3 July 2021", lang="de", published=PUB)
    assert err.value.code == "EF113"


def test_dateexpr_is_frozen() -> None:
    e = only("On 3 July 2021.", "en")
    with pytest.raises(FrozenInstanceError):
        e.precision = 2  # type: ignore[misc]


# --------------------------------------------------------------------------- event dates


def _sentences(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^.]+\.", text)]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_resolve_event_date(lang: str) -> None:
    text = {
        "en": "The conflict began in 2012. On Friday, gunmen attacked the market. "
        "They killed three traders. The war has lasted since 2012.",
        "fr": "Le conflit a commencé en 2012. Vendredi, des hommes armés ont attaqué le marché. "
        "Ils ont tué trois commerçants. La guerre dure depuis 2012.",
    }[lang]
    exprs = find_dates(text, lang=lang, published=PUB)
    s = _sentences(text)
    # the year alone is no event date, and nothing precedes it
    assert (
        resolve_event_date(exprs, sentence_start=s[0][0], sentence_end=s[0][1], published=PUB)
        is None
    )
    first = resolve_event_date(exprs, sentence_start=s[1][0], sentence_end=s[1][1], published=PUB)
    assert first is not None and first.value == date(2025, 11, 14)
    # no date in the sentence: the previous one, close by
    assert (
        resolve_event_date(exprs, sentence_start=s[2][0], sentence_end=s[2][1], published=PUB)
        == first
    )
    assert (
        resolve_event_date(exprs, sentence_start=s[3][0], sentence_end=s[3][1], published=PUB)
        == first
    )


def test_resolve_event_date_ignores_far_and_future_dates() -> None:
    filler = " Residents fled the area." * 30
    text = "On 3 November, gunmen attacked." + filler + " They burned the houses."
    exprs = find_dates(text, lang="en", published=PUB)
    last = _sentences(text)[-1]
    assert (
        resolve_event_date(exprs, sentence_start=last[0], sentence_end=last[1], published=PUB)
        is None
    )
    future = "Elections are set for 20 December 2025."
    exprs = find_dates(future, lang="en", published=PUB)
    assert exprs and exprs[0].value == date(2025, 12, 20)
    assert (
        resolve_event_date(exprs, sentence_start=0, sentence_end=len(future), published=PUB) is None
    )


# --------------------------------------------------------------------------- ACLED notes


@pytest.mark.shared
@pytest.mark.skipif(not ACLED_MALI.exists(), reason="../shared ACLED files not available")
def test_acled_notes_dates() -> None:
    label = re.compile(r"^[A-Z][A-Za-z /-]*:\s*")
    scored = hits = 0
    with ACLED_MALI.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["event_date"] < "2021-07-01":
                continue
            note = label.sub("", row["notes"])
            event_date = date.fromisoformat(row["event_date"])
            published = event_date + timedelta(days=7)
            exprs = find_dates(note, lang="en", published=published)
            got = resolve_event_date(
                exprs, sentence_start=0, sentence_end=len(note), published=published
            )
            hits += got is not None and got.value == event_date
            scored += 1
            if scored == 300:
                break
    score = hits / scored
    print(f"ACLED date accuracy on {scored} notes: {score:.3f}")
    assert scored == 300
    assert score >= 0.95


@pytest.mark.parametrize(
    ("lang", "text", "published", "value"),
    [
        # a day shortly after publication is a later development or a date to come
        ("en", "Their bodies were found on 23 March.", date(2024, 3, 18), date(2024, 3, 23)),
        ("fr", "Leurs corps ont été retrouvés le 23 mars.", date(2024, 3, 18), date(2024, 3, 23)),
        # ... but a day well after publication is last year's
        ("en", "The attack took place on 28 December.", date(2025, 1, 2), date(2024, 12, 28)),
        ("fr", "L'attaque a eu lieu le 28 décembre.", date(2025, 1, 2), date(2024, 12, 28)),
        ("en", "The attack took place on 20 June.", date(2024, 3, 18), date(2023, 6, 20)),
    ],
)
def test_year_of_a_date_written_without_one(lang: str, text: str, published: date, value: date) -> None:
    assert only(text, lang, published).value == value


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "On 15 June, the day before the installation of the new chief, fights broke out."),
        ("fr", "Le 15 juin, la veille de l'installation du nouveau chef, des bagarres ont éclaté."),
    ],
)
def test_chained_apposition_is_not_a_date_of_its_own(lang: str, text: str) -> None:
    e = only(text, lang)
    assert e.value == date(2025, 6, 15)


def test_later_date_after_publication_never_dates_the_event() -> None:
    text = "On 11 March, three miners were abducted; their bodies were found on 23 March."
    pub = date(2024, 3, 18)
    exprs = find_dates(text, lang="en", published=pub)
    assert [e.value for e in exprs] == [date(2024, 3, 11), date(2024, 3, 23)]
    got = resolve_event_date(exprs, sentence_start=0, sentence_end=len(text), published=pub)
    assert got is not None and got.value == date(2024, 3, 11)


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # published on a Saturday: the night ending on Saturday is this very morning
        ("en", "The camp was attacked overnight Friday to Saturday.", date(2025, 11, 15)),
        ("en", "The camp was attacked on the night of Tuesday to Wednesday.", date(2025, 11, 12)),
        ("en", "The camp was attacked on the night between Tuesday and Wednesday.", date(2025, 11, 11)),
        ("fr", "Le camp a été attaqué dans la nuit de vendredi à samedi.", date(2025, 11, 15)),
        ("fr", "Le camp a été attaqué dans la nuit de mardi à mercredi.", date(2025, 11, 12)),
        ("fr", "Le camp a été attaqué dans la nuit entre mardi et mercredi.", date(2025, 11, 11)),
    ],
)
def test_weekday_nights(lang: str, text: str, value: date) -> None:
    e = only(text, lang)
    assert (e.value, e.precision, e.kind) == (value, 1, "weekday")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Gunmen fired on worshippers leaving Sunday mass."),
        ("en", "The town holds its cattle fair every Monday."),
        ("fr", "Des hommes armés ont tiré sur les fidèles après la prière du vendredi."),
        ("fr", "La ville tient sa foire chaque lundi."),
    ],
)
def test_a_weekday_that_names_a_custom_is_no_date(lang: str, text: str) -> None:
    assert find_dates(text, lang=lang, published=PUB) == []


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("en", "The Movement of 12 March called a rally on 3 November.", date(2025, 11, 3)),
        ("en", "The March 12 Movement called a rally on 3 November.", date(2025, 11, 3)),
        ("fr", "Le Mouvement du 12 mars a appelé à un rassemblement le 3 novembre.", date(2025, 11, 3)),
        ("fr", "La coalition du 12 mars a manifesté le 3 novembre.", date(2025, 11, 3)),
        # a gathering's own date is a date
        ("fr", "Le rassemblement du 3 novembre a été dispersé.", date(2025, 11, 3)),
    ],
)
def test_a_date_inside_a_name_is_no_date(lang: str, text: str, value: date) -> None:
    assert only(text, lang).value == value


def test_a_date_inside_a_name_is_still_masked() -> None:
    text = "Le Mouvement du 12 mars a manifesté."
    assert (text.index("12"), text.index(" a ")) in date_spans(text, lang="fr")


@pytest.mark.parametrize(
    ("lang", "text", "published", "dateline", "relative"),
    [
        # the page is dated a day after the dateline: "yesterday" counts from the dateline
        (
            "en",
            "Gunmen kill three\n\nTOWNVILLE, Nov 14 (Reuters) - Gunmen killed three traders yesterday.",
            PUB,
            date(2025, 11, 14),
            date(2025, 11, 13),
        ),
        (
            "fr",
            "Trois morts\n\nVILLEBOURG, 14 novembre (AFP) - Des hommes armés ont tué trois commerçants hier.",
            PUB,
            date(2025, 11, 14),
            date(2025, 11, 13),
        ),
        # no publication date: the dateline dates the story (its year from the text)
        (
            "en",
            "TOWNVILLE, Nov 14 (Reuters) - Gunmen killed three traders on Monday, the worst since March 2025.",
            None,
            date(2025, 11, 14),
            date(2025, 11, 10),
        ),
        (
            "fr",
            "VILLEBOURG, 14 novembre - Des hommes armés ont tué trois commerçants lundi, le pire depuis mars 2025.",
            None,
            date(2025, 11, 14),
            date(2025, 11, 10),
        ),
    ],
)
def test_a_dateline_dates_the_writing(
    lang: str, text: str, published: date | None, dateline: date, relative: date
) -> None:
    found = find_dates(text, lang=lang, published=published)
    assert (found[0].value, found[0].dateline) == (dateline, True)
    assert (found[1].value, found[1].dateline) == (relative, False)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "On 14 November, gunmen killed three traders (Townville, Nov 14) in the market."),
        ("fr", "Le 14 novembre, des hommes armés ont tué trois commerçants au marché."),
    ],
)
def test_a_date_in_a_sentence_is_no_dateline(lang: str, text: str) -> None:
    assert not any(e.dateline for e in find_dates(text, lang=lang, published=PUB))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "TOWNVILLE, Nov 14 (Reuters) - Gunmen killed three traders."),
        ("fr", "VILLEBOURG, 14 novembre (AFP) - Des hommes armés ont tué trois commerçants."),
    ],
)
def test_usable_dates_leave_out_the_dateline(lang: str, text: str) -> None:
    exprs = find_dates(text, lang=lang, published=PUB)
    assert usable_dates(exprs, text, PUB) == []


@pytest.mark.parametrize(
    ("lang", "text", "value", "first", "last"),
    [
        # two days told together: a range from the first day (ACLED codes a row per day)
        ("en", "Seven people died during the protests on 10 and 11 July in the capital.",
         date(2025, 7, 10), date(2025, 7, 10), date(2025, 7, 11)),
        ("en", "Police fired on the marches of 3 and 4 October 2024 in Gao.", date(2024, 10, 3), date(2024, 10, 3), date(2024, 10, 4)),
        ("fr", "Sept personnes sont mortes lors des manifestations des 10 et 11 juillet dans la capitale.",
         date(2025, 7, 10), date(2025, 7, 10), date(2025, 7, 11)),
        ("fr", "La police a tiré lors des marches les 3 et 4 octobre 2024 à Gao.", date(2024, 10, 3), date(2024, 10, 3), date(2024, 10, 4)),
        # the days a period covers: a range, a part of a month, a month
        ("en", "Attacks were reported between 1 and 5 July in the area.", date(2025, 7, 1), date(2025, 7, 1), date(2025, 7, 5)),
        ("en", "The road was cut in late October by the group.", date(2025, 10, 28), date(2025, 10, 21), date(2025, 10, 31)),
        ("en", "The road was cut in early October by the group.", date(2025, 10, 5), date(2025, 10, 1), date(2025, 10, 10)),
        ("en", "Fighting intensified in September 2025 in the region.", date(2025, 9, 15), date(2025, 9, 1), date(2025, 9, 30)),
        ("fr", "Des attaques ont eu lieu entre le 1er et le 5 juillet dans la zone.", date(2025, 7, 1), date(2025, 7, 1), date(2025, 7, 5)),
        ("fr", "La route a été coupée fin octobre par le groupe.", date(2025, 10, 28), date(2025, 10, 21), date(2025, 10, 31)),
        ("fr", "La route a été coupée à la mi-octobre par le groupe.", date(2025, 10, 15), date(2025, 10, 11), date(2025, 10, 20)),
        ("fr", "Les combats se sont intensifiés en septembre 2025 dans la région.", date(2025, 9, 15), date(2025, 9, 1), date(2025, 9, 30)),
    ],
)
def test_days_a_period_covers(lang: str, text: str, value: date, first: date, last: date) -> None:
    e = only(text, lang)
    assert (e.value, e.kind, e.covers) == (value, "period", (first, last))


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_narrower_date_falls_within_a_period(lang: str) -> None:
    late, span, day, other = find_dates(
        {"en": "in late March ... between 27 and 31 March ... on 28 March ... on 12 March",
         "fr": "fin mars ... entre le 27 et le 31 mars ... le 28 mars ... le 12 mars"}[lang],
        lang=lang, published=date(2025, 4, 10),
    )
    assert span.within(late) and day.within(late) and day.within(span)
    assert not other.within(late) and not late.within(span) and not late.within(late) and not span.within(day)
