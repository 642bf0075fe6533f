"""Advice-centre casework on the store: copy a case for another person cared for."""

from __future__ import annotations

import re

from carerhelp.storage.cases import CaseStore

# Answers about the carer and their preferences carry over; anything about the person cared for,
# the caring, its impact and what was asked for starts afresh.
_PER_PERSON = re.compile(
    r"^(person\d_|people_count$|caring_|impact_|willing_to_continue$|breakdown_risk$|"
    r"terminal_illness$|want_|their_agreement$|already_assessed$|assessment_date$)"
)


def copy_case(store: CaseStore, case_id: int, volunteer: str | None = None) -> int:
    """A new case for the same carer, for another person they care for. Returns the new id."""
    answers = store.load_answers(case_id)
    new_id = store.create_case(volunteer=volunteer)
    for question_id, value in answers.items():
        if not _PER_PERSON.match(question_id):
            store.save_answer(new_id, question_id, value)
    store.log("case_copied", new_id, volunteer)
    return new_id
