"""The whole journey with the keys a keyboard-only carer uses: Tab, Shift+Tab, arrows, Space and Enter
(and typing the answers), from the start screen to a saved letter. No mouse, no shortcuts."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QPlainTextEdit

from carerhelp.ui.wizard.inputs import ChoiceInput, CouncilInput, DateInput, MultiChoiceInput
from tests.ui.conftest import example_answers
from tests.ui.keyboard import focused, press, type_text

TAB, BACKTAB = Qt.Key.Key_Tab, Qt.Key.Key_Backtab
SPACE, ENTER = Qt.Key.Key_Space, Qt.Key.Key_Return
DOWN, UP = Qt.Key.Key_Down, Qt.Key.Key_Up


def answer(page: Any, value: Any) -> None:
    """Answer the question on the page from a fresh case, then move on."""
    control = page.input
    if value is None:
        press(ENTER)  # an optional question, left blank
        return
    if isinstance(control, ChoiceInput):
        values = [option for option, _button in control.buttons]
        assert focused() is control.buttons[0][1]
        for _ in range(values.index(value)):
            press(DOWN)  # arrows move and choose
        if control.raw() is None:
            press(SPACE)  # the first answer: Space chooses it
        assert control.raw() == value
        press(ENTER)
    elif isinstance(control, MultiChoiceInput):
        wanted = set(value)
        for index, (option, box) in enumerate(control.boxes):
            assert focused() is box
            if option in wanted:
                press(SPACE)
            if index < len(control.boxes) - 1:
                press(TAB)
        press(TAB)
        assert focused() is page.continue_button
        press(ENTER)
    elif isinstance(control, CouncilInput):
        for _ in range(control.combo.findData(value)):
            press(DOWN)
        press(ENTER)
    elif isinstance(control, DateInput):
        year, month, day = str(value).split("-")
        for index, part in enumerate((day, month, year)):
            type_text(part)
            if index < 2:
                press(TAB)
        press(ENTER)
    elif isinstance(focused(), QPlainTextEdit):
        type_text(str(value))
        press(TAB)  # Tab leaves a big box, to Continue
        assert focused() is page.continue_button
        press(ENTER)
    else:
        number = value
        if isinstance(value, float) and value.is_integer():
            number = int(value)
        type_text(str(number))
        press(ENTER)


@pytest.mark.parametrize("lang", ["en", "cy"], ids=["English", "Cymraeg"])
def test_start_screen_to_a_saved_letter_by_keyboard_alone(
    qtbot, request, store, tmp_path, monkeypatch, lang
):
    from tests.ui.test_accessibility import LANGUAGES

    fixture, case = LANGUAGES[lang]
    window = request.getfixturevalue(fixture)
    qtbot.waitUntil(window.isActiveWindow)
    answers = example_answers(case)
    saved_as = tmp_path / "letter.pdf"
    # The save dialog is the system's own; typing a name into it is the system's keyboard work.
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(saved_as), ""))

    assert focused() is window.start_page.new_button
    press(ENTER)
    page = window.question_page
    for _ in range(200):
        if window.stack.currentWidget() is not page:
            break
        question = page.question.id
        answer(page, answers.get(question))
        assert not page.error.isVisible(), f"{question}: {page.error.text()}"
    assert window.stack.currentWidget() is window.check_page

    # Shift+Tab then Tab comes back to the same button: nothing is lost on the way.
    assert focused() is window.check_page.results_button
    press(BACKTAB, Qt.KeyboardModifier.ShiftModifier)
    press(TAB)
    assert focused() is window.check_page.results_button
    press(ENTER)
    assert window.stack.currentWidget() is window.results_page
    assert focused() is window.results_page.letter_button
    press(ENTER)

    letter = window.letter_page
    qtbot.waitUntil(
        lambda: letter.save_button.isEnabled() and letter.pdf is not None, timeout=20000
    )
    for _ in range(40):
        if focused() is letter.save_button:
            break
        press(TAB)
    assert focused() is letter.save_button, "Tab never reached Save as PDF"
    press(ENTER)
    assert saved_as.read_bytes().startswith(b"%PDF")
    assert len(store.list_letters(window.controller.case_id)) == 1
    assert QApplication.focusWidget() is not None
