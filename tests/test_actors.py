"""Tests of the actor table (data/actors.toml) and the actor matcher (extract/actors.py)."""

from __future__ import annotations

import csv
import itertools
from datetime import date
from pathlib import Path

import pytest

from eventfuse.common.text import casefold_unaccent, fold_keep_length, unaccent_casefold
from eventfuse.errors import ConfigError, InputError
from eventfuse.extract.actor_cues import BRACKET_IDENTITY_RE, EITHER_OR_RE
from eventfuse.extract.actors import (
    LANG_VARIABLES,
    ActorMatch,
    ActorTable,
    find_actors,
    localise_mention,
    normalise_actor_name,
    patterns_for_ruler,
    police_at_demonstrations,
)
from eventfuse.lang import load
from eventfuse.records import Actor, DateMention, Mention, Place, Span

SHARED = Path(__file__).resolve().parents[2] / "shared"
MALI_ACLED = SHARED / "eval" / "acled" / "mali_1997-2022-06.csv"

JNIM = "JNIM: Group for Support of Islam and Muslims"


def only(matches: list[ActorMatch]) -> ActorMatch:
    assert len(matches) == 1, matches
    return matches[0]


def named(matches: list[ActorMatch], name: str) -> ActorMatch:
    hits = [m for m in matches if m.name == name]
    assert hits, f"{name!r} not in {[m.name for m in matches]}"
    return hits[0]


# --- names and spellings -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "alias"),
    [
        ("en", "JNIM ambushed a convoy.", "JNIM"),
        ("en", "The GSIM said it had ambushed a convoy.", "GSIM"),
        (
            "en",
            "Jama'at Nusrat al-Islam wal-Muslimin ambushed a convoy.",
            "Jama'at Nusrat al-Islam wal-Muslimin",
        ),
        (
            "en",
            "Jama’at Nusrat ul-Islam wa al-Muslimin ambushed a convoy.",
            "Jama’at Nusrat ul-Islam wa al-Muslimin",
        ),
        (
            "en",
            "Jamaat Nusrat al-Islam wal Muslimin ambushed a convoy.",
            "Jamaat Nusrat al-Islam wal Muslimin",
        ),
        (
            "en",
            "Jamāʿat Nuṣrat al-Islām wal-Muslimīn ambushed a convoy.",
            "Jamāʿat Nuṣrat al-Islām wal-Muslimīn",
        ),
        (
            "en",
            "The Group for Support of Islam and Muslims ambushed a convoy.",
            "Group for Support of Islam and Muslims",
        ),
        (
            "fr",
            "Le Groupe de soutien à l’islam et aux musulmans a tendu une embuscade.",
            "Groupe de soutien à l’islam et aux musulmans",
        ),
        (
            "fr",
            "Le GROUPE DE SOUTIEN A L'ISLAM ET AUX MUSULMANS a tendu une embuscade.",
            "GROUPE DE SOUTIEN A L'ISLAM ET AUX MUSULMANS",
        ),
        ("fr", "Le Jnim a tendu une embuscade.", "Jnim"),
        ("fr", "Le GSIM a tendu une embuscade.", "GSIM"),
    ],
)
def test_jnim_spellings_map_to_one_name(lang: str, text: str, alias: str) -> None:
    match = named(find_actors(text, lang=lang), JNIM)
    assert match.text == alias
    assert text[match.start : match.end] == alias
    assert match.inter == 2 and not match.generic


@pytest.mark.parametrize(
    ("lang", "text", "on", "name"),
    [
        (
            "en",
            "Malian soldiers repelled the attack.",
            date(2019, 5, 1),
            "Military Forces of Mali (2013-2020)",
        ),
        (
            "en",
            "Malian soldiers repelled the attack.",
            date(2022, 1, 10),
            "Military Forces of Mali (2021-)",
        ),
        (
            "fr",
            "Des soldats maliens ont repoussé l'attaque.",
            date(2019, 5, 1),
            "Military Forces of Mali (2013-2020)",
        ),
        (
            "fr",
            "Des soldats maliens ont repoussé l'attaque.",
            date(2022, 1, 10),
            "Military Forces of Mali (2021-)",
        ),
        (
            "en",
            "The Malian army repelled the attack.",
            date(2012, 6, 1),
            "Military Forces of Mali (2012-2013)",
        ),
        (
            "fr",
            "Les Forces armées maliennes ont repoussé l'attaque.",
            date(2021, 1, 5),
            "Military Forces of Mali (2020-2021)",
        ),
        (
            "en",
            "FAMa repelled the attack.",
            date(2010, 1, 5),
            "Military Forces of Mali (2002-2012)",
        ),
        (
            "fr",
            "Les FAMa ont repoussé l'attaque.",
            date(2022, 1, 10),
            "Military Forces of Mali (2021-)",
        ),
    ],
)
def test_state_forces_take_the_period_of_the_date(
    lang: str, text: str, on: date, name: str
) -> None:
    match = only(find_actors(text, lang=lang, on=on, country="Mali"))
    assert match.name == name
    assert match.inter == 1


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_state_forces_abroad_are_external(lang: str) -> None:
    text = {
        "en": "Malian troops crossed the border.",
        "fr": "Des troupes maliennes ont franchi la frontière.",
    }[lang]
    match = only(find_actors(text, lang=lang, on=date(2020, 1, 10), country="Burkina Faso"))
    assert match.name == "Military Forces of Mali (2013-2020)"
    assert match.inter == 8


