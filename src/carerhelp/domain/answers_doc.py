"""Generate docs/answers-format.md from the questionnaire, so the documentation can't drift.

python -m carerhelp.domain.answers_doc > docs/answers-format.md
"""

from __future__ import annotations

import json
from typing import Any

from carerhelp.domain.diary import FEELINGS, MAX_NIGHTS, MAX_NOTE
from carerhelp.domain.questionnaire import QuestionKind, Questionnaire, load_questionnaire
from carerhelp.domain.timeline import HOW, EventKind

TYPES = {
    QuestionKind.YES_NO: "true or false",
    QuestionKind.CHOICE: "one of the values below (text)",
    QuestionKind.MULTI_CHOICE: "a list of the values below",
    QuestionKind.NUMBER: "a number",
    QuestionKind.MONEY: "an amount in pounds (a number, up to 2 decimal places)",
    QuestionKind.DATE: 'a date as text, "YYYY-MM-DD"',
    QuestionKind.TEXT: "text",
    QuestionKind.ADDRESS: "text (lines separated by \\n)",
    QuestionKind.COUNCIL: "the id of a council or HSC Trust from resources/authorities/authorities.toml",
}


def _condition(condition: Any) -> str:
    if condition is None:
        return "always"
    if "all" in condition:
        return " and ".join(f"({_condition(c)})" for c in condition["all"])
    if "any" in condition:
        return " or ".join(f"({_condition(c)})" for c in condition["any"])
    if "not" in condition:
        return f"not ({_condition(condition['not'])})"
    test, value = next((k, v) for k, v in condition.items() if k != "question")
    words = {
        "eq": "is",
        "ne": "is not",
        "in": "is one of",
        "gte": "≥",
        "lte": "≤",
        "gt": ">",
        "lt": "<",
        "answered": "answered:",
        "contains": "includes",
        "contains_any": "includes any of",
    }[test]
    return f"`{condition['question']}` {words} {json.dumps(value, ensure_ascii=False)}"


