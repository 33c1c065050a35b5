"""Load spaCy pipelines once per process, with an entity ruler fed from our gazetteer and actors."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

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


LOCATIVE = frozenset({
    "in", "at", "near", "from", "to", "outside", "around", "towards", "toward", "between", "of",
    "à", "a", "au", "aux", "de", "d'", "du", "dans", "près", "vers", "entre", "autour", "sur",
})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


# Place-name sets handed to pipeline components by key (a cache, filled once per process).
_PLACE_SETS: dict[str, frozenset[str]] = {}
MAX_NAME_TOKENS = 4


def build_pipeline(
    model: str,
    *,
    strong_places: Sequence[str],
    weak_places: Sequence[str],
    actor_patterns: Sequence[dict[str, Any]],
) -> Language:
    """A fresh pipeline of ``model`` with our gazetteer and actor table around the NER.

    Countries, regions, big towns and named armed groups are set before the statistical NER
    (so "Mali" is never a person). Village names only fill gaps the NER left, and a name the
    NER took for a person or an organisation becomes a place when a locative word precedes
    it ("à Tonka", "near Kobri"): many Sahel villages share their names with people.
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
    has_ner = "ner" in nlp.pipe_names
    strong = nlp.add_pipe("entity_ruler", name="strong_ruler", config={"overwrite_ents": True},
                          **({"before": "ner"} if has_ner else {}))
    patterns: list[dict[str, Any]] = [{"label": "GPE", "pattern": name} for name in strong_places]
    patterns.extend(actor_patterns)
    with nlp.select_pipes(enable=[]):
        strong.add_patterns(patterns)  # type: ignore[attr-defined]
    key = f"{len(weak_places)}:{hash(tuple(weak_places))}"
    _PLACE_SETS.setdefault(key, frozenset(weak_places))
    nlp.add_pipe("gazetteer_places", config={"key": key})
    return nlp


@Language.factory("gazetteer_places", default_config={"key": ""})
def make_gazetteer_places(nlp: Language, name: str, key: str) -> Any:
    """Village names as GPE where the NER found nothing, and in place of a person or
    organisation reading when a locative word precedes the name."""
    known = _PLACE_SETS.get(key, frozenset())
    first_words = frozenset(name.split(" ", 1)[0].split("-", 1)[0] for name in known)

    def tag(doc: Doc) -> Doc:
        ents = list(doc.ents)
        taken = {i for e in ents for i in range(e.start, e.end)}
        replace: dict[tuple[int, int], SpacySpan] = {}
        for ent in ents:
            if ent.label_ not in PLACE_LABELS and ent.text in known and ent.start > 0:
                before = doc[ent.start - 1].lower_
                if before in LOCATIVE or (ent.start > 1 and doc[ent.start - 2].lower_ in {"près", "near"}):
                    replace[(ent.start, ent.end)] = SpacySpan(doc, ent.start, ent.end, label="GPE")
        new: list[SpacySpan] = []
        i = 0
        n = len(doc)
        while i < n:
            token = doc[i]
            if i in taken or not token.text[:1].isupper() or token.text not in first_words:
                i += 1
                continue
            for width in range(min(MAX_NAME_TOKENS, n - i), 0, -1):
                if any(j in taken for j in range(i, i + width)):
                    continue
                span = doc[i : i + width]
                if span.text in known:
                    new.append(SpacySpan(doc, i, i + width, label="GPE"))
                    i += width - 1
                    break
            i += 1
        if not new and not replace:
            return doc
        merged = [replace.get((e.start, e.end), e) for e in ents] + new
        doc.ents = sorted(merged, key=lambda e: e.start)
        return doc

    return tag
