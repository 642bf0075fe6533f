"""Read an answers file (docs/answers-format.md): checked, normalised answers or a plain message."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from carerhelp.domain.diary import DiaryEntry, entries_from_json
from carerhelp.domain.earnings import PayEntry, pay_from_json
from carerhelp.domain.errors import ValidationError
from carerhelp.domain.jsonfile import read_json_file
from carerhelp.domain.timeline import Event, in_order, make_event

FORMAT_NAME = "carerhelp-answers"
FORMAT_VERSION = 1
MAX_ANSWERS_BYTES = 4 << 20  # every answer at its longest is well under 2 MB


@dataclass(frozen=True)
class AnswersFile:
    """What an answers file holds: the answers, and the caring diary and earnings log if given."""

    answers: dict[str, Any]
    diary: list[DiaryEntry] = field(default_factory=list)
    earnings: list[PayEntry] = field(default_factory=list)
    history: list[Event] = field(default_factory=list)  # what was sent and what came back


def read_answers_file(path: Path, questionnaire: Any) -> dict[str, Any]:
    """The answers in `path`, parsed by the questionnaire. ValidationError lists every problem."""
    return read_answers_document(path, questionnaire).answers


def read_answers_document(path: Path, questionnaire: Any) -> AnswersFile:
    """The answers, diary and earnings in `path`, checked. ValidationError lists every problem."""
    data = read_json_file(path, "an answers file", MAX_ANSWERS_BYTES)
    if not isinstance(data, dict):
        raise ValidationError(f"The file {path} must hold a JSON object of answers.")
    if "format" in data or "answers" in data:
        if data.get("format") != FORMAT_NAME:
            raise ValidationError(f"The file {path} is not a CarerHelp answers file.")
        version = data.get("version")
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            raise ValidationError(
                f"The file {path} is not a CarerHelp answers file: its version is not 1."
            )
        if version > FORMAT_VERSION:
            raise ValidationError(
                f"The file {path} was made by a newer CarerHelp (format version {version}). "
                "Install the newest CarerHelp to read it."
            )
        diary_rows, earnings_rows = data.get("diary", []), data.get("earnings", [])
        history = _history(path, data.get("history", []))
        data = data.get("answers")
        if not isinstance(data, dict):
            raise ValidationError(f"The file {path} has no 'answers' object.")
    else:
        diary_rows, earnings_rows, history = [], [], []
    try:
        answers = questionnaire.parse_all(data)
        tasks = questionnaire.question("caring_tasks").options
        diary = entries_from_json(diary_rows, known_tasks=[o.value for o in tasks])
        earnings = pay_from_json(earnings_rows)
    except ValidationError as error:
        raise ValidationError(f"The file {path} has problems. {error}") from None
    return AnswersFile(answers, diary, earnings, history)


def read_history(path: Path, questionnaire: Any) -> list[Event]:
    """The `history` of an answers file, in date order (empty when it has none)."""
    return read_answers_document(path, questionnaire).history


def _history(path: Path, raw: Any) -> list[Event]:
    """Each history entry checked like a timeline event; numbered in file order."""
    if not isinstance(raw, list):
        raise ValidationError(f"The file {path} has a 'history' that is not a list of events.")
    events = [
        make_event(item, f"The file {path}, history entry {n}") for n, item in enumerate(raw, 1)
    ]
    return in_order([replace(event, id=n) for n, event in enumerate(events, 1)])


def answers_document(
    answers: dict[str, Any],
    diary: list[DiaryEntry] | None = None,
    earnings: list[PayEntry] | None = None,
    history: list[Event] | None = None,
) -> dict[str, Any]:
    document: dict[str, Any] = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "answers": answers,
    }
    if diary:
        document["diary"] = [entry.to_json() for entry in diary]
    if earnings:
        document["earnings"] = [pay.to_json() for pay in earnings]
    if history:
        document["history"] = [event.to_json() for event in in_order(history)]
    return document
