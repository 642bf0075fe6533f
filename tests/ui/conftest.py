"""Fixtures for the desktop app: a real store in a temp folder, the real questionnaire and window."""

from __future__ import annotations

import gc
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, QThreadPool
from PySide6.QtWidgets import QApplication

from carerhelp.storage import open_store
from carerhelp.ui.main_window import MainWindow
from carerhelp.ui.settings import Preferences
from carerhelp.ui.theme import apply_theme

EXAMPLES = Path(__file__).resolve().parents[2] / "docs" / "examples"
TODAY = date(2026, 11, 22)


def example_answers(name: str) -> dict[str, Any]:
    data = json.loads((EXAMPLES / name).read_text(encoding="utf-8"))
    return data.get("answers", data)


@pytest.fixture
def prefs(tmp_path: Path) -> Preferences:
    return Preferences(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def store(tmp_path: Path, meaning):
    opened = open_store(tmp_path / "data", meaning=meaning)
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def questionnaire(content):
    return content.questionnaire


@pytest.fixture
def window(qtbot, store, content, prefs):
    win = MainWindow(store, content, prefs, today=lambda: TODAY)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    yield win
    win.close()
    QThreadPool.globalInstance().waitForDone(10_000)
    apply_theme(QApplication.instance(), 100, False)
    win.deleteLater()
    qtbot.wait(10)
    gc.collect()


@pytest.fixture
def welsh_window(qtbot, store, welsh_content, prefs):
    """The window as a carer who chose Cymraeg meets it: the interface and the content in Welsh."""
    from carerhelp.ui.language import install

    app = QApplication.instance()
    prefs.language = "cy"
    install(app, "cy")
    win = MainWindow(store, welsh_content, prefs, today=lambda: TODAY)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    yield win
    win.close()
    QThreadPool.globalInstance().waitForDone(10_000)
    install(app, "en")
    apply_theme(app, 100, False)
    win.deleteLater()
    qtbot.wait(10)
    gc.collect()
