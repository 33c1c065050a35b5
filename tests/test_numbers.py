"""Quantities, ACLED fatality rules and the claims a report makes about an event."""

from __future__ import annotations

import math
from dataclasses import FrozenInstanceError

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventfuse.errors import InputError
from eventfuse.extract.numbers import (
    Quantity,
    canonical,
    count_claims,
    fatalities_in,
    find_quantities,
    is_vague_amount,
    share_of,
    to_canonical,
    toll_is_elsewhere,
    toll_is_update,
    toll_notes,
    toll_side,
)


def one(text: str, lang: str) -> Quantity:
    found = find_quantities(text, lang=lang)
    assert len(found) == 1, [q.text for q in found]
    return found[0]


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("en", "The convoy carried 140,000 litres of fuel.", 140_000),
        ("en", "The convoy carried 140 000 litres of fuel.", 140_000),
        ("en", "About 1.5 million people need aid.", 1_500_000),
        ("en", "Five soldiers guarded the bridge.", 5),
        ("en", "Twenty-three soldiers guarded the bridge.", 23),
        ("en", "One hundred and forty thousand people fled.", 140_000),
        ("fr", "Le convoi transportait 140 000 litres de carburant.", 140_000),
        ("fr", "Le convoi transportait 140.000 litres de carburant.", 140_000),
        ("fr", "Environ 1,5 million de personnes ont besoin d'aide.", 1_500_000),
        ("fr", "Cinq soldats gardaient le pont.", 5),
        ("fr", "Vingt-trois soldats gardaient le pont.", 23),
        ("fr", "Quatre-vingt-dix soldats gardaient le pont.", 90),
    ],
)
def test_numbers_in_digits_and_words(lang: str, text: str, value: float) -> None:
    q = one(text, lang)
    assert q.value == value
    assert text[q.start : q.end] == q.text


@given(n=st.integers(min_value=1000, max_value=99_999_999))
@settings(max_examples=60, deadline=None, database=None)
def test_thousands_separators_roundtrip(n: int) -> None:
    en = f"They counted {n:,} people."
    fr = "Ils ont compté {} personnes.".format(f"{n:,}".replace(",", "\u202f"))
    assert one(en, "en").value == n
    assert one(fr, "fr").value == n


@pytest.mark.parametrize(
    ("lang", "text", "value", "qualifier"),
    [
        ("en", "Dozens of people fled.", 12, "at_least"),
        ("en", "Tens of people fled.", 10, "at_least"),
        ("en", "Hundreds of people fled.", 100, "at_least"),
        ("en", "Several people fled.", 3, "approx"),
        ("en", "A few people fled.", 3, "approx"),
        ("fr", "Des dizaines de personnes ont fui.", 12, "at_least"),
        ("fr", "Des centaines de personnes ont fui.", 100, "at_least"),
        ("fr", "Plusieurs personnes ont fui.", 3, "approx"),
        ("fr", "Une vingtaine de personnes ont fui.", 20, "approx"),
    ],
)
def test_vague_amounts(lang: str, text: str, value: float, qualifier: str) -> None:
    q = one(text, lang)
    assert (q.value, q.qualifier, q.kind) == (value, qualifier, "count")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Gunmen seized 10 to 15 motorcycles."),
        ("en", "Gunmen seized between 10 and 15 motorcycles."),
        ("en", "Gunmen seized 10-15 motorcycles."),
        ("fr", "Des hommes armés ont saisi entre 10 et 15 motos."),
        ("fr", "Des hommes armés ont saisi de 10 à 15 motos."),
        ("fr", "Des hommes armés ont saisi 10 à 15 motos."),
    ],
)
def test_ranges_keep_the_lowest(lang: str, text: str) -> None:
    q = one(text, lang)
    assert (q.value, q.upper) == (10, 15)


