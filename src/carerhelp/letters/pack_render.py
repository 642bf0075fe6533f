"""PackDocument → PDF bytes: reportlab platypus for the text and tables, reportlab graphics for the charts."""

from __future__ import annotations

import io
from typing import Any

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from carerhelp.letters.document import layout_of
from carerhelp.letters.escape import markup
from carerhelp.letters.fonts import printable, unprintable
from carerhelp.letters.pack import Chart, PackDocument
from carerhelp.letters.render import _styles

WIDTH = A4[0] - 44 * mm


def chart_drawing(chart: Chart, family: str, size: float) -> Drawing:
    """A bar chart with the line drawn across it; bars on the wrong side of the line are pale
    and hatched-looking (outlined) so print in black and white keeps the difference."""
    height = 62 * mm
    drawing = Drawing(WIDTH, height)
    bars = VerticalBarChart()
    bars.x, bars.y = 12 * mm, 12 * mm
    bars.width, bars.height = WIDTH - 16 * mm, height - 20 * mm
    bars.data = [list(chart.values) or [0]]
    top = max([*chart.values, chart.line or 0, 1]) * 1.15
    bars.valueAxis.valueMin, bars.valueAxis.valueMax = 0, top
    bars.valueAxis.labels.fontName = family
    bars.valueAxis.labels.fontSize = size * 0.7
    bars.categoryAxis.categoryNames = list(chart.labels) or [""]
    bars.categoryAxis.labels.fontName = family
    bars.categoryAxis.labels.fontSize = size * 0.65
    bars.categoryAxis.labels.angle = 30 if len(chart.labels) > 6 else 0
    bars.categoryAxis.labels.boxAnchor = "ne" if len(chart.labels) > 6 else "n"
    bars.bars[0].fillColor = colors.HexColor("#1d70b8")
    bars.bars.strokeColor = colors.black
    for index, flagged in enumerate(chart.flagged):
        if flagged:
            bars.bars[(0, index)].fillColor = colors.HexColor("#f3f2f1")
            bars.bars[(0, index)].strokeWidth = 1.5
    drawing.add(bars)
    if chart.line is not None:
        y = bars.y + bars.height * chart.line / top
        drawing.add(
            Line(
                bars.x,
                y,
                bars.x + bars.width,
                y,
                strokeColor=colors.black,
                strokeWidth=1.2,
                strokeDashArray=[4, 3],
            )
        )
    drawing.add(
        String(
            0,
            height - size,
            chart.heading or chart.title,
            fontName=f"{family}-Bold",
            fontSize=size * 0.85,
        )
    )
    return drawing


def render_pack(doc: PackDocument) -> bytes:
    """Lay the pack out on A4. Every user value is escaped on the way in."""
    layout = layout_of(doc.lang, doc.layout)
    missing = {char for text in doc.all_text() for char in unprintable(text)}
    if missing:
        doc.warnings.append(layout["font_warning"].format(shown=" ".join(sorted(missing))))
    styles = _styles(doc.large_print)
    family = styles["body"].fontName
    size = styles["body"].fontSize

    def para(text: str, style: str, **options: str) -> Paragraph:
        return Paragraph(markup(printable(text, missing)), styles[style], **options)

    story: list[Flowable] = [
        para(doc.title, "heading"),
        para(f"{doc.carer}, {doc.date}", "subject"),
    ]
    story.append(para(doc.intro, "body"))
    for section in doc.sections:
        block: list[Flowable] = [para(section.heading, "heading")]
        block += [para(text, "body") for text in section.paragraphs]
        bullets = [para(item, "bullet", bulletText="•") for item in section.bullets]
        story.append(KeepTogether(block + bullets[:1]))  # a heading never ends a page
        story += bullets[1:]
        if section.after:
            story.append(Spacer(1, 2 * mm))
            story += [para(text, "body") for text in section.after]
        if section.chart is not None:
            story.append(Spacer(1, 3 * mm))
            story.append(chart_drawing(section.chart, family, size))
            story.append(Spacer(1, 3 * mm))
        if section.table:
            rows = [[para(cell, "line") for cell in row] for row in section.table]
            columns = len(section.table[0])
            first = WIDTH * 0.34
            widths = [first] + [(WIDTH - first) / (columns - 1)] * (columns - 1)
            table = Table(rows, repeatRows=1, colWidths=widths)
            table.setStyle(
                TableStyle(
                    [
                        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#f3f2f1")),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ]
                )
            )
            story.append(table)
            story.append(Spacer(1, 4 * mm))
    story.append(para(doc.footer, "line"))
    buffer = io.BytesIO()
    pdf = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=22 * mm,
        rightMargin=22 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title=printable(f"{doc.title}: {doc.carer}", missing),
        author=printable(doc.carer, missing),
        subject=layout["pack_subject"],
        creator="CarerHelp",
        lang=layout["pdf_lang"],
        invariant=1,
    )

    def page_number(canvas: Any, _doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(family, 9 if not doc.large_print else 12)
        page = layout["page"].format(page=canvas.getPageNumber())
        canvas.drawRightString(A4[0] - 22 * mm, 10 * mm, page)
        canvas.restoreState()

    pdf.build(story, onFirstPage=page_number, onLaterPages=page_number)
    return buffer.getvalue()
