"""After a letter is printed or saved: was it sent, when, and how? Asked on the letter screen
itself (not in a separate window), and recorded on the case's timeline."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from carerhelp.ui.language import QT_TRANSLATE_NOOP
from carerhelp.ui.wizard.inputs import option_row

HOW_LABELS = {
    "post": QT_TRANSLATE_NOOP("SentPanel", "By post"),
    "email": QT_TRANSLATE_NOOP("SentPanel", "By email"),
    "hand": QT_TRANSLATE_NOOP("SentPanel", "By hand"),
    "online": QT_TRANSLATE_NOOP("SentPanel", "By an online form"),
}


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class SentPanel(QFrame):
    """Ask whether the letter was sent, on which day and how, with the council's reference.

    `accepted` when the carer records it; `rejected` for "Not yet". Hidden until `ask()`."""

    accepted = Signal()
    rejected = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sent_panel")
        self.setFrameShape(QFrame.Shape.Box)
        self.setAccessibleName(self.tr("Have you sent this letter?"))
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Have you sent this letter?"), self)
        heading.setObjectName("subheading")
        layout.addWidget(heading)
        intro = QLabel(
            self.tr(
                "If you have, say when and how. CarerHelp adds it to the case's timeline and "
                "reminds you when to chase. If not, choose Not yet: you can add it later from the"
                " timeline."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        date_label = QLabel(self.tr("&Day it was sent:"), self)
        self.day = QDateEdit(to_qdate(today), self)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("d MMMM yyyy")
        self.day.setMaximumDate(to_qdate(today))
        self.day.setAccessibleName(self.tr("Day it was sent"))
        date_label.setBuddy(self.day)
        layout.addWidget(date_label)
        layout.addWidget(self.day)
        layout.addWidget(QLabel(self.tr("How it was sent:"), self))
        self.how_group = QButtonGroup(self)
        self.how_buttons: dict[str, QRadioButton] = {}
        for value, label in HOW_LABELS.items():
            button = QRadioButton(self)
            button.setChecked(value == "post")
            self.how_group.addButton(button)
            self.how_buttons[value] = button
            layout.addWidget(
                option_row(button, QCoreApplication.translate("SentPanel", label), "", self)
            )
        reference_label = QLabel(self.tr("Their &reference, if they gave one (optional):"), self)
        self.reference = QLineEdit(self)
        self.reference.setMaxLength(100)
        self.reference.setAccessibleName(self.tr("Their reference, if they gave one"))
        reference_label.setBuddy(self.reference)
        layout.addWidget(reference_label)
        layout.addWidget(self.reference)
        buttons = QHBoxLayout()
        self.not_yet = QPushButton(self.tr("Not yet"), self)
        self.not_yet.setAccessibleName(self.tr("Not sent yet"))
        self.record = QPushButton(self.tr("Record it as sent"), self)
        self.record.setObjectName("primary")
        self.record.setAccessibleName(self.tr("Record the letter as sent"))
        self.record.setDefault(True)
        buttons.addWidget(self.not_yet)
        buttons.addStretch(1)
        buttons.addWidget(self.record)
        layout.addLayout(buttons)
        self.not_yet.clicked.connect(self._not_yet)
        self.record.clicked.connect(self._record)
        self.hide()

    def ask(self, today: date) -> None:
        self.day.setMaximumDate(to_qdate(today))
        self.day.setDate(to_qdate(today))
        self.reference.clear()
        self.show()
        self.day.setFocus(Qt.FocusReason.OtherFocusReason)

    def _record(self) -> None:
        self.hide()
        self.accepted.emit()

    def _not_yet(self) -> None:
        self.hide()
        self.rejected.emit()

    def sent_on(self) -> date:
        return from_qdate(self.day.date())

    def how(self) -> str:
        return next(value for value, button in self.how_buttons.items() if button.isChecked())
