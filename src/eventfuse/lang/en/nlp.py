"""nlp words of en: the vocabulary of extract/nlp rules (filled as rules move here)."""