@pytest.mark.parametrize(
    ("lang", "text"),
    [("en", "Soldiers killed two gunmen."), ("fr", "Des militaires ont tué deux hommes armés.")],
)
def test_generic_state_words_resolve_to_the_event_country(lang: str, text: str) -> None:
    matches = find_actors(text, lang=lang, on=date(2022, 3, 1), country="Burkina Faso")
    assert [m.name for m in matches] == [
        "Military Forces of Burkina Faso (2022-)",
        "Unidentified Armed Group (Burkina Faso)",
    ]
    assert all(m.generic for m in matches)
    assert [m.inter for m in matches] == [1, 3]


# --- generic classes and certainty -------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "words"),
    [
        ("en", "On Monday suspected jihadists stormed the market.", "jihadists"),
        ("fr", "Lundi, des djihadistes présumés ont pris d'assaut le marché.", "djihadistes"),
        ("fr", "Lundi, de présumés djihadistes ont pris d'assaut le marché.", "djihadistes"),
        ("en", "On Monday alleged militants stormed the market.", "militants"),
    ],
)
def test_suspected_jihadists_are_an_unidentified_armed_group(
    lang: str, text: str, words: str
) -> None:
    match = only(find_actors(text, lang=lang, country="Mali"))
    assert match.text == words
    assert match.name == "Unidentified Armed Group (Mali)"
    assert match.inter == 3
    assert match.certainty == "suspected"
    assert match.generic


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Jihadists stormed the market."),
        ("fr", "Des jihadistes ont pris d'assaut le marché."),
    ],
)
def test_unnamed_jihadists_before_2019_were_islamist_militia(lang: str, text: str) -> None:
    assert (
        only(find_actors(text, lang=lang, country="Mali", on=date(2016, 4, 2))).name
        == "Islamist Militia (Mali)"
    )
    assert (
        only(find_actors(text, lang=lang, country="Mali", on=date(2021, 4, 2))).name
        == "Unidentified Armed Group (Mali)"
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Gunmen stormed the market."),
        ("fr", "Des individus armés non identifiés ont pris d'assaut le marché."),
        ("fr", "Des HANI ont pris d'assaut le marché."),
        ("en", "Unidentified armed men (HANI) stormed the market."),
    ],
)
def test_armed_group_without_country(lang: str, text: str) -> None:
    match = only(find_actors(text, lang=lang))
    assert match.name == "Unidentified Armed Group"
    assert match.certainty == "confirmed"


@pytest.mark.parametrize(
    ("lang", "text", "words"),
    [
        ("en", "The assailants shot two villagers.", "villagers"),
        ("en", "The assailants shot civilians.", "civilians"),
        ("en", "The assailants shot a trader.", "trader"),
        ("en", "The assailants shot a teacher.", "teacher"),
        ("en", "The assailants shot an influencer.", "influencer"),
        ("en", "The assailants shot a village chief.", "village chief"),
        ("en", "The assailants shot women and children.", "women"),
        ("fr", "Les assaillants ont tué des habitants.", "habitants"),
        ("fr", "Les assaillants ont tué des civils.", "civils"),
        ("fr", "Les assaillants ont tué des villageois.", "villageois"),
        ("fr", "Les assaillants ont tué un commerçant.", "commerçant"),
        ("fr", "Les assaillants ont tué un enseignant.", "enseignant"),
        ("fr", "Les assaillants ont tué des femmes.", "femmes"),
        ("fr", "Les assaillants ont tué des enfants.", "enfants"),
        ("en", "The assailants shot a street vendor.", "street vendor"),
        ("en", "The assailants shot two worshipers.", "worshipers"),
        ("en", "The assailants shot a municipal councilor.", "municipal councilor"),
        ("fr", "Les assaillants ont tué un vendeur.", "vendeur"),
        ("fr", "Les assaillants ont tué deux conseillers municipaux.", "conseillers municipaux"),
        ("fr", "Les assaillants ont tué un catéchiste.", "catéchiste"),
    ],
)
def test_civilian_words(lang: str, text: str, words: str) -> None:
    matches = find_actors(text, lang=lang, country="Mali")
    assert matches[0].name == "Unidentified Armed Group (Mali)"
    victim = matches[1]
    assert victim.text == words
    assert victim.name == "Civilians (Mali)"
    assert victim.inter == 7


