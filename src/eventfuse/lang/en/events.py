"""English event words: triggers by act family, and the cues that qualify them."""

from __future__ import annotations

# Pieces shared by the strategic triggers below.
# Arms, ammunition and explosives, and the places they are kept ("a stash of rifles").
_WEAPONS = (
    r"(?:weapons?|arms|firearms?|guns?|handguns?|shotguns?|pistols?|rifles?|revolvers?|carbines?|"
    r"muskets?|kalashnikovs?|ak-?47s?|machine[- ]guns?|rpgs?|ammunitions?|ammo|bullets?|cartridges?|"
    r"munitions?|explosives?|(?:explosive |incendiary |flammable )?devices?|ieds?|bombs?|(?<!gold )(?<!coal )(?<!diamond )mines?|"
    r"landmines?|grenades?|rockets?|mortars?|shells?|missiles?|projectiles?|detonators?|"
    r"caches?|stash(?:es)?|arsenals?|stockpiles?)"
)
# The rest of a list of arms ("rifles, rockets and two mortars"), so that its last items are not
# read as arms fired.
_MORE_WEAPONS = (
    r"(?:(?:,| and| or| including| which included| such as)+ "
    r"(?:(?!(?:kill|attack|fir|shot|shoot|clash|detonat|explod|launch|struck|hit)\w*)[\w'-]+ ){0,6}?" + _WEAPONS + ")*"
)
# Taking, finding or making harmless ("seized", "unearthed", "defused").
_DISRUPT_VERBS = (
    r"(?:seiz(?:ed|es|ing)|found|discovered|uncovered|unearthed|recovered|confiscated|impounded|"
    r"intercepted|destroyed|defused|dismantled|deactivated|neutrali[sz]ed|cleared|removed|"
    r"shot down|downed|retrieved|captured)"
)
# Up to N words that stay inside one noun phrase or clause (numbers like "1,100" included).
_GAP = r"(?:[\w',.-]+ )"
# Words that end the object of a verb: a place or time follows, not the object itself.
_NOT_OBJECT = r"(?!(?:in|at|near|from|to|during|after|with|and|for|by|into|inside|outside|around|along|while|as)\b)"
# Ground an armed side holds.
_GROUND = (
    r"(?:towns?|city|cities|villages?|localit(?:y|ies)|districts?|neighbou?rhoods?|areas?|ports?|"
    r"bases?|camps?|posts?|outposts?|positions?|hills?|heights|airports?|air ?bases?|airfields?|"
    r"territor(?:y|ies)|regions?|provinces?|capital|enclaves?|strongholds?|bastions?|"
    r"border (?:points?|crossings?)|crossings?|barracks|settlements?|hamlets?|suburbs?|oilfields?|"
    r"headquarters|garrisons?|castles?)"
)
# Armed men and their means, as moved about by their commanders.
_FORCES = (
    r"(?:troops|forces|soldiers|reinforcements|units|fighters|militants|militiamen|tanks|personnel|"
    r"battalions?|contingents?|brigades?|presence|positions|defen[cs]es|(?:air defen[cs]e )?systems?|"
    r"armou?red (?:vehicles|personnel carriers)|military (?:vehicles|equipment|hardware|convoys?))"
)

