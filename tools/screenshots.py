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


def main(argv: list[str] | None = None) -> int:
    """Every picture; `diary` as the only argument retakes just the diary's and the pack's, and
    `200` just the timeline, "What needs doing", diary and earnings at 200% in both themes, and
    `cymraeg` just the Welsh ones."""
    if (argv or sys.argv[1:]) == ["cymraeg"]:
        return welsh_shots()
    only_diary = (argv or sys.argv[1:]) == ["diary"]
    only_200 = (argv or sys.argv[1:]) == ["200"]
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from carerhelp.domain.content import load_content
    from carerhelp.domain.questionnaire.meaning import QuestionMeaning
    from carerhelp.storage import open_store
    from carerhelp.ui.main_window import MainWindow
    from carerhelp.ui.settings import Preferences
    from carerhelp.ui.theme import apply_theme

    app = QApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    answers = json.loads((ROOT / "docs" / "examples" / "england.json").read_text(encoding="utf-8"))
    answers = answers.get("answers", answers)
    content = load_content()
    with tempfile.TemporaryDirectory() as folder:
        meaning = QuestionMeaning.of(content.questionnaire)
        store = open_store(Path(folder) / "data", meaning=meaning)
        prefs = Preferences(QSettings(str(Path(folder) / "prefs.ini"), QSettings.Format.IniFormat))
        case_id = store.create_case()
        for question_id, value in answers.items():
            store.save_answer(case_id, question_id, content.questionnaire.parse(question_id, value))
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

        if only_200:
            followup_200_shots(app, store, content, prefs, (case_id, other), wait, grab)
            store.close()
            return 0
        diary_shots(app, store, content, prefs, case_id, wait, grab)
        if only_diary:
            store.close()
            return 0
        for scale in (100, 200):
            prefs.text_scale = scale
            apply_theme(app, scale, False)
            window = MainWindow(store, content, prefs, today=lambda: date(2026, 11, 22))
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
        # The timeline and "What needs doing": a letter sent and not answered, and a reminder.
        add_sample_timeline(store, case_id, other)
        prefs.text_scale = 100
        apply_theme(app, 100, False)
        window = MainWindow(store, content, prefs, today=lambda: date(2026, 11, 22))
        window.setGeometry(0, 0, *SIZE)
        window.show()
        window.go_home()
        grab("needs-doing-100")
        window.open_timeline(case_id)
        grab("timeline-100")
        window.close()
        apply_theme(app, 100, True)
        window = MainWindow(store, content, prefs, today=lambda: date(2026, 11, 22))
        window.contrast_box.setChecked(True)
        window.setGeometry(0, 0, *SIZE)
        window.show()
        window.open_case(case_id)
        window.change_answer("impact_health")
        grab("question-high-contrast")
        window.close()
        # Focus on a green button, and a question at 200% with focus on its answer, in both themes.
        for high_contrast, theme in ((False, "standard"), (True, "high-contrast")):
            prefs.high_contrast = high_contrast
            for scale, shot in ((100, "focus-green"), (200, "question-200-focus")):
                prefs.text_scale = scale
                apply_theme(app, scale, high_contrast)
                window = MainWindow(store, content, prefs, today=lambda: date(2026, 11, 22))
                window.setGeometry(0, 0, *SIZE)
                window.show()
                window.activateWindow()
                window.open_case(case_id)
                if shot == "focus-green":
                    window.show_summary()
                    wait(200)
                    window.check_page.results_button.setFocus()
                else:
                    window.change_answer("caring_role")
                grab(f"{shot}-{theme}")
                window.close()
        prefs.high_contrast = False
        prefs.text_scale = 100
        store.close()
    return 0


def add_sample_timeline(store, case_id: int, other: int) -> None:
    """A letter sent and not answered for the sample case, and a reminder for the other one."""
    from carerhelp.domain.timeline import Event, EventKind
    from carerhelp.storage.timeline import add_event

    add_event(
        store, case_id, Event(EventKind.SENT, date(2026, 10, 26), how="post", reference="ASC/20931")
    )
    add_event(
        store,
        case_id,
        Event(
            EventKind.NO_REPLY,
            date(2026, 11, 9),
            note="Rang the duty team; they could not find the letter.",
        ),
    )
    add_event(store, other, Event(EventKind.SENT, date(2026, 10, 12), how="email"))
    add_event(store, other, Event(EventKind.CHASED, date(2026, 10, 26), how="email"))


def followup_200_shots(app, store, content, prefs, cases, wait, grab) -> None:
    """The pages that came with the timeline, at 200% text in both themes: "What needs doing",
    the timeline, the diary and the earnings log."""
    from carerhelp.domain.answers_file import read_answers_document
    from carerhelp.storage.diary import add_pay, save_day
    from carerhelp.ui.main_window import MainWindow
    from carerhelp.ui.theme import apply_theme

    case_id, other = cases
    add_sample_timeline(store, case_id, other)
    record = read_answers_document(
        ROOT / "docs" / "examples" / "england-diary-and-earnings.json", content.questionnaire
    )
    for entry in record.diary:
        save_day(store, case_id, entry)
    for pay in record.earnings:
        add_pay(store, case_id, pay)
    for high_contrast, suffix in ((False, ""), (True, "-high-contrast")):
        prefs.high_contrast = high_contrast
        prefs.text_scale = 200
        apply_theme(app, 200, high_contrast)
        window = MainWindow(store, content, prefs, today=lambda: date(2026, 11, 28))
        window.contrast_box.setChecked(high_contrast)
        window.setGeometry(0, 0, *SIZE)
        window.show()
        window.go_home()
        grab(f"needs-doing-200{suffix}")
        window.open_timeline(case_id)
        grab(f"timeline-200{suffix}")
        window.open_case(case_id)
        window.show_diary()
        grab(f"diary-200{suffix}")
        window.diary_page.tabs.setCurrentIndex(1)
        grab(f"earnings-200{suffix}")
        window.close()
    prefs.high_contrast = False
    prefs.text_scale = 100
    apply_theme(app, 100, False)