@pytest.mark.parametrize(
    ("lang", "text", "name", "inter"),
    [
        ("en", "Protesters marched in Bamako.", "Protesters (Mali)", 6),
        ("fr", "Des manifestants ont marché à Bamako.", "Protesters (Mali)", 6),
        ("en", "Rioters burned tyres in Bamako.", "Rioters (Mali)", 5),
        ("fr", "Des émeutiers ont brûlé des pneus à Bamako.", "Rioters (Mali)", 5),
    ],
)
def test_protesters_and_rioters(lang: str, text: str, name: str, inter: int) -> None:
    match = only(find_actors(text, lang=lang, country="Mali"))
    assert (match.name, match.inter) == (name, inter)


@pytest.mark.parametrize(
    ("lang", "text", "claimer", "other"),
    [
        (
            "en",
            "JNIM claimed responsibility for the attack on Malian soldiers.",
            "JNIM",
            "Malian soldiers",
        ),
        ("en", "Soldiers died in an ambush claimed by the ISGS.", "ISGS", "Soldiers"),
        ("fr", "L'embuscade contre les soldats a été revendiquée par l'EIGS.", "EIGS", "soldats"),
        (
            "fr",
            "Le JNIM a revendiqué l'attaque contre les soldats maliens.",
            "JNIM",
            "soldats maliens",
        ),
    ],
)
def test_claimed_responsibility(lang: str, text: str, claimer: str, other: str) -> None:
    matches = {m.text: m for m in find_actors(text, lang=lang, country="Mali", on=date(2020, 2, 1))}
    assert matches[claimer].certainty == "claimed"
    assert matches[other].certainty == "confirmed"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Suspected jihadists killed five villagers."),
        ("fr", "Des jihadistes présumés ont tué cinq villageois."),
    ],
)
def test_suspicion_does_not_jump_over_another_actor(lang: str, text: str) -> None:
    jihadists, villagers = find_actors(text, lang=lang, country="Mali")
    assert jihadists.certainty == "suspected"
    assert villagers.certainty == "confirmed"


@pytest.mark.parametrize(
    ("lang", "text", "span"),
    [
        (
            "fr",
            "Des hommes armés soupçonnés d'appartenir à la katiba Macina ont enlevé un berger.",
            "katiba Macina",
        ),
        (
            "en",
            "Gunmen believed to be members of Katiba Macina abducted a herder.",
            "Katiba Macina",
        ),
    ],
)
def test_suspected_membership(lang: str, text: str, span: str) -> None:
    match = named(find_actors(text, lang=lang, country="Mali"), "Katiba Macina")
    assert match.text == span
    assert match.certainty == "suspected"


