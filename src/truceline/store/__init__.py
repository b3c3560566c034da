"""The ledger's storage (an edge): SQLite by default, PostgreSQL as the server option."""

from truceline.store.engine import StoreError, connect, default_url

__all__ = ["StoreError", "connect", "default_url"]
