"""Train: a sub-event classifier fitted on the user's own ACLED export (``eventfuse train``)."""

from __future__ import annotations

from .apply import apply_classifier, check_classifier, reclassify
from .cli import add_train_parser, train_from_acled
from .model import Example, SubEventModel, TrainOptions, load_model, read_header, save_model, train

__all__ = [
    "Example",
    "SubEventModel",
    "TrainOptions",
    "add_train_parser",
    "apply_classifier",
    "check_classifier",
    "load_model",
    "read_header",
    "reclassify",
    "save_model",
    "train",
    "train_from_acled",
]