# --- matching rules ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "span", "on", "name"),
    [
        (
            "en",
            "The Islamic State (Greater Sahara) attacked.",
            "Islamic State (Greater Sahara)",
            date(2018, 6, 1),
            "Islamic State (Greater Sahara)",
        ),
        (
            "en",
            "The Islamic State in the Greater Sahara attacked.",
            "Islamic State in the Greater Sahara",
            date(2020, 6, 1),
            "Islamic State (West Africa) - Greater Sahara Faction",
        ),
        (
            "en",
            "The Islamic State attacked.",
            "Islamic State",
            date(2023, 6, 1),
            "Islamic State (Sahel)",
        ),
        (
            "en",
            "The Islamic State West Africa Province attacked.",
            "Islamic State West Africa Province",
            date(2023, 6, 1),
            "Islamic State (West Africa) - Lake Chad Faction",
        ),
        (
            "fr",
            "L'État islamique au Grand Sahara a attaqué.",
            "État islamique au Grand Sahara",
            date(2018, 6, 1),
            "Islamic State (Greater Sahara)",
        ),
        (
            "fr",
            "L'État islamique au Sahel a attaqué.",
            "État islamique au Sahel",
            date(2023, 6, 1),
            "Islamic State (Sahel)",
        ),
    ],
)
def test_longest_match_wins(lang: str, text: str, span: str, on: date, name: str) -> None:
    match = only(find_actors(text, lang=lang, on=on))
    assert match.text == span
    assert match.name == name


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The armed menace grows."),
        ("en", "JNIMX is not a group."),
        ("en", "The fama of the town spread."),
        ("en", "The agency built a new platform for data."),
        ("fr", "Une plateforme numérique a été lancée."),
        ("fr", "La Dozologie n'existe pas."),
        ("en", "Policies on gendarmeriesque matters were discussed."),
    ],
)
def test_no_match_inside_longer_words_or_wrong_case(lang: str, text: str) -> None:
    assert find_actors(text, lang=lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "span", "name"),
    [
        ("en", "JNIM militants attacked the post.", "JNIM militants", JNIM),
        (
            "en",
            "Militants of the Katiba Macina attacked the post.",
            "Militants of the Katiba Macina",
            "Katiba Macina",
        ),
        ("fr", "Des combattants du JNIM ont attaqué le poste.", "combattants du JNIM", JNIM),
        (
            "fr",
            "Des hommes armés de la katiba Serma ont attaqué le poste.",
            "hommes armés de la katiba Serma",
            "Katiba Serma",
        ),
        (
            "en",
            "Barkhane soldiers attacked the post.",
            "Barkhane soldiers",
            "Military Forces of France (2017-)",
        ),
    ],
)
def test_generic_noun_next_to_a_named_group_is_that_group(
    lang: str, text: str, span: str, name: str
) -> None:
    match = only(find_actors(text, lang=lang, on=date(2020, 1, 1), country="Mali"))
    assert (match.text, match.name) == (span, name)
    assert not match.generic


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_start_and_end_limit_the_search(lang: str) -> None:
    text = "JNIM attacked. Then the ISGS attacked."
    first_end = text.index(".") + 1
    assert [m.text for m in find_actors(text, lang=lang, end=first_end)] == ["JNIM"]
    later = find_actors(text, lang=lang, start=first_end)
    assert [m.text for m in later] == ["ISGS"]
    assert text[later[0].start : later[0].end] == "ISGS"


def test_shared_alias_chosen_by_date() -> None:
    text = "Russian mercenaries accompanied the patrol."
    assert only(find_actors(text, lang="en", on=date(2022, 5, 1))).name == "Wagner Group"
    assert only(find_actors(text, lang="en", on=date(2025, 9, 1))).name == "Africa Corps"


def test_unsupported_language() -> None:
    with pytest.raises(InputError) as info:
        find_actors("JNIM", lang="de")
    assert info.value.code == "EF113"


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_matches_are_ordered_disjoint_and_quote_the_text(lang: str) -> None:
    text = (
        "Le 3 mars, des hommes armés présumés du JNIM ont attaqué l’armée malienne et la MINUSMA; "
        "Barkhane, les Dozos et des civils ont été touchés. The G5 Sahel, GATIA and MSA replied."
    )
    matches = find_actors(text, lang=lang, on=date(2021, 3, 3), country="Mali")
    assert len(matches) >= 6
    for a, b in itertools.pairwise(matches):
        assert a.end <= b.start
    for m in matches:
        assert text[m.start : m.end] == m.text


# --- names -------------------------------------------------------------------------------


def test_normalise_actor_name() -> None:
    assert (
        normalise_actor_name("Military Forces of Mali (2021-)") == "military forces of mali (2021-)"
    )
    assert normalise_actor_name(
        "Military Forces of Mali (2021-)", keep_period=False
    ) == normalise_actor_name("military  forces of MALI (2013-2020)", keep_period=False)
    assert normalise_actor_name("Civilians (Mali)", keep_period=False) == "civilians (mali)"
    assert normalise_actor_name("Forces armées maliennes") == "forces armees maliennes"


