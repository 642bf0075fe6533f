"""Accessibility: every focusable control is named, and at 200% text nothing is cut off."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from carerhelp.ui.scroll import PageScrollArea
from tests.ui.conftest import example_answers
from tests.ui.test_wizard import step


def visible_focusable(root: QWidget) -> list[QWidget]:
    return [
        w
        for w in root.findChildren(QWidget)
        if w.isVisibleTo(root) and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]


def unnamed(root: QWidget) -> list[str]:
    missing = []
    for widget in visible_focusable(root):
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name) if interface else ""
        if not name.strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def clipped(root: QWidget) -> list[str]:
    """Labels and buttons shown smaller than the space their text needs (once layouts settle)."""
    for _ in range(4):
        QApplication.processEvents()
    problems = []
    for area in root.findChildren(PageScrollArea):
        page = area.widget()
        if (
            area.isVisibleTo(root)
            and page is not None
            and page.width() > area.viewport().width() + 1
        ):
            # These areas never scroll sideways: whatever is past the right edge can't be seen.
            problems.append(
                f"page {page.objectName() or type(page.parentWidget()).__name__}: "
                f"{page.width()} wide in a {area.viewport().width()} wide window "
                f"(narrowest it allows: {page.minimumSizeHint().width()})"
            )
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel) and widget.text():
            needed = (
                widget.heightForWidth(widget.width())
                if widget.wordWrap()
                else widget.sizeHint().height()
            )
            if widget.height() + 1 < needed or (
                not widget.wordWrap() and widget.width() + 1 < widget.sizeHint().width()
            ):
                problems.append(
                    f"label {widget.text()[:40]!r}: {widget.width()}x{widget.height()} < needs {widget.sizeHint().width()}x{needed}"
                )
        elif isinstance(widget, QAbstractButton) and widget.text():
            hint = widget.sizeHint()
            text_height = widget.fontMetrics().height() + 8  # the words plus the border around them
            if widget.width() + 1 < hint.width() or widget.height() < text_height:
                problems.append(
                    f"button {widget.text()[:40]!r}: {widget.width()}x{widget.height()} < {hint.width()}x{hint.height()}"
                )
    return problems


def screens(window, qtbot, answers_from: str = "england.json"):
    """Yield (name, widget) for each screen of a whole case (England's, unless said otherwise)."""
    yield "start", window
    window.new_case()
    answers = example_answers(answers_from)
    page = window.question_page
    seen = 0
    while window.stack.currentWidget() is page and seen < 120:
        yield f"question {page.question.id}", window
        step(page, answers)
        seen += 1
    yield "check answers", window
    window.show_results()
    yield "results", window
    window.show_letter()
    qtbot.waitUntil(lambda: window.letter_page.pdf is not None, timeout=15000)
    yield "letter", window


def test_every_focusable_control_has_an_accessible_name(qtbot, window):
    problems = {name: unnamed(root) for name, root in screens(window, qtbot)}
    assert {name: p for name, p in problems.items() if p} == {}


LANGUAGES = {"en": ("window", "england.json"), "cy": ("welsh_window", "wales.json")}
"""Each language's window and the case walked through it: Welsh runs longer than English."""


@pytest.mark.parametrize("lang", LANGUAGES, ids=["English", "Cymraeg"])
@pytest.mark.parametrize("screen", [(1280, 900), (1024, 768)], ids=["1280x900", "1024x768"])
def test_nothing_is_clipped_at_200_percent_text(qtbot, request, screen, lang):
    fixture, case = LANGUAGES[lang]
    window = request.getfixturevalue(fixture)
    qtbot.waitUntil(window.isActiveWindow)  # made here, not before the test: let it settle
    window.size_combo.setCurrentIndex(window.size_combo.count() - 1)
    assert window.prefs.text_scale == 200
    width, height = screen
    problems = {}
    for name, root in screens(window, qtbot, answers_from=case):
        window.resize(width, height)
        found = clipped(root)
        if window.width() > width:
            found.append(f"the window needs {window.width()} pixels: wider than the screen")
        if found:
            problems[name] = found[:3]
    assert problems == {}


def test_text_size_persists(qtbot, window, store, content, prefs):
    window.size_combo.setCurrentIndex(2)
    assert prefs.text_scale == 150
    from carerhelp.ui.main_window import MainWindow

    again = MainWindow(store, content, prefs)
    qtbot.addWidget(again)
    assert again.size_combo.currentData() == 150


def test_status_is_never_colour_alone(qtbot, window):
    window.new_case()
    answers = example_answers("england.json")
    page = window.question_page
    while window.stack.currentWidget() is page:
        step(page, answers)
    window.show_results()
    texts = [
        label.text() for card in window.results_page.cards for label in card.findChildren(QLabel)
    ]
    assert any(text.startswith("✔  You have this right") for text in texts)
    assert all(card.accessibleName().endswith(".") for card in window.results_page.cards)


def test_each_page_heading_is_heard_as_a_heading_named_by_its_words(qtbot, window, store):
    case_id = store.create_case()
    store.save_answer(case_id, "nation", "england")
    window.open_case(case_id)
    window.change_answer("nation")  # a question page
    window.show_summary()  # check your answers
    headings = [
        label
        for label in window.findChildren(QLabel)
        if label.objectName() == "heading" and label.text()
    ]
    assert len(headings) >= 3  # the start page, a question, check your answers, …
    for label in headings:
        interface = QAccessible.queryAccessibleInterface(label)
        assert interface is not None
        assert interface.role() == QAccessible.Role.Heading, label.text()
        assert interface.text(QAccessible.Text.Name) == (label.accessibleName() or label.text())
    # an ordinary label keeps Qt's own role
    other = next(w for w in window.findChildren(QLabel) if w.objectName() != "heading")
    assert QAccessible.queryAccessibleInterface(other).role() != QAccessible.Role.Heading
