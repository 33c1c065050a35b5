"""evidence words of fr: the vocabulary of extract/evidence rules (filled as rules move here)."""
