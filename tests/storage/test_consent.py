"""Consent on a shared PC: health details only with consent, no letters once it is withdrawn."""

from __future__ import annotations

from pathlib import Path

import pytest

from carerhelp.domain.errors import StoreError, ValidationError
from carerhelp.storage import CaseStore, open_store
from carerhelp.storage.consent import (
    DEFAULT_COVERS,
    ConsentNeeded,
    ConsentWithdrawn,
    consent_state,
    record_consent,
    withdraw_consent,
)
from carerhelp.storage.volunteers import list_volunteers, sign_in


@pytest.fixture
def store(tmp_path: Path, meaning):
    opened = open_store(tmp_path, meaning=meaning)
    yield opened
    opened.close()


@pytest.mark.parametrize(
    "question",
    [
        "person1_condition",
        "person3_benefits",
        "impact_health",
        "impact_leisure",
        "terminal_illness",
        "breakdown_risk",
        "willing_to_continue",
    ],
)
def test_health_questions(question: str, meaning):
    assert meaning.is_health(question)


@pytest.mark.parametrize(
    "question", ["carer_name", "person1_name", "person1_hours", "nation", "caring_tasks", ""]
)
def test_other_questions_are_not_health(question: str, meaning):
    assert not meaning.is_health(question)


def test_at_home_a_carer_needs_no_consent_record(store: CaseStore):
    case = store.create_case()
    store.save_answer(case, "person1_condition", "Dementia")
    assert store.load_answers(case) == {"person1_condition": "Dementia"}
    assert store.can_make_letter(case)


def test_advice_centre_keeps_health_details_only_after_consent(store: CaseStore):
    store.advice_centre_mode = True
    case = store.create_case(volunteer="Nia")
    store.save_answer(case, "carer_name", "Siân")  # not health: no consent needed
    with pytest.raises(ConsentNeeded, match="Record the client's consent"):
        store.save_answer(case, "person1_condition", "Dementia")
    assert store.load_answers(case) == {"carer_name": "Siân"}

    record_consent(store, case, DEFAULT_COVERS, "Nia")
    state = consent_state(store, case)
    assert state.given and not state.withdrawn
    assert (state.covers, state.recorded_by) == (DEFAULT_COVERS, "Nia") and state.given_at
    store.save_answer(case, "person1_condition", "Dementia")
    assert store.load_answers(case)["person1_condition"] == "Dementia"


def test_withdrawn_consent_blocks_health_answers_and_new_letters(store: CaseStore):
    store.advice_centre_mode = True
    case = store.create_case()
    record_consent(store, case, "Keeping my answers", "Nia")
    first = store.save_letter(case, "assessment", b"%PDF", {}, [])
    withdraw_consent(store, case, "Owen")
    state = consent_state(store, case)
    assert state.withdrawn and not state.given and state.withdrawn_at
    assert not store.can_make_letter(case)
    with pytest.raises(ConsentWithdrawn, match="erase"):
        store.save_letter(case, "respite", b"%PDF", {}, [])
    with pytest.raises(ConsentNeeded):
        store.save_answer(case, "impact_health", "getting_worse")
    assert [letter.id for letter in store.list_letters(case)] == [first]
    with pytest.raises(StoreError, match="no consent to withdraw"):
        withdraw_consent(store, case, "Owen")

    record_consent(store, case, "Keeping my answers again", "Nia")  # the client changed their mind
    assert store.can_make_letter(case)
    actions = [a for (a,) in store.query("SELECT action FROM audit WHERE case_id = ?", (case,))]
    assert actions.count("consent_recorded") == 2 and actions.count("consent_withdrawn") == 1


def test_consent_needs_words_and_a_real_case(store: CaseStore):
    case = store.create_case()
    with pytest.raises(StoreError, match="agreeing to"):
        record_consent(store, case, "   ", "Nia")
    with pytest.raises(StoreError, match="no longer in CarerHelp"):
        record_consent(store, 404, "Keeping my answers", "Nia")
    with pytest.raises(ValidationError):
        record_consent(store, case, "Keeping \udc80 answers", "Nia")
    assert not consent_state(store, case).given


def test_volunteers_sign_in_by_name_and_it_is_logged(store: CaseStore):
    assert sign_in(store, "  Nia\tWilliams ") == "Nia Williams"
    sign_in(store, "Owen")
    sign_in(store, "Nia Williams")
    assert sorted(list_volunteers(store)) == ["Nia Williams", "Owen"]
    with store.write() as tx:
        tx.execute("UPDATE volunteers SET last_seen = '2020-01-01' WHERE name = 'Nia Williams'")
    assert list_volunteers(store) == ["Owen", "Nia Williams"]  # most recently here first
    rows = store.query("SELECT action, volunteer FROM audit WHERE action = 'volunteer_signed_in'")
    assert rows == [
        ("volunteer_signed_in", "Nia Williams"),
        ("volunteer_signed_in", "Owen"),
        ("volunteer_signed_in", "Nia Williams"),
    ]
    with pytest.raises(ValidationError):
        sign_in(store, "   ")
    with pytest.raises(ValidationError):
        sign_in(store, "x" * 101)
