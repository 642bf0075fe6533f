"""Read an answers file (docs/answers-format.md): checked, normalised answers or a plain message."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from carerhelp.domain.errors import ValidationError

FORMAT_NAME = "carerhelp-answers"
FORMAT_VERSION = 1


def read_answers_file(path: Path, questionnaire: Any) -> dict[str, Any]:
    """The answers in `path`, parsed by the questionnaire. ValidationError lists every problem."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ValidationError(f"There is no file called {path}.") from None
    except (OSError, UnicodeDecodeError) as error:
        raise ValidationError(f"The file {path} can't be read ({error}).") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ValidationError(
            f"The file {path} is not a valid answers file: it is not JSON "
            f"(line {error.lineno}, column {error.colno}: {error.msg})."
        ) from None
    if not isinstance(data, dict):
        raise ValidationError(f"The file {path} must hold a JSON object of answers.")
    if "format" in data or "answers" in data:
        if data.get("format") != FORMAT_NAME:
            raise ValidationError(f"The file {path} is not a CarerHelp answers file.")
        version = data.get("version")
        if not isinstance(version, int) or version > FORMAT_VERSION:
            raise ValidationError(
                f"The file {path} was made by a newer CarerHelp (format version {version}). "
                "Install the newest CarerHelp to read it."
            )
        data = data.get("answers")
        if not isinstance(data, dict):
            raise ValidationError(f"The file {path} has no 'answers' object.")
    try:
        return questionnaire.parse_all(data)
    except ValidationError as error:
        raise ValidationError(f"The file {path} has problems. {error}") from None


def answers_document(answers: dict[str, Any]) -> dict[str, Any]:
    return {"format": FORMAT_NAME, "version": FORMAT_VERSION, "answers": answers}
