"""The web edge: the JSON API and the dashboard over the ledger (FastAPI)."""

from truceline.web.app import create_app

__all__ = ["create_app"]