@pytest.mark.parametrize(
    ("name", "canonical"),
    [
        ("Military Forces of Mali (2013-)", "Military Forces of Mali (2013-2020)"),
        (
            "Police Forces of Burkina Faso (2015-) Gendarmerie",
            "Police Forces of Burkina Faso (2015-2022) Gendarmerie",
        ),
        ("Civilians (Burkina Faso)", "Civilians (Burkina Faso)"),
        ("Unidentified Armed Group (Niger)", "Unidentified Armed Group (Niger)"),
        ("Fula Ethnic Militia (Burkina Faso)", "Fulani Ethnic Militia (Burkina Faso)"),
        (f"{JNIM} and/or Islamic State (Sahel)", f"{JNIM} and/or Islamic State (Sahel)"),
        (
            "Islamic State (West Africa) - Greater Sahara Faction",
            "Islamic State (West Africa) - Greater Sahara Faction",
        ),
        ("Some Group Nobody Knows", None),
    ],
)
def test_canonical_name(name: str, canonical: str | None) -> None:
    assert ActorTable.load().canonical_name(name) == canonical


# --- the table and the word lists --------------------------------------------------------


def test_load_is_cached() -> None:
    assert ActorTable.load() is ActorTable.load()


def test_lang_modules_mirror_each_other() -> None:
    en, fr = load("en").actors, load("fr").actors
    for name in LANG_VARIABLES:
        assert isinstance(getattr(en, name), tuple), name
        assert isinstance(getattr(fr, name), tuple), name
    classes = [
        n
        for n in LANG_VARIABLES
        if n.endswith("_words")
        and n
        not in {
            "suspected_words",
            "suspected_after_words",
            "claimed_words",
            "claimed_by_words",
            "affiliation_words",
            "article_words",
        }
    ]
    for module in (en, fr):
        seen: dict[str, str] = {}
        for name in classes:
            for phrase in getattr(module, name):
                key = normalise_actor_name(phrase)
                assert key not in seen, f"{phrase!r} in {seen.get(key)} and {name}"
                seen[key] = name


def test_fold_keeps_length_so_offsets_hold() -> None:
    text = "Ségou’s « Djihadistes » — présumés"
    folded = fold_keep_length(text)
    assert len(folded) == len(text)
    assert folded == "segou's « djihadistes » - presumes"
    assert fold_keep_length("JNIM", lower=False) == "JNIM"


def test_casefold_orders_agree_on_latin_letters() -> None:
    for code in range(0x250):
        assert casefold_unaccent(chr(code)) == unaccent_casefold(chr(code)), hex(code)
    assert unaccent_casefold("Ségou") == casefold_unaccent("Ségou") == "segou"
    # outside Latin the order matters: NFKD of U+03D2 is a capital letter
    assert unaccent_casefold("\u03d2") == "\u03c5"
    assert casefold_unaccent("\u03d2") == "\u03a5"


@pytest.mark.parametrize("gap", [" and/or ", " or the ", "/", " ou ", " et/ou ", " ou de l'"])
def test_either_or_cues_of_every_language(gap: str) -> None:
    assert EITHER_OR_RE.match(gap), gap


@pytest.mark.parametrize(
    "gap",
    [" (", " (suspected to be ", "' (suspected to be ", " (presumes du ", " (sans doute de la "],
)
def test_bracket_identity_cues_of_every_language(gap: str) -> None:
    assert BRACKET_IDENTITY_RE.match(gap), gap


def test_every_entry_is_well_formed() -> None:
    table = ActorTable.load()
    keys = [e.key for e in table.entries]
    assert len(keys) == len(set(keys))
    for entry in table.entries:
        assert 1 <= entry.inter <= 8
        if entry.generic:
            # a word list, or own words in both languages ("forest guards")
            assert entry.words or (entry.aliases_en and entry.aliases_fr), entry.key
        else:
            assert entry.aliases_en and entry.aliases_fr, entry.key
        for a, b in itertools.pairwise(entry.periods):
            assert a.end is not None and b.start is not None and a.end < b.start, entry.key


def test_ruler_patterns_cover_named_actors_only() -> None:
    patterns = patterns_for_ruler()
    ids = {p["id"] for p in patterns}
    assert JNIM in ids and "Military Forces of Mali" in ids
    assert all(p["label"] in {"ORG", "NORP"} for p in patterns)
    generic_words = {"gunmen", "civilians", "soldier", "villageois"}
    assert not generic_words & {p["pattern"] for p in patterns}
    assert {p["pattern"] for p in patterns_for_ruler(lang="fr")} >= {"armée malienne", "EIGS"}


