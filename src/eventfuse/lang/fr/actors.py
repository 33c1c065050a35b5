"""French actor words: generic actor nouns by class and the cues that qualify an actor."""

from __future__ import annotations

# fmt: off

# Same variable names and matching rules as ``eventfuse.lang.en.actors``: accent- and
# case-insensitive, whole words, apostrophes and hyphens separate words; a word written in
# the singular also matches its plural in "-s" ("homme armé" matches "hommes armés"), so
# masculine and feminine forms are both written where both occur. "militants" is not a
# jihadist word in French (it means political activists).

# Unknown attackers: "Unidentified Armed Group (<country>)".
armed_group_words: tuple[str, ...] = (
    "homme armé", "homme armé non identifié", "individu armé", "individu armé non identifié",
    "individu non identifié", "inconnu armé", "homme en arme", "assaillant",
    "assaillant non identifié", "agresseur", "groupe armé", "groupe armé non identifié",
    "bandit", "bandit armé", "coupeur de route", "ravisseur", "motocycliste armé",
    "élément armé", "élément armé non identifié", "hommes armés à moto",
)

# Jihadists without a group's name (see the English list for how ACLED codes them).
jihadist_words: tuple[str, ...] = (
    "djihadiste", "jihadiste", "islamiste", "islamiste armé", "terroriste",
    "groupe terroriste", "groupe armé terroriste", "GAT", "groupe djihadiste",
    "groupe jihadiste", "groupe islamiste", "combattant", "combattant djihadiste",
    "combattant jihadiste", "insurgé", "extrémiste", "extrémiste violent",
    "élément terroriste", "groupes armés djihadistes", "groupes armés jihadistes",
    "poseur d'engins explosifs", "poseur de mines", "poseur d'EEI", "poseur d'IED",
)

# Self-defence and community militias without a name: "Unidentified Communal Militia".
militia_words: tuple[str, ...] = (
    "milice", "milicien", "milice d'autodéfense", "groupe d'autodéfense",
    "milice communautaire", "milice locale", "milice ethnique", "comité d'autodéfense",
    "groupe d'auto-défense", "milice d'auto-défense", "autodéfense du village",
    "milice villageoise",
)

# The country's army (resolved to "Military Forces of <country> (<period>)").
state_force_words: tuple[str, ...] = (
    "soldat", "militaires", "armée", "force armée", "force de défense et de sécurité",
    "FDS", "force de sécurité", "troupe", "force gouvernementale", "force spéciale",
    "armée de l'air", "unité de l'armée", "élément de l'armée", "forces de défense",
)

police_words: tuple[str, ...] = (
    "policier", "police", "agent de police", "force de l'ordre", "forces de police",
)

gendarmerie_words: tuple[str, ...] = ("gendarme", "gendarmerie")

# People without arms: "Civilians (<country>)".
civilian_words: tuple[str, ...] = (
    "civils", "population civile", "habitant", "villageois", "résidents", "riverain", "femme",
    "enfant", "fille", "garçon", "travailleur", "ouvrier", "commerçant", "commerçante",
    "marchand", "boutiquier", "enseignant", "enseignante", "instituteur", "élèves", "étudiant",
    "influenceur", "influenceuse", "chef de village", "chef du village", "chef coutumier",
    "chef traditionnel", "imam", "marabout", "leader religieux", "fidèles", "agriculteur",
    "cultivateur", "paysan", "éleveur", "berger", "pêcheur", "orpailleur", "passager",
    "voyageur", "chauffeur", "camionneur", "transporteur", "déplacés internes", "personne déplacée",
    "réfugiés", "humanitaires", "travailleur humanitaire", "agent humanitaire",
    "agent de santé", "infirmier", "médecin", "journaliste", "maire", "adjoint au maire",
    "conseiller municipal", "élu local", "fonctionnaire", "préfet", "sous-préfet", "notables",
    "jeunes", "jeune homme", "personnes", "familles", "prisonnier", "détenu",
)

protester_words: tuple[str, ...] = (
    "manifestant", "manifestante", "protestataire", "marcheur", "gréviste", "contestataire",
)

rioter_words: tuple[str, ...] = (
    "émeutier", "jeune en colère", "foule en colère", "foule de jeunes",
)

# An actor named after one of these is suspected ("de présumés djihadistes"); up to three
# words may stand between the cue and the actor ("soupçonnés d'appartenir au JNIM").
suspected_words: tuple[str, ...] = (
    "présumé", "présumée", "soupçonné", "soupçonnée", "supposé", "supposée", "suspecté",
    "suspectée", "qui seraient", "qui serait", "soupçonné d'être", "soupçonné d'appartenir",
)
# Cues written after the actor ("des djihadistes présumés").
suspected_after_words: tuple[str, ...] = (
    "présumé", "présumée", "supposé", "supposée", "soupçonné", "soupçonnée",
)

# A sentence with one of these says that the actor named before it claimed the act
# (accents are ignored, so "revendiqué" also covers "revendique") ...
claimed_words: tuple[str, ...] = (
    "revendiqué", "revendiquée", "revendiquent", "a revendiqué", "ont revendiqué",
    "revendiquant", "endossé la responsabilité",
)
# ... and with one of these, the actor named right after it ("revendiquée par l'EIGS").
claimed_by_words: tuple[str, ...] = (
    "revendiqué par", "revendiquée par", "revendication par", "revendication du",
    "revendication de",
)

# Words that join a generic noun to the named group it belongs to ("combattants du JNIM");
# an article may follow them ("hommes armés de la katiba Macina").
affiliation_words: tuple[str, ...] = (
    "de", "d'", "du", "des", "appartenant à", "appartenant au", "lié à", "liés à", "lié au",
    "liés au", "affilié à", "affiliés à", "affilié au", "affiliés au", "proche de",
    "proches de", "proche du", "proches du", "se réclamant de", "se réclamant du",
    "membres de", "membres du",
)
article_words: tuple[str, ...] = ("la", "l'", "le", "les")
# Cues matched whatever the report's language (every language's lists are joined), written
# as regular expressions over folded, lower-case text (no accents).
# Between two named groups, words that leave the attribution open ("le JNIM ou l'EIGS",
# "JNIM et/ou EIGS"); an article may follow.
EITHER_OR_JOINS: tuple[str, ...] = (
    r"et\s*/\s*ou", "ou", r"ou\s+bien", r"ou\s+de", r"ou\s+du", r"ou\s+des",
)
EITHER_OR_ARTICLES: tuple[str, ...] = (
    "le", "la", "les", "l'", r"l\s*'", r"de\s+l'", r"de\s+la", "du",
)
# In a bracket between a generic noun and a named group, the words that say the group is who
# the noun means ("assaillants (présumés du JNIM)"): no hedge or link of their own in French,
# only words written before the name, any number of them.
BRACKET_HEDGES: tuple[str, ...] = ()
BRACKET_LINKS: tuple[str, ...] = ()
BRACKET_TAGS: tuple[str, ...] = (
    "presumes?", "supposes?", "probablement", r"sans\s+doute", "vraisemblablement",
    r"soupconnes?\s+d['’]etre", "des", "du", r"de\s+la", r"de\s+l['’]",
)
# Words of an unnamed "security forces" that ACLED codes as the police facing a crowd.
SECURITY_FORCE_WORDS: tuple[str, ...] = ("sécurité", "fds")
# fmt: on
