"""The interface in Welsh: the catalogue is complete and current, and a Welsh window shows no English."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTabWidget,
    QWidget,
)
from tools.translations import TS, sources, tool

from carerhelp.domain.content import Content

QM = TS.with_suffix(".qm")
PLACEHOLDER = re.compile(r"\{[^}]*\}|%\d|%n")
# Words that are the same in both languages, or names: never a sign of English left behind.
PROPER_NAMES = {"CarerHelp", "English", "Data"}


def messages(path: Path) -> list[tuple[str, str, list[str], ET.Element]]:
    """(context, source, translations, <translation> element) for every message of a .ts file."""
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")] or [
                translation.text or ""
            ]
            found.append((name, message.findtext("source") or "", forms, translation))
    return found


def unfinished(path: Path) -> list[str]:
    """Every problem that leaves a message without proper Welsh."""
    problems = []
    for context, source, forms, element in messages(path):
        where = f"{context}: {source[:60]!r}"
        if element.get("type") in {"unfinished", "vanished", "obsolete"}:
            problems.append(f"{where} is marked {element.get('type')}")
        for form in forms:
            if not form.strip():
                problems.append(f"{where} has no Welsh")
            elif sorted(PLACEHOLDER.findall(form)) != sorted(PLACEHOLDER.findall(source)):
                problems.append(f"{where}: the Welsh does not keep the placeholders")
            elif ("&" in source.replace("&&", "")) != ("&" in form.replace("&&", "")):
                problems.append(f"{where}: the Welsh loses or adds the keyboard shortcut (&)")
    return problems


def test_every_message_has_its_welsh():
    assert len(messages(TS)) > 400
    assert unfinished(TS) == []


def test_the_completeness_check_finds_a_missing_translation(tmp_path):
    text = TS.read_text(encoding="utf-8")
    broken = tmp_path / "broken.ts"
    broken.write_text(
        text.replace(
            "<translation>Parhau</translation>", '<translation type="unfinished"></translation>', 1
        ).replace(
            "<translation>Gwall: {message}</translation>", "<translation>Gwall</translation>", 1
        ),
        encoding="utf-8",
    )
    problems = unfinished(broken)
    assert any("unfinished" in p for p in problems)
    assert any("placeholders" in p for p in problems)


def extracted(tmp_path: Path, files: list[Path]) -> set[tuple[str, str]]:
    """(context, source) of every message pyside6-lupdate finds in `files` today."""
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [tool("pyside6-lupdate"), *map(str, files), "-ts", str(fresh), "-locations", "none"],
        check=True,
        capture_output=True,
    )
    return {(context, source) for context, source, _forms, _e in messages(fresh)}


def stale(tmp_path: Path, files: list[Path]) -> tuple[list, list]:
    """(words in the code missing from the .ts, words in the .ts the code no longer uses)."""
    in_code = extracted(tmp_path, files)
    in_catalogue = {(context, source) for context, source, _f, _e in messages(TS)}
    return sorted(in_code - in_catalogue), sorted(in_catalogue - in_code)


def test_the_catalogue_is_current_with_the_source(tmp_path):
    """Every tr() in the interface is in the .ts, and the .ts holds nothing the code no longer says
    (run `.venv/bin/python tools/translations.py` after changing interface words)."""
    assert stale(tmp_path, sources()) == ([], [])


def test_the_currency_check_sees_a_new_string(tmp_path):
    extra = tmp_path / "extra.py"
    extra.write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        'QCoreApplication.translate("MainWindow", "A sentence nobody has translated")\n',
        encoding="utf-8",
    )
    assert stale(tmp_path, [*sources(), extra])[0] == [
        ("MainWindow", "A sentence nobody has translated")
    ]


def test_the_compiled_catalogue_is_made_from_the_ts(tmp_path):
    """The .qm shipped beside the .ts is exactly what pyside6-lrelease makes of it today."""
    fresh = tmp_path / "carerhelp_cy.qm"
    subprocess.run(
        [tool("pyside6-lrelease"), str(TS), "-qm", str(fresh)], check=True, capture_output=True
    )
    assert fresh.read_bytes() == QM.read_bytes(), "run .venv/bin/python tools/translations.py"


# ----- the Welsh window ------------------------------------------------------------------------
def english_patterns() -> list[re.Pattern[str]]:
    """Every English sentence of the catalogue whose Welsh differs, as a pattern a shown text would
    match in full (placeholders match anything; & and … are left out, as a widget shows them)."""
    patterns = []
    for _context, source, forms, _e in messages(TS):
        plain = source.replace("&", "").strip()
        if plain in PROPER_NAMES or all(f.replace("&", "").strip() == plain for f in forms):
            continue
        parts = PLACEHOLDER.split(plain)
        if len(parts) > 1 and len(re.sub(r"[^A-Za-z]", "", "".join(parts))) < 12:
            continue  # too little fixed wording ("About {name}") to tell from a question's words
        patterns.append(re.compile(".+?".join(re.escape(part) for part in parts), re.DOTALL))
    return patterns


def shown_texts(window: QWidget) -> list[str]:
    """Every word the window shows or tells a screen reader: labels, buttons, boxes, tabs, menus
    (and what is in them), the title, and accessible names and descriptions."""
    texts = [window.windowTitle()]
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisibleTo(window) and widget is not window:
            continue
        texts += [widget.accessibleName(), widget.accessibleDescription(), widget.toolTip()]
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
    for menu_action in window.menuBar().actions():
        texts.append(menu_action.text())
        menu = menu_action.menu()
        if menu is not None:
            menu.aboutToShow.emit()  # the Case and Data menus fill themselves when first opened
            texts += [action.text() for action in menu.actions()]
    return [text.replace("&", "").strip() for text in texts if text and text.strip()]


def content_words(window: QWidget) -> set[str]:
    """The questionnaire's own words (questions, help, options) as the window's content has them."""
    content = getattr(window, "content", None)
    if content is None:
        return set()
    words = set()
    for question in content.questionnaire.questions:
        words |= {question.text, question.help}
        words |= {option.label for option in question.options}
    return {word.strip() for word in words if word}


def leaves(node: Any, key: str = "") -> dict[str, str]:
    """Every phrase of a phrases tree (lists and `{ text = ... }` parts included), by dotted key."""
    if isinstance(node, str):
        return {key: node}
    found: dict[str, str] = {}
    if isinstance(node, dict):
        for name, value in node.items():
            if name not in {"if", "unless", "phrase"}:
                found |= leaves(value, f"{key}.{name}" if key else name)
    elif isinstance(node, list):
        for number, value in enumerate(node):
            found |= leaves(value, f"{key}.{number}")
    return found


CITATION = re.compile(r"\[\[[^\]]*\]\]")


def content_patterns(english: Content, welsh: Content) -> list[re.Pattern[str]]:
    """The English content's words whose Welsh differs: each question's text, help and options
    (a shown text that is one in full), and each phrase of findings, letters and labels with enough
    fixed wording to be told apart (a shown text that holds one anywhere)."""
    patterns = []
    welsh_questions = {q.id: q for q in welsh.questionnaire.questions}
    for question in english.questionnaire.questions:
        twin = welsh_questions[question.id]
        pairs = [(question.text, twin.text), (question.help, twin.help)]
        pairs += [(o.label, t.label) for o, t in zip(question.options, twin.options, strict=True)]
        for words, welsh_words in pairs:
            if words.strip() not in PROPER_NAMES and words.strip() != (welsh_words or "").strip():
                patterns.append(re.compile(re.escape(words.strip())))
    welsh_leaves = leaves(welsh.phrases._entries)
    for key, words in leaves(english.phrases._entries).items():
        if words == welsh_leaves.get(key):
            continue
        parts = PLACEHOLDER.split(CITATION.sub("{}", words.strip()))
        if len(re.sub(r"[^A-Za-z]", "", "".join(parts))) < 20:
            continue  # "Page {page}": too little wording to be sure it is English
        patterns.append(re.compile(".+?".join(re.escape(part) for part in parts), re.DOTALL))
    return patterns


def english_left(window: QWidget, english: Content | None = None) -> list[str]:
    """The texts the window shows that are English: the catalogue's English sentences (in full)
    and, given the English content, its questions (in full) and its phrases (anywhere in a text)."""
    patterns = english_patterns()
    content = content_words(window)
    shown = shown_texts(window)
    found = {
        text for text in shown if text not in content and any(p.fullmatch(text) for p in patterns)
    }
    if english is not None:
        ours = content_patterns(english, window.content)  # type: ignore[attr-defined]
        found |= {
            text
            for text in shown
            if any(
                p.fullmatch(text) if p.pattern == re.escape(text) else p.search(text) for p in ours
            )
        }
    return sorted(found)


def test_a_welsh_window_shows_no_english_words(qtbot, welsh_window, content):
    """Neither the interface's words nor the content's: questions, findings, the letter page."""
    from tests.ui.test_accessibility import screens

    window = welsh_window
    left = {}
    for name, root in screens(window, qtbot, answers_from="wales.json"):
        found = english_left(root, english=content)
        if found:
            left[name.split(" ")[0]] = found[:5]
    assert left == {}


def test_the_english_check_finds_english_in_a_welsh_window(qtbot, welsh_window):
    welsh_window.home_button.setText("Home")
    welsh_window.start_page.search.setPlaceholderText("Name, postcode or notes")
    assert english_left(welsh_window) == ["Home", "Name, postcode or notes"]


def test_the_english_check_finds_english_content_in_a_welsh_window(qtbot, welsh_window, content):
    question = next(
        q for q in content.questionnaire.questions if q.options and len(q.options[0].label) > 12
    )
    shown = [QLabel(question.text, welsh_window), QLabel(question.options[0].label, welsh_window)]
    shown.append(QLabel(f"Nodyn: {content.phrases.text('fixed.letter.pdf_subject')}", welsh_window))
    for label in shown:
        label.show()
    assert english_left(welsh_window) == []  # the catalogue alone does not know them
    assert english_left(welsh_window, english=content) == sorted(label.text() for label in shown)


def test_an_english_window_is_in_english(qtbot, window):
    assert window.home_button.text() == "Home"
    assert window.menuBar().actions()[0].text() == "&File"


# ----- Qt's own words --------------------------------------------------------------------------
def test_qts_own_buttons_and_menus_speak_welsh(qtbot, welsh):
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "CarerHelp",
        "?",
        QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.No
        | QMessageBox.StandardButton.Cancel,
    )
    qtbot.addWidget(box)
    words = {
        box.button(b).text()
        for b in (
            QMessageBox.StandardButton.Yes,
            QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Cancel,
        )
    }
    assert words == {"&Ie", "&Na", "Canslo"}
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok
        | QDialogButtonBox.StandardButton.Cancel
        | QDialogButtonBox.StandardButton.Save
        | QDialogButtonBox.StandardButton.Discard
        | QDialogButtonBox.StandardButton.Close
    )
    qtbot.addWidget(buttons)
    assert sorted(b.text() for b in buttons.buttons()) == ["Cadw", "Canslo", "Cau", "Iawn", "Taflu"]
    edit = QLineEdit()
    qtbot.addWidget(edit)
    menu = edit.createStandardContextMenu()
    shown = [a.text().split("\t")[0] for a in menu.actions() if a.text()]
    assert shown == [
        "&Dadwneud",
        "&Ailwneud",
        "&Torri",
        "&Copïo",
        "&Gludo",
        "Dileu",
        "Dewis y cyfan",
    ]
    menu.deleteLater()


def test_in_welsh_file_dialogs_are_qts_own_with_welsh_words(qtbot, welsh):
    from PySide6.QtWidgets import QFileDialog

    from carerhelp.ui.language import file_dialog_options

    assert file_dialog_options() == QFileDialog.Option.DontUseNativeDialog
    dialog = QFileDialog(None, "Cadw eich llythyr")
    dialog.setOptions(file_dialog_options())
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    dialog.show()
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert {"&Enw'r ffeil:", "&Math o ffeil:"} <= labels, labels
    texts = {b.text() for b in dialog.findChildren(QAbstractButton) if b.text()}
    assert {"&Cadw", "Canslo"} <= texts, texts
    dialog.close()


def test_in_english_file_dialogs_are_the_systems(qtbot, window):
    from PySide6.QtWidgets import QFileDialog

    from carerhelp.ui.language import file_dialog_options

    assert file_dialog_options() == QFileDialog.Option(0)


# ----- choosing the language -------------------------------------------------------------------
def test_the_first_question_is_the_language_by_keyboard(qtbot):
    from carerhelp.ui.language import LanguageDialog

    dialog = LanguageDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.buttons["en"].hasFocus)
    assert [b.accessibleName() for b in dialog.buttons.values()] == ["English", "Cymraeg"]
    qtbot.keyClick(dialog.buttons["en"], Qt.Key.Key_Tab)
    assert dialog.buttons["cy"].hasFocus()
    qtbot.keyClick(dialog.buttons["cy"], Qt.Key.Key_Space)
    assert dialog.chosen == "cy" and dialog.result() == dialog.DialogCode.Accepted


def test_the_first_start_asks_once_and_remembers(qtbot, prefs, monkeypatch):
    import carerhelp.ui.language as language
    from carerhelp.app import choose_language

    asked = []
    monkeypatch.setattr(language, "ask_language", lambda: asked.append(1) or "cy")
    app = QApplication.instance()
    try:
        choose_language(app, prefs)
        assert prefs.language == "cy" and asked == [1]
        assert QApplication.translate("MainWindow", "Home") == "Hafan"
        choose_language(app, prefs)
        assert asked == [1], "asked again after it was answered"
    finally:
        language.install(app, "en")
    assert QApplication.translate("MainWindow", "Home") == "Home"


@pytest.fixture
def welsh():
    from carerhelp.ui.language import install

    app = QApplication.instance()
    install(app, "cy")
    yield
    install(app, "en")


def test_the_view_menu_switches_language_at_the_same_case_and_page(
    qtbot, store, content, welsh_content, prefs
):
    from carerhelp.ui.language import install
    from carerhelp.ui.main_window import MainWindow
    from tests.ui.conftest import TODAY
    from tests.ui.helpers import filled_case

    loaded: list[str] = []

    def content_in(lang: str):
        loaded.append(lang)
        return welsh_content if lang == "cy" else content

    # Not handed to qtbot: each window is deleted once the next has taken its place.
    window = MainWindow(store, content, prefs, today=lambda: TODAY, content_in=content_in)
    window.show()
    case_id = filled_case(window, "wales.json")
    window.show_results()
    try:
        assert window.language_actions["en"].isChecked()
        window.language_actions["cy"].trigger()
        welsh = window.replaced_by
        assert welsh is not None and welsh.isVisible() and not window.isVisible()
        assert prefs.language == "cy" and loaded == ["cy"], "the content is loaded once, in Welsh"
        assert welsh.controller is not None and welsh.controller.case_id == case_id
        assert welsh.stack.currentWidget() is welsh.results_page
        assert welsh.results_page.letter_button.text() == "Gwneud fy llythyr at y cyngor"
        assert welsh.home_button.text() == "Hafan"
        assert [a.text() for a in welsh.menuBar().actions()][:2] == ["&Ffeil", "&Gweld"]
        assert welsh.language_actions["cy"].isChecked()
        welsh.show_letter()
        qtbot.waitUntil(lambda: welsh.letter_page.pdf is not None, timeout=15_000)
        welsh.language_actions["en"].trigger()
        english = welsh.replaced_by
        assert english is not None
        assert english.stack.currentWidget() is english.letter_page, "not at the same page"
        assert english.letter_page.back_button.text() == "Back to results"
        # Read once for each window's language, and once more for the English window's letter,
        # which is in Welsh because the carer asked for Welsh.
        assert prefs.language == "en" and loaded == ["cy", "en", "cy"]
        qtbot.waitUntil(lambda: english.letter_page.pdf is not None, timeout=15_000)
    finally:
        latest = window
        while latest.replaced_by is not None:
            latest = latest.replaced_by
        latest.close()
        QThreadPool.globalInstance().waitForDone(10_000)
        install(QApplication.instance(), "en")


def test_a_missing_welsh_catalogue_gives_english_and_says_so(qtbot, prefs, monkeypatch, tmp_path):
    import carerhelp.ui.language as language
    from carerhelp.app import choose_language

    told: list[str] = []
    monkeypatch.setattr(language, "catalogue", lambda lang: str(tmp_path / "missing.qm"))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: told.append(text))
    prefs.language = "cy"
    choose_language(QApplication.instance(), prefs)
    assert QApplication.translate("MainWindow", "Home") == "Home"
    assert len(told) == 1 and "reinstall" in told[0] and "Gosodwch CarerHelp eto" in told[0]


# ----- the letter's own language -------------------------------------------------------------
def letter_window(qtbot, store, content, prefs, content_in):
    from carerhelp.ui.main_window import MainWindow
    from tests.ui.conftest import TODAY

    window = MainWindow(store, content, prefs, today=lambda: TODAY, content_in=content_in)
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_letter_is_in_the_language_the_carer_asked_for_and_can_be_changed(
    qtbot, store, content, welsh_content, prefs, monkeypatch
):
    import carerhelp.ui.letter_page as letter_page
    from tests.ui.helpers import filled_case

    welsh = welsh_content
    loaded: list[str] = []
    made_with: list[object] = []
    make = letter_page.make_letter_pdf

    def recording(*args):
        made_with.append(args[8])  # the content the letter is made from
        return make(*args)

    monkeypatch.setattr(letter_page, "make_letter_pdf", recording)
    window = letter_window(qtbot, store, content, prefs, lambda lang: loaded.append(lang) or welsh)
    filled_case(window, "wales.json")  # the carer asked for Welsh
    window.show_results()
    window.show_letter()
    page = window.letter_page
    qtbot.waitUntil(lambda: page.pdf is not None, timeout=15_000)
    assert page.language_combo.currentData() == "cy" and page.letter_language() == "cy"
    assert loaded == ["cy"] and made_with[-1] is welsh
    assert page.language_combo.accessibleName() == "Language of the letter"
    page.language_combo.setCurrentIndex(page.language_combo.findData("en"))
    qtbot.waitUntil(lambda: made_with[-1] is content, timeout=15_000)
    page.language_combo.setCurrentIndex(page.language_combo.findData("cy"))
    qtbot.waitUntil(lambda: made_with[-1] is welsh, timeout=15_000)
    assert loaded == ["cy"], "the Welsh content is loaded once and kept for the session"
    qtbot.waitUntil(lambda: page.pdf is not None and page.update_button.isEnabled())


def test_a_letter_language_that_cant_be_read_leaves_the_interfaces(
    qtbot, store, content, prefs, monkeypatch
):
    from carerhelp.domain.errors import ContentError
    from tests.ui.helpers import filled_case

    def unreadable(lang: str):
        raise ContentError(f"no words in {lang}")

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: told.append(box.text()) or 0)
    window = letter_window(qtbot, store, content, prefs, unreadable)
    filled_case(window, "wales.json")
    window.show_results()
    window.show_letter()
    page = window.letter_page
    assert page.language_combo.currentData() == "en" and page.letter_language() == "en"
    assert told == [], "only a default wanted Welsh: nothing to tell"
    page.language_combo.setCurrentIndex(page.language_combo.findData("cy"))
    assert page.language_combo.currentData() == "en", "it claims a language it can't write in"
    assert len(told) == 1 and "no words in cy" in told[0]
    qtbot.waitUntil(lambda: page.pdf is not None and page.update_button.isEnabled(), timeout=15_000)


def test_qts_own_print_dialog_speaks_welsh(qtbot, welsh):
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from PySide6.QtWidgets import QGroupBox

    printer = QPrinter()  # kept: the dialog only borrows it
    dialog = QPrintDialog(printer)
    qtbot.addWidget(dialog)
    dialog.show()
    buttons = {b.text() for b in dialog.findChildren(QAbstractButton) if b.text()}
    labels = {label.text() for label in dialog.findChildren(QLabel) if label.text()}
    groups = {group.title() for group in dialog.findChildren(QGroupBox) if group.title()}
    assert {"&Argraffu", "Canslo", "P&riodweddau", "&Dewisiadau >>"} <= buttons, buttons
    assert {"&Enw:", "Lleoliad:", "Math:", "Copïau:"} <= labels, labels
    assert {"Argraffydd", "Beth i'w argraffu"} <= groups, groups
    dialog.close()


def test_welsh_files_with_many_problems_give_a_box_that_fits_the_screen(
    qtbot, store, content, prefs, monkeypatch
):
    """Welsh content with hundreds of problems once filled a warning taller than the screen, its
    OK button out of reach: the first lines are shown, and every line is under Show Details."""
    from carerhelp import app as composition
    from carerhelp.domain import content as content_module
    from carerhelp.domain.errors import CarerHelpError
    from carerhelp.ui.language import BRIEF_LINES
    from carerhelp.ui.main_window import MainWindow

    english = content_module.load_content
    problems = "\n".join(f"- rule_{n}.text has no Welsh words" for n in range(300))

    def load(lang: str = "en", **kwargs):
        if lang == "cy":
            raise CarerHelpError(problems)
        return english(lang=lang, **kwargs)

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(content_module, "load_content", load)
    monkeypatch.setattr(
        QMessageBox, "exec", lambda box: shown.append((box.text(), box.detailedText())) or 0
    )
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_: shown.append((text, "")))
    prefs.language = "cy"
    assert composition.content_for_start(prefs) is not None  # English, this time
    window = MainWindow(store, content, prefs, content_in=lambda lang: load(lang=lang))
    qtbot.addWidget(window)
    assert window.content_in_language("cy") is None  # the letter page or the View menu
    assert len(shown) == 2
    for text, details in shown:
        assert "rule_0.text" in text and "rule_299.text" not in text
        assert text.count("\n") <= BRIEF_LINES + 5
        assert details == problems
