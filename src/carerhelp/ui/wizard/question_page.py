"""The one question page: the question as heading, help, input, errors, Back and Continue."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTime, QTimer, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QKeyEvent,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from carerhelp.domain.errors import CarerHelpError, ValidationError
from carerhelp.domain.questionnaire import Tag
from carerhelp.storage.consent import ConsentNeeded
from carerhelp.ui.accessible import mark_heading
from carerhelp.ui.scroll import fill_with_scroll_area
from carerhelp.ui.wizard.controller import WizardController
from carerhelp.ui.wizard.inputs import AnswerInput, kind_name, make_input

AUTOSAVE_DELAY_MS = 800
_CHILDREN = Qt.ShortcutContext.WidgetWithChildrenShortcut


def announce(widget: QWidget, message: str) -> None:
    """Ask screen readers to read a message out now (used for errors)."""
    event = QAccessibleAnnouncementEvent(widget, message)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)


class QuestionPage(QWidget):
    """Shows whichever question the controller is on. Emits `finished` after the last question."""

    finished = Signal()
    left_at_start = Signal()
    consent_needed = Signal()  # advice-centre mode: a health answer waits for the client's consent

    def __init__(self, controller: WizardController, authorities_for, parent=None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.authorities_for = authorities_for
        self.input: AnswerInput | None = None
        self.question: Any = None
        self.return_to_summary = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.autosave)

        self.scroll_area = fill_with_scroll_area(self)

        body = QWidget()
        self.scroll_area.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(32, 20, 32, 20)
        layout.setSpacing(12)

        # An error summary at the top, as GOV.UK pages have: "There is a problem", then the error.
        self.error_summary = QFrame(body)
        self.error_summary.setObjectName("error_summary")
        summary_layout = QVBoxLayout(self.error_summary)
        summary_title = QLabel(self.tr("There is a problem"), self.error_summary)
        summary_title.setObjectName("subheading")
        self.summary_text = QLabel(self.error_summary)
        self.summary_text.setWordWrap(True)
        self.summary_text.setTextFormat(Qt.TextFormat.PlainText)
        summary_layout.addWidget(summary_title)
        summary_layout.addWidget(self.summary_text)
        self.error_summary.hide()

        self.section_label = QLabel(body)
        self.section_label.setObjectName("caption")
        self.section_label.setWordWrap(True)
        self.progress = QProgressBar(body)
        self.progress.setObjectName("progress")
        self.progress.setAccessibleName(self.tr("How far through the questions you are"))
        self.progress.setTextVisible(False)
        self.about_label = QLabel(body)
        self.about_label.setObjectName("subheading")
        self.about_label.setWordWrap(True)
        self.heading = QLabel(body)
        mark_heading(self.heading)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.help = QLabel(body)
        self.help.setObjectName("hint")
        self.help.setWordWrap(True)
        self.help.setTextFormat(Qt.TextFormat.PlainText)
        self.error = QLabel(body)
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.hide()
        self.input_holder = QVBoxLayout()

        for widget in (
            self.error_summary,
            self.section_label,
            self.progress,
            self.about_label,
            self.heading,
            self.help,
        ):
            layout.addWidget(widget)
        layout.addWidget(self.error)
        layout.addLayout(self.input_holder)
        layout.addStretch(1)

        # The way on stays in sight below the page, whatever the text size or the length of the answers.
        footer = QFrame(self)
        footer.setObjectName("footer")
        footer_layout = QVBoxLayout(footer)
        footer_layout.setContentsMargins(32, 8, 32, 12)
        buttons = QHBoxLayout()
        buttons.setSpacing(24)  # room for the focus ring between the buttons
        self.continue_button = QPushButton(self.tr("Continue"), footer)
        self.continue_button.setObjectName("primary")
        self.continue_button.setAccessibleName(self.tr("Continue"))
        self.continue_button.setDefault(True)
        self.back_button = QPushButton(self.tr("Back"), footer)
        self.back_button.setObjectName("back")
        self.back_button.setAccessibleName(self.tr("Back to the previous question"))
        self.saved_label = QLabel("", footer)
        self.saved_label.setObjectName("saved")
        self.saved_label.setAccessibleName(self.tr("Save status"))
        self.keys_hint = QLabel("", footer)
        self.keys_hint.setObjectName("keys_hint")
        self.keys_hint.setWordWrap(True)
        self.saved_label.setWordWrap(True)
        buttons.addWidget(self.continue_button)
        buttons.addWidget(self.back_button)
        buttons.addSpacing(16)
        buttons.addWidget(self.saved_label, 1)
        footer_layout.addLayout(buttons)
        footer_layout.addWidget(self.keys_hint)
        outer = self.layout()
        assert outer is not None
        outer.addWidget(footer)
        self.back_button.clicked.connect(self.go_back)
        self.continue_button.clicked.connect(self.go_next)
        # Keyboard: Enter continues (Ctrl+Enter inside a big text box too); Alt+B goes back.
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.go_next, context=_CHILDREN)
        QShortcut(QKeySequence("Alt+B"), self, self.go_back, context=_CHILDREN)

        controller.saved.connect(self._on_saved)
        controller.save_failed.connect(self._on_save_failed)

    def focus_order(self) -> list[QWidget]:
        """Tab order: the answers, then Continue, then Back (the window's controls come after)."""
        stops = self.input.tab_stops() if self.input is not None else []
        return [*stops, self.continue_button, self.back_button]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not isinstance(
            self.focusWidget(), (QPlainTextEdit, QPushButton)
        ):
            self.go_next()
            return
        super().keyPressEvent(event)

    # ----- showing a question -------------------------------------------------------------
    def show_question(self, question: Any, *, return_to_summary: bool = False) -> None:
        self.flush()
        self.return_to_summary = return_to_summary
        self.question = question
        self.controller.move_to(question.id)
        answers = self.controller.answers
        section_no, sections, title, position, total = self.controller.progress(question.id)
        self.section_label.setText(
            self.tr(
                "Part {section_no} of {sections}: {title}. Question {position} of about {total}."
            ).format(
                section_no=section_no,
                sections=sections,
                title=title,
                position=position,
                total=total,
            )
        )
        self.progress.setRange(0, total)
        self.progress.setValue(position)
        self.about_label.setText(self._about(question.id, answers))
        self.about_label.setVisible(bool(self.about_label.text()))
        self.heading.setText(question.text)
        self.heading.setAccessibleName(question.text)
        self.help.setText(question.help or "")
        self.help.setVisible(bool(question.help))
        self._set_error(None)

        if self.input is not None:
            self.input.widget.setParent(None)
            self.input.widget.deleteLater()
            self.input.deleteLater()
        authorities = (
            self.authorities_for(answers.get("nation")) if kind_name(question) == "council" else []
        )
        self.input = make_input(question, authorities, self.scroll_area.widget())
        self.input.set_value(answers.get(question.id))
        self.input.changed.connect(self._schedule_autosave)
        self.input_holder.addWidget(self.input.widget)
        self.continue_button.setText(
            self.tr("Save and go back to the summary") if return_to_summary else self.tr("Continue")
        )
        self.continue_button.setAccessibleName(self.continue_button.text())
        big_box = isinstance(self.input.focus_target(), QPlainTextEdit)
        self.keys_hint.setText(
            self.tr(
                "When you have finished typing, press Tab to go to Continue, then press Enter. Or"
                " press Ctrl and Enter together."
            )
            if big_box
            else self.tr("Press Enter to continue. Press Alt and B together to go back.")
        )
        self.scroll_area.verticalScrollBar().setValue(0)
        self.input.focus_target().setFocus(Qt.FocusReason.OtherFocusReason)

    def _about(self, question_id: str, answers: dict[str, Any]) -> str:
        questionnaire = self.controller.questionnaire
        question = questionnaire.question(question_id)
        if question.person is None or question.has_tag(Tag.PERSON_NAME):
            return ""
        name = questionnaire.tagged_answer(answers, Tag.PERSON_NAME, question.person)
        if name:
            return self.tr("About {name}").format(name=name)
        # Whole phrases, so that each language can put the ordinal where its grammar wants it.
        return {
            1: self.tr("About the first person you care for"),
            2: self.tr("About the second person you care for"),
            3: self.tr("About the third person you care for"),
        }.get(question.person, self.tr("About the next person you care for"))

    # ----- saving -------------------------------------------------------------------------
    def _schedule_autosave(self) -> None:
        self.saved_label.setText("")
        delay = (
            0
            if kind_name(self.question) in {"yes_no", "choice", "multi_choice", "council"}
            else AUTOSAVE_DELAY_MS
        )
        self._timer.start(delay)

    def autosave(self) -> None:
        """Save quietly if the answer is acceptable; errors wait until Continue is pressed."""
        self._timer.stop()
        if self.input is None or self.question is None:
            return
        try:
            self.controller.commit(self.question.id, self.input.raw())
        except CarerHelpError:
            return
        if self.error.isVisible() and not self.controller.problem_with(self.question.id):
            self._set_error(None)  # fixed: the message goes as soon as the answer is right

    def flush(self) -> None:
        """Save whatever is on the page now (on page change and on close)."""
        if self._timer.isActive():
            self.autosave()

    def _on_saved(self, _question_id: str) -> None:
        self.saved_label.setText(
            self.tr("✓ Saved at {time}").format(time=QTime.currentTime().toString("HH:mm"))
        )

    def _on_save_failed(self, message: str) -> None:
        self.saved_label.setText("")
        self._set_error(self.tr("Couldn't save your answer. {message}").format(message=message))

    def _set_error(self, message: str | None) -> None:
        if message:
            text = self.tr("Error: {message}").format(message=message)
            self.error.setText(text)
            self.error.setAccessibleName(text)
            self.summary_text.setText(text)
            self.error_summary.setAccessibleName(
                self.tr("There is a problem. {text}").format(text=text)
            )
            self.error.show()
            self.error_summary.show()
            announce(self.error, text)
            self.scroll_area.verticalScrollBar().setValue(0)
        else:
            self.error.clear()
            self.summary_text.clear()
            self.error.hide()
            self.error_summary.hide()
        if self.input is not None:
            self.input.set_invalid(message)

    # ----- moving -------------------------------------------------------------------------
    def _accept_current(self) -> bool:
        """Validate and save the current answer; show a plain message next to it if it is wrong."""
        self._timer.stop()
        assert self.input is not None and self.question is not None
        try:
            raw = self.input.raw()
            if raw is None and self.question.required:
                raise ValidationError(_required_message(self.question))
            self.controller.commit(self.question.id, raw)
        except CarerHelpError as error:
            self._set_error(str(error))
            self.input.focus_target().setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(error, ConsentNeeded):
                self.consent_needed.emit()
            return False
        problem = self.controller.problem_with(self.question.id)
        if problem:
            self._set_error(problem)
            self.input.focus_target().setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        return True

    def go_next(self) -> None:
        if not self._accept_current():
            return
        if self.return_to_summary:
            following = self.controller.next_unanswered_after(self.question.id)
            if following is None:
                self.finished.emit()
            else:
                self.show_question(following, return_to_summary=True)
            return
        following = self.controller.next_question()
        if following is None:
            self.finished.emit()
        else:
            self.show_question(following)

    def go_back(self) -> None:
        """Back keeps whatever has been typed: valid answers are saved, nothing is blanked."""
        self.autosave()
        previous = self.controller.previous_question()
        if previous is None:
            self.left_at_start.emit()
        else:
            self.show_question(previous)


def _required_message(question: Any) -> str:
    kind = kind_name(question)
    if kind in {"yes_no", "choice"}:
        return QCoreApplication.translate("question_page", "Choose one of the answers to carry on.")
    if kind == "multi_choice":
        return QCoreApplication.translate("question_page", "Tick at least one box to carry on.")
    if kind == "council":
        return QCoreApplication.translate(
            "question_page", "Choose your council from the list to carry on."
        )
    if kind == "date":
        return QCoreApplication.translate("question_page", "Enter a date to carry on.")
    return QCoreApplication.translate("question_page", "Type an answer to carry on.")