# (regular expression over lower-cased text, act family). Families are mapped to ACLED
# sub-event types by ``eventfuse.extract.classify``. Patterns match at word starts.
TRIGGERS: tuple[tuple[str, str], ...] = (
    # air strikes told with ground forces in one operation: the operation is the clash (listed before the air words, which it takes in)
    (r"(?:air ?strikes?|air raids?|air attacks?),? (?:and|followed by|with|supported by|backed by) (?:[\w,-]+ ){0,4}?ground (?:forces|troops|attacks?|assaults?|operations?|offensives?|units)", "clash"),
    # killed while defusing a device: the device went off on those who made it safe (ACLED Remote
    # explosive); killed while planting or handling one: the act of its owners was disrupted
    # (ACLED Disrupted weapons use)
    (r"while (?:\w+ ){0,6}(?:defus\w*|dismantl\w*|deactivat\w*|disarm\w*) (?:\w+ ){0,3}(?:ieds?|explosives?|explosive devices?|devices?|mines?|landmines?|bombs?)", "explosion"),
    (r"while (?:\w+ ){0,6}(?:planting|handling|manipulating|laying|transporting|making|assembling|placing) (?:\w+ ){0,3}(?:ieds?|explosives?|explosive devices?|devices?|mines?|landmines?|bombs?)", "mishandle"),
    (r"(?:defus|neutrali[sz]|dismantl|deactivat|disarm|detect(?!ive)|discover|found|uncover|locat|destroy)\w*['’]? (?:[\w-]+ ){0,4}(?:ieds?|explosives?|explosive devices?|devices?|mines?|landmines?|bombs?|shells?|rockets?|mortars?|grenades?)(?:,? (?:and|or) (?:\w+ ){0,2}(?:ieds?|explosives?|explosive devices?|devices?|mines?|landmines?|bombs?|shells?|rockets?|mortars?|grenades?))*|defus(?:ed|ing)|neutrali[sz]ed (?:an |the )?(?:ied|explosive|device|mine)|(?:ieds?|explosive devices?|landmines?|mines?) (?:were |was |had been |have been )?(?:destroyed|defused|neutrali[sz]ed|dismantled|deactivated|recovered|seized)|dismantled|seized (?:\w+ ){0,5}(?:weapons|arms|ammunition|explosives|caches?)|disarm(?:ed|ing) (?:\w+ ){0,4}(?:weapons|arms|rifles|guns|fighters|militiamen|militants|combatants)|weapons? caches?|arms caches?|surrender(?:ed)? (?:\w+ ){0,3}(?:arms|weapons|rifles)|intercepted (?:\w+ ){0,4}(?:weapons|arms|explosives|ammunition)|discovered (?:\w+ ){0,2}(?:ied|explosive|mines?)|found (?:\w+ ){0,2}(?:ied|explosive|mines?)", "disrupt"),
    # arms taken, found or made harmless, told verb first or in the passive ("a stash of rifles
    # was found"), and mass graves found (the killings are of an unknown day: ACLED Other)
    (_DISRUPT_VERBS + " " + _GAP + "{0,6}?" + _WEAPONS + _MORE_WEAPONS
     + "|" + _DISRUPT_VERBS + " " + _GAP + r"{0,4}?(?:depots?|hideouts?|warehouses?|tunnels?|stores?|boxes|bags|packages?|vehicles?|trucks?)(?: [\w'-]+){0,6}? (?:containing|with|full of|(?:loaded|filled|stocked) with|used (?:\w+ ){0,4}to (?:store|depot|keep|hide|stock|transfer)) " + _GAP + "{0,6}?" + _WEAPONS + r"|(?:seizure|discovery|interception|destruction|recovery|haul) of " + _GAP + "{0,4}?" + _WEAPONS
     + "|" + _WEAPONS + " " + r"(?:(?!(?:while|after|when|detonat|explod|kill)\w*)[\w',.-]+ )" + "{0,8}?(?:was|were|has been|have been|had been|is being|are being|being) (?:\\w+ )?" + _DISRUPT_VERBS + r"(?! dead| alive| guilty)"
     + r"|destroy(?:ed|ing) (?:a |an |the |two |three |several )?(?:suspected |presumed )?(?:\w+ )?(?:militant|terrorist|jihadist|insurgent|rebel)s?'? (?:\w+ )?(?:bases?|camps?|hideouts?|logistics? (?:sites?|bases?|depots?)|depots?|workshops?|factor(?:y|ies))", "disrupt"),
    (r"mass graves?|(?:found|discovered|uncovered|unearthed|exhumed) (?:\w+ ){0,3}graves|graves (?:\w+ ){0,6}(?:were|have been) (?:found|discovered|uncovered|unearthed)", "grave"),
    # a truce or a swap that ends the fighting it names is the agreement (listed before the
    # fighting words so that the longer reading wins)
    (r"(?:ceasefire|cease-fire|truce|peace (?:deal|agreement|accord)|exchanged (?:\w+ ){0,3}prisoners)(?![- ]violations?)(?:(?!violat|breach|collaps|despite|broke|shatter|resum)[^.;]){0,120}?\b(?:fighting|clashes|hostilities|war)", "agreement"),
    # ground operations (with or without air or artillery support) are fought on the ground
    (r"(?:air-ground|ground) (?:operations?|offensive|assault|raid)s?|ground (?:troops|forces) (?:engaged|attacked)", "clash"),
    # resisting an attack makes it a clash; listed before "attack" so that the longer reading wins
    (r"(?:respond(?:ed|ing) to|repell(?:ed|ing)|repuls(?:ed|ing)|fought off|fighting off|push(?:ed|ing) back|resist(?:ed|ing)) (?:the |an |this |that |their )?(?:\w+ )?(?:attack|assault|ambush|incursion|raid|offensive|attackers|assailants|gunfire|fire)|(?:inter-?communal|inter-?ethnic|communal|ethnic) (?:violence|clash(?:es)?|fighting|confrontations?)", "clash"),
    # explosions / remote violence
    (r"suicide (?:bomb(?:er|ing)?s?|attack(?:er)?s?|car bomb)|(?:explosive|bomb)[- ]laden (?:vehicle|car|truck)|vbied|svbied|kamikaze", "suicide"),
    # an air strike told by the aircraft that flew it ("warplanes pounded", "an aircraft
    # (presumably the air force's) reportedly targeted", "carried out sorties")
    ((r"(?:air|drone|aerial)[- ]?strikes?|airstrikes?|air raids?|bombarded from the air|helicopter gunships?|air support|(?:aerial|air) (?:operations?|bombardments?)"
     r"|(?:drones?|aircrafts?|helicopters?|(?:war|fighter |combat |military )?planes?|(?:fighter |military )?jets?|warplanes?|gunships?|bombers?)(?: \([^)]{0,80}\))?(?: (?:reportedly|also|then|later|allegedly|have|has|had|repeatedly))* (?:struck|bombed|fired|targeted|hit|pounded|shelled|strafed|raided|attacked|destroyed)"
     r"|(?:air|aerial|combat|bombing) sorties|(?:bombed|pounded|struck|hit|strafed) by (?:\w+ ){0,3}(?:aircraft|warplanes|planes|jets|drones|helicopters|gunships|bombers)"), "air"),
    (r"shell(?:ed|ing|s)|mortars?|rockets?|artillery|missiles?|indirect fire", "shell"),
    # smoke, stun and tear gas grenades are crowd control, not weapons
    # ordnance left behind that goes off on those who play with or pick it up: ACLED Remote
    # explosive, not the grenade attack its word would name
    (r"(?:play(?:ing|ed)?|tamper(?:ing|ed)?|fiddl(?:ing|ed)) with (?:a |an |the )?(?:\w+ )?(?:grenades?|shells?|mines?|explosives?|devices?|ordnance|munitions?|rockets?)|unexploded (?:\w+ )?(?:ordnance|shells?|grenades?|devices?|munitions?|bombs?|rockets?|mortars?)|explosive remnants? of war|uxos?", "explosion"),
    (r"(?<!smoke )(?<!stun )(?<!tear gas )(?<!tear-gas )(?<!flash )(?<!rocket-propelled )(?<!rocket propelled )grenades?", "grenade"),
    (r"detonat(?:ed|e|es|ing|ion)|dynamite|blew up|blown up|set(?:ting)? off (?:an? )?(?:explosives?|bombs?|devices?)|improvised explosive devices?|\bieds?\b(?!\s+(?:planters?|makers?|manufacturers?|layers?|specialists?|experts?|cells?|networks?|factor(?:y|ies)|workshops?))|landmines?|land mines?|(?:road ?side|remote[- ]controlled) bombs?|explosive devices?|(?:mine|bomb|device|ied) (?:explosion|blast)|(?:struck|hit|ran over|triggered|detonated) (?:a |an )?(?:mine|landmine|explosive|ied|bomb)|(?:mine|bomb) exploded|exploded|explosions?|blasts?", "explosion"),
    (r"chemical(?:ly)? (?:armed )?(?:weapons?|attacks?|agents?|munitions?|bombs?|shells?|strikes?)|(?:poison(?:ous)?|toxic|nerve|mustard|chlorine|sarin) gas(?:es)?(?: attacks?)?|sulfur mustard|sarin(?: attacks?)?|nerve agents?(?: attacks?)?|chlorine (?:bombs?|munitions?|barrels?|cylinders?|attacks?)|(?<!tear )gas attacks?", "chemical"),
    # violence against civilians
    (r"(?:seized|took|took away|carried off|hijacked|intercepted) (?:\w+ ){0,5}(?:along|together) with (?:the |its |their |his |her )?(?:\w+ )?(?:drivers?|occupants|passengers|crew|owners?|travell?ers)|abduct(?:ed|s|ing|ion|ions)?|kidnap(?:ped|ping|pings|s)?|taken hostage|held hostage|hostages?|seized (?:him|her|them)|carried (?:him|her|them) off|forced disappearance|disappeared", "abduct"),
    (r"rap(?:ed|e|es|ing)\b|sexual(?:ly)? (?:violence|assault(?:ed)?|abuse[ds]?)", "sexual"),
    (r"kill(?:ed|ing|s)?|shot dead|gunned down|murder(?:ed|s)?|assassinat(?:ed|ion)|execut(?:ed|ion|ions)|beheaded|slaughtered|massacre[ds]?|lynched|shot (?:and killed|him|her|them)|opened fire|fired (?:on|at)(?! least| most)|lost (?:their|his|her) lives?|wounded|injured|beat(?:en)?|tortured|assault(?:ed)?|mutilated|whipped|flogged|lashed|amputated|mistreated|ill-treated|stabbed|fir(?:ed|ing) (?:gun)?shots|shot at|(?:slit|slashed|cut) (?:\w+ ){0,2}throats?|strangled|(?:burned|burnt|stoned|hacked|beaten) to death|(?:were|was|(?:has|have|had) been) (?:later |subsequently |then )?found dead|(?:his|her|their|the|a) (?:\w+ )?(?:body|bodies|corpses?) (?:was|were|(?:has|have|had) been) (?:later |subsequently |then )?(?:found|discovered)|hanged|hung (?:him|her|them)|hung(?= (?:a|an|the) )|subjected (?:[\w'()-]+ ){0,8}?to (?:torture|ill-treatment|mistreatment|beatings?|abuse)", "kill"),
    (r"attack(?:ed|s|ing)?|raid(?:ed|s)?|storm(?:ed)?|stormed|target(?:ed)? (?:a |the )?(?:village|convoy|post|camp|position|base|checkpoint)", "attack"),
    # battles
    (r"clash(?:ed|es)?|fight(?:ing)?|fought|combat|exchange(?:d|s)? (?:of )?(?:gun)?fire|(?:subjected to|came under) (?:\w+ )?(?:gun)?fire|exchanged gunfire|gunfight|firefight|skirmish(?:es)?|battle[ds]?|ambush(?:ed|es)?|repelled|repulsed|counter-?attack(?:ed)?|neutrali[sz]ed|engaged|fought back|returned fire|routed|responded to the (?:attack|assault|ambush|incursion|raid)|(?:conducted|carried out|launched|led|mounted) (?:a |an )?(?:\w+[- ]){0,2}(?:operations?|offensive|sweep) (?:\w+ ){0,3}(?:against|targeting|on)", "clash"),
    (r"(?:took|take|seized|captured|overran|gained) (?:control of |over )?(?:the )?(?:town|city|village|locality|camp|base|post|area)|overran|took over", "overtake"),
    (r"(?:recaptured|retook|regained(?: control of)?|reclaimed|liberated(?! (?:\w+ ){0,3}(?:hostages?|prisoners?|captives?|detainees?|people|persons|civilians|women|children|men)\b))", "regain"),
    # ground taken, by whoever holds it after ("seized control of", "drove the rebels out of")
    (r"(?:seiz(?:ed|ing)|t(?:ook|aken|aking)|gain(?:ed|ing)|wrest(?:ed|ing)|establish(?:ed|ing)|assum(?:ed|ing)|retook|retaken|regain(?:ed|ing)|recover(?:ed|ing)|restor(?:ed|ing)|extend(?:ed|ing)) (?:full |complete |total |effective |partial |the |back )*control (?:of|over)|gained ground|"
     r"(?:captur(?:ed|ing)|seiz(?:ed|ing)|overr(?:an|un)|occup(?:ied|ying)(?= (?:the|a|an|two|three|several|\d))|liberat(?:ed|ing)(?= (?:the|a|an|two|three|several|\d))|freed(?= (?:the|a|an|two|three|several|\d))|freeing|retook|retaken|recaptur(?:ed|ing)|reclaim(?:ed|ing)|won back|seized back|took back|recover(?:ed|ing)|regain(?:ed|ing)|t(?:aken|aking) over) (?:on \w+day |early |late |overnight )?(?:(?:the|a|an|its|their|his|her|two|three|four|five|six|seven|eight|nine|ten|several|some|many|dozens of|\d+|more|all|parts of|much of|back the) (?:" + _NOT_OBJECT + r"[\w'(),.-]+ ){0,4}?)?" + _GROUND + r"|"
     r"(?:drove|driven|driving|pushed|ousted|flushed|dislodged|purged) (?:back )?(?:(?!back\b)" + _NOT_OBJECT + r"[\w'-]+ ){1,5}?(?:back )?(?:out of|from) " + _GAP + "{0,4}?" + _GROUND + r"", "overtake"),
    # the subject lost the ground: "the rebels were driven out of the town"
    (r"(?:were|was|been) (?:pushed|driven|forced|chased|flushed|dislodged) (?:back |out )?(?:from|out of)", "lose"),
    # demonstrations; force used on a crowd tells a demonstration
    (r"(?:fired|firing|fire|used|using|lobbed|shot) (?:\w+ ){0,3}(?:tear ?gas|teargas|water cannons?|rubber bullets|stun grenades|pepper spray)|(?:dispers(?:ed|e|es|ing)|broke up|break up|breaking up|suppress(?:ed|ing)?|crack(?:ed)? down on|clear(?:ed|ing)?) (?:\w+ ){0,4}(?:protest\w*|demonstrat\w*|crowds?|rall(?:y|ies)|march(?:es|ers)?|sit-ins?|gatherings?|human chain)", "protest"),
    (r"protest(?:ed|ers|s|ing)?|demonstrat(?:e|ed|ion|ions|ors|ors'|ing)|marched|march(?:es)? (?:in|to|against|through)|dispersal of (?:the|a|this) march|sit-ins?|rall(?:y|ied|ies)|strike(?:d)? (?:by|of) (?:teachers|workers|students|traders|drivers|transporters)|went on strike|gathered to (?:denounce|demand|protest|condemn)|took to the streets|(?:staged|held|organi[sz]ed|led) (?:a |an )?(?:\w+ )?(?:march|sit-in|rally|strike|walkout|boycott)", "protest"),
    # a riot is a crowd's (coded by how it went: extract/demonstrations); "riot police" are
    # the police, not a riot
    (r"riot(?:ed|ers|s|ing)?(?![- ](?:police|gear|squads?|control|units?|officers|shields?))", "protest"),
    # a road barricaded, tyres burned: a demonstration, whoever the people are (ACLED codes
    # residents' and militiamen's barricades alike as violent demonstrations)
    (r"barricad(?:ed|es|ing)|burn(?:ed|t|ing) (?:tyres|tires)|erected (?:a |several )?(?:barriers?|barricades?)", "barricade"),
    (r"threw stones|stone-throwing|ransacked|erected (?:a |several )?roadblocks?|hostile crowd|forced the closure|vandali[sz]ed", "riot"),
    # a crowd blocking a road or an entrance protests (ACLED: a peaceful protest unless it
    # turns violent); armed men doing so do not
    (r"blocked (?:the )?(?:roads?|traffic|access|entrance)|prevented (?:\w+ ){0,2}access", "block"),
    (r"mobs?|lynch(?:ed|ing)|vigilantes?|vigilantism", "mob"),
    # strategic developments
    (r"loot(?:ed|ing|s)?|pillag(?:ed|ing)|plunder(?:ed)?|extort(?:ed|ing|ion)?|rack?eteer(?:ed|ing)?|robb(?:ed|ery|eries|ing)|stripped (?:\w+ ){1,3}of\b|taxed|levied (?:a |the )?(?:tax|zakat)|(?:stole|steal|stealing|stolen|rustl(?:ed|ing)|took away|carried off|made off with|seized|seize|seizing|confiscated|took|removed|emptied) (?:\w+ ){0,5}(?:cattle|livestock|animals|goats|sheep|camels|horses?|donkeys?|oxen|heads?|motorbikes?|motorcycles?|vehicles?|cars?|trucks?|ambulances?|goods|merchandise|cargo|loads?|property|food|foodstuffs?|cereals?|rice|shops?|money|cash|equipment|materials?|phones?|(?:solar )?panels?|batter(?:y|ies)|generators?|belongings|grain|harvests?|supplies|fuel|medicines?|carts?|bicycles?|stocks?|provisions)|emptied (?:\w+ ){0,3}(?:banks?|stores?|storage|storehouses?|granar(?:y|ies)|warehouses?|depots?|canteens?|pharmac(?:y|ies)|shops?)|cattle rustling|torch(?:ed)?|set (?:fire|ablaze) to|set on fire|set (?:ablaze|alight)|burn(?:ed|t)|destroy(?:ed)?|vandali[sz]ed|sabotag(?:ed|e)", "loot"),
    (r"arrest(?:ed|s)?|detain(?:ed)?|apprehend(?:ed)?|taken into custody|in custody", "arrest"),
    (r"(?:signed|concluded|reached|struck) (?:\w+ ){0,3}(?:agreement|accord|deal|pact|truce)|peace (?:agreement|deal|accord)|ceasefire(?![- ]violations?)|cease-fire(?! violations?)|truce|reached (?:an )?agreement|released (?:\w+ ){0,3}(?:hostages?|prisoners?) (?:under|as part of|following)|release came after (?:the )?(?:payment|negotiations?|mediation)|released (?:\w+ ){0,6}(?:after|following|in exchange for) (?:the )?(?:payment of (?:a )?ransoms?|negotiations?|mediation|a prisoner exchange)|prisoner exchange", "agreement"),
    # surrenders, swaps, talks and deals that end or pause the fighting
    (r"(?:have |has |had )?surrender(?:ed|ing)|surrender of|laid down (?:their |his |its )?(?:arms|weapons)|exchang(?:ed|ing) (?:\w+ ){0,3}(?:prisoners|detainees|captives|bodies)|(?:prisoner|hostage|detainee)s? swap|swap of (?:\w+ ){0,2}(?:prisoners|detainees)|exchange (?:process )?of (?:\w+ ){0,3}(?:prisoners|detainees|captives|bodies)|(?:released|freed) (?:[\w'-]+ ){0,6}in exchange for|peace (?:talks|negotiations|process|deal|agreement)|agreed (?:on |to )?(?:a |an |the )?(?:\w+ )?(?:ceasefire|cease-fire|truce|deal|agreement|accord)|agreed to (?:resume|hold|start|open) (?:\w+ ){0,2}(?:talks|negotiations)|(?:began|started|resumed|opened|launched|joined) (?:[\w'-]+ ){0,3}?(?:peace |direct |indirect )?(?:talks|negotiations)|(?:evacuation|reconciliation|surrender) (?:deal|agreement|accord)|(?:under|as part of|as a result of) (?:an? |the )?(?:\w+ )?(?:deal|agreement|accord)", "agreement"),
    # forced displacement, evictions, ultimatums, people turned back (ACLED "Other")
    (r"evict(?:ed|ing|ion|ions)?|(?:ordered|forced|told|gave) (?:\w+ ){0,5}(?:an ultimatum )?to (?:leave|vacate|abandon)|ultimatum to (?:leave|vacate)|chased (?:\w+ ){0,3}(?:away|out|off)|turned (?:\w+ ){0,4}(?:away|back)|forced (?:\w+ ){0,3}to (?:turn|return|go) back|forced (?:\w+ ){0,3}to (?:turn around|return|head back)|(?:broke|broken|breaking) out of (?:\w+ ){0,2}(?:prison|jail|detention|police station)|jail ?breaks?|prison ?breaks?|escaped from (?:\w+ ){0,2}(?:prison|jail|detention)", "other"),
    ((r"(?:set(?:ting)? up|establish(?:ed|ing)|creat(?:ed|ing)|built|building|open(?:ed|ing)(?! fire)|install(?:ed|ing)|erect(?:ed|ing)|construct(?:ed|ing)|inaugurat(?:ed|ing)) (?:" + _NOT_OBJECT + r"[\w',.-]+ ){0,4}?(?:bases?|camps?|headquarters|(?:observation |military |army |security |control )(?:posts?|points?)|posts?|outposts?|barracks|garrisons?)"
     r"|(?:bases?|camps?|headquarters|posts?|points?|outposts?|barracks|garrisons?) (?:[\w'-]+ ){0,3}?(?:was|were|has been|have been|had been|being) (?:set up|established|created|built|opened|installed|erected|inaugurated)"), "hq"),
    # a place entered without a fight: control acquired without violence (ACLED Non-violent
    # transfer of territory), not a mere move
    (r"(?:entered|moved into|took over) [^.;]{0,90}?(?:without (?:(?:encountering|meeting|facing) )?(?:any |a |much )?(?:resistance|fight(?:ing)?)|unopposed|(?:not|no) (?:\w+ ){0,2}resistance)", "transfer"),
    (r"withdr(?:ew|awn|awal|aw|aws|awing)|handed over|retroced|took over (?:the )?(?:base|camp) from|pull(?:ed|s|ing)? out|hand(?:ed|ing)? (?:\w+ ){0,3}(?:control|authority)|hand-?over|transferr(?:ed|ing) (?:[\w'-]+ ){0,4}?(?:bases?|camps?|control|posts?|territory|districts?)|ceded|relinquished|(?:began|started) (?:leaving|evacuating)|(?:abandon(?:ed|ing)|evacuat(?:ed|ing)|vacat(?:ed|ing)) (?:their |its |his |the )?(?:positions?|bases?|posts?|camps?)", "transfer"),
    # restrictions imposed on people (by an armed group: ACLED Other; by the state: Change to group/activity)
    (r"(?:impose|imposes|imposed|imposing|declared|announced|lifted|lifting|extended|extending|renewed|prolonged|enforc(?:ed|ing)|began imposing) (?:a |an |the )?(?:\w+ )?(?:blockade|curfew|ban|embargo|state of emergency|siege)|imposed (?:a |an )?(?:tax|zakat)|closed (?:down )?(?:the )?(?:\w+ )?(?:schools?|town hall|market|road)|ordered the closure of|(?:held|ran|set up|mounted|erected) (?:a |an )?(?:illegal )?checkpoint|forced (?:\w+ ){0,3}to (?:flee|close|pay)|threatened (?:the )?(?:residents|villagers|inhabitants|population|people|families)|(?:fled|deserted|abandoned) [^.;]{0,80}?(?:after|following|because of|due to) [^.;]{0,60}?threat(?:s|ened)?|besieg(?:ed (?:the|a|an)\b|ing)|laid siege|(?:began|started|maintained|tightened) (?:a |the |their |its )?(?:\w+ )?(?:blockade|siege)", "restrict"),
    (r"pledged allegiance|(?:groups?|factions?) merged|formed (?:a |an )?(?:new )?(?:alliance|coalition)|was dissolved|dissolved the", "change"),
    # forces moved, sent, reinforced or pulled back; defections; new units; operations begun;
    # armed men entering a place or patrolling it without violence
    (r"defect(?:ed|ing|ion|ions)|(?:deploy(?:ed|ing|s)?|dispatch(?:ed|ing)|redeploy(?:ed|ing|s)?|sen[dt]|sending|mov(?:ed|ing)|mobili[sz](?:ed|ing)|mass(?:ed|ing)|amass(?:ed|ing)|station(?:ed|ing)|reinforc(?:ed|ing)|beefed up|bolster(?:ed|ing)|rush(?:ed|ing)) (?:" + _GAP + "{0,5}?)" + _FORCES
     + r"|(?:troops|forces|soldiers|reinforcements|units|tanks|contingents?) (?:[\w'-]+ ){0,3}?(?:were|was|have been|has been|had been|are being|being) (?:deployed|dispatched|sent|redeployed|mobili[sz]ed|stationed|reinforced|moved)|(?:deployment|redeployment|dispatch) of (?:[\w'-]+ ){0,3}?(?:troops|forces|soldiers|units|reinforcements)|(?:troop|military) (?:build-?up|deployments?|reinforcements?)|pull(?:ed|s|ing)? back"
     r"|(?:form(?:ed|ing)|creat(?:ed|ing)|found(?:ed|ing)) (?:a |an |the |its |their )?(?:new )?(?:[\w'-]+ ){0,3}?(?:units?|brigades?|battalions?|militias?|forces|organi[sz]ation|wing|division|command|entity|network)|(?:units?|forces|troops|brigades?|battalions?|militias?|organi[sz]ation|wing|entity|network|divisions?) (?:[\w'-]+ ){0,6}?(?:was|were|has been|have been|had been) (?:formed|created|set up|established|founded)"
     r"|(?:launch(?:ed|ing)|beg(?:an|un)|start(?:ed|ing)|announc(?:ed|ing)|kick(?:ed)? off|initiat(?:ed|ing)) (?:a |an |the )?(?:[\w'-]+ ){0,3}?(?:operations?|offensive|campaign)\b|(?:conducted|carried out) (?:a |an )?(?:\w+ )?patrols?", "change"),
    # armed men who enter, reach or patrol a place ("militants entered the village", "troops
    # arrived in the town"): an act only with an armed subject (ARMED_MOVERS, extract/moves.py); told with
    # violence, the violence codes the act
    (r"entered(?! into)|patroll?(?:ed|ing)(?= (?:in|through|around|the)\b)|arrived(?= (?:in|at|on|by)\b)|moved into|redeployed(?= (?:to|in)\b)|made (?:an )?incursions? into", "move"),
)

