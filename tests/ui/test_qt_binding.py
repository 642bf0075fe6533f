"""The Qt binding itself must not leak or over-free references: the app calls Python slots all day.

PySide6 6.12.0 takes a reference from None each time Qt calls a Python slot (a timer, a button,
a queued call). After some tens of thousands of calls, about one long advice-centre session, None's
count reaches zero and the whole app aborts with "none_dealloc". pyproject.toml keeps PySide6
below 6.12; this test fails on any version that brings the fault back.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QPushButton

CALLS = 2_000


class _Sender(QObject):
    fired = Signal()


def _none_refs_after(step) -> int:
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        step()
        QApplication.processEvents()
    return sys.getrefcount(None) - before


def test_slots_called_by_qt_leave_none_alone(qtbot):
    calls = []
    timer = QTimer()
    timer.setSingleShot(True)
    timer.setInterval(0)
    timer.timeout.connect(lambda: calls.append(1))
    button = QPushButton("Continue")
    qtbot.addWidget(button)
    button.clicked.connect(lambda _checked=False: None)
    sender = _Sender()
    sender.fired.connect(lambda: None)

    drift = {
        "timer": _none_refs_after(timer.start),
        "button": _none_refs_after(button.click),
        "signal": _none_refs_after(sender.fired.emit),
        "single shot": _none_refs_after(lambda: QTimer.singleShot(0, lambda: None)),
    }
    assert len(calls) == CALLS
    # A few references come and go with Qt's own objects; a fault costs one or two per call.
    assert {name: d for name, d in drift.items() if abs(d) > CALLS // 10} == {}
