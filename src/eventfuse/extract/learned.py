"""Applying a trained sub-event model (setting ``classifier``): reading a model file, turning
mentions into the examples it reads, and recoding mentions with its predictions.

Fitting lives in :mod:`eventfuse.train`; this module needs nothing from it. Model files name
the classes of their pickled payload by the place they were first defined
(``eventfuse.train.model``): :class:`_ModelUnpickler` reads those names as the classes here, so
that files written before and after the move load alike.
"""

from __future__ import annotations

import hashlib
import io
import json
import pickle
import re
import warnings
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any, ClassVar

from ..errors import ModelError
from ..lang import REFERENCE
from ..records import Actor, Article, ArticleExtraction, Mention
from ..taxonomy import (
    ABDUCTION_FORCED_DISAPPEARANCE,
    AGREEMENT,
    ARMED_INTERS,
    BY_NAME,
    CHANGE_TO_GROUP_ACTIVITY,
    CIVILIANS,
    HEADQUARTERS_OR_BASE_ESTABLISHED,
    NON_VIOLENT_TRANSFER_OF_TERRITORY,
    OTHER,
    civilian_targeting,
    sub_event,
)
from . import actors as actor_lib
from . import dates as date_lib
from . import numbers as number_lib
from .actors import ActorMatch
from .spans import actor_of, article_span
from .when import BACKGROUND_DAYS, fallback_date, to_date_mention, usable_dates

__all__ = [
    "FORMAT",
    "FORMAT_VERSION",
    "MAGIC",
    "NO_RULE",
    "RULES",
    "TRAIN_HINT",
    "VAGUE_TYPES",
    "Example",
    "Featurizer",
    "ModelOptions",
    "SubEventModel",
    "apply_classifier",
    "check_classifier",
    "example_for",
    "lead_sentence",
    "load_model",
    "mention_context",
    "read_header",
    "reading_features",
    "reclassify",
    "recode",
    "rule_features",
    "sklearn_version",
]

RULES = "rules"  # the setting ``classifier`` that keeps the rules' coding
FORMAT = "eventfuse-subevent-model"
# 2: the rules' fuller reading (tolls, civilians, trigger, other acts); 3: a second, language-neutral
# estimator over the rules' reading alone codes mentions in languages the notes were not written in
FORMAT_VERSION = 3
MAGIC = b"EVENTFUSE-MODEL "  # first bytes of every model file, then the JSON header line
MAX_HEADER = 1 << 20
NO_RULE = "(none)"  # the rules found no act in the text
# types that name no act of violence, protest or looting: where the model alone codes one of these
# (the rules found no act), news about diplomacy, crime or disasters lands too, so it needs more certainty
VAGUE_TYPES = frozenset({OTHER, CHANGE_TO_GROUP_ACTIVITY, AGREEMENT, HEADQUARTERS_OR_BASE_ESTABLISHED,
                         NON_VIOLENT_TRANSFER_OF_TERRITORY})
TRAIN_HINT = "train one with `eventfuse train --acled FILE.csv --out MODEL`, or use --set classifier=rules"
# Where model files say their pickled classes live (their first home; see the module docstring).
PICKLED_MODULE = "eventfuse.train.model"

SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“(«])")  # "Jan. 5" does not end one
# A toll after the lead sentence is read up to this many characters on.
FOLLOWING_CHARS = 600


@dataclass(frozen=True, slots=True)
class Example:
    """One text to classify, with what the rules read in it (``label`` is empty at prediction)."""

    text: str
    rule_sub: str = NO_RULE  # the rules' sub-event type, or NO_RULE
    inter1: int = 0  # actor type code of the rules' actor1 (0: none)
    inter2: int = 0
    label: str = ""
    fatalities: int | None = None  # the rules' toll (None: not stated)
    civilian_targeting: bool = False
    trigger: str = ""  # the act word the rules matched
    victims: bool = False  # named persons harmed
    certainty: str = ""
    others: tuple[str, ...] = ()  # the rules' sub-event types of the article's other acts


@dataclass(frozen=True, slots=True)
class ModelOptions:
    """How a model was fitted; a model reads back ``use_rules`` and ``rule_weight`` (the
    defaults were chosen on the tuning split, see docs/training.md)."""

    c: float = 0.5  # inverse regularisation strength of the linear SVM
    rule_weight: float = 0.5  # scale of the rules' features against the text features
    use_rules: bool = True  # add the rules' reading as features (needs a spaCy pass over the notes)
    balanced: bool = True  # weight rare sub-event types up
    min_df: int = 2
    min_margin: float = -0.5  # below this score the rules' reading is kept
    # an English article where the rules found no act gets the model's event when its score is
    # at least this (None: never); background, negated and hypothetical acts never do
    event_margin: float | None = -0.5
    vague_event_margin: float = -0.3  # the same for VAGUE_TYPES (never below event_margin)
    languages: tuple[str, ...] = (REFERENCE,)  # languages of the training texts (ACLED notes: English)
    # the reading model (mentions in other languages): its regularisation, and the score added to the
    # rules' own type before the best type is taken (a product of experts: the rules' type stays
    # unless the reading model prefers another by more than this)
    reading_c: float = 0.1
    rule_bonus: float = 1.0


