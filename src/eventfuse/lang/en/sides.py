"""sides words of en: the vocabulary of extract/sides rules (filled as rules move here)."""
