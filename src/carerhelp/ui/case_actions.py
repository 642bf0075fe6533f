"""The Case and Data menus: consent, copy, archive, status, export, import, erase, figures, backups."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from carerhelp.domain.errors import CarerHelpError
from carerhelp.storage.consent import consent_state, withdraw_consent
from carerhelp.ui.cases.case_model import status_labels
from carerhelp.ui.dialogs import Dialogs
from carerhelp.ui.language import QT_TRANSLATE_NOOP
from carerhelp.ui.session import Session

if TYPE_CHECKING:
    from carerhelp.domain.content import Content
    from carerhelp.storage.cases import CaseStore

log = logging.getLogger(__name__)
T = TypeVar("T")

IDLE_CHOICES = {
    QT_TRANSLATE_NOOP("CaseActions", "Never"): 0,
    QT_TRANSLATE_NOOP("CaseActions", "5 minutes"): 5,
    QT_TRANSLATE_NOOP("CaseActions", "10 minutes"): 10,
    QT_TRANSLATE_NOOP("CaseActions", "15 minutes"): 15,
    QT_TRANSLATE_NOOP("CaseActions", "30 minutes"): 30,
}

SOMETHING_WENT_WRONG = QT_TRANSLATE_NOOP(
    "CaseActions",
    "Something went wrong, and CarerHelp could not finish. Every answer saved before this is safe.",
)


class Screens(Protocol):
    """What the menus need of the window around them (the main window is one)."""

    def chosen_case_id(self) -> int | None:
        """The case chosen in the list on the start screen, if any."""
        ...

    def open_case(self, case_id: int) -> None: ...

    def go_home(self) -> None: ...

    def refresh_cases(self) -> None: ...


class CaseActions(QObject):
    """Menu actions; each asks first, explains what happened, and never crashes.

    Everything that reads or rewrites the whole file or every backup runs on a worker thread
    through `Session.run`, one at a time; the menus are greyed out meanwhile.
    """

    def __init__(
        self,
        session: Session,
        dialogs: Dialogs,
        screens: Screens,
        content: Callable[[], Content],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.content = content
        """The loaded content (loaded now if start-up hasn't yet): what the figures count with."""
        self.dialogs = dialogs
        self.screens = screens
        self.menu_actions: list[QAction] = []
        self.mode_action: QAction | None = None
        self.protect_action: QAction | None = None
        session.busy_changed.connect(self._busy_changed)

    def fill_menus(self, case: QMenu, data: QMenu) -> None:
        """Put the actions into the window's (empty) Case and Data menus."""
        self._add(case, self.tr("Record the client's &consent…"), self.record_consent)
        self._add(case, self.tr("&Withdraw consent…"), self.withdraw)
        case.addSeparator()
        self._add(case, self.tr("Set the case's &status…"), self.set_status)
        self._add(case, self.tr("Co&py this case for another person cared for"), self.copy)
        self._add(case, self.tr("&Archive or unarchive this case"), self.archive)
        case.addSeparator()
        self._add(case, self.tr("&Export this case to a file…"), self.export_one)
        self._add(case, self.tr("E&rase this client…"), self.erase)
        self._add(data, self.tr("&Import a case from a file…"), self.import_one)
        self._add(data, self.tr("&Export everything (zip)…"), self.export_all)
        self._add(data, self.tr("&Anonymised figures for funders (CSV)…"), self.figures)
        data.addSeparator()
        self._add(data, self.tr("&Back up now"), self.backup_now)
        self._add(data, self.tr("&Restore from a backup…"), self.restore)
        data.addSeparator()
        self._add(data, self.tr("Erase e&verything…"), self.erase_everything)
        data.addSeparator()
        self.mode_action = self._add(
            data,
            self.tr("Advice-centre &mode (many clients, consent, volunteers)"),
            self.toggle_mode,
        )
        self.mode_action.setCheckable(True)
        self.mode_action.setChecked(self.store.advice_centre_mode)
        data.addSeparator()
        self.protect_action = self._add(data, self._protect_text(), self.toggle_protection)
        self._add(data, self.tr("&Volunteers' passwords…"), self.volunteer_passwords)
        self._add(data, self.tr("&Lock after a time unused…"), self.choose_idle_lock)
        self._show_protection()
        self.session.store_replaced.connect(self._show_protection)

    def _protect_text(self) -> str:
        if self.store.key is None:
            return self.tr("&Protect my answers with a password…")
        return self.tr("Turn password &protection off…")

    def _passphrase_told(self) -> str:
        return " " + self.tr(
            "It is protected with the passphrase: tell it to whoever opens the file by phone or "
            "in person, not with the file."
        )

    def _show_protection(self) -> None:
        if self.protect_action is not None:
            self.protect_action.setText(self._protect_text())

    def _add(self, menu: Any, text: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, menu)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        self.menu_actions.append(action)
        return action

    def _busy_changed(self, busy: bool, _what: str) -> None:
        for action in self.menu_actions:
            action.setEnabled(not busy)

    # ----- helpers ------------------------------------------------------------------------
    @property
    def store(self) -> CaseStore:
        return self.session.store

    @property
    def volunteer(self) -> str | None:
        return self.session.volunteer

    def case_id(self) -> int | None:
        """The case open in the wizard, else the one chosen in the list."""
        chosen = self.session.case_id or self.screens.chosen_case_id()
        if chosen is None:
            self.dialogs.tell(self.tr("Choose a case in the list first, or open one."))
        return chosen

    def attempt(self, action: Callable[[], T], done: str | None = None) -> T | None:
        """Quick work on the UI thread: a plain message for an error a person can cause."""
        try:
            result = action()
        except CarerHelpError as error:
            self.dialogs.warn(str(error))
            return None
        if done:
            self.dialogs.tell(done)
        self.screens.refresh_cases()
        return result

    def in_background(
        self, what: str, work: Callable[[], T], done: Callable[[T], str | None]
    ) -> bool:
        """Slow work on a worker thread; `done(result)` gives the message to show after."""
        return self.session.run(
            what, work, lambda result: self._finished(done(result)), self._failed
        )

    def _finished(self, message: str | None) -> None:
        self.screens.refresh_cases()
        if message:
            self.dialogs.tell(message)

    def _failed(self, error: BaseException) -> None:
        self.screens.refresh_cases()
        if isinstance(error, CarerHelpError):
            self.dialogs.warn(str(error))
        else:  # a bug: the details are in the log (ui.tasks), the person gets a plain message
            self.dialogs.warn(self.tr(SOMETHING_WENT_WRONG))

    # ----- actions ------------------------------------------------------------------------
    def sign_in(self) -> None:
        name = self.dialogs.sign_in(self.store)
        if name:
            self.session.set_volunteer(name)

    def toggle_mode(self) -> None:
        assert self.mode_action is not None
        on = self.mode_action.isChecked()
        self.attempt(lambda: setattr(self.store, "advice_centre_mode", on))
        if on and not self.volunteer:
            self.sign_in()

    def record_consent(self) -> bool:
        """Ask for the client's consent; True if it was recorded."""
        case_id = self.case_id()
        if case_id is None:
            return False
        return self.dialogs.record_consent(self.store, case_id, self.volunteer)

    def withdraw(self) -> None:
        case_id = self.case_id()
        if case_id is None or not consent_state(self.store, case_id).given:
            return
        if not self.dialogs.ask(
            self.tr(
                "Record that the client has withdrawn consent? No new letters can then be made."
            )
        ):
            return
        self.attempt(lambda: withdraw_consent(self.store, case_id, self.volunteer))
        if self.dialogs.ask(
            self.tr("Consent is withdrawn. Do you want to erase this client's information now?")
        ):
            self.erase(case_id)

    def set_status(self) -> None:
        case_id = self.case_id()
        if case_id is None:
            return
        label = self.dialogs.choose(
            self.tr("Case status"), self.tr("Set the status to:"), list(status_labels().values())
        )
        if label is not None:
            status = next(key for key, value in status_labels().items() if value == label)
            self.attempt(lambda: self.store.set_status(case_id, status, self.volunteer))

    def copy(self) -> None:
        from carerhelp.storage.casework import copy_case

        case_id = self.case_id()
        if case_id is not None:
            self.content()  # the questions say which answers a copy keeps
            new_id = self.attempt(lambda: copy_case(self.store, case_id, self.volunteer))
            if new_id:
                self.screens.open_case(new_id)

    def archive(self) -> None:
        case_id = self.case_id()
        if case_id is not None:
            archived = self.store.get_case(case_id).archived
            self.attempt(
                lambda: self.store.set_archived(case_id, not archived, self.volunteer),
                self.tr("The case is back in the list.")
                if archived
                else self.tr("The case is archived. Tick 'Show archived cases' to see it."),
            )

    def export_one(self) -> None:
        from carerhelp.storage.transfer import export_case

        case_id = self.case_id()
        if case_id is None:
            return
        path = self.dialogs.save_file(
            self.tr("Export this case"),
            Path.home() / f"case-{case_id}.carerhelp",
            self.tr("CarerHelp case (*.carerhelp)"),
        )
        if not path:
            return
        go_ahead, passphrase = self.dialogs.export_passphrase()
        if go_ahead:
            store, volunteer = self.store, self.volunteer
            self.in_background(
                self.tr("Saving the case to a file…"),
                lambda: export_case(store, case_id, path, volunteer, passphrase=passphrase),
                lambda _none: (
                    self.tr("The case was saved to {path}.").format(path=path)
                    + (self._passphrase_told() if passphrase else "")
                ),
            )

    def import_one(self) -> None:
        from carerhelp.storage.consent import DEFAULT_COVERS
        from carerhelp.storage.transfer import case_needs_consent, import_case

        path = self.dialogs.open_file(
            self.tr("Import a case"), Path.home(), self.tr("CarerHelp case (*.carerhelp *.json)")
        )
        if not path:
            return
        from carerhelp.storage.transfer import is_protected_export

        passphrase = None
        if is_protected_export(path):
            passphrase = self.dialogs.import_passphrase(path.name)
            if passphrase is None:
                self.dialogs.tell(self.tr("Nothing was imported."))
                return
        store, volunteer = self.store, self.volunteer
        questionnaire = self.content().questionnaire
        needs = self.attempt(lambda: case_needs_consent(store, path, questionnaire, passphrase))
        if needs is None:
            return  # the file can't be imported: already said why
        consent = None
        if needs:
            if not self.dialogs.ask(
                self.tr(
                    "This case has health details, and CarerHelp is in advice-centre mode, so they "
                    "can only be kept if the client agrees to this:\n\n“{DEFAULT_COVERS}”\n\nHas the "
                    "client agreed? Choose No to import nothing."
                ).format(DEFAULT_COVERS=DEFAULT_COVERS)
            ):
                self.dialogs.tell(self.tr("Nothing was imported."))
                return
            consent = DEFAULT_COVERS
        self.in_background(
            self.tr("Importing the case…"),
            lambda: import_case(
                store,
                path,
                volunteer,
                questionnaire=questionnaire,
                consent=consent,
                passphrase=passphrase,
            ),
            lambda _id: self.tr("The case was imported. It is at the top of the list."),
        )

    def erase(self, case_id: int | None = None) -> None:
        from carerhelp.storage.erase import PLAIN_EXPLANATION, erase_case

        case_id = case_id or self.case_id()
        if case_id is None:
            return
        name = self.store.get_case(case_id).carer_name or self.tr("this client")
        if not self.dialogs.ask(
            self.tr("Erase everything about {name}?\n\n{PLAIN_EXPLANATION}").format(
                name=name, PLAIN_EXPLANATION=PLAIN_EXPLANATION
            )
        ):
            return
        self.screens.go_home()  # saves what is on screen, and nothing of the client stays shown
        store, volunteer = self.store, self.volunteer
        self.in_background(
            self.tr("Erasing {name}…").format(name=name),
            lambda: erase_case(store, case_id, volunteer),
            lambda report: self.tr("{name} has been erased. {message}").format(
                name=name, message=report.message
            ),
        )

    def erase_everything(self) -> None:
        from carerhelp.storage.erase import EVERYTHING_EXPLANATION, erase_everything

        if not self.dialogs.ask(
            self.tr("Erase everything in CarerHelp?\n\n{EVERYTHING_EXPLANATION}").format(
                EVERYTHING_EXPLANATION=EVERYTHING_EXPLANATION
            )
        ):
            return
        if not self.dialogs.ask(
            self.tr(
                "Are you sure? Every case and every backup will be gone for good. Choose Yes only"
                " if you mean to empty CarerHelp completely."
            )
        ):
            return
        self.screens.go_home()
        store = self.store

        def emptied(_none: None) -> str:
            self.session.announce_store_replaced()
            return QCoreApplication.translate(
                "CaseActions", "Everything has been erased. CarerHelp is now empty."
            )

        self.in_background(self.tr("Erasing everything…"), lambda: erase_everything(store), emptied)

    def export_all(self) -> None:
        from carerhelp.storage.transfer import export_everything

        path = self.dialogs.save_file(
            self.tr("Export everything"),
            Path.home() / "carerhelp-everything.zip",
            self.tr("Zip file (*.zip)"),
        )
        if not path:
            return
        go_ahead, passphrase = self.dialogs.export_passphrase()
        if go_ahead:
            store = self.store
            self.in_background(
                self.tr("Exporting everything…"),
                lambda: export_everything(store, path, passphrase=passphrase),
                lambda _none: (
                    self.tr(
                        "Everything was saved to {path}. Keep it safe: it holds personal information."
                    ).format(path=path)
                    + (self._passphrase_told() if passphrase else "")
                ),
            )

    def figures(self) -> None:
        from carerhelp.storage.stats import write_statistics_csv

        path = self.dialogs.save_file(
            self.tr("Anonymised figures"),
            Path.home() / "carerhelp-figures.csv",
            self.tr("CSV file (*.csv)"),
        )
        if path:
            store, today, content = self.store, date.today(), self.content()
            self.in_background(
                self.tr("Counting the figures…"),
                lambda: write_statistics_csv(store, path, today, content),
                lambda _rows: self.tr(
                    "The figures were saved to {path}. They hold no names, and counts under 5 are hidden."
                ).format(path=path),
            )

    def backup_now(self) -> None:
        from carerhelp.storage.backup import take_backup

        store = self.store
        self.in_background(
            self.tr("Making a backup…"),
            lambda: take_backup(store, store.data_dir, "manual"),
            lambda info: self.tr("A checked backup was made: {label}.").format(label=info.label),
        )

    def restore(self) -> None:
        from carerhelp.storage.backup import list_backups, restore_backup

        choices = list_backups(self.store.data_dir)
        if not choices:
            self.dialogs.tell(self.tr("There are no backups yet."))
            return
        labels = [f"{b.label} ({b.reason})" for b in choices]
        label = self.dialogs.choose(
            self.tr("Restore from a backup"), self.tr("Choose a backup by its date:"), labels
        )
        if label is None:
            return
        chosen = choices[labels.index(label)]
        key = self.store.key
        if not self.dialogs.ask(
            self.tr(
                "Put back the backup from {label}? Anything changed since then will be replaced. "
                "The current file is kept, not deleted."
            ).format(label=chosen.label)
        ):
            return
        self.screens.go_home()
        self.session.replace_store(
            self.tr("Putting back the backup…"),
            lambda folder: restore_backup(folder, chosen.path, key),
            lambda _info: self._finished(
                self.tr("Restored the backup made on {label}.").format(label=chosen.label)
            ),
            self._failed,
        )

    # ----- password protection ------------------------------------------------------------
    def toggle_protection(self) -> None:
        if self.store.key is None:
            self.turn_protection_on()
        else:
            self.turn_protection_off()

    def turn_protection_on(self) -> None:
        from carerhelp.storage.protection import protect
        from carerhelp.ui.protection import ProtectDialog, RecoveryCodeDialog

        parent = self._window()
        dialog = ProtectDialog(parent)
        if not dialog.exec():
            return
        password = dialog.password
        self.screens.go_home()  # saves what is on screen first

        def done(report: Any) -> None:
            self.screens.refresh_cases()
            self._show_protection()
            self.store.log("protection_on", None, self.volunteer or "owner")
            RecoveryCodeDialog(report.recovery_code, parent).exec()
            self._protection_changed()

        self.session.replace_store(
            self.tr("Protecting your answers with a password…"),
            lambda folder: protect(folder, password),
            done,
            self._failed,
            key_after=lambda report: bytes(report.key),
        )

    def turn_protection_off(self) -> None:
        from carerhelp.storage.protection import unprotect

        if not self.dialogs.ask(
            self.tr(
                "Turn password protection off? CarerHelp's data file and its backups will be kept "
                "without encryption again, so anyone who can use this computer, or copies the "
                "files, can read them."
            )
        ):
            return
        key = self.store.key
        assert key is not None
        self.store.log("protection_off", None, self.volunteer or "owner")
        self.screens.go_home()

        def done(_report: Any) -> None:
            self._finished(self.tr("Password protection is off."))
            self._show_protection()
            self._protection_changed()

        self.session.replace_store(
            self.tr("Turning password protection off…"),
            lambda folder: unprotect(folder, key),
            done,
            self._failed,
            key_after=lambda _report: None,
        )

    def _protection_changed(self) -> None:
        changed = getattr(self.screens, "protection_changed", None)
        if changed is not None:
            changed()

    def volunteer_passwords(self) -> None:
        from carerhelp.ui.protection import VolunteersDialog

        key = self.store.key
        if key is None:
            self.dialogs.tell(
                self.tr(
                    "Volunteers get their own passwords once the answers are protected with a "
                    "password: choose 'Protect my answers with a password' first."
                )
            )
            return
        store, volunteer = self.store, self.volunteer or "owner"
        VolunteersDialog(
            store.data_dir, key, lambda action: store.log(action, None, volunteer), self._window()
        ).exec()

    def _window(self) -> QWidget | None:
        parent = self.parent()
        return parent if isinstance(parent, QWidget) else None

    def choose_idle_lock(self) -> None:
        words = {self.tr(english): minutes for english, minutes in IDLE_CHOICES.items()}
        label = self.dialogs.choose(
            self.tr("Lock after a time unused"),
            self.tr(
                "When nobody has used CarerHelp for this long, it locks itself (password "
                "protection must be on):"
            ),
            list(words),
        )
        if label is None or label not in words:
            return
        setter = getattr(self.screens, "set_idle_lock_minutes", None)
        if setter is not None:
            setter(words[label])
