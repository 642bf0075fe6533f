"""The interface's language: CarerHelp's catalogue (its own words and Qt's) and the locale for dates."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTranslator
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

LANGUAGES = {"en": "English", "cy": "Cymraeg"}
"""Each language's own name for itself: shown as it is, untranslated, so anyone can find theirs."""

if TYPE_CHECKING:
    from carerhelp.domain.content import Content

_TRANSLATOR = "carerhelp_translator"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for the catalogue under `context`; it is translated where it is shown (with
    QCoreApplication.translate(context, text)), since a module's constants are made before the
    language is chosen. Qt's own marker returns `object` to type checkers; this one a str."""
    return text


def catalogue(lang: str) -> str:
    """The compiled catalogue of `lang`'s interface words (English needs none)."""
    from carerhelp.paths import resource

    return str(resource("translations", f"carerhelp_{lang}.qm"))


def install(app: QCoreApplication, lang: str) -> None:
    """Make `lang` the interface's language from now on: every tr() made after this call is in it.

    Qt ships no Welsh for its own buttons and dialogs, so CarerHelp's catalogue carries those words
    too (see carerhelp.ui.qt_words). Dates shown by Qt's date boxes follow the locale set here.
    """
    old = app.findChild(QTranslator, _TRANSLATOR)
    if old is not None:
        app.removeTranslator(old)
        old.setObjectName("")  # so the next change of language never finds this one again
        old.deleteLater()
    if lang == "cy":
        translator = QTranslator(app)
        translator.setObjectName(_TRANSLATOR)
        if not translator.load(catalogue(lang)):
            raise FileNotFoundError(catalogue(lang))
        app.installTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.Welsh, QLocale.Country.UnitedKingdom))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


def _welsh() -> bool:
    return QLocale().language() == QLocale.Language.Welsh


def _qt(day: date, pattern: str) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def long_day(day: date) -> str:
    """A day in full in the interface's language: 3 December 2026, 3 Rhagfyr 2026."""
    return _qt(day, "d MMMM yyyy") if _welsh() else f"{day.day} {day:%B %Y}"


def day_month(day: date) -> str:
    """A day and its month: 3 December, 3 Rhagfyr."""
    return _qt(day, "d MMMM") if _welsh() else f"{day.day} {day:%B}"


def short_day_month(day: date) -> str:
    """A day and its month, short, for charts and tables: 3 Dec, 3 Rhag."""
    return _qt(day, "d MMM") if _welsh() else f"{day.day} {day:%b}"


def short_date(day: date) -> str:
    """A day, short month and year: 3 Dec 2026, 3 Rhag 2026."""
    return _qt(day, "d MMM yyyy") if _welsh() else f"{day.day} {day:%b %Y}"


def file_dialog_options() -> QFileDialog.Option:
    """In Welsh, Qt's own file dialog, whose words come from CarerHelp's catalogue; the system's
    dialog speaks the computer's language, which for a Welsh speaker is most often English."""
    if _welsh():
        return QFileDialog.Option.DontUseNativeDialog
    return QFileDialog.Option(0)


class LanguageDialog(QDialog):
    """The first question CarerHelp asks, before anything else: English or Cymraeg.

    Two large buttons, each named in its own language; Tab moves between them, Enter or Space
    chooses. Asked in both languages at once, since the answer is not known yet.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chosen = ""
        self.setWindowTitle("CarerHelp")
        self.setObjectName("language_dialog")
        layout = QVBoxLayout(self)
        question = QLabel("Choose your language\nDewiswch eich iaith", self)
        question.setObjectName("subheading")
        question.setTextFormat(question.textFormat().PlainText)
        layout.addWidget(question)
        row = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for lang, name in LANGUAGES.items():
            button = QPushButton(name, self)
            button.setObjectName(f"language_{lang}")
            button.setAccessibleName(name)
            button.setAccessibleDescription(
                "Use CarerHelp in English" if lang == "en" else "Defnyddio CarerHelp yn Gymraeg"
            )
            button.setAutoDefault(True)
            button.clicked.connect(lambda _checked=False, lang=lang: self._choose(lang))
            row.addWidget(button)
            self.buttons[lang] = button
        layout.addLayout(row)
        hint = QLabel(
            "You can change this later in the View menu.\n"
            "Gallwch newid hyn yn nes ymlaen yn y ddewislen Gweld.",
            self,
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.buttons["en"].setDefault(True)
        self.buttons["en"].setFocus()

    def _choose(self, lang: str) -> None:
        self.chosen = lang
        self.accept()


def read_content(lang: str) -> Content:
    """Everything CarerHelp knows, in `lang`, read and checked (ContentError if it can't be)."""
    from carerhelp.domain.content import load_content

    return load_content(lang=lang)


def ask_language(parent: QWidget | None = None) -> str:
    """Ask for the language at first start; English if the window is closed without a choice."""
    dialog = LanguageDialog(parent)
    dialog.exec()
    return dialog.chosen or "en"


BRIEF_LINES = 6
"""How many lines of a loader's problems a warning shows; the rest are behind Show Details."""


def warn_with_details(parent: QWidget | None, message: str, details: str) -> None:
    """A warning whose `message` has an {error} part: a loader's list of problems can run to
    hundreds of lines, which made the box taller than the screen and hid its OK button. The first
    lines are shown, and every line is kept under Show Details."""
    from PySide6.QtWidgets import QMessageBox

    lines = details.splitlines()
    brief = "\n".join(lines[:BRIEF_LINES] + (["…"] if len(lines) > BRIEF_LINES else []))
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        "CarerHelp",
        message.format(error=brief),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    if len(lines) > BRIEF_LINES:
        box.setDetailedText(details)
    box.exec()
