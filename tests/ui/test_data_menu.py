"""The Data and Case menus' safety actions through the real window: routine backups, erasing a
client (with what was cleaned), and erasing everything."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtWidgets import QMessageBox

from carerhelp.storage.backup import list_backups, take_backup
from tests.storage.canary import fill_case, hits, new_canary


@pytest.fixture
def replies(monkeypatch):
    """Answer every question with the next reply given (Yes if none left) and keep what was said."""
    state = {"answers": [], "asked": [], "told": []}

    def question(_parent, _title, text, *args):
        state["asked"].append(text)
        yes = state["answers"].pop(0) if state["answers"] else True
        return QMessageBox.StandardButton.Yes if yes else QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: state["told"].append(text))
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _p, _t, text: state["told"].append("WARNING " + text)
    )
    return state


def test_routine_backup_is_taken_when_due_and_only_then(qtbot, window, store):
    clock = {"now": datetime.now(UTC)}
    routine = window.routine_backups
    routine.clock = lambda: clock["now"]
    case = store.create_case()
    store.save_answer(case, "carer_name", "Backed Up")

    assert routine.check()
    assert not routine.check(), "a second check while one is running must not start another"
    qtbot.waitUntil(lambda: not routine.running, timeout=10_000)
    taken = list_backups(store.data_dir)
    assert [b.reason for b in taken] == ["automatic"]
    assert routine.label.text() == f"Your answers were backed up on {taken[0].label}."
    assert b"Backed Up" in taken[0].path.read_bytes()

    clock["now"] += timedelta(minutes=10)  # not due yet: nothing new
    routine.check()
    qtbot.waitUntil(lambda: not routine.running, timeout=10_000)
    assert routine.last_result is None and len(list_backups(store.data_dir)) == 1

    clock["now"] += timedelta(minutes=25)  # 35 minutes after the first: due again
    routine.check()
    qtbot.waitUntil(lambda: not routine.running, timeout=10_000)
    assert len(list_backups(store.data_dir)) == 2


def test_a_failed_routine_backup_is_shown_without_interrupting(qtbot, window, store, replies):
    routine = window.routine_backups
    folder = store.data_dir / "backups"
    folder.write_text("a file where the backups folder should be")  # every backup now fails
    routine.check()
    qtbot.waitUntil(lambda: not routine.running, timeout=10_000)
    assert isinstance(routine.last_result, Exception)
    assert "Couldn't make the routine backup" in routine.label.text()
    assert "Back up now" in routine.label.text()
    assert replies["told"] == [], "no dialog pops up in the middle of a question"


def test_erasing_a_client_from_the_menu_says_what_was_cleaned(qtbot, window, store, replies):
    marker = new_canary()
    case = fill_case(store, marker)
    take_backup(store, store.data_dir, "test")
    window.start_page.refresh()
    window.case_actions.erase(case)
    qtbot.waitUntil(lambda: not window.session.busy, timeout=20_000)
    assert replies["asked"][0].startswith("Erase everything about Carer ")
    assert replies["told"][-1].endswith(
        "has been erased. Erased from CarerHelp and from all 2 backups."
    )
    assert hits([store.data_dir], marker) == []
    assert window.start_page.model.rowCount() == 0


def test_erase_everything_asks_twice_and_a_no_keeps_everything(qtbot, window, store, replies):
    kept = store.create_case()
    store.save_answer(kept, "carer_name", "Still Here")
    take_backup(store, store.data_dir, "test")
    replies["answers"] = [True, False]  # yes to the first question, no to "Are you sure?"
    window.case_actions.erase_everything()
    assert len(replies["asked"]) == 2 and "Are you sure?" in replies["asked"][1]
    assert store.load_answers(kept) == {"carer_name": "Still Here"}
    assert len(list_backups(store.data_dir)) == 1

    replies["answers"] = [True, True]
    window.case_actions.erase_everything()
    qtbot.waitUntil(lambda: not window.session.busy, timeout=20_000)
    assert replies["told"][-1] == "Everything has been erased. CarerHelp is now empty."
    assert store.list_cases() == [] and list_backups(store.data_dir) == []
    assert window.start_page.model.rowCount() == 0
    assert window.stack.currentWidget() is window.start_page


def test_questions_that_change_data_default_to_no(qtbot, window, monkeypatch):
    defaults = []

    def question(_parent, _title, _text, _buttons, default):
        defaults.append(default)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    window.case_actions.erase_everything()
    assert defaults == [QMessageBox.StandardButton.No]
