"""English words of who says it and how sure it is (``eventfuse.extract.evidence``).

Each entry is a regular-expression fragment. Rules that read text of any language join the
lists of every language (English first).
"""

from __future__ import annotations

# A source is a role ("the mayor") or a name: the role words.
SOURCE_WORDS = (
    "mayor", "governor", "official", "officials", "spokes(?:man|woman|person)", "source", "sources",
    "resident", "residents", "witness", "witnesses", "army", "police", "ministry", "minister", "tv",
    "television", "radio", "statement", "prefect", "chief", "relatives", "family", "doctor", "nurse",
)

# "no group has claimed": a subject that denies the claim, then a claim word within 40 characters.
NO_CLAIMANT = ("no one", "nobody", "no group", "no organi[sz]ation", "no militant", "not")
CLAIM_STEMS = ("claim",)

# A later sentence that names who did it: "JNIM claimed responsibility", "planted by Ansar Dine".
CLAIM_CUES = (
    r"claimed\s+(?:responsibility|the\s+(?:attack|abduction|killing|ambush|explosion))",
    r"responsibility\s+was\s+claimed", r"planted\s+by", r"laid\s+by", r"claimed\s+by",
)
# Words before a claim cue that deny it ("no group has claimed responsibility").
NOT_CLAIMED = ("no", "not", "none", r"yet\s+to", "never", "nobody")
# "al-Qaida-affiliated": a group named as another's affiliate, not the claimant.
AFFILIATE_AFTER = ("affiliated", "linked", "allied")
