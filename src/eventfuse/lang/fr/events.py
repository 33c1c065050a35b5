"""Mots d'événements en français : déclencheurs par famille d'actes, et indices qui les qualifient."""

from __future__ import annotations

# Morceaux communs aux déclencheurs stratégiques ci-dessous (voir lang/en/events.py).
# Armes, munitions et explosifs, et les lieux où on les garde (« une cache d'armes »).
_ARMES = (
    r"(?:d'|l')?(?:armes?|armements?|fusils?|pistolets?|revolvers?|kalachnikovs?|ak-?47|"
    r"mitrailleuses?|lance-roquettes|munitions?|cartouches?|balles|chargeurs?|explosifs?|"
    r"engins?(?: explosifs?)?|eei|ieds?|bombes?|mines?(?! d'or| aurif)|grenades?|roquettes?|obus|mortiers?|"
    r"missiles?|projectiles?|d[ée]tonateurs?|caches?|arsenal|arsenaux|stocks? d'armes)"
)
# La suite d'une liste d'armes (« des fusils, des roquettes et deux mortiers ») : ses derniers
# éléments ne sont pas des armes tirées.
_AUTRES_ARMES = (
    r"(?:(?:,| et| ou| dont| notamment| y compris)+ "
    r"(?:(?!(?:tu|attaqu|tir|abatt|affront|d[ée]ton|explos|lanc|frapp)\w*)[\w'-]+ ){0,6}?" + _ARMES + ")*"
)
# Prendre, trouver ou rendre inoffensif (« saisi », « déterré », « désamorcé »).
_SAISIR = (
    r"(?:saisi(?:e|s|es)?|d[ée]couvert(?:e|s|es)?|trouv[ée](?:e|s|es)?|r[ée]cup[ée]r[ée](?:e|s|es)?|"
    r"confisqu[ée](?:e|s|es)?|intercept[ée](?:e|s|es)?|d[ée]trui(?:t|te|ts|tes)|"
    r"d[ée]samor[cç][ée](?:e|s|es)?|d[ée]mantel[ée](?:e|s|es)?|neutralis[ée](?:e|s|es)?|"
    r"d[ée]terr[ée](?:e|s|es)?|mis la main sur)"
)
# Jusqu'à N mots d'un même groupe (nombres comme « 1.100 » compris).
_MOTS = r"(?:[\w',.-]+ )"
# Mots qui ferment le complément d'un verbe : un lieu ou un moment suit, pas l'objet.
_HORS_OBJET = r"(?!(?:en|à|au|aux|dans|près|de|du|depuis|pendant|après|avec|et|pour|par|vers|sur|lors|contre)\b)"
# Le terrain que tient un camp armé.
_TERRAIN = (
    r"(?:villes?|villages?|bourgs?|localit[ée]s?|districts?|quartiers?|zones?|ports?|bases?|camps?|postes?|"
    r"avant-postes?|positions?|collines?|hauteurs|a[ée]roports?|a[ée]rodromes?|territoires?|"
    r"r[ée]gions?|provinces?|capitale|enclaves?|bastions?|fiefs?|casernes?|garnisons?|"
    r"chefs?-lieux?|communes?)"
)
# Hommes en armes et leurs moyens, que leurs chefs déplacent.
_FORCES = (
    r"(?:troupes|forces|soldats|renforts|unit[ée]s|combattants|militants|miliciens|chars|effectifs|"
    r"bataillons?|contingents?|brigades?|pr[ée]sence|positions|dispositif|d[ée]fenses?|"
    r"v[ée]hicules (?:militaires|blind[ée]s)|[ée]quipements? militaires?)"
)

