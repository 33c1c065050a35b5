"""Small helpers shared by several packages (the bottom layer: imports nothing above records)."""
