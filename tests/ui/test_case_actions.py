"""The Case and Data menus do their slow work on a worker thread, one job at a time: while it runs
nothing can be clicked, and when it ends the answer and the updated list arrive on screen."""

from __future__ import annotations

import threading
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import carerhelp.storage.backup as backup_module
import carerhelp.storage.erase as erase_module
import carerhelp.storage.stats as stats_module
import carerhelp.storage.transfer as transfer_module
from carerhelp.storage.backup import list_backups, take_backup
from carerhelp.storage.transfer import export_case


class ScriptedDialogs:
    """Answers the menus' questions as a test says, and keeps what they told."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path
        self.answers: list[bool] = []
        self.choice: Callable[[list[str]], str | None] = lambda options: options[0]
        self.asked: list[str] = []
        self.told: list[str] = []
        self.warned: list[str] = []

    def ask(self, question: str) -> bool:
        self.asked.append(question)
        return self.answers.pop(0) if self.answers else True

    def tell(self, message: str) -> None:
        self.told.append(message)

    def warn(self, message: str) -> None:
        self.warned.append(message)

    def choose(self, title: str, prompt: str, options: list[str]) -> str | None:
        return self.choice(options)

    def save_file(self, title: str, suggested: Path, kinds: str) -> Path | None:
        return self.path

    def open_file(self, title: str, folder: Path, kinds: str) -> Path | None:
        return self.path

    def sign_in(self, store: Any) -> str | None:
        return None

    def record_consent(self, store: Any, case_id: int, volunteer: str | None) -> bool:
        return False

    passphrase: str | None = None  # what an export is protected with, or a protected import's

    def export_passphrase(self) -> tuple[bool, str | None]:
        return True, self.passphrase

    def import_passphrase(self, name: str) -> str | None:
        return self.passphrase


def spy(monkeypatch, module: Any, name: str) -> list[threading.Thread]:
    """Record the thread each call of `module.name` runs on (the real function still runs)."""
    real = getattr(module, name)
    threads: list[threading.Thread] = []

    def recorded(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, recorded)
    return threads


def menu_action(window, text: str):
    return next(a for a in window.case_actions.menu_actions if a.text() == text)


def run_and_wait(qtbot, window, text: str, threads: list[threading.Thread]) -> None:
    """Click the menu item; while the work runs nothing can be clicked twice; then wait."""
    menu_action(window, text).trigger()
    assert window.session.busy
    assert not window.menuBar().isEnabled() and not window.centralWidget().isEnabled()
    assert not any(action.isEnabled() for action in window.case_actions.menu_actions)
    menu_action(window, text).trigger()  # a second click does nothing
    assert window.statusBar().currentMessage().endswith("…")
    qtbot.waitUntil(lambda: not window.session.busy, timeout=30_000)
    assert len(threads) == 1, "the work ran once"
    assert threads[0] is not threading.main_thread(), "the work ran off the UI thread"
    assert window.menuBar().isEnabled() and window.centralWidget().isEnabled()
    assert all(action.isEnabled() for action in window.case_actions.menu_actions)


@pytest.fixture
def dialogs(window, tmp_path: Path) -> ScriptedDialogs:
    scripted = ScriptedDialogs(tmp_path / "out" / "file")
    (tmp_path / "out").mkdir()
    window.case_actions.dialogs = scripted
    return scripted


def add_case(store, name: str) -> int:
    case = store.create_case()
    store.save_answer(case, "carer_name", name)
    return case


def test_back_up_now(qtbot, window, store, dialogs, monkeypatch):
    threads = spy(monkeypatch, backup_module, "take_backup")
    run_and_wait(qtbot, window, "&Back up now", threads)
    (taken,) = list_backups(store.data_dir)
    assert taken.reason == "manual"
    assert dialogs.told == [f"A checked backup was made: {taken.label}."]


def test_erase_one_client(qtbot, window, store, dialogs, monkeypatch):
    keep, doomed = add_case(store, "Kept Client"), add_case(store, "Erased Client")
    window.open_case(doomed)
    window.refresh_cases()
    threads = spy(monkeypatch, erase_module, "erase_case")
    run_and_wait(qtbot, window, "E&rase this client…", threads)
    assert dialogs.asked[0].startswith("Erase everything about Erased Client?")
    assert dialogs.told[-1].startswith("Erased Client has been erased.")
    assert [c.id for c in store.list_cases()] == [keep]
    assert window.start_page.model.rowCount() == 1
    assert window.stack.currentWidget() is window.start_page


def test_erase_everything(qtbot, window, store, dialogs, monkeypatch):
    add_case(store, "Someone")
    take_backup(store, store.data_dir, "test")
    window.refresh_cases()
    replaced: list[bool] = []
    window.session.store_replaced.connect(lambda: replaced.append(True))
    threads = spy(monkeypatch, erase_module, "erase_everything")
    run_and_wait(qtbot, window, "Erase e&verything…", threads)
    assert len(dialogs.asked) == 2
    assert dialogs.told == ["Everything has been erased. CarerHelp is now empty."]
    assert replaced == [True]
    assert store.list_cases() == [] and list_backups(store.data_dir) == []
    assert window.start_page.model.rowCount() == 0


def test_export_everything(qtbot, window, store, dialogs, monkeypatch):
    add_case(store, "Exported Client")
    threads = spy(monkeypatch, transfer_module, "export_everything")
    run_and_wait(qtbot, window, "&Export everything (zip)…", threads)
    assert dialogs.told[-1].startswith(f"Everything was saved to {dialogs.path}.")
    with zipfile.ZipFile(dialogs.path) as archive:
        assert "data.json" in archive.namelist()


def test_import_a_case(qtbot, window, store, dialogs, monkeypatch):
    case = add_case(store, "Imported Client")
    assert dialogs.path is not None
    export_case(store, case, dialogs.path)
    window.refresh_cases()
    assert window.start_page.model.rowCount() == 1
    threads = spy(monkeypatch, transfer_module, "import_case")
    run_and_wait(qtbot, window, "&Import a case from a file…", threads)
    assert dialogs.told == ["The case was imported. It is at the top of the list."]
    assert [c.carer_name for c in store.list_cases()] == ["Imported Client"] * 2
    assert window.start_page.model.rowCount() == 2


def test_restore_a_backup_replaces_the_store(qtbot, window, store, dialogs, monkeypatch):
    case = add_case(store, "Before")
    backup = take_backup(store, store.data_dir, "test")
    store.save_answer(case, "carer_name", "After")
    dialogs.choice = lambda options: next(o for o in options if "(test)" in o)
    threads = spy(monkeypatch, backup_module, "restore_backup")
    run_and_wait(qtbot, window, "&Restore from a backup…", threads)
    assert dialogs.told == [f"Restored the backup made on {backup.label}."]
    assert window.store is not store
    assert window.store.load_answers(case) == {"carer_name": "Before"}
    assert window.start_page.model.store is window.store
    assert window.start_page.model.case_at(0).carer_name == "Before"


def test_figures_and_one_case_export(qtbot, window, store, dialogs, monkeypatch):
    case = add_case(store, "Counted Client")
    threads = spy(monkeypatch, stats_module, "write_statistics_csv")
    run_and_wait(qtbot, window, "&Anonymised figures for funders (CSV)…", threads)
    assert dialogs.path is not None and "Counted" not in dialogs.path.read_text(encoding="utf-8")
    window.open_case(case)
    threads = spy(monkeypatch, transfer_module, "export_case")
    run_and_wait(qtbot, window, "&Export this case to a file…", threads)
    assert dialogs.told[-1] == f"The case was saved to {dialogs.path}."


def test_a_failure_is_told_plainly_and_the_window_comes_back(qtbot, window, dialogs, tmp_path):
    dialogs.path = tmp_path / "no such folder" / "everything.zip"
    window.case_actions.export_all()
    qtbot.waitUntil(lambda: not window.session.busy, timeout=30_000)
    assert dialogs.told == []
    assert len(dialogs.warned) == 1 and dialogs.warned[0].startswith("Couldn't save")
    assert window.menuBar().isEnabled() and window.centralWidget().isEnabled()
