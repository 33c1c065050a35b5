"""Mots français autour des noms de lieux : positions relatives, distances, directions, admin."""

from __future__ import annotations

# Mêmes noms que lang/en/places.py (voir les explications là-bas). Les motifs *_BEFORE sont
# appliqués sans tenir compte de la casse au texte qui précède un toponyme et se terminent
# par ``$`` ; les motifs *_AFTER au texte qui le suit et commencent par ``^``.

# Unités de distance -> kilomètres par unité.
UNITS: dict[str, float] = {
    "km": 1.0,
    "kms": 1.0,
    "kilomètre": 1.0,
    "kilomètres": 1.0,
    "kilometre": 1.0,
    "kilometres": 1.0,
    "mile": 1.609,
    "miles": 1.609,
}

NUMBER_WORDS: dict[str, float] = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
    "quinze": 15, "seize": 16, "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50,
    "soixante": 60, "soixante-dix": 70, "quatre-vingt": 80, "quatre-vingts": 80,
    "quatre-vingt-dix": 90, "cent": 100, "quelques": 3,
    "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30,
    "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60, "centaine": 100,
}  # fmt: skip

# Un nombre écrit : chiffres (avec intervalle « 30-40 », « 30 à 40 ») ou en lettres,
# y compris les approximatifs « une trentaine de ».
NUMBER_PATTERN = (
    r"\d{1,3}(?:[\s.]\d{3})+(?!\d)|\d+(?:[.,]\d+)?(?:\s*(?:-|–|à)\s*\d+(?:[.,]\d+)?)?"
    r"|(?:une\s+)?(?:dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|"
    r"soixantaine|centaine)\s+(?:de\s+|d['’]\s*)?"
    r"|(?:vingt|trente|quarante|cinquante|soixante)(?:[-\s](?:et[-\s])?(?:un|deux|trois|quatre|"
    r"cinq|six|sept|huit|neuf|dix))?"
    r"|quatre-vingts?(?:-dix)?|cent|quelques|un|une|deux|trois|quatre|cinq|six|sept|huit|"
    r"neuf|dix|onze|douze|treize|quatorze|quinze|seize"
)

APPROX_PATTERN = (
    r"environ|quelque|près\s+de|plus\s+de|moins\s+de|au\s+moins|à\s+peine|"
    r"approximativement|une\s+distance\s+d['’]\s*environ|une\s+distance\s+de|seulement|"
    r"juste"
)

# Directions -> code ; clés sans espace ni trait d'union, en minuscules.
DIRECTIONS: dict[str, str] = {
    "nord": "N", "nordest": "NE", "est": "E", "sudest": "SE", "sud": "S", "sudouest": "SW",
    "ouest": "W", "nordouest": "NW",
    "septentrional": "N", "méridional": "S", "oriental": "E", "occidental": "W",
}  # fmt: skip

DIRECTION_PATTERN = r"(?:nord|sud)(?:[-\s]?(?:est|ouest))?|est|ouest"

# Après un point cardinal écrit comme un nom (« le Nord-Ouest du Burkina ») : la partie d'un
# lieu nommé, pas une région de ce nom (``extract/place_compass``) ; sauf après un mot
# d'administration (« la région du Nord-Ouest »).
COMPASS_OF_AFTER = r"\s*(?:du|des|de\s+la|de\s+l['’]|de|d['’])\s*(?:[A-ZÀ-Þ])"
COMPASS_ADMIN_BEFORE = r"\b(?:région|province|département|préfecture|état)\s*(?:du|de\s+la|de\s+l['’]|de|d['’])?\s*$"

# Noms du type de lieu nommé ensuite : « le village de X », « la ville de X ».
FEATURE_PATTERN = (
    r"ville|village|localité|hameau|bourgade|cité|campement|camp|site|marché|forêt|"
    r"colline|montagne|mont|puits|oasis|vallée|lac|fleuve|mine|site\s+d['’]orpaillage|"
    r"base|camp\s+militaire|camp\s+de\s+réfugiés|quartier|chef-lieu|capitale|"
    r"localités|villages|villes"
)

