"""The web edge: the JSON API and the dashboard over the ledger (FastAPI)."""
