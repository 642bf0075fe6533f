"""A bar chart of one number a week against a line (35 hours, or the earnings limit), painted with QPainter.

PySide6-Essentials has no QtCharts, and a chart this small needs none. Weeks on the wrong side of
the line are hatched as well as coloured, so the meaning never rests on colour alone; the same
numbers are in a table beside it for screen readers, and the chart's accessible description says
them in words.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    flagged: bool
    """On the wrong side of the line (under 35 hours, or over the earnings limit): hatched."""


def axis(highest: float) -> tuple[float, float]:
    """A round step between ticks, and the top of the axis: at most 8 ticks above the highest bar."""
    for step in (5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2500, 5000, 10000):
        top = step * (int(highest * 1.05 // step) + 1)
        if top / step <= 8:
            return float(step), float(top)
    return highest, highest * 1.1


class WeekChart(QWidget):
    def __init__(self, name: str, unit: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.unit = unit
        self.bars: tuple[Bar, ...] = ()
        self.line: float | None = None
        self.line_label = ""
        self.setAccessibleName(name)
        self.setMinimumHeight(180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:
        return QSize(480, self.fontMetrics().height() * 14)

    def set_data(self, bars: Sequence[Bar], line: float | None, line_label: str) -> None:
        self.bars, self.line, self.line_label = tuple(bars), line, line_label
        flagged = sum(1 for bar in self.bars if bar.flagged)
        self.setAccessibleDescription(
            self.tr(
                "{weeks} weeks. {flagged} on the wrong side of {line_label}. The numbers are in "
                "the table below."
            ).format(weeks=len(self.bars), flagged=flagged, line_label=line_label)
            if self.bars
            else self.tr("Nothing written down yet.")
        )
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)  # bars are upright rectangles: no antialiasing needed
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        metrics = self.fontMetrics()
        line_height = metrics.height()
        area = QRectF(self.rect()).adjusted(
            metrics.horizontalAdvance("00000") + 10, line_height, -8, -8
        )
        area.setBottom(area.bottom() - line_height * 1.5)
        if not self.bars:
            painter.setPen(text)
            painter.drawText(
                QRectF(self.rect()),
                Qt.AlignmentFlag.AlignCenter,
                self.tr("Nothing written down yet"),
            )
            return
        step, top = axis(max([bar.value for bar in self.bars] + [self.line or 0, 1]))
        scale = area.height() / top
        painter.setPen(QPen(text, 1))
        painter.drawLine(area.bottomLeft(), area.bottomRight())
        tick = 0.0
        while tick <= top:
            y = area.bottom() - tick * scale
            painter.drawLine(int(area.left() - 4), int(y), int(area.left()), int(y))
            painter.drawText(
                QRectF(0, y - line_height / 2, area.left() - 6, line_height),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                f"{tick:g}",
            )
            tick += step
        slot = area.width() / len(self.bars)
        width = max(slot * 0.7, 1.0)
        fill = palette.color(QPalette.ColorRole.Highlight)
        every = max(1, int((metrics.horizontalAdvance("30 Dec") + 6) // max(slot, 1)) + 1)
        for index, bar in enumerate(self.bars):
            x = area.left() + index * slot + (slot - width) / 2
            height = bar.value * scale
            rect = QRectF(x, area.bottom() - height, width, height)
            painter.setPen(QPen(text, 1))
            painter.setBrush(QBrush(fill))
            painter.drawRect(rect)
            if bar.flagged:
                painter.setBrush(QBrush(text, Qt.BrushStyle.BDiagPattern))
                painter.drawRect(rect)
            if index % every == 0:
                painter.drawText(
                    QRectF(x - slot, area.bottom() + 2, width + 2 * slot, line_height),
                    Qt.AlignmentFlag.AlignHCenter,
                    bar.label,
                )
        if self.line is not None:
            y = area.bottom() - self.line * scale
            painter.setPen(QPen(QColor(text), 2, Qt.PenStyle.DashLine))
            painter.drawLine(int(area.left()), int(y), int(area.right()), int(y))
            painter.drawText(
                QRectF(area.left(), y - line_height - 2, area.width() - 4, line_height),
                Qt.AlignmentFlag.AlignRight,
                self.line_label,
            )