# « à 30 km au nord de X », « à une trentaine de kilomètres de X », « à 150 km du village de X ».
DISTANCE_BEFORE = (
    r"(?:\bà\s+|\ba\s+)?(?:(?:{approx})\s+)?(?P<num>{num})\s*(?P<unit>{unit})\b\.?"
    r"(?:\s*\([^()]{{0,30}}\))?\s*"
    r"(?:(?:au|à\s+l['’]|a\s+l['’])\s*(?P<dir>{dir})\s+(?:de|du|des|d['’])|de|du|des|d['’]|"
    r"avant|après|au-delà\s+(?:de|du|d['’]))"
    r"\s*(?:(?:la|le|les|l['’])\s*)?(?:(?:{feature})\s+(?:de|du|d['’])\s*)?$"
)

# « au nord de X », « à la sortie est de X », « dans la périphérie nord de X ».
DIRECTION_BEFORE = (
    r"(?:(?:\bau|\bà\s+l['’]|\ba\s+l['’])\s*(?P<dir>{dir})\s+(?:de|du|des|d['’])"
    r"|(?:à\s+la\s+|dans\s+la\s+|en\s+)?(?:sortie|entrée|périphérie|banlieue|partie)\s+"
    r"(?P<dir2>{dir})\s+(?:de|du|des|d['’]))"
    r"\s*(?:(?:la|le|les|l['’])\s*)?(?:(?:{feature})\s+(?:de|du|d['’])\s*)?$"
)

# « dans le nord du Mali », « le centre du pays », « dans le Nord-Est de X ».
AREA_DIRECTION_BEFORE = (
    r"(?:\bdans\s+)?(?:le|l['’])\s*(?:(?P<dir>{dir})|(?P<dir2>centre))\s+(?:du|de|d['’])"
    r"\s*(?:(?:la|l['’])\s*)?$"
)

NEAR_BEFORE = (
    r"(?:\bprès|\bnon\s+loin|à\s+proximité|a\s+proximité|aux\s+environs|dans\s+les\s+environs|"
    r"aux\s+alentours|dans\s+les\s+alentours|autour|en\s+périphérie|à\s+la\s+périphérie|"
    r"dans\s+la\s+périphérie|aux\s+abords|à\s+la\s+sortie|à\s+l['’]entrée|dans\s+la\s+zone|"
    r"dans\s+le\s+secteur|sur\s+la\s+route|sur\s+l['’]axe|aux\s+portes|à\s+quelques\s+"
    r"(?:kilomètres|km)|(?:à\s+)?quelques\s+encablures)"
    r"\s*(?:de|du|des|d['’])\s*(?:(?:la|le|les|l['’])\s*)?(?:(?:{feature})\s+(?:de|du|d['’])\s*)?$"
    r"|\bvers\s+(?:(?:la|le|les|l['’])\s*)?$"
)

NEAR_AFTER = r"^\s+(?:et\s+(?:ses|leurs)\s+(?:environs|alentours)|et\s+environs)\b"

BETWEEN_FIRST_BEFORE = (
    r"\bentre\s+(?:les\s+(?:{feature})\s+(?:de|d['’])\s*)?(?:(?:la|le|les|l['’])\s*)?$"
)
BETWEEN_SECOND_BEFORE = (
    r"\bentre\s+[^.;:!?()]{{1,60}}?\s+et\s+(?:(?:la|le|les|l['’]|celle\s+de|celui\s+de)\s*)?$"
)

# « la région de X », « le cercle de X », « la commune rurale de X » ; un nom pris avec
# l'article défini, « dans le X », « dans la X », comme les provinces, régions et rivières
# (rarement un village).
REGION_BEFORE = (
    r"(?:(?:(?:la|le|l['’])\s*)?(?:région|province|cercle|département|"
    r"commune(?:\s+rurale|\s+urbaine)?|préfecture|wilaya|moughataa|arrondissement|"
    r"circonscription|district|gouvernorat|état)"
    r"\s*(?:de|du|des|d['’])\s*(?:(?:la|le|l['’])\s*)?"
    r"|\bdans\s+(?:le|la)\s+)$"
)

# Rare en français (« X-région ») ; gardé pour la symétrie.
REGION_AFTER = r"^\s*(?:-\s*)?(?:région|region)\b(?!\s+(?:de|du|d['’]))"

