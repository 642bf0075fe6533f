"""The real window for the accessibility-tree test: a sample case, and pages shown on request.

Run by tests/ui/atspi_probe.py under Xvfb with the accessibility bridge on. Reads one command a line on
standard input (home, question, summary, results, letter, quit) and answers "shown <page>" once the
page is on screen.
"""

from __future__ import annotations

import json
import os
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "src")]
os.environ.setdefault("QT_LINUX_ACCESSIBILITY_ALWAYS_ON", "1")

from PySide6.QtCore import QSettings, QSocketNotifier, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from carerhelp.domain.content import load_content  # noqa: E402
from carerhelp.domain.questionnaire.meaning import QuestionMeaning  # noqa: E402
from carerhelp.storage import open_store  # noqa: E402
from carerhelp.ui.main_window import MainWindow  # noqa: E402
from carerhelp.ui.settings import Preferences  # noqa: E402
from carerhelp.ui.theme import apply_theme  # noqa: E402


def main() -> int:
    folder = Path(sys.argv[1])
    app = QApplication(sys.argv[:1])
    app.setApplicationName("CarerHelp")
    apply_theme(app, 100, False)
    content = load_content()
    questionnaire = content.questionnaire
    store = open_store(folder / "data", meaning=QuestionMeaning.of(questionnaire))
    prefs = Preferences(QSettings(str(folder / "prefs.ini"), QSettings.Format.IniFormat))
    example = json.loads((ROOT / "docs" / "examples" / "england.json").read_text("utf-8"))
    case_id = store.create_case()
    for question_id, value in example.get("answers", example).items():
        store.save_answer(case_id, question_id, questionnaire.parse(question_id, value))
    window = MainWindow(store, content, prefs, today=lambda: date(2026, 11, 22))
    window.setGeometry(0, 0, 1280, 800)
    window.show()

    def show(page: str) -> None:
        if page == "home":
            window.go_home()
        elif page == "question":
            window.open_case(case_id)
            window.change_answer("nation")
        elif page == "summary":
            window.show_summary()
        elif page == "results":
            window.show_results()
        elif page == "letter":
            window.show_letter()
            letter = window.letter_page
            if letter.pdf is None:
                letter.rendered.connect(lambda: QTimer.singleShot(300, lambda: say(page)))
                return
        elif page == "quit":
            window.close()
            app.quit()
            return
        QTimer.singleShot(300, lambda: say(page))

    def say(page: str) -> None:
        print(f"shown {page}", flush=True)

    def read() -> None:
        line = sys.stdin.readline()
        if not line:
            app.quit()
            return
        show(line.strip())

    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(lambda *_a: read())
    QTimer.singleShot(500, lambda: say("home"))
    code = app.exec()
    store.close()
    return code


if __name__ == "__main__":
    raise SystemExit(main())
