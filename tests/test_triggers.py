"""Event words that name an act indirectly: throat-slitting, taking to the streets, stripping
someone of goods, extending a curfew. Each must become an event of the right type."""

from __future__ import annotations

from datetime import date

import pytest

from eventfuse.extract.triggers import SUPPORTED_LANGUAGES, language_events
from eventfuse.lang import REFERENCE, available, load
from eventfuse.pipeline import Stages
from eventfuse.records import Article, ArticleExtraction

PUBLISHED = date(2024, 3, 15)

CASES = [
    # (lang, text, sub-event type, fatalities or None when not checked)
    ("en", "On 12 March, gunmen slit the throats of two herders near the well.", "Attack", 2),
    ("fr", "Le 12 mars, des hommes armés ont égorgé deux bergers près du puits.", "Attack", 2),
    ("en", "On 12 March, traders took to the streets of the town to denounce new taxes.",
     "Peaceful protest", None),
    ("fr", "Le 12 mars, des commerçants sont descendus dans la rue pour dénoncer les taxes.",
     "Peaceful protest", None),
    ("en", "On 12 March, armed men stripped travellers of their phones and cash on the road.",
     "Looting/property destruction", None),
    ("en", "On 12 March, the governor extended the night curfew in the region by a month.",
     "Change to group/activity", None),
    ("fr", "Le 12 mars, le gouverneur a prorogé le couvre-feu dans la région d'un mois.",
     "Change to group/activity", None),
    ("en", "On 12 March, armed men ordered the residents of two hamlets to leave.", "Other", None),
    ("fr", "Le 12 mars, des hommes armés ont expulsé les habitants de deux hameaux.", "Other", None),
    ("en", "On 12 March, the army carried out an air-supported operation against militants.",
     "Armed clash", None),
    ("fr", "Le 12 mars, l'armée a mené une opération aéroterrestre contre des jihadistes.",
     "Armed clash", None),
    ("en", "On 12 March, gunmen attacked a convoy of soldiers, who fought back.", "Armed clash", None),
    ("fr", "Le 12 mars, des hommes armés ont attaqué un convoi de soldats, qui ont riposté.",
     "Armed clash", None),
    ("en", "On 12 March, soldiers killed two IED planters near the bridge.", "Armed clash", 2),
    ("fr", "Le 12 mars, des soldats ont tué deux poseurs d'engins explosifs près du pont.",
     "Armed clash", 2),
    ("en", "On 12 March, gunmen seized a large number of livestock from herders.",
     "Looting/property destruction", None),
    ("en", "On 12 March, gunmen set ablaze two trucks on the road.",
     "Looting/property destruction", None),
    ("en", "On 12 March, soldiers disarmed eight rifles from militiamen at a checkpoint.",
     "Disrupted weapons use", None),
    # a device gone off on those who planted it: their act disrupted; on those who defused it, or
    # ordnance left behind on those who played with it: remote violence
    ("en", "On 12 March, two militants were killed while planting an IED near the bridge.",
     "Disrupted weapons use", 2),
    ("fr", "Le 12 mars, deux jihadistes ont été tués en posant un engin explosif près du pont.",
     "Disrupted weapons use", 2),
    ("en", "On 12 March, a soldier was killed while defusing an IED near the bridge.",
     "Remote explosive/landmine/IED", 1),
    ("fr", "Le 12 mars, un soldat a été tué en désamorçant une mine près du pont.",
     "Remote explosive/landmine/IED", 1),
    ("en", "On 12 March, a child was killed after playing with a grenade near the school.",
     "Remote explosive/landmine/IED", 1),
    ("fr", "Le 12 mars, un enfant a été tué en jouant avec une grenade près de l'école.",
     "Remote explosive/landmine/IED", 1),
    # a road barricaded is a violent demonstration, whoever barricaded it
    ("en", "On 12 March, residents barricaded the main road to denounce its poor state.",
     "Violent demonstration", None),
    ("fr", "Le 12 mars, des habitants ont barricadé la route principale pour dénoncer son mauvais état.",
     "Violent demonstration", None),
    ("en", "On 12 March, militiamen barricaded the road at the bridge after the arrest of their chief.",
     "Violent demonstration", None),
    # a quoted verb and a hyphenated device: the device was made harmless, nobody was fought
    ("en", "On 12 March, peacekeepers 'neutralized' an anti-tank mine near the bridge.",
     "Disrupted weapons use", None),
    # the attack answered by those attacked, told by a participle
    ("en", "On 12 March, gunmen attacked the village, with village self-defense repelling the attack.",
     "Armed clash", None),
    ("fr", "Le 12 mars, des hommes armés ont attaqué le village, les chasseurs dozos repoussant l'attaque.",
     "Armed clash", None),
    # an attack the report calls complex (a bomb with a ground assault) is coded as the clash
    ("en", "On 12 March, militants carried out a complex ambush involving an IED near the bridge.",
     "Armed clash", None),
    ("fr", "Le 12 mars, des jihadistes ont mené une embuscade complexe à l'engin explosif près du pont.",
     "Armed clash", None),
    # air strikes and ground forces in one operation: the operation is the clash
    ("en", "On 12 March, soldiers carried out an operation involving two airstrikes and ground forces against militants.",
     "Armed clash", None),
    ("fr", "Le 12 mars, l'armée a mené des frappes aériennes suivies d'opérations au sol contre des jihadistes.",
     "Armed clash", None),
    # strategic developments told the way other countries' news tells them
    ("en", "On 12 March, a stash of pistols and cartridges was unearthed by gendarmes near the dam.",
     "Disrupted weapons use", None),
    ("fr", "Le 12 mars, une cache de pistolets et de cartouches a été déterrée par des gendarmes près du barrage.",
     "Disrupted weapons use", None),
    ("en", "On 12 March, soldiers destroyed a suspected jihadist logistics depot in the forest.",
     "Disrupted weapons use", None),
    ("fr", "Le 12 mars, des soldats ont détruit un dépôt logistique des jihadistes dans la forêt.",
     "Disrupted weapons use", None),
    ("en", "On 12 March, the army captured two rebel strongholds north of the river.",
     "Government regains territory", None),
    ("fr", "Le 12 mars, l'armée a capturé deux bastions rebelles au nord du fleuve.",
     "Government regains territory", None),
    ("en", "On 12 March, the militants recaptured the outpost from the army.",
     "Non-state actor overtakes territory", None),
    ("fr", "Le 12 mars, les jihadistes ont pris le contrôle du poste avancé de l'armée.",
     "Non-state actor overtakes territory", None),
    ("en", "On 12 March, the rebels were driven out of the market town by the army.",
     "Government regains territory", None),
    ("fr", "Le 12 mars, les rebelles ont été délogés du bourg par l'armée.",
     "Government regains territory", None),
    ("en", "On 12 March, the army set up a new military post beside the dam.",
     "Headquarters or base established", None),
    ("fr", "Le 12 mars, l'armée a installé un nouveau poste militaire près du barrage.",
     "Headquarters or base established", None),
    ("en", "On 12 March, the army dispatched two hundred soldiers to the northern border.",
     "Change to group/activity", None),
    ("fr", "Le 12 mars, l'armée a dépêché deux cents soldats vers la frontière nord.",
     "Change to group/activity", None),
    ("en", "On 12 March, thirty militiamen defected to the army with their commander.",
     "Change to group/activity", None),
    ("fr", "Le 12 mars, trente miliciens ont fait défection avec leur chef au profit de l'armée.",
     "Change to group/activity", None),
    ("en", "On 12 March, fifteen rebels surrendered to the army in the hills.", "Agreement", None),
    ("fr", "Le 12 mars, quinze rebelles se sont rendus aux forces de sécurité dans les collines.",
     "Agreement", None),
    ("en", "On 12 March, the army and the rebels exchanged prisoners at the bridge.", "Agreement", None),
    ("fr", "Le 12 mars, l'armée et les rebelles ont échangé des prisonniers au pont.", "Agreement", None),
    ("en", "On 12 March, the peacekeepers handed control of their camp to the army.",
     "Non-violent transfer of territory", None),
    ("fr", "Le 12 mars, les casques bleus ont remis le contrôle de leur camp à l'armée.",
     "Non-violent transfer of territory", None),
    ("en", "On 12 March, the two militias agreed a truce after a week of fighting over the wells.",
     "Agreement", None),
    ("fr", "Le 12 mars, les deux milices ont conclu une trêve après une semaine de combats autour des puits.",
     "Agreement", None),
    # a verb in a list of acts that the parser reads as a modifier ("assaulted villagers") is an act
    ("en", "On 12 March, gunmen raided the hamlet, assaulted villagers, burned a granary and took two carts.",
     "Attack", None),
    ("fr", "Le 12 mars, des hommes armés ont attaqué le hameau, blessé des villageois et incendié un grenier.",
     "Attack", None),
    # stores emptied, a load removed, animals and equipment taken
    ("en", "On 12 March, gunmen entered the market town and emptied the pharmacy.",
     "Looting/property destruction", None),
    ("fr", "Le 12 mars, des hommes armés sont entrés dans le bourg et ont vidé la pharmacie.",
     "Looting/property destruction", None),
    ("en", "On 12 March, gunmen stopped a lorry on the road and removed its cargo.",
     "Looting/property destruction", None),
    ("fr", "Le 12 mars, des hommes armés ont stoppé un camion sur la route et emporté sa cargaison.",
     "Looting/property destruction", None),
    ("en", "On 12 March, armed men seized two horses and a generator from the farm.",
     "Looting/property destruction", None),
    ("fr", "Le 12 mars, des hommes armés ont emporté deux chevaux et un groupe électrogène de la ferme.",
     "Looting/property destruction", None),
    # shots fired at vehicles, explosives set off, an air operation
    ("en", "On 12 March, gunmen intercepted two lorries on the road, firing gunshots at the tyres.", "Attack", None),
    ("fr", "Le 12 mars, des hommes armés ont intercepté deux camions sur la route, tirant des coups de feu sur les pneus.",
     "Attack", None),
    ("en", "On 12 March, militants damaged a bridge near the market town by setting off explosives.",
     "Remote explosive/landmine/IED", None),
    ("fr", "Le 12 mars, des jihadistes ont endommagé un pont près du bourg en faisant exploser des engins.",
     "Remote explosive/landmine/IED", None),
    ("en", "On 12 March, the air force conducted an aerial operation against militants near the border.",
     "Air/drone strike", None),
    ("fr", "Le 12 mars, l'armée de l'air a mené une opération aérienne contre des jihadistes près de la frontière.",
     "Air/drone strike", None),
    # people held who were later found dead: the act is the killing
    ("en", "On 12 March, soldiers arrested six herders at the market, those arrested were subsequently found dead.",
     "Attack", None),
    ("fr", "Le 12 mars, des soldats ont arrêté six éleveurs, qui ont ensuite été retrouvés morts.",
     "Attack", None),
    ("en", "On 12 March, a mass grave was found by herders near the well.", "Other", None),
    ("fr", "Le 12 mars, un charnier a été découvert par des bergers près du puits.", "Other", None),
]


