"""Mots français du filtre de pertinence par article (``eventfuse.extract.triage``).

Même forme que lang/en/triage.py : un mot en minuscules (``"mine"``), un début de mot suivi de
``*`` (``"attaqu*"`` : attaque, attaqué, attaquants) ou deux à quatre mots qui se suivent
(``"hommes armés"``). ``STRONG`` : mots rares hors des récits de conflits et de manifestations ;
``WEAK`` : mots fréquents dans ces récits mais aussi ailleurs. Les chiffres, traits d'union et
apostrophes séparent les mots (« couvre-feu » : ``"couvre feu"``).
"""

from __future__ import annotations

STRONG: tuple[str, ...] = (
    # violences contre les personnes
    "tué", "tués", "tuée", "tuées", "tuant", "tuerie*", "assassin*", "massacr*", "égorg*",
    "décapit*", "exécuté", "exécutés", "exécution", "exécutions", "lynch*", "abattu", "abattus",
    "ouvert le feu", "torturé*", "mutilé*", "violé", "violée", "violées", "viols", "blessé*",
    "pendu*", "poignard*", "battu à mort", "dépouill*", "enlèvement*", "enlevé*", "kidnapp*",
    "otage*", "rançon*", "séquestr*", "disparitions forcées",
    # combats, attaques
    "attaqu*", "attentat*", "embuscade*", "affrontement*", "accrochage*", "échange de tirs",
    "échanges de tirs", "fusillade*", "assaillant*", "offensive", "insurg*", "incursion*",
    "coups de feu", "tirs", "riposte*", "neutralisé*", "ratissage*",
    # armes, explosions
    "bombe*", "bombard*", "explos*", "détonation*", "engin explosif", "engins explosifs", "eei",
    "ied", "ieds", "mine antipersonnel", "mines antipersonnel", "grenade*", "obus", "mortier*",
    "roquette*", "artillerie", "frappe aérienne", "frappes aériennes", "missile*", "kalachnikov*",
    "fusil*", "armes", "arme à feu", "armes à feu", "munition*", "kamikaze*", "voiture piégée",
    "véhicule piégé",
    # acteurs armés, forces de sécurité
    "jihad*", "djihad*", "islamist*", "terroris*", "rebelle*", "rébellion", "milice*", "milicien*",
    "extrémist*", "hommes armés", "individus armés", "groupe armé", "groupes armés",
    "forces armées", "combattant*", "soldat*", "troupes", "gendarme*", "gendarmerie",
    "paramilitaire*", "armée", "militaire*", "forces de défense", "forces de sécurité", "fds",
    "casques bleus", "dozo*", "koglweogo*", "bandit*", "malfrat*", "supplétifs", "vdp",
    "volontaires pour",
    # victimes
    "victimes", "civils", "bilan", "cadavre*", "corps sans vie", "morts",
    # manifestations et émeutes
    "manifestation*", "manifestant*", "manifesté*", "protestataire*", "marcheurs", "ont marché",
    "marche meeting", "dans la rue", "dans les rues", "saccag*", "expulsé*", "heures de grève",
    "jours de grève", "sit in", "émeute*", "marche de protestation", "barricad*",
    "gaz lacrymogène*", "pillé*", "pillage*", "pilla*", "incendié*", "incendi*", "détruit*",
    "brûlé*", "couvre feu", "cessez le feu", "trêve", "vandalis*", "accord de paix",
    "état d urgence", "en grève", "grève générale", "repris le contrôle", "pris le contrôle",
    "pistolet*",
    # arrestations, restrictions
    "arrêté", "arrêtés", "arrêtées", "arrestation*", "interpell*", "garde à vue",
    "poste de contrôle",
    # déplacements, violences en général
    "violence*", "violent*", "déplacés", "fui", "réfugiés", "bétail",
    # évolutions stratégiques : bases, positions, déploiements, défections, redditions, charniers
    "fosse commune", "fosses communes", "charnier*", "poste d observation", "postes d observation",
    "échange de prisonniers", "pourparlers de paix", "fait défection", "échangé des prisonniers",
)

WEAK: tuple[str, ...] = (
    "mort", "morte", "mortes", "décès", "décédé*", "péri", "victime", "corps", "tir", "tiré*",
    "combat*", "bataille*", "assaut*", "raid*", "frappe*", "feu", "détruire", "destruction*",
    "police*", "policier*", "agent*", "garde*", "patrouille*", "convoi*", "base", "camp", "guerre*",
    "conflit*", "crise", "sécurité", "insécurité", "menace*", "rassemblement*", "grève*",
    "grévistes", "foule*", "manifest*", "marche", "marches", "syndicat*", "syndical*", "boycott*",
    "pétition*", "slogan*", "militant*", "dénonc*", "réclam*", "ciblé*", "avion*", "dévast*",
    "exig*", "colère", "mobilis*", "disparu*", "cagoulé*", "intercept*", "forces", "hélicoptère*",
    "opération*", "accord", "prisonniers", "retir*", "balles", "arrêt*", "saisi*", "capturé*",
    "armé", "armés", "armée*", "arme", "mine", "mines", "tension*", "prison*", "contrebande", "vol",
    "vols", "volé*", "braqu*",
    "poste", "postes", "bases", "déploy*", "redéploy*", "renfort*", "défection*", "reddition*", "cache",
    "caches", "caserne*", "pourparlers", "négociation*", "évacu*", "libéré*", "contrôle", "tombe*",
)