@pytest.mark.parametrize(
    ("lang", "text", "qualifier"),
    [
        ("en", "More than 100 people fled.", "at_least"),
        ("en", "Over 100 people fled.", "at_least"),
        ("en", "At least 100 people fled.", "at_least"),
        ("en", "Up to 100 people fled.", "at_most"),
        ("en", "Less than 100 people fled.", "at_most"),
        ("en", "About 100 people fled.", "approx"),
        ("en", "Some 100 people fled.", "approx"),
        ("en", "Nearly 100 people fled.", "approx"),
        ("en", "100 people fled.", "exact"),
        ("fr", "Plus de 100 personnes ont fui.", "at_least"),
        ("fr", "Au moins 100 personnes ont fui.", "at_least"),
        ("fr", "Jusqu'à 100 personnes ont fui.", "at_most"),
        ("fr", "Moins de 100 personnes ont fui.", "at_most"),
        ("fr", "Environ 100 personnes ont fui.", "approx"),
        ("fr", "Près de 100 personnes ont fui.", "approx"),
        ("fr", "Quelque 100 personnes ont fui.", "approx"),
        ("fr", "100 personnes ont fui.", "exact"),
    ],
)
def test_qualifiers(lang: str, text: str, qualifier: str) -> None:
    q = one(text, lang)
    assert (q.value, q.qualifier) == (100, qualifier)
    assert q.start == 0


@pytest.mark.parametrize(
    ("lang", "text", "unit"),
    [
        ("en", "The village lies 145 km north of the town.", "km"),
        ("en", "The village lies 145 kilometres north of the town.", "km"),
        ("en", "The village lies 90 miles north of the town.", "mi"),
        ("fr", "Le village se trouve à 145 kilomètres au nord de la ville.", "km"),
        ("fr", "Le village se trouve à 145 km au nord de la ville.", "km"),
    ],
)
def test_distances_keep_their_unit(lang: str, text: str, unit: str) -> None:
    q = one(text, lang)
    assert (q.kind, q.unit) == ("distance", unit)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_miles_and_km_are_equal_after_conversion(lang: str) -> None:
    text = {"en": "some 90 miles, about 145 km", "fr": "quelque 90 miles, environ 145 km"}[lang]
    miles, km = find_quantities(text, lang=lang)
    assert (miles.unit, miles.value) == ("mi", 90)
    value, unit = to_canonical(miles)
    assert unit == "km" and math.isclose(value, to_canonical(km)[0], rel_tol=0.01)
    assert to_canonical(one("a post 500 m away", "en")) == (0.5, "km")
    assert canonical(miles).unit == "km"


@pytest.mark.parametrize(
    ("lang", "text", "value", "unit"),
    [
        ("en", "The kidnappers demanded $5m.", 5_000_000, "USD"),
        ("en", "The kidnappers demanded $5 million.", 5_000_000, "USD"),
        ("en", "The kidnappers demanded 5 million dollars.", 5_000_000, "USD"),
        ("en", "The kidnappers demanded 10 million CFA francs.", 10_000_000, "XOF"),
        ("en", "The kidnappers demanded €2 million.", 2_000_000, "EUR"),
        ("fr", "Les ravisseurs ont exigé 5 millions de dollars.", 5_000_000, "USD"),
        ("fr", "Les ravisseurs ont exigé 10 millions de FCFA.", 10_000_000, "XOF"),
        ("fr", "Les ravisseurs ont exigé 10 millions de francs CFA.", 10_000_000, "XOF"),
        ("fr", "Les ravisseurs ont exigé 2 millions d'euros.", 2_000_000, "EUR"),
    ],
)
def test_money(lang: str, text: str, value: float, unit: str) -> None:
    q = one(text, lang)
    assert (q.kind, q.value, q.unit) == ("money", value, unit)


@pytest.mark.parametrize(
    ("lang", "text", "value", "qualifier"),
    [
        ("en", "She had 140,000 followers on TikTok.", 140_000, "exact"),
        ("en", "She had more than 100,000 TikTok followers.", 100_000, "at_least"),
        ("fr", "Elle comptait 100 000 abonnés sur TikTok.", 100_000, "exact"),
        ("fr", "Elle comptait plus de 100 000 abonnés sur TikTok.", 100_000, "at_least"),
    ],
)
def test_followers(lang: str, text: str, value: float, qualifier: str) -> None:
    q = one(text, lang)
    assert (q.kind, q.value, q.qualifier) == ("followers", value, qualifier)