# (expression régulière sur le texte en minuscules, famille). Même structure que lang/en/events.py.
TRIGGERS: tuple[tuple[str, str], ...] = (
    # des frappes aériennes et des troupes au sol dans une même opération : l'opération est l'affrontement (avant les mots aériens, qu'il englobe)
    (r"(?:frappes?|raids?|bombardements?) a[ée]rien(?:ne)?s? (?:et |suivi(?:e|s|es)? d(?:e |')|appuy[ée](?:e|s|es)? par |avec )(?:[\w,'-]+ ){0,4}?(?:(?:troupes|forces|op[ée]rations?|unit[ée]s|assauts?) (?:au sol|terrestres?)|offensives? terrestres?)", "clash"),
    # tué en désamorçant un engin : il a explosé sur ceux qui le neutralisaient (Remote explosive) ;
    # tué en le posant ou en le manipulant : l'acte de ses poseurs est déjoué (Disrupted weapons use)
    (r"en (?:tentant de |essayant de )?(?:d[ée]samor[cç]\w*|d[ée]sactiv\w*|d[ée]mantel\w*) (?:\w+ ){0,3}(?:engins?|explosifs?|eei|ieds?|mines?|bombes?)", "explosion"),
    (r"en (?:tentant de |essayant de )?(?:posant|pla[cç]ant|manipulant|transportant|fabriquant|installant) (?:\w+ ){0,3}(?:engins?|explosifs?|eei|ieds?|mines?|bombes?)", "mishandle"),
    (r"(?:d[ée]samor[cç]|neutralis|d[ée]mantel|d[ée]tect(?!ive)|d[ée]couv|trouv|localis|d[ée]trui)\w* (?:\w+ ){0,4}(?:engins?|explosifs?|eei|ieds?|mines?|bombes?|obus|roquettes?|mortiers?|grenades?)(?:,? (?:et|ou) (?:\w+ ){0,2}(?:engins?|explosifs?|eei|ieds?|mines?|bombes?|obus|roquettes?|mortiers?|grenades?))*|d[ée]samor[cç][ée]s?|(?:engins?|explosifs?|eei|ieds?|mines?)(?: \w+){0,2} (?:ont été |a été |avaient été )?(?:d[ée]truits?|d[ée]samor[cç][ée]s?|neutralis[ée]s?|r[ée]cup[ée]r[ée]s?|saisis?)|neutralis[ée] (?:un |l')?(?:engin|explosif|eei)|saisi(?:e|s|es)? (?:\w+ ){0,5}(?:armes|munitions|explosifs)|d[ée]sarm[ée]s?e?s?|caches? d'armes|remis (?:\w+ ){0,3}(?:armes|fusils)|d[ée]couvert (?:\w+ ){0,2}(?:engins?|explosifs?|mines?)", "disrupt"),
    # armes prises, trouvées ou rendues inoffensives, le verbe d'abord ou au passif (« une cache
    # d'armes a été découverte ») ; charniers découverts (des tueries d'un jour inconnu : Other)
    (_SAISIR + " " + _MOTS + "{0,6}?" + _ARMES + _AUTRES_ARMES
     + "|" + _SAISIR + " " + _MOTS + r"{0,4}?(?:d[ée]p[ôo]ts?|repaires?|entrep[ôo]ts?|tunnels?|magasins?|caisses?|sacs?|colis|v[ée]hicules?|camions?)(?: [\w'-]+){0,6}? (?:contenant|avec|rempli(?:e|s|es)? d[e']|charg[ée](?:e|s|es)? d[e']|servant (?:\w+ ){0,3}[àa] (?:stocker|cacher|entreposer)) " + _MOTS + "{0,6}?" + _ARMES + r"|(?:saisie|d[ée]couverte|destruction|r[ée]cup[ée]ration|interception) (?:de |d'|des |du )" + _MOTS + "{0,3}?" + _ARMES
     + "|" + _ARMES + " " + r"(?:(?!(?:pendant|alors|après|lorsque|d[ée]ton|explos|tu[ée])\w*)[\w',.-]+ )" + r"{0,8}?(?:a|ont|avait|avaient) [ée]t[ée] (?:\w+ )?" + _SAISIR + r"(?! mort| vivant| sans vie)"
     + r"|d[ée]trui(?:t|te|ts|tes|sent)? (?:une |un |la |le |des |les )?(?:\w+ ){0,2}(?:bases?|camps?|repaires?|caches?|d[ée]p[ôo]ts?|sites? logistiques?|ateliers?) (?:\w+ ){0,2}(?:terroristes?|jihadistes?|djihadistes?|rebelles?|insurg[ée]s?|des groupes? arm[ée]s?)", "disrupt"),
    (r"fosses? communes?|charniers?", "grave"),
    (r"attentats?[- ]suicides?|kamikazes?|kamikaze|v[ée]hicules? pi[ée]g[ée]s?|voitures? pi[ée]g[ée]es?", "suicide"),
    # une frappe dite par l'appareil qui l'a menée (« des avions ont bombardé », « des aéronefs
    # ont frappé », « des sorties aériennes »)
    ((r"frappes? a[ée]riennes?|frappes? de drones?|bombardements? a[ée]riens?|raids? a[ée]riens?|appui a[ée]rien|op[ée]rations? a[ée]riennes?"
     r"|(?:drones?|avions?(?: de (?:chasse|combat|guerre))?|h[ée]licopt[èe]res?(?: de combat)?|a[ée]ronefs?|chasseurs|bombardiers?|appareils? (?:militaires?|de l'arm[ée]e de l'air))(?: \([^)]{0,80}\))?(?: [\w'’-]+){0,4}? (?:a|ont|avait|avaient) (?:aussi |ensuite |également |notamment )?(?:frapp[ée]|bombard[ée]|tir[ée]|vis[ée]|cibl[ée]|pilonn[ée]|mitraill[ée]|d[ée]truit|attaqu[ée])"
     r"|sorties a[ée]riennes|(?:bombard[ée]|frapp[ée]|pilonn[ée]|vis[ée]|cibl[ée])(?:e|s|es)? par (?:\w+ ){0,3}(?:avions|drones|a[ée]ronefs|h[ée]licopt[èe]res|chasseurs|bombardiers|l'aviation)"), "air"),
    (r"obus|tirs? de mortiers?|mortiers?|roquettes?|artillerie|missiles?|tirs? indirects?", "shell"),
    # grenades lacrymogènes, assourdissantes, fumigènes : maintien de l'ordre, pas des armes
    # un engin abandonné qui explose sur qui joue avec ou le ramasse : Remote explosive, non
    # l'attaque à la grenade que son mot nommerait
    (r"(?:jou(?:ant|ait|aient|é)|manipul(?:ant|ait|aient)) avec (?:une |un |des |la |le |l')?(?:\w+ )?(?:grenades?|obus|mines?|engins?|explosifs?|munitions?|roquettes?)|(?:engins?|obus|grenades?|munitions?|bombes?|roquettes?) (?:\w+ )?non explos[ée]s?e?s?|restes? explosifs? de guerre", "explosion"),
    (r"grenades?(?! lacrymog\w*| assourdissantes?| de d[ée]sencerclement| fumig[èe]nes?| propuls)", "grenade"),
    (r"d[ée]ton(?:é|ée|er|ation)|dynamit[ée]?|fai(?:t|sant) sauter|fai(?:t|sant) exploser|(?<!poseurs d')(?<!poseur d')engins? explosifs? improvis[ée]s?|(?<!poseurs d')(?<!poseur d')(?<!fabricants d')\b(?:ieds?|eei)\b|mines? (?:antipersonnel|artisanales?|terrestres?)|(?:a |ont )?saut[ée] sur (?:une |un )?(?:mine|engin|explosif)|(?<!poseurs d')(?<!poseur d')engins? explosifs?|explosions?|explos[ée]|d[ée]flagrations?", "explosion"),
    (r"armes? chimiques?|attaques? chimiques?|agents? chimiques?|munitions? chimiques?|gaz (?:toxiques?|moutarde|sarin|chlor[ée]|de combat|empoisonn[ée]s?)|sarin|(?:attaques? (?:à l'|aux? ))?agents? neurotoxiques?|(?:bombes?|barils?|obus|attaques?) (?:au|à) (?:chlore|gaz)", "chemical"),
    (r"(?:saisi|emport[ée]|emmen[ée]|intercept[ée])s? (?:\w+ ){0,5}avec (?:son |ses |leur |leurs |le |la |les )?(?:\w+ )?(?:chauffeurs?|conducteurs?|occupants|passagers|propriétaires?)|enlev[ée]s?e?s?|enl[èe]vements?|kidnapp[ée]s?e?s?|kidnappings?|rapts?|pris(?:es)? en otages?|otages?|s[ée]questr[ée]s?|disparitions? forc[ée]es?|emmen[ée]s? vers une destination inconnue", "abduct"),
    (r"viol(?:s|[ée]e?s?)?\b|violences? sexuelles?|agressions? sexuelles?", "sexual"),
    (r"tu[ée]s?e?s?|tuant|tuerie|assassin[ée]s?e?s?|assassinats?|ex[ée]cut[ée]s?e?s?|ex[ée]cutions?|abattu(?:e|s|es)?|d[ée]capit[ée]s?|massacr[ée]s?|massacres?|lynch[ée]s?|ouvert le feu|(?:a|ont|avai(?:t|ent)) (?:ensuite |plus tard )?été retrouv[ée]e?s? mort(?:e|es|s)?|(?:son|sa|leurs?|les?|la|un|une) (?:\w+ )?(?:corps|cadavres?|dépouilles?) (?:sans vie )?(?:a|ont|avai(?:t|ent)) (?:ensuite |plus tard )?été (?:retrouv|découvert)[ée]?e?s?|tir[ée] sur|ont p[ée]ri|bless[ée]s?e?s?|tortur[ée]s?|battu(?:e|s)?|agress[ée]s?|fouett[ée]s?e?s?|flagell[ée]s?|amput[ée]s?|maltrait[ée]s?|poignard[ée]s?|tir(?:[ée]|ant) des coups de feu|[ée]gorg[ée]s?e?s?|[ée]gorgeant|[ée]trangl[ée]s?e?s?|pendu(?:e|s|es)?|lapid[ée]s?e?s?|br[ûu]l[ée]s?e?s? vifs?|battu(?:e|s|es)? à mort|soumis(?:e|es)? (?:[\w'()-]+ ){0,8}?à (?:la torture|des tortures|des sévices|de mauvais traitements|des mauvais traitements)|sévices", "kill"),
    # opérations terrestres (avec ou sans appui aérien ou d'artillerie) : des combats au sol
    (r"op[ée]rations? (?:a[ée]ro-?)?terrestres?|offensive terrestre|assaut terrestre", "clash"),
    # une trêve ou un échange qui met fin aux combats qu'il nomme est l'accord (avant les mots
    # de combat : la lecture longue l'emporte)
    (r"(?:cessez-le-feu|tr[êe]ve|accord de paix|[ée]chang[ée] (?:\w+ ){0,3}prisonniers)(?! viol)(?:(?!viol|rompu|rupture|malgr[ée]|repris)[^.;]){0,120}?\b(?:combats|affrontements|hostilit[ée]s|guerre)", "agreement"),
    # résister à une attaque en fait un affrontement (avant "attaque" : la lecture longue l'emporte)
    (r"(?:r[ée]pondu [àa]|r[ée]pondant [àa]|repouss[ée]s?|repoussant|riposté [àa]|ripostant [àa]|résisté [àa]|résistant [àa]) (?:l'|la |une |cette )?(?:attaque|assaut|embuscade|incursion|offensive|assaillants|tirs)|violences? (?:inter-?communautaires?|inter-?ethniques?|communautaires?)|affrontements? (?:inter-?communautaires?|inter-?ethniques?)", "clash"),
    (r"attaqu(?:e|es|[ée]s?e?s?|ant|aient|ait)|attentats?|raids?|assaut|prise? pour cible|cibl[ée]s?", "attack"),
    (r"affrontements?|affront[ée]s?|combats?|accrochages?|[ée]changes? de tirs|[ée]chang[ée] des tirs|embuscades?|tendu une embuscade|repouss[ée]s?|riposte|ripost[ée]|mis en d[ée]route|r[ée]pondu [àa] l'(?:attaque|assaut|embuscade|incursion)|neutralis[ée]s?|accroch[ée]s?|(?:men[ée]|conduit|lanc[ée]) (?:une |un )?(?:\w+[- ]){0,2}(?:op[ée]rations?|offensive|ratissage) (?:\w+ ){0,3}(?:contre|visant|ciblant)", "clash"),
    (r"(?:pris|prend|prennent|ont pris) le contr[ôo]le|(?:s'est |se sont )?empar[ée]s?|occup[ée]s? (?:la ville|le village|le camp)|investi (?:la ville|le village)", "overtake"),
    (r"repris(?:e)? (?:le contr[ôo]le|la ville|le village|le camp)|reconquis|lib[ée]r[ée] (?:la ville|le village)", "regain"),
    # terrain pris, par qui le tient ensuite (« pris le contrôle de », « délogé les rebelles de »)
    (r"(?:pris|prise|repris|reprise|ravi|arrach[ée]|[ée]tabli|r[ée]tabli|assum[ée]|[ée]tendu) (?:le |son |leur )?(?:plein |total |enti[èe]r )?contr[ôo]le (?:de|du|des|d'|sur)|gagn[ée] du terrain|"
     r"(?:captur[ée]|conquis|occup[ée]|lib[ée]r[ée]|reconquis|repris|investi|envahi|r[ée]cup[ée]r[ée])(?:e|s|es)? (?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) )?(?:(?:la|le|les|un|une|des|deux|trois|quatre|cinq|plusieurs|\d+|une partie de la|une partie du) (?:" + _HORS_OBJET + r"[\w'(),.-]+ ){0,4}?|l')?" + _TERRAIN + r"|"
     r"d[ée]log[ée](?:e|s|es)? (?:" + _HORS_OBJET + r"[\w'-]+ ){1,5}?(?:hors )?(?:de |du |des |d')" + _MOTS + "{0,3}?" + _TERRAIN, "overtake"),
    # le sujet a perdu le terrain : « les rebelles ont été chassés de la ville »
    (r"(?:ont|a|avaient|avait) [ée]t[ée] (?:chass|d[ée]log|repouss|expuls)[ée](?:e|s|es)? (?:hors )?(?:de |du |des |d')" + _MOTS + "{0,3}?" + _TERRAIN, "lose"),
    # la force employée contre une foule dit une manifestation
    (r"(?:tir[ée]s?|lanc[ée]s?|utilis[ée]s?|fait usage d(?:e|es)) (?:\w+ ){0,3}(?:gaz lacrymog[èe]nes?|grenades (?:lacrymog[èe]nes|assourdissantes)|canons? à eau|balles en caoutchouc)|(?:dispers[ée]e?s?|disperser|dispersant|r[ée]prim[ée]e?s?|r[ée]primer|[ée]vacu[ée]e?s?|d[ée]gag[ée]e?s?) (?:\w+ ){0,4}(?:manifest\w*|foules?|rassemblements?|marches?|sit-in|protestataires)|dispers[ée]e?s? (?:\w+ ){0,2}(?:au|à coups de|avec des|par des|à l'aide de) (?:gaz|grenades|canons?)", "protest"),
    (r"manifest(?:ation|ations|ants?|[ée]|[ée]s|ent|aient)|march(?:e|[ée]) (?:pacifique|de protestation|contre)|dispersion (?:de la|d'une|de cette) marche|sit-in|rassemblements?|protest(?:er|ation|ations|ent|[ée])|gr[èe]ve|descendu(?:e|s|es)? dans la rue|(?:organis[ée]|tenu) (?:une |un )?(?:\w+ )?(?:marche|sit-in|meeting de protestation|boycott)", "protest"),
    # une émeute est le fait d'une foule (codée selon son déroulement : extract/demonstrations)
    (r"(?<!anti-)[ée]meutes?|[ée]meutiers?", "protest"),
    # des routes barricadées, des pneus brûlés : une manifestation, quels qu'en soient les auteurs
    (r"barricad(?:es|[ée]s?)|pneus br[ûu]l[ée]s|br[ûu]l[ée] des pneus", "barricade"),
    (r"jets? de pierres|saccag[ée]s?|foule hostile|vandalis[ée]s?", "riot"),
    # une foule qui bloque une route proteste (pacifiquement, pour ACLED) ; des hommes armés non
    (r"bloqu[ée] (?:la |les |l')?(?:routes?|circulation|acc[èe]s|entr[ée]e)|emp[êe]ch[ée] (?:\w+ ){0,2}acc[èe]s", "block"),
    (r"foule en col[èe]re|vindicte populaire|justice populaire|lynchage|lynch[ée]e?s?|justiciers?", "mob"),
    (r"pill(?:[ée]s?e?s?|age|ages|ent|aient)|vol(?:s)? de b[ée]tail|extorqu[ée]s?|extorsions?|racket(?:t[ée]s?)?|braqu(?:é|ée|age|ages)|d[ée]pouill[ée]s?|d[ée]valis[ée]s?|tax[ée]s?|(?:emport[ée]|enlev[ée]|vol[ée]|saisi|confisqu[ée]|emport[ée]s?|empar[ée]s? de) (?:\w+ ){0,5}(?:b[ée]tail|animaux|t[êe]tes|moutons|ch[èe]vres|chevaux|cheval|[âa]nes?|b[œo]e?ufs|panneaux(?: solaires)?|batteries|groupes? [ée]lectrog[èe]nes?|denr[ée]es|riz|chargements?|cargaisons?|motos|v[ée]hicules|camions|ambulances?|vivres|biens|argent|marchandises|t[ée]l[ée]phones|r[ée]coltes|c[ée]r[ée]ales|vivres|provisions|carburant|m[ée]dicaments|stocks?|charrettes?|v[ée]los)|vid[ée] (?:\w+ ){0,3}(?:banques?|boutiques?|magasins?|greniers?|entrep[ôo]ts?|d[ée]p[ôo]ts?|cantines?|pharmacies?|stocks?)|incendi(?:[ée]s?e?s?|e|ent)|br[ûu]l[ée]s?e?s?|d[ée]trui(?:t|ts|te|tes)|sabot(?:age|[ée])|vandalis[ée]s?", "loot"),
    (r"arr[êe]t[ée]s?e?s?|arrestations?|interpell[ée]s?e?s?|interpellations?|(?<!les )(?<!des )(?<!aux )d[ée]tenus?|mis(?:es)? aux arr[êe]ts|plac[ée]s? en garde à vue|appr[ée]hend[ée]s?", "arrest"),
    (r"(?:sign[ée]|conclu) (?:\w+ ){0,3}(?:accord|pacte|tr[êe]ve)|accords? de paix|cessez-le-feu|tr[êe]ve|conclu (?:un )?accord|lib[ée]r[ée]s? (?:\w+ ){0,6}(?:après|contre|en [ée]change d) (?:le |la |l'|un |une )?(?:paiement d'une rançon|rançons?|n[ée]gociations?|m[ée]diation)|[ée]change de prisonniers", "agreement"),
    # redditions, échanges, pourparlers et accords qui arrêtent ou suspendent les combats
    (r"(?:se sont|s'est|se seraient|s'[ée]tai(?:en)?t) rendu(?:e|s|es)? (?:aux (?:forces|autorit[ée]s|soldats|militaires|troupes)|[àa] l'arm[ée]e|[àa] la gendarmerie|[àa] la police)|redditions?|(?:d[ée]pos[ée]|rendu)(?:s)? (?:les |leurs |ses )?armes|[ée]chang[ée] (?:\w+ ){0,3}(?:prisonniers|d[ée]tenus|captifs|corps)|[ée]changes? (?:\w+ ){0,2}(?:de |des )(?:prisonniers|d[ée]tenus|captifs|corps)|lib[ée]r[ée](?:e|s|es)? (?:[\w'-]+ ){0,6}en [ée]change (?:de|d')|(?:pourparlers|n[ée]gociations|processus|accord) de paix|(?:convenu|accept[ée]|conclu) (?:d'un |un |une |le |la )?(?:\w+ )?(?:cessez-le-feu|tr[êe]ve|accord)|(?:entam[ée]|ouvert|repris|lanc[ée]|engag[ée])(?:s)? (?:[\w'-]+ ){0,3}?(?:pourparlers|n[ée]gociations)|accord d'[ée]vacuation|(?:dans le cadre d'un|en vertu d'un|aux termes d'un) (?:\w+ )?accord", "agreement"),
    # déplacements forcés, expulsions, ultimatums, personnes refoulées (« Other » d'ACLED)
    (r"expuls[ée]s?e?s?|expulsions?|chass[ée]s?e?s?|(?:ordonn[ée]|somm[ée]|contraint|forc[ée]) (?:\w+ ){0,5}(?:de |d'|[àa] )(?:quitter|abandonner|partir|vider)|ultimatum|refoul[ée]s?e?s?|fait demi-tour|(?:contraint|forc[ée]|oblig[ée])s? (?:\w+ ){0,4}(?:de |d'|[àa] )(?:rebrousser chemin|retourner|faire demi-tour)|[ée]vad[ée](?:e|s|es)?(?= (?:de |d'))|[ée]vasions?|(?:s'est|se sont) [ée]chapp[ée](?:e|s|es)? de (?:la )?(?:prison|maison d'arr[êe]t)", "other"),
    ((r"(?:install[ée]|[ée]tabli|inaugur[ée]|cr[ée][ée]|construit|ouvert(?! le feu)|implant[ée]|[ée]rig[ée]|mis en place)(?:e|s|es)? (?:" + _HORS_OBJET + r"[\w',.-]+ ){0,4}?(?:bases?|camps?|quartiers? g[ée]n[ée]ra(?:l|ux)|(?:postes?|points?) d'observation|postes?(?! de contr[ôo]le)|avant-postes?|casernes?|garnisons?)"
     r"|(?:bases?|camps?|postes?|points? d'observation|casernes?|garnisons?) (?:[\w'-]+ ){0,3}?(?:a |ont |avait |avaient )?(?:[ée]t[ée] )?(?:inaugur|install|[ée]tabli|cr[ée]|construit|implant|mis en place)\w*"), "hq"),
    # un lieu où l'on entre sans combat : le contrôle acquis sans violence (ACLED Non-violent
    # transfer of territory), non un simple déplacement
    (r"(?:entr[ée]s?|investi|pris) [^.;]{0,90}?(?:sans (?:(?:rencontrer|opposer|faire face à) )?(?:aucune |de |la moindre |grande )?r[ée]sistance|sans (?:livrer )?combat(?:tre)?|sans coup f[ée]rir|(?:aucune|pas de) r[ée]sistance)", "transfer"),
    (r"retir[ée]s?|retrait|r[ée]troc[ée]d[ée]|remis (?:le camp|la base)|(?:remis|c[ée]d[ée]|transf[ée]r[ée])(?:e|s|es)? (?:[\w'-]+ ){0,4}?(?:le contr[ôo]le|la base|le camp|les? postes?|territoires?)|passation|(?:quitt[ée]|[ée]vacu[ée]|abandonn[ée])(?:e|s|es)? (?:leurs |ses |sa |son |la |le |les )?(?:positions?|bases?|camps?|postes?)", "transfer"),
    # restrictions imposées à la population (par un groupe armé : Other ; par l'État : Change to group/activity)
    (r"(?:impos[ée]|imposant|impose|imposent|imposer|d[ée]cr[ée]t[ée]|instaur[ée]|lev[ée]|annonc[ée]|prolong[ée]|prorog[ée]|reconduit) (?:un |une |le |la |l')?(?:\w+ )?(?:blocus|couvre-feu|interdiction|embargo|[ée]tat d'urgence)|impos[ée] (?:une |un )?(?:taxe|zakat)|ferm[ée] (?:l'|les |la |le )?(?:\w+ )?(?:[ée]coles?|mairie|march[ée]|route)|ordonn[ée] la fermeture|(?:tenu|install[ée]|[ée]rig[ée]) (?:un )?(?:poste de contr[ôo]le|check-point)|contraint (?:\w+ ){0,3}[àa] (?:fuir|fermer|payer)|menac[ée] (?:les )?(?:habitants|villageois|populations?|résidents)|(?:fui|abandonn[ée]|quitt[ée]) [^.;]{0,80}?(?:après|suite [àa]|à cause) [^.;]{0,60}?menaces?|assi[ée]g[ée](?:e|s|es)? (?:la|le|les|l')\b|assi[ée]geant|(?:entam[ée]|commenc[ée]|maintenu|renforc[ée]) (?:un |le |leur )?(?:\w+ )?(?:blocus|si[èe]ge)", "restrict"),
    (r"prêt[ée] allégeance|(?:groupes?|factions?) (?:ont )?fusionn[ée]|form[ée] (?:une |un )?(?:nouvelle |nouveau )?(?:alliance|coalition)|a [ée]t[ée] dissous", "change"),
    # forces déplacées, envoyées, renforcées ou repliées ; défections ; unités nouvelles ;
    # opérations lancées ; hommes armés qui entrent dans un lieu ou y patrouillent sans violence
    (r"fait d[ée]fection|d[ée]fections?|(?:d[ée]ploy[ée]|d[ée]p[êe]ch[ée]|envoy[ée]|red[ée]ploy[ée]|mobilis[ée]|mass[ée]|stationn[ée]|renforc[ée]|achemin[ée]|positionn[ée])(?:e|s|es)? (?:" + _MOTS + "{0,5}?)" + _FORCES
     + r"|(?:troupes|forces|soldats|renforts|unit[ée]s|contingents?) (?:[\w'-]+ ){0,3}?(?:ont|a|avaient|avait) [ée]t[ée] (?:d[ée]ploy|d[ée]p[êe]ch|envoy|red[ée]ploy|mobilis|stationn|achemin)\w*|(?:d[ée]ploiement|red[ée]ploiement|envoi) (?:de |d'|des )(?:[\w'-]+ ){0,3}?(?:troupes|forces|soldats|unit[ée]s|renforts)|(?:se sont |s'est )?repli[ée](?:e|s|es)?"
     r"|(?:form[ée]|cr[ée][ée]|fond[ée]|mis sur pied)(?:e|s|es)? (?:une |un |la |le |sa |son |leur )?(?:nouvelle |nouveau )?(?:[\w'-]+ ){0,3}?(?:unit[ée]s?|brigades?|bataillons?|milices?|forces?|organisations?|branche|division|commandement|entit[ée]|r[ée]seau)|(?:unit[ée]s?|brigades?|bataillons?|milices?|organisations?|entit[ée]|r[ée]seau) (?:[\w'-]+ ){0,6}?(?:a|ont|avait|avaient) [ée]t[ée] (?:form|cr[ée]|fond|mis sur pied)\w*"
     r"|(?:lanc[ée]|d[ée]clench[ée]|entam[ée]|annonc[ée]|d[ée]but[ée])(?:e|s|es)? (?:une |un |l'|la |le )?(?:[\w'-]+ ){0,3}?(?:op[ée]rations?|offensive|campagne)\b|(?:men[ée]|effectu[ée]|conduit)(?:e|s|es)? (?:une |des )?(?:\w+ )?patrouilles?", "change"),
    # hommes armés qui entrent dans un lieu, y arrivent ou y patrouillent (« des militants sont entrés dans le
    # village ») : un acte seulement si le sujet est armé (ARMED_MOVERS, extract/moves.py) ;
    # racontée avec des violences, ce sont elles qui codent l'acte
    (r"(?:(?<=sont )|(?<=est )|(?<=étaient )|(?<=était ))(?:entr[ée]s?|arriv[ée]s?)(?= (?:à|au|aux|dans|en|par)\b)|(?:se sont|s'est) red[ée]ploy[ée]s?|(?:ont|a) fait (?:une )?incursion|(?:(?<=ont )|(?<=a )|(?<=avaient )|(?<=avait ))patrouill[ée](?:s|es)?", "move"),
)