def _toll(fatalities: int | None) -> str:
    if fatalities is None:
        return "none"
    return "0" if fatalities <= 0 else "1-4" if fatalities < 5 else "5+"


def rule_features(ex: Example) -> dict[str, float]:
    """The rules' reading as one-hot features: who did what to whom, the toll, the act word."""
    if ex.rule_sub == NO_RULE:
        return {f"rule={NO_RULE}": 1.0}
    toll = _toll(ex.fatalities)
    feats = {
        f"rule={ex.rule_sub}": 1.0, f"i1={ex.inter1}": 1.0, f"i2={ex.inter2}": 1.0,
        f"rule={ex.rule_sub}|i2={ex.inter2}": 1.0, f"i1={ex.inter1}|i2={ex.inter2}": 1.0,
        f"toll={toll}": 1.0, f"rule={ex.rule_sub}|toll={toll}": 1.0,
        f"civilians={ex.civilian_targeting}": 1.0, f"trigger={ex.trigger.lower()}": 1.0,
        f"victims={ex.victims}": 1.0, f"certainty={ex.certainty}": 1.0,
        f"event={BY_NAME[ex.rule_sub].event_type if ex.rule_sub in BY_NAME else ''}": 1.0,
        f"acts={min(len(ex.others) + 1, 3)}": 1.0,
    }
    for other in ex.others[:3]:
        feats[f"other={other}"] = 1.0
    return feats


def reading_features(ex: Example) -> dict[str, float]:
    """The language-neutral part of the rules' reading (:func:`rule_features` without the act
    word): what a model fitted on English notes can read in a report in any language."""
    return {k: v for k, v in rule_features(ex).items() if not k.startswith("trigger=")}


class Featurizer:
    """Turns examples into one sparse matrix: word and char TF-IDF, plus the rules' reading.

    A fitted one comes from a model file or from ``eventfuse.train`` (which builds and fits it).
    """

    options: ModelOptions
    word: Any  # sklearn TfidfVectorizer over words
    char: Any  # sklearn TfidfVectorizer over characters
    rules: Any  # sklearn DictVectorizer over :func:`rule_features`

    def transform(self, examples: Sequence[Example]) -> Any:
        # scipy comes with scikit-learn, an optional dependency that only trained models need;
        # importing scipy.sparse alone was measured at 0.55 s
        from scipy.sparse import hstack

        texts = [e.text for e in examples]
        parts = [self.word.transform(texts), self.char.transform(texts)]
        if self.options.use_rules:
            parts.append(self.rules.transform([rule_features(e) for e in examples]) * self.options.rule_weight)
        return hstack(parts, format="csr")


@dataclass
class SubEventModel:
    """A fitted classifier and the header that describes it (what it was trained on, its labels)."""

    featurizer: Featurizer
    estimator: Any
    header: dict[str, Any] = field(default_factory=dict)
    # (DictVectorizer over :func:`reading_features`, linear model), or None (a text-only model):
    # codes mentions in languages other than the training notes'
    reading: tuple[Any, Any] | None = None

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(str(c) for c in self.estimator.classes_)

    @property
    def min_margin(self) -> float:
        return float(self.header.get("options", {}).get("min_margin", float("-inf")))

    @property
    def event_margin(self) -> float:
        """Score from which an article without the rules' act gets the model's (inf: never)."""
        value = self.header.get("options", {}).get("event_margin")
        return float("inf") if value is None else float(value)

    def event_margin_for(self, label: str) -> float:
        """The event margin for a model-coded event of type ``label`` (higher for VAGUE_TYPES)."""
        margin = self.event_margin
        vague = self.header.get("options", {}).get("vague_event_margin")
        if label in VAGUE_TYPES and vague is not None:
            return max(margin, float(vague))
        return margin

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(self.header.get("languages", (REFERENCE,)))

    @property
    def uses_rules(self) -> bool:
        return bool(self.featurizer.options.use_rules)

    @property
    def rule_bonus(self) -> float:
        return float(self.header.get("options", {}).get("rule_bonus", 1.0))

    def predict_reading(self, examples: Sequence[Example]) -> list[tuple[str, float]]:
        """The sub-event type of each example from the rules' reading alone (any language): the
        reading model's best type once the rules' own type is raised by ``rule_bonus``, with its
        unraised score; ``[]`` for a model without a reading model."""
        if not examples or self.reading is None:
            return []
        vectorizer, estimator = self.reading
        scores = estimator.decision_function(vectorizer.transform([reading_features(e) for e in examples]))
        labels = tuple(str(c) for c in estimator.classes_)
        index = {label: i for i, label in enumerate(labels)}
        out: list[tuple[str, float]] = []
        for ex, row in zip(examples, scores.reshape(len(examples), -1)):
            if len(labels) == 2:  # binary: one column, positive means the second class
                row = row.repeat(2) * (-1.0, 1.0)
            raised = row.copy()
            if ex.rule_sub in index:
                raised[index[ex.rule_sub]] += self.rule_bonus
            best = int(raised.argmax())
            out.append((labels[best], float(row[best])))
        return out

    def predict(self, examples: Sequence[Example]) -> list[tuple[str, float]]:
        """The sub-event type of each example with a score (the linear model's margin)."""
        if not examples:
            return []
        scores = self.estimator.decision_function(self.featurizer.transform(examples))
        labels = self.labels
        out: list[tuple[str, float]] = []
        for row in scores.reshape(len(examples), -1):
            if len(labels) == 2:  # binary: one column, positive means the second class
                best = 1 if row[0] > 0 else 0
                out.append((labels[best], float(abs(row[0]))))
            else:
                best = int(row.argmax())
                out.append((labels[best], float(row[best])))
        return out


