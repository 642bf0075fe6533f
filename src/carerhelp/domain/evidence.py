"""What the diary and the earnings log show, in plain words: for the assess command, the pages and the pack."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from carerhelp.domain.diary import (
    FEELINGS,
    FULL_CARE_HOURS,
    DiaryEntry,
    DiarySummary,
    WeekTotal,
    summarise,
)
from carerhelp.domain.earnings import EarningsRules, EarningsWeek, PayEntry, earnings_weeks
from carerhelp.domain.phrases import Phrases
from carerhelp.domain.questionnaire import Questionnaire, Tag
from carerhelp.domain.rates import Rates, money
from carerhelp.domain.text import long_date, short_date


def number(value: float) -> str:
    """1.0 -> '1', 52.5 -> '52.5'."""
    return f"{value:g}"


def person_name(
    questionnaire: Questionnaire,
    answers: Mapping[str, Any],
    person: int,
    phrases: Phrases | None = None,
) -> str:
    """A person cared for by number: their name, or "person 2" when it isn't given (in the
    phrases' language, fixed.letter.person)."""
    name = questionnaire.tagged_answer(answers, Tag.PERSON_NAME, person)
    if isinstance(name, str) and name:
        return name
    if phrases is not None:
        return phrases.text("fixed.letter.person", {"number": person})
    return f"person {person}"


def diary_people(entries: Sequence[DiaryEntry]) -> list[int]:
    return sorted({entry.person for entry in entries})


def diary_sentence(summary: DiarySummary, name: str, phrases: Phrases | None = None) -> str:
    """'Over the 4 weeks from … I cared for Mum for an average of … hours a week and was up
    at night on … nights.' (the letter's and the pack's words), in the phrases' language
    (fixed.diary); without phrases, in English."""
    count = len(summary.weeks)
    if phrases is not None:
        nights = summary.nights_up
        lang = phrases.language
        return phrases.text(
            "fixed.diary.sentence",
            {
                "weeks": phrases.text(
                    "fixed.diary.weeks_one" if count == 1 else "fixed.diary.weeks_many",
                    {"count": count},
                ),
                "first": long_date(summary.first_day, lang),
                "last": long_date(summary.last_day, lang),
                "name": name,
                "hours": number(summary.average_hours),
                "up": phrases.text(
                    "fixed.diary.up_none"
                    if nights == 0
                    else "fixed.diary.up_one"
                    if nights == 1
                    else "fixed.diary.up_many",
                    {"nights": nights},
                ),
            },
        )
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


def under_35_sentence(summary: DiarySummary, phrases: Phrases | None = None) -> str:
    """Which weeks were under 35 hours, in words, in the phrases' language; without phrases, in
    English."""
    under = summary.weeks_under_35
    if phrases is not None:
        if not under:
            return phrases.text("fixed.diary.every_week_full", {"full": FULL_CARE_HOURS})
        listed = "; ".join(
            phrases.text(
                "fixed.diary.under_week",
                {"label": week_range(w.start, w.end, phrases), "hours": number(w.hours)},
            )
            for w in under
        )
        return phrases.text(
            "fixed.diary.under_one" if len(under) == 1 else "fixed.diary.under_many",
            {"count": len(under), "full": FULL_CARE_HOURS, "listed": listed},
        )
    if not under:
        return f"Every week was {FULL_CARE_HOURS} hours or more."
    listed = "; ".join(f"{w.label}: {number(w.hours)} hours" for w in under)
    return (
        f"{len(under)} of these weeks {'was' if len(under) == 1 else 'were'} under "
        f"{FULL_CARE_HOURS} hours ({listed}). Carer's Allowance and Carer Support Payment need "
        f"{FULL_CARE_HOURS} hours in each week, Sunday to Saturday, for one person."
    )


def week_range(start: date, end: date, phrases: Phrases) -> str:
    """A week's dates in the phrases' language: "1 Nov to 7 Nov 2026", "1 Tach i 7 Tach 2026"."""
    lang = phrases.language
    return phrases.text(
        "fixed.diary.week_range",
        {"start": short_date(start, lang), "end": f"{short_date(end, lang)} {end.year}"},
    )