NEGATION = ("ne ", "n'", "pas ", "aucun", "aucune", "sans ", "jamais ", "démenti", "déjoué")
HYPOTHETICAL = (
    "pourrait ", "pourraient ", "pourra ", "risque de ", "risquent de ", "menace de ",
    "menacent de ", "craint ", "crainte ", "craintes ", "si ", "envisage ", "prévoit de ",
    "projette de ", "compte ", "devrait ", "devraient ", "va ", "vont ",
    # un but ou une demande : l'acte recherché, non un acte advenu
    "afin de ", "afin d'", "en vue de ", "pour demander ", "pour réclamer ", "pour solliciter ",
)
# Aucun mois ne s'écrit comme ces mots (voir lang/en/events.py).
MOOD_WORD_DATES: tuple[str, ...] = ()
BACKGROUND = (
    "a commencé en", "a débuté en", "depuis 20", "depuis 19", "anniversaire", "il y a des années",
    "ces dernières années", "depuis plus d'une décennie", "depuis une décennie", "au fil des ans",
    "restent vulnérables", "de plus en plus", "fréquemment", "régulièrement",
    "récurrent", "dans le passé", "sur fond de", "à plusieurs reprises", "déjà enlevé",
    "ces deux dernières années", "au cours des dernières",
    # un acte antérieur donné comme cause de celui-ci
    "en représailles", "en guise de représailles", "dans le sillage de",
)
GENERIC_PLURAL_OK = ("plusieurs", "deux", "trois", "quatre", "cinq", "multiples", "doubles")
COLLECTIVE_NOUNS: frozenset[str] = frozenset({"série", "salve", "vague", "pluie", "succession", "barrage"})

