"""truceline: a ledger of ceasefire claims."""

__version__ = "0.1.0"
