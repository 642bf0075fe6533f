"""Start-up recovery of a damaged file, restoring a backup from the app, and the large-print answers."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from carerhelp import app as composition
from carerhelp.paths import DATABASE_FILE_NAME
from carerhelp.storage import open_store
from carerhelp.storage.backup import list_backups, take_backup
from carerhelp.ui.printing import LARGE_PRINT_POINTS, answers_document
from tests.ui.conftest import example_answers


def test_damaged_file_at_start_is_set_aside_and_backup_restored(
    qtbot, tmp_path: Path, monkeypatch, meaning
):
    store = open_store(tmp_path, meaning=meaning)
    case = store.create_case()
    store.save_answer(case, "carer_name", "Kept safe")
    take_backup(store, tmp_path, "test")
    store.close()
    db = tmp_path / DATABASE_FILE_NAME
    data = bytearray(db.read_bytes())
    data[4096:8192] = os.urandom(4096)
    db.write_bytes(bytes(data))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: told.append(text))
    monkeypatch.setattr(
        QMessageBox, "critical", lambda _parent, _title, text: told.append("CRITICAL " + text)
    )
    recovered = composition.open_store_interactively(tmp_path)
    assert recovered is not None, told
    try:
        assert recovered.load_answers(case) == {"carer_name": "Kept safe"}
    finally:
        recovered.close()
    assert any("backup made on" in message for message in told)
    assert list(tmp_path.glob(f"{DATABASE_FILE_NAME}.damaged-*")), "the damaged file must be kept"


def test_restore_from_the_app_reopens_the_store(qtbot, window, store):
    case = store.create_case()
    store.save_answer(case, "carer_name", "Before")
    backup = take_backup(store, store.data_dir, "test")
    store.save_answer(case, "carer_name", "After")
    from carerhelp.storage.backup import restore_backup

    replaced = []
    window.session.store_replaced.connect(lambda: replaced.append(window.store))
    assert window.session.replace_store(
        "Putting back the backup…",
        lambda folder: restore_backup(folder, backup.path),
        lambda _info: None,
        lambda error: pytest.fail(str(error)),
    )
    qtbot.waitUntil(lambda: bool(replaced), timeout=20_000)
    assert replaced == [window.store] and window.store is not store
    assert window.store.load_answers(case) == {"carer_name": "Before"}
    assert window.start_page.model.store is window.store
    assert any(b.reason == "before-restore" for b in list_backups(window.store.data_dir))
    window.store.close()


def test_large_print_copy_of_answers_holds_every_answer(questionnaire):
    answers = questionnaire.parse_all(example_answers("england.json"))
    document = answers_document(questionnaire, answers)
    text = document.toPlainText()
    assert "My answers: Siân Llŷr Roberts" in text
    assert questionnaire.question("person1_hours").text in text and "\n50\n" in text
    assert questionnaire.question("extra_info").text in text
    assert f"font-size:{LARGE_PRINT_POINTS}pt" in document.toHtml().replace(" ", "")


@pytest.mark.qt_no_exception_capture  # let the app's own handler see the fault, as it would
def test_a_fault_in_a_click_is_explained_and_the_app_carries_on(qtbot, window, monkeypatch):
    import sys

    from PySide6.QtWidgets import QPushButton

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    monkeypatch.setattr(sys, "excepthook", composition.report_unexpected)
    button = QPushButton("Faulty")
    qtbot.addWidget(button)
    button.clicked.connect(lambda: 1 / 0)
    button.click()
    assert shown == [composition.UNEXPECTED]
    assert "saved before this is safe" in shown[0]

    def fault_while_telling(_p, _t, text):  # a second fault while the first message is open
        shown.append(text)
        button.click()

    monkeypatch.setattr(QMessageBox, "critical", fault_while_telling)
    button.click()
    assert shown == [composition.UNEXPECTED] * 2, "the second fault is logged, not stacked"
    window.new_case()  # the app carries on
    assert window.stack.currentWidget() is window.question_page
