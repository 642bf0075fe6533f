"""The caring diary: Sunday-to-Saturday weeks, the 35-hour flag and what a month shows."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from carerhelp.domain.diary import (
    DiaryEntry,
    answers_with_diary,
    entries_from_json,
    make_entry,
    summarise,
    week_start,
    weekly_totals,
)
from carerhelp.domain.errors import ValidationError


def days(first: date, count: int, hours: float, person: int = 1, nights: int = 0):
    return [
        DiaryEntry(first + timedelta(days=n), person, hours, ("meals",), nights)
        for n in range(count)
    ]


@pytest.mark.parametrize(
    ("day", "sunday"),
    [
        (date(2026, 11, 29), date(2026, 11, 29)),  # a Sunday is its own week's start
        (date(2026, 12, 5), date(2026, 11, 29)),  # Saturday ends it
        (date(2026, 12, 6), date(2026, 12, 6)),
        (date(2026, 12, 1), date(2026, 11, 29)),  # across a month end
        (date(2027, 1, 1), date(2026, 12, 27)),  # across a year end
        (date(2024, 3, 1), date(2024, 2, 25)),  # across 29 February
    ],
)
def test_weeks_run_sunday_to_saturday(day: date, sunday: date) -> None:
    assert week_start(day) == sunday
    assert week_start(day).weekday() == 6


def test_a_week_across_the_year_end_is_one_week() -> None:
    entries = days(date(2026, 12, 27), 7, 6)  # Sun 27 Dec 2026 to Sat 2 Jan 2027
    weeks = weekly_totals(entries)
    assert len(weeks) == 1
    assert weeks[0].start == date(2026, 12, 27) and weeks[0].end == date(2027, 1, 2)
    assert weeks[0].hours == 42 and weeks[0].complete and not weeks[0].under_35


def test_a_week_across_a_month_end_is_one_week() -> None:
    weeks = weekly_totals(days(date(2026, 11, 29), 7, 5))  # 29 Nov to 5 Dec
    assert [(w.start, w.hours) for w in weeks] == [(date(2026, 11, 29), 35)]
    assert weeks[0].flag == "35 hours or more"


@pytest.mark.parametrize(
    "sunday",
    [date(2026, 3, 29), date(2026, 10, 25)],  # the clocks go forward, then back, on these Sundays
)
def test_clock_changes_do_not_move_or_split_a_week(sunday: date) -> None:
    entries = days(sunday - timedelta(days=1), 9, 5)  # Saturday before to the Sunday after
    weeks = weekly_totals(entries)
    assert [w.start for w in weeks] == [sunday - timedelta(days=7), sunday, sunday + timedelta(7)]
    assert [w.hours for w in weeks] == [5, 35, 5]
    assert [w.days_recorded for w in weeks] == [1, 7, 1]


def test_weeks_under_35_are_flagged_in_words() -> None:
    entries = days(date(2026, 11, 1), 7, 4.5) + days(date(2026, 11, 8), 7, 5)
    first, second = weekly_totals(entries)
    assert first.hours == 31.5 and first.under_35 and first.flag == "Under 35 hours"
    assert second.hours == 35 and not second.under_35
    partial = weekly_totals(days(date(2026, 11, 15), 3, 5))[0]
    assert partial.flag == "Under 35 hours so far (3 of 7 days written down)"


def test_a_gap_week_is_shown_not_hidden() -> None:
    entries = days(date(2026, 11, 1), 7, 6) + days(date(2026, 11, 15), 7, 6)
    weeks = weekly_totals(entries)
    assert [w.days_recorded for w in weeks] == [7, 0, 7]
    assert weeks[1].flag == "Nothing written down"


def test_summary_of_four_weeks_for_one_person(content) -> None:
    entries = (
        days(date(2026, 10, 25), 7, 3)  # a fifth, earlier week is left out
        + days(date(2026, 11, 1), 28, 7.5, nights=1)[:20]
        + days(date(2026, 11, 21), 8, 8)
        + days(date(2026, 11, 1), 28, 2, person=2)
    )
    summary = summarise(entries, person=1)
    assert summary is not None
    assert summary.first_day == date(2026, 11, 1) and summary.last_day == date(2026, 11, 28)
    assert [w.hours for w in summary.weeks] == [52.5, 52.5, 6 * 7.5 + 8, 7 * 8]
    assert summary.nights_up == 20
    assert summary.average_hours == 53.5
    assert summary.tasks == ("meals",)
    q = content.questionnaire
    assert answers_with_diary({"person1_hours": 10}, entries, q)["person1_hours"] == 53.5
    assert answers_with_diary({}, entries, q)["person2_hours"] == 14.0


def test_make_entry_refuses_what_cannot_be_kept() -> None:
    with pytest.raises(ValidationError, match="between 0 and 24"):
        make_entry("2026-11-01", 1, 25)
    with pytest.raises(ValidationError, match="1, 2 or 3"):
        make_entry("2026-11-01", 4, 2)
    with pytest.raises(ValidationError, match="YYYY-MM-DD"):
        make_entry("1 Nov", 1, 2)
    with pytest.raises(ValidationError, match="task 'juggling'"):
        make_entry("2026-11-01", 1, 2, ["juggling"], known_tasks=("meals",))
    entry = make_entry("2026-11-01", 1, 2, ["meals", "meals"], 1, "tired", " note\x07 ")
    assert entry.tasks == ("meals",) and entry.note == "note"


def test_entries_from_json_lists_every_problem() -> None:
    rows = [
        {"date": "2026-11-01", "hours": 30},
        {"date": "2026-11-01", "hours": 2},
        {"date": "2026-11-02", "hours": "lots"},
        {"date": "2026-11-03", "person": 2, "hours": 14},
        {"date": "2026-11-03", "person": 1, "hours": 14},
    ]
    with pytest.raises(ValidationError) as raised:
        entries_from_json(rows)
    message = raised.value.message
    assert "diary day 1: The hours for 01 November 2026 must be between 0 and 24" in message
    assert "diary day 3" in message
    assert "2026-11-03: more than 24 hours of caring in one day" in message


def test_the_diary_answers_whether_every_week_reached_35_hours(content) -> None:
    q = content.questionnaire
    full = days(date(2026, 11, 1), 14, 6)  # two whole weeks of 42 hours
    assert answers_with_diary({}, full, q)["person1_every_week"] == "every_week"
    short = days(date(2026, 11, 1), 7, 6) + days(date(2026, 11, 8), 7, 4)  # 42, then 28 hours
    said = {"person1_every_week": "every_week"}
    assert answers_with_diary(said, short, q)["person1_every_week"] == "some_weeks"
    gap = days(date(2026, 11, 1), 7, 6) + days(date(2026, 11, 8), 3, 4)  # a week half written
    assert answers_with_diary(said, gap, q)["person1_every_week"] == "every_week"
    assert "person1_every_week" not in answers_with_diary({}, gap, q)
