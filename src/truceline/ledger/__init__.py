"""Claims -> events and daily tallies: pure functions over stored claims (no I/O)."""
