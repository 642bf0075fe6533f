"""The Case and Data menus: consent, copy, archive, status, export, import, erase, figures, backups."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from carerhelp.domain.errors import CarerHelpError
from carerhelp.storage.consent import consent_state, withdraw_consent
from carerhelp.ui.advice import ConsentDialog, VolunteerDialog
from carerhelp.ui.cases.case_model import STATUS_LABELS


def _storage(name: str) -> Any:
    """Casework modules load when first used, so they add nothing to start-up."""
    import importlib

    return importlib.import_module(f"carerhelp.storage.{name}")


class CaseActions:
    """Menu actions for the main window; each asks first, explains what happened, and never crashes."""

    def __init__(self, window: Any) -> None:
        self.window = window
        menu = window.menuBar().addMenu("&Case")
        add = window._action
        add(menu, "Record the client's &consent…", self.record_consent)
        add(menu, "&Withdraw consent…", self.withdraw)
        menu.addSeparator()
        add(menu, "Set the case's &status…", self.set_status)
        add(menu, "Co&py this case for another person cared for", self.copy)
        add(menu, "&Archive or unarchive this case", self.archive)
        menu.addSeparator()
        add(menu, "&Export this case to a file…", self.export_one)
        add(menu, "E&rase this client…", self.erase)
        data = window.menuBar().addMenu("&Data")
        add(data, "&Import a case from a file…", self.import_one)
        add(data, "&Export everything (zip)…", self.export_all)
        add(data, "&Anonymised figures for funders (CSV)…", self.figures)
        data.addSeparator()
        add(data, "&Back up now", self.backup_now)
        add(data, "&Restore from a backup…", self.restore)
        data.addSeparator()
        add(data, "Erase e&verything…", self.erase_everything)
        data.addSeparator()
        self.mode_action = add(
            data, "Advice-centre &mode (many clients, consent, volunteers)", self.toggle_mode
        )
        self.mode_action.setCheckable(True)
        self.mode_action.setChecked(window.store.advice_centre_mode)

    # ----- helpers ------------------------------------------------------------------------
    @property
    def store(self) -> Any:
        return self.window.store

    def case_id(self) -> int | None:
        window = self.window
        if window.controller is not None and window.stack.currentWidget() is not window.start_page:
            return window.controller.case_id
        chosen = window.start_page.selected_case_id()
        if chosen is None:
            self.tell("Choose a case in the list first, or open one.")
        return chosen

    def tell(self, message: str) -> None:
        QMessageBox.information(self.window, "CarerHelp", message)

    def attempt(self, action, done: str | None = None) -> Any:
        try:
            result = action()
        except CarerHelpError as error:
            QMessageBox.warning(self.window, "CarerHelp", str(error))
            return None
        if done:
            self.tell(done)
        self.window.start_page.refresh()
        return result

    def ask(self, question: str) -> bool:
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        # No is the default, so a stray Enter never erases, restores or withdraws anything.
        answer = QMessageBox.question(
            self.window, "CarerHelp", question, buttons, QMessageBox.StandardButton.No
        )
        return answer == QMessageBox.StandardButton.Yes

    # ----- actions ------------------------------------------------------------------------
    def sign_in(self) -> None:
        dialog = VolunteerDialog(self.store, self.window)
        if dialog.exec() and dialog.name:
            self.window.set_volunteer(dialog.name)

    def toggle_mode(self) -> None:
        on = self.mode_action.isChecked()
        self.attempt(lambda: setattr(self.store, "advice_centre_mode", on))
        if on and not self.window.volunteer:
            self.sign_in()

    def record_consent(self) -> None:
        case_id = self.case_id()
        if case_id is not None:
            ConsentDialog(self.store, case_id, self.window.volunteer, self.window).exec()

    def withdraw(self) -> None:
        case_id = self.case_id()
        if case_id is None or not consent_state(self.store, case_id).given:
            return
        if not self.ask(
            "Record that the client has withdrawn consent? No new letters can then be made."
        ):
            return
        self.attempt(lambda: withdraw_consent(self.store, case_id, self.window.volunteer))
        if self.ask("Consent is withdrawn. Do you want to erase this client's information now?"):
            self.erase(case_id)

    def set_status(self) -> None:
        case_id = self.case_id()
        if case_id is None:
            return
        labels = list(STATUS_LABELS.values())
        label, ok = QInputDialog.getItem(
            self.window, "Case status", "Set the status to:", labels, 0, False
        )
        if ok:
            status = next(key for key, value in STATUS_LABELS.items() if value == label)
            self.attempt(lambda: self.store.set_status(case_id, status, self.window.volunteer))

    def copy(self) -> None:
        case_id = self.case_id()
        if case_id is not None:
            new_id = self.attempt(
                lambda: _storage("casework").copy_case(self.store, case_id, self.window.volunteer)
            )
            if new_id:
                self.window.open_case(new_id)

    def archive(self) -> None:
        case_id = self.case_id()
        if case_id is not None:
            archived = self.store.get_case(case_id).archived
            self.attempt(
                lambda: self.store.set_archived(case_id, not archived, self.window.volunteer),
                "The case is back in the list."
                if archived
                else "The case is archived. Tick 'Show archived cases' to see it.",
            )

    def export_one(self) -> None:
        case_id = self.case_id()
        if case_id is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            "Export this case",
            str(Path.home() / f"case-{case_id}.carerhelp"),
            "CarerHelp case (*.carerhelp)",
        )
        if path:
            self.attempt(
                lambda: _storage("transfer").export_case(
                    self.store, case_id, Path(path), self.window.volunteer
                ),
                f"The case was saved to {path}.",
            )

    def import_one(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, "Import a case", str(Path.home()), "CarerHelp case (*.carerhelp *.json)"
        )
        if path:
            self.attempt(
                lambda: _storage("transfer").import_case(
                    self.store, Path(path), self.window.volunteer
                ),
                "The case was imported. It is at the top of the list.",
            )

    def erase(self, case_id: int | None = None) -> None:
        case_id = case_id or self.case_id()
        if case_id is None:
            return
        name = self.store.get_case(case_id).carer_name or "this client"
        if not self.ask(f"Erase everything about {name}?\n\n{_storage('erase').PLAIN_EXPLANATION}"):
            return
        if self.window.controller is not None and self.window.controller.case_id == case_id:
            self.window.controller = None
            self.window.go_home()
        report = self.attempt(
            lambda: _storage("erase").erase_case(self.store, case_id, self.window.volunteer)
        )
        if report is not None:
            self.tell(f"{name} has been erased. {report.message}")
        self.window.go_home()

    def erase_everything(self) -> None:
        explanation = _storage("erase").EVERYTHING_EXPLANATION
        if not self.ask(f"Erase everything in CarerHelp?\n\n{explanation}"):
            return
        if not self.ask(
            "Are you sure? Every case and every backup will be gone for good. "
            "Choose Yes only if you mean to empty CarerHelp completely."
        ):
            return
        self.window.controller = None
        self.window.go_home()
        if self.attempt(lambda: _storage("erase").erase_everything(self.store) or True):
            self.tell("Everything has been erased. CarerHelp is now empty.")
        self.window.go_home()

    def export_all(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            "Export everything",
            str(Path.home() / "carerhelp-everything.zip"),
            "Zip file (*.zip)",
        )
        if path:
            self.attempt(
                lambda: _storage("transfer").export_everything(self.store, Path(path)),
                f"Everything was saved to {path}. Keep it safe: it holds personal information.",
            )

    def figures(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            "Anonymised figures",
            str(Path.home() / "carerhelp-figures.csv"),
            "CSV file (*.csv)",
        )
        if path:
            self.attempt(
                lambda: _storage("stats").write_statistics_csv(
                    self.store, Path(path), date.today()
                ),
                f"The figures were saved to {path}. They hold no names, and counts under 5 are hidden.",
            )

    def backup_now(self) -> None:
        info = self.attempt(
            lambda: _storage("backup").take_backup(self.store, self.store.data_dir, "manual")
        )
        if info:
            self.tell(f"A checked backup was made: {info.label}.")

    def restore(self) -> None:
        choices = _storage("backup").list_backups(self.store.data_dir)
        if not choices:
            self.tell("There are no backups yet.")
            return
        labels = [f"{b.label} ({b.reason})" for b in choices]
        label, ok = QInputDialog.getItem(
            self.window, "Restore from a backup", "Choose a backup by its date:", labels, 0, False
        )
        if not ok:
            return
        chosen = choices[labels.index(label)]
        if not self.ask(
            f"Put back the backup from {chosen.label}? Anything changed since then will be replaced. "
            "The current file is kept, not deleted."
        ):
            return
        self.window.reopen_store(
            lambda folder: _storage("backup").restore_backup(folder, chosen.path)
        )
        self.tell(f"Restored the backup made on {chosen.label}.")