ATTRIBUTION = (
    r"selon (?P<src>[^,.;]{3,80})",
    r"(?P<src>[A-Z][^,.;\"“”«»]{2,60}?) (?:a déclaré|a indiqué|a confié|a affirmé) (?:à )?(?P<wire>[A-Z][\w. ]{1,40})",
    r"(?:a|ont) (?:déclaré|indiqué|confirmé|affirmé|rapporté|annoncé) (?P<src>[^,.;\"“”«»]{2,60})",
    r"(?P<src>(?:la |une )?(?:télévision|radio|tv) (?:d'état|nationale|publique|locale))",
)
WIRES = ("afp", "agence france-presse", "associated press", "ap", "reuters", "xinhua", "anadolu", "aps")
CLAIMED = ("revendiqué", "revendique", "revendication", "affirme avoir", "affirmé avoir", "dit avoir")
SUSPECTED = ("présumé", "présumés", "présumée", "présumées", "soupçonné", "soupçonnés", "supposé", "supposés", "probablement", "vraisemblablement", "soupçons")
CONFIRMED = ("confirmé", "confirme", "ont confirmé")

# Trigger negation and mood (``extract/triggers``; see lang/en/events.py).
NEGATION_ADVERBS: frozenset[str] = frozenset({"pas", "jamais"})
NEGATION_SUBJECTS: frozenset[str] = frozenset({"personne"})
NEGATION_DETERMINED_SUBJECTS: tuple[str, ...] = ()
NEGATION_BEFORE = r"\b(?:aucun|aucune|sans)\b[^.]*$"
# "n'a pas été enlevé": a particle in the words right before the trigger, "pas" near it.
NEGATION_PARTICLES: tuple[str, ...] = ("n'", " ne ")
NEGATION_CLOSER = " pas"
MODAL_VERBS: frozenset[str] = frozenset()
# « des soldats envoyés pour combattre les rebelles » : le but d'un envoi (voir lang/en/events.py).
PURPOSE_MARKERS: frozenset[str] = frozenset({"pour"})
# « les avions de chasse se sont rassemblés » : des forces, non des manifestants.
FORCE_SUBJECTS: frozenset[str] = frozenset(
    {
        "avions", "avion", "hélicoptères", "hélicoptère", "drones", "drone", "chasseurs",
        "bombardiers", "appareils", "chars", "blindés", "troupes", "renforts", "unités",
        "bataillons", "escadrilles", "convois",
    }
)
# Le sujet d'un mot de déplacement qui en fait un acte d'un camp armé (voir lang/en/events.py).
ARMED_MOVERS: tuple[str, ...] = (
    "troupes", "forces", "soldats", "armée", "combattants", "militants", "miliciens", "milice",
    "hommes armés", "individus armés", "jihadistes", "djihadistes", "insurgés", "rebelles",
    "mercenaires", "renforts", "contingent", "contingents", "unités", "convoi", "convois",
    "patrouille", "patrouilles", "terroristes",
)
# « Les assaillants sont arrivés à moto » raconte l'acte des assaillants, non un déplacement.
ACT_ROLE_MOVERS: tuple[str, ...] = ("assaillants", "assaillant", "attaquants", "ravisseurs")
# "attaquera", "aurait attaqué": a future or conditional auxiliary makes the act hypothetical.
FUTURE_AUXILIARIES = True
INTENT_VERBS: frozenset[str] = frozenset()
BETWEEN_WORDS: frozenset[str] = frozenset({"entre"})
# Prepositions of what an act was done with ("with grenades"), every language.
INSTRUMENT_WORDS: frozenset[str] = frozenset({"avec", "à", "au", "aux"})
DURING_HEADS: frozenset[str] = frozenset({"lors", "pendant", "durant"})
DURING_DEPENDENTS: frozenset[str] = frozenset({"lors", "pendant", "durant"})
SPECIFIC_DETERMINERS: frozenset[str] = frozenset({"les", "ces"})

