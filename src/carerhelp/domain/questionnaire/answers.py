"""Reading one raw answer (from a widget or a JSON file) into its stored value, and back into words."""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from carerhelp.domain.errors import ValidationError
from carerhelp.domain.questionnaire.model import Question, QuestionKind
from carerhelp.domain.questionnaire.words import AnswerWords
from carerhelp.domain.text import clean_text, long_date

_YES = {"yes", "y", "true", "1"}
_NO = {"no", "n", "false", "0"}
DEFAULT_TEXT_LENGTH = 10_000


def parse_answer(question: Question, raw: Any, words: AnswerWords) -> Any:
    """The normalised value for `raw`, or ValidationError with a plain message saying what to change.

    The message is in the language of `words` (resources/questionnaire/messages.toml)."""
    kind = question.kind
    if kind is QuestionKind.YES_NO:
        return _yes_no(raw, words)
    if kind is QuestionKind.CHOICE:
        return _choice(question, raw, words)
    if kind is QuestionKind.MULTI_CHOICE:
        return _multi_choice(question, raw, words)
    if kind in (QuestionKind.NUMBER, QuestionKind.MONEY):
        return _number(question, raw, words)
    if kind is QuestionKind.DATE:
        return _date(raw, words)
    return _text(question, raw, words)


def _yes_no(raw: Any, words: AnswerWords) -> bool:
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, str) and raw.strip().lower() in _YES | _NO:
        return raw.strip().lower() in _YES
    raise ValidationError(words.say("answer.yes_or_no"))


def _choice(question: Question, raw: Any, words: AnswerWords) -> str:
    if not isinstance(raw, str) or question.option(raw) is None:
        labels = "; ".join(option.label for option in question.options)
        raise ValidationError(words.say("answer.choose_one", answers=labels))
    return raw


def _multi_choice(question: Question, raw: Any, words: AnswerWords) -> list[str]:
    if isinstance(raw, str):
        raw = [raw]
    if not isinstance(raw, list | tuple) or not all(isinstance(item, str) for item in raw):
        raise ValidationError(words.say("answer.choose_some"))
    unknown = [item for item in raw if question.option(item) is None]
    if unknown:
        raise ValidationError(words.say("answer.not_answers", values=", ".join(unknown)))
    chosen = [option.value for option in question.options if option.value in raw]
    if not chosen:
        raise ValidationError(words.say("answer.tick_one"))
    exclusive = [question.option(value) for value in chosen if question.option(value).exclusive]  # type: ignore[union-attr]
    if exclusive and len(chosen) > 1:
        label = exclusive[0].label  # type: ignore[union-attr]
        raise ValidationError(words.say("answer.tick_either", answer=label))
    return chosen


def _number(question: Question, raw: Any, words: AnswerWords) -> int | float:
    money = question.kind is QuestionKind.MONEY
    if isinstance(raw, bool):
        raise ValidationError(words.say("answer.number"))
    try:
        if isinstance(raw, str):
            raw = raw.strip().replace(",", "").removeprefix("£")
        number = Decimal(str(raw))
    except (InvalidOperation, ValueError):
        raise ValidationError(
            words.say("answer.money_like" if money else "answer.number_like")
        ) from None
    if not number.is_finite():
        raise ValidationError(words.say("answer.number_like"))
    if question.integer and number != number.to_integral_value():
        raise ValidationError(words.say("answer.whole_number"))
    if money and number.as_tuple().exponent < -2:  # type: ignore[operator]
        raise ValidationError(words.say("answer.pence"))
    low, high = question.min, question.max
    if low is not None and number < Decimal(str(low)):
        raise ValidationError(words.say("answer.at_least", bound=_shown_bound(question, low)))
    if high is not None and number > Decimal(str(high)):
        raise ValidationError(words.say("answer.at_most", bound=_shown_bound(question, high)))
    if number == number.to_integral_value():
        return int(number)
    return float(number)


def _shown_bound(question: Question, bound: float) -> str:
    if question.kind is QuestionKind.MONEY:
        return f"£{bound:,.2f}".replace(".00", "")
    return f"{bound:g}"


def _date(raw: Any, words: AnswerWords) -> str:
    if isinstance(raw, date):
        value = raw
    else:
        try:
            value = date.fromisoformat(str(raw).strip())
        except ValueError:
            raise ValidationError(words.say("answer.real_date")) from None
    if value.year < 1900:
        raise ValidationError(words.say("answer.after_1900"))
    if value.year > 2100:
        raise ValidationError(words.say("answer.before_2100"))
    return value.isoformat()


def _text(question: Question, raw: Any, words: AnswerWords) -> str:
    if not isinstance(raw, str):
        raise ValidationError(words.say("answer.in_words"))
    single = (
        question.kind in (QuestionKind.TEXT, QuestionKind.COUNCIL)
        and (question.max_length or 0) <= 200
    )
    text = clean_text(raw, single_line=single)
    limit = question.max_length or DEFAULT_TEXT_LENGTH
    if not text:
        raise ValidationError(words.say("answer.type_answer"))
    if len(text) > limit:
        raise ValidationError(
            words.say("answer.too_long", length=f"{len(text):,}", limit=f"{limit:,}")
        )
    return text


def format_answer(question: Question, value: Any, words: AnswerWords) -> str:
    """An answer in the words a carer would use, for check-your-answers and printed copies."""
    kind = question.kind
    if value is None:
        return words.say("shown.not_answered")
    if kind is QuestionKind.YES_NO:
        return words.say("shown.yes" if value else "shown.no")
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
        return long_date(day, words.lang)
    if kind is QuestionKind.NUMBER:
        return f"{value:g}" if isinstance(value, float) else str(value)
    return str(value)