# Words that make the event in a clause not (yet) real.
NEGATION = ("no ", "not ", "never ", "n't ", "without ", "denied ", "failed to ", "foiled ")
HYPOTHETICAL = (
    "could ", "may ", "might ", "would ", "will ", "plan to ", "plans to ", "planned to ",
    "threatened to ", "threatens to ", "risk of ", "fear of ", "fears of ", "feared ", "if ",
    "vowed to ", "intend to ", "intends to ", "likely to ", "warned that ", "possible ",
    # a purpose or a request: the act sought, not one that happened
    "in order to ", "so as to ", "to request ", "to call for ", "to ask for ",
)
# Dates whose month is spelt like one of those words ("on 3 May 2020", "on May 18"): a month,
# not the modal.
MOOD_WORD_DATES: tuple[str, ...] = (r"\b\d{1,2}(?:st|nd|rd|th)? may\b", r"\bmay \d{1,4}\b")
# Clause-level cues that a sentence is background: history, context, anniversaries, generic.
BACKGROUND = (
    "began in", "started in", "since 20", "since 19", "anniversary", "years ago", "over the years",
    "in recent years", "for over a decade", "for more than a decade", "over the past decade",
    "remain vulnerable", "have become", "has become", "increasingly", "frequently", "regularly",
    "recurrent", "a spike in", "pattern of", "history of", "in the past", "backdrop of",
    "used to", "has been embroiled", "have been embroiled", "repeatedly", "have previously",
    "has previously", "over the past", "began attacking", "began targeting",
    # an earlier act given as the cause of this one
    "in the wake of", "in retaliation for", "in reprisal for", "as a reprisal for",
)
# Plural nouns of violence used generically ("attacks, kidnappings and displacement").
GENERIC_PLURAL_OK = ("several", "two", "three", "four", "five", "multiple", "twin", "both")
# Nouns that count acts as one batch, every language: "a series of airstrikes" is as specific
# as "two airstrikes".
COLLECTIVE_NOUNS: frozenset[str] = frozenset({"series", "barrage", "volley", "salvo", "wave", "hail", "succession"})

