"""French words of who did what to whom (``eventfuse.extract.sides`` and ``classify``); see
``lang/en/sides.py`` for what each list is for."""

from __future__ import annotations

PRONOUNS = ("elle", "il", "la", "le", "l'", "lui")

AGENT_PREPOSITIONS = ("par",)
SOURCE_PREPOSITIONS: tuple[str, ...] = ()
BARE_PARTICIPLE_AGENTS: tuple[str, ...] = ()

PLANTED = ("posée?s?", "placée?s?", "installée?s?")
BELONGING_TO = ("appartenant [àa]", "abandonn[ée]e?s? par", "laiss[ée]e?s? par")
DETERMINERS = ("les?", "la", "l['’]", "des", "du")
OWNER_DETERMINERS = (*DETERMINERS, "aux?")

COORDINATION = (
    "et", "&", "aux côtés des?", "avec", "accompagnés? (?:de|par)", "appuyés? par", "soutenus? par",
)

FORCE_TARGETS = (
    "postes?", "patrouilles?", "casernes?", "garnisons?", "convois? (?:militaires?|de l'armée)", "commissariats?",
    "brigades? de (?:gendarmerie|police)",
)
SITE_PREPOSITIONS = ("à", "au", "aux", "près d[eu']", "dans", "devant", "autour d[eu']", "non loin d[eu']")
CIVILIAN_SITES = ("éleveurs", "nomades", "déplacés", "réfugiés", "pêcheurs", "civils", "santé", "chasse")

QUANTITY_OF = ("de", "d'")
QUANTITY_NOUNS = (
    "nombre", "groupe", "dizaines", "centaines", "milliers", "foule", "bande", "membres", "plusieurs",
    "élément", "éléments", "détachement", "unité", "équipe",
)
MISREAD_VERBS = ("présumés", "présumé", "supposés")
# « des militants sont entrés dans le village » : ces verbes forment leur passé composé avec
# « être », et l'analyseur lit leur sujet comme celui d'un passif ; il est l'auteur de l'acte.
BE_PERFECT_VERBS: tuple[str, ...] = (
    "entrer", "arriver", "venir", "revenir", "partir", "repartir", "sortir", "retourner", "rentrer",
    "passer", "parvenir", "intervenir", "descendre", "monter",
)
# "armed men suspected of being militants": what a group is thought to be (regex).
# "the attacks of the militants": the preposition that makes an armed group the act's author.
OF_PERPETRATOR = ("des", "du", "de", "d'")
SUSPECTED_OF_BEING = ("soupçonnés? d['’]être", "suspectés? d['’]être", "présumés? être", "supposés? être", "qui seraient", "décrite?s? comme", "identifiée?s? comme")
TARGET_PREPOSITIONS: tuple[str, ...] = ()

STRUCK_VERBS = ("sauter", "heurter", "marcher", "rouler")
DEVICE_WORDS = ("eei", "explosifs?", "bombes?", "engins?")

OFF_DUTY = ("en civil", "non armés?", "retraités?", "anciens?")
OFF_DUTY_AFTER = ("en civil", "non armés?")
UNARMED_AFTER = ("non armé",)
EMPLOYED_BY_PREFIX: tuple[str, ...] = ()
EMPLOYED_BY = ("employés?", "contractuels?", "personnel civil", "affrétés?")
EMPLOYEE_NOUNS = ("employ[ée]e?s?", "contractuels?", "personnel civil", "travailleurs?")
EMPLOYEE_PREPOSITIONS = ("de", "du", "des", "pour")
EMPLOYEE_ARTICLES = ("la", "le", "les")
EMPLOYEE_ELIDED_ARTICLES = ("l['’]",)

CARRY_OUT_VERBS = ("mener", "lancer", "conduire", "tirer", "effectuer", "perpétrer", "commettre", "opérer")
CLAIM_VERBS = ("revendiquer", "affirmer", "reconnaître")

