"""Plain data shared by every room: nations, findings and their statuses (their words are phrases)."""

from __future__ import annotations

from collections.abc import Mapping
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


class Topic(StrEnum):
    RIGHTS = "rights"
    MONEY = "money"
    WORK = "work"


@dataclass(frozen=True)
class Finding:
    """One conclusion of the rights engine, as data: which right, how it applies, and the values behind it.

    Its words are phrases (`carerhelp.domain.phrases.render_finding`): `<topic>.<words>.<reason>`
    in resources/phrases/<language>/ gives the title, why and next steps, filled in from `values`.
    """

    id: str
    topic: Topic
    status: Status
    reason: str
    citations: tuple[str, ...] = ()
    values: Mapping[str, Any] = field(default_factory=dict, compare=False, hash=False)
    words: str = ""
    """The phrase table that explains it, when that is not the id (two benefits sharing words)."""

    def to_json(self) -> dict[str, Any]:
        """The finding as data, without words (see `RenderedFinding.to_json` for the words)."""
        return {
            "id": self.id,
            "topic": self.topic.value,
            "status": self.status.value,
            "reason": self.reason,
            "citations": list(self.citations),
            "values": dict(self.values),
        }