# Attribution: who says it. Each pattern captures the source in group "src".
ATTRIBUTION = (
    r"according to (?P<src>[^,.;]{3,80})",
    r"(?P<src>[A-Z][^,.;\"“”]{2,60}?) (?:told|informed) (?:the )?(?P<wire>[A-Z][\w. ]{1,40})",
    r"[,”\"]\s*(?P<src>(?:the |a |an )?[A-Za-z][^,.;\"“”]{2,60}?) (?:said|says|told|added|confirmed)\b",
    r"(?:said|says|reported|confirmed|stated|announced) (?P<src>(?:the |a )?[A-Za-z][^,.;\"“”]{2,60})",
    r"(?P<src>(?:state|national|local) (?:tv|television|radio|media)|a report on state tv)",
)
WIRES = ("associated press", "ap", "afp", "agence france-presse", "reuters", "xinhua", "anadolu")
CLAIMED = (
    "claimed responsibility", "claimed the", "claimed an", "claimed a ", "claimed the abduction",
    "claimed the attack", "claimed to have", "claims to have",
)
SUSPECTED = ("suspected", "presumed", "alleged", "believed to", "likely", "thought to be", "suspicion")
CONFIRMED = ("confirmed", "officials said", "confirmed the")

# Trigger negation and mood (``extract/triggers``). "Every language": joined over all
# languages and applied whatever the report's language; otherwise the report language's own.
# Dependents of a trigger that deny it: adverbs ("not killed") and subjects ("nobody was
# hurt"), every language.
NEGATION_ADVERBS: frozenset[str] = frozenset({"not", "n't", "never"})
NEGATION_SUBJECTS: frozenset[str] = frozenset({"nobody"})
# A determiner and the subject it denies, "no one was killed" (every language).
NEGATION_DETERMINED_SUBJECTS: tuple[str, ...] = ("no one",)
# A denial in the words right before a trigger (a regular expression over lower-case text).
NEGATION_BEFORE = r"\b(?:no|without|not|never)\s+(?:\w+\s+){0,2}$"
# A two-part negation: one of the particles just before the trigger and the closing word near
# it ("n'a pas été enlevé"); none in English.
NEGATION_PARTICLES: tuple[str, ...] = ()
NEGATION_CLOSER = ""
# Modal verbs (tag MD) that make an act hypothetical, every language.
MODAL_VERBS: frozenset[str] = frozenset(
    {"could", "may", "might", "would", "will", "should", "can", "must"}
)
# Marks of a purpose clause ("troops were sent to fight the rebels"): an act told as what
# someone set out to do, not as one that happened (the infinitive's marker, every language).
PURPOSE_MARKERS: frozenset[str] = frozenset({"to"})
# Subjects of a protest word that are armed forces or their machines ("warplanes rallied",
# "troops rallied to the town"): forces gathering, not a demonstration (every language).
FORCE_SUBJECTS: frozenset[str] = frozenset(
    {
        "warplanes", "warplane", "jets", "jet", "planes", "plane", "aircraft", "helicopters",
        "helicopter", "gunships", "drones", "drone", "bombers", "tanks", "troops",
        "reinforcements", "units", "battalions", "squadrons", "convoys",
    }
)
# The subject of a move word that makes it an act of an armed side ("IS militants entered the
# village", "the army redeployed to the town"): a word of the subject's phrase, or two.
ARMED_MOVERS: tuple[str, ...] = (
    "troops", "forces", "soldiers", "army", "fighters", "militants", "militiamen", "militia", "gunmen",
    "armed men", "jihadists", "insurgents", "rebels", "mercenaries", "operatives", "reinforcements",
    "contingent", "contingents", "units", "convoy", "convoys", "patrol", "patrols", "terrorists",
)
# Subjects named by their part in an act told elsewhere: "the attackers arrived on motorbikes"
# tells that act, not a move of its own.
ACT_ROLE_MOVERS: tuple[str, ...] = ("attackers", "assailants", "attacker", "assailant", "raiders", "kidnappers")
# Whether a future or conditional auxiliary of the trigger makes the act hypothetical.
FUTURE_AUXILIARIES = False
# Verbs whose infinitive complement is not (yet) an act ("threatened to attack"), every
# language (lemmas).
INTENT_VERBS: frozenset[str] = frozenset(
    {"threaten", "plan", "vow", "intend", "want", "seek", "try"}
)
# Dependents of a plural trigger noun that make it one act: the parties ("clashes between
# herders and farmers"), every language ...
BETWEEN_WORDS: frozenset[str] = frozenset({"between"})
# Prepositions of what an act was done with ("with grenades"), every language.
INSTRUMENT_WORDS: frozenset[str] = frozenset({"with", "using"})
# ... the act the deaths belong to, as the noun's head ("killed during clashes") or as its
# dependent ("tuées lors de violences", in the languages that attach it so), every language ...
DURING_HEADS: frozenset[str] = frozenset({"during", "amid", "amidst"})
DURING_DEPENDENTS: frozenset[str] = frozenset()
# ... or a determiner that makes it specific ("the attacks"), every language.
SPECIFIC_DETERMINERS: frozenset[str] = frozenset({"the", "these", "those"})