@pytest.mark.parametrize(
    ("lang", "text", "value", "upper"),
    [
        ("en", "The victim, a woman in her 20s, was a singer.", 20, 29),
        ("en", "The victim, aged 25, was a singer.", 25, None),
        ("en", "The victim, a 25-year-old singer, was known.", 25, None),
        ("fr", "La victime, âgée d'une vingtaine d'années, était chanteuse.", 20, None),
        ("fr", "La victime, une femme de 25 ans, était chanteuse.", 25, None),
        ("fr", "La victime, âgée de 25 ans, était chanteuse.", 25, None),
    ],
)
def test_ages(lang: str, text: str, value: float, upper: float | None) -> None:
    q = one(text, lang)
    assert (q.kind, q.value, q.upper) == ("age", value, upper)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "On 3 July 2021 at 3 pm, the G5 force and the 3rd battalion met."),
        ("fr", "Le 3 juillet 2021 à 15h30, la force G5 et le 3e bataillon se sont rencontrés."),
    ],
)
def test_dates_times_and_names_are_not_quantities(lang: str, text: str) -> None:
    assert find_quantities(text, lang=lang) == []


def test_durations_are_not_counts() -> None:
    q = one("Le blocus dure depuis 10 ans.", "fr")
    assert (q.kind, q.unit) == ("duration", "year")
    q = one("The siege lasted 3 weeks.", "en")
    assert (q.kind, q.unit) == ("duration", "week")


# --------------------------------------------------------------------------- fatalities


