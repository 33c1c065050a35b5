"""passes words of fr: the vocabulary of extract/passes rules (filled as rules move here)."""
