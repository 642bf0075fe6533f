"""What the diary and the earnings log show, in plain words: for the assess command, the pages and the pack."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from carerhelp.domain.diary import FEELINGS, FULL_CARE_HOURS, DiaryEntry, DiarySummary, summarise
from carerhelp.domain.earnings import EarningsRules, EarningsWeek, PayEntry, earnings_weeks
from carerhelp.domain.questionnaire import Questionnaire, Tag
from carerhelp.domain.rates import Rates, money
from carerhelp.domain.text import long_date


def number(value: float) -> str:
    """1.0 -> '1', 52.5 -> '52.5'."""
    return f"{value:g}"


def person_name(questionnaire: Questionnaire, answers: Mapping[str, Any], person: int) -> str:
    """A person cared for by number: their name, or "person 2" when it isn't given."""
    name = questionnaire.tagged_answer(answers, Tag.PERSON_NAME, person)
    return name if isinstance(name, str) and name else f"person {person}"


def diary_people(entries: Sequence[DiaryEntry]) -> list[int]:
    return sorted({entry.person for entry in entries})


def diary_sentence(summary: DiarySummary, name: str) -> str:
    """'Over the 4 weeks from … I cared for Mum for an average of … hours a week and was up
    at night on … nights.' (the letter's and the pack's words)."""
    count = len(summary.weeks)
    weeks = "week" if count == 1 else f"{count} weeks"
    nights = summary.nights_up
    up = (
        "was not up at night"
        if nights == 0
        else f"was up at night on {nights} night{'s' if nights != 1 else ''}"
    )
    return (
        f"Over the {weeks} from {long_date(summary.first_day)} to {long_date(summary.last_day)} "
        f"I cared for {name} for an average of {number(summary.average_hours)} hours a week, "
        f"and {up}."
    )


def under_35_sentence(summary: DiarySummary) -> str:
    """Which weeks were under 35 hours, in words ('' when none)."""
    under = summary.weeks_under_35
    if not under:
        return f"Every week was {FULL_CARE_HOURS} hours or more."
    listed = "; ".join(f"{w.label}: {number(w.hours)} hours" for w in under)
    return (
        f"{len(under)} of these weeks {'was' if len(under) == 1 else 'were'} under "
        f"{FULL_CARE_HOURS} hours ({listed}). Carer's Allowance and Carer Support Payment need "
        f"{FULL_CARE_HOURS} hours in each week, Sunday to Saturday, for one person."
    )


def feelings_sentence(summary: DiarySummary) -> str:
    if not summary.feelings:
        return ""
    parts = sorted(summary.feelings.items(), key=lambda item: (-item[1], item[0]))
    listed = ", ".join(f"{FEELINGS[k].lower()} on {n} day{'s' if n != 1 else ''}" for k, n in parts)
    return f"How I felt: {listed}."


def diary_lines(
    questionnaire: Questionnaire, answers: Mapping[str, Any], entries: Sequence[DiaryEntry]
) -> list[str]:
    """For each person in the diary: the last 4 weeks in a sentence, and the 35-hour weeks."""
    lines: list[str] = []
    for person in diary_people(entries):
        summary = summarise(entries, person)
        if summary is None:
            continue
        lines.append(diary_sentence(summary, person_name(questionnaire, answers, person)))
        lines.append(under_35_sentence(summary))
        feelings = feelings_sentence(summary)
        if feelings:
            lines.append(feelings)
    return lines


def earnings_lines(
    pay: Sequence[PayEntry], rates: Rates, rules: EarningsRules, nation: str
) -> list[str]:
    """Each week's counted earnings against the limit, the weeks over, and how averaging works."""
    weeks = earnings_weeks(pay, rates)
    if not weeks:
        return []
    lines = [f"{week_line(week)}" for week in weeks]
    over = [w for w in weeks if w.over]
    office = rules.office(nation)
    if over:
        lines.append(
            f"{len(over)} week{'s' if len(over) != 1 else ''} went over the earnings limit. "
            f"Tell the {office.name} about the change. {office.how}"
        )
    note = limit_change_note(weeks, rules, nation)
    if note:
        lines.append(note)
    _title, paragraphs, _rule = rules.averaging_for(nation)
    lines += list(paragraphs)
    if any(p.self_employed for p in pay):
        lines += list(rules.self_employed[1])
    return lines


def limit_change_note(weeks: Sequence[EarningsWeek], rules: EarningsRules, nation: str) -> str:
    """What to check when a week's earnings lie between the old and the new limit: no source
    settled which limit counts for the week a change falls in, so the lower one is used."""
    if not any(week.between_limits for week in weeks):
        return ""
    office = rules.office(nation).name
    named = office if office.startswith("Social Security") else f"the {office}"
    return rules.limit_change.text.replace("{office}", named)


def week_line(week: EarningsWeek) -> str:
    limit = "no confirmed limit" if week.limit is None else f"limit {money(week.limit)}"
    changed = (
        f" (the limit changed this week: the lower one is used; the new one is "
        f"{money(week.higher_limit)})"
        if week.limit_changed and week.higher_limit is not None
        else ""
    )
    return (
        f"{week.start.day} {week.start:%b} to {week.end.day} {week.end:%b %Y}: "
        f"{money(week.earnings)} against the {limit}{changed}. {week.flag}."
    )
