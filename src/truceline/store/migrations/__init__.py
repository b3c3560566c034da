"""Alembic migrations of the ledger's tables (shipped as package data)."""
