"""Scoring extracted claims against gold annotations (pure: no file I/O)."""

from truceline.evaluate.score import (
    FIELDS,
    DocResult,
    FieldScore,
    Pair,
    Prf,
    Report,
    below_floors,
    fold,
    location_agrees,
    matches,
    report,
    score,
    score_document,
)

__all__ = [
    "FIELDS",
    "DocResult",
    "FieldScore",
    "Pair",
    "Prf",
    "Report",
    "below_floors",
    "fold",
    "location_agrees",
    "matches",
    "report",
    "score",
    "score_document",
]
