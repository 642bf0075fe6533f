"""The questions and messages the Case and Data menus show, behind one small interface that tests
can answer instead of a person."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from carerhelp.ui.language import file_dialog_options

if TYPE_CHECKING:
    from carerhelp.storage.cases import CaseStore


class Dialogs(Protocol):
    def ask(self, question: str) -> bool:
        """Yes or no; No is the default, so a stray Enter never erases or restores anything."""
        ...

    def tell(self, message: str) -> None: ...

    def warn(self, message: str) -> None: ...

    def choose(self, title: str, prompt: str, options: list[str]) -> str | None:
        """One of `options`, or None if the person cancelled."""
        ...

    def save_file(self, title: str, suggested: Path, kinds: str) -> Path | None: ...

    def open_file(self, title: str, folder: Path, kinds: str) -> Path | None: ...

    def sign_in(self, store: CaseStore) -> str | None:
        """Who is helping today: their cleaned name once signed in, or None."""
        ...

    def record_consent(self, store: CaseStore, case_id: int, volunteer: str | None) -> bool:
        """True once the client's consent is recorded."""
        ...

    def export_passphrase(self) -> tuple[bool, str | None]:
        """Before an export: (go ahead?, the passphrase to protect it with, or None for a file
        without one — the person has been told what that means)."""
        ...

    def import_passphrase(self, name: str) -> str | None:
        """The passphrase of a protected file being imported, or None to import nothing."""
        ...


class QtDialogs:
    """The real thing: message boxes and file dialogs over `parent`."""

    def __init__(self, parent: QWidget) -> None:
        self.parent = parent

    def ask(self, question: str) -> bool:
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        answer = QMessageBox.question(
            self.parent, "CarerHelp", question, buttons, QMessageBox.StandardButton.No
        )
        return answer == QMessageBox.StandardButton.Yes

    def tell(self, message: str) -> None:
        QMessageBox.information(self.parent, "CarerHelp", message)

    def warn(self, message: str) -> None:
        QMessageBox.warning(self.parent, "CarerHelp", message)

    def choose(self, title: str, prompt: str, options: list[str]) -> str | None:
        label, ok = QInputDialog.getItem(self.parent, title, prompt, options, 0, False)
        return label if ok and label in options else None

    def save_file(self, title: str, suggested: Path, kinds: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(
            self.parent, title, str(suggested), kinds, options=file_dialog_options()
        )
        return Path(path) if path else None

    def open_file(self, title: str, folder: Path, kinds: str) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(
            self.parent, title, str(folder), kinds, options=file_dialog_options()
        )
        return Path(path) if path else None

    def sign_in(self, store: CaseStore) -> str | None:
        from carerhelp.ui.advice import VolunteerDialog

        dialog = VolunteerDialog(store, self.parent)
        return dialog.name if dialog.exec() and dialog.name else None

    def record_consent(self, store: CaseStore, case_id: int, volunteer: str | None) -> bool:
        from carerhelp.ui.advice import ConsentDialog

        return bool(ConsentDialog(store, case_id, volunteer, self.parent).exec())

    def export_passphrase(self) -> tuple[bool, str | None]:
        from carerhelp.ui.protection import PassphraseDialog

        dialog = PassphraseDialog(self.parent)
        if not dialog.exec():
            return False, None
        return True, dialog.passphrase

    def import_passphrase(self, name: str) -> str | None:
        from carerhelp.ui.protection import ask_passphrase

        return ask_passphrase(self.parent, name)
