"""Extract: articles in, event mentions with evidence spans out.

The public face of the stage: :class:`Extractor` (the loaded pipelines, ``extract`` over a
batch), :func:`extract_doc` (one parsed article, as an ordered list of named passes, see
:mod:`.document`), and applying a trained sub-event model (:mod:`.learned`). The other modules
are the stage's parts: ``sides`` (who did what to whom), ``when`` (an act's date),
``evidence`` (attribution, certainty, claims), ``passes`` (report-level clean-up),
``classify``, and the readers ``actors``, ``dates``, ``numbers``, ``triggers``, ``nlp``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .learned import (
    RULES,
    SubEventModel,
    apply_classifier,
    check_classifier,
    load_model,
    reclassify,
)

if TYPE_CHECKING:
    from .document import extract_doc
    from .extractor import Extractor

__all__ = [
    "RULES",
    "Extractor",
    "SubEventModel",
    "apply_classifier",
    "check_classifier",
    "extract_doc",
    "load_model",
    "reclassify",
]


def __getattr__(name: str) -> Any:
    # Extractor and extract_doc load spaCy (measured 0.7-3 s at import): only on first use, so
    # that importing a light part of the stage (dates, numbers, applying a model) stays light
    if name == "Extractor":
        from .extractor import Extractor

        return Extractor
    if name == "extract_doc":
        from .document import extract_doc  # spaCy again: see above

        return extract_doc
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