def test_bad_table_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "actors.toml"
    path.write_text('[[actor]]\nname = "X"\ninter = 12\naliases_en = ["X"]\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="inter"):
        ActorTable.from_toml(path)
    path.write_text(
        '[[actor]]\nname = "X"\ninter = 2\nregime = "Atlantis"\naliases_en = ["X"]\n',
        encoding="utf-8",
    )
    with pytest.raises(ConfigError, match="regime"):
        ActorTable.from_toml(path)
    with pytest.raises(ConfigError, match="not found"):
        ActorTable.from_toml(tmp_path / "missing.toml")


def test_custom_table(tmp_path: Path) -> None:
    path = tmp_path / "actors.toml"
    path.write_text(
        '[[actor]]\nname = "Test Front"\ninter = 2\naliases_en = ["Test Front"]\n'
        'aliases_fr = ["Front du test"]\n',
        encoding="utf-8",
    )
    table = ActorTable.load(path)
    assert (
        only(find_actors("Le Front du test a attaqué.", lang="fr", table=table)).name
        == "Test Front"
    )


# --- against ACLED's own coding ----------------------------------------------------------


@pytest.mark.shared
@pytest.mark.skipif(not MALI_ACLED.exists(), reason="../shared is absent")
def test_table_knows_acled_actor1_names_of_the_mali_tuning_split() -> None:
    table = ActorTable.load()
    with MALI_ACLED.open(encoding="utf-8", newline="") as handle:
        actors = [
            row["actor1"] for row in csv.DictReader(handle) if row["event_date"] >= "2021-07-01"
        ]
    assert actors
    distinct = set(actors)
    known = {name for name in distinct if table.knows(name)}
    share_names = len(known) / len(distinct)
    share_events = sum(name in known for name in actors) / len(actors)
    print(
        f"actor1 names known: {share_names:.3f} of {len(distinct)} distinct, {share_events:.3f} of events"
    )
    assert share_events >= 0.6


@pytest.mark.parametrize(
    ("lang", "text", "suspected"),
    [
        (
            "en",
            "The attackers, believed to be Islamist militants, shot villagers.",
            "Islamist militants",
        ),
        ("fr", "Les assaillants, présumés jihadistes, ont abattu des villageois.", "jihadistes"),
    ],
)
def test_suspicion_in_apposition(lang: str, text: str, suspected: str) -> None:
    matches = {m.text: m for m in find_actors(text, lang=lang, country="Mali")}
    assert matches[suspected].certainty == "suspected"
    assert matches["villagers" if lang == "en" else "villageois"].certainty == "confirmed"


@pytest.mark.parametrize(
    ("lang", "text", "alias"),
    [
        ("en", "Yesterday the katiba macina struck.", "katiba macina"),
        ("fr", "Hier, l'armée malienne a frappé.", "armée malienne"),
    ],
)
def test_ruler_patterns_work_in_spacy(lang: str, text: str, alias: str) -> None:
    spacy = pytest.importorskip("spacy")
    nlp = spacy.blank(lang)
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER"})
    ruler.add_patterns(patterns_for_ruler(lang=lang))
    ents = [(e.text, e.ent_id_) for e in nlp(text).ents]
    table = ActorTable.load()
    assert len(ents) == 1 and ents[0][0] == alias
    assert table.entry(ents[0][1]).key == ents[0][1]


# --- either-or attributions, release names, the event's country -----------------------

ISGS_2020 = "Islamic State (West Africa) - Greater Sahara Faction"
ISWAP_2020 = "Islamic State (West Africa) - Lake Chad Faction"
BOKO = "Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad"


@pytest.mark.parametrize(
    ("lang", "text", "name", "certainty"),
    [
        (
            "en",
            "Presumed JNIM and/or ISGS militants burned a school.",
            f"{JNIM} and/or {ISGS_2020}",
            "suspected",
        ),
        ("en", "JNIM or ISGS fighters burned a school.", f"{JNIM} and/or {ISGS_2020}", "confirmed"),
        (
            "en",
            "Suspected ISWAP/Boko Haram militants abducted a herder.",
            f"{ISWAP_2020} and/or {BOKO}",
            "suspected",
        ),
        (
            "fr",
            "Des combattants du JNIM ou de l'EIGS ont incendié une école.",
            f"{JNIM} and/or {ISGS_2020}",
            "confirmed",
        ),
        (
            "fr",
            "Des éléments présumés du JNIM et/ou de l'EIGS ont incendié une école.",
            f"{JNIM} and/or {ISGS_2020}",
            "suspected",
        ),
    ],
)
def test_either_or_attribution_is_one_actor(
    lang: str, text: str, name: str, certainty: str
) -> None:
    armed = [
        m
        for m in find_actors(text, lang=lang, on=date(2020, 6, 1), country="Niger")
        if m.inter != 7
    ]
    match = only(armed)
    assert match.name == name
    assert match.inter == 2
    assert match.certainty == certainty
    assert ActorTable.load().resolve(match.key, on=date(2020, 6, 1))[0] == name


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "JNIM and ISGS fighters clashed near the border."),
        ("fr", "Le JNIM et l'EIGS se sont affrontés près de la frontière."),
    ],
)
def test_two_groups_joined_by_and_stay_two_actors(lang: str, text: str) -> None:
    names = [m.name for m in find_actors(text, lang=lang, on=date(2020, 6, 1))]
    assert names == [JNIM, ISGS_2020]


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        (
            "en",
            "Volunteer fighters (VDP) killed a herder.",
            "VDP: Volunteer for Defense of Homeland",
        ),
        ("fr", "Des hommes armés (JNIM) ont tué un berger.", JNIM),
    ],
)
def test_generic_noun_with_a_group_in_brackets_is_that_group(
    lang: str, text: str, name: str
) -> None:
    first = find_actors(text, lang=lang, on=date(2020, 6, 1), country="Burkina Faso")[0]
    assert first.name == name
    assert first.text.endswith(")")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "ISWAP (Greater Sahara) militants killed a herder."),
        ("fr", "Des combattants de l'EIAO (Grand Sahara) ont tué un berger."),
    ],
)
def test_greater_sahara_faction_written_as_iswap(lang: str, text: str) -> None:
    names = [m.name for m in find_actors(text, lang=lang, on=date(2021, 10, 31), country="Mali")]
    assert names[0] == ISGS_2020


