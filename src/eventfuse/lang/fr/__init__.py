"""eventfuse.lang.fr."""
