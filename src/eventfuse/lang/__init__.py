"""eventfuse.lang."""
