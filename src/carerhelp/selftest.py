"""`carerhelp --self-test`: prove this copy works — store, answers, findings, letters, window — offscreen."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from carerhelp.paths import DATA_DIR_ENV


class _Checks:
    """Runs named checks in order, printing one line each; a check that needs an earlier one's
    result is skipped (and counted as failed) when that one failed."""

    def __init__(self, out: Callable[[str], None]) -> None:
        self.out = out
        self.failures = 0

    def run(self, name: str, action: Callable[[], Any], *, ready: bool = True) -> None:
        if not ready:
            self.failures += 1
            self.out(f"FAIL {name}: not tried, because an earlier check failed")
            return
        try:
            action()
        except Exception as error:  # every failure is reported, none is hidden
            self.failures += 1
            self.out(f"FAIL {name}: {type(error).__name__}: {error}")
        else:
            self.out(f"ok   {name}")


class _SelfTest:
    """The checks, sharing what each one makes (store, questionnaire, case, answers, findings)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.store: Any = None
        self.content: Any = None
        self.q: Any = None
        self.case_id = 0
        self.answers: dict[str, Any] = {}
        self.findings: list[Any] = []

    def open_store(self) -> None:
        from carerhelp.domain.questionnaire.meaning import QuestionMeaning
        from carerhelp.storage import open_store

        self.store = open_store(self.folder / "data", meaning=QuestionMeaning.of(self.q))

    def load_content(self) -> None:
        from carerhelp.domain.content import load_content

        self.content = load_content()
        self.q = self.content.questionnaire

    def answer_sample_case(self) -> None:
        from carerhelp.paths import resource

        document = json.loads(resource("samples", "self-test.json").read_text(encoding="utf-8"))
        sample = document["answers"]
        self.case_id = self.store.create_case()
        for question_id, raw in sample.items():
            self.store.save_answer(self.case_id, question_id, self.q.parse(question_id, raw))
        stored = self.store.load_answers(self.case_id)
        expected = {key: self.q.parse(key, value) for key, value in sample.items()}
        if stored != expected:
            wrong = sorted(
                k for k in expected.keys() | stored.keys() if stored.get(k) != expected.get(k)
            )
            raise AssertionError(f"these answers did not come back as saved: {', '.join(wrong)}")
        missing = self.q.first_unanswered(stored)
        if missing is not None:
            raise AssertionError(f"the sample case leaves {missing.id} unanswered")
        self.answers = stored

    def assess(self) -> None:
        from carerhelp.domain.rights import assess

        self.findings = assess(self.answers, date.today(), self.content)
        found = {finding.id for finding in self.findings}
        if "carer_assessment" not in found:
            raise AssertionError(f"no carer's assessment among the findings ({sorted(found)})")

    def make_letters(self) -> None:
        import pypdfium2

        from carerhelp.domain.phrases import render_findings
        from carerhelp.letters import build_letter, render_pdf

        council = self.content.authorities.get(self.answers["council"])
        if council is None:
            raise AssertionError(f"council {self.answers['council']!r} is not in the list")
        phrases, specs = self.content.phrases, self.content.letters
        for kind in specs:
            if specs[kind].follows_up:
                continue  # a reminder, complaint or ombudsman pack needs a timeline first
            document = build_letter(
                kind,
                self.answers,
                self.findings,
                date.today(),
                content=self.content,
                recipient=council,
            )
            pdf = render_pdf(document)
            if not pdf.startswith(b"%PDF"):
                raise AssertionError(f"the {kind} letter is not a PDF")
            pages = len(pypdfium2.PdfDocument(pdf))
            if pages < 1:
                raise AssertionError(f"the {kind} letter has no pages")
            findings_json = [f.to_json() for f in render_findings(self.findings, phrases)]
            letter_id = self.store.save_letter(self.case_id, kind, pdf, self.answers, findings_json)
            if self.store.get_letter(letter_id).pdf != pdf:
                raise AssertionError(f"the saved {kind} letter came back different")

    def export_and_import(self) -> None:
        from carerhelp.storage.transfer import export_case, import_case

        path = self.folder / "case.json"
        export_case(self.store, self.case_id, path)
        copy = import_case(self.store, path)
        if self.store.load_answers(copy) != self.answers:
            raise AssertionError("the imported case's answers differ from the exported ones")

    def protect_and_reopen(self) -> None:
        """Encrypt the store with a password (SQLCipher and the cryptography library, as this
        copy was built with them), open it again with the password, and read every answer back;
        then a passphrase-protected export, imported again."""
        from carerhelp.storage import keys, open_store, protection
        from carerhelp.storage.engine import is_plain_file
        from carerhelp.storage.transfer import export_case, import_case

        password = "self-test password"
        meaning = self.store.question_meaning
        data = self.store.data_dir
        self.store.close()
        self.store = None
        protection.protect(data, password)
        key = keys.unlock(data, password)
        self.store = open_store(data, meaning=meaning, key=key)
        if is_plain_file(self.store.path):
            raise AssertionError("the protected data file is not encrypted")
        if self.store.load_answers(self.case_id) != self.answers:
            raise AssertionError("the protected store's answers differ from those saved")
        path = self.folder / "case-protected.carerhelp"
        export_case(self.store, self.case_id, path, passphrase=password)
        copy = import_case(self.store, path, passphrase=password)
        if self.store.load_answers(copy) != self.answers:
            raise AssertionError("the passphrase-protected export came back different")

    def show_window(self) -> None:
        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QApplication

        from carerhelp.ui.main_window import MainWindow
        from carerhelp.ui.settings import Preferences
        from carerhelp.ui.theme import apply_theme

        existing = QApplication.instance()
        app = existing if isinstance(existing, QApplication) else QApplication(["carerhelp"])
        ini = QSettings(str(self.folder / "preferences.ini"), QSettings.Format.IniFormat)
        prefs = Preferences(ini)
        apply_theme(app, prefs.text_scale, prefs.high_contrast)
        window = MainWindow(self.store, self.content, prefs)
        try:
            window.show()
            app.processEvents()
            window.open_case(self.case_id)
            window.show_results()
            app.processEvents()
            if window.stack.currentWidget() is not window.results_page:
                raise AssertionError("the results page did not open for the sample case")
        finally:
            window.close()
            window.deleteLater()
            app.processEvents()

    def welsh_interface(self) -> None:
        """The compiled Welsh catalogue is shipped and answers both CarerHelp's words and Qt's."""
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QApplication

        from carerhelp.ui.language import install

        existing = QApplication.instance()
        app = existing if isinstance(existing, QApplication) else QApplication(["carerhelp"])
        install(app, "cy")
        try:
            words = (
                QCoreApplication.translate("MainWindow", "Home"),
                QCoreApplication.translate("QPlatformTheme", "Cancel"),
            )
        finally:
            install(app, "en")
        if words != ("Hafan", "Canslo"):
            raise AssertionError(f"the Welsh interface words are wrong: {words}")


