"""The wizard driven like a carer drives it: keyboard only, Back, Change, autosave and results."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import example_answers
from tests.ui.keyboard import answer_by_keyboard, press, type_text


def walk_to_end(qtbot, window, answers: dict[str, Any], limit: int = 200) -> list[str]:
    """Answer each page from `answers` (by keyboard) until the summary shows; return the path."""
    page = window.question_page
    path: list[str] = []
    for _ in range(limit):
        if window.stack.currentWidget() is not page:
            break
        question = page.question
        path.append(question.id)
        value = answers.get(question.id)
        assert value is not None or not question.required, f"example lacks {question.id}"
        if value is None:
            press(Qt.Key.Key_Return)
        else:
            answer_by_keyboard(page, value)
        assert not page.error.isVisible() or window.stack.currentWidget() is not page, (
            f"{question.id}: {page.error.text()}"
        )
    return path


def step(page, answers: dict[str, Any]) -> None:
    """Answer the current page from `answers`, or skip an optional question with Enter."""
    value = answers.get(page.question.id)
    if value is None:
        press(Qt.Key.Key_Return)
    else:
        answer_by_keyboard(page, value)


def test_smoke_main_window_opens_and_closes(window):
    assert window.isVisible()
    assert window.stack.currentWidget() is window.start_page
    assert window.start_page.count_label.text() == "No cases yet."
    window.close()
    assert not window.isVisible()


def test_whole_england_case_by_keyboard_alone(qtbot, window, store, questionnaire):
    answers = example_answers("england.json")
    window.start_page.new_button.setFocus()
    press(Qt.Key.Key_Space)
    assert window.stack.currentWidget() is window.question_page

    path = walk_to_end(qtbot, window, answers)

    assert window.stack.currentWidget() is window.check_page, "did not reach Check your answers"
    assert len(path) >= 20
    case_id = window.controller.case_id
    stored = store.load_answers(case_id)
    for question_id in path:
        if question_id in answers:
            assert stored[question_id] == questionnaire.parse(question_id, answers[question_id])
    # Check your answers → results, still by keyboard.
    assert QApplication.focusWidget() is window.check_page.results_button
    press(Qt.Key.Key_Space)
    assert window.stack.currentWidget() is window.results_page
    assert window.results_page.cards, "no findings were shown"
    shown = " ".join(card.accessibleName() for card in window.results_page.cards)
    assert "assessment" in shown.lower()


def test_back_keeps_answers_and_resume_returns_to_same_page(qtbot, window, store):
    answers = example_answers("england.json")
    window.new_case()
    page = window.question_page
    first = page.question.id
    answer_by_keyboard(page, answers[first])
    second = page.question.id
    assert second != first
    answer_by_keyboard(page, answers[second])
    third = page.question.id
    press(Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    assert page.question.id == second
    assert page.input.raw() is not None, "Back blanked the answer"
    press(Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    assert page.question.id == first
    assert page.input.raw() is not None

    # Go forward again (the address is a big box: Ctrl+Enter), leave, and carry on.
    press(Qt.Key.Key_Return)
    press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert page.question.id == third
    case_id = window.controller.case_id
    window.go_home()
    window.start_page.resume_button.click()
    assert window.controller.case_id == case_id
    assert window.question_page.question.id == third


def test_autosave_commits_typed_answer_after_a_pause(qtbot, window, store):
    window.new_case()
    page = window.question_page
    assert page.question.id == "carer_name" or page.question is not None
    # Find the carer's name question by skipping forward if it is not first.
    while page.question.id != "carer_name":
        step(page, example_answers("england.json"))
    page.input.focus_target().setFocus()
    type_text("Siân Llŷr")
    qtbot.waitUntil(lambda: "Saved" in page.saved_label.text(), timeout=3000)
    assert store.load_answers(window.controller.case_id)["carer_name"] == "Siân Llŷr"


def test_wrong_answer_gets_plain_message_next_to_field(qtbot, window):
    window.new_case()
    page = window.question_page
    answers = example_answers("england.json")
    while page.input.__class__.__name__ not in {"NumberInput", "MoneyInput"}:
        step(page, answers)
    question_id = page.question.id
    press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text("lots")
    press(Qt.Key.Key_Return)
    assert page.question.id == question_id, "moved on despite a wrong answer"
    assert page.error.isVisible()
    assert "number" in page.error.text().lower() or "amount" in page.error.text().lower()
    assert page.input.focus_target().accessibleDescription() in page.error.text()


def test_change_from_summary_returns_to_summary(qtbot, window, store):
    answers = example_answers("england.json")
    window.new_case()
    walk_to_end(qtbot, window, answers)
    assert window.stack.currentWidget() is window.check_page
    button = window.check_page.change_buttons["carer_name"]
    button.setFocus()
    press(Qt.Key.Key_Space)
    page = window.question_page
    assert page.question.id == "carer_name"
    assert page.continue_button.text().startswith("Save and go back")
    press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text("Gwenllian Prydderch")
    press(Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.check_page
    assert QApplication.focusWidget() is window.check_page.change_buttons["carer_name"]
    assert store.load_answers(window.controller.case_id)["carer_name"] == "Gwenllian Prydderch"


def test_menus_in_the_usual_order_with_help_last(window):
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles == ["&File", "&View", "&Case", "&Data", "&Help"]
