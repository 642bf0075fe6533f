"""The questionnaire's shape: sections of questions, each with its kind, words, options and bounds."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class QuestionKind(StrEnum):
    YES_NO = "yes_no"
    CHOICE = "choice"
    MULTI_CHOICE = "multi_choice"
    NUMBER = "number"
    MONEY = "money"
    DATE = "date"
    TEXT = "text"
    ADDRESS = "address"
    COUNCIL = "council"


@dataclass(frozen=True)
class Option:
    value: str
    label: str
    help: str = ""
    exclusive: bool = False
    label_cy: str = ""
    help_cy: str = ""
    tags: frozenset[str] = frozenset()
    """What this answer means to the rules (OptionTag values)."""


@dataclass(frozen=True)
class Question:
    id: str
    section: str
    kind: QuestionKind
    text: str
    help: str = ""
    options: tuple[Option, ...] = ()
    required: bool = True
    min: float | None = None
    max: float | None = None
    max_length: int | None = None
    integer: bool = False
    purpose: str = ""
    show_if: Any = None
    text_cy: str = ""
    help_cy: str = ""
    source: str = ""
    tags: frozenset[str] = frozenset()
    person: int | None = None
    """For a question asked once per person cared for: which person (1, 2, 3); else None."""
    field: str = ""
    """For a question asked once per person: its name without the person, e.g. "age"."""

    def has_tag(self, tag: str) -> bool:
        return tag in self.tags

    def option(self, value: str) -> Option | None:
        return next((option for option in self.options if option.value == value), None)


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    questions: tuple[Question, ...] = field(default=())
    title_cy: str = ""
