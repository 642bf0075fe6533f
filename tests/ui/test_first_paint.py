"""First paint first: the start screen is painted before anything it doesn't show is imported or
loaded, and the question files are still checked before the first question."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from carerhelp import app as composition
from carerhelp.domain.content import load_content
from carerhelp.paths import resources_dir

ROOT = Path(__file__).resolve().parents[2]
NOT_AT_FIRST_PAINT = (
    "carerhelp.domain.questionnaire.loader",  # reading and checking the question files
    "carerhelp.domain.rights",  # the rights engine
    "carerhelp.domain.phrases",  # the words of findings and letters
    "carerhelp.domain.content",  # the content as a whole, and the timescales and timeline rules
    "carerhelp.domain.timescales",
    "carerhelp.domain.timeline",
    "carerhelp.letters",  # letter wording and layout
    "carerhelp.ui.wizard.question_page",  # the wizard
    "carerhelp.ui.wizard.check_answers",
    "carerhelp.ui.wizard.results",
    "reportlab",
    "sqlcipher3",  # SQLCipher and its OpenSSL: only for a store protected with a password
    "cryptography",  # scrypt and AES-GCM: only when a password or passphrase is used
)

START = """
import sys
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from carerhelp.app import show_start_screen
from carerhelp.storage import open_store
from carerhelp.ui.settings import Preferences
folder = Path(sys.argv[1])
prefs = Preferences(QSettings(str(folder / "p.ini"), QSettings.Format.IniFormat))
window = show_start_screen(open_store(folder / "data"), prefs)
seen = {}
class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and "paint" not in seen:
            seen["paint"] = set(sys.modules)
            seen["questions at paint"] = window.questionnaire is not None
        return False
hook = FirstPaint()
window.installEventFilter(hook)
def wait_for_questions():
    if window.questionnaire is None:
        QTimer.singleShot(10, wait_for_questions)
    else:
        app.quit()
QTimer.singleShot(0, wait_for_questions)
QTimer.singleShot(20_000, app.quit)
app.exec()
after = set(sys.modules)
for name in sys.argv[2:]:
    at_paint = any(m == name or m.startswith(name + ".") for m in seen["paint"])
    later = any(m == name or m.startswith(name + ".") for m in after)
    print(name, at_paint, later)
print("questions", seen["questions at paint"], window.questionnaire is not None)
"""


def test_the_start_screen_paints_before_the_questions_and_the_wizard_load(tmp_path: Path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT / "src")}
    result = subprocess.run(
        [sys.executable, "-c", START, str(tmp_path), *NOT_AT_FIRST_PAINT],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    rows = dict(
        (name, (at_paint, later))
        for name, at_paint, later in (line.split() for line in result.stdout.splitlines())
    )
    assert rows.pop("questions") == ("False", "True"), "checked after the paint, then ready"
    assert {name: seen[0] for name, seen in rows.items()} == dict.fromkeys(
        NOT_AT_FIRST_PAINT, "False"
    )
    assert rows["carerhelp.domain.questionnaire.loader"] == ("False", "True")
    assert rows["carerhelp.ui.wizard.question_page"] == ("False", "True")


def test_damaged_question_files_stop_the_app_before_any_question(
    qtbot, store, prefs, tmp_path: Path, monkeypatch
):
    broken = tmp_path / "resources"
    shutil.copytree(resources_dir(), broken, ignore=shutil.ignore_patterns("fonts", "icons"))
    (broken / "questionnaire" / "caring.toml").write_text("[[question]\nid = ", encoding="utf-8")
    told: list[str] = []
    exits: list[int] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: told.append(text))
    monkeypatch.setattr(QApplication, "exit", lambda code=0: exits.append(code))

    window = composition.show_start_screen(
        store,
        prefs,
        lambda: composition.load_content_or_explain(lambda: load_content(broken)),
    )
    qtbot.addWidget(window)
    assert window.questionnaire is None
    qtbot.waitUntil(lambda: bool(exits), timeout=10_000)
    assert exits == [1]
    assert len(told) == 1 and "own files (its questions, letters" in told[0]
    assert "caring.toml" in told[0]
    window.new_case()  # nothing can be opened with damaged questions
    assert store.list_cases() == []
    assert window.stack.currentWidget() is window.start_page


def test_a_case_opened_before_the_check_gets_checked_questions(qtbot, store, prefs):
    loaded: list[bool] = []

    def load():
        loaded.append(True)
        return load_content()

    window = composition.show_start_screen(store, prefs, load)
    qtbot.addWidget(window)
    window.new_case()  # e.g. Ctrl+N pressed while the window was still appearing
    assert loaded == [True]
    assert window.question_page is not None
    assert window.stack.currentWidget() is window.question_page
    qtbot.wait(50)  # the after-paint step finds the questions ready and loads nothing again
    assert loaded == [True]
    window.close()


def test_the_case_and_data_menus_are_filled_when_first_opened(qtbot, window):
    menus = {a.text(): a.menu() for a in window.menuBar().actions() if a.menu() is not None}
    assert menus["&Case"].actions() == [] and menus["&Data"].actions() == []
    menus["&Data"].aboutToShow.emit()
    texts = [action.text() for action in menus["&Data"].actions()]
    assert "&Back up now" in texts and "Erase e&verything…" in texts
    assert "E&rase this client…" in [action.text() for action in menus["&Case"].actions()]
    menus["&Case"].aboutToShow.emit()  # filled once, not twice
    assert texts == [action.text() for action in menus["&Data"].actions()]
