"""eventfuse.extract."""
