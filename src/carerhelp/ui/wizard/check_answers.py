"""Check your answers: every answer on the path, grouped by part, each with a Change button."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from carerhelp.domain.questionnaire import QuestionKind
from carerhelp.ui.accessible import mark_heading
from carerhelp.ui.flow import FlowLayout
from carerhelp.ui.language import QT_TRANSLATE_NOOP
from carerhelp.ui.scroll import fill_with_scroll_area

if TYPE_CHECKING:
    from carerhelp.domain.questionnaire import Questionnaire

NOT_ANSWERED = QT_TRANSLATE_NOOP("check_answers", "Not answered")


def summary_rows(
    questionnaire: Questionnaire, answers: dict[str, Any]
) -> list[tuple[Any, list[tuple[Any, str]]]]:
    """[(section, [(question, answer in words), ...]), ...] for the questions on the path."""
    visible = questionnaire.visible_questions(answers)
    groups: list[tuple[Any, list[tuple[Any, str]]]] = []
    for section in questionnaire.sections:
        rows = []
        for question in visible:
            if question.section != section.id:
                continue
            if question.id in answers and question.kind is QuestionKind.YES_NO:
                # The words of the buttons the question was answered with (see wizard.inputs).
                text = (
                    QCoreApplication.translate("inputs", "Yes")
                    if answers[question.id]
                    else QCoreApplication.translate("inputs", "No")
                )
            elif question.id in answers:
                text = questionnaire.format_answer(question.id, answers[question.id])
            else:
                text = QCoreApplication.translate("check_answers", NOT_ANSWERED)
            rows.append((question, text))
        if rows:
            groups.append((section, rows))
    return groups


def summary_html(
    carer: str, groups: list[tuple[Any, list[tuple[Any, str]]]], point_size: float
) -> str:
    """A large-print HTML copy of the answers for printing (every value escaped)."""
    parts = [
        f"<html><body style='font-family: sans-serif; font-size: {point_size:.0f}pt;'>",
        (
            QCoreApplication.translate("check_answers", "<h1>My answers: {name}</h1>").format(
                name=html.escape(carer)
            )
            if carer
            else QCoreApplication.translate("check_answers", "<h1>My answers</h1>")
        ),
    ]
    for section, rows in groups:
        parts.append(f"<h2>{html.escape(section.title)}</h2>")
        for question, text in rows:
            answer = html.escape(text).replace("\n", "<br>")
            parts.append(f"<p><b>{html.escape(question.text)}</b><br>{answer}</p>")
    parts.append("</body></html>")
    return "".join(parts)


class CheckAnswersPage(QWidget):
    """Shows the summary; Change goes to a question and comes back here afterwards."""

    change_requested = Signal(str)
    print_requested = Signal()
    results_requested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.scroll_area = fill_with_scroll_area(self)
        self.change_buttons: dict[str, QPushButton] = {}

    def show_summary(
        self, questionnaire: Questionnaire, answers: dict[str, Any], focus_id: str | None = None
    ) -> None:
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(32, 20, 32, 20)
        layout.setSpacing(12)
        heading = QLabel(self.tr("Check your answers"), body)
        mark_heading(heading)
        intro = QLabel(
            self.tr(
                "Read your answers. If something is wrong, press Change next to it. Your answers "
                "are saved on this computer as you go."
            ),
            body,
        )
        intro.setWordWrap(True)
        layout.addWidget(heading)
        layout.addWidget(intro)
        self.change_buttons = {}
        for section, rows in summary_rows(questionnaire, answers):
            title = QLabel(section.title, body)
            title.setObjectName("subheading")
            title.setWordWrap(True)
            layout.addWidget(title)
            card = QFrame(body)
            card.setObjectName("card")
            grid = QGridLayout(card)
            grid.setColumnStretch(0, 2)
            grid.setColumnStretch(1, 3)
            for row, (question, text) in enumerate(rows):
                q_label = QLabel(question.text, card)
                q_label.setWordWrap(True)
                q_label.setTextFormat(Qt.TextFormat.PlainText)
                q_label.setStyleSheet("font-weight: bold;")
                a_label = QLabel(text, card)
                a_label.setWordWrap(True)
                a_label.setTextFormat(Qt.TextFormat.PlainText)
                a_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                change = QPushButton(self.tr("Change"), card)
                change.setAccessibleName(
                    self.tr("Change your answer to: {text}").format(text=question.text)
                )
                change.clicked.connect(
                    lambda _c=False, qid=question.id: self.change_requested.emit(qid)
                )
                grid.addWidget(q_label, row, 0, Qt.AlignmentFlag.AlignTop)
                grid.addWidget(a_label, row, 1, Qt.AlignmentFlag.AlignTop)
                grid.addWidget(change, row, 2, Qt.AlignmentFlag.AlignTop)
                self.change_buttons[question.id] = change
            layout.addWidget(card)
        buttons = FlowLayout()
        self.print_button = QPushButton(self.tr("Print my answers (large print)"), body)
        self.print_button.setAccessibleName(self.tr("Print my answers in large print"))
        self.results_button = QPushButton(self.tr("See what I may be able to get"), body)
        self.results_button.setObjectName("primary")
        self.results_button.setAccessibleName(self.tr("See what I may be able to get"))
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.results_button)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.print_button.clicked.connect(self.print_requested)
        self.results_button.clicked.connect(self.results_requested)
        old = self.scroll_area.takeWidget()
        if old is not None:
            old.deleteLater()
        self.scroll_area.setWidget(body)
        target = self.change_buttons.get(focus_id or "") or self.results_button
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        if focus_id in self.change_buttons:
            self.scroll_area.ensureWidgetVisible(target)