# « à X », « dans X », « au Mali », « dans le village de X », « la localité de X »,
# « les localités de X et Y ».
IN_BEFORE = (
    r"(?:(?:\bà|\ba|\bdans|\ben|\bau|\baux|\bsur)\s+(?:(?:la|le|les|l['’])\s*)?"
    r"(?:(?:{feature})\s+(?:de|du|d['’])\s*)?"
    r"|\b(?:la|le|les|l['’])\s*(?:{feature})\s+(?:de|du|d['’])\s*)$"
)

# « , dans la région de Mopti », « , cercle de Goundam » : aire administrative juste après.
ADMIN_CONTEXT_AFTER = (
    r"^\s*,\s*(?:(?i:dans)\s+)?(?:(?i:la|le|l['’])\s*)?"
    r"(?i:région|province|cercle|département|commune)\s*(?i:de|du|d['’])\s*(?P<name>{name})"
)

# Mots capitalisés qui sont des noms de lieux quelque part mais veulent surtout dire autre
# chose dans la presse ; la règle d'entités les écarte (clés au format de ``name_key``).
_NOT_PLACE_WORDS = """
    a au aux avec ce ces cela celle celui cet cette chez comme dans de des du elle elles en
    entre est et eux il ils je la le les leur leurs lui ma mais me meme mes moi mon ne nos
    notre nous on ou par pas pour qu que qui sa se ses si son sous sur ta te tes toi ton tu
    un une vos votre vous y fait faire peu plus tout tous toute toutes bien bon
    premier premiere deuxieme troisieme seul selon lors apres avant depuis pendant durant
    encore deja ainsi alors
    lundi mardi mercredi jeudi vendredi samedi dimanche janvier fevrier mars avril mai juin
    juillet aout septembre octobre novembre decembre
    nord sud est ouest centre central centrale
    armee police securite gouvernement president ministre militaires forces soldats
    population village ville region province cercle commune marche camp base gare
    aeroport pont fleuve lac foret montagne colline puits route frontiere capitale etat
    union republique paix espoir victoire liberte unite progres mission eglise mosquee
    ecole hopital prison tribunal presse dieu allah islam
    sahel sahara afrique
    fulani peul peuls tuareg touareg tuaregs touaregs bambara dogon dogons songhai songhay
    sonrhai arab arabs arabe arabes moor moors maure maures hausa haoussa mossi bozo
    dozo dozos wolof toucouleur tamasheq tamacheq
    noel paques ramadan tabaski aid
"""
NOT_PLACES: frozenset[str] = frozenset(_NOT_PLACE_WORDS.split())

