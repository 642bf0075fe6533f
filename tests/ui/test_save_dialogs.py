"""Every save dialog in the app refuses a file inside CarerHelp's data folder, with a plain
message, and leaves the store byte-for-byte as it was."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from carerhelp.ui import letter_page
from tests.ui.test_case_actions import ScriptedDialogs
from tests.ui.test_letter_page import finish_case


def snapshot(folder: Path) -> dict[str, str]:
    """Every file's digest, but the -shm index, which SQLite rewrites while the store is open."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.name.endswith("-shm")
    }


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: said.append(text))
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: said.append(text))
    return said


def choose(monkeypatch, module, path: Path) -> None:
    monkeypatch.setattr(module.QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))


@pytest.mark.parametrize("action", ["export_one", "export_all", "figures"])
@pytest.mark.parametrize("name", ["carerhelp.sqlite3", "carerhelp.sqlite3-wal", "backups/x.zip"])
def test_data_menu_save_dialogs_refuse_the_store(qtbot, window, store, action, name):
    case = store.create_case()
    store.save_answer(case, "carer_name", "Keep Me")
    window.start_page.refresh()
    window.open_case(case)
    before = snapshot(store.data_dir)
    dialogs = ScriptedDialogs(store.data_dir / name)
    window.case_actions.dialogs = dialogs
    getattr(window.case_actions, action)()
    qtbot.waitUntil(lambda: not window.session.busy, timeout=30_000)
    assert dialogs.warned, dialogs.told
    assert "won't save" in dialogs.warned[-1] and "another folder" in dialogs.warned[-1]
    assert snapshot(store.data_dir) == before
    assert store.get_case(case).carer_name == "Keep Me"


def test_the_letter_save_dialog_refuses_the_store(qtbot, window, store, monkeypatch, warnings):
    finish_case(window)
    window.show_letter()
    letter = window.letter_page
    qtbot.waitUntil(lambda: letter.pdf is not None, timeout=15_000)
    choose(monkeypatch, letter_page, store.data_dir / "carerhelp.sqlite3")
    database = (store.data_dir / "carerhelp.sqlite3").read_bytes()
    letter.save_letter_as()
    assert warnings and "won't save" in warnings[-1]
    assert "still kept in CarerHelp" in warnings[-1]
    assert not (store.data_dir / "carerhelp.pdf").exists()
    assert (store.data_dir / "carerhelp.sqlite3").read_bytes()[:100] == database[:100]
    assert QFileDialog is letter_page.QFileDialog
