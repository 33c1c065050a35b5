"""sides words of fr: the vocabulary of extract/sides rules (filled as rules move here)."""
