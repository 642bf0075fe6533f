"""Password protection in the window: turning it on from the Data menu, the recovery code, the
lock (File > Lock and the idle lock), unlocking, wrong passwords, and the start-up dialog."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMessageBox, QWidget

from carerhelp.storage import keys, open_store, protection
from carerhelp.storage.engine import is_plain_file
from carerhelp.ui import protection as ui_protection
from carerhelp.ui.main_window import MainWindow
from carerhelp.ui.theme import apply_theme
from tests.ui.conftest import TODAY
from tests.ui.test_accessibility import unnamed

PASSWORD = "correct horse battery"
CLIENT = "Gwenllian Protected"


@pytest.fixture(autouse=True)
def quick_kdf(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(keys, "SCRYPT_N", 2**12)


@pytest.fixture
def protected(tmp_path: Path, meaning):
    """A protected store with one client, opened with its key."""
    folder = tmp_path / "data"
    with open_store(folder, meaning=meaning) as store:
        case = store.create_case()
        store.save_answer(case, "carer_name", CLIENT)
    report = protection.protect(folder, PASSWORD)
    keys.set_person(folder, report.key, "Ann", "Ann pass words")
    opened = open_store(folder, meaning=meaning, key=keys.unlock(folder, PASSWORD))
    yield opened
    opened.close()


@pytest.fixture
def locked_window(qtbot, protected, content, prefs):
    win = MainWindow(protected, content, prefs, today=lambda: TODAY)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
    QThreadPool.globalInstance().waitForDone(10_000)
    apply_theme(QApplication.instance(), 100, False)
    win.deleteLater()
    qtbot.wait(10)
    gc.collect()


def shown_text(root: QWidget) -> str:
    """Every word a sighted person or a screen reader could get from the window now."""
    parts = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        parts.append(widget.accessibleName())
        if isinstance(widget, QLabel | QLineEdit):
            parts.append(widget.text())
    return " ".join(parts) + " " + root.windowTitle()


def test_lock_saves_typing_clears_the_client_and_unlocks_with_the_password(qtbot, locked_window):
    window = locked_window
    case = window.store.list_cases()[0].id
    window.open_case(case)
    assert window.question_page is not None
    assert CLIENT in shown_text(window) or window.store.load_answers(case)
    page = window.question_page
    other = window.questionnaire.question("carer_phone")
    window.show_question(other)
    qtbot.keyClicks(QApplication.focusWidget(), "01234 567890")
    assert page._timer.isActive(), "typed, and not saved yet"
    window.lock_action.trigger()
    assert window.locked
    assert window.store.load_answers(case).get("carer_phone") == "01234 567890", "saved first"
    assert window.question_page is None and window.controller is None
    assert CLIENT not in shown_text(window)
    assert not window.menuBar().isEnabled()
    form = window.lock_page.form
    assert QApplication.focusWidget() in (form.who, form.secret)
    # A wrong password: said plainly, still locked.
    form.secret.setText("not the password")
    form.open_button.click()
    assert window.locked and "That password is not right" in form.error.text()
    assert not form.error.isHidden()
    # A volunteer's own password opens it, and they are signed in as themselves.
    form.who.setCurrentIndex(form.who.findData("Ann"))
    form.secret.setText("Ann pass words")
    form.open_button.click()
    assert not window.locked and window.menuBar().isEnabled()
    assert window.volunteer == "Ann"
    assert window.stack.currentWidget() is window.start_page
    log = window.store.query("SELECT action, volunteer FROM audit ORDER BY id")
    assert ("locked", "owner") in log and ("signed_in", "Ann") in log


def test_the_window_locks_itself_after_the_idle_time(qtbot, locked_window):
    window = locked_window
    window.store.advice_centre_mode = True
    window.protection_changed()
    assert window.idle_lock.minutes == 10, "10 minutes in advice-centre mode unless chosen"
    window.set_idle_lock_minutes(5)
    assert window.idle_lock.minutes == 5
    window.idle_lock.unit_ms = 40  # a "minute" of 40 ms
    window.idle_lock.restart()
    window.open_case(window.store.list_cases()[0].id)
    qtbot.waitUntil(lambda: window.locked, timeout=5_000)
    assert CLIENT not in shown_text(window)
    window.idle_lock.unit_ms = 60_000
    form = window.lock_page.form
    form.who.setCurrentIndex(form.who.findData("Ann"))
    form.secret.setText("Ann pass words")
    form.open_button.click()
    assert not window.locked and window.volunteer == "Ann"
    assert window.idle_lock.timer.isActive(), "the idle time starts again"


def test_a_plain_store_has_no_lock(qtbot, window):
    assert not window.lock_action.isEnabled()
    window.lock()
    assert not window.locked
    assert window.idle_lock.minutes == 0


def test_protecting_from_the_data_menu_shows_the_recovery_code_once(
    qtbot, window, store, monkeypatch
):
    case = store.create_case()
    store.save_answer(case, "carer_name", CLIENT)
    seen: list[str] = []

    def protect_dialog_exec(dialog):
        assert "nothing can be recovered" in shown_text(dialog)
        dialog.first.setText(PASSWORD)
        dialog.second.setText(PASSWORD)
        dialog.accept()
        return dialog.result()

    def code_exec(dialog):
        assert unnamed(dialog) == []
        seen.append(dialog.code)
        return 1

    monkeypatch.setattr(ui_protection.ProtectDialog, "exec", protect_dialog_exec)
    monkeypatch.setattr(ui_protection.RecoveryCodeDialog, "exec", code_exec)
    window.case_actions.toggle_protection()
    qtbot.waitUntil(lambda: not window.session.busy, timeout=30_000)
    assert len(seen) == 1 and len(seen[0]) == 29
    assert window.store.key is not None and window.lock_action.isEnabled()
    assert not is_plain_file(window.store.path)
    assert window.store.load_answers(case)["carer_name"] == CLIENT
    assert window.case_actions.protect_action.text() == "Turn password &protection off…"
    assert keys.unlock(window.store.data_dir, seen[0], keys.RECOVERY) == window.store.key


def test_every_protection_dialog_is_named_for_screen_readers(qtbot, protected):
    folder = protected.data_dir
    dialogs = [
        ui_protection.UnlockDialog(folder),
        ui_protection.LockPage(folder),
        ui_protection.ProtectDialog(),
        ui_protection.RecoveryCodeDialog(keys.new_recovery_code()),
        ui_protection.VolunteersDialog(folder, protected.key, lambda _a: None),
        ui_protection.PassphraseDialog(),
        ui_protection.NewPasswordDialog("Add a volunteer", None),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        assert unnamed(dialog) == [], type(dialog).__name__


def test_the_start_up_dialog_opens_with_the_recovery_code_or_starts_afresh(
    qtbot, protected, monkeypatch
):
    folder = protected.data_dir
    code = keys.new_recovery(folder, protected.key)
    dialog = ui_protection.UnlockDialog(folder)
    qtbot.addWidget(dialog)
    dialog.form.toggle_recovery()
    assert dialog.form.secret.accessibleName() == "Recovery code"
    dialog.form.secret.setText("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF")
    dialog.form.open_button.click()
    assert dialog.key is None and "recovery code is not right" in dialog.form.error.text()
    dialog.form.secret.setText(code.lower())
    dialog.form.open_button.click()
    assert dialog.key == protected.key
    afresh = ui_protection.UnlockDialog(folder)
    qtbot.addWidget(afresh)
    asked: list[str] = []

    def question(_parent, _title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    afresh.afresh_button.click()
    assert afresh.start_afresh and "nothing can be recovered" in asked[0]


def test_an_export_is_protected_or_the_person_is_told_what_it_means(qtbot):
    dialog = ui_protection.PassphraseDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.first.setText("blue kettle on the hill")
    dialog.second.setText("blue kettle on the hil")
    dialog.accept()
    assert dialog.result() == 0 and "not the same" in dialog.error.text()
    dialog.second.setText("blue kettle on the hill")
    dialog.accept()
    assert dialog.passphrase == "blue kettle on the hill"
    plain = ui_protection.PassphraseDialog()
    qtbot.addWidget(plain)
    plain.show()
    plain.protect.setChecked(False)
    assert plain.warning.isVisible() and "anyone who gets a copy" in plain.warning.text()
    assert plain.ok.text() == "Save without a passphrase"
    plain.accept()
    assert plain.passphrase is None and plain.result() == 1


def test_at_start_a_protected_store_asks_who_and_the_password(
    qtbot, tmp_path: Path, meaning, monkeypatch
):
    from carerhelp import app

    folder = tmp_path / "data"
    with open_store(folder, meaning=meaning) as store:
        store.create_case()
    report = protection.protect(folder, PASSWORD)
    keys.set_person(folder, report.key, "Ann", "Ann pass words")

    def sign_in_as_ann(dialog):
        form = dialog.form
        assert form.who.isVisibleTo(dialog), "volunteers have passwords: who is asked"
        form.who.setCurrentIndex(form.who.findData("Ann"))
        form.secret.setText("Ann pass words")
        form.open_button.click()
        return dialog.result()

    monkeypatch.setattr(ui_protection.UnlockDialog, "exec", sign_in_as_ann)
    signed_in: list[str] = []
    store = app.open_store_interactively(folder, signed_in)
    assert store is not None and signed_in == ["Ann"]
    try:
        assert store.key == report.key and store.count_cases() == 1
        assert ("signed_in", "Ann") in store.query("SELECT action, volunteer FROM audit")
    finally:
        store.close()