@pytest.mark.parametrize(
    ("lang", "text", "country", "name"),
    [
        (
            "en",
            "Gunmen attacked forest guards.",
            "Burkina Faso",
            "Police Forces of Burkina Faso (2015-2022) Forest Guards",
        ),
        (
            "fr",
            "Des hommes armés ont attaqué des agents des eaux et forêts.",
            "Burkina Faso",
            "Police Forces of Burkina Faso (2015-2022) Forest Guards",
        ),
        ("en", "Gunmen attacked forest guards.", "Niger", "Forest Guards (Niger)"),
        (
            "en",
            "Gunmen attacked the National Guard.",
            "Niger",
            "Police Forces of Niger (2011-2021) National Guard",
        ),
        (
            "fr",
            "Des hommes armés ont attaqué la Garde nationale.",
            "Niger",
            "Police Forces of Niger (2011-2021) National Guard",
        ),
        (
            "en",
            "Gunmen attacked gendarmes.",
            "Niger",
            "Military Forces of Niger (2011-2021) Gendarmerie",
        ),
        (
            "fr",
            "Des hommes armés ont attaqué des gendarmes.",
            "Burkina Faso",
            "Police Forces of Burkina Faso (2015-2022) Gendarmerie",
        ),
    ],
)
def test_armed_services_take_the_country_s_name(
    lang: str, text: str, country: str, name: str
) -> None:
    matches = find_actors(text, lang=lang, on=date(2020, 6, 1), country=country)
    assert matches[-1].name == name
    assert matches[-1].inter == 1


@pytest.mark.parametrize(
    ("on", "country", "name"),
    [
        (date(2020, 6, 1), "Nigeria", "Military Forces of Nigeria (2015-2023)"),
        (date(2024, 1, 5), "Nigeria", "Military Forces of Nigeria (2023-)"),
        (date(2020, 6, 1), "Benin", "Military Forces of Benin (2016-)"),
        (date(2020, 6, 1), "Ivory Coast", "Military Forces of Ivory Coast (2011-)"),
        (date(2020, 6, 1), "Togo", "Military Forces of Togo (2005-)"),
        (date(2023, 8, 1), "Niger", "Military Forces of Niger (2023-)"),
    ],
)
def test_regimes_of_neighbouring_states(on: date, country: str, name: str) -> None:
    assert (
        ActorTable.load().resolve("Military Forces of {country}", on=on, country=country)[0] == name
    )