def diary_shots(app, store, content, prefs, case_id, wait, grab) -> None:
    """Four weeks of the example's diary and earnings: the diary, its chart, the earnings log,
    and the first page of the "Prepare for your assessment" pack."""
    from PySide6.QtGui import QColor, QPainter, QPixmap

    from carerhelp.domain.answers_file import read_answers_document
    from carerhelp.storage.diary import add_pay, save_day
    from carerhelp.ui.diary_outputs import pack_pdf
    from carerhelp.ui.main_window import MainWindow
    from carerhelp.ui.theme import apply_theme

    def parts(name: str, widgets: list) -> None:
        """Widgets one under another, as they are on the page (the window is taller than the screen)."""
        shots = [widget.grab() for widget in widgets]
        width = max(shot.width() for shot in shots) + 32
        image = QPixmap(width, sum(shot.height() + 12 for shot in shots) + 20)
        image.fill(QColor("#f3f2f1"))
        painter = QPainter(image)
        y = 16
        for shot in shots:
            painter.drawPixmap(16, y, shot)
            y += shot.height() + 12
        painter.end()
        image.save(str(OUT / f"{name}.png"))
        print("wrote", OUT / f"{name}.png")

    record = read_answers_document(
        ROOT / "docs" / "examples" / "england-diary-and-earnings.json", content.questionnaire
    )
    for entry in record.diary:
        save_day(store, case_id, entry)
    for pay in record.earnings:
        add_pay(store, case_id, pay)
    today = date(2026, 11, 28)
    for scale in (100, 200):
        prefs.text_scale = scale
        apply_theme(app, scale, False)
        window = MainWindow(store, content, prefs, today=lambda: today)
        window.setGeometry(0, 0, *SIZE)
        window.show()
        window.open_case(case_id)
        window.show_diary()
        grab(f"diary-{scale}")
        if scale == 100:
            page = window.diary_page
            wait(300)
            parts("diary-chart-100", [page.diary.summary, page.diary.chart, page.diary.table])
            page.tabs.setCurrentIndex(1)
            wait(300)
            earnings = page.earnings
            parts(
                "earnings-100",
                [earnings.room, earnings.payments_table, earnings.chart, earnings.weeks_table],
            )
        window.close()
    apply_theme(app, 100, False)
    answers = store.load_answers(case_id)
    pdf = pack_pdf(store, case_id, answers, content, date(2026, 12, 1))
    import pypdfium2

    letters = ROOT / "docs" / "letters"
    letters.mkdir(parents=True, exist_ok=True)
    document = pypdfium2.PdfDocument(pdf)
    document[0].render(scale=1.4).to_pil().save(str(letters / "pack-page1.png"))
    print("wrote", letters / "pack-page1.png")


def welsh_shots() -> int:
    """The README's Cymraeg pictures: a Wales case with the window and the content in Welsh, at 100%
    text: the start screen, a question, the results and the letter page."""
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from carerhelp.domain.content import load_content
    from carerhelp.domain.questionnaire.meaning import QuestionMeaning
    from carerhelp.domain.questionnaire.tags import Tag
    from carerhelp.storage import open_store
    from carerhelp.ui.language import install
    from carerhelp.ui.main_window import MainWindow
    from carerhelp.ui.settings import Preferences
    from carerhelp.ui.theme import apply_theme

    app = QApplication(sys.argv[:1])
    install(app, "cy")
    content = load_content(lang="cy")
    answers = json.loads((ROOT / "docs" / "examples" / "wales.json").read_text(encoding="utf-8"))
    answers = answers.get("answers", answers)
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder) / "data", meaning=QuestionMeaning.of(content.questionnaire))
        prefs = Preferences(QSettings(str(Path(folder) / "prefs.ini"), QSettings.Format.IniFormat))
        prefs.language = "cy"
        case_id = store.create_case()
        for question_id, value in answers.items():
            store.save_answer(case_id, question_id, content.questionnaire.parse(question_id, value))

        def wait(ms: int) -> None:
            loop = QEventLoop()
            QTimer.singleShot(ms, loop.quit)
            loop.exec()

        def grab(name: str) -> None:
            wait(300)
            pixmap = QGuiApplication.primaryScreen().grabWindow(0, 0, 0, *SIZE)
            pixmap.save(str(OUT / f"{name}.png"))
            print("wrote", OUT / f"{name}.png")

        apply_theme(app, 100, False)
        window = MainWindow(store, content, prefs, today=lambda: date(2026, 11, 22))
        window.setGeometry(0, 0, *SIZE)
        window.show()
        window.go_home()
        grab("cy-start-100")
        window.open_case(case_id)
        hours = content.questionnaire.tagged(Tag.CARING_HOURS, 1)
        assert hours is not None
        window.change_answer(hours.id)
        grab("cy-question-100")
        window.show_results()
        grab("cy-results-100")
        window.show_letter()
        for _ in range(100):
            wait(100)
            if window.letter_page.pdf is not None:
                break
        grab("cy-letter-100")
        window.close()
        store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
