"""evidence words of en: the vocabulary of extract/evidence rules (filled as rules move here)."""
