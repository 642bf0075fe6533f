"""The caring diary: daily entries, weeks as Carer's Allowance counts them, and what they show."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from carerhelp.domain.errors import ValidationError
from carerhelp.domain.questionnaire import Questionnaire, Tag
from carerhelp.domain.text import clean_text

FULL_CARE_HOURS = 35
"""Carer's Allowance and Carer Support Payment need 35 hours' care in each week, not on average
(R(G) 3/91: the week runs from Sunday, and hours can't be averaged over separate weeks)."""
MAX_PEOPLE = 3
MAX_NIGHTS = 12
MAX_NOTE = 2000
FEELINGS: dict[str, str] = {
    "well": "Coping well",
    "okay": "Okay",
    "tired": "Tired",
    "low": "Low or worried",
    "exhausted": "Exhausted",
    "unwell": "Unwell myself",
}
"""How the carer felt that day: value -> the words shown and printed."""


@dataclass(frozen=True)
class DiaryEntry:
    """One day of caring for one person."""

    day: date
    person: int
    hours: float
    tasks: tuple[str, ...] = ()
    nights: int = 0
    """How many times the carer was up in the night for them (0: an undisturbed night)."""
    feeling: str = ""
    note: str = ""

    def same_on(self, day: date) -> DiaryEntry:
        """This entry copied to another day ("same as yesterday"), without its note."""
        return DiaryEntry(day, self.person, self.hours, self.tasks, self.nights, self.feeling, "")

    def to_json(self) -> dict[str, Any]:
        return {
            "date": self.day.isoformat(),
            "person": self.person,
            "hours": self.hours,
            "tasks": list(self.tasks),
            "nights": self.nights,
            "feeling": self.feeling,
            "note": self.note,
        }


def week_start(day: date) -> date:
    """The Sunday that begins the Carer's Allowance week holding `day` (R(G) 3/91)."""
    return day - timedelta(days=(day.weekday() + 1) % 7)


def make_entry(
    day: date | str,
    person: int,
    hours: Any,
    tasks: Iterable[str] = (),
    nights: Any = 0,
    feeling: str = "",
    note: str = "",
    *,
    known_tasks: Sequence[str] | None = None,
) -> DiaryEntry:
    """A checked entry; ValidationError with a plain message for anything that can't be kept."""
    if isinstance(day, str):
        try:
            day = date.fromisoformat(day)
        except ValueError:
            raise ValidationError(f"'{day}' is not a date. Write it as YYYY-MM-DD.") from None
    if not isinstance(day, date):
        raise ValidationError("Each diary day needs a date.")
    if not isinstance(person, int) or isinstance(person, bool) or not 1 <= person <= MAX_PEOPLE:
        raise ValidationError(f"The person cared for must be 1, 2 or 3 (not {person!r}).")
    if isinstance(hours, bool) or not isinstance(hours, int | float):
        raise ValidationError(f"The hours for {day:%d %B %Y} must be a number.")
    if not 0 <= hours <= 24:
        raise ValidationError(f"The hours for {day:%d %B %Y} must be between 0 and 24.")
    if isinstance(nights, bool) or not isinstance(nights, int) or not 0 <= nights <= MAX_NIGHTS:
        raise ValidationError(
            f"The times you were up in the night on {day:%d %B %Y} must be a whole number "
            f"from 0 to {MAX_NIGHTS}."
        )
    if isinstance(tasks, str):
        raise ValidationError("The tasks must be a list.")
    chosen = tuple(dict.fromkeys(str(task) for task in tasks))
    if known_tasks is not None:
        unknown = [task for task in chosen if task not in known_tasks]
        if unknown:
            raise ValidationError(f"CarerHelp doesn't know the task {unknown[0]!r}.")
    if feeling and (not isinstance(feeling, str) or feeling not in FEELINGS):
        raise ValidationError(f"CarerHelp doesn't know the feeling {feeling!r}.")
    if not isinstance(note, str):
        raise ValidationError("A diary note must be text.")
    note = clean_text(note)
    if len(note) > MAX_NOTE:
        raise ValidationError(f"A diary note can be up to {MAX_NOTE} characters.")
    return DiaryEntry(day, person, round(float(hours), 2), chosen, nights, feeling, note)


def entries_from_json(rows: object, known_tasks: Sequence[str] | None = None) -> list[DiaryEntry]:
    """Entries from an answers file's `diary` list; one ValidationError lists every problem."""
    if not isinstance(rows, list):
        raise ValidationError("The diary must be a list of days.")
    entries: list[DiaryEntry] = []
    problems: list[str] = []
    seen: set[tuple[date, int]] = set()
    for number, row in enumerate(rows, start=1):
        if not isinstance(row, Mapping):
            problems.append(f"diary day {number}: not an object")
            continue
        try:
            entry = make_entry(
                row.get("date", ""),
                row.get("person", 1),
                row.get("hours"),
                row.get("tasks", []) or [],
                row.get("nights", 0),
                row.get("feeling", "") or "",
                row.get("note", "") or "",
                known_tasks=known_tasks,
            )
        except ValidationError as error:
            problems.append(f"diary day {number}: {error.message}")
            continue
        if (entry.day, entry.person) in seen:
            problems.append(f"diary day {number}: {entry.day} is in the diary twice")
            continue
        seen.add((entry.day, entry.person))
        entries.append(entry)
    per_day: dict[date, float] = {}
    for entry in entries:
        per_day[entry.day] = per_day.get(entry.day, 0.0) + entry.hours
    problems += [
        f"{day}: more than 24 hours of caring in one day"
        for day in sorted(per_day)
        if per_day[day] > 24
    ]
    if problems:
        raise ValidationError("The diary has problems:\n" + "\n".join(f"- {p}" for p in problems))
    return sorted(entries, key=lambda e: (e.day, e.person))


@dataclass(frozen=True)
class WeekTotal:
    """One Sunday-to-Saturday week of the diary, for one person (or everyone)."""

    start: date
    hours: float
    days_recorded: int
    nights_disturbed: int
    """Days on which the carer was up in the night at least once."""

    @property
    def end(self) -> date:
        return self.start + timedelta(days=6)

    @property
    def complete(self) -> bool:
        return self.days_recorded == 7

    @property
    def under_35(self) -> bool:
        return self.hours < FULL_CARE_HOURS

    @property
    def label(self) -> str:
        return f"{self.start.day} {self.start:%b} to {self.end.day} {self.end:%b %Y}"

    @property
    def flag(self) -> str:
        """The week's standing in words (never colour alone)."""
        if self.days_recorded == 0:
            return "Nothing written down"
        if self.under_35 and not self.complete:
            return f"Under {FULL_CARE_HOURS} hours so far ({self.days_recorded} of 7 days written down)"
        if self.under_35:
            return f"Under {FULL_CARE_HOURS} hours"
        return f"{FULL_CARE_HOURS} hours or more"


def weekly_totals(entries: Iterable[DiaryEntry], person: int | None = None) -> list[WeekTotal]:
    """Every week from the first entry to the last, in order; weeks with no entries included
    (as 0 hours, nothing written down) so a gap is seen, not hidden."""
    hours: dict[date, float] = {}
    days: dict[date, set[date]] = {}
    nights: dict[date, set[date]] = {}
    for entry in entries:
        if person is not None and entry.person != person:
            continue
        start = week_start(entry.day)
        hours[start] = hours.get(start, 0.0) + entry.hours
        days.setdefault(start, set()).add(entry.day)
        if entry.nights > 0:
            nights.setdefault(start, set()).add(entry.day)
    if not hours:
        return []
    weeks: list[WeekTotal] = []
    start, last = min(hours), max(hours)
    while start <= last:
        weeks.append(
            WeekTotal(
                start,
                round(hours.get(start, 0.0), 2),
                len(days.get(start, ())),
                len(nights.get(start, ())),
            )
        )
        start += timedelta(days=7)
    return weeks


@dataclass(frozen=True)
class DiarySummary:
    """What the last few weeks of the diary show, for a letter, the findings and the pack."""

    person: int | None
    weeks: tuple[WeekTotal, ...]
    tasks: tuple[str, ...] = field(default=())
    """Tasks done in these weeks, most often first."""
    feelings: Mapping[str, int] = field(default_factory=dict)

    @property
    def first_day(self) -> date:
        return self.weeks[0].start

    @property
    def last_day(self) -> date:
        return self.weeks[-1].end

    @property
    def average_hours(self) -> float:
        return round(sum(w.hours for w in self.weeks) / len(self.weeks), 1)

    @property
    def nights_up(self) -> int:
        return sum(w.nights_disturbed for w in self.weeks)

    @property
    def weeks_under_35(self) -> tuple[WeekTotal, ...]:
        return tuple(w for w in self.weeks if w.under_35)

    @property
    def days_recorded(self) -> int:
        return sum(w.days_recorded for w in self.weeks)


def summarise(
    entries: Sequence[DiaryEntry], person: int | None = None, weeks: int = 4
) -> DiarySummary | None:
    """The last `weeks` weeks up to the latest entry (for `person`, or everyone); None if the
    diary has nothing for them."""
    totals = weekly_totals(entries, person)
    if not totals:
        return None
    chosen = tuple(totals[-weeks:])
    first = chosen[0].start
    counts: dict[str, int] = {}
    feelings: dict[str, int] = {}
    for entry in entries:
        if entry.day < first or (person is not None and entry.person != person):
            continue
        for task in entry.tasks:
            counts[task] = counts.get(task, 0) + 1
        if entry.feeling:
            feelings[entry.feeling] = feelings.get(entry.feeling, 0) + 1
    ordered = tuple(sorted(counts, key=lambda task: (-counts[task], task)))
    return DiarySummary(person, chosen, ordered, feelings)


def hours_from_diary(entries: Sequence[DiaryEntry], weeks: int = 4) -> dict[int, float]:
    """Each person's average hours a week over the diary's last `weeks` weeks: what the hours
    questions would have said, measured instead of guessed."""
    result: dict[int, float] = {}
    for person in sorted({entry.person for entry in entries}):
        summary = summarise(entries, person, weeks)
        if summary is not None:
            result[person] = summary.average_hours
    return result


def answers_with_diary(
    answers: Mapping[str, Any],
    entries: Sequence[DiaryEntry],
    questionnaire: Questionnaire,
    weeks: int = 4,
) -> dict[str, Any]:
    """The answers with each diarised person's hours a week taken from the diary, so the
    findings' hours tests rest on what was written down day by day."""
    merged = dict(answers)
    for person, hours in hours_from_diary(entries, weeks).items():
        question = questionnaire.tagged(Tag.CARING_HOURS, person)
        if question is not None:
            merged[question.id] = hours
    for person, every in every_week_from_diary(entries, weeks).items():
        question = questionnaire.tagged(Tag.EVERY_WEEK, person)
        if question is not None and question.option(every) is not None:
            merged[question.id] = every
    return merged


def every_week_from_diary(entries: Sequence[DiaryEntry], weeks: int = 4) -> dict[int, str]:
    """Whether each person had 35 hours in every week of the diary's last `weeks` weeks: a whole
    week written down under 35 hours says "some_weeks"; every week written down in full, or
    already at 35 hours, says "every_week". A diary with gaps says nothing (the carer's answer
    stands), as an unrecorded day may have been a day of caring."""
    result: dict[int, str] = {}
    for person in sorted({entry.person for entry in entries}):
        summary = summarise(entries, person, weeks)
        if summary is None:
            continue
        if any(w.complete and w.under_35 for w in summary.weeks):
            result[person] = "some_weeks"
        elif all(w.complete or not w.under_35 for w in summary.weeks):
            result[person] = "every_week"
    return result
