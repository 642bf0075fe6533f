"""Anonymised figures for funders and planners: counts only, no names or free text, small counts hidden."""

from __future__ import annotations

import csv
import io
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

from carerhelp.storage.cases import CaseStore
from carerhelp.storage.safety import atomic_write

SUPPRESS_BELOW = 5
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


def band(value: Any, bands: tuple[tuple[int, int, str], ...]) -> str:
    if not isinstance(value, int | float) or isinstance(value, bool):
        return "not known"
    return next((label for low, high, label in bands if low <= value <= high), "not known")


def shown(count: int) -> str:
    """Counts of 1 to 4 are hidden, so no one can be picked out."""
    return f"<{SUPPRESS_BELOW}" if 0 < count < SUPPRESS_BELOW else str(count)


def statistics(store: CaseStore, on: date, assess: Any = None) -> list[tuple[str, str, str]]:
    """(measure, group, count) rows over every case, archived ones included."""
    if assess is None:
        from carerhelp.domain.rights import assess
    counts: Counter[tuple[str, str]] = Counter()
    for case in store.list_cases(include_archived=True):
        answers = store.load_answers(case.id)
        counts[("cases by nation", case.nation or "not known")] += 1
        counts[("cases by council", case.council or "not known")] += 1
        counts[("carers by age band", band(answers.get("carer_age"), AGE_BANDS))] += 1
        hours = sum(
            v for k, v in answers.items() if k.endswith("_hours") and isinstance(v, int | float)
        )
        counts[
            ("carers by weekly caring hours", band(hours, HOUR_BANDS) if answers else "not known")
        ] += 1
        counts[("cases by status", case.status)] += 1
        if answers.get("nation"):
            for finding in assess(answers, on=on):
                counts[("findings", f"{finding.id}: {finding.status.value}")] += 1
    letters = store.conn.execute(
        "SELECT count(*), count(sent_at), count(reply_at) FROM letters"
    ).fetchone()
    for name, value in zip(
        ("letters made", "letters sent", "replies received"), letters, strict=True
    ):
        counts[(name, "all")] += int(value)
    return [(measure, group, shown(count)) for (measure, group), count in sorted(counts.items())]


def write_statistics_csv(store: CaseStore, path: Path, on: date) -> int:
    """Write the figures as CSV; returns the number of rows."""
    rows = statistics(store, on)
    text = io.StringIO()
    writer = csv.writer(text)
    writer.writerow(["measure", "group", "count"])
    writer.writerows(rows)
    atomic_write(path, text.getvalue().encode("utf-8"))
    store.log("statistics_exported")
    return len(rows)
