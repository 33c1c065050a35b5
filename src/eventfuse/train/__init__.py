"""Train: a sub-event classifier fitted on the user's own ACLED export (``eventfuse train``).

Reading and applying a trained model is :mod:`eventfuse.extract.learned`.
"""

from __future__ import annotations

from .cli import train_from_acled
from .model import Featurizer, TrainOptions, save_model, train

__all__ = [
    "Featurizer",
    "TrainOptions",
    "save_model",
    "train",
    "train_from_acled",
]
