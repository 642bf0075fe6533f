"""Start-up in two steps: paint the start screen first, then do what it does not show."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstPaint(QObject):
    def __init__(self, widget: QWidget, then: Callable[[], object]) -> None:
        super().__init__(widget)
        self.then = then
        self.fired = False
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.fired:
            self.fired = True
            watched.removeEventFilter(self)
            # After this paint (and its children's, drawn in the same pass) has been shown.
            QTimer.singleShot(0, self, self.then)
        return False


def after_first_paint(widget: QWidget, then: Callable[[], object]) -> None:
    """Call `then()` on the UI thread once `widget` has been painted for the first time.

    Anything queued before (a key pressed while the window was appearing) is handled first, so
    whatever `then` prepares must also be prepared on demand (see `MainWindow.questions_ready`).
    """
    _FirstPaint(widget, then)
