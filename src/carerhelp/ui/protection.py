"""Password protection in the window: unlocking at start, the lock screen, turning protection on
(with the recovery code to print), volunteers' passwords, and passphrases for exports."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from carerhelp.domain.errors import CarerHelpError
from carerhelp.storage import keys
from carerhelp.ui.language import QT_TRANSLATE_NOOP

FORGOTTEN_WARNING = QT_TRANSLATE_NOOP(
    "protection",
    "Protecting your answers encrypts CarerHelp's data file and every backup, so nobody can read "
    "them without the password — not someone who copies the files, and not anyone who opens "
    "CarerHelp on this computer.\n\n"
    "If you forget the password, the recovery code you will be shown next is the only other way "
    "in. If the password and the recovery code are both lost, nothing can be recovered: not by "
    "CarerHelp, not by anyone.",
)
START_AFRESH_WORDS = QT_TRANSLATE_NOOP(
    "protection",
    "If every password and the recovery code are lost, nothing can be recovered: the protected "
    "file can't be opened by CarerHelp, or by anyone else.\n\n"
    "CarerHelp can set the locked file aside (it is kept, not deleted, in a folder beside it, in "
    "case a password turns up) and start again with no cases. Start afresh?",
)
UNPROTECTED_EXPORT = QT_TRANSLATE_NOOP(
    "protection",
    "Without a passphrase, anyone who gets a copy of this file can read the personal "
    "information in it.",
)


def _words(text: str) -> str:
    return QCoreApplication.translate("protection", text)


def _label(text: str, parent: QWidget, name: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if name:
        label.setObjectName(name)
    return label


def _password_box(parent: QWidget, name: str) -> QLineEdit:
    box = QLineEdit(parent)
    box.setEchoMode(QLineEdit.EchoMode.Password)
    box.setAccessibleName(name)
    return box


def _busy(work: Callable[[], object]) -> object:
    """Unwrapping a key takes about half a second: show the wait cursor meanwhile."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return work()
    finally:
        QGuiApplication.restoreOverrideCursor()