ARMED_COMMUNITIES = (
    "fusils?", "armes?", "machettes?", "coupe-coupe", "arm[ée]s", "[ée]leveurs?", "agriculteurs?",
    "cultivateurs?", "chasseurs?",
)
# Qui tient le terrain pris quand aucun acteur de la phrase n'est reconnu : le camp que la
# phrase nomme d'abord en est le sujet (expressions régulières ; ``extract/classify``).
STATE_SIDE_WORDS = (
    r"forces (?:gouvernementales|loyalistes|de d[ée]fense et de s[ée]curit[ée])", r"troupes gouvernementales",
    r"arm[ée]e", r"militaires", r"forces arm[ée]es", r"forces de s[ée]curit[ée]", r"troupes", r"soldats", r"police",
)
NON_STATE_SIDE_WORDS = (
    r"rebelles?", r"militants?", r"insurg[ée]s?", r"jihadistes?", r"djihadistes?", r"terroristes?",
    r"milices?", r"miliciens", r"s[ée]paratistes?", r"gu[ée]rilleros", r"extr[ée]mistes?", r"hommes arm[ée]s",
)
# Arrests made by mutineers seizing power are ACLED "Other" (a coup), not arrests (regex);
# a foiled attempt stays arrests.
# Mots d'un combat à deux côtés : « ont affronté des villageois » reste un affrontement ;
# « ont tendu une embuscade à un car » sans eux est une attaque (regex).
MUTUAL_FIGHT_WORDS = (
    r"affront(?:ements?|é|ée|és|ées|er)", r"s'affront\w*", r"combats?", r"combattu", r"accrochages?",
    r"échanges? de tirs", r"entre", r"repouss\w*", r"ripost\w*", r"résist\w*", r"autodéfense", r"bagarres?",
)
# Des tirs à courte portée, dits à côté d'une bombe ou de roquettes : l'assaut au sol d'une
# attaque complexe (regex ; ``extract/classify``).
DIRECT_FIRE_WORDS = (
    r"armes? légères", r"armes? automatiques", r"tirs? (?:nourris|d'armes\w*|de kalachnikov\w*)", r"coups de feu",
    r"fusillades?", r"ouvert le feu", r"abattu(?:e|s|es)?", r"assaut (?:armé|terrestre)", r"échanges? de tirs",
    r"mitraill\w+",
)
# Une attaque dite complexe : un engin ou des roquettes et un assaut au sol (regex).
COMPLEX_ATTACK_WORDS = (r"(?:attaques?|embuscades?|assauts?|raids?) complexes?",)
# Des personnes ligotées ou tenues en joue pendant un pillage : une attaque contre elles (regex).
HARMED_WORDS = (r"ligot(?:é|ée|és|ées|ant)", r"les yeux bandés", r"tenue?s? en joue", r"bâillonn\w+")
# « a attaqué le poste de police alors qu'il était inoccupé » : personne n'y était (regex).
EMPTY_SITE_WORDS = (r"inoccupée?s?", r"(?:était|étaient) (?:vides?|désertée?s?)", r"sans (?:personne|occupants?)")
# « six personnes décrites comme des miliciens » : les victimes étaient le groupe armé (regex).
DESCRIBED_AS = ("décrite?s? comme", "identifiée?s? comme")
MUTINY_WORDS = (r"mutin(?:s|es|erie|eries|é|és)", r"coup d['’][ée]tat", r"putsch(?:istes?)?", r"pris le pouvoir", r"prise du pouvoir", r"junte")
FOILED_WORDS = (r"d[ée]jou[ée]e?", r"avort[ée]e?", r"tentative de (?:coup|putsch)", r"complot", r"accus[ée]s? de")
INTERVENTION_WORDS = (
    "dispersé", "dispersée", "gaz lacrymogène", "gaz lacrymogènes", "interpellé", "arrêté", "dispersés",
    "dispersées", "tirs de sommation", "dispersion",
)
