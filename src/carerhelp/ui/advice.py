"""Advice-centre dialogs: who is helping today, and recording a client's consent."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from carerhelp.domain.errors import CarerHelpError
from carerhelp.storage.consent import DEFAULT_COVERS, record_consent
from carerhelp.storage.volunteers import list_volunteers, sign_in

if TYPE_CHECKING:
    from carerhelp.storage.cases import CaseStore


def _label(text: str, parent: QWidget, name: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    return label


class VolunteerDialog(QDialog):
    """Pick your name from the list, or type it. No password: the name goes in the audit log."""

    def __init__(self, store: CaseStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.name: str | None = None
        self.setWindowTitle(self.tr("Who is helping today?"))
        layout = QVBoxLayout(self)
        layout.addWidget(_label(self.tr("Who is helping today?"), self, "subheading"))
        layout.addWidget(
            _label(
                self.tr(
                    "Choose your name, or type it if you are new. It is recorded with what you do."
                ),
                self,
            )
        )
        self.names = QListWidget(self)
        self.names.setAccessibleName(self.tr("Volunteers who have helped before"))
        self.names.addItems(list_volunteers(store))
        layout.addWidget(self.names)
        typed = _label(self.tr("Or type your name:"), self)
        self.entry = QLineEdit(self)
        self.entry.setAccessibleName(self.tr("Your name"))
        typed.setBuddy(self.entry)
        layout.addWidget(typed)
        layout.addWidget(self.entry)
        self.error = _label("", self, "error")
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Carry on"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.names.currentTextChanged.connect(self.entry.setText)
        self.names.itemActivated.connect(lambda _item: self.accept())
        (self.names if self.names.count() else self.entry).setFocus(Qt.FocusReason.OtherFocusReason)

    def accept(self) -> None:
        try:
            self.name = sign_in(self.store, self.entry.text())
        except CarerHelpError as error:
            self.error.setText(str(error))
            self.error.show()
            self.entry.setFocus()
            return
        super().accept()


class ConsentDialog(QDialog):
    """Record that the client agreed to their health details being kept, what that covers, and who recorded it."""

    def __init__(
        self, store: CaseStore, case_id: int, volunteer: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.case_id = case_id
        self.volunteer = volunteer
        name = str(store.load_answers(case_id).get("carer_name") or "").strip()
        self.client = name or self.tr(
            "the client"
        )  # the client's name where it is known, so no one mixes them up
        who = name or self.tr("The client")
        self.setWindowTitle(self.tr("Record consent: {client}").format(client=self.client))
        layout = QVBoxLayout(self)
        layout.addWidget(
            _label(
                self.tr("Record {client}'s consent").format(client=self.client), self, "subheading"
            )
        )
        layout.addWidget(
            _label(
                self.tr(
                    "Read this to {client}. Only tick the box if they agree. They can change their "
                    "mind at any time, and then their information can be erased."
                ).format(client=self.client),
                self,
            )
        )
        covers_label = _label(self.tr("What {client} agrees to:").format(client=self.client), self)
        self.covers = QPlainTextEdit(DEFAULT_COVERS, self)
        self.covers.setAccessibleName(self.tr("What {client} agrees to").format(client=self.client))
        self.covers.setTabChangesFocus(True)
        covers_label.setBuddy(self.covers)
        self.agreed = QCheckBox(self.tr("{who} has told me they agree").format(who=who), self)
        self.agreed.setAccessibleName(self.tr("{who} has told me they agree").format(who=who))
        layout.addWidget(covers_label)
        layout.addWidget(self.covers)
        layout.addWidget(self.agreed)
        layout.addWidget(
            _label(
                self.tr("Recorded by: {name}").format(
                    name=volunteer or self.tr("the person using this computer")
                ),
                self,
                "hint",
            )
        )
        self.error = _label("", self, "error")
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Record consent"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        if not self.agreed.isChecked():
            self.error.setText(
                self.tr("Tick the box only when {client} has said they agree.").format(
                    client=self.client
                )
            )
            self.error.show()
            self.agreed.setFocus()
            return
        try:
            record_consent(self.store, self.case_id, self.covers.toPlainText(), self.volunteer)
        except CarerHelpError as error:
            self.error.setText(str(error))
            self.error.show()
            return
        super().accept()
