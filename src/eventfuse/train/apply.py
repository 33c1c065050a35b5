"""Recode each mention's sub-event type with a trained model (setting ``classifier``)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import timedelta
from typing import TYPE_CHECKING

from ..records import Actor, Article, ArticleExtraction, DateMention, Mention, Span
from ..taxonomy import sub_event
from .model import Example, SubEventModel, load_model

if TYPE_CHECKING:
    from ..extract.actors import ActorMatch

SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“(«])")  # "Jan. 5" does not end one
ARMED = frozenset({1, 2, 3, 4, 8})  # actor type codes of armed parties


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
        fatalities=mention.fatalities,
        civilian_targeting=mention.civilian_targeting,
        trigger=mention.trigger.quote,
        victims=bool(mention.victims),
        certainty=mention.certainty,
        others=tuple(m.sub_event_type for m in extraction.mentions if m.id != mention.id),
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


def may_add_event(extraction: ArticleExtraction, languages: Sequence[str]) -> bool:
    """An article where the rules found no act and set none aside as background, negated or
    hypothetical, in a language the model read: the model may code its event."""
    return (
        not extraction.mentions and not extraction.background and not extraction.not_happened
        and (extraction.article.language or "en") in languages and bool(extraction.article.text.strip())
    )


def lead_sentence(text: str) -> tuple[int, int]:
    """Character offsets of the first sentence (ACLED notes and news leads tell the act first)."""
    start = len(text) - len(text.lstrip())
    end = len(text.rstrip())
    found = SENTENCE_END.search(text, start)
    return start, (found.start() if found and found.start() > start else end)


def model_mention(extraction: ArticleExtraction, sub_name: str) -> Mention | None:
    """A mention of the article's lead sentence coded ``sub_name`` by the model, with the date,
    actors and toll the rules' helpers read there; ``None`` when the act is dated as background."""
    from ..extract import actors as actor_lib
    from ..extract import dates as date_lib
    from ..extract import numbers as number_lib
    from ..extract.extractor import BACKGROUND_DAYS, _to_date_mention, usable_dates

    article = extraction.article
    text, lang, published = article.text, article.language or "en", article.published
    start, end = lead_sentence(text)
    sentence = Span(article.id, start, end, text[start:end])
    exprs = usable_dates(date_lib.find_dates(text, lang=lang, published=published), text, published)
    expr = date_lib.resolve_event_date(exprs, sentence_start=start, sentence_end=end, published=published)
    when = _to_date_mention(expr, article) if expr is not None else (
        None if published is None else DateMention(value=published, precision=2, span=None, explicit=False))
    if published is not None and when is not None and when.value < published - timedelta(days=BACKGROUND_DAYS):
        return None
    sub = sub_event(sub_name)
    matches = actor_lib.find_actors(text, lang=lang, start=start, end=end, on=when.value if when else published)
    actor1, actor2 = _sides(matches, article, sub.violent)
    fatalities = None
    fatalities_span = None
    if sub.violent:
        fat = number_lib.fatalities_in(text, start, end, lang=lang)
        if fat is None and end < len(text):  # "... attacked the village. Three people were killed."
            fat = number_lib.fatalities_in(text, end, min(len(text), end + 600), lang=lang)
        if fat is not None:
            fatalities, fatalities_span = fat.value, Span(article.id, fat.start, fat.end, text[fat.start:fat.end])
        elif sub.name == "Abduction/forced disappearance":
            fatalities = 0
    places = tuple(p for p in extraction.places if start <= p.span.start < end) or extraction.places
    return Mention(
        id=Mention.make_id(article.id, start, sub.name),
        article=article.id,
        sub_event_type=sub.name,
        event_type=sub.event_type,
        disorder_type=sub.disorder_type,
        trigger=sentence,  # no act word: the whole lead sentence is the evidence
        sentence=sentence,
        date=when,
        actor1=actor1,
        actor2=actor2,
        place_mentions=places,
        fatalities=fatalities,
        fatalities_span=fatalities_span,
        civilian_targeting=sub.violent and (
            (actor2 is not None and actor2.inter == 7) or sub.event_type == "Violence against civilians"
        ),
        primary=True,
        published=published,
        language=lang,
    )


def _sides(matches: Sequence[ActorMatch], article: Article, violent: bool) -> tuple[Actor | None, Actor | None]:
    """The first named party acts; the next different one (armed, or civilians of a violent act) is acted on."""
    actors: list[Actor] = []
    for m in matches:
        if any(a.name == m.name for a in actors):
            continue
        span = Span(article.id, m.start, m.end, article.text[m.start:m.end])
        actors.append(Actor(name=m.name, inter=m.inter, certainty=m.certainty, span=span))
    if not actors:
        return None, None
    second = next((a for a in actors[1:] if a.inter in ARMED or (violent and a.inter == 7) or not violent), None)
    return actors[0], second


def reclassify(extractions: Sequence[ArticleExtraction], model: SubEventModel) -> list[ArticleExtraction]:
    """Every mention of a batch recoded by ``model``; mentions keep everything else the rules found.

    Mentions in a language the model was not trained on, and those where the model's score is
    below its ``min_margin``, keep the rules' type. An article where the rules found no act (and
    set none aside as background, negated or hypothetical) gets one event, coded by the model,
    when the model's score reaches its ``event_margin`` (``vague_event_margin`` for types that
    name no act, see ``VAGUE_TYPES``).
    """
    languages = set(model.languages)
    pairs = [(i, j, m) for i, x in enumerate(extractions) for j, m in enumerate(x.mentions)
             if (m.language or x.article.language or "en") in languages]
    empty = [i for i, x in enumerate(extractions) if model.event_margin != float("inf")
             and may_add_event(x, tuple(languages))]
    if not pairs and not empty:
        return list(extractions)
    examples = [example_for(extractions[i], m) for i, _, m in pairs]
    examples += [Example(text=extractions[i].article.text.strip()) for i in empty]
    predicted = model.predict(examples)
    mentions = [list(x.mentions) for x in extractions]
    for (i, j, m), (label, score) in zip(pairs, predicted):
        if score >= model.min_margin:
            mentions[i][j] = recode(m, label)
    for i, (label, score) in zip(empty, predicted[len(pairs):]):
        if score >= model.event_margin_for(label):
            added = model_mention(extractions[i], label)
            if added is not None:
                mentions[i].append(added)
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