# How a demonstration went (``extract/demonstrations``), read over the sentences that tell it.
# People or a gathering at a demonstration: an act told with them is part of it ("police
# opened fire on demonstrators", "arrested during a march").
DEMONSTRATORS = (
    r"protest(?:er|or)s|protest(?:er|or)|demonstrators?|rioters?|marchers",
    r"crowds? of (?:\w+ ){0,2}(?:protesters|demonstrators|students|activists|people)",
    r"(?:during|at|disperse[ds]?|dispersing|broke up|break up|clear(?:ed)?|suppress(?:ed|ing)?|crack(?:ed)?down on|attack(?:ed)?(?: on)?|against) (?:a |an |the |their |this |that )?(?:\w+[ -]){0,3}(?:protests?|demonstrations?|rall(?:y|ies)|march(?:es)?|sit-ins?|human chain)",
)
# The demonstrators' own violence: stones, fire, damage, barricades, fighting the police.
DEMONSTRATOR_VIOLENCE = (
    r"(?:threw|throw(?:s|ing)?|hurl(?:ed|ing|s)?|pelt(?:ed|ing)?|lobb(?:ed|ing)) (?:\w+ ){0,4}(?:stones|rocks|bottles|projectiles|objects|bricks|molotov|petrol bombs|fire ?bombs|firecrackers|fireworks)",
    r"stone[- ]throwing|molotov cocktails?|petrol bombs?|pelted|(?:stones|rocks|bottles|projectiles|objects|bricks|fireworks) (?:were |was )?(?:thrown|hurled)",
    r"set (?:\w+ ){0,4}(?:on fire|ablaze|alight)|set fire|torch(?:ed|ing)|(?:lit|light|lighting) fires|(?:sparked|started) (?:a |an )?(?:\w+ )?(?:blaze|fire)",
    r"burn(?:ed|t|ing) (?:\w+ ){0,3}(?:tyres|tires|cars?|vehicles?|buildings?|houses?|offices?|shops?|stations?|property|town hall|police)",
    r"smash(?:ed|ing)|vandali[sz](?:ed|ing|e)|ransack(?:ed|ing)|loot(?:ed|ing)|damag(?:ed|ing)|destroy(?:ed|ing)|inflicted damages?|pull(?:ed|ing)? down|tore down|sprayed graffiti",
    r"barricad(?:ed|es|ing|e)|erect(?:ed|ing) (?:\w+ ){0,2}(?:barriers?|roadblocks?)",
    r"clash(?:ed|es|ing)?|scuffles?|confront(?:ed|ations?)|skirmish(?:ed|es)?|street battles?|fought (?:with )?(?:the )?(?:police|security)",
    r"(?:attack(?:ed|ing|s)?|assault(?:ed|ing)?) (?:\w+ ){0,3}(?:police|security forces|officers|gendarm\w*|soldiers|troops)|launched an assault|stormed|broke into|forced (?:their way|themselves) into|attempted to force",
    r"(?:police ?(?:men|officers)?|officers|gendarmes|soldiers) (?:were |was )?(?:injured|wounded|hurt)",
    r"turned violent|violent (?:protests?|demonstrations?|demonstrators|protesters|clashes|confrontations|riots?)",
    r"riot(?:ed|ing|s)?(?![- ](?:police|gear|squads?|control|units?|officers|shields?))|rioters",
    r"(?:outbreaks? of|escalating|deadly|street|sporadic|nights? of|marred by|descended into) (?:\w+ ){0,2}violence|violence (?:erupted|broke out|flared|surged|boil\w*|escalated)",
    r"aggressive (?:protesters|demonstrators|demonstrations|protests|crowds?)|hostile crowd|forced the closure",
)
# Force that kills or seriously harms demonstrators (ACLED "Excessive force against protesters").
FORCE_ON_DEMONSTRATORS = (
    r"live (?:ammunition|rounds|bullets|fire)|opened fire (?:on|at)",
    r"fir(?:ed|ing) (?:\w+ ){0,3}(?:on|at|into) (?:the )?(?:\w+ ){0,2}(?:protesters|demonstrators|crowds?|marchers)",
    r"excessive force|violently (?:suppress\w*|dispers\w*|repress\w*|crush\w*|broke up|break\w* up|attack\w*)|brutally|(?:bloody|deadly|violent|brutal) crackdown",
    r"(?:killed|killing|shot|beat|beaten|beating|hits?|clubbed|wounded|injured|injuring|wounding) (?:\w+ ){0,3}(?:protest[eo]rs?|demonstrators?|marchers)",
    r"(?:protest[eo]rs?|demonstrators?|marchers) (?:\w+ ){0,3}(?:were|was|have been|had been|been) (?:\w+ )?(?:killed|shot|wounded|injured|beaten)",
    r"(?:protest[eo]rs?|demonstrators?) died|died from gunfire|(?:serious|severe) injuries|(?:die[sd]?|killed|dead) in (?:\w+ ){0,2}crackdown",
    r"attacks? (?:against|on) (?:\w+ ){0,2}(?:protest[eo]rs|demonstrators|marchers)",
)
# Force used on demonstrators short of that: tear gas, dispersal, arrests.
INTERVENTION = (
    r"tear ?gas|teargas|water ?cannons?|rubber bullets|pepper[- ]spray\w*|pepper canisters|(?:stun|smoke) grenades|batons?|non-?lethal",
    r"dispers(?:ed|e|es|ing|al)|broke up|break up|breaking up|suppress(?:ed|ing|ion)?|crackdown|intervened|warning shots",
    r"(?<!release of )(?:arrested|detained|detaining|arresting)|arrests (?:were|have been) made|made (?:\w+ )?arrests|carried out arrests|detains?(?!\w)",
    r"prevented (?:\w+ ){0,3}(?:demonstrators|protesters|marchers|them)|halt(?:ed)? (?:\w+ ){0,3}(?:march|rally|protest|event)|drag(?:ged)? (?:them|protesters|demonstrators)|chase[ds]? (?:\w+ ){0,2}(?:demonstrators|protesters)|removed (?:\w+ ){0,3}(?:protesters|demonstrators|workers)",
)
