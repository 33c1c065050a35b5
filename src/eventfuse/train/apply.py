"""Moved: applying a trained model is :mod:`eventfuse.extract.learned`.

Kept only so that ``pipeline`` and ``evaluate.case2021`` keep importing ``check_classifier``
from here until they import it from ``eventfuse.extract``; delete this module then.
"""

from __future__ import annotations

from ..extract.learned import apply_classifier, check_classifier, reclassify

__all__ = ["apply_classifier", "check_classifier", "reclassify"]