# --- model files -----------------------------------------------------------------------------


def sklearn_version() -> str:
    """The installed scikit-learn's version; ``ModelError`` EF306 when it is missing."""
    try:
        # an optional dependency that only trained models need, and slow to import (seconds)
        import sklearn
    except ImportError:
        raise ModelError("scikit-learn is not installed; trained classifiers need it",
                         hint="pip install scikit-learn (or use --set classifier=rules)", code="EF306") from None
    return str(sklearn.__version__)


def read_header(path: str | Path) -> dict[str, Any]:
    """The JSON header of a model file, checked; raises ``ModelError`` for anything else."""
    p = Path(path)
    if not p.is_file():
        raise ModelError(f"classifier model {p} not found", hint=TRAIN_HINT, code="EF301")
    with p.open("rb") as fh:
        return _header(p, fh)


def _header(p: Path, fh: io.BufferedReader) -> dict[str, Any]:
    line = fh.readline(MAX_HEADER)
    if not line.startswith(MAGIC) or not line.endswith(b"\n"):
        raise ModelError(f"{p} is not an eventfuse classifier model", hint=TRAIN_HINT, code="EF302")
    try:
        header = json.loads(line[len(MAGIC):].decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise ModelError(f"{p} has a damaged header", hint=TRAIN_HINT, code="EF302") from None
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise ModelError(f"{p} is not an eventfuse sub-event model", hint=TRAIN_HINT, code="EF302")
    if header.get("version") != FORMAT_VERSION:
        raise ModelError(
            f"{p} has model format version {header.get('version')!r}; this eventfuse reads version {FORMAT_VERSION}",
            hint="train the model again with this version of eventfuse", code="EF303",
        )
    labels = header.get("labels")
    if not isinstance(labels, list) or not labels or any(lab not in BY_NAME for lab in labels):
        raise ModelError(f"{p} has labels outside ACLED's sub-event types", hint=TRAIN_HINT, code="EF302")
    return header


class _ModelUnpickler(pickle.Unpickler):
    """Reads the classes a model file names in ``eventfuse.train.model`` as the ones here."""

    PICKLED_CLASSES: ClassVar[dict[str, type]] = {"Featurizer": Featurizer, "TrainOptions": ModelOptions}

    def find_class(self, module: str, name: str) -> Any:
        if module == PICKLED_MODULE and name in self.PICKLED_CLASSES:
            return self.PICKLED_CLASSES[name]
        return super().find_class(module, name)


def load_model(path: str | Path) -> SubEventModel:
    """Read a model written by ``eventfuse.train.save_model`` (cached per file and modification time).

    The payload is a pickle: load only models you trained yourself.
    """
    p = Path(path).expanduser()
    try:
        stat = p.stat()
    except OSError:
        raise ModelError(f"classifier model {p} not found", hint=TRAIN_HINT, code="EF301") from None
    return _load(str(p.resolve()), stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=4)
def _load(path: str, mtime_ns: int, size: int) -> SubEventModel:
    p = Path(path)
    installed = sklearn_version()
    with p.open("rb") as fh:
        header = _header(p, fh)
        payload = fh.read()
    if hashlib.sha256(payload).hexdigest() != header.get("sha256"):
        raise ModelError(f"{p} is damaged (checksum mismatch)", hint=TRAIN_HINT, code="EF304")
    if header.get("sklearn") != installed:
        warnings.warn(f"{p} was trained with scikit-learn {header.get('sklearn')}, "
                      f"this is {installed}; retrain if predictions look wrong", stacklevel=2)
    try:
        featurizer, estimator, reading = _ModelUnpickler(io.BytesIO(payload)).load()
    except (pickle.UnpicklingError, AttributeError, ImportError, EOFError, TypeError, ValueError) as exc:
        # a pickle from another library version, or a damaged one
        raise ModelError(f"{p} could not be loaded: {type(exc).__name__}: {exc}",
                         hint="train the model again with this version of eventfuse", code="EF304") from None
    if not isinstance(featurizer, Featurizer) or not hasattr(estimator, "decision_function"):
        raise ModelError(f"{p} does not hold an eventfuse sub-event model", hint=TRAIN_HINT, code="EF302")
    return SubEventModel(featurizer, estimator, header, reading)


# --- applying a model to extractions ---------------------------------------------------------


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
        civilian_targeting=civilian_targeting(sub.name, actor2.inter if actor2 is not None else None),
    )


