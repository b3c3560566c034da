"""The ledger's storage (an edge): SQLite by default, PostgreSQL as the server option."""

from truceline.store.engine import StoreError, connect

__all__ = ["StoreError", "connect"]
