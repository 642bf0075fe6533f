"""Drives one case through the questionnaire: asks the domain what comes next, saves each answer."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from carerhelp.domain.errors import CarerHelpError, ValidationError

if TYPE_CHECKING:
    from carerhelp.domain.questionnaire import Questionnaire
    from carerhelp.storage.cases import CaseStore


class WizardController(QObject):
    """Holds the answers and the current question; each accepted answer is committed at once.

    The store's `save_answer` is one short transaction, so an answer the carer has seen
    "Saved" for survives a crash or power cut.
    """

    saved = Signal(str)
    save_failed = Signal(str)
    position_changed = Signal(str)

    def __init__(
        self, store: CaseStore, questionnaire: Questionnaire, case_id: int, parent=None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.questionnaire = questionnaire
        self.case_id = case_id
        self.answers: dict[str, Any] = dict(store.load_answers(case_id))
        self.current_id: str | None = None

    # ----- where to start -----------------------------------------------------------------
    def resume_question(self) -> Any:
        """The stored page if it is still on the carer's path; else the first unanswered one."""
        q = self.questionnaire
        stored = self.store.get_case(self.case_id).current_question
        if stored and self._exists(stored) and q.is_visible(stored, self.answers):
            return q.question(stored)
        first = q.first_unanswered(self.answers)
        if first is not None:
            return first
        visible = q.visible_questions(self.answers)
        return visible[-1] if visible else None

    def _exists(self, question_id: str) -> bool:
        try:
            self.questionnaire.question(question_id)
        except (KeyError, CarerHelpError):
            return False
        return True

    def move_to(self, question_id: str | None) -> None:
        self.current_id = question_id
        try:
            self.store.set_position(self.case_id, question_id)
        except CarerHelpError as error:
            self.save_failed.emit(str(error))
        if question_id:
            self.position_changed.emit(question_id)

    # ----- answers ------------------------------------------------------------------------
    def commit(self, question_id: str, raw: Any) -> Any:
        """Parse and save one answer. Raises ValidationError for an answer that cannot be accepted.

        None means the carer cleared the answer: it is removed, so nothing stale is kept.
        Returns the stored value (or None).
        """
        if raw is None:
            if question_id in self.answers:
                self._write(lambda: self.store.delete_answer(self.case_id, question_id))
                self.answers.pop(question_id, None)
                self.saved.emit(question_id)
            return None
        value = self.questionnaire.parse(question_id, raw)
        if self.answers.get(question_id, _MISSING) == value:
            return value
        self._write(lambda: self.store.save_answer(self.case_id, question_id, value))
        self.answers[question_id] = value
        self.saved.emit(question_id)
        return value

    def _write(self, action) -> None:
        try:
            action()
        except ValidationError:
            raise
        except CarerHelpError as error:
            self.save_failed.emit(str(error))
            raise

    def problem_with(self, question_id: str) -> str | None:
        """A cross-question problem (such as more than 168 hours in a week) for this question."""
        problems = self.questionnaire.validate_all(self.answers)
        return problems.get(question_id)

    # ----- moving -------------------------------------------------------------------------
    def next_question(self) -> Any:
        if self.current_id is None:
            return None
        return self.questionnaire.next_question(self.current_id, self.answers)

    def previous_question(self) -> Any:
        if self.current_id is None:
            return None
        return self.questionnaire.previous_question(self.current_id, self.answers)

    def next_unanswered_after(self, question_id: str) -> Any:
        """After a change from the summary: the next question on the path still unanswered."""
        q = self.questionnaire
        following = q.next_question(question_id, self.answers)
        while following is not None:
            if following.id not in self.answers and following.required:
                return following
            following = q.next_question(following.id, self.answers)
        return None

    def progress(self, question_id: str) -> tuple[int, int, str, int, int]:
        """(part number, parts, part title, question number, questions on the path)."""
        q = self.questionnaire
        visible = q.visible_questions(self.answers)
        ids = [item.id for item in visible]
        position = ids.index(question_id) + 1 if question_id in ids else len(ids)
        sections = [s for s in q.sections if any(item.section == s.id for item in visible)]
        current = q.question(question_id).section
        section_ids = [s.id for s in sections]
        number = section_ids.index(current) + 1 if current in section_ids else 1
        title = next((s.title for s in sections if s.id == current), "")
        return number, max(len(sections), 1), title, position, max(len(ids), 1)


_MISSING = object()
