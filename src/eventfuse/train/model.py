"""A trainable sub-event classifier: TF-IDF word and character n-grams, the rules' reading, a linear model."""

from __future__ import annotations

import hashlib
import io
import json
import pickle
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from .. import __version__
from ..errors import ModelError
from ..taxonomy import BY_NAME

FORMAT = "eventfuse-subevent-model"
FORMAT_VERSION = 2  # 2: the rules' fuller reading (tolls, civilians, trigger, other acts)
MAGIC = b"EVENTFUSE-MODEL "  # first bytes of every model file, then the JSON header line
MAX_HEADER = 1 << 20
NO_RULE = "(none)"  # the rules found no act in the text
# types that name no act of violence, protest or looting: where the model alone codes one of these
# (the rules found no act), news about diplomacy, crime or disasters lands too, so it needs more certainty
VAGUE_TYPES = frozenset({"Other", "Change to group/activity", "Agreement", "Headquarters or base established",
                         "Non-violent transfer of territory"})
TRAIN_HINT = "train one with `eventfuse train --acled FILE.csv --out MODEL`, or use --set classifier=rules"


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
class TrainOptions:
    """How the model is fitted (the defaults were chosen on the tuning split, see docs/training.md)."""

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
    languages: tuple[str, ...] = ("en",)  # languages of the training texts (ACLED notes: English)


def _toll(fatalities: int | None) -> str:
    if fatalities is None:
        return "none"
    return "0" if fatalities <= 0 else "1-4" if fatalities < 5 else "5+"


def _rule_features(ex: Example) -> dict[str, float]:
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


class Featurizer:
    """Turns examples into one sparse matrix: word and char TF-IDF, plus the rules' reading."""

    def __init__(self, options: TrainOptions) -> None:
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.feature_extraction.text import TfidfVectorizer

        self.options = options
        self.word = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=options.min_df)
        self.char = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True,
                                    min_df=options.min_df)
        self.rules = DictVectorizer()

    def fit_transform(self, examples: Sequence[Example]) -> Any:
        texts = [e.text for e in examples]
        self.word.fit(texts)
        self.char.fit(texts)
        if self.options.use_rules:
            self.rules.fit([_rule_features(e) for e in examples])
        return self.transform(examples)

    def transform(self, examples: Sequence[Example]) -> Any:
        from scipy.sparse import hstack

        texts = [e.text for e in examples]
        parts = [self.word.transform(texts), self.char.transform(texts)]
        if self.options.use_rules:
            parts.append(self.rules.transform([_rule_features(e) for e in examples]) * self.options.rule_weight)
        return hstack(parts, format="csr")


@dataclass
class SubEventModel:
    """A fitted classifier and the header that describes it (what it was trained on, its labels)."""

    featurizer: Featurizer
    estimator: Any
    header: dict[str, Any] = field(default_factory=dict)

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
        return tuple(self.header.get("languages", ("en",)))

    @property
    def uses_rules(self) -> bool:
        return bool(self.featurizer.options.use_rules)

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


def train(examples: Sequence[Example], *, options: TrainOptions | None = None,
          data: dict[str, Any] | None = None) -> SubEventModel:
    """Fit a model on labelled examples; ``data`` describes the training data in the header."""
    from sklearn.svm import LinearSVC

    options = options or TrainOptions()
    _sklearn_version()  # a clear error when scikit-learn is missing
    labelled = [e for e in examples if e.label]
    unknown = sorted({e.label for e in labelled} - set(BY_NAME))
    if unknown:
        raise ModelError(f"unknown sub-event types in the training data: {unknown[:5]}",
                         hint="labels must be ACLED sub-event types (see eventfuse.taxonomy)", code="EF305")
    labels = sorted({e.label for e in labelled})
    if len(labels) < 2:
        raise ModelError(f"need at least two sub-event types to train, found {labels}",
                         hint="train on more rows (a wider --since/--until range)", code="EF305")
    featurizer = Featurizer(options)
    matrix = featurizer.fit_transform(labelled)
    estimator = LinearSVC(C=options.c, class_weight="balanced" if options.balanced else None, random_state=0)
    estimator.fit(matrix, [e.label for e in labelled])
    header = {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "eventfuse": __version__,
        "sklearn": _sklearn_version(),
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "labels": labels,
        "examples": len(labelled),
        "options": {"c": options.c, "rule_weight": options.rule_weight, "use_rules": options.use_rules,
                    "balanced": options.balanced, "min_df": options.min_df,
                    "min_margin": options.min_margin, "event_margin": options.event_margin,
                    "vague_event_margin": options.vague_event_margin},
        "languages": list(options.languages),
        "data": data or {},
    }
    return SubEventModel(featurizer, estimator, header)


def _sklearn_version() -> str:
    try:
        import sklearn
    except ImportError:
        raise ModelError("scikit-learn is not installed; trained classifiers need it",
                         hint="pip install scikit-learn (or use --set classifier=rules)", code="EF306") from None
    return str(sklearn.__version__)


def save_model(model: SubEventModel, path: str | Path) -> Path:
    """Write the model as one file: a magic word, a JSON header line, then the pickled model."""
    out = Path(path)
    payload = pickle.dumps((model.featurizer, model.estimator), protocol=pickle.HIGHEST_PROTOCOL)
    header = dict(model.header, sha256=hashlib.sha256(payload).hexdigest(), bytes=len(payload))
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".tmp")
    with tmp.open("wb") as fh:
        fh.write(MAGIC + json.dumps(header, ensure_ascii=False, sort_keys=True).encode("utf-8") + b"\n")
        fh.write(payload)
    tmp.replace(out)
    return out


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


def load_model(path: str | Path) -> SubEventModel:
    """Read a model written by :func:`save_model` (cached per file and modification time).

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
    installed = _sklearn_version()
    with p.open("rb") as fh:
        header = _header(p, fh)
        payload = fh.read()
    if hashlib.sha256(payload).hexdigest() != header.get("sha256"):
        raise ModelError(f"{p} is damaged (checksum mismatch)", hint=TRAIN_HINT, code="EF304")
    if header.get("sklearn") != installed:
        import warnings

        warnings.warn(f"{p} was trained with scikit-learn {header.get('sklearn')}, "
                      f"this is {installed}; retrain if predictions look wrong", stacklevel=2)
    try:
        featurizer, estimator = pickle.loads(payload)
    except (pickle.UnpicklingError, AttributeError, ImportError, EOFError, TypeError, ValueError) as exc:
        # a pickle from another library version, or a damaged one
        raise ModelError(f"{p} could not be loaded: {type(exc).__name__}: {exc}",
                         hint="train the model again with this version of eventfuse", code="EF304") from None
    if not isinstance(featurizer, Featurizer) or not hasattr(estimator, "decision_function"):
        raise ModelError(f"{p} does not hold an eventfuse sub-event model", hint=TRAIN_HINT, code="EF302")
    return SubEventModel(featurizer, estimator, header)
