"""Take the README's screenshots of the real app: run under Xvfb (`xvfb-run -a python tools/screenshots.py`).

Each screen is shown at 100% and 200% text with a sample England case in a temporary data folder, and
grabbed from the X screen into docs/screenshots/.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
SIZE = (1280, 900)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from carerhelp.domain.questionnaire import load_questionnaire
    from carerhelp.storage import open_store
    from carerhelp.ui.main_window import MainWindow
    from carerhelp.ui.settings import Preferences
    from carerhelp.ui.theme import apply_theme

    app = QApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    answers = json.loads((ROOT / "docs" / "examples" / "england.json").read_text(encoding="utf-8"))
    answers = answers.get("answers", answers)
    questionnaire = load_questionnaire()
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder) / "data")
        prefs = Preferences(QSettings(str(Path(folder) / "prefs.ini"), QSettings.Format.IniFormat))
        case_id = store.create_case()
        for question_id, value in answers.items():
            store.save_answer(case_id, question_id, questionnaire.parse(question_id, value))
        other = store.create_case()
        for question_id, value in {"carer_name": "Gwenllian Prydderch", "nation": "wales"}.items():
            store.save_answer(other, question_id, value)

        def wait(ms: int) -> None:
            # A real event loop: QTest.qWait keeps Python's lock, so the letter's worker would stall.
            loop = QEventLoop()
            QTimer.singleShot(ms, loop.quit)
            loop.exec()

        def grab(name: str) -> None:
            wait(300)
            screen = QGuiApplication.primaryScreen()
            pixmap = screen.grabWindow(0, 0, 0, *SIZE)
            pixmap.save(str(OUT / f"{name}.png"))
            print("wrote", OUT / f"{name}.png")

        for scale in (100, 200):
            prefs.text_scale = scale
            apply_theme(app, scale, False)
            window = MainWindow(store, questionnaire, prefs, today=lambda: date(2026, 11, 22))
            window.setGeometry(0, 0, *SIZE)
            window.show()
            window.go_home()
            window.routine_backups.check()  # the status bar then says when answers were backed up
            while window.routine_backups.running:
                wait(50)
            grab(f"start-{scale}")
            window.open_case(case_id)
            window.change_answer("person1_hours")
            grab(f"question-{scale}")
            window.show_summary()
            grab(f"check-answers-{scale}")
            window.show_results()
            grab(f"results-{scale}")
            window.show_letter()
            for _ in range(100):
                wait(100)
                if window.letter_page.pdf is not None:
                    break
            grab(f"letter-{scale}")
            window.close()
        apply_theme(app, 100, True)
        window = MainWindow(store, questionnaire, prefs, today=lambda: date(2026, 11, 22))
        window.contrast_box.setChecked(True)
        window.setGeometry(0, 0, *SIZE)
        window.show()
        window.open_case(case_id)
        window.change_answer("impact_health")
        grab("question-high-contrast")
        window.close()
        store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
