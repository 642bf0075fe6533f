"""Anonymised figures for funders: the rows they are counted from, and the CSV they are written to.

The counting and the hiding of small counts are the domain's (`carerhelp.domain.statistics`).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from carerhelp.domain.model import Finding
from carerhelp.domain.situation import Situation
from carerhelp.domain.statistics import Assess, CaseFacts, LetterFacts, Row, anonymised_figures
from carerhelp.storage.cases import CaseStore
from carerhelp.storage.safety import atomic_write, refuse_store_path

if TYPE_CHECKING:
    from carerhelp.domain.content import Content


def case_facts(store: CaseStore) -> list[CaseFacts]:
    """Every case, archived ones included, with its answers."""
    return [
        CaseFacts(case.nation, case.council, case.status, store.load_answers(case.id))
        for case in store.list_cases(include_archived=True)
    ]


def letter_facts(store: CaseStore) -> list[LetterFacts]:
    rows = store.query(
        "SELECT kind, sent_at IS NOT NULL, reply_at IS NOT NULL FROM letters ORDER BY id"
    )
    return [LetterFacts(str(kind), bool(sent), bool(replied)) for kind, sent, replied in rows]


def statistics(
    store: CaseStore, on: date, content: Content, assess: Assess | None = None
) -> list[Row]:
    """The figures as (measure, group, count) rows, ready to publish."""
    if assess is None:
        from carerhelp.domain.rights import assess_situation

        def assess(s: Situation, day: date) -> Sequence[Finding]:
            return assess_situation(s, day, content)

    return anonymised_figures(
        case_facts(store), letter_facts(store), on, content.questionnaire, assess
    )


def write_statistics_csv(store: CaseStore, path: Path, on: date, content: Content) -> int:
    """Write the figures as CSV (written whole or not at all); returns the number of rows."""
    refuse_store_path(path, store.data_dir)
    rows = statistics(store, on, content)
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\n")
    writer.writerow(["measure", "group", "count"])
    writer.writerows(rows)
    atomic_write(path, text.getvalue().encode("utf-8"))
    store.log("statistics_exported")
    return len(rows)
