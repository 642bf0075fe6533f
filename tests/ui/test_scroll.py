"""The scroll area that gives wrapped text the height it needs."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from carerhelp.ui.scroll import PageScrollArea


def _page_with_text(text: str) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    label = QLabel(text)
    label.setWordWrap(True)
    layout.addWidget(label)
    return page


def test_wrapped_text_gets_the_height_it_needs_when_the_area_narrows(qtbot):
    area = PageScrollArea()
    qtbot.addWidget(area)
    page = _page_with_text("A carer's words that wrap over several lines. " * 20)
    area.setWidget(page)
    area.resize(800, 300)
    area.show()
    qtbot.waitExposed(area)
    wide = page.minimumHeight()
    area.resize(250, 300)
    qtbot.waitUntil(lambda: page.minimumHeight() > wide)


def test_a_fit_still_queued_when_the_area_is_deleted_does_nothing(qtbot):
    area = PageScrollArea()
    page = _page_with_text("Some text")
    area.setWidget(page)
    area._pending = False
    area.eventFilter(page, QEvent(QEvent.Type.LayoutRequest))  # as Qt does when the page changes
    assert area._pending, "a fit should now be queued"
    shiboken6.delete(area)  # gone before the queued fit runs
    qtbot.wait(50)  # pytest-qt fails the test if the queued call raises in the event loop
    assert not shiboken6.isValid(area)
