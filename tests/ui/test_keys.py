"""Keys that work everywhere: Enter on buttons, radio groups, the order of Tab, errors and long answers."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QWidget

from carerhelp.ui.wizard.inputs import ChoiceInput
from tests.ui.helpers import filled_case, settle
from tests.ui.keyboard import focused, press, type_text


def show(window, question_id: str) -> None:
    if window.controller is None:
        window.new_case()
    window.show_question(window.questionnaire.question(question_id))
    settle()


def visible_in_its_page(widget: QWidget) -> bool:
    """Is the whole widget inside the part of its scroll area that can be seen?"""
    area = widget.parentWidget()
    while area is not None and not hasattr(area, "viewport"):
        area = area.parentWidget()
    assert area is not None
    viewport = area.viewport()
    seen = QRect(QPoint(0, 0), viewport.size())
    top_left = widget.mapTo(viewport, QPoint(0, 0))
    return seen.contains(QRect(top_left, widget.size()))


def test_enter_presses_the_focused_button_on_every_screen(qtbot, window):
    window.start_page.new_button.setFocus()
    press(Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.question_page, "Enter on Start a new case"
    window.go_home()
    filled_case(window)
    window.check_page.change_buttons["nation"].setFocus()
    press(Qt.Key.Key_Enter)
    assert window.question_page.question.id == "nation", "Enter on Change"
    window.question_page.back_button.setFocus()
    press(Qt.Key.Key_Return)
    assert window.question_page.question.id != "nation", "Enter on Back"


def test_arrows_choose_as_well_as_move_and_nothing_unchosen_is_saved(qtbot, window, store):
    show(window, "nation")
    page = window.question_page
    assert isinstance(page.input, ChoiceInput)
    values = [value for value, _button in page.input.buttons]
    assert page.input.raw() is None
    assert focused() is page.input.buttons[0][1]
    press(Qt.Key.Key_Down)
    assert page.input.raw() == values[1], "Down moved the highlight without choosing"
    assert focused() is page.input.buttons[1][1]
    press(Qt.Key.Key_Up)
    press(Qt.Key.Key_Up)
    assert page.input.raw() == values[-1], "Up from the first answer goes round to the last"
    press(Qt.Key.Key_Return)
    assert store.load_answers(window.controller.case_id)["nation"] == values[-1]


def test_tab_goes_question_answers_continue_back_then_the_window(qtbot, window):
    show(window, "carer_works")
    page = window.question_page
    assert focused() is page.input.buttons[0][1]
    expected = [
        page.continue_button,
        page.back_button,
        window.home_button,
        window.size_combo,
        window.contrast_box,
        page.input.buttons[0][1],
    ]
    for widget in expected:
        press(Qt.Key.Key_Tab)
        assert focused() is widget, f"Tab reached {focused().accessibleName()!r}"
    for widget in reversed(expected[:-1]):
        press(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        assert focused() is widget, f"Shift+Tab reached {focused().accessibleName()!r}"


def test_a_long_answer_box_lets_tab_leave_and_says_how_in_normal_text(qtbot, window):
    show(window, "carer_address")
    page = window.question_page
    assert isinstance(focused(), QPlainTextEdit)
    type_text("1 High Street")
    press(Qt.Key.Key_Tab)
    assert focused() is page.continue_button
    assert page.keys_hint.isVisible() and "Tab" in page.keys_hint.text()
    assert page.keys_hint.font().pointSizeF() >= QApplication.font().pointSizeF()
    press(Qt.Key.Key_Return)
    assert page.question.id != "carer_address"


def test_error_summary_at_the_top_says_error_first_and_clears_when_fixed(qtbot, window):
    show(window, "nation")
    page = window.question_page
    press(Qt.Key.Key_Return)
    assert page.error_summary.isVisible()
    assert page.summary_text.text().startswith("Error: ")
    assert page.error.text().startswith("Error: ")
    layout_order = [page.error_summary.y(), page.heading.y()]
    assert layout_order == sorted(layout_order), "the summary is not at the top"
    assert focused() is page.input.buttons[0][1], "focus did not move to the answers"
    for _value, button in page.input.buttons:
        assert button.accessibleDescription().startswith("Error: ")
    press(Qt.Key.Key_Space)
    settle()
    assert not page.error_summary.isVisible() and not page.error.isVisible()
    assert not page.input.buttons[0][1].accessibleDescription().startswith("Error")


def test_a_typed_answer_that_is_wrong_marks_the_box_and_clears_once_right(qtbot, window):
    show(window, "carer_age")
    page = window.question_page
    type_text("old")
    press(Qt.Key.Key_Return)
    box = page.input.focus_target()
    assert box.property("invalid") == "true"
    assert box.accessibleDescription().startswith("Error: ")
    press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text("78")
    qtbot.waitUntil(lambda: not page.error.isVisible(), timeout=3000)
    assert box.property("invalid") == "false"


def test_the_heading_and_the_answer_group_are_named_by_the_question(qtbot, window):
    show(window, "nation")
    page = window.question_page
    text = page.question.text
    heading = QAccessible.queryAccessibleInterface(page.heading)
    assert heading.text(QAccessible.Text.Name) == text
    group = QAccessible.queryAccessibleInterface(page.input.widget)
    assert group.text(QAccessible.Text.Name) == text
    assert group.role() == QAccessible.Role.Grouping


def test_focus_is_scrolled_into_view_at_200_percent(qtbot, window):
    window.size_combo.setCurrentIndex(window.size_combo.count() - 1)
    window.resize(1024, 768)
    show(window, "nation")
    page = window.question_page
    for _ in range(len(page.input.buttons)):
        settle()
        assert visible_in_its_page(focused()), f"{focused().accessibleName()!r} is out of sight"
        press(Qt.Key.Key_Down)


def test_change_returns_to_the_changed_row_in_view(qtbot, window):
    window.resize(1280, 720)
    filled_case(window)
    last = list(window.check_page.change_buttons)[-1]
    window.check_page.change_buttons[last].setFocus()
    press(Qt.Key.Key_Return)
    assert window.question_page.question.id == last
    press(Qt.Key.Key_Tab)
    assert focused() is window.question_page.continue_button
    press(Qt.Key.Key_Return)
    settle()
    button = window.check_page.change_buttons[last]
    assert focused() is button
    assert visible_in_its_page(button), "the summary came back scrolled away from the row"


def labels_of(widget: QWidget) -> list[str]:
    interface = QAccessible.queryAccessibleInterface(widget)
    return [
        other.text(QAccessible.Text.Name)
        for other, relation in interface.relations()
        if relation & QAccessible.RelationFlag.Label
    ]


def test_every_list_is_named_by_its_label_not_its_value(qtbot, window):
    from PySide6.QtWidgets import QComboBox

    lists: list[QComboBox] = [window.size_combo, window.start_page.status]
    window.new_case()
    window.controller.commit("nation", "england")
    show(window, "council")
    lists.append(window.question_page.input.combo)
    for combo in lists:
        named = labels_of(combo)
        assert named and all(name != combo.currentText() for name in named), (
            f"{combo.accessibleName()!r} is read out as {combo.currentText()!r}"
        )
