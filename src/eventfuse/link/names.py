"""Name matching for linking: one implementation, in :mod:`eventfuse.common.names`.

Re-exported here for the link and fuse stages ("Aminata Traoré" ~ "Aminata Traore")."""

from __future__ import annotations

from ..common.names import TITLES, canonical_person, name_key, same_person

__all__ = ["TITLES", "canonical_person", "name_key", "same_person"]
