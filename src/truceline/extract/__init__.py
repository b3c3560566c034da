"""Extraction: report -> sentences -> mentions -> claims (a pure core, no I/O)."""
