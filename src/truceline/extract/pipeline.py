"""The extractor's stages in order: the one place that lists them."""

from __future__ import annotations

from truceline.model import Document, Envelope


def extract(document: Document, resolver: object | None = None) -> Envelope:
    """Read one report and return its claims in the `truceline.claims/1` envelope."""
    return Envelope(document.with_id(), ())
