"""Shared steps for the accessibility tests: a filled-in case, and contrast measured as WCAG does."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import example_answers


def settle(rounds: int = 4) -> None:
    for _ in range(rounds):
        QApplication.processEvents()


def filled_case(window: Any, name: str = "england.json") -> int:
    """A case with every answer of the example saved, opened in the window at Check your answers."""
    store, questionnaire = window.store, window.questionnaire
    case_id = store.create_case()
    for question_id, value in example_answers(name).items():
        store.save_answer(case_id, question_id, questionnaire.parse(question_id, value))
    store.set_position(case_id, "@check-answers")
    window.open_case(case_id)
    settle()
    return case_id


def luminance(colour: QColor) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.red())
        + 0.7152 * channel(colour.green())
        + 0.0722 * channel(colour.blue())
    )


def contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)