def diary_flag(week: WeekTotal, phrases: Phrases) -> str:
    """A diary week's standing in the phrases' language (WeekTotal.flag in English)."""
    full = FULL_CARE_HOURS
    if week.days_recorded == 0:
        return phrases.text("fixed.diary.flag_nothing")
    if week.under_35 and not week.complete:
        return phrases.text("fixed.diary.flag_so_far", {"full": full, "days": week.days_recorded})
    if week.under_35:
        return phrases.text("fixed.diary.flag_under", {"full": full})
    return phrases.text("fixed.diary.flag_full", {"full": full})


def feelings_sentence(summary: DiarySummary, phrases: Phrases | None = None) -> str:
    if not summary.feelings:
        return ""
    parts = sorted(summary.feelings.items(), key=lambda item: (-item[1], item[0]))
    if phrases is not None:
        listed = ", ".join(
            phrases.text(
                "fixed.diary.feeling_one" if n == 1 else "fixed.diary.feeling_many",
                {"feeling": phrases.text(f"fixed.diary.feeling.{k}"), "count": n},
            )
            for k, n in parts
        )
        return phrases.text("fixed.diary.feelings", {"listed": listed})
    listed = ", ".join(f"{FEELINGS[k].lower()} on {n} day{'s' if n != 1 else ''}" for k, n in parts)
    return f"How I felt: {listed}."


def diary_lines(
    questionnaire: Questionnaire,
    answers: Mapping[str, Any],
    entries: Sequence[DiaryEntry],
    phrases: Phrases | None = None,
) -> list[str]:
    """For each person in the diary: the last 4 weeks in a sentence, and the 35-hour weeks."""
    lines: list[str] = []
    for person in diary_people(entries):
        summary = summarise(entries, person)
        if summary is None:
            continue
        name = person_name(questionnaire, answers, person, phrases)
        lines.append(diary_sentence(summary, name, phrases))
        lines.append(under_35_sentence(summary, phrases))
        feelings = feelings_sentence(summary, phrases)
        if feelings:
            lines.append(feelings)
    return lines


def earnings_lines(
    pay: Sequence[PayEntry],
    rates: Rates,
    rules: EarningsRules,
    nation: str,
    phrases: Phrases | None = None,
) -> list[str]:
    """Each week's counted earnings against the limit, the weeks over, and how averaging works
    (in the phrases' language; without phrases, in English)."""
    weeks = earnings_weeks(pay, rates)
    if not weeks:
        return []
    lines = [f"{week_line(week, phrases)}" for week in weeks]
    over = [w for w in weeks if w.over]
    office = rules.office(nation)
    if over and phrases is not None:
        lines.append(
            phrases.text(
                "fixed.earnings.over_one" if len(over) == 1 else "fixed.earnings.over_many",
                {"count": len(over), "office": office.name, "how": office.how},
            )
        )
    elif over:
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
    english = rules.lang == "en" and not office.startswith("Social Security")
    named = f"the {office}" if english else office
    return rules.limit_change.text.replace("{office}", named)


def earnings_flag(week: EarningsWeek, phrases: Phrases) -> str:
    """An earnings week's standing in the phrases' language (EarningsWeek.flag in English)."""
    if week.limit is None:
        return phrases.text("fixed.earnings.flag_no_limit")
    if week.over:
        return phrases.text(
            "fixed.earnings.flag_over", {"amount": money(week.earnings - week.limit)}
        )
    if week.near and week.room is not None:
        return phrases.text("fixed.earnings.flag_near", {"amount": money(week.room)})
    return phrases.text("fixed.earnings.flag_under")


def week_line(week: EarningsWeek, phrases: Phrases | None = None) -> str:
    if phrases is not None:
        limit = (
            phrases.text("fixed.earnings.no_limit")
            if week.limit is None
            else phrases.text("fixed.earnings.limit", {"amount": money(week.limit)})
        )
        return phrases.text(
            "fixed.earnings.week",
            {
                "range": week_range(week.start, week.end, phrases),
                "earnings": money(week.earnings),
                "limit": limit,
                "changed": phrases.text(
                    "fixed.earnings.changed", {"higher": money(week.higher_limit)}
                )
                if week.limit_changed and week.higher_limit is not None
                else "",
                "flag": earnings_flag(week, phrases),
            },
        )
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
