"""The case store on a real file: autosave, key fields, people, status, letters and the audit log."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from carerhelp.domain.errors import StoreError, ValidationError
from carerhelp.paths import DATABASE_FILE_NAME
from carerhelp.storage import CaseStore, open_store


@pytest.fixture
def store(tmp_path: Path, meaning):
    opened = open_store(tmp_path, meaning=meaning)
    yield opened
    opened.close()


def raw(tmp_path: Path, sql: str, *params: object) -> list[tuple]:
    """Read the file through a second, independent connection: what is really on disk."""
    conn = sqlite3.connect(tmp_path / DATABASE_FILE_NAME)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def test_an_answer_is_on_disk_when_save_returns(store: CaseStore, tmp_path: Path):
    case = store.create_case()
    store.save_answer(case, "carer_age", 67)
    store.save_answer(case, "carer_age", 68)  # upsert: one row per case and question
    assert raw(tmp_path, "SELECT question_id, value FROM answers") == [("carer_age", "68")]


def test_key_fields_and_people_follow_the_answers(store: CaseStore):
    case = store.create_case()
    for question, value in {
        "carer_name": "Siân Llŷr",
        "person1_name": "Dafydd",
        "person2_name": "Gwen",
        "nation": "wales",
        "council": "cardiff",
        "carer_postcode": "CF10 1AA",
    }.items():
        store.save_answer(case, question, value)
    summary = store.get_case(case)
    assert (summary.carer_name, summary.person_name, summary.nation) == (
        "Siân Llŷr",
        "Dafydd",
        "wales",
    )
    assert (summary.council, summary.postcode) == ("cardiff", "CF10 1AA")
    people = store.query("SELECT position, name FROM people ORDER BY position")
    assert people == [(1, "Dafydd"), (2, "Gwen")]
    store.delete_answer(case, "person2_name")
    assert store.query("SELECT position, name FROM people") == [(1, "Dafydd")]

    store.delete_answer(case, "carer_name")
    assert store.get_case(case).carer_name == ""
    assert "carer_name" not in store.load_answers(case)


def test_saving_moves_the_case_to_the_top_of_the_list(store: CaseStore):
    first, second = store.create_case(), store.create_case()
    with store.write() as tx:
        tx.execute("UPDATE cases SET updated_at = '2020-01-01T00:00:00+00:00'")
    store.save_answer(first, "carer_age", 70)
    assert [case.id for case in store.list_cases()] == [first, second]


@pytest.mark.parametrize(
    "value", [float("nan"), float("inf"), {1, 2}, object(), "bad\udc80", ["ok", "\ud83d"]]
)
def test_values_that_cannot_be_stored_faithfully_are_refused(store: CaseStore, value: object):
    case = store.create_case()
    store.save_answer(case, "extra_info", "kept")
    with pytest.raises(ValidationError):
        store.save_answer(case, "extra_info", value)
    assert store.load_answers(case) == {"extra_info": "kept"}


def test_a_case_that_has_gone_gives_a_plain_message_and_writes_nothing(store: CaseStore):
    with pytest.raises(StoreError, match="no longer in CarerHelp"):
        store.save_answer(999, "carer_name", "Nobody")
    for call in (
        lambda: store.get_case(999),
        lambda: store.set_status(999, "closed"),
        lambda: store.set_position(999, "nation"),
        lambda: store.set_notes(999, "note"),
        lambda: store.set_archived(999, True),
        lambda: store.get_letter(999),
        lambda: store.mark_letter_sent(999),
    ):
        with pytest.raises(StoreError, match="no longer in CarerHelp"):
            call()
    assert store.query("SELECT count(*) FROM answers") == [(0,)]
    with store.write():  # BEGIN IMMEDIATE would fail if a failed save had left one open
        pass


def test_resume_point_status_notes_and_archive(store: CaseStore):
    case = store.create_case(volunteer="Nia")
    store.set_position(case, "person1_hours")
    store.set_status(case, "waiting_reply", volunteer="Nia")
    store.set_notes(case, "Rang on Tuesday\nCall back after 3pm")
    summary = store.get_case(case)
    assert summary.current_question == "person1_hours"
    assert summary.status == "waiting_reply"
    assert summary.notes == "Rang on Tuesday\nCall back after 3pm"
    store.set_notes(case, "  Sia\u0302n\x00 rang \u202eback\r\n")  # pasted with stray characters
    assert store.get_case(case).notes == "Siân rang back"
    store.set_position(case, None)
    assert store.get_case(case).current_question is None
    with pytest.raises(ValidationError):
        store.set_status(case, "lost")

    store.set_archived(case, True)
    assert store.list_cases() == [] and store.count_cases() == 0
    assert [c.id for c in store.list_cases(include_archived=True)] == [case]
    store.set_archived(case, False)
    assert store.count_cases() == 1


def test_status_filter_and_sorting(store: CaseStore):
    names = ["bethan", "Aled", "Catrin"]
    ids = []
    for name in names:
        case = store.create_case()
        store.save_answer(case, "carer_name", name)
        ids.append(case)
    store.set_status(ids[1], "closed")
    assert [c.id for c in store.list_cases(status="closed")] == [ids[1]]
    assert store.count_cases(status="in_progress") == 2
    by_name = store.list_cases(sort="carer_name", descending=False)
    assert [c.carer_name for c in by_name] == ["Aled", "bethan", "Catrin"]
    page = store.list_cases(sort="carer_name", descending=False, limit=2, offset=1)
    assert [c.carer_name for c in page] == ["bethan", "Catrin"]
    # An unknown sort column is never put into SQL.
    assert len(store.list_cases(sort="id; DROP TABLE cases")) == 3


def test_letters_keep_the_pdf_and_the_answers_they_were_made_from(store: CaseStore):
    case = store.create_case()
    pdf = b"%PDF-1.7\n" + bytes(range(256)) * 40
    answers = {"carer_name": "Siân Llŷr 🙂", "person1_hours": 42.5}
    findings = [{"id": "carers_assessment", "status": "entitled"}]
    letter = store.save_letter(case, "assessment", pdf, answers, findings, prepared_by="Nia")
    store.save_answer(case, "carer_name", "Changed later")

    listed = store.list_letters(case)
    assert [(item.id, item.kind, item.prepared_by, item.pdf) for item in listed] == [
        (letter, "assessment", "Nia", b"")
    ]
    full = store.get_letter(letter)
    assert (full.pdf, full.answers, full.findings) == (pdf, answers, findings)

    store.mark_letter_sent(letter, "2026-11-23")
    assert store.get_letter(letter).sent_at == "2026-11-23"
    assert store.get_case(case).status == "waiting_reply"
    store.mark_reply(letter, "2026-12-01")
    assert store.get_letter(letter).reply_at == "2026-12-01"


def test_erasing_a_case_row_cascades_to_everything_about_it(store: CaseStore):
    case = store.create_case()
    store.save_answer(case, "person1_name", "Dafydd")
    store.save_letter(case, "respite", b"%PDF", {}, [])
    with store.write() as tx:
        tx.execute("DELETE FROM cases WHERE id = ?", (case,))
    for table in ("answers", "people", "letters", "consents"):
        assert store.query(f"SELECT count(*) FROM {table}") == [(0,)]


def test_audit_log_holds_actions_and_times_never_answers(store: CaseStore, tmp_path: Path):
    case = store.create_case(volunteer="Nia")
    store.save_answer(case, "carer_name", "Gwenllian Prydderch")
    store.save_answer(case, "extra_info", "Gwenllian's private worries")
    store.set_status(case, "closed", volunteer="Nia")
    store.save_letter(case, "assessment", b"%PDF", {"carer_name": "Gwenllian"}, [], "Nia")
    store.log("case_opened", case, "Nia")
    rows = raw(tmp_path, "SELECT action, case_id, volunteer, at FROM audit ORDER BY id")
    assert [row[:3] for row in rows] == [
        ("case_created", case, "Nia"),
        ("status_changed:closed", case, "Nia"),
        ("letter_made:assessment", case, "Nia"),
        ("case_opened", case, "Nia"),
    ]
    assert all(row[3] for row in rows)
    assert "Gwenllian" not in repr(raw(tmp_path, "SELECT * FROM audit"))


def test_advice_centre_mode_is_kept_in_the_file_and_logged(tmp_path: Path, meaning):
    with open_store(tmp_path, meaning=meaning) as store:
        assert store.advice_centre_mode is False
        store.advice_centre_mode = True
    with open_store(tmp_path, meaning=meaning) as store:
        assert store.advice_centre_mode is True
        actions = [a for (a,) in store.query("SELECT action FROM audit")]
    assert actions == ["advice_centre_mode_on"]


def test_closing_folds_the_wal_into_the_file(tmp_path: Path, meaning):
    with open_store(tmp_path, meaning=meaning) as store:
        store.save_answer(store.create_case(), "carer_name", "Siân")
    wal = tmp_path / f"{DATABASE_FILE_NAME}-wal"
    assert not wal.exists() or wal.stat().st_size == 0
    assert raw(tmp_path, "SELECT carer_name FROM cases") == [("Siân",)]


@pytest.mark.parametrize("action", ["Dementia diagnosis", "letter_made:", "x" * 100, "", "a;b"])
def test_the_audit_log_takes_action_names_only(store: CaseStore, action: str):
    with pytest.raises(ValueError):
        store.log(action)
    assert store.query("SELECT count(*) FROM audit") == [(0,)]


@pytest.mark.parametrize("question", ["", "Carer Name", "carer_name; --", "é", None])
def test_only_question_ids_are_saved(store: CaseStore, question: object):
    case = store.create_case()
    with pytest.raises(ValidationError, match="not a question"):
        store.save_answer(case, question, "x")  # type: ignore[arg-type]
    assert store.load_answers(case) == {}