# Le déroulement d'une manifestation (``extract/demonstrations`` ; voir lang/en/events.py).
DEMONSTRATORS = (
    r"manifestants?|manifestantes?|protestataires|[ée]meutiers|marcheurs",
    r"foules? de (?:\w+ ){0,2}(?:manifestants|jeunes|personnes|[ée]tudiants|militants)",
    r"(?:lors d[e'] ?|pendant |durant |au cours d[e'] ?|dispers[ée]e?s? |disperser |r[ée]prim[ée]e?s? |r[ée]primer |contre )(?:la |le |une |un |cette |leur |l')?(?:\w+ ){0,2}(?:manifestations?|marches?|sit-in|rassemblements?|protestations?)",
)
DEMONSTRATOR_VIOLENCE = (
    r"(?:jet[ée]s?|jetant|lanc[ée]s?|lançant|lancé) (?:\w+ ){0,4}(?:pierres|cailloux|projectiles|bouteilles|cocktails? molotov|objets|pétards)",
    r"jets? de (?:pierres|projectiles)|cocktails? molotov|(?:pierres|projectiles|bouteilles|pétards) (?:ont été |a été )?(?:jet[ée]e?s|lanc[ée]e?s)",
    r"incendi(?:[ée]e?s?|ant|aient|e|ent)|mis le feu|mettant le feu|(?:pneus|v[ée]hicules|voitures) (?:ont été )?br[ûu]l[ée]s|br[ûu]l[ée]e?s? (?:\w+ ){0,3}(?:pneus|v[ée]hicules|voitures|b[âa]timents|maisons|locaux|bureaux|commissariat|mairie)",
    r"saccag(?:[ée]e?s?|eant|e)|vandalis(?:[ée]e?s?|ant)|pill(?:[ée]e?s?|age)|cass[ée] (?:\w+ ){0,2}(?:vitres|vitrines)|d[ée]gradations?|endommag(?:[ée]e?s?|eant)|d[ée]trui(?:t|ts|te|tes|sant)",
    r"barricad(?:es?|[ée]e?s?)|[ée]rig[ée] (?:\w+ ){0,2}(?:barrages|barricades)",
    r"affrontements?|affront[ée]s?|heurts|accrochages?|[ée]chauffour[ée]es?|bagarres?",
    r"(?:attaqu[ée]|agress[ée]|pris à parti|s'en sont pris à) (?:\w+ ){0,3}(?:policiers|gendarmes|forces de l'ordre|agents|commissariat|gendarmerie|militaires)",
    r"(?:policiers|gendarmes|agents|militaires) (?:\w+ ){0,2}(?:ont été |a été )?bless[ée]s",
    r"d[ée]g[ée]n[ée]r[ée]|violentes? (?:manifestations?|protestations?|[ée]meutes?|heurts|affrontements)|manifestations? violentes?|(?<!anti-)[ée]meutes?|[ée]meutiers",
    r"foule hostile|violences? (?:ont |a )?(?:éclaté|émaillé)",
)
FORCE_ON_DEMONSTRATORS = (
    r"balles r[ée]elles|ouvert le feu (?:sur|contre)|tir[ée]s? (?:\w+ ){0,3}(?:sur|contre) (?:les |des |la )?(?:manifestants|protestataires|foule)",
    r"usage excessif de la force|force excessive|violemment (?:r[ée]prim\w*|dispers\w*|attaqu\w*)|brutalement|r[ée]pression (?:sanglante|meurtri[èe]re|violente)",
    r"(?:tu[ée]|abattu|bless[ée]|frapp[ée]|battu|matraqu[ée])e?s? (?:\w+ ){0,3}(?:manifestants?|protestataires|marcheurs)",
    r"(?:manifestants?|protestataires|marcheurs) (?:\w+ ){0,3}(?:ont été|a été|sont|est) (?:\w+ )?(?:tu[ée]s?|abattus?|bless[ée]s?|frapp[ée]s?|battus?|morts?)",
    r"(?:manifestants?|protestataires) (?:sont )?morts?|blessures graves|(?:morts?|tu[ée]s?) (?:\w+ ){0,2}lors de la r[ée]pression",
    r"attaques? (?:contre|sur) (?:\w+ ){0,2}(?:manifestants|protestataires|marcheurs)",
)
INTERVENTION = (
    r"gaz lacrymog[èe]nes?|lacrymog[èe]nes?|canons? à eau|balles en caoutchouc|matraqu(?:es?|[ée]e?s?)|gaz poivre",
    r"dispers(?:[ée]e?s?|er|ion|ant)|r[ée]prim(?:[ée]e?s?|er|ant)|r[ée]pression|intervenu(?:e|s|es)?|tirs de sommation",
    r"interpell(?:[ée]e?s?|ations?)|(?:ont|a|été|sont) (?:\w+ )?arr[êe]t[ée]e?s?|arrestations|garde à vue",
    r"empêch[ée]e?s? (?:\w+ ){0,3}(?:manifestants|marcheurs|marche|manifestation)|emp[êe]ch(?:er|ant) (?:les |la )(?:manifestants|marcheurs|marche|manifestation)",
)
