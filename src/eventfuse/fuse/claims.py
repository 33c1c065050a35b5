"""Compare quantities reported about one thing: bounds and units taken into account."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Literal

from ..records import Claim, ClaimValue, FusedClaim

# Relative slack for rounded figures ("about 150 km" vs 90 miles = 144.8 km).
APPROX_SLACK = 0.15
EXACT_SLACK = {"km": 0.05, "USD": 0.0, "EUR": 0.0, "XOF": 0.0}
# Counts read as vague amounts never conflict with a figure inside their bounds.


def interval(value: float, qualifier: str, unit: str | None, upper: float | None = None) -> tuple[float, float]:
    """The values a reported figure allows."""
    if upper is not None and upper >= value:
        return value, upper
    if qualifier == "at_least":
        return value, math.inf
    if qualifier == "at_most":
        return 0.0, value
    if qualifier == "approx":  # "about 150 km"; "several" (≈3) also allows 2
        slack = max(value * APPROX_SLACK, 1.5)
        return max(0.0, value - slack), value + slack
    slack = EXACT_SLACK.get(unit or "", 0.0)
    return value * (1 - slack), value * (1 + slack)


def consistent(values: Sequence[ClaimValue]) -> bool:
    """True when one true figure could make every report right."""
    low, high = -math.inf, math.inf
    for v in values:
        lo, hi = interval(v.value, v.qualifier, v.unit, v.upper)
        low, high = max(low, lo), min(high, hi)
    return low <= high


def fuse_claims(claims: Sequence[Claim], chain_of: Mapping[str, int]) -> tuple[FusedClaim, ...]:
    """Group claims by subject, attribute and unit; mark each group consistent or in conflict.

    Only groups told by at least two articles are compared; a lone figure is kept as a
    one-value group so the record shows it.
    """
    groups: dict[tuple[str, str, str | None], dict[tuple[float, str, float | None], set[str]]] = {}
    # one report states one figure once: the same value read twice keeps its vaguest qualifier
    rank = {"approx": 0, "at_least": 1, "at_most": 1, "exact": 2}
    unique: dict[tuple[str, str, str, int], Claim] = {}
    for c in sorted(claims, key=lambda c: (rank[c.qualifier], c.span.start)):
        unique.setdefault((c.span.article, c.subject, c.attribute, round(c.value)), c)
    claims = list(unique.values())
    for c in claims:
        key = (c.subject, c.attribute, c.unit)
        groups.setdefault(key, {}).setdefault((c.value, c.qualifier, c.upper), set()).add(c.span.article)
    out: list[FusedClaim] = []
    for (subject, attribute, unit), vals in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1], kv[0][2] or "")):
        values = tuple(
            ClaimValue(value=v, unit=unit, qualifier=q, articles=tuple(sorted(arts)), upper=u)  # type: ignore[arg-type]
            for (v, q, u), arts in sorted(vals.items(), key=lambda kv: (kv[0][0], kv[0][1]))
        )
        status: Literal["consistent", "conflict"] = "consistent" if consistent(values) else "conflict"
        out.append(FusedClaim(subject=subject, attribute=attribute, values=values, status=status))
    return tuple(out)