class PasswordForm(QWidget):
    """Who you are (when volunteers have passwords), the password or the recovery code, and a
    button to open. Emits `unlocked(key, who)`; a wrong password is said plainly, here."""

    unlocked = Signal(bytes, object)  # the database key, and the volunteer's name or None

    def __init__(self, data_dir: Path, button_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.recovery = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        try:
            volunteers = keys.read_key_file(data_dir).volunteers()
        except CarerHelpError:
            volunteers = []
        self.who_label = QLabel(self.tr("&Who are you?"), self)
        self.who = QComboBox(self)
        self.who.setAccessibleName(self.tr("Who are you?"))
        self.who.addItem(self.tr("The owner (the person who turned protection on)"), None)
        for name in volunteers:
            self.who.addItem(name, name)
        self.who_label.setBuddy(self.who)
        visible = bool(volunteers)
        self.who_label.setVisible(visible)
        self.who.setVisible(visible)
        layout.addWidget(self.who_label)
        layout.addWidget(self.who)
        self.secret_label = QLabel(self.tr("&Password:"), self)
        self.secret = _password_box(self, self.tr("Password"))
        self.secret_label.setBuddy(self.secret)
        layout.addWidget(self.secret_label)
        layout.addWidget(self.secret)
        self.error = _label("", self, "error")
        self.error.hide()
        layout.addWidget(self.error)
        row = QHBoxLayout()
        self.open_button = QPushButton(button_text, self)
        self.open_button.setAccessibleName(button_text.replace("&", ""))
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.try_unlock)
        self.recovery_button = QPushButton(self.tr("Use the &recovery code instead"), self)
        self.recovery_button.setAccessibleName(
            self.tr("Use the recovery code instead of a password")
        )
        self.recovery_button.clicked.connect(self.toggle_recovery)
        row.addWidget(self.open_button)
        row.addWidget(self.recovery_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.secret.returnPressed.connect(self.try_unlock)

    def toggle_recovery(self) -> None:
        self.recovery = not self.recovery
        self.secret.clear()
        self.error.hide()
        if self.recovery:
            self.secret_label.setText(self.tr("&Recovery code (24 letters and numbers):"))
            self.secret.setAccessibleName(self.tr("Recovery code"))
            self.secret.setEchoMode(QLineEdit.EchoMode.Normal)
            self.recovery_button.setText(self.tr("Use a &password instead"))
            self.recovery_button.setAccessibleName(
                self.tr("Use a password instead of the recovery code")
            )
        else:
            self.secret_label.setText(self.tr("&Password:"))
            self.secret.setAccessibleName(self.tr("Password"))
            self.secret.setEchoMode(QLineEdit.EchoMode.Password)
            self.recovery_button.setText(self.tr("Use the &recovery code instead"))
            self.recovery_button.setAccessibleName(
                self.tr("Use the recovery code instead of a password")
            )
        self.who_label.setVisible(not self.recovery and self.who.count() > 1)
        self.who.setVisible(not self.recovery and self.who.count() > 1)
        self.secret.setFocus(Qt.FocusReason.OtherFocusReason)

    def chosen(self) -> str | None:
        if self.recovery:
            return keys.RECOVERY
        name = self.who.currentData()
        return name if isinstance(name, str) else None

    def try_unlock(self) -> None:
        text = self.secret.text()
        if not text:
            self.say(
                self.tr("Type the recovery code.")
                if self.recovery
                else self.tr("Type the password.")
            )
            return
        who = self.chosen()
        try:
            key = _busy(lambda: keys.unlock(self.data_dir, text, who))
        except CarerHelpError as error:
            self.secret.clear()
            self.say(str(error))
            return
        assert isinstance(key, bytes)
        self.secret.clear()
        self.error.hide()
        self.unlocked.emit(key, who if who not in (None, keys.RECOVERY) else None)

    def say(self, message: str) -> None:
        self.error.setText(message)
        self.error.setAccessibleName(message)
        self.error.show()
        self.secret.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_first(self) -> None:
        (self.who if self.who.isVisible() else self.secret).setFocus(
            Qt.FocusReason.OtherFocusReason
        )


class UnlockDialog(QDialog):
    """At start, for a protected store: a password (or a volunteer's name and password, or the
    recovery code). `key` and `who` once open; `start_afresh` if all is lost and agreed."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key: bytes | None = None
        self.who: str | None = None
        self.start_afresh = False
        self.setWindowTitle(self.tr("CarerHelp is protected with a password"))
        layout = QVBoxLayout(self)
        heading = self.tr("CarerHelp is protected with a password")
        layout.addWidget(_label(heading, self, "subheading"))
        layout.addWidget(_label(self.tr("Type the password to open your answers."), self))
        self.form = PasswordForm(data_dir, self.tr("&Open CarerHelp"), self)
        self.form.unlocked.connect(self._unlocked)
        layout.addWidget(self.form)
        lost = QHBoxLayout()
        self.afresh_button = QPushButton(self.tr("&Start afresh (all passwords lost)…"), self)
        self.afresh_button.setAccessibleName(
            self.tr("Start afresh: every password and the code are lost")
        )
        self.afresh_button.clicked.connect(self._start_afresh)
        self.quit_button = QPushButton(self.tr("&Quit"), self)
        self.quit_button.setAccessibleName(self.tr("Quit CarerHelp"))
        self.quit_button.clicked.connect(self.reject)
        lost.addWidget(self.afresh_button)
        lost.addStretch(1)
        lost.addWidget(self.quit_button)
        layout.addLayout(lost)
        self.form.focus_first()

    def _unlocked(self, key: bytes, who: object) -> None:
        self.key, self.who = key, who if isinstance(who, str) else None
        self.accept()

    def _start_afresh(self) -> None:
        answer = QMessageBox.question(self, self.tr("Start afresh?"), _words(START_AFRESH_WORDS))
        if answer == QMessageBox.StandardButton.Yes:
            self.start_afresh = True
            self.accept()


class LockPage(QWidget):
    """What the window shows while locked: no client, only a way back in."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lock_page")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.addWidget(_label(self.tr("CarerHelp is locked"), self, "heading"))
        layout.addWidget(
            _label(
                self.tr("Everything typed was saved. To carry on, type your password."),
                self,
            )
        )
        self.form = PasswordForm(data_dir, self.tr("&Unlock"), self)
        layout.addWidget(self.form)
        layout.addStretch(1)

    def focus_order(self) -> list[QWidget]:
        form = self.form
        return [form.who, form.secret, form.open_button, form.recovery_button]