@pytest.mark.parametrize(
    ("lang", "text", "value", "qualifier"),
    [
        ("en", "Gunmen killed at least 12 villagers in Sokoura on Saturday.", 12, "at_least"),
        ("fr", "Des hommes armés ont tué au moins 12 villageois samedi à Sokoura.", 12, "at_least"),
        ("en", "Twelve people were killed and five injured.", 12, "exact"),
        ("fr", "Douze personnes ont été tuées et cinq blessées.", 12, "exact"),
        ("en", "The attack left between 10 and 15 dead.", 10, "at_least"),
        ("fr", "L'attaque a fait entre 10 et 15 morts.", 10, "at_least"),
        ("en", "Dozens were killed in the attack.", 12, "at_least"),
        ("fr", "Des dizaines de civils ont été tués.", 12, "at_least"),
        ("en", "Gunmen attacked the village, killing 7 and wounding 12.", 7, "exact"),
        (
            "fr",
            "Les assaillants ont attaqué le village, tuant 7 personnes et en blessant 12.",
            7,
            "exact",
        ),
        ("en", "Five soldiers and seven militants were killed.", 12, "exact"),
        ("fr", "Cinq soldats et sept assaillants ont été tués.", 12, "exact"),
        ("en", "At least 12 people, including three children, were killed.", 12, "at_least"),
        ("fr", "Au moins 12 personnes, dont trois enfants, ont été tuées.", 12, "at_least"),
        (
            "en",
            "The army said 12 militants were killed, while locals said 20 were killed.",
            12,
            "exact",
        ),
        ("en", "The death toll rose to 31.", 31, "exact"),
        ("fr", "Le bilan est de 31 morts.", 31, "exact"),
        ("fr", "L'attaque a fait 31 morts et 5 blessés.", 31, "exact"),
        ("en", "Twelve bodies were found near the well.", 12, "exact"),
        ("en", "Twelve people lost their lives.", 12, "exact"),
        ("fr", "Douze personnes ont péri dans l'attaque.", 12, "exact"),
        ("en", "Gunmen executed 4 people in the market.", 4, "exact"),
        ("fr", "Une vingtaine de personnes ont été tuées.", 20, "approx"),
    ],
)
def test_fatalities_counts(lang: str, text: str, value: int, qualifier: str) -> None:
    f = fatalities_in(text, 0, len(text), lang=lang)
    assert f is not None
    assert (f.value, f.qualifier) == (value, qualifier)
    assert text[f.start : f.end] == f.text


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("en", "A teacher was shot dead in the town.", 1),
        ("en", "They executed her in public.", 1),
        ("en", "Gunmen killed a trader at the market.", 1),
        ("fr", "Un commerçant a été abattu au marché.", 1),
        ("fr", "Il a été tué par des hommes armés.", 1),
        ("fr", "Elle a été retrouvée sans vie.", 1),
        ("en", "No casualties were reported.", 0),
        ("en", "No one was killed in the attack.", 0),
        ("fr", "L'attaque n'a fait aucune victime.", 0),
        ("fr", "Les tirs ont cessé sans faire de victimes.", 0),
        ("en", "No soldier was killed when the convoy was ambushed.", 0),
        ("en", "None of the passengers died.", 0),
        ("fr", "Aucun gendarme n'a été tué lors de l'embuscade.", 0),
        ("fr", "Aucune des otages n'est morte.", 0),
    ],
)
def test_fatalities_without_a_number(lang: str, text: str, value: int) -> None:
    f = fatalities_in(text, 0, len(text), lang=lang)
    assert f is not None and f.value == value


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("en", "Soldiers arrested nine herders near the well and executed them.", 9),
        ("en", "Gunmen abducted three traders, shot them and left the bodies by the road.", 3),
        ("fr", "Des soldats ont arrêté neuf éleveurs près du puits et les ont exécutés.", 9),
        ("fr", "Des hommes armés ont enlevé trois commerçants avant de les exécuter.", 3),
    ],
)
def test_group_seized_then_killed(lang: str, text: str, value: int) -> None:
    f = fatalities_in(text, 0, len(text), lang=lang)
    assert f is not None and f.value == value


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Police arrested twelve protesters and released them the next day."),
        ("fr", "Les gendarmes ont interpellé dix manifestants et les ont relâchés."),
    ],
)
def test_group_seized_then_released_is_no_toll(lang: str, text: str) -> None:
    f = fatalities_in(text, 0, len(text), lang=lang)
    assert f is None or f.value == 0


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Three soldiers were wounded in the ambush."),
        ("en", "Five Indian workers were abducted near the mine."),
        ("en", "Two people are missing after the attack."),
        ("en", "Gunmen attacked the village and burned 20 houses."),
        ("fr", "Trois soldats ont été blessés dans l'embuscade."),
        ("fr", "Cinq ressortissants indiens ont été enlevés près de la mine."),
        ("fr", "Deux personnes sont portées disparues après l'attaque."),
    ],
)
def test_no_fatalities_from_injured_missing_or_abducted(lang: str, text: str) -> None:
    assert fatalities_in(text, 0, len(text), lang=lang) is None


def test_fatalities_only_read_inside_the_span() -> None:
    text = "Five soldiers were killed. Three civilians were wounded."
    second = text.index("Three")
    assert fatalities_in(text, second, len(text), lang="en") is None
    f = fatalities_in(text, 0, second, lang="en")
    assert f is not None and (f.value, f.start) == (5, 0)


# --------------------------------------------------------------------------- claims


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Gunmen killed 3 soldiers and wounded 5 others, 20 km from the town.",
            [("fatalities", 3), ("injured", 5), ("distance", 20)],
        ),
        (
            "fr",
            "Des hommes armés ont tué 3 soldats et blessé 5 autres, à 20 km de la ville.",
            [("fatalities", 3), ("injured", 5), ("distance", 20)],
        ),
        ("en", "Five Indian workers were abducted near the mine.", [("victims", 5)]),
        ("fr", "Cinq ressortissants indiens ont été enlevés près de la mine.", [("victims", 5)]),
        (
            "en",
            "The singer, in her 20s, had over 140,000 followers; a ransom of $5m was paid.",
            [("age", 20), ("followers", 140_000), ("money", 5_000_000)],
        ),
        (
            "fr",
            "La chanteuse, âgée de 25 ans, avait 100 000 abonnés ; une rançon de 5 millions de dollars a été versée.",
            [("age", 25), ("followers", 100_000), ("money", 5_000_000)],
        ),
        ("en", "Two people are missing and the siege lasted 3 weeks.", []),
    ],
)
def test_count_claims(lang: str, text: str, expected: list[tuple[str, float]]) -> None:
    claims = count_claims(text, 0, len(text), lang=lang)
    assert [(a, q.value) for a, q in claims] == expected