@pytest.mark.parametrize(
    ("predicted", "gold", "same"),
    [
        (ISGS_2020, "Islamic State (Greater Sahara)", True),
        (ISWAP_2020, "Islamic State (West Africa)", True),
        (f"{JNIM} and/or {ISGS_2020}", f"{JNIM} and/or Islamic State (Greater Sahara)", True),
        (f"{ISGS_2020} and/or {JNIM}", f"{JNIM} and/or {ISGS_2020}", True),
        (f"{ISWAP_2020} and/or {BOKO}", f"Islamic State (West Africa) and/or {BOKO}", True),
        ("Military Forces of Niger (2011-2021)", "Military Forces of Niger (2011-)", True),
        ("Dozo Communal Militia (Burkina Faso)", "Dozo Militia", True),
        ("Koglweogo Militia", "Kolgweogo Self-Defence Militia", True),
        (ISGS_2020, ISWAP_2020, False),
        (JNIM, f"{JNIM} and/or {ISGS_2020}", False),
        ("Military Forces of Niger (2021-2023)", "Military Forces of Niger (2011-)", False),
        ("Dozo Communal Militia (Mali)", "Dozo Communal Militia (Burkina Faso)", False),
        ("Civilians (Mali)", "Civilians (Niger)", False),
    ],
)
def test_same_actor_across_releases(predicted: str, gold: str, same: bool) -> None:
    table = ActorTable.load()
    assert table.same_actor(predicted, gold) is same
    assert table.same_actor(gold, predicted) is same


@pytest.mark.parametrize(
    ("name", "country", "on", "local"),
    [
        ("Civilians", "Niger", date(2020, 1, 5), ("Civilians (Niger)", 7)),
        ("Civilians (China)", "Niger", date(2020, 1, 5), ("Civilians (Niger)", 7)),
        (
            "Unidentified Armed Group",
            "Burkina Faso",
            date(2020, 1, 5),
            ("Unidentified Armed Group (Burkina Faso)", 3),
        ),
        ("Military Forces", "Niger", date(2020, 1, 5), ("Military Forces of Niger (2011-2021)", 1)),
        (
            "Military Forces of Burkina Faso",
            "Burkina Faso",
            date(2020, 1, 5),
            ("Military Forces of Burkina Faso (2015-2022)", 1),
        ),
        (
            "Police Forces Gendarmerie",
            "Niger",
            date(2020, 1, 5),
            ("Military Forces of Niger (2011-2021) Gendarmerie", 1),
        ),
        ("Islamist Militia (Mali)", "Mali", date(2018, 1, 5), None),
        ("Civilians (Niger)", "Niger", date(2020, 1, 5), None),
        ("Military Forces of France (2017-)", "Niger", date(2020, 1, 5), None),
        (JNIM, "Niger", date(2020, 1, 5), None),
    ],
)
def test_localise_to_the_event_country(
    name: str, country: str, on: date, local: tuple[str, int] | None
) -> None:
    assert ActorTable.load().localise(name, country=country, on=on) == local


def _mention(actor1: Actor | None, actor2: Actor | None, place: Place | None) -> Mention:
    span = Span("a", 0, 1, "x")
    return Mention(
        id="m",
        article="a",
        sub_event_type="Attack",
        event_type="Violence against civilians",
        disorder_type="Political violence",
        trigger=span,
        sentence=span,
        date=DateMention(date(2020, 3, 1), 1),
        actor1=actor1,
        actor2=actor2,
        place=place,
    )


def test_localise_mention_uses_the_place_country() -> None:
    place = Place(name="Diffa", latitude=13.3, longitude=12.6, country="Niger")
    mention = _mention(Actor("Unidentified Armed Group", 3), Actor("Civilians (Chad)", 7), place)
    local = localise_mention(mention)
    assert local.actor1 == Actor("Unidentified Armed Group (Niger)", 3)
    assert local.actor2 == Actor("Civilians (Niger)", 7)
    assert localise_mention(_mention(Actor("Civilians", 7), None, None)).actor1 == Actor(
        "Civilians", 7
    )
    named = _mention(Actor(JNIM, 2), None, place)
    assert localise_mention(named) is named


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("en", "Security forces dispersed the protesters.", "Police Forces of Niger (2011-2021)"),
        (
            "fr",
            "Les forces de sécurité ont dispersé les manifestants.",
            "Police Forces of Niger (2011-2021)",
        ),
        ("en", "Soldiers dispersed the protesters.", "Military Forces of Niger (2011-2021)"),
        (
            "fr",
            "Des militaires ont dispersé les manifestants.",
            "Military Forces of Niger (2011-2021)",
        ),
        (
            "en",
            "Nigerien security forces dispersed the protesters.",
            "Military Forces of Niger (2011-2021)",
        ),
    ],
)
def test_security_forces_at_demonstrations_are_police(lang: str, text: str, name: str) -> None:
    forces = find_actors(text, lang=lang, on=date(2020, 3, 15), country="Niger")[0]
    assert police_at_demonstrations(forces).name == name
    assert police_at_demonstrations(forces).inter == 1
