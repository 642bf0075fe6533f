"""Reading one raw answer (from a widget or a JSON file) into its stored value, and back into words."""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from carerhelp.domain.errors import ValidationError
from carerhelp.domain.questionnaire.model import Question, QuestionKind
from carerhelp.domain.text import clean_text, long_date

_YES = {"yes", "y", "true", "1"}
_NO = {"no", "n", "false", "0"}
DEFAULT_TEXT_LENGTH = 10_000


def parse_answer(question: Question, raw: Any) -> Any:
    """The normalised value for `raw`, or ValidationError with a plain message saying what to change."""
    kind = question.kind
    if kind is QuestionKind.YES_NO:
        return _yes_no(raw)
    if kind is QuestionKind.CHOICE:
        return _choice(question, raw)
    if kind is QuestionKind.MULTI_CHOICE:
        return _multi_choice(question, raw)
    if kind in (QuestionKind.NUMBER, QuestionKind.MONEY):
        return _number(question, raw)
    if kind is QuestionKind.DATE:
        return _date(question, raw)
    return _text(question, raw)


def _yes_no(raw: Any) -> bool:
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, str) and raw.strip().lower() in _YES | _NO:
        return raw.strip().lower() in _YES
    raise ValidationError("Answer yes or no.")


def _choice(question: Question, raw: Any) -> str:
    if not isinstance(raw, str) or question.option(raw) is None:
        labels = "; ".join(option.label for option in question.options)
        raise ValidationError(f"Choose one of the answers: {labels}.")
    return raw


def _multi_choice(question: Question, raw: Any) -> list[str]:
    if isinstance(raw, str):
        raw = [raw]
    if not isinstance(raw, list | tuple) or not all(isinstance(item, str) for item in raw):
        raise ValidationError("Choose one or more of the answers.")
    unknown = [item for item in raw if question.option(item) is None]
    if unknown:
        raise ValidationError(f"These are not answers to this question: {', '.join(unknown)}.")
    chosen = [option.value for option in question.options if option.value in raw]
    if not chosen:
        raise ValidationError("Tick at least one box.")
    exclusive = [question.option(value) for value in chosen if question.option(value).exclusive]  # type: ignore[union-attr]
    if exclusive and len(chosen) > 1:
        label = exclusive[0].label  # type: ignore[union-attr]
        raise ValidationError(f"You ticked '{label}' and another answer. Tick one or the other.")
    return chosen


def _number(question: Question, raw: Any) -> int | float:
    money = question.kind is QuestionKind.MONEY
    if isinstance(raw, bool):
        raise ValidationError("Enter a number.")
    try:
        if isinstance(raw, str):
            raw = raw.strip().replace(",", "").removeprefix("£")
        number = Decimal(str(raw))
    except (InvalidOperation, ValueError):
        raise ValidationError(
            "Enter an amount in pounds, like 150 or 150.50."
            if money
            else "Enter a number, like 35."
        ) from None
    if not number.is_finite():
        raise ValidationError("Enter a number, like 35.")
    if question.integer and number != number.to_integral_value():
        raise ValidationError("Enter a whole number, like 35.")
    if money and number.as_tuple().exponent < -2:  # type: ignore[operator]
        raise ValidationError("Enter pounds and pence only, like 150.50.")
    low, high = question.min, question.max
    if low is not None and number < Decimal(str(low)):
        raise ValidationError(_bound_message(question, "at least", low))
    if high is not None and number > Decimal(str(high)):
        raise ValidationError(_bound_message(question, "no more than", high))
    if number == number.to_integral_value():
        return int(number)
    return float(number)


def _bound_message(question: Question, words: str, bound: float) -> str:
    shown = (
        f"£{bound:,.2f}".replace(".00", "") if question.kind is QuestionKind.MONEY else f"{bound:g}"
    )
    return f"Enter a number that is {words} {shown}."


def _date(question: Question, raw: Any) -> str:
    if isinstance(raw, date):
        value = raw
    else:
        try:
            value = date.fromisoformat(str(raw).strip())
        except ValueError:
            raise ValidationError(
                "Enter a real date, as day, month and year, like 27 3 2024."
            ) from None
    if value.year < 1900:
        raise ValidationError("Enter a date after 1900.")
    if value.year > 2100:
        raise ValidationError("Enter a date before 2100.")
    return value.isoformat()


def _text(question: Question, raw: Any) -> str:
    if not isinstance(raw, str):
        raise ValidationError("Type your answer in words.")
    single = (
        question.kind in (QuestionKind.TEXT, QuestionKind.COUNCIL)
        and (question.max_length or 0) <= 200
    )
    text = clean_text(raw, single_line=single)
    limit = question.max_length or DEFAULT_TEXT_LENGTH
    if not text:
        raise ValidationError("Type an answer, or leave this question blank if you can.")
    if len(text) > limit:
        raise ValidationError(
            f"Your answer is {len(text):,} characters long. Keep it to {limit:,}."
        )
    return text


def format_answer(question: Question, value: Any) -> str:
    """An answer in the words a carer would use, for check-your-answers and printed copies."""
    kind = question.kind
    if value is None:
        return "Not answered"
    if kind is QuestionKind.YES_NO:
        return "Yes" if value else "No"
    if kind is QuestionKind.CHOICE:
        option = question.option(value)
        return option.label if option else str(value)
    if kind is QuestionKind.MULTI_CHOICE:
        labels = [question.option(v).label if question.option(v) else str(v) for v in value]  # type: ignore[union-attr]
        return "\n".join(labels)
    if kind is QuestionKind.MONEY:
        return f"£{Decimal(str(value)):,.2f}"
    if kind is QuestionKind.DATE:
        day = date.fromisoformat(value)
        return long_date(day)
    if kind is QuestionKind.NUMBER:
        return f"{value:g}" if isinstance(value, float) else str(value)
    return str(value)
