"""Letters: answers and findings become a letter model, then a PDF (reportlab only in `render`)."""

from __future__ import annotations

from carerhelp.domain.letter_specs import LetterSpecs, load_letter_specs
from carerhelp.letters.compose import build_letter, choose_team, letter_labels
from carerhelp.letters.document import Block, BlockKind, LetterDocument
from carerhelp.letters.followup import FOLLOW_UPS, build_followup


def render_pdf(doc: LetterDocument) -> bytes:
    """Render to PDF bytes. reportlab is imported here, on first use, not when the app starts."""
    from carerhelp.letters.render import render_pdf as render

    return render(doc)


__all__ = [
    "FOLLOW_UPS",
    "Block",
    "BlockKind",
    "LetterDocument",
    "LetterSpecs",
    "build_followup",
    "build_letter",
    "choose_team",
    "letter_labels",
    "load_letter_specs",
    "render_pdf",
]
