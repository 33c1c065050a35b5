"""nlp words of fr: the vocabulary of extract/nlp rules (filled as rules move here)."""