def test_count_claims_offsets_point_into_the_text() -> None:
    text = "Nothing happened here. Gunmen abducted four traders on the road."
    start = text.index("Gunmen")
    claims = count_claims(text, start, len(text), lang="en")
    assert [(a, q.value, text[q.start : q.end]) for a, q in claims] == [("victims", 4, "four")]


def test_quantity_is_frozen_and_language_checked() -> None:
    q = one("12 people fled.", "en")
    with pytest.raises(FrozenInstanceError):
        q.value = 3  # type: ignore[misc]
    with pytest.raises(InputError):
        find_quantities("12 Leute", lang="de")


@pytest.mark.parametrize(
    ("lang", "text", "kind", "value", "total", "unknown"),
    [
        ("en", "Several fighters were killed. Unknown militant fatalities coded as 10.", "coded", 10, None, True),
        ("en", "The army denied the claim. Fatalities are coded as 0.", "coded", 0, None, False),
        ("en", "Four people died in three hamlets. Fatalities are split across three events.", "split", 3, None, False),
        ("en", "Some died in the town, with remaining 8 fatalities split across 3 events.", "split", 3, 8, False),
        ("en", "At least twenty fighters killed, split between 2 days of fighting.", "split", 2, None, False),
        ("fr", "Plusieurs combattants ont été tués. Bilan inconnu codé à 10.", "coded", 10, None, True),
        ("fr", "Quatre personnes sont mortes. Le bilan est réparti sur trois événements.", "split", 3, None, False),
        ("fr", "Dans le reste de la zone, 8 morts répartis entre 3 événements.", "split", 3, 8, False),
    ],
)
def test_toll_notes(lang: str, text: str, kind: str, value: int, total: int | None, unknown: bool) -> None:
    (note,) = toll_notes(text, lang=lang)
    assert (note.kind, note.value, note.total, note.unknown) == (kind, value, total, unknown)
    assert text[note.start : note.end] == note.text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The location is coded as the nearest town. The convoy was split into two columns."),
        ("en", "The attackers split between two groups."),
        ("fr", "Le lieu est codé comme la ville la plus proche. Les assaillants se sont répartis en deux groupes."),
    ],
)
def test_no_toll_note_without_a_toll(lang: str, text: str) -> None:
    assert toll_notes(text, lang=lang) == []


@pytest.mark.parametrize(
    ("total", "parts", "share"),
    [(14, 3, 5), (4, 3, 1), (11, 3, 4), (5, 2, 2), (10, 3, 3), (28, 2, 14), (0, 3, 0), (7, 1, 7)],
)
def test_share_of_a_split_toll(total: int, parts: int, share: int) -> None:
    assert share_of(total, parts) == share