@pytest.mark.parametrize(("lang", "text", "sub_event", "deaths"), CASES)
def test_indirect_event_words(
    lang: str, text: str, sub_event: str, deaths: int | None, stages: Stages
) -> None:
    art = Article(id=Article.make_id(text), text=text, language=lang, published=PUBLISHED)
    (result,) = stages.process([art])
    assert isinstance(result, ArticleExtraction)
    assert result.mentions, f"no event in {text!r}"
    main = next(m for m in result.mentions if m.primary)
    assert main.sub_event_type == sub_event
    assert main.date is not None and main.date.value == date(2024, 3, 12)
    if deaths is not None:
        assert main.fatalities == deaths


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Officials said the curfew would be extended if the attacks continued."),
        ("fr", "Les autorités ont dit que le couvre-feu pourrait être prorogé si les attaques continuent."),
    ],
)
def test_hypothetical_extension_is_not_an_event(lang: str, text: str, stages: Stages) -> None:
    art = Article(id=Article.make_id(text), text=text, language=lang, published=PUBLISHED)
    (result,) = stages.process([art])
    assert isinstance(result, ArticleExtraction)
    assert not result.mentions


@pytest.mark.parametrize(
    ("text", "happened"),
    [
        ("Students demonstrated in the capital over the 2019 killing of a journalist.", True),
        ("In 2019, students demonstrated in the capital.", False),
    ],
)
def test_a_year_that_names_another_event_does_not_date_the_act(
    text: str, happened: bool, stages: Stages
) -> None:
    art = Article(id=Article.make_id(text), text=text, language="en", published=PUBLISHED)
    (result,) = stages.process([art])
    assert isinstance(result, ArticleExtraction)
    assert bool(result.mentions) is happened
    if happened:
        assert result.mentions[0].sub_event_type == "Peaceful protest"


