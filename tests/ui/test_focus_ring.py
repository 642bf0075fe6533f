"""The focus ring, measured in pixels: every kind of control, both themes, at least 3 px and 3:1.

Each control is grabbed from the real window without focus and with it. Round each side, the pixels that
changed by 3:1 or more must form a band at least 3 px thick (WCAG 2.4.13's change of contrast), and that
band must stand out 3:1 from the control and from the page beside it (WCAG 1.4.11).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QWidget

from carerhelp.ui.focus import ring_target
from carerhelp.ui.theme import apply_theme
from tests.ui.helpers import contrast, filled_case, settle

MIN_THICKNESS = 3
MIN_CONTRAST = 3.0
LOOK = 12  # how far out from the control's edge to look for the ring


@dataclass
class Side:
    name: str
    edge: QPoint  # the first pixel outside the control, half way along this side
    outward: QPoint  # one step away from the control
    inside: QPoint  # a point of the control itself, a little in from this side


def sides(rect: QRect) -> list[Side]:
    mid_x, mid_y = rect.center().x(), rect.center().y()
    return [
        Side("left", QPoint(rect.left() - 1, mid_y), QPoint(-1, 0), QPoint(rect.left() + 4, mid_y)),
        Side(
            "right", QPoint(rect.right() + 1, mid_y), QPoint(1, 0), QPoint(rect.right() - 4, mid_y)
        ),
        Side("top", QPoint(mid_x, rect.top() - 1), QPoint(0, -1), QPoint(mid_x, rect.top() + 4)),
        Side(
            "bottom",
            QPoint(mid_x, rect.bottom() + 1),
            QPoint(0, 1),
            QPoint(mid_x, rect.bottom() - 4),
        ),
    ]


def grab(window: QWidget) -> QImage:
    settle()
    return window.grab().toImage()


def ring_problems(window: QWidget, control: QWidget) -> list[str]:
    """What is wrong with the focus indicator round `control` (an empty list when all is well)."""
    window.activateWindow()
    control.setFocus(
        Qt.FocusReason.TabFocusReason
    )  # scrolls it into view, so only the focus differs
    settle()
    control.clearFocus()
    before = grab(window)
    control.setFocus(Qt.FocusReason.TabFocusReason)
    after = grab(window)
    assert QApplication.focusWidget() is control
    target = ring_target(control)
    rect = QRect(target.mapTo(window, QPoint(0, 0)), target.size())
    problems = []
    for side in sides(rect):
        run, best, best_end = 0, 0, 0
        for step in range(LOOK):
            point = side.edge + side.outward * step
            changed = contrast(QColor(before.pixel(point)), QColor(after.pixel(point)))
            run = run + 1 if changed >= MIN_CONTRAST else 0
            if run > best:
                best, best_end = run, step
        if best < MIN_THICKNESS:
            problems.append(f"{side.name}: focus changes a band only {best} px thick")
            continue
        ring = QColor(after.pixel(side.edge + side.outward * (best_end - best // 2)))
        outer = QColor(after.pixel(side.edge + side.outward * (best_end + 1)))
        inner = QColor(after.pixel(side.edge + side.outward * (best_end - best)))
        own = QColor(after.pixel(side.inside))
        for what, colour in (
            ("the page outside it", outer),
            ("the colour just inside it", inner),
            ("the control", own),
        ):
            ratio = contrast(ring, colour)
            if ratio < MIN_CONTRAST:
                problems.append(
                    f"{side.name}: ring {ring.name()} is only {ratio:.2f}:1 against "
                    f"{what} ({colour.name()})"
                )
    return problems


def controls(window, qtbot) -> Iterator[tuple[str, QWidget]]:
    """(name, control) on each screen, shown one after another."""
    found: list[tuple[str, QWidget]] = []
    filled_case(window)
    window.go_home()
    settle()
    found.append(("start: Start a new case (green)", window.start_page.new_button))
    found.append(("start: Carry on (grey)", window.start_page.resume_button))
    found.append(("start: Find a case (text box)", window.start_page.search))
    yield from _each(found)
    window.open_case(window.store.list_cases()[0].id)
    window.change_answer("nation")
    settle()
    page = window.question_page
    yield from _each(
        [
            ("question: Continue (green)", page.continue_button),
            ("question: Back (grey)", page.back_button),
            ("question: a radio button", page.input.buttons[1][1]),
        ]
    )
    window.show_summary()
    yield from _each(
        [("check answers: See what I may get (green)", window.check_page.results_button)]
    )
    window.show_results()
    results = window.results_page
    yield from _each(
        [
            ("results: Make my letter (green)", results.letter_button),
            ("results: a result card", results.cards[0]),
        ]
    )
    window.show_letter()
    qtbot.waitUntil(lambda: window.letter_page.print_button.isEnabled(), timeout=15000)
    yield from _each([("letter: Print (green)", window.letter_page.print_button)])


def _each(items):
    settle()
    yield from items


@pytest.mark.parametrize("high_contrast", [False, True], ids=["standard", "high-contrast"])
def test_every_kind_of_control_shows_a_thick_contrasting_focus_ring(qtbot, window, high_contrast):
    window.resize(1280, 900)
    apply_theme(QApplication.instance(), 100, high_contrast)
    failures = {}
    for name, control in controls(window, qtbot):
        control.window().raise_()
        found = ring_problems(window, control)
        if found:
            failures[name] = found
    assert failures == {}


def test_focus_ring_follows_a_control_scrolled_out_of_sight(qtbot, window):
    """The ring never floats over other parts of the window when its control scrolls away."""
    filled_case(window)
    window.resize(1024, 600)
    page = window.check_page
    button = page.change_buttons["carer_name"]
    button.setFocus(Qt.FocusReason.TabFocusReason)
    settle()
    ring = window.findChild(QWidget, "focus_ring")
    assert ring is not None and ring.isVisible()
    page.scroll_area.verticalScrollBar().setValue(page.scroll_area.verticalScrollBar().maximum())
    settle()
    viewport = page.scroll_area.viewport()
    seen = QRect(viewport.mapTo(window, QPoint(0, 0)), viewport.size())
    assert not ring.isVisible() or seen.contains(ring.geometry())
