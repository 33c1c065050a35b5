"""English words of the article-level relevance gate (``eventfuse.extract.triage``).

Each entry is a lower-case word (``"mine"``: that word only), a word start ending in ``*``
(``"kill*"``: killed, killing, killers) or two to four words (``"opened fire"``: those words one
after the other). ``STRONG`` words are rarely used outside conflict and protest reporting; ``WEAK``
words are common in conflict reports but also elsewhere (sport, economy, accidents). Words are
looked up on the letters of the text only: digits, hyphens and apostrophes split words.
"""

from __future__ import annotations

STRONG: tuple[str, ...] = (
    # violence against people
    "kill*", "murder*", "assassin*", "massacr*", "slaughter*", "behead*", "executed", "execution",
    "executions", "lynch*", "shot dead", "gunned down", "opened fire", "fired on", "fired at",
    "tortur*", "mutilat*", "rape", "raped", "rapes", "raping", "wound*", "hanged", "abduct*",
    "kidnap*", "hostage*", "ransom*", "forced disappearance", "stab*", "beaten to death", "throats",
    "molest*",
    # fighting, attacks
    "attack*", "ambush*", "clash*", "firefight*", "gunfight*", "gunfire", "gunshot*", "gunmen",
    "gunman", "skirmish*", "assailant*", "shootout", "crossfire", "offensive", "insurgen*",
    "counterattack*", "counter attack", "incursion*", "raided", "stormed",
    # weapons, explosions
    "bomb*", "explosi*", "exploded", "detonat*", "ied", "ieds", "vbied", "landmine*", "land mine",
    "land mines", "grenade*", "mortar*", "artillery", "shelling", "shelled", "airstrike*",
    "air strike", "air strikes", "air raid", "air raids", "drone strike", "drone strikes",
    "rocket fire", "rockets", "missile*", "kalashnikov*", "rifle*", "firearm*", "weapon*",
    "ammunition", "munition*", "arms cache", "suicide bomber", "car bomb",
    # armed actors, security forces
    "militant*", "militia*", "jihad*", "islamist*", "terroris*", "rebel*", "extremist*",
    "armed men", "armed group", "armed groups", "armed forces", "armed individuals", "fighters",
    "combatant*", "soldier*", "troops", "gendarme*", "gendarmerie", "paramilitar*",
    "security forces", "defence forces", "defense forces", "peacekeep*", "vigilante*",
    "self defense", "self defence", "dozo*", "bandit*", "insurgent*",
    # casualties, civilians
    "casualt*", "fatalities", "civilians", "death toll", "bodies", "corpses",
    # protests and riots (ACLED codes demonstrations too)
    "protest*", "demonstrated", "demonstration*", "demonstrator*", "ransack*", "evicted",
    "hour strike", "day strike", "days strike", "hours strike", "riot*", "marched", "marchers",
    "sit in", "barricad*", "took to the streets", "staged a march", "staged a protest",
    "staged a sit", "protest march", "strikers", "walkout", "went on strike", "on strike",
    "tear gas", "teargas", "looted", "looting", "looters", "pillag*", "arson", "torched",
    "set ablaze", "set fire", "destroyed", "burned", "burnt", "vandali*", "curfew*", "ceasefire*",
    "cease fire", "truce", "peace agreement", "peace deal", "state of emergency", "general strike",
    "seized control", "took control", "recaptur*", "regained control", "pistol*", "bullets",
    # arrests and restrictions
    "arrested", "arrests", "detained", "detention", "custody", "checkpoint*",
    # displacement, violence in general
    "violence", "violent*", "displaced", "fled", "refugees", "rustl*", "cattle theft",
    # strategic developments: bases, positions, deployments, defections, surrenders, graves
    "mass grave", "mass graves", "observation post", "observation posts", "observation point",
    "observation points", "military post",
    "military posts", "military base", "military bases", "prisoner swap", "prisoner exchange",
    "peace talks", "defected", "ammo", "cartridges", "exchanged prisoners",
)

WEAK: tuple[str, ...] = (
    "dead", "death", "deaths", "died", "dying", "injur*", "victim*", "shot", "shooting*", "fight*",
    "fought", "battle*", "assault*", "raid", "raids", "strike*", "struck", "fire", "destroy",
    "destroys", "destroying", "destruction", "police*", "officer*", "guard*", "patrol*", "convoy*",
    "army", "military", "base", "camp", "camps", "war", "wars", "conflict*", "crisis", "security",
    "insecurity", "threat*", "rally", "rallies", "strike", "unrest", "crowd*", "mob", "mobs",
    "arrest", "seized", "captured", "disappeared", "masked", "intercept*", "stripped", "abus*",
    "forces", "helicopter*", "operation", "operations", "agreement", "prisoners", "withdr*",
    "handed over", "armed", "gun", "guns", "mine", "mines", "shell", "shells", "tension*", "jail*",
    "prison*", "union", "unions", "boycott*", "picket*", "petition*", "slogan*", "demonstrate",
    "demonstrates", "activist*", "denounce*", "hung", "targeted", "aircraft", "devastated",
    "intruded", "demand*", "march", "marching", "gathered", "anger*", "angry", "clandestine",
    "smuggl*", "robb*", "theft", "stole", "stolen",
    "post", "posts", "outpost*", "bases", "deploy*", "redeploy*", "reinforc*", "troop", "defect*",
    "surrender*", "cache", "caches", "stash", "grave", "graves", "barracks", "talks",
    "stronghold*", "territory", "liberated", "freed", "dispatched", "mobiliz*", "mobilis*",
    "recovered", "discovered", "confiscated", "handover", "pulled", "pull back",
)