def render(questionnaire: Questionnaire) -> str:
    kinds = "<br>".join(f"`{kind.value}`" for kind in EventKind)
    hows = ", ".join(f"`{how}`" for how in HOW)
    lines = [
        "# The answers file format",
        "",
        "Generated from `resources/questionnaire/` by `python -m carerhelp.domain.answers_doc`; a test fails",
        "if this file is out of date. `carerhelp assess` and `carerhelp letter` read this format.",
        "",
        "```json",
        '{"format": "carerhelp-answers", "version": 1, "answers": {"carer_name": "Siân Llŷr", "nation": "wales"}}',
        "```",
        "",
        "A bare JSON object of answers is accepted too. Leave out questions that were not asked. Text is",
        "normalised (NFC) and control characters are removed. Examples: [docs/examples/](examples/).",
        "",
    ]
    for section in questionnaire.sections:
        lines += [
            f"## {section.title}",
            "",
            "| id | type | required | shown when | allowed values |",
            "|---|---|---|---|---|",
        ]
        for q in section.questions:
            allowed = ""
            if q.options:
                allowed = "<br>".join(f"`{o.value}` ({o.label})" for o in q.options)
            elif q.min is not None or q.max is not None:
                allowed = f"{q.min:g} to {q.max:g}" + (", whole numbers" if q.integer else "")
            elif q.max_length:
                allowed = f"up to {q.max_length:,} characters"
            lines.append(
                f"| `{q.id}` | {TYPES[q.kind]} | {'yes' if q.required else 'no'} | "
                f"{_condition(q.show_if)} | {allowed} |"
            )
        lines.append("")
    lines += [
        "Caring hours for everyone together must not be more than 168 a week.",
        "",
        "## The caring diary (`diary`) and the earnings log (`earnings`)",
        "",
        "Beside `answers`, a file may hold a caring diary and an earnings log (only in the",
        '`{"format": …}` form). Example: [docs/examples/england-diary-and-earnings.json]',
        "(examples/england-diary-and-earnings.json).",
        "",
        "`diary` is a list of days, one per person cared for per date:",
        "",
        "| key | type | required | allowed values |",
        "|---|---|---|---|",
        '| `date` | a date as text, "YYYY-MM-DD" | yes | each date once per person |',
        "| `person` | a number | no (1) | 1, 2 or 3: `person1_…` to `person3_…` |",
        "| `hours` | a number | yes | 0 to 24; all people together at most 24 a day |",
        "| `tasks` | a list of the values of `caring_tasks` | no | "
        + "<br>".join(f"`{o.value}`" for o in questionnaire.question("caring_tasks").options)
        + " |",
        f"| `nights` | a number | no (0) | times up in the night, 0 to {MAX_NIGHTS} |",
        "| `feeling` | one of the values below (text) | no | "
        + "<br>".join(f"`{k}` ({v})" for k, v in FEELINGS.items())
        + " |",
        f"| `note` | text | no | up to {MAX_NOTE:,} characters |",
        "",
        "When there is a diary, each diarised person's `person{n}_hours` is replaced by their",
        "average hours a week over the diary's last 4 weeks (weeks run Sunday to Saturday, as",
        "Carer's Allowance counts them), and `carerhelp assess` also prints those weeks, the",
        "weeks under 35 hours and the earnings week by week; `carerhelp letter` adds the diary's",
        "sentence to the caring picture.",
        "",
        "`earnings` is a list of payments:",
        "",
        "| key | type | required | allowed values |",
        "|---|---|---|---|",
        '| `from`, `to` | dates as text, "YYYY-MM-DD" | yes | the days the pay was earned in, at most 31 (a self-employed period: at most a year) |',
        "| `gross` | an amount in pounds (a number or text, up to 2 decimal places) | yes | 0 to 100000 (a self-employed period's takings: 0 to 1000000) |",
        "| `self_employed` | true or false | no (false) | true: a period of working for yourself, whose profit is averaged over its days |",
        "| `expenses` | an amount in pounds | no (0) | business expenses, for a self-employed period only |",
        "| `tax`, `national_insurance` | amounts in pounds | no (0) | what was taken off |",
        "| `pension` | an amount in pounds | no (0) | paid into a pension: half is taken off |",
        "| `care_costs` | an amount in pounds | no (0) | paid to someone (not a close relative) to care while you work: taken off up to half of the pay |",
        "| `note` | text | no | one line |",
        "",
        "A calendar month's pay counts as 12/52 of it a week; other periods by their days. A",
        "self-employed period's profit (takings less expenses, tax, National Insurance and half the",
        "pension paid) is shared evenly over its days. The rules and their sources are in",
        "`resources/earnings/rules.toml`.",
        "",
        "## What was sent and what came back (`history`)",
        "",
        "A file may also hold a `history`: the case's timeline, a list of events in any order",
        "(they are sorted by date). `carerhelp letter --kind chaser|complaint|ombudsman` needs one:",
        "the reminder quotes the first letter's date and reference, the complaint lists what",
        "happened, and the ombudsman pack prints the timeline and what is enclosed. Examples:",
        "[docs/examples/](examples/) `*-history.json`, one for each nation.",
        "",
        "| field | value | required | meaning |",
        "|---|---|---|---|",
        f"| `kind` | {kinds} | yes | what happened |",
        "| `on` | `YYYY-MM-DD` | yes | the day it happened (for a letter: the day it was sent) |",
        f"| `how` | {hows} | no | how a letter was sent |",
        "| `reference` | text, up to 100 characters | no | the council's or Trust's reference |",
        "| `letter` | text | no | which letter was sent (`assessment`, `respite`, `chaser`, …) |",
        "| `appointment` | `YYYY-MM-DD` | no | for `assessment_booked`: the day of the assessment |",
        "| `note` | text, up to 2,000 characters | no | anything else worth keeping |",
        "",
        "## Dates and rates",
        "",
        "`carerhelp assess --on YYYY-MM-DD` (default: today) picks the money figures in force on that",
        "date from `resources/rates/`. A period is a tax year, 6 April to 5 April; weekly benefits",
        "change in the week of the first Monday in April, so for the first days of April the app",
        "may show the year before's figure. After the last period it knows, every money finding",
        "says its figures may be out of date. A figure no source confirmed is never shown: the",
        "finding says to check the current amount instead.",
        "",
        "## Findings (`--json`)",
        "",
        "A list of objects. The data: `id`, `topic` (`rights`, `money`, `work`), `status` (`entitled`,",
        "`likely`, `possible`, `unlikely`, `not_eligible`, `need_more_info`), `reason` (which rule",
        "decided it), `citations` (keys of the laws, from `carerhelp.domain.citations`) and `values`",
        "(the figures and facts behind it). The words, from `resources/phrases/en/`: `status_label`,",
        "`title`, `why`, `citation` and `next_steps`. The Carer's Allowance or Carer Support Payment",
        "finding's `values` give `period`, `earnings_limit_weekly`, `headroom` (the limit minus",
        "earnings; below zero means over the limit) and `figures_may_be_out_of_date`.",
        "",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    print(render(load_questionnaire()), end="")
