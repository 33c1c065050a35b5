"""Mots français des actes qui ne sont pas un événement du conflit (``eventfuse.extract.non_conflict``) :
morts, explosions et incendies causés par un accident ou un aléa naturel, essais d'armes.

Chaque entrée est un fragment d'expression régulière, cherché sans casse entre limites de mots
dans la phrase du mot d'acte.
"""

from __future__ import annotations

# Causes d'un accident : ce qui a explosé, brûlé ou cédé sans que personne ne l'ait fait.
ACCIDENT_CAUSES = (
    r"fuites? de gaz", r"explosions? de gaz", r"(?:bonbonnes?|bouteilles?|citernes?|réservoirs?|cuves?) de gaz",
    r"gaz (?:domestique|butane|naturel)", r"butane", r"propane", r"méthane", r"coup de grisou", r"grisou",
    r"chaudières?", r"fours?", r"(?:camions?|camions-citernes?|dépôts?|citernes?|réservoirs?) (?:de |d')(?:carburant|essence|hydrocarbures?|pétrole)",
    r"camions?-citernes?", r"fuites? (?:chimiques?|toxiques?)", r"(?:conteneurs?|entrepôts?) de stockage",
    r"(?:dépôts?|entrepôts?|sociétés?|compagnies?) (?:pétroli(?:er|ère)s?|de produits (?:pétroliers|chimiques))", r"nitrate d'ammonium", r"feux d'artifice",
    r"usines?", r"raffineries?", r"zone industrielle", r"site industriel", r"accident industriel",
    r"courts?-circuits?", r"panne électrique",
    r"accident(?:s|el|elle|ellement)?", r"crash", r"s'est écrasé(?:e)?", r"collisions?", r"percuté",
    r"déraill(?:é|ement)", r"chaviré", r"naufrage", r"a fait une sortie de route", r"renversé dans",
    r"effondrement", r"(?:s'est|se sont) effondré(?:e|es|s)?", r"bousculades?",
    r"(?:un )?incendie s'est déclaré", r"(?:sapeurs-)?pompiers",
)

# Aléas naturels.
NATURAL_HAZARDS = (
    r"séismes?", r"tremblements? de terre", r"secousses?", r"inondations?", r"inondé(?:e|es|s)?", r"crues?",
    r"tsunamis?", r"volcan(?:s|ique)?", r"éruptions? volcaniques?", r"glissements? de terrain", r"coulées? de boue",
    r"avalanches?", r"cyclones?", r"ouragans?", r"typhons?", r"tornades?", r"orages?", r"tempêtes?",
    r"pluies (?:torrentielles|diluviennes)", r"fortes pluies", r"sécheresses?",
    r"feux? de (?:forêt|brousse)", r"incendies? de (?:forêt|brousse)", r"foudre", r"canicules?",
    r"catastrophes? naturelles?",
)

# Mots d'un acte ou d'un acteur armé.
CONFLICT_WORDS = (
    r"attaqu(?:e|es|é|ée|és|ées|er|ant)", r"assaillants?", r"hommes armés", r"individus armés", r"groupes? armés?",
    r"tirs?", r"fusillades?", r"djihadistes?", r"milices?", r"miliciens?", r"jihadistes?", r"islamistes?", r"terroris(?:tes?|me)",
    r"insurgés?", r"rebelles?", r"combattants?", r"bandits?", r"bombes?", r"attentats?(?:-suicides?)?",
    r"engins? explosifs?", r"eei", r"ied", r"mines? (?:antipersonnel|artisanales?|terrestres?)",
    r"grenades?", r"roquettes?", r"obus", r"mortiers?", r"missiles?", r"frappes? aériennes?",
    r"bombardements?", r"drones?", r"kamikazes?", r"sabotage", r"criminel(?:le)?", r"incendiaires?",
    r"affrontements?", r"affront(?:é|és|ées)", r"heurts", r"combat\w*", r"accrochages?", r"bagarres?", r"rixes?",
    r"violences?", r"émeut\w*", r"manifest(?:ation|ations|ants?|é|er)", r"protest\w*",
    r"agress\w*", r"battu(?:e|es|s)?", r"passés? à tabac", r"tortur\w*", r"poignard\w*", r"assassin\w*",
    r"exécut(?:é|ée|és|ées|ion|ions)", r"décapit\w*", r"massacr\w*", r"lynch\w*", r"machettes?", r"fouett\w*", r"viol(?:é|ée|és|ées|s)?",
    r"munitions?", r"engins? non explosés?", r"restes? explosifs?", r"explosifs",
    r"mis le feu", r"pill(?:é|ée|és|ées|age|ages|er|ards?)", r"volé(?:e|es|s)?", r"dérob\w*", r"rançonn\w*",
    r"racket\w*", r"extorsions?", r"enlev\w*", r"enlèvements?", r"kidnapp\w*", r"rapt", r"incendié(?:e|es|s)?", r"délibéré(?:e|ment)?", r"revendiqu(?:é|ée|e)",
    r"embuscades?", r"abattu(?:e|es|s)?",
)

# Arme nommée comme objet d'un essai ou d'un programme d'armement.
WEAPON_TESTS = (
    r"(?:essais?|tirs? d'essai|lancements?|programmes?) (?:de |d')(?:\w+ )?(?:missiles?|roquettes?)",
    r"missiles? (?:\w+ )?(?:testés?|d'essai)",
    r"(?:essais?|programmes?) (?:nucléaires?|balistiques?)",
)

# Mots d'acte qui ne nomment aucune violence contre des personnes ou des biens.
NOT_VIOLENCE = (
    r"cyber-?attaques?", r"attaques? (?:informatiques?|cardiaques?|de panique)", r"piratage",
)
