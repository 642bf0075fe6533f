"""Plain data shared by every room: nations, findings and their statuses."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

Answers = dict[str, Any]
"""Question id -> value. yes_no: bool; choice: str; multi_choice: list[str]; number: int | float;
money: int | float (pounds); date: "YYYY-MM-DD"; text, address, council: str."""


class Nation(StrEnum):
    ENGLAND = "england"
    WALES = "wales"
    SCOTLAND = "scotland"
    NORTHERN_IRELAND = "northern_ireland"

    @property
    def label(self) -> str:
        return {
            "england": "England",
            "wales": "Wales",
            "scotland": "Scotland",
            "northern_ireland": "Northern Ireland",
        }[self.value]


class Status(StrEnum):
    ENTITLED = "entitled"
    LIKELY = "likely"
    POSSIBLE = "possible"
    UNLIKELY = "unlikely"
    NOT_ELIGIBLE = "not_eligible"
    NEED_MORE_INFO = "need_more_info"

    @property
    def label(self) -> str:
        """The status in words, so meaning never rests on colour alone."""
        return {
            "entitled": "You have this right",
            "likely": "You are likely to get this",
            "possible": "You may be able to get this",
            "unlikely": "You are unlikely to get this",
            "not_eligible": "This does not apply to you",
            "need_more_info": "We need more information",
        }[self.value]


class Topic(StrEnum):
    RIGHTS = "rights"
    MONEY = "money"
    WORK = "work"

    @property
    def label(self) -> str:
        return {
            "rights": "Your rights",
            "money": "Money you may be able to get",
            "work": "Work and time off",
        }[self.value]


@dataclass(frozen=True)
class Finding:
    """One conclusion of the rights engine, with its plain reason and the law it rests on."""

    id: str
    topic: Topic
    status: Status
    title: str
    why: str
    citation: str
    next_steps: tuple[str, ...] = ()
    details: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "topic": self.topic.value,
            "status": self.status.value,
            "title": self.title,
            "why": self.why,
            "citation": self.citation,
            "next_steps": list(self.next_steps),
            "details": self.details,
        }