class ProtectDialog(QDialog):
    """Turning protection on: what a forgotten password means, then the password twice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.password = ""
        self.setWindowTitle(self.tr("Protect my answers with a password"))
        layout = QVBoxLayout(self)
        heading = self.tr("Protect my answers with a password")
        layout.addWidget(_label(heading, self, "subheading"))
        layout.addWidget(_label(_words(FORGOTTEN_WARNING), self))
        first = QLabel(
            self.tr("&Choose a password (at least 8 characters; a short sentence is good):"), self
        )
        first.setWordWrap(True)
        self.first = _password_box(self, self.tr("Choose a password"))
        first.setBuddy(self.first)
        second = QLabel(self.tr("Type it &again:"), self)
        self.second = _password_box(self, self.tr("Type the password again"))
        second.setBuddy(self.second)
        for widget in (first, self.first, second, self.second):
            layout.addWidget(widget)
        self.error = _label("", self, "error")
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Protect my answers"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.first.setFocus(Qt.FocusReason.OtherFocusReason)

    def accept(self) -> None:
        if self.first.text() != self.second.text():
            self._say(self.tr("The two passwords are not the same. Type them again."))
            return
        try:
            keys.check_new_password(self.first.text())
        except CarerHelpError as error:
            self._say(str(error))
            return
        self.password = self.first.text()
        super().accept()

    def _say(self, message: str) -> None:
        self.error.setText(message)
        self.error.setAccessibleName(message)
        self.error.show()
        self.first.clear()
        self.second.clear()
        self.first.setFocus(Qt.FocusReason.OtherFocusReason)


class RecoveryCodeDialog(QDialog):
    """The recovery code, shown once, large, in groups of four; with a page to print and keep."""

    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = keys.group_code(code)
        self.printed = False
        self.setWindowTitle(self.tr("Your recovery code"))
        layout = QVBoxLayout(self)
        layout.addWidget(_label(self.tr("Your recovery code"), self, "subheading"))
        layout.addWidget(
            _label(
                self.tr(
                    "This code opens CarerHelp if the password is forgotten. It is shown only "
                    "now. Print this page, or write the code down, and keep it somewhere safe "
                    "away from this computer — with your important papers, or locked away."
                ),
                self,
            )
        )
        shown = QLabel(" ".join(self.code.split("-")), self)
        shown.setObjectName("recovery_code")
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(max(20, self.font().pointSize() * 2))
        font.setBold(True)
        shown.setFont(font)
        shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        shown.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        spoken = ", ".join(" ".join(group) for group in self.code.split("-"))
        shown.setAccessibleName(self.tr("Recovery code: {code}").format(code=spoken))
        layout.addWidget(shown)
        layout.addWidget(
            _label(
                self.tr("If the password and this code are both lost, nothing can be recovered."),
                self,
            )
        )
        row = QHBoxLayout()
        self.print_button = QPushButton(self.tr("&Print this page…"), self)
        self.print_button.setAccessibleName(self.tr("Print the recovery code page"))
        self.print_button.clicked.connect(self._print)
        self.done_button = QPushButton(self.tr("I have &kept it safe"), self)
        self.done_button.setAccessibleName(self.tr("I have kept the recovery code safe"))
        self.done_button.clicked.connect(self.accept)
        row.addWidget(self.print_button)
        row.addStretch(1)
        row.addWidget(self.done_button)
        layout.addLayout(row)
        self.print_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _print(self) -> None:
        from carerhelp.ui.printing import print_recovery_code

        self.printed = print_recovery_code(self, self.code) or self.printed


class NewPasswordDialog(QDialog):
    """A volunteer's name (when adding) and their new password, twice."""

    def __init__(self, title: str, name: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.name = name or ""
        self.password = ""
        layout = QVBoxLayout(self)
        layout.addWidget(_label(title, self, "subheading"))
        self.name_box = QLineEdit(self)
        self.name_box.setAccessibleName(self.tr("Volunteer's name"))
        if name is None:
            label = QLabel(self.tr("The volunteer's &name:"), self)
            label.setBuddy(self.name_box)
            layout.addWidget(label)
            layout.addWidget(self.name_box)
        else:
            self.name_box.hide()
        first = QLabel(self.tr("&Password (at least 8 characters):"), self)
        self.first = _password_box(self, self.tr("New password"))
        first.setBuddy(self.first)
        second = QLabel(self.tr("Type it &again:"), self)
        self.second = _password_box(self, self.tr("Type the new password again"))
        second.setBuddy(self.second)
        for widget in (first, self.first, second, self.second):
            layout.addWidget(widget)
        self.error = _label("", self, "error")
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        (self.name_box if name is None else self.first).setFocus(Qt.FocusReason.OtherFocusReason)

    def accept(self) -> None:
        if not self.name:
            self.name = self.name_box.text().strip()
        problem = None
        if not self.name:
            problem = self.tr("Type the volunteer's name.")
        elif self.first.text() != self.second.text():
            problem = self.tr("The two passwords are not the same. Type them again.")
        else:
            try:
                keys.check_new_password(self.first.text())
            except CarerHelpError as error:
                problem = str(error)
        if problem:
            self.error.setText(problem)
            self.error.setAccessibleName(problem)
            self.error.show()
            if self.name_box.isVisible() and not self.name_box.text().strip():
                self.name = ""
            return
        self.password = self.first.text()
        super().accept()


class VolunteersDialog(QDialog):
    """Advice-centre volunteers' own passwords: add, give a new password, remove. Only the key
    file changes; every change is in the audit log with who made it."""

    def __init__(
        self, data_dir: Path, key: bytes, log: Callable[[str], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.data_dir, self.key, self.log = data_dir, key, log
        self.setWindowTitle(self.tr("Volunteers' passwords"))
        layout = QVBoxLayout(self)
        layout.addWidget(_label(self.tr("Volunteers' passwords"), self, "subheading"))
        layout.addWidget(
            _label(
                self.tr(
                    "Each volunteer signs in with their own password. Removing a volunteer stops "
                    "their password opening CarerHelp; nothing they did is lost."
                ),
                self,
            )
        )
        self.names = QListWidget(self)
        self.names.setAccessibleName(self.tr("Volunteers who have a password"))
        layout.addWidget(self.names)
        self.status = _label("", self)
        layout.addWidget(self.status)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add a volunteer…"), self)
        self.reset_button = QPushButton(self.tr("Give a new &password…"), self)
        self.remove_button = QPushButton(self.tr("&Remove…"), self)
        close = QPushButton(self.tr("&Close"), self)
        for button, name, slot in (
            (self.add_button, self.tr("Add a volunteer"), self.add),
            (self.reset_button, self.tr("Give the chosen volunteer a new password"), self.reset),
            (self.remove_button, self.tr("Remove the chosen volunteer"), self.remove),
            (close, self.tr("Close"), self.accept),
        ):
            button.setAccessibleName(name)
            button.clicked.connect(slot)
            row.addWidget(button)
        layout.addLayout(row)
        self.refresh()
        self.add_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def refresh(self) -> None:
        self.names.clear()
        self.names.addItems(keys.read_key_file(self.data_dir).volunteers())
        if self.names.count():
            self.names.setCurrentRow(0)

    def _chosen(self) -> str | None:
        item = self.names.currentItem()
        if item is None:
            self._tell(self.tr("Choose a volunteer in the list first."))
            return None
        return item.text()

    def _tell(self, message: str) -> None:
        self.status.setText(message)
        self.status.setAccessibleName(message)

    def add(self) -> None:
        dialog = NewPasswordDialog(self.tr("Add a volunteer"), None, self)
        if not dialog.exec():
            return
        known = keys.read_key_file(self.data_dir)
        if keys.read_key_file(self.data_dir).label_for(dialog.name) in known.people:
            self._tell(
                self.tr("There is already a volunteer called {name}.").format(name=dialog.name)
            )
            return
        self._change(
            lambda: keys.set_person(self.data_dir, self.key, dialog.name, dialog.password),
            "volunteer_added",
            self.tr("{name} can now sign in with their own password.").format(name=dialog.name),
        )

    def reset(self) -> None:
        name = self._chosen()
        if name is None:
            return
        title = self.tr("A new password for {name}").format(name=name)
        dialog = NewPasswordDialog(title, name, self)
        if dialog.exec():
            self._change(
                lambda: keys.set_person(self.data_dir, self.key, name, dialog.password),
                "volunteer_password_reset",
                self.tr("{name} has a new password.").format(name=name),
            )

    def remove(self) -> None:
        name = self._chosen()
        if name is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove a volunteer"),
            self.tr("Stop {name}'s password opening CarerHelp?").format(name=name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._change(
                lambda: keys.remove_person(self.data_dir, name),
                "volunteer_removed",
                self.tr("{name}'s password no longer opens CarerHelp.").format(name=name),
            )

    def _change(self, work: Callable[[], object], action: str, done: str) -> None:
        try:
            _busy(work)
        except CarerHelpError as error:
            self._tell(str(error))
            return
        self.log(action)
        self.refresh()
        self._tell(done)


class PassphraseDialog(QDialog):
    """Before an export is written: protect it with a passphrase, or say plainly what it means
    not to. `passphrase` is None for an unprotected file."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.passphrase: str | None = None
        self.setWindowTitle(self.tr("Protect the file with a passphrase?"))
        layout = QVBoxLayout(self)
        heading = self.tr("Protect the file with a passphrase?")
        layout.addWidget(_label(heading, self, "subheading"))
        self.protect = QCheckBox(self.tr("&Protect the file with a passphrase (recommended)"), self)
        self.protect.setAccessibleName(self.tr("Protect the file with a passphrase"))
        self.protect.setChecked(True)
        layout.addWidget(self.protect)
        first = QLabel(self.tr("Pass&phrase (at least 8 characters):"), self)
        self.first = _password_box(self, self.tr("Passphrase"))
        first.setBuddy(self.first)
        second = QLabel(self.tr("Type it &again:"), self)
        self.second = _password_box(self, self.tr("Type the passphrase again"))
        second.setBuddy(self.second)
        for widget in (first, self.first, second, self.second):
            layout.addWidget(widget)
        self.hint = _label(
            self.tr(
                "Tell the passphrase to whoever opens the file in another way (by phone, or in "
                "person), not with the file."
            ),
            self,
        )
        layout.addWidget(self.hint)
        self.warning = _label(_words(UNPROTECTED_EXPORT), self, "error")
        self.warning.hide()
        layout.addWidget(self.warning)
        self.error = _label("", self, "error")
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Carry on"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.protect.toggled.connect(self._toggled)
        self.first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _toggled(self, on: bool) -> None:
        for widget in (self.first, self.second, self.hint):
            widget.setEnabled(on)
        self.warning.setVisible(not on)
        self.ok.setText(self.tr("Carry on") if on else self.tr("Save without a passphrase"))

    def accept(self) -> None:
        if not self.protect.isChecked():
            self.passphrase = None
            super().accept()
            return
        from carerhelp.storage.sealed import check_passphrase

        problem = None
        if self.first.text() != self.second.text():
            problem = self.tr("The two passphrases are not the same. Type them again.")
        else:
            try:
                check_passphrase(self.first.text())
            except CarerHelpError as error:
                problem = str(error)
        if problem:
            self.error.setText(problem)
            self.error.setAccessibleName(problem)
            self.error.show()
            return
        self.passphrase = self.first.text()
        super().accept()


def ask_passphrase(parent: QWidget, name: str) -> str | None:
    """The passphrase of a protected file being imported, or None if the person gave up."""
    from PySide6.QtWidgets import QInputDialog

    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("protection", "The file is protected"),
        QCoreApplication.translate(
            "protection", "The file {name} is protected with a passphrase. Type the passphrase:"
        ).format(name=name),
        QLineEdit.EchoMode.Password,
    )
    return text if ok and text else None


class IdleLock(QObject):
    """Locks the window after `minutes` without a key press or a click (0: never)."""

    def __init__(self, lock: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock = lock
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._lock)
        self.minutes = 0
        self.unit_ms = 60_000  # one minute (a test makes it shorter)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def set_minutes(self, minutes: int) -> None:
        self.minutes = max(0, minutes)
        self.restart()

    def restart(self) -> None:
        if self.minutes:
            self.timer.start(self.minutes * self.unit_ms)
        else:
            self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.minutes and event.type() in _ACTIVITY and self.timer.isActive():
            self.timer.start(self.minutes * self.unit_ms)
        return False


_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}
