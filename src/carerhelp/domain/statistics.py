"""Anonymised figures for funders and planners: counts only, no names or free text, small counts hidden."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from carerhelp.domain.errors import CarerHelpError
from carerhelp.domain.model import Answers, Finding
from carerhelp.domain.questionnaire import Questionnaire
from carerhelp.domain.situation import Situation, situation

SUPPRESS_BELOW = 5
HIDDEN = f"<{SUPPRESS_BELOW}"
AGE_BANDS = (
    (0, 17, "under 18"),
    (18, 24, "18-24"),
    (25, 44, "25-44"),
    (45, 64, "45-64"),
    (65, 74, "65-74"),
    (75, 200, "75 and over"),
)
HOUR_BANDS = (
    (0, 19, "under 20"),
    (20, 34, "20-34"),
    (35, 49, "35-49"),
    (50, 99, "50-99"),
    (100, 168, "100 or more"),
)
NOT_KNOWN = "not known"
Assess = Callable[[Situation, date], Sequence[Finding]]
"""Findings for a situation on a date (the rights engine's `assess_situation`, or a test's own)."""
Row = tuple[str, str, str]


@dataclass(frozen=True)
class CaseFacts:
    """One case as the figures see it: the key fields from its row, and its answers."""

    nation: str
    council: str
    status: str
    answers: Answers


@dataclass(frozen=True)
class LetterFacts:
    """One kept letter: its kind, and whether it was sent and answered."""

    kind: str
    sent: bool
    replied: bool


def band(value: object, bands: tuple[tuple[int, int, str], ...]) -> str:
    if not isinstance(value, int | float) or isinstance(value, bool):
        return NOT_KNOWN
    return next((label for low, high, label in bands if low <= value < high + 1), NOT_KNOWN)


def caring_hours(s: Situation) -> float | None:
    """Weekly hours over the people the carer says they care for (hidden answers ignored)."""
    return s.total_hours if s.hours_known else None


def count_everything(
    cases: Iterable[CaseFacts],
    letters: Iterable[LetterFacts],
    on: date,
    questionnaire: Questionnaire,
    assess: Assess,
) -> Counter[tuple[str, str]]:
    """Raw (measure, group) counts over every case, archived ones included. Never written out."""
    counts: Counter[tuple[str, str]] = Counter()
    for case in cases:
        s = situation(questionnaire, case.answers)
        counts[("cases", "all")] += 1
        counts[("cases by nation", case.nation or NOT_KNOWN)] += 1
        counts[("cases by council", case.council or NOT_KNOWN)] += 1
        counts[("cases by status", case.status)] += 1
        counts[("carers by age band", band(s.carer_age, AGE_BANDS))] += 1
        counts[("carers by weekly caring hours", band(caring_hours(s), HOUR_BANDS))] += 1
        if s.nation is None:
            continue
        try:
            findings = assess(s, on)
        except CarerHelpError:
            counts[("findings", "could not be worked out")] += 1
            continue
        for finding in findings:
            status = getattr(finding.status, "value", finding.status)
            counts[(f"finding: {finding.id}", str(status))] += 1
    for letter in letters:
        counts[("letters", "made")] += 1
        counts[("letters", "sent")] += int(letter.sent)
        counts[("letters", "replies received")] += int(letter.replied)
        counts[("letters made by kind", letter.kind)] += 1
    return counts


def suppress(counts: Counter[tuple[str, str]]) -> list[Row]:
    """(measure, group, count) rows with counts of 1-4 hidden as "<5".

    Where a measure would hide exactly one count, its next-smallest count is hidden too: the
    groups of a measure add up to a total shown elsewhere, so one hidden count could be worked
    out by subtraction.
    """
    by_measure: dict[str, dict[str, int]] = {}
    for (measure, group), count in counts.items():
        if count > 0:
            by_measure.setdefault(measure, {})[group] = count
    rows: list[Row] = []
    for measure in sorted(by_measure):
        groups = by_measure[measure]
        hidden = {group for group, count in groups.items() if count < SUPPRESS_BELOW}
        visible = sorted((count, group) for group, count in groups.items() if group not in hidden)
        if len(hidden) == 1 and visible and len(groups) > 1:
            hidden.add(visible[0][1])
        for group in sorted(groups):
            rows.append((measure, group, HIDDEN if group in hidden else str(groups[group])))
    return rows


def anonymised_figures(
    cases: Iterable[CaseFacts],
    letters: Iterable[LetterFacts],
    on: date,
    questionnaire: Questionnaire,
    assess: Assess,
) -> list[Row]:
    """The figures as (measure, group, count) rows, ready to publish."""
    return suppress(count_everything(cases, letters, on, questionnaire, assess))
