"""Copying a case for the same carer and another person cared for."""

from __future__ import annotations

from pathlib import Path

import pytest

from carerhelp.domain.errors import StoreError
from carerhelp.storage import open_store
from carerhelp.storage.casework import copy_case


def test_copy_keeps_the_carer_and_clears_the_person(tmp_path: Path, meaning):
    with open_store(tmp_path, meaning=meaning) as store:
        case = store.create_case()
        answers = {
            "carer_name": "Siân Llŷr",
            "carer_postcode": "CF10 1AA",
            "nation": "wales",
            "council": "cardiff",
            "carer_age": 66,
            "contact_method": "phone",
            "people_count": 1,
            "person1_name": "Dafydd",
            "person1_condition": "Parkinson's",
            "person1_hours": 50,
            "caring_tasks": ["meals"],
            "impact_health": "getting_worse",
            "want_breaks": True,
        }
        for question, value in answers.items():
            store.save_answer(case, question, value)
        store.set_notes(case, "Original notes")
        copy = copy_case(store, case, volunteer="Nia")

        assert copy != case
        assert store.load_answers(copy) == {
            "carer_name": "Siân Llŷr",
            "carer_postcode": "CF10 1AA",
            "nation": "wales",
            "council": "cardiff",
            "carer_age": 66,
            "contact_method": "phone",
        }
        summary = store.get_case(copy)
        assert (summary.carer_name, summary.person_name, summary.postcode) == (
            "Siân Llŷr",
            "",
            "CF10 1AA",
        )
        assert (summary.status, summary.notes, summary.current_question) == (
            "in_progress",
            "",
            None,
        )
        assert store.load_answers(case) == answers  # the original is untouched
        assert {c.id for c in store.list_cases(search="sian")} == {case, copy}
        actions = store.query(
            "SELECT action, volunteer FROM audit WHERE case_id = ? ORDER BY id", (copy,)
        )
        assert actions == [("case_created", "Nia"), ("case_copied", "Nia")]
        with pytest.raises(StoreError, match="no longer in CarerHelp"):
            copy_case(store, 404)


def test_no_health_detail_is_ever_carried_over(meaning):
    assert meaning.health and meaning.carried_over
    assert not meaning.health & meaning.carried_over
    assert meaning.person_names and not meaning.person_names.keys() & meaning.carried_over


def test_a_store_opened_without_the_questions_refuses_what_needs_them(tmp_path: Path, meaning):
    with open_store(tmp_path, meaning=meaning) as store:
        case = store.create_case()
        store.save_answer(case, "carer_name", "Siân")
    with open_store(tmp_path) as store:
        assert store.load_answers(case) == {"carer_name": "Siân"}  # reading needs no meaning
        assert [c.carer_name for c in store.list_cases()] == ["Siân"]
        for work in (
            lambda: store.save_answer(case, "carer_name", "Nia"),
            lambda: store.delete_answer(case, "carer_name"),
            lambda: copy_case(store, case),
        ):
            with pytest.raises(StoreError, match="opened without the questionnaire"):
                work()
        assert store.load_answers(case) == {"carer_name": "Siân"}
