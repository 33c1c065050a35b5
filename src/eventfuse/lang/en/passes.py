"""passes words of en: the vocabulary of extract/passes rules (filled as rules move here)."""
