"""Safe `show_if` conditions over earlier answers: data, never code, checked when loaded."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

COMPARISONS = ("eq", "ne", "in", "gte", "lte", "gt", "lt", "answered", "contains", "contains_any")


def condition_problems(condition: Any) -> list[str]:
    """Everything wrong with a condition's shape, in words (an empty list means it is fine)."""
    if not isinstance(condition, Mapping):
        return ['a condition must be a table such as { question = "nation", eq = "wales" }']
    problems: list[str] = []
    logical = [key for key in ("all", "any", "not") if key in condition]
    if logical:
        if len(condition) != 1:
            problems.append(f"'{logical[0]}' must stand alone in its table")
        value = condition[logical[0]]
        if logical[0] == "not":
            problems.extend(condition_problems(value))
        elif not isinstance(value, list) or not value:
            problems.append(f"'{logical[0]}' needs a list of conditions")
        else:
            for item in value:
                problems.extend(condition_problems(item))
        return problems
    if not isinstance(condition.get("question"), str):
        problems.append("a condition needs 'question' (the id of an earlier question)")
    tests = [key for key in condition if key != "question"]
    if len(tests) != 1 or tests[0] not in COMPARISONS:
        problems.append(f"a condition needs exactly one test out of: {', '.join(COMPARISONS)}")
    else:
        problems.extend(_value_problems(tests[0], condition[tests[0]]))
    return problems


def _value_problems(test: str, value: Any) -> list[str]:
    """What is wrong with the value a test compares against (lists for 'in', numbers for 'gte'...)."""
    if test in ("in", "contains_any") and (not isinstance(value, list) or not value):
        return [f"'{test}' needs a list of values"]
    if test in ("gte", "lte", "gt", "lt"):
        number = isinstance(value, int | float) and not isinstance(value, bool)
        if not number and value != "{n}":
            return [f"'{test}' needs a number"]
    if test == "answered" and not isinstance(value, bool):
        return ["'answered' needs true or false"]
    return []


def referenced_questions(condition: Any) -> Iterator[str]:
    """The question ids a condition looks at."""
    if not isinstance(condition, Mapping):
        return
    for key in ("all", "any"):
        for item in condition.get(key, []) or []:
            yield from referenced_questions(item)
    if "not" in condition:
        yield from referenced_questions(condition["not"])
    if isinstance(condition.get("question"), str):
        yield condition["question"]


def evaluate(condition: Any, answers: Mapping[str, Any]) -> bool:
    """True when the condition holds for these answers. A missing answer makes a test false."""
    if condition is None:
        return True
    if "all" in condition:
        return all(evaluate(item, answers) for item in condition["all"])
    if "any" in condition:
        return any(evaluate(item, answers) for item in condition["any"])
    if "not" in condition:
        return not evaluate(condition["not"], answers)
    question_id = condition["question"]
    present = question_id in answers and answers[question_id] is not None
    if "answered" in condition:
        return present == bool(condition["answered"])
    if not present:
        return False
    value = answers[question_id]
    (test, expected), *_ = ((k, v) for k, v in condition.items() if k != "question")
    try:
        return _compare(test, value, expected)
    except TypeError:
        return False


def _compare(test: str, value: Any, expected: Any) -> bool:
    if test == "eq":
        return bool(value == expected)
    if test == "ne":
        return bool(value != expected)
    if test == "in":
        return value in expected
    if test == "contains":
        return isinstance(value, list) and expected in value
    if test == "contains_any":
        return isinstance(value, list) and any(item in value for item in expected)
    if isinstance(value, bool):
        return False
    if test == "gte":
        return bool(value >= expected)
    if test == "lte":
        return bool(value <= expected)
    if test == "gt":
        return bool(value > expected)
    if test == "lt":
        return bool(value < expected)
    raise TypeError(test)


def substitute(condition: Any, number: int) -> Any:
    """Copy a condition with `{n}` in question ids and string values replaced by `number`."""
    if isinstance(condition, Mapping):
        return {key: substitute(value, number) for key, value in condition.items()}
    if isinstance(condition, list):
        return [substitute(item, number) for item in condition]
    if condition == "{n}":
        return number
    if isinstance(condition, str):
        return condition.replace("{n}", str(number))
    return condition
