"""French words of who says it and how sure it is (``eventfuse.extract.evidence``); see
``lang/en/evidence.py`` for what each list is for."""

from __future__ import annotations

SOURCE_WORDS = (
    "maire", "gouverneur", "responsable", "porte-parole", "habitants?", "témoins?", "armée", "ministère",
    "ministre", "préfet", "chef", "communiqué", "proches", "famille", "médecin", "élu", "sécuritaire",
)

NO_CLAIMANT = ("aucun", "personne")
CLAIM_STEMS = ("revendiqu",)

CLAIM_CUES = (r"revendiqu\w*", r"pos[ée]e?s?\s+par", r"plac[ée]e?s?\s+par")
NOT_CLAIMED = (r"n['’]a\s+(?:encore\s+)?(?:pas|été)", r"aucun\w*", r"pas\s+encore")
AFFILIATE_AFTER = ("affilié", "lié")
