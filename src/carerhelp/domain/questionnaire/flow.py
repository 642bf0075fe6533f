"""The loaded questionnaire and its flow: which questions show, what comes next, what is still missing."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from carerhelp.domain.authorities import Authorities
from carerhelp.domain.errors import CarerHelpError, ValidationError
from carerhelp.domain.questionnaire.answers import format_answer, parse_answer
from carerhelp.domain.questionnaire.conditions import evaluate
from carerhelp.domain.questionnaire.model import Question, QuestionKind, Section
from carerhelp.domain.questionnaire.tags import Tag
from carerhelp.domain.questionnaire.words import AnswerWords

MAX_HOURS_IN_A_WEEK = 168


class UnknownQuestion(CarerHelpError, KeyError):
    """An answer for a question id the questionnaire does not have."""

    def __str__(self) -> str:
        return self.message


class Questionnaire:
    """Sections of questions in order. A question shows when its own `show_if` holds."""

    def __init__(
        self,
        sections: tuple[Section, ...],
        authorities: Authorities | None,
        words: AnswerWords,
    ) -> None:
        self.sections = sections
        self.authorities = authorities
        """The councils a `council` answer is checked against (None: not checked)."""
        self.words = words
        """What to say about answers (problems, answers shown back), in the questionnaire's language."""
        self.questions: tuple[Question, ...] = tuple(q for s in sections for q in s.questions)
        self._by_id = {question.id: question for question in self.questions}
        self._order = {question.id: index for index, question in enumerate(self.questions)}

    def question(self, question_id: str) -> Question:
        try:
            return self._by_id[question_id]
        except KeyError:
            raise UnknownQuestion(
                self.words.say("answers.no_such_question", question=question_id)
            ) from None

    def __contains__(self, question_id: object) -> bool:
        return question_id in self._by_id

    # ----- meaning (tags) -----------------------------------------------------------------
    def ids_tagged(self, tag: Tag | str) -> tuple[str, ...]:
        """The ids of every question carrying `tag`, in questionnaire order."""
        return tuple(q.id for q in self.questions if q.has_tag(tag))

    def tagged(self, tag: Tag | str, person: int | None = None) -> Question | None:
        """The one question that carries a tag naming one fact (for `person`, if per person)."""
        return next(
            (q for q in self.questions if q.has_tag(tag) and q.person == person),
            None,
        )

    def tagged_answer(
        self, answers: Mapping[str, Any], tag: Tag | str, person: int | None = None
    ) -> Any:
        """The answer to the question carrying `tag` (for `person`), or None."""
        question = self.tagged(tag, person)
        return answers.get(question.id) if question is not None else None

    def person_of(self, question_id: str) -> int | None:
        """Which person cared for a question is about (1, 2, 3), or None for the carer's own."""
        return self.question(question_id).person

    def person_answers(self, answers: Mapping[str, Any], person: int) -> dict[str, Any]:
        """One person's answers by field ("name", "age", …), from the per-person questions."""
        return {
            q.field: answers[q.id] for q in self.questions if q.person == person and q.id in answers
        }

    # ----- visibility ---------------------------------------------------------------------
    def is_visible(self, question_id: str, answers: Mapping[str, Any]) -> bool:
        """True when the question is on the path for these answers (hidden parents hide children)."""
        return question_id in {q.id for q in self.visible_questions(answers)}

    def visible_questions(self, answers: Mapping[str, Any]) -> list[Question]:
        """The questions on the path, in order. Conditions only see answers that are on the path."""
        active: dict[str, Any] = {}
        shown: list[Question] = []
        for question in self.questions:
            if evaluate(question.show_if, active):
                shown.append(question)
                if question.id in answers:
                    active[question.id] = answers[question.id]
        return shown

    def active_answers(self, answers: Mapping[str, Any]) -> dict[str, Any]:
        """Only the answers to questions on the path: hidden answers are kept but not used."""
        return {q.id: answers[q.id] for q in self.visible_questions(answers) if q.id in answers}

    # ----- moving -------------------------------------------------------------------------
    def next_question(self, question_id: str, answers: Mapping[str, Any]) -> Question | None:
        position = self._order[self.question(question_id).id]
        for question in self.visible_questions(answers):
            if self._order[question.id] > position:
                return question
        return None

    def previous_question(self, question_id: str, answers: Mapping[str, Any]) -> Question | None:
        position = self._order[self.question(question_id).id]
        earlier = [q for q in self.visible_questions(answers) if self._order[q.id] < position]
        return earlier[-1] if earlier else None

    def first_unanswered(self, answers: Mapping[str, Any]) -> Question | None:
        """The first question on the path that must be answered and is not (the resume point)."""
        for question in self.visible_questions(answers):
            if question.required and question.id not in answers:
                return question
        return None

    # ----- answers ------------------------------------------------------------------------
    def parse(self, question_id: str, raw: Any) -> Any:
        return parse_answer(self.question(question_id), raw, self.words)

    def format_answer(self, question_id: str, value: Any) -> str:
        question = self.question(question_id)
        if question.kind is QuestionKind.COUNCIL and isinstance(value, str) and self.authorities:
            authority = self.authorities.get(value)
            if authority is not None:  # the council's name, not the short code it is kept under
                return authority.name
        return format_answer(question, value, self.words)

    def validate_all(self, answers: Mapping[str, Any]) -> dict[str, str]:
        """Every problem with a set of answers, by question id (an empty dict means all is well)."""
        problems: dict[str, str] = {}
        for question_id, value in answers.items():
            if question_id not in self._by_id:
                problems[question_id] = self.words.say(
                    "answers.no_such_question", question=question_id
                )
                continue
            try:
                self.parse(question_id, value)
            except ValidationError as error:
                problems[question_id] = str(error)
        active = self.active_answers(answers)
        hours = [
            (q.id, active.get(q.id))
            for q in self.visible_questions(answers)
            if q.has_tag(Tag.CARING_HOURS)
        ]
        total = sum(
            value
            for _id, value in hours
            if isinstance(value, int | float) and not isinstance(value, bool)
        )
        if total > MAX_HOURS_IN_A_WEEK:
            message = self.words.say("answers.too_many_hours", total=f"{total:g}")
            for question_id, value in hours:
                if value is not None:
                    problems.setdefault(question_id, message)
        council = self._council_problem(answers)
        if council:
            problems.setdefault("council", council)
        return problems

    def _council_problem(self, answers: Mapping[str, Any]) -> str | None:
        """A council in another nation than the carer's: its law would not be the law the letter cites."""
        active = self.active_answers(answers)
        chosen = self.tagged_answer(active, Tag.COUNCIL)
        nation = self.tagged_answer(active, Tag.NATION)
        if not isinstance(chosen, str) or not isinstance(nation, str) or not self.authorities:
            return None
        authority = self.authorities.get(chosen)
        if authority is None or authority.nation == nation:
            return None
        in_there = self._in_nation(authority.nation)
        lives_there = any(
            active.get(question_id) == authority.nation
            for question_id in self.ids_tagged(Tag.PERSON_NATION)
        )
        return self.words.say(
            "answers.council_elsewhere",
            council=authority.name,
            in_there=in_there,
            in_here=self._in_nation(nation),
        ) + (
            self.words.say("answers.council_where_they_live", in_there=in_there)
            if lives_there
            else ""
        )

    def _in_nation(self, nation: str) -> str:
        """ "in Wales", "yng Nghymru": a nation as a whole phrase, since Welsh mutates its name."""
        return self.words.messages.get(f"in_nation.{nation}", nation)

    def parse_all(self, answers: Mapping[str, Any]) -> dict[str, Any]:
        """Normalise a whole set of answers (from a file); ValidationError lists every problem."""
        problems = self.validate_all(answers)
        if problems:
            lines = "\n".join(
                f"- {question_id}: {message}" for question_id, message in problems.items()
            )
            raise ValidationError(self.words.say("answers.some_cannot_be_used", problems=lines))
        return {
            question_id: self.parse(question_id, value) for question_id, value in answers.items()
        }

    def missing_required(self, answers: Mapping[str, Any]) -> list[Question]:
        return [q for q in self.visible_questions(answers) if q.required and q.id not in answers]

    def kinds(self) -> dict[str, QuestionKind]:
        return {q.id: q.kind for q in self.questions}
