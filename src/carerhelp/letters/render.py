"""LetterDocument → PDF bytes with reportlab platypus (the only module that imports reportlab)."""

from __future__ import annotations

import io
import re
from typing import Any

from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
)

from carerhelp.letters.document import Block, BlockKind, LetterDocument, layout_of
from carerhelp.letters.escape import markup
from carerhelp.letters.fonts import printable, register_fonts, unprintable


def _styles(large: bool) -> dict[str, ParagraphStyle]:
    family = register_fonts()
    size = 16 if large else 12
    lead = size * 1.35
    base = ParagraphStyle(
        "body",
        fontName=family,
        fontSize=size,
        leading=lead,
        spaceAfter=size * 0.6,
        alignment=TA_LEFT,
    )
    return {
        "body": base,
        "right": ParagraphStyle("right", parent=base, alignment=TA_RIGHT, spaceAfter=0),
        "line": ParagraphStyle("line", parent=base, spaceAfter=0),
        "subject": ParagraphStyle(
            "subject", parent=base, fontName=f"{family}-Bold", spaceBefore=size * 0.6
        ),
        "heading": ParagraphStyle(
            "heading",
            parent=base,
            fontName=f"{family}-Bold",
            fontSize=size * 1.4,
            leading=size * 1.8,
            spaceBefore=size * 0.8,
        ),
        "quote": ParagraphStyle(
            "quote", parent=base, fontName=f"{family}-Italic", leftIndent=8 * mm
        ),
        "bullet": ParagraphStyle(
            "bullet",
            parent=base,
            spaceAfter=size * 0.25,
            leftIndent=12 * mm,
            bulletIndent=6 * mm,
            bulletFontName=family,
        ),
    }


def render_pdf(doc: LetterDocument) -> bytes:
    """Lay the letter out on A4 and return the PDF. Every user value is escaped on the way in."""
    layout = layout_of(doc.lang, doc.layout)
    missing = {char for text in doc.all_text() for char in unprintable(text)}
    if missing:
        shown = " ".join(sorted(missing))
        warning = layout["font_warning"].format(shown=shown)
        if warning not in doc.warnings:
            doc.warnings.append(warning)

    def para(text: str, style: ParagraphStyle, **options: str) -> Paragraph:
        return Paragraph(markup(printable(text, missing)), style, **options)

    styles = _styles(doc.large_print)
    story: list[Any] = [para(line, styles["right"]) for line in doc.sender]
    story.append(Spacer(1, 8 * mm))
    story += [para(line, styles["line"]) for line in doc.recipient]
    story.append(Spacer(1, 6 * mm))
    story.append(para(doc.date, styles["right"]))
    story.append(para(doc.subject, styles["subject"]))

    def flow(block: Block) -> list[Any]:
        if block.kind is BlockKind.PARAGRAPH:
            return [para(block.text, styles["body"])]
        if block.kind is BlockKind.QUOTE:
            return [para(block.text, styles["quote"])]
        if block.kind is BlockKind.HEADING:
            return [para(block.text, styles["heading"])]
        if block.kind is BlockKind.BULLETS:
            # A paragraph with its own bullet wraps once; a ListFlowable measures every item again.
            items = [para(item, styles["bullet"], bulletText="•") for item in block.items]
            return [*items, Spacer(1, styles["body"].fontSize * 0.5)]
        if block.kind is BlockKind.SIGNATURE:
            if not doc.large_print:
                return [Spacer(1, 14 * mm), para(block.text, styles["body"])]
            # In large print "Signed: ____  Date: ____" is wider than the page: one line each.
            parts = [part for part in re.split(r"\s{3,}", block.text) if part]
            return [Spacer(1, 14 * mm), *(para(part, styles["body"]) for part in parts)]
        if block.kind is BlockKind.SPACE:
            return [Spacer(1, 6 * mm)]
        return [PageBreak()]

    flows = [flow(block) for block in doc.blocks]
    for at, block in enumerate(doc.blocks):
        if block.kind is BlockKind.SIGNATURE:
            # The signature never starts a page alone: it keeps the closing words and the
            # paragraph before them above it, and the name printed under it.
            start = at
            while (
                start > 0 and at - start < 2 and doc.blocks[start - 1].kind is BlockKind.PARAGRAPH
            ):
                start -= 1
            end = at + 1
            if end < len(doc.blocks) and doc.blocks[end].kind is BlockKind.PARAGRAPH:
                end += 1
            kept = [flowable for part in flows[start:end] for flowable in part]
            flows[start:end] = [[KeepTogether(kept)]] + [[] for _ in range(end - start - 1)]
    story += [flowable for part in flows for flowable in part]
    buffer = io.BytesIO()
    pdf = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=22 * mm,
        rightMargin=22 * mm,
        topMargin=20 * mm,
        bottomMargin=20 * mm,
        title=printable(doc.title, missing),
        author=printable(doc.author, missing),
        subject=layout["pdf_subject"],
        creator="CarerHelp",
        lang=layout["pdf_lang"],
        invariant=1,
    )

    def page_number(canvas: Any, _doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(styles["body"].fontName, 9 if not doc.large_print else 12)
        page = layout["page"].format(page=canvas.getPageNumber())
        canvas.drawRightString(A4[0] - 22 * mm, 10 * mm, page)
        canvas.restoreState()

    pdf.build(story, onFirstPage=page_number, onLaterPages=page_number)
    return buffer.getvalue()
