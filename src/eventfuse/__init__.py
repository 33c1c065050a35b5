"""eventfuse: many news reports about an armed-conflict incident → one verified, geocoded event record."""

__version__ = "0.1.0"
