"""Kill the running app mid-questionnaire; the reopened app shows the same page and every answer."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from carerhelp.storage import open_store
from carerhelp.ui.main_window import MainWindow
from carerhelp.ui.settings import Preferences
from tests.ui.conftest import example_answers

CHILD = Path(__file__).with_name("resume_child.py")


def run_and_kill(tmp_path: Path) -> str:
    """Run the app in a child process, answer some questions, kill it; return the page it was on."""
    process = subprocess.Popen(
        [sys.executable, str(CHILD), str(tmp_path), "14"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert process.stdout is not None
    at = None
    for line in process.stdout:
        if line.startswith("AT "):
            at = line.split()[1]
        if line.strip() == "READY":
            break
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=30)
    assert at, process.stderr.read() if process.stderr else "child gave no position"
    return at


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_killed_app_resumes_at_the_same_page_with_every_answer(
    tmp_path: Path, qtbot, content, questionnaire, prefs, meaning
):
    at = run_and_kill(tmp_path)
    store = open_store(tmp_path / "store", meaning=meaning)
    try:
        window = MainWindow(store, content, prefs)
        qtbot.addWidget(window)
        window.show()
        window.start_page.resume_button.click()
        assert window.question_page.question.id == at
        saved = store.load_answers(window.controller.case_id)
        expected = example_answers("england.json")
        answered = [q.id for q in questionnaire.visible_questions(saved) if q.id in saved]
        assert len(answered) >= 12
        for question_id in answered:
            assert saved[question_id] == questionnaire.parse(question_id, expected[question_id])
    finally:
        store.close()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_after_a_crash_the_app_opens_at_the_page_with_focus_on_the_answer(
    tmp_path: Path, qtbot, content, meaning
):
    at = run_and_kill(tmp_path)
    store = open_store(tmp_path / "store", meaning=meaning)
    child_prefs = Preferences(QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat))
    try:
        window = MainWindow(store, content, child_prefs)
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()
        assert window.stack.currentWidget() is window.question_page, "opened on the start screen"
        assert window.question_page.question.id == at
        answer = window.question_page.input.focus_target()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is answer, timeout=3000)
        window.close()
    finally:
        store.close()
