"""Recode each mention's sub-event type with a trained model (setting ``classifier``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..records import ArticleExtraction, Mention
from ..taxonomy import sub_event
from .model import Example, SubEventModel, load_model


def mention_context(extraction: ArticleExtraction, mention: Mention) -> str:
    """The text that tells this mention's act.

    The first act is the article's lead: it is read with the whole article (details and tolls
    follow the lead), as the model was trained (one ACLED note = one event). A later act is
    read from its sentence to the next act's sentence.
    """
    text = extraction.article.text
    starts = sorted({m.sentence.start for m in extraction.mentions})
    own = mention.sentence.start
    if own == starts[0]:
        return text.strip() or mention.sentence.quote
    begin = own
    end = next((s for s in starts if s > own), len(text))
    return text[begin:end].strip() or mention.sentence.quote


def example_for(extraction: ArticleExtraction, mention: Mention) -> Example:
    """What the model reads for one mention: its text and the rules' reading of it."""
    return Example(
        text=mention_context(extraction, mention),
        rule_sub=mention.sub_event_type,
        inter1=mention.actor1.inter if mention.actor1 else 0,
        inter2=mention.actor2.inter if mention.actor2 else 0,
    )


def recode(mention: Mention, sub_name: str) -> Mention:
    """The mention coded as ``sub_name`` (event and disorder type follow; the id too)."""
    if sub_name == mention.sub_event_type:
        return mention
    sub = sub_event(sub_name)
    actor2 = mention.actor2
    return replace(
        mention,
        id=Mention.make_id(mention.article, mention.trigger.start, sub.name),
        sub_event_type=sub.name,
        event_type=sub.event_type,
        disorder_type=sub.disorder_type,
        civilian_targeting=sub.violent and (
            (actor2 is not None and actor2.inter == 7) or sub.event_type == "Violence against civilians"
        ),
    )


def reclassify(extractions: Sequence[ArticleExtraction], model: SubEventModel) -> list[ArticleExtraction]:
    """Every mention of a batch recoded by ``model``; mentions keep everything else the rules found.

    Mentions in a language the model was not trained on, and those where the model's score is
    below its ``min_margin``, keep the rules' type.
    """
    languages = set(model.languages)
    pairs = [(i, j, m) for i, x in enumerate(extractions) for j, m in enumerate(x.mentions)
             if (m.language or x.article.language or "en") in languages]
    if not pairs:
        return list(extractions)
    predicted = model.predict([example_for(extractions[i], m) for i, _, m in pairs])
    mentions = [list(x.mentions) for x in extractions]
    for (i, j, m), (label, score) in zip(pairs, predicted):
        if score >= model.min_margin:
            mentions[i][j] = recode(m, label)
    return [replace(x, mentions=tuple(ms)) for x, ms in zip(extractions, mentions)]


def apply_classifier(extractions: Sequence[ArticleExtraction], classifier: str) -> list[ArticleExtraction]:
    """Apply the setting ``classifier``: 'rules' (or empty) keeps the rules' coding, else a model path."""
    if not classifier or classifier == "rules":
        return list(extractions)
    return reclassify(extractions, load_model(classifier))


def check_classifier(classifier: str) -> None:
    """Fail early (``ModelError`` with a code and hint) when the setting names an unusable model."""
    if classifier and classifier != "rules":
        load_model(classifier)
