"""How ACLED codes acts that a report tells with more than one weapon or with words that look
like something else: a month spelt like a mood word, air strikes told by the aircraft, rockets
fired in a ground assault, an attack opened by a bomb and carried on with gunfire. Invented
sentences, in English and French."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import extraction

from eventfuse.pipeline import Stages

PUBLISHED = date(2024, 5, 20)


def main_act(text: str, lang: str, stages: Stages) -> str | None:
    result = extraction(stages, text, lang, PUBLISHED)
    main = next((m for m in result.mentions if m.primary), None)
    return main.sub_event_type if main is not None else None


CASES = [
    # (lang, text, sub-event type of the main act)
    # a month spelt like a modal verb is a date, not a doubt ("On 12 May, an airstrike")
    ("en", "On 12 May 2024, an airstrike by the air force was carried out near the old ford.", "Air/drone strike"),
    ("fr", "Le 12 mai 2024, une frappe aérienne de l'armée de l'air a été menée près du vieux gué.", "Air/drone strike"),
    ("en", "On May 12, fighting between two armed groups left six dead near the old ford.", "Armed clash"),
    ("fr", "Le 12 mai, des combats entre deux groupes armés ont fait six morts près du vieux gué.", "Armed clash"),
    # "aussi" ends like "si" (if): an act told with "also" happened
    ("en", "On 12 May, gunmen entered the hamlet and also burned the granaries.", "Looting/property destruction"),
    ("fr", "Le 12 mai, des hommes armés sont entrés dans le hameau et ont aussi incendié les greniers.",
     "Looting/property destruction"),
    # an air strike told by the aircraft that flew it, or as a batch of strikes
    ("en", "On 12 May, warplanes pounded insurgent hideouts near the old ford, killing nine fighters.",
     "Air/drone strike"),
    ("fr", "Le 12 mai, des avions de l'armée ont bombardé des repaires d'insurgés près du vieux gué, tuant neuf combattants.",
     "Air/drone strike"),
    ("en", "On 12 May, a helicopter (presumably of the air force) reportedly targeted a convoy near the old ford.",
     "Air/drone strike"),
    ("fr", "Le 12 mai, des aéronefs ont frappé un convoi près du vieux gué.", "Air/drone strike"),
    ("en", "On 12 May, the army conducted a series of airstrikes on islands near the old ford.", "Air/drone strike"),
    ("fr", "Le 12 mai, l'armée a mené une série de frappes aériennes sur des îles près du vieux gué.",
     "Air/drone strike"),
    # rockets are what the act was done with; fired alone at a base they are shelling ...
    ("en", "On 12 May, insurgents targeted the army barracks at the old ford with Grad rockets.",
     "Shelling/artillery/missile attack"),
    ("fr", "Le 12 mai, des insurgés ont ciblé la caserne du vieux gué avec des roquettes de 122 mm.",
     "Shelling/artillery/missile attack"),
    ("en", "On 12 May, insurgents launched a barrage of rockets at the army camp near the old ford.",
     "Shelling/artillery/missile attack"),
    # ... but with small arms in an assault on armed men, the assault is a clash
    ("en", "On 12 May, insurgents attacked the army post at the old ford with rockets and small arms.", "Armed clash"),
    ("fr", "Le 12 mai, des insurgés ont attaqué le poste de l'armée au vieux gué avec des roquettes et des armes légères.",
     "Armed clash"),
    # an assault opened by a bomb and carried on with gunfire is the clash; a bomb alone is not
    ("en", ("On 12 May, insurgents attacked an army convoy near the old ford, the attack began with an IED "
           "followed by small arms fire."), "Armed clash"),
    ("fr", ("Le 12 mai, des insurgés ont attaqué un convoi de l'armée près du vieux gué, l'attaque a débuté par "
           "l'explosion d'un engin explosif suivie de tirs nourris."), "Armed clash"),
    ("en", "On 12 May, an IED struck a bus near the old ford, killing five passengers.",
     "Remote explosive/landmine/IED"),
    ("fr", "Le 12 mai, un engin explosif a frappé un car près du vieux gué, tuant cinq passagers.",
     "Remote explosive/landmine/IED"),
    # a detective is not someone who detected a device
    ("en", "On 12 May, a police detective hurled two grenades at the court house near the old ford.", "Grenade"),
    ("fr", "Le 12 mai, un détective a lancé deux grenades sur le palais de justice près du vieux gué.", "Grenade"),
    # a guard said to be a civilian is one
    ("en", "On 12 May, insurgents shot dead a civilian forest guard near the old ford.", "Attack"),
    ("fr", "Le 12 mai, des insurgés ont abattu un garde forestier non armé près du vieux gué.", "Attack"),
    # people tied up or tortured while their goods were taken: an attack, not only looting
    ("en", "On 12 May, gunmen attacked a herders' camp near the old ford, tied up the men and seized the cattle.",
     "Attack"),
    ("fr", "Le 12 mai, des hommes armés ont attaqué un campement près du vieux gué, ligoté les hommes et emporté le bétail.",
     "Attack"),
    ("en", "On 12 May, gunmen subjected a trader to torture and seized his lorry near the old ford.", "Attack"),
    ("fr", "Le 12 mai, des hommes armés ont soumis un commerçant à des sévices et emporté son camion près du vieux gué.",
     "Attack"),
]


@pytest.mark.parametrize(("lang", "text", "sub_event"), CASES)
def test_acts_coded_as_acled_codes_them(lang: str, text: str, sub_event: str, stages: Stages) -> None:
    assert main_act(text, lang, stages) == sub_event