def run_self_test(out: Callable[[str], None] = print) -> int:
    """Run every check in a temporary folder (never the real data folder); 0 only if all pass."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    folder = Path(tempfile.mkdtemp(prefix="carerhelp-self-test-"))
    saved_data_dir = os.environ.get(DATA_DIR_ENV)
    os.environ[DATA_DIR_ENV] = str(folder / "data")  # anything that asks for the data folder
    test, checks = _SelfTest(folder), _Checks(out)
    try:
        checks.run("content loaded and checked", test.load_content)
        checks.run(
            "case store opened in a temporary folder",
            test.open_store,
            ready=test.content is not None,
        )
        ready = test.store is not None and test.q is not None
        checks.run(
            "sample case answered, saved and read back", test.answer_sample_case, ready=ready
        )
        ready = bool(test.answers)
        checks.run("findings worked out", test.assess, ready=ready)
        checks.run("letters made as PDFs and saved", test.make_letters, ready=ready)
        checks.run("case exported to a file and imported", test.export_and_import, ready=ready)
        checks.run(
            "answers protected with a password and opened with it",
            test.protect_and_reopen,
            ready=ready,
        )
        ready = ready and test.store is not None
        checks.run("main window shown offscreen", test.show_window, ready=ready)
        checks.run("Welsh interface words loaded", test.welsh_interface, ready=ready)
    finally:
        if test.store is not None:
            test.store.close()
        shutil.rmtree(folder, ignore_errors=True)
        if saved_data_dir is None:
            os.environ.pop(DATA_DIR_ENV, None)
        else:
            os.environ[DATA_DIR_ENV] = saved_data_dir
    if checks.failures:
        out(
            f"Self-test FAILED: {checks.failures} problem(s). This copy of CarerHelp may be damaged."
        )
        return 1
    out("Self-test passed.")
    return 0