def test_event_words_come_from_the_language_bundle() -> None:
    assert language_events("fr").module is load("fr").events
    # a language without a folder is read with the reference language's words
    assert language_events("de").lang == REFERENCE
    assert SUPPORTED_LANGUAGES == available()


@pytest.mark.parametrize(
    ("lang", "text", "sub_event"),
    [
        ("en", ("On 12 March, gunmen attacked the army post, killing ten soldiers. "
               "On 12 March, reinforcements were sent to the border to hunt the attackers."), "Armed clash"),
        ("fr", ("Le 12 mars, des hommes armés ont attaqué le poste de l'armée, tuant dix soldats. "
               "Le 12 mars, des renforts ont été envoyés vers la frontière pour traquer les assaillants."),
         "Armed clash"),
    ],
)
def test_the_answer_to_an_act_is_part_of_it(lang: str, text: str, sub_event: str, stages: Stages) -> None:
    """Forces sent after an act are not an event of their own: the act of violence is the
    report's one event."""
    art = Article(id=Article.make_id(text), text=text, language=lang, published=PUBLISHED)
    (result,) = stages.process([art])
    assert isinstance(result, ArticleExtraction)
    assert [m.sub_event_type for m in result.mentions] == [sub_event]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "On 12 March, two militants were killed while planting an IED near the bridge."),
        ("fr", "Le 12 mars, deux jihadistes ont été tués en posant un engin explosif près du pont."),
    ],
)
def test_those_who_planted_the_device_are_its_only_side(lang: str, text: str, stages: Stages) -> None:
    art = Article(id=Article.make_id(text), text=text, language=lang, published=PUBLISHED)
    (result,) = stages.process([art])
    assert isinstance(result, ArticleExtraction)
    (main,) = result.mentions
    assert main.actor1 is not None and main.actor1.inter == 3  # ACLED: the planters, alone
    assert main.actor2 is None
