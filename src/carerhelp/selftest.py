"""`carerhelp --self-test`: prove this copy works — store, answers, findings, letter and window — offscreen."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any


def run_self_test(out: Callable[[str], None] = print) -> int:
    """Run every check in a temporary folder (never the real data folder); 0 only if all pass."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    folder = Path(tempfile.mkdtemp(prefix="carerhelp-self-test-"))
    state: dict[str, Any] = {}
    failures = 0

    def check(name: str, action: Callable[[], Any]) -> None:
        nonlocal failures
        try:
            action()
        except Exception as error:  # every failure is reported, none is hidden
            failures += 1
            out(f"FAIL {name}: {type(error).__name__}: {error}")
        else:
            out(f"ok   {name}")

    def open_it() -> None:
        from carerhelp.storage import open_store

        state["store"] = open_store(folder / "data")

    def questionnaire() -> None:
        from carerhelp.domain.questionnaire import load_questionnaire

        state["q"] = load_questionnaire()

    def answer() -> None:
        from carerhelp.paths import resource

        store, q = state["store"], state["q"]
        sample = json.loads(resource("samples", "self-test.json").read_text(encoding="utf-8"))[
            "answers"
        ]
        case = store.create_case()
        for key, value in sample.items():
            store.save_answer(case, key, q.parse(key, value))
        state["answers"] = store.load_answers(case)
        assert state["answers"] == q.parse_all(sample), "answers did not come back as saved"
        assert q.first_unanswered(state["answers"]) is None, "the sample case is incomplete"

    def findings() -> None:
        from carerhelp.domain.rights import assess

        state["findings"] = assess(state["answers"], on=date.today())
        assert any(f.id == "carer_assessment" for f in state["findings"])

    def letter() -> None:
        import pypdfium2

        from carerhelp.domain.authorities import get_authority
        from carerhelp.letters import build_letter, render_pdf

        answers = state["answers"]
        document = build_letter(
            "assessment",
            answers,
            state["findings"],
            date.today(),
            recipient=get_authority(answers["council"]),
        )
        pdf = render_pdf(document)
        assert pdf.startswith(b"%PDF")
        pages = len(pypdfium2.PdfDocument(pdf))
        assert pages >= 2, f"only {pages} page(s)"

    def window() -> None:
        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QApplication

        from carerhelp.ui.main_window import MainWindow
        from carerhelp.ui.settings import Preferences

        app = QApplication.instance() or QApplication(["carerhelp"])
        prefs = Preferences(QSettings(str(folder / "prefs.ini"), QSettings.Format.IniFormat))
        main = MainWindow(state["store"], state["q"], prefs)
        main.show()
        app.processEvents()
        main.start_page.resume_button.click()
        assert main.question_page is not None
        main.close()

    check("case store opened in a temporary folder", open_it)
    check("questionnaire loaded", questionnaire)
    if "store" in state and "q" in state:
        check("sample case answered, saved and read back", answer)
    if "answers" in state:
        check("findings worked out", findings)
        check("letter made as a PDF", letter)
        check("main window shown offscreen", window)
    if "store" in state:
        state["store"].close()
    shutil.rmtree(folder, ignore_errors=True)
    out("Self-test passed." if failures == 0 else f"Self-test FAILED: {failures} problem(s).")
    return 0 if failures == 0 else 1
