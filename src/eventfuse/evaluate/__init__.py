"""eventfuse.evaluate."""
