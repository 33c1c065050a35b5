"""One incident, one record (issue #13): the sub-acts of an incident fold into its act as ACLED
codes it, and what a report only recalls or tells as another incident stays apart (invented
reports, English and French; each a report of Friday 15 March 2024)."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import extraction
from test_link_fuse import mention

from eventfuse.extract.scenes import violence_before_its_moves
from eventfuse.pipeline import Stages
from eventfuse.records import ArticleExtraction, Mention

PUBLISHED = date(2024, 3, 15)


def read(text: str, lang: str, stages: Stages) -> ArticleExtraction:
    result = extraction(stages, text, lang, PUBLISHED)
    assert result.mentions, text
    return result


def main_act(result: ArticleExtraction) -> Mention:
    return next(m for m in result.mentions if m.primary)


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("en", ("Gunmen abducted Father Paolo Rinaldi, an Italian priest, at his home in Sokoura on Tuesday night. "
                "\"There were nuns there too, but they only kidnapped him,\" added Mr Kaboré."), "Kaboré"),
        ("fr", ("Des hommes armés ont enlevé le père Paolo Rinaldi, un prêtre italien, à son domicile à Sokoura "
                "mardi soir. « Il y avait également des sœurs, mais ils n’ont enlevé que lui », a ajouté M. Kaboré."),
         "Kaboré"),
    ],
)
def test_the_speaker_of_a_quote_is_not_a_second_captive(lang: str, text: str, speaker: str, stages: Stages) -> None:
    result = read(text, lang, stages)
    assert not any(speaker in v for m in result.mentions for v in m.victims)
    assert [m.sub_event_type for m in result.mentions] == ["Abduction/forced disappearance"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", ("An engineer kidnapped in Burkina Faso has been found dead, the ministry said on Thursday. "
                "A body found late on Wednesday is that of Paul Martin, \"the engineer who was kidnapped on "
                "Tuesday\", a spokesman said.")),
        ("fr", ("Un ingénieur enlevé au Burkina Faso a été retrouvé mort, a indiqué le ministère jeudi. "
                "Le corps retrouvé mercredi soir est celui de Paul Martin, « l’ingénieur qui a été enlevé "
                "mardi », a précisé un porte-parole.")),
    ],
)
def test_a_captive_found_dead_is_coded_on_the_abduction_day(lang: str, text: str, stages: Stages) -> None:
    result = read(text, lang, stages)
    violent = [m for m in result.mentions if m.event_type != "Strategic developments"]
    assert len(violent) == 1, [(m.sub_event_type, m.date) for m in violent]
    main = violent[0]
    assert main.sub_event_type == "Attack"
    assert main.date is not None and main.date.value == date(2024, 3, 12)  # Tuesday, the abduction


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", ("A young singer was killed by jihadists in Sokoura on Wednesday. "
                "She was abducted on Tuesday at the market, witnesses said.")),
        ("fr", ("Une jeune chanteuse a été tuée par des jihadistes à Sokoura mercredi. "
                "Elle a été enlevée mardi au marché, selon des témoins.")),
    ],
)
def test_a_killing_told_with_its_own_day_keeps_that_day(lang: str, text: str, stages: Stages) -> None:
    # not a body found (whose day of death is unknown): the killing is dated as it is told
    result = read(text, lang, stages)
    attacks = [m for m in result.mentions if m.sub_event_type == "Attack"]
    assert attacks, [(m.sub_event_type, m.date) for m in result.mentions]
    assert all(m.date is not None and m.date.value == date(2024, 3, 13) for m in attacks)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", ("Some thirty gunmen attacked Sokoura on Wednesday night, where 160 herders had been massacred "
                "in March 2019, the village chief said.")),
        ("fr", ("Une trentaine d’hommes armés ont donné l’assaut mercredi soir à Sokoura, où 160 éleveurs avaient "
                "été massacrés en mars 2019, a dit le chef du village.")),
    ],
)
def test_a_massacre_recalled_in_a_where_clause_is_not_the_news(lang: str, text: str, stages: Stages) -> None:
    result = read(text, lang, stages)
    assert len(result.mentions) == 1
    main = main_act(result)
    assert main.date is not None and main.date.value == date(2024, 3, 13)
    assert any(s.reason == "recalled" for s in result.set_aside)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", ("Gunmen killed twelve villagers in Sokoura on Wednesday. "
                "A soldier was killed in a separate attack in Dioungani, the army said.")),
        ("fr", ("Des hommes armés ont tué douze villageois mercredi à Sokoura. "
                "Un soldat a trouvé la mort dans une attaque distincte à Dioungani, selon l’armée.")),
    ],
)
def test_an_act_told_as_another_incident_stays_its_own_event(lang: str, text: str, stages: Stages) -> None:
    result = read(text, lang, stages)
    assert len([m for m in result.mentions if m.disorder_type == "Political violence"]) == 2


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", ("On 12 March, the army launched an operation in the village of Sokoura. "
                "According to the authorities, 20 terrorists were killed.")),
        ("fr", ("Le 12 mars, l’armée a déclenché une opération dans le village de Sokoura. "
                "Selon les autorités, 20 terroristes ont été tués.")),
    ],
)
def test_an_operation_told_before_its_violence_is_that_violence(lang: str, text: str, stages: Stages) -> None:
    result = read(text, lang, stages)
    assert len(result.mentions) == 1, [(m.sub_event_type, m.trigger.quote) for m in result.mentions]
    main = main_act(result)
    assert main.event_type != "Strategic developments"
    assert main.fatalities == 20
    assert any(p.sub_event_type == "Change to group/activity" for p in main.parts)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", ("President Ali Traoré arrested in mutiny by soldiers\n\nSoldiers say they arrested the prime "
                "minister in the capital.")),
        ("fr", ("Le président Ali Traoré arrêté par des militaires mutinés\n\nLes militaires disent avoir arrêté "
                "le Premier ministre dans la capitale.")),
    ],
)
def test_the_arrests_of_a_coup_are_that_coup(lang: str, text: str, stages: Stages) -> None:
    result = read(text, lang, stages)
    assert [m.sub_event_type for m in result.mentions] == ["Other"]
    assert [p.sub_event_type for p in main_act(result).parts] == ["Arrests"]


@pytest.mark.parametrize(("toll", "acts"), [(3, ["Air/drone strike"]), (None, ["Change to group/activity", "Air/drone strike"])])
def test_a_move_folds_only_into_violence_told_with_its_harm(toll: int | None, acts: list[str]) -> None:
    """"Troops were reinforced ... ready to counter an airstrike": violence without harm is no
    scene the move belongs to."""
    move = mention("a", 1, sub="Change to group/activity")
    strike = mention("a", 40, sub="Air/drone strike", fatalities=toll)
    assert [m.sub_event_type for m in violence_before_its_moves([move, strike])] == acts