# fmt: off
# Lieu cité en passant (``extract/place_passing``) : verbes dont le lieu n'est pas celui de
# l'acte (déclaration, transfert des blessés, inhumation, fuite), lemmes spaCy en minuscules.
PASSING_VERBS: frozenset[str] = frozenset({
    "dire", "déclarer", "annoncer", "affirmer", "indiquer", "préciser", "confirmer",
    "ajouter", "expliquer", "revendiquer", "souligner", "communiquer", "détailler",
    "inhumer", "enterrer", "évacuer", "transférer", "hospitaliser",
    "admettre", "soigner", "regagner", "rentrer", "retourner", "réunir", "rencontrer",
    "condamner", "rendre",
    # le siège d'une société ou d'un groupe (« une société basée à X »)
    "baser",
})
# Noms d'une source ou d'un locuteur dont le lieu est celui de la déclaration (« une source à
# X a déclaré »), quand le nom est le sujet d'un des verbes ci-dessus ; lemmes spaCy.
PASSING_NOUNS: frozenset[str] = frozenset({
    "source", "responsable", "porte-parole", "ministère", "ministre", "autorité",
    "correspondant", "journaliste", "communiqué", "déclaration",
})
# La ville d'origine d'une personne ou le siège d'une société, non le lieu de l'acte
# (« originaire de X », « natif de X », « une société basée à X ») ; le français ne met pas de
# lieu en épithète d'une personne (« a Halifax man »).
HOME_NOUNS: frozenset[str] = frozenset()
ORIGIN_BEFORE = (
    r"\b(?:(?:originaires?|natifs?|natives?|ressortissante?s?)\s+(?:de\s+|du\s+|des\s+|d['’]\s*)"
    r"|(?:bas[ée]e?s?|implant[ée]e?s?|install[ée]e?s?|si[ée]geant)\s+(?:à|au|aux|en)\s+)"
    r"(?:(?:la|le|l['’])\s*)?$"
)
# Le poste d'une personne dans une institution d'un lieu (« responsable de la communauté
# salésienne de X », « directeur du bureau régional de X ») : le siège de l'institution, non le
# lieu de l'acte (expression régulière sur le texte avant le lieu, sans égard à la casse).
POST_BEFORE = (
    r"\b(?:responsables?|directeur|directrice|pr[ée]sidente?|sup[ée]rieure?|"
    r"coordinat(?:eur|rice)|coordonnat(?:eur|rice)|repr[ée]sentante?|recteur|rectrice|"
    r"(?:arch)?[ée]v[êe]que)\s+(?:de\s+la|de\s+l['’]|du|des)\s*"
    r"(?:(?!villages?\b|villes?\b|communes?\b|localités?\b)[\w’'-]+\s+){0,3}?"
    r"(?:de\s+|du\s+|d['’]\s*|à\s+)(?:(?:la|le|l['’])\s*)?$"
)
# Prépositions d'une destination (« vers X ») : l'acte n'a pas eu lieu là.
PASSING_PREPOSITIONS: frozenset[str] = frozenset({"vers"})
# Mots avant le but ou l'origine d'un trajet (« un car d'élèves pour la ville de X », « à
# destination de X », « en route pour X », « en provenance de X ») : l'acte n'a pas eu lieu là,
# sauf si rien d'autre ne le situe (``extract/place_passing``).
DESTINATION_BEFORE = (
    r"(?:\b(?:destination|en\s+direction|en\s+provenance|venant)\s+(?:de|du|des|d['’])"
    r"|\b(?:en\s+route|en\s+partance|(?:re)?partai(?:en)?t|(?:re)?partant|parti(?:e|s|es)?|"
    r"se\s+rendai(?:en)?t|se\s+rendant|regagnai(?:en)?t|regagnant|"
    r"(?:transportant|transportait|transportaient|emmenant|conduisant)\s+(?-i:[^.;:!?«»A-ZÀ-Þ]){{1,60}}?)"
    r"\s+(?:pour|vers|à)"
    r"|\bpour\s+(?:la|le|l['’])\s*(?:ville|village|localité|chef-lieu|capitale)\s+(?:de|du|d['’]))"
    r"\s*(?:(?:la|le|les|l['’])\s*)?(?:(?:{feature})\s+(?:de|du|d['’])\s*)?$"
)
# Mots avant un pays nommé comme l'autre côté d'une frontière (« près de la frontière avec X »).
BORDER_BEFORE = r"\bfronti[eè]res?\s+(?:avec|du|des|de)\s*(?:le\s+|la\s+|l['’])?$"
# Nom d'un peuple après celui d'un village (« X Peulh », « X Dogon ») : son quartier du
# village X, que le répertoire connaît parfois quand il ignore le quartier.
PEOPLE_QUARTER_WORDS: frozenset[str] = frozenset({
    "peul", "peuls", "peulh", "peulhs", "peuhl", "peuhls", "fulani", "fulbe", "foulbé",
    "dogon", "dogons", "bozo", "bambara", "mossi", "touareg", "tuareg", "songhai", "sonrhai",
    "haoussa", "hausa", "bella", "rimaibé", "kouroumba", "gourmantché",
})
# fmt: on

# Bâtiments et sites désignés par le nom de leur lieu : « le temple de X », « la mosquée de X »
# (un nom que l'on cherche sans eux quand le gazetteer ne connaît pas le tout).
BUILDING_OF: tuple[str, ...] = (
    "temple", "église", "eglise", "mosquée", "mosquee", "chapelle", "paroisse", "mission",
    "camp", "poste", "détachement", "detachement", "garnison", "caserne", "base", "prison",
    "maison d['’]arrêt", "mairie", "préfecture", "école", "ecole", "marché", "mine", "site",
    "gendarmerie", "commissariat", "brigade",
)  # fmt: skip
