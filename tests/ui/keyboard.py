"""Answer the wizard's questions with key presses only, as a keyboard user would."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QPlainTextEdit, QWidget

from carerhelp.ui.wizard.inputs import ChoiceInput, CouncilInput, DateInput, MultiChoiceInput


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has keyboard focus"
    return widget


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QApplication.processEvents()  # let layouts settle, as they would between a person's key presses
    QTest.keyClick(focused(), key, modifier)


def type_text(text: str) -> None:
    """Type like a keyboard does; characters beyond ASCII (ŷ, â) arrive as key events with text."""
    for char in text:
        widget = focused()
        if char == "\n":
            QTest.keyClick(widget, Qt.Key.Key_Return)
        elif ord(char) < 128:
            QTest.keyClicks(widget, char)
        else:
            QTest.sendKeyEvent(
                QTest.KeyAction.Click,
                widget,
                Qt.Key.Key_unknown,
                char,
                Qt.KeyboardModifier.NoModifier,
            )


def answer_by_keyboard(page: Any, value: Any) -> None:
    """Fill in the page's current question with `value` using only the keyboard, then continue."""
    control = page.input
    if isinstance(control, ChoiceInput):
        values = [option for option, _button in control.buttons]
        target = values.index(value)
        assert focused() is control.buttons[0][1] or any(b.isChecked() for _v, b in control.buttons)
        if not any(button.isChecked() for _v, button in control.buttons):
            press(Qt.Key.Key_Space)
        current = values.index(control.raw())
        step = Qt.Key.Key_Down if target > current else Qt.Key.Key_Up
        for _ in range(abs(target - current)):
            press(step)
        assert control.raw() == value
        press(Qt.Key.Key_Return)
    elif isinstance(control, MultiChoiceInput):
        wanted = set(value)
        values = [option for option, _box in control.boxes]
        last = max(values.index(v) for v in wanted)
        for index, (option, box) in enumerate(control.boxes[: last + 1]):
            assert focused() is box
            if (option in wanted) != box.isChecked():
                press(Qt.Key.Key_Space)
            if index < last:
                press(Qt.Key.Key_Tab)
        assert sorted(control.raw() or []) == sorted(wanted)
        press(Qt.Key.Key_Return)
    elif isinstance(control, CouncilInput):
        combo: QComboBox = control.combo
        assert focused() is combo
        target = combo.findData(value)
        assert target > 0, f"council {value!r} is not in the list"
        for _ in range(target - combo.currentIndex()):
            press(Qt.Key.Key_Down)
        press(Qt.Key.Key_Return)
    elif isinstance(control, DateInput):
        year, month, day = str(value).split("-")
        for index, part in enumerate((day, month, year)):
            type_text(part)
            if index < 2:
                press(Qt.Key.Key_Tab)
        press(Qt.Key.Key_Return)
    else:
        box = focused()
        text = _as_text(value)
        if isinstance(box, QPlainTextEdit):
            press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
            press(Qt.Key.Key_Delete)
            type_text(text)
            press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        else:
            press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
            type_text(text)
            press(Qt.Key.Key_Return)


def _as_text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