def may_add_event(extraction: ArticleExtraction, languages: Sequence[str]) -> bool:
    """An article where the rules found no act and set none aside as background, negated or
    hypothetical, in a language the model read: the model may code its event."""
    return (
        not extraction.mentions and not extraction.background and not extraction.not_happened
        and (extraction.article.language or REFERENCE) in languages and bool(extraction.article.text.strip())
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
    article = extraction.article
    text, lang, published = article.text, article.language or REFERENCE, article.published
    start, end = lead_sentence(text)
    sentence = article_span(article, start, end)
    exprs = usable_dates(date_lib.find_dates(text, lang=lang, published=published), text, published)
    expr = date_lib.resolve_event_date(exprs, sentence_start=start, sentence_end=end, published=published)
    when = to_date_mention(expr, article) if expr is not None else fallback_date(published)
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
            fat = number_lib.fatalities_in(text, end, min(len(text), end + FOLLOWING_CHARS), lang=lang)
        if fat is not None:
            fatalities, fatalities_span = fat.value, article_span(article, fat.start, fat.end)
        elif sub.name == ABDUCTION_FORCED_DISAPPEARANCE:
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
        civilian_targeting=civilian_targeting(sub.name, actor2.inter if actor2 is not None else None),
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
        actors.append(actor_of(m, article))
    if not actors:
        return None, None
    second = next(
        (a for a in actors[1:] if a.inter in ARMED_INTERS or (violent and a.inter == CIVILIANS) or not violent), None
    )
    return actors[0], second


def reclassify(extractions: Sequence[ArticleExtraction], model: SubEventModel) -> list[ArticleExtraction]:
    """Every mention of a batch recoded by ``model``; mentions keep everything else the rules found.

    Mentions in a language the model was not trained on are coded by its reading model (the
    rules' language-neutral reading alone, the rules' type raised by ``rule_bonus``); those where
    the score is below ``min_margin`` keep the rules' type. An article where the rules found no act (and
    set none aside as background, negated or hypothetical) gets one event, coded by the model,
    when the model's score reaches its ``event_margin`` (``vague_event_margin`` for types that
    name no act, see ``VAGUE_TYPES``).
    """
    languages = set(model.languages)
    pairs = [(i, j, m) for i, x in enumerate(extractions) for j, m in enumerate(x.mentions)
             if (m.language or x.article.language or REFERENCE) in languages]
    empty = [i for i, x in enumerate(extractions) if model.event_margin != float("inf")
             and may_add_event(x, tuple(languages))]
    foreign = [(i, j, m) for i, x in enumerate(extractions) for j, m in enumerate(x.mentions)
               if model.reading is not None and (m.language or x.article.language or REFERENCE) not in languages]
    if not pairs and not empty and not foreign:
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
    read = model.predict_reading([example_for(extractions[i], m) for i, _, m in foreign])
    for (i, j, m), (label, score) in zip(foreign, read):
        if score >= model.min_margin:
            mentions[i][j] = recode(m, label)
    return [replace(x, mentions=tuple(ms)) for x, ms in zip(extractions, mentions)]


def apply_classifier(extractions: Sequence[ArticleExtraction], classifier: str) -> list[ArticleExtraction]:
    """Apply the setting ``classifier``: 'rules' (or empty) keeps the rules' coding, else a model path."""
    if not classifier or classifier == RULES:
        return list(extractions)
    return reclassify(extractions, load_model(classifier))


def check_classifier(classifier: str) -> None:
    """Fail early (``ModelError`` with a code and hint) when the setting names an unusable model."""
    if classifier and classifier != RULES:
        load_model(classifier)
