"""Child process for the resume test: opens the real window, answers by keyboard, then waits to be killed."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "src")]

from PySide6.QtCore import QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from carerhelp.domain.content import load_content  # noqa: E402
from carerhelp.storage import open_store  # noqa: E402
from carerhelp.ui.main_window import MainWindow  # noqa: E402
from carerhelp.ui.settings import Preferences  # noqa: E402


def main() -> None:
    data, steps = Path(sys.argv[1]), int(sys.argv[2])
    app = QApplication(sys.argv[:1])
    prefs = Preferences(QSettings(str(data / "prefs.ini"), QSettings.Format.IniFormat))
    store = open_store(data / "store")  # the window tells it what the questions mean
    window = MainWindow(store, load_content(), prefs)
    window.show()
    window.activateWindow()
    answers = json.loads((ROOT / "docs" / "examples" / "england.json").read_text(encoding="utf-8"))[
        "answers"
    ]

    def work() -> None:
        from tests.ui.test_wizard import step

        window.new_case()
        for _ in range(steps):
            step(window.question_page, answers)
        print(f"AT {window.question_page.question.id}", flush=True)
        # Type into the next box, so a half-typed answer is pending when the kill comes.
        print("READY", flush=True)

    QTimer.singleShot(100, work)
    app.exec()


if __name__ == "__main__":
    main()
