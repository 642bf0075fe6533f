"""A scroll area for pages of wrapped text: it gives its page the height the text needs at any width.

Qt's QScrollArea ignores height-for-width, so word-wrapped labels get squeezed and cut off when
the text is large. This one sets the page's minimum height from its layout for the current width, and its own
minimum width from the page's, since it never scrolls sideways.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget


class PageScrollArea(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._pending = False

    def setWidget(self, widget: QWidget) -> None:
        super().setWidget(widget)
        widget.installEventFilter(self)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.widget()
            and event.type() == QEvent.Type.LayoutRequest
            and not self._pending
        ):
            self._pending = True
            # With `self` as the context, Qt drops the call if this area is deleted first
            # (a page closed in the same turn of the event loop).
            QTimer.singleShot(0, self, self.fit)
        return False  # never swallow the page's own events

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit()

    def fit(self) -> None:
        self._pending = False
        page = self.widget()
        layout = page.layout() if page is not None else None
        if page is None or layout is None:
            return
        layout.activate()
        width = self.viewport().width()
        needed = (
            layout.totalHeightForWidth(width)
            if layout.hasHeightForWidth()
            else layout.totalMinimumSize().height()
        )
        page.setMinimumHeight(max(needed, layout.totalMinimumSize().height()))
        # The area never scrolls sideways, so it must be at least as wide as its page can shrink.
        narrowest = layout.totalMinimumSize().width() + self.verticalScrollBar().sizeHint().width()
        if self.minimumWidth() != narrowest:
            self.setMinimumWidth(narrowest)


def fill_with_scroll_area(page: QWidget) -> PageScrollArea:
    """Give `page` a single, edge-to-edge PageScrollArea and return it."""
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    area = PageScrollArea(page)
    layout.addWidget(area)
    return area
