"""Serve: the JSON API and the web dashboard (FastAPI + uvicorn), and ``eventfuse serve``."""

from __future__ import annotations

from .command import SERVE

__all__ = ["SERVE"]