@pytest.mark.parametrize(
    ("lang", "quote", "vague"),
    [
        ("en", "several", True), ("en", "dozens", True), ("en", "was killed", True), ("en", "killed an", True),
        ("en", "Two", False), ("en", "15", False), ("fr", "plusieurs", True), ("fr", "a été tué", True),
        ("fr", "deux", False),
    ],
)
def test_vague_amounts_can_be_replaced(lang: str, quote: str, vague: bool) -> None:
    assert is_vague_amount(quote, lang=lang) is vague


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("en", "Gunmen killed a shopkeeper and his son near the market.", 2),
        ("en", "The militants killed a guard, two farm workers, and wounded three other people.", 3),
        ("en", "Three militiamen and a woman were killed and cattle were stolen.", 4),
        ("en", "Six (local) herders and one trader were killed.", 7),
        ("en", "Two people including a teacher and a nurse were killed.", 2),
        ("en", "Raiders killed a blind couple in the village.", 2),
        ("en", "Gunmen killed two farmers, one being a village chief, near the river.", 2),
        ("en", "One soldier was killed and four wounded, and six militants killed.", 7),
        ("en", "Four villagers were injured, and three militants were killed.", 3),
        ("en", "On 3 May, five male civilians from the same family were killed when their cart hit a mine.", 5),
        ("fr", "Des hommes armés ont tué un commerçant et son fils près du marché.", 2),
        ("fr", "Trois miliciens et une femme ont été tués.", 4),
        ("fr", "Deux personnes dont un enseignant et une infirmière ont été tuées.", 2),
    ],
)
def test_fatalities_of_victims_listed_one_by_one(lang: str, text: str, value: int) -> None:
    fat = fatalities_in(text, 0, len(text), lang=lang)
    assert fat is not None and fat.value == value, fat


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("en", "The raiders killed three people and about eighty horses and twenty donkeys.", 3),
        ("en", "The shells killed two children and several sheep.", 2),
        ("fr", "Les assaillants ont tué trois personnes et une vingtaine de chevaux.", 3),
    ],
)
def test_animals_are_not_fatalities(lang: str, text: str, value: int) -> None:
    fat = fatalities_in(text, 0, len(text), lang=lang)
    assert fat is not None and fat.value == value, fat


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Unconfirmed reports stated that 10 militants were killed."),
        ("en", "The army said 30 fighters were killed, but this could not be independently verified."),
        ("fr", "Selon des informations non confirmées, 10 militants ont été tués."),
    ],
)
def test_unverified_tolls_are_not_counted(lang: str, text: str) -> None:
    assert fatalities_in(text, 0, len(text), lang=lang) is None


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("en", "Nine people including two officers and seven civilians were killed.", 9),
        ("en", "The army 'neutralized' (presumably killed) eight suspected militants.", 8),
        ("en", "Only the suicide bomber died in the attack.", 1),
        ("fr", "Neuf personnes dont deux douaniers et sept civils ont été tuées.", 9),
        ("fr", "L'armée a « neutralisé » (présumés tués) huit militants.", 8),
    ],
)
def test_fatalities_heads_asides_and_lone_deaths(lang: str, text: str, value: int) -> None:
    fat = fatalities_in(text, 0, len(text), lang=lang)
    assert fat is not None and fat.value == value, fat


def test_plural_death_without_number_is_not_one() -> None:
    text = "The soldiers died."
    assert fatalities_in(text, 0, len(text), lang="en") is None


@pytest.mark.parametrize(
    ("lang", "text", "side"),
    [
        ("en", "Five soldiers were killed.", "state"),
        ("en", "The army said four militants were killed.", "armed"),
        ("en", "Three militiamen were killed.", "militia"),
        ("en", "Seven civilians were killed.", "civilians"),
        ("en", "Militants killed 5 soldiers and 7 civilians.", None),
        ("fr", "Cinq soldats ont été tués.", "state"),
        ("fr", "Quatre jihadistes ont été tués.", "armed"),
        ("fr", "Sept civils ont été tués.", "civilians"),
    ],
)
def test_toll_side(lang: str, text: str, side: str | None) -> None:
    fat = fatalities_in(text, 0, len(text), lang=lang)
    assert fat is not None
    assert toll_side(text, fat, lang=lang) == side


@pytest.mark.parametrize(
    ("lang", "text", "elsewhere", "update"),
    [
        ("en", "Nine militants were killed in a second clash (coded separately).", True, False),
        ("en", "The group claimed responsibility and said it killed 40 soldiers.", True, False),
        ("en", "The army claimed to have killed 30 militants.", True, False),
        ("en", "The group claimed responsibility and acknowledged two fighters killed in its ranks.", False, False),
        ("en", "One of the wounded died, bringing the number of fatalities to three.", False, True),
        ("en", "Five soldiers were killed.", False, False),
        ("fr", "Le groupe a revendiqué l'attaque et affirme avoir tué 40 soldats.", True, False),
        ("fr", "Un blessé a succombé, portant le bilan à trois morts.", False, True),
    ],
)
def test_tolls_elsewhere_and_updates(lang: str, text: str, elsewhere: bool, update: bool) -> None:
    assert toll_is_elsewhere(text, 0, len(text), lang=lang) is elsewhere
    assert toll_is_update(text, 0, len(text), lang=lang) is update


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("en", "Gunmen killed a farmer and his two sons at their house.", 3),
        ("en", "Gunmen attacked the market and killed a livestock trader.", 1),
        ("en", "The raiders killed two cattle herders.", 2),
        ("en", "On 4 July 2024, two militants were killed while planting a mine.", 2),
        ("fr", "Des hommes armés ont tué un cultivateur et ses deux fils.", 3),
        ("fr", "Des hommes armés ont tué deux marchands de bétail.", 2),
    ],
)
def test_listed_victims_numbers_people_and_dates(lang: str, text: str, value: int) -> None:
    fat = fatalities_in(text, 0, len(text), lang=lang)
    assert fat is not None and fat.value == value, fat


