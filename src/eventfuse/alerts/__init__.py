"""Alerts: rules (area, types, actors, fatalities, sources) fired to files, webhooks and
e-mail by ``eventfuse watch``."""

from __future__ import annotations

from .command import WATCH
from .rules import AdminArea, BBox, Circle, Rule, RuleSet, SinkConfig, load_rules, matches
from .sinks import DeliveryError, EmailSink, JsonlSink, WebhookSink, make_sink
from .watch import AlertState, CycleResult, Watcher, evaluate, make_watcher, material

__all__ = [
    "WATCH",
    "AdminArea",
    "AlertState",
    "BBox",
    "Circle",
    "CycleResult",
    "DeliveryError",
    "EmailSink",
    "JsonlSink",
    "Rule",
    "RuleSet",
    "SinkConfig",
    "Watcher",
    "WebhookSink",
    "evaluate",
    "load_rules",
    "make_sink",
    "make_watcher",
    "matches",
    "material",
]
