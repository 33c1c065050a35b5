"""Load spaCy pipelines once per process, with an entity ruler fed from our gazetteer and actors."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from ..errors import ModelError

@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """A line break always ends a sentence (titles, datelines, paragraphs)."""
    for token in doc[1:]:
        if "\n" in doc[token.i - 1].text or "\n" in doc[token.i - 1].whitespace_:
            token.is_sent_start = True
    return doc


# Components we never need: keeps extraction fast.
_UNUSED = ("textcat", "textcat_multilabel")


@lru_cache(maxsize=8)
def load_model(model: str) -> Language:
    """The spaCy model ``model`` (an installed package name or a path)."""
    try:
        nlp = spacy.load(model, exclude=list(_UNUSED))
    except OSError as exc:
        raise ModelError(
            f"spaCy model {model!r} is not installed",
            hint="install the project (`make install`) or set model_en/model_fr to an installed model",
        ) from exc
    return nlp


def build_pipeline(
    model: str,
    *,
    place_names: Sequence[str],
    actor_patterns: Sequence[dict[str, Any]],
) -> Language:
    """A fresh pipeline of ``model`` with an entity ruler before the statistical NER.

    Place names become GPE entities and named armed groups ORG entities, so that
    Sahel names the model confuses (a town read as a person) come out right.
    """
    try:
        nlp = spacy.load(model, exclude=list(_UNUSED))
    except OSError as exc:
        raise ModelError(
            f"spaCy model {model!r} is not installed",
            hint="install the project (`make install`) or set model_en/model_fr to an installed model",
        ) from exc
    if "paragraph_breaks" not in nlp.pipe_names:
        nlp.add_pipe("paragraph_breaks", first=True)
    config = {"overwrite_ents": True}  # exact case: "Bon" the village, not "bon"
    before = "ner" if "ner" in nlp.pipe_names else None
    ruler = nlp.add_pipe("entity_ruler", before=before, config=config) if before else nlp.add_pipe(
        "entity_ruler", config=config
    )
    patterns: list[dict[str, Any]] = [{"label": "GPE", "pattern": name} for name in place_names]
    patterns.extend(actor_patterns)
    with nlp.select_pipes(enable=[]):
        ruler.add_patterns(patterns)  # type: ignore[attr-defined]
    return nlp