@pytest.mark.parametrize(
    ("lang", "text", "parts"),
    [
        ("en", "The air force killed 28 militants, fatalities split between (3) events.", 3),
        ("fr", "Vingt-huit militants ont été tués, bilan réparti entre (3) événements.", 3),
    ],
)
def test_split_toll_with_bracketed_count(lang: str, text: str, parts: int) -> None:
    (note,) = toll_notes(text, lang=lang)
    assert note.kind == "split" and note.value == parts


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # a comma is not "and": the clause before it is no victim
        ("en", "On 4 March, the militants overran the base, four soldiers were killed.", 4),
        ("en", "On 4 March, two groups clashed over a dispute, two people were killed and four wounded.", 2),
        ("en", "A soldier, a gendarme and a child were killed.", 3),
        # the head of "including" is the toll
        ("en", "Gunmen killed nine civilians including eight herders and one trader.", 9),
        ("en", "Militants killed a religious leader and at least three of his relatives.", 4),
        ("fr", "Le 4 mars, les militants ont pris la base, quatre soldats ont été tués.", 4),
        ("fr", "Des hommes armés ont tué neuf civils dont huit éleveurs et un commerçant.", 9),
    ],
)
def test_listed_victims_need_and_and_keep_the_head(lang: str, text: str, value: int) -> None:
    fat = fatalities_in(text, 0, len(text), lang=lang)
    assert fat is not None and fat.value == value, fat


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("en", "Gunmen fired a rocket at the post, shooting dead three gendarmes and a civilian.", 4),
        ("en", "Soldiers killed a man herding his animals near a well.", 1),
        ("en", "The attack caused the death of seven soldiers and the injury of 12 others.", 7),
        ("fr", "Des hommes armés ont attaqué le poste, abattant par balles trois gendarmes et un civil.", 4),
    ],
)
def test_more_listed_victims(lang: str, text: str, value: int) -> None:
    fat = fatalities_in(text, 0, len(text), lang=lang)
    assert fat is not None and fat.value == value, fat


@pytest.mark.parametrize(
    "text",
    [
        "Unknown fatalities coded at low estimate of 3.",
        "Unknown fatalities coded according to low estimate as 3.",
        "Unknown fatalities assessed as low and coded as 3.",
    ],
)
def test_coded_toll_low_estimate(text: str) -> None:
    (note,) = toll_notes(text, lang="en")
    assert (note.kind, note.value, note.unknown) == ("coded", 3, True)


@pytest.mark.parametrize(
    ("lang", "text", "value", "qualifier"),
    [
        ("en", "Troops repelled the attack, killing more than 20 of the assailants, the agency reported.", 20, "at_least"),
        ("en", "Gunmen killed a driver, a teacher and two farmers.", 4, "exact"),
        ("fr", "Les soldats ont repoussé l'attaque, tuant plus de 20 assaillants, a rapporté l'agence.", 20, "at_least"),
        ("fr", "Des hommes armés ont tué un chauffeur et son fils.", 2, "exact"),
    ],
)
def test_a_comma_alone_does_not_add_a_victim(lang: str, text: str, value: int, qualifier: str) -> None:
    """The phrase after the toll ("the agency reported") is not one more person killed."""
    fat = fatalities_in(text, 0, len(text), lang=lang)
    assert fat is not None and (fat.value, fat.qualifier) == (value, qualifier)
