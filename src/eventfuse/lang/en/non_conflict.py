"""English words of acts that are no conflict event (``eventfuse.extract.non_conflict``): deaths,
blasts and fires an accident or a natural hazard caused, and weapons tests.

Each entry is a regular-expression fragment, matched case-insensitively on word boundaries in the
sentence of the act word.
"""

from __future__ import annotations

# Causes of an accident: what blew up, burned or gave way with no one to have done it
# ("a gas cylinder exploded", "a boiler exploded at the plant", "the bus plunged off a bridge").
ACCIDENT_CAUSES = (
    r"gas (?:leaks?|explosions?|cylinders?|canisters?|tanks?|containers?|bottles?|pipelines?|stations?)",
    r"(?:cooking|natural|liquefied|propane) gas", r"propane", r"methane", r"firedamp",
    r"boilers?", r"furnaces?", r"(?:fuel|oil|petrol|gasoline|diesel|storage) (?:tankers?|tanks?|depots?)",
    r"(?:chemical|toxic) (?:leaks?|spills?)", r"storage (?:containers?|tanks?|bunkers?|facilit(?:y|ies))",
    r"(?:oil|gas|petroleum|chemical|fuel) (?:company|companies|warehouses?|depots?|products|facilit(?:y|ies))", r"ammonium nitrate", r"fireworks?",
    r"(?:chemical|fertili[sz]er|pesticide|power|gas|petrochemical|industrial|treatment|processing) plants?",
    r"factory", r"factories", r"refinery", r"refineries", r"industrial (?:estate|area|site|zone|accident)",
    r"short[- ]circuits?", r"electrical (?:fault|fire)",
    r"accident(?:s|al|ally)?", r"(?:plane|air|car|road|bus|train|helicopter|vehicle|multi-vehicle) crash(?:es)?",
    r"crashed", r"collided", r"collisions?", r"derail(?:ed|ment)", r"capsized", r"shipwreck",
    r"plunged (?:off|into|from)", r"overturned",
    r"(?:building|bridge|roof|wall|dam|mine|stand|house|houses|structure)s? (?:had |has )?collapsed?",
    r"collapse of (?:a|an|the) (?:\w+ )?(?:building|bridge|roof|wall|dam|mine|house|structure)", r"stampedes?", r"fire broke out", r"firefighters?", r"fire ?fighters", r"fire brigade",
)

# Natural hazards ("an earthquake killed eight people", "flash floods and mudslides").
NATURAL_HAZARDS = (
    r"earthquakes?", r"quakes?", r"tremors?", r"aftershocks?", r"floods?", r"flooding", r"flooded", r"flash floods?",
    r"tsunamis?", r"volcan(?:o|oes|ic)", r"volcanic eruptions?", r"landslides?", r"mudslides?",
    r"avalanches?", r"cyclones?", r"hurricanes?", r"typhoons?", r"tornado(?:e?s)?", r"thunderstorms?",
    r"(?:tropical|winter|severe|heavy|violent|snow|dust|sand|rain|ice) ?storms?",
    r"storms? (?:\w+ )?(?:hit|hits|struck|swept|battered|lashed|caused|left)",
    r"torrential (?:rains?|downpours?)", r"heavy rains?", r"downpours?", r"droughts?",
    r"wildfires?", r"bushfires?", r"forest fires?", r"brush fires?", r"lightning", r"heat ?waves?",
    r"disaster (?:agency|management|mitigation)", r"natural disasters?",
)

# Words of an armed act or actor: a sentence with one tells violence, whatever else it names
# ("militants set the factory on fire", "a bomb hidden in a gas cylinder").
CONFLICT_WORDS = (
    r"attack(?:s|ed|er|ers|ing)?", r"assailants?", r"gunm(?:a|e)n", r"gunfire", r"gunshots?",
    r"militants?", r"militias?", r"militiam[ae]n", r"jihadists?", r"islamists?", r"terroris(?:ts?|m)", r"insurgents?", r"rebels?",
    r"(?<!fire )fighters", r"armed (?:men|group|groups|individuals|bandits)", r"bandits?", r"(?:car )?bomb(?:s|ing|ings|er|ers|ed)?",
    r"ieds?", r"improvised", r"explosive devices?", r"land ?mines?", r"grenades?", r"rockets?", r"mortars?",
    r"shell(?:s|ed|ing)", r"missiles?", r"air ?strikes?", r"air raids?", r"drones?", r"suicide",
    r"sabotag(?:e|ed)", r"arson(?:ists?)?", r"set (?:fire|ablaze|alight|on fire)", r"torched",
    r"clash\w*", r"(?<!fire )fight(?:s|ing)?", r"fought", r"combat\w*", r"skirmish\w*", r"confrontations?", r"gunfights?",
    r"firefights?", r"violence", r"riot\w*", r"protest\w*", r"demonstrat\w*", r"scuffles?", r"mobs?",
    r"assault\w*", r"beat(?:en|ing)?", r"tortur\w*", r"stabb\w*", r"murder\w*", r"assassinat\w*", r"execut(?:ed|ing|ions?)",
    r"behead\w*", r"massacr\w*", r"lynch\w*", r"slaughter\w*", r"hacked", r"machetes?", r"whipp\w*", r"flogg\w*",
    r"rap(?:e|ed|es|ing)", r"munitions?", r"ammunition", r"ordnance", r"unexploded", r"uxos?", r"explosives",
    r"deliberate(?:ly)?", r"loot(?:ed|ing|ers)?", r"pillag\w*", r"plunder\w*", r"ransack\w*",
    r"stole", r"stolen", r"steal\w*", r"robb\w*", r"extort\w*", r"rustl\w*", r"kidnap\w*", r"abduct\w*", r"claimed responsibility", r"shot", r"gunned", r"ambush(?:ed)?",
)

# A weapon named as the object of a test or an armament programme, not of a strike
# ("ballistic missile tests", "its missile programme").
WEAPON_TESTS = (
    r"(?:missiles?|rockets?) (?:tests?|test-firings?|launch(?:es)?|programs?|programmes?|development|technology)",
    r"(?:nuclear|missile) (?:and (?:\w+ )?)?(?:tests?|programs?|programmes?)",
    r"test-fired", r"test launch(?:es)?",
)

# Act words that name no violence against people or property ("a cyber attack on the bank",
# "died of a heart attack").
NOT_VIOLENCE = (
    r"cyber[- ]?attacks?", r"cyber[- ]?attacked", r"(?:heart|panic|asthma) attacks?",
)
