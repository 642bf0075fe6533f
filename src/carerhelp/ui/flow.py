"""A row of controls that wraps onto more lines when the window is narrow or the text is large.

A plain QHBoxLayout asks for the width of all its controls side by side; at 200% text that can be
wider than the screen, and the pages never scroll sideways, so the end of the row (and every
wrapped paragraph above it) would be cut off. A FlowLayout needs only the width of its widest
control and reports the height it takes at any width (height-for-width), which PageScrollArea
uses to make the page tall enough.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 12) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._heights: dict[int, int] = {}  # width -> height, until the layout is invalidated
        self._gap = spacing
        self.setContentsMargins(0, 0, 0, 0)

    # ----- QLayout's item bookkeeping ------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def _live(self) -> list[QLayoutItem]:
        """The items still there: Qt may delete an item (its page closing) before the layout hears."""
        self._items = [item for item in self._items if shiboken6.isValid(item)]
        return self._items

    def count(self) -> int:
        return len(self._live())

    def itemAt(self, index: int) -> QLayoutItem | None:
        items = self._live()
        return items[index] if 0 <= index < len(items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        items = self._live()
        return items.pop(index) if 0 <= index < len(items) else None

    # ----- sizes -----------------------------------------------------------------------------
    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        height = self._heights.get(width)
        if height is None:  # asked many times per layout pass; worked out once per width
            height = self._heights[width] = self._arrange(QRect(0, 0, width, 0), move=False)
        return height

    def invalidate(self) -> None:
        self._heights.clear()
        super().invalidate()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def sizeHint(self) -> QSize:
        """Everything on one line, when there is room for it."""
        items = self._shown()
        width = sum(item.sizeHint().width() for item in items) + self._gap * max(len(items) - 1, 0)
        height = max((item.sizeHint().height() for item in items), default=0)
        margins = self.contentsMargins()
        return QSize(
            width + margins.left() + margins.right(), height + margins.top() + margins.bottom()
        )

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    # ----- placing ---------------------------------------------------------------------------
    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._live() if not item.isEmpty()]

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Place the items left to right, wrapping as needed; return the height used."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line_height = area.x(), area.y(), 0
        for item in self._shown():
            hint = item.sizeHint()
            width = min(max(hint.width(), item.minimumSize().width()), area.width())
            if x > area.x() and x + width > area.right() + 1:
                x, y = area.x(), y + line_height + self._gap
                line_height = 0
            height = item.heightForWidth(width) if item.hasHeightForWidth() else hint.height()
            if move:
                item.setGeometry(QRect(QPoint(x, y), QSize(width, height)))
            x += width + self._gap
            line_height = max(line_height, height)
        return y + line_height - rect.y() + margins.bottom()


def kept_together(*widgets: QWidget, parent: QWidget | None = None) -> QWidget:
    """A label and its field (say) as one item, so a wrapping row never splits them."""
    group = QWidget(parent)
    row = QHBoxLayout(group)
    row.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        row.addWidget(widget)
    return group


def plain_label(text: str, parent: QWidget, name: str = "") -> QLabel:
    """A label that wraps at large text and shows what it is given as plain text, never markup
    (a carer's typed name is never read as HTML)."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if name:
        label.setObjectName(name)
    return label
