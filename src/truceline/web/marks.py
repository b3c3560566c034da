"""A report's text with its evidence spans marked, built safely for HTML.

Every slice of the text is escaped; spans become <mark> elements. Overlapping spans are
cut at every boundary, so each piece is marked once and names all the claims it backs.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape


@dataclass(frozen=True, slots=True)
class Piece:
    """A run of text and the claims whose evidence covers it (empty when none)."""

    text: str
    claims: tuple[str, ...]


def pieces(text: str, spans: Sequence[tuple[int, int, str]]) -> list[Piece]:
    """The text cut at every span boundary; `spans` are (start, end, claim label)."""
    cuts = {0, len(text)}
    for start, end, _ in spans:
        if 0 <= start < end <= len(text):
            cuts.update((start, end))
    points = sorted(cuts)
    out = []
    for a, b in zip(points, points[1:], strict=False):
        owners = tuple(label for s, e, label in spans if s <= a and b <= e and s < e)
        out.append(Piece(text[a:b], owners))
    return out


def marked(
    text: str, spans: Sequence[tuple[int, int, str]], *, focus: frozenset[str] = frozenset()
) -> Markup:
    """HTML of the text with evidence in <mark data-claims="...">; spans of claims in `focus`
    carry the class "focus" (the claims of the event being read)."""
    html = []
    for p in pieces(text, spans):
        if not p.claims:
            html.append(str(escape(p.text)))
            continue
        cls = "evidence focus" if focus.intersection(p.claims) else "evidence"
        html.append(f'<mark class="{cls}" data-claims="{escape(" ".join(p.claims))}" '
                    f'title="{escape("claim " + ", ".join(p.claims))}">{escape(p.text)}</mark>')  # fmt: skip
    return Markup("".join(html))
