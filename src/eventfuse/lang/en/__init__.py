"""eventfuse.lang.en."""
