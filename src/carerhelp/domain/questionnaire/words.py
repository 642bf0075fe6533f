"""The words CarerHelp says about answers: what to change in an answer it can't use, and an answer
shown back. They live in resources/questionnaire/messages.toml, in English and Welsh, and are read
with the questionnaire in its language."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

NATIONS = ("england", "wales", "scotland", "northern_ireland")

MESSAGES: dict[str, dict[str, frozenset[str]]] = {
    "answer": {
        "yes_or_no": frozenset(),
        "choose_one": frozenset({"answers"}),
        "choose_some": frozenset(),
        "not_answers": frozenset({"values"}),
        "tick_one": frozenset(),
        "tick_either": frozenset({"answer"}),
        "number": frozenset(),
        "number_like": frozenset(),
        "money_like": frozenset(),
        "whole_number": frozenset(),
        "pence": frozenset(),
        "at_least": frozenset({"bound"}),
        "at_most": frozenset({"bound"}),
        "real_date": frozenset(),
        "after_1900": frozenset(),
        "before_2100": frozenset(),
        "in_words": frozenset(),
        "type_answer": frozenset(),
        "too_long": frozenset({"length", "limit"}),
    },
    "shown": {"not_answered": frozenset(), "yes": frozenset(), "no": frozenset()},
    "answers": {
        "no_such_question": frozenset({"question"}),
        "too_many_hours": frozenset({"total"}),
        "council_elsewhere": frozenset({"council", "in_there", "in_here"}),
        "council_where_they_live": frozenset({"in_there"}),
        "some_cannot_be_used": frozenset({"problems"}),
    },
    "in_nation": {nation: frozenset() for nation in NATIONS},
}
"""Every message CarerHelp uses, by table and key, with the {parts} it fills in."""

FIELD = re.compile(r"\{([a-z_]+)\}")


@dataclass(frozen=True)
class AnswerWords:
    """The messages in one language, by "table.key" (for example "answer.yes_or_no")."""

    lang: str
    messages: Mapping[str, str]

    def say(self, key: str, **fields: str) -> str:
        """The message `key` with its {parts} filled in."""
        text = self.messages[key]
        for name, value in fields.items():
            text = text.replace("{" + name + "}", value)
        return text
