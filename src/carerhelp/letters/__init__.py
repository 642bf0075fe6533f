"""Letters: answers and findings become a letter model, then a PDF (reportlab only in `render`)."""

from __future__ import annotations

from carerhelp.letters.compose import build_letter
from carerhelp.letters.document import Block, BlockKind, LetterDocument, LetterKind


def render_pdf(doc: LetterDocument) -> bytes:
    """Render to PDF bytes. reportlab is imported here, on first use, not when the app starts."""
    from carerhelp.letters.render import render_pdf as render

    return render(doc)


__all__ = ["Block", "BlockKind", "LetterDocument", "LetterKind", "build_letter", "render_pdf"]
