"""Composition root: open the store and questionnaire, build the Qt app, show the window."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from datetime import UTC
from pathlib import Path
from typing import TYPE_CHECKING, Any

from carerhelp.domain.errors import CarerHelpError

if TYPE_CHECKING:
    from carerhelp.domain.content import Content
    from carerhelp.storage.cases import CaseStore
    from carerhelp.ui.main_window import MainWindow
    from carerhelp.ui.settings import Preferences

log = logging.getLogger(__name__)


def run_app(data_dir: Path | None = None, argv: list[str] | None = None) -> int:
    from PySide6.QtCore import QThreadPool
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication, QMessageBox

    from carerhelp.paths import resource
    from carerhelp.ui.settings import Preferences
    from carerhelp.ui.theme import apply_theme

    existing = QApplication.instance()
    app = (
        existing
        if isinstance(existing, QApplication)
        else QApplication(argv if argv is not None else sys.argv[:1])
    )
    app.setApplicationName("CarerHelp")
    app.setOrganizationName("CarerHelp")
    app.setDesktopFileName("uk.org.carerhelp.CarerHelp")
    icon = resource("icons", "carerhelp-256.png")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    prefs = Preferences()
    apply_theme(app, prefs.text_scale, prefs.high_contrast)
    sys.excepthook = report_unexpected
    choose_language(app, prefs)

    signed_in: list[str] = []
    store = open_store_interactively(data_dir, signed_in)
    if store is None:
        return 1
    try:
        window = show_start_screen(store, prefs)
        if signed_in:  # a volunteer opened it with their own password
            window.set_volunteer(signed_in[0])
        code = app.exec()
        while window.replaced_by is not None:  # a change of language made the window again
            window = window.replaced_by
        window.close()
        # Let a routine backup or a letter still being made finish before the store closes.
        QThreadPool.globalInstance().waitForDone(30_000)
        store = window.store  # a restore from backup reopens the store
        return int(code)
    except CarerHelpError as error:
        QMessageBox.critical(None, "CarerHelp", str(error))
        return 1
    finally:
        close_store(store)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for translation in `context` without importing Qt before the window is needed;
    it is translated where it is shown."""
    return text


def choose_language(app: Any, prefs: Preferences) -> None:
    """Before anything else is asked: English or Cymraeg (once, at first start), then every word
    from here on is in that language."""
    from carerhelp.ui.language import ask_language, install

    if not prefs.language:
        prefs.language = ask_language()
    try:
        install(app, prefs.language)
    except FileNotFoundError:  # the Welsh catalogue is missing from this copy: English it is
        from PySide6.QtWidgets import QMessageBox

        install(app, "en")
        QMessageBox.warning(
            None,
            "CarerHelp",
            "CarerHelp's Welsh words are missing, so it is in English. Please reinstall CarerHelp.\n\n"
            "Mae geiriau Cymraeg CarerHelp ar goll, felly mae yn Saesneg. Gosodwch CarerHelp eto.",
        )


UNEXPECTED = QT_TRANSLATE_NOOP(
    "app",
    "Something went wrong, and CarerHelp could not finish what you asked. Every answer saved "
    "before this is safe. If it happens again, close CarerHelp and open it again.",
)


def report_unexpected(kind: type[BaseException], error: BaseException, trace: Any) -> None:
    """For a fault in CarerHelp's own code during a click or a key press: say so plainly and
    carry on, instead of a traceback nobody sees. The details go to the error output only
    (never to a file, since they may quote a carer's answers)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    global _showing_unexpected
    log.error("unexpected error", exc_info=(kind, error, trace))
    if QApplication.instance() is None or _showing_unexpected:
        return  # one message at a time: a fault while drawing would otherwise stack them up
    _showing_unexpected = True
    try:
        QMessageBox.critical(
            QApplication.activeWindow(), "CarerHelp", QCoreApplication.translate("app", UNEXPECTED)
        )
    finally:
        _showing_unexpected = False


_showing_unexpected = False


def show_start_screen(
    store: CaseStore,
    prefs: Preferences,
    load_content: Callable[[], Content | None] | None = None,
) -> MainWindow:
    """Build and show the window with its start screen; once that is painted, load and check
    the content (questions, rates, councils, laws, phrases, letters) and import the wizard, then start routine backups and, in advice-centre
    mode, ask who is helping. Nothing the start screen doesn't show is loaded before it paints."""
    from carerhelp.ui.main_window import MainWindow
    from carerhelp.ui.startup import after_first_paint

    window = MainWindow(
        store, None, prefs, load_content=load_content or (lambda: content_for_start(prefs))
    )
    window.show()
    after_first_paint(window, lambda: finish_start(window))
    return window


def finish_start(window: MainWindow) -> None:
    """After the first paint, before the first question: the rest of start-up."""
    from PySide6.QtWidgets import QApplication

    if not window.questions_ready():
        QApplication.exit(1)  # the loader has told the user why; run_app closes the window
        return
    window.routine_backups.start()
    window.protection_changed()  # the idle lock: advice-centre mode is known now
    if window.store.advice_centre_mode and not window.volunteer:
        window.case_actions.sign_in()
    else:
        window.reopen_last_case()  # the case and page open when CarerHelp last closed


def content_for_start(prefs: Preferences) -> Content | None:
    """The content in the language the person chose. If the Welsh files can't be read, say so and
    carry on with the English ones, so a damaged Welsh file never stops CarerHelp starting."""
    from PySide6.QtCore import QCoreApplication

    from carerhelp.domain.content import load_content
    from carerhelp.ui.language import warn_with_details

    lang = prefs.language or "en"
    if lang != "en":
        try:
            return load_content(lang=lang)
        except CarerHelpError as error:
            warn_with_details(
                None,
                QCoreApplication.translate(
                    "app",
                    "CarerHelp's Welsh questions and letters could not be read, so they are in "
                    "English this time. Please reinstall CarerHelp.\n\nDetails:\n{error}",
                ),
                str(error),
            )
    return load_content_or_explain()


def load_content_or_explain(load: Callable[[], Content] | None = None) -> Content | None:
    """Everything CarerHelp knows, read and checked once; a damaged file is explained and gives None."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from carerhelp.domain.content import load_content

    try:
        return (load or load_content)()
    except CarerHelpError as error:
        QMessageBox.critical(
            None,
            QCoreApplication.translate("app", "CarerHelp can't start"),
            QCoreApplication.translate(
                "app",
                "CarerHelp's own files (its questions, letters, rates or list of councils) are "
                "damaged, so it can't start. Please reinstall CarerHelp. Your saved answers are "
                "not affected.\n\nDetails:\n{error}",
            ).format(error=error),
        )
        return None


def open_store_interactively(
    data_dir: Path | None, signed_in: list[str] | None = None
) -> CaseStore | None:
    """Open the case store; explain any problem plainly and offer recovery where it helps. A
    store protected with a password asks for it first (a volunteer's name goes in `signed_in`)."""
    from PySide6.QtWidgets import QMessageBox

    from carerhelp.storage import open_store
    from carerhelp.storage.backup import backup_before_upgrade
    from carerhelp.storage.database import DatabaseDamaged, StoreLocked

    try:
        store = open_store(data_dir, before_migrate=backup_before_upgrade)
    except StoreLocked:
        return _unlock_and_open(data_dir, signed_in)
    except DatabaseDamaged as error:
        return _offer_recovery(error, data_dir)
    except CarerHelpError as error:
        QMessageBox.critical(None, "CarerHelp", str(error))
        return None
    _after_open(store)
    return store


def _unlock_and_open(data_dir: Path | None, signed_in: list[str] | None) -> CaseStore | None:
    """Ask for the password (or a volunteer's, or the recovery code), then open the store; or,
    if all is lost and the person agrees, set the locked data aside and start afresh."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from carerhelp.storage import open_store
    from carerhelp.storage.backup import backup_before_upgrade
    from carerhelp.storage.database import DatabaseDamaged, resolve_data_dir
    from carerhelp.storage.protection import set_aside_locked
    from carerhelp.ui.protection import UnlockDialog

    folder = resolve_data_dir(data_dir)
    dialog = UnlockDialog(folder)
    if not dialog.exec():
        return None
    if dialog.start_afresh:
        try:
            aside = set_aside_locked(folder)
        except CarerHelpError as error:
            QMessageBox.critical(None, "CarerHelp", str(error))
            return None
        QMessageBox.information(
            None,
            "CarerHelp",
            QCoreApplication.translate(
                "app",
                "The locked data was set aside, not deleted, in {folder}. CarerHelp starts again "
                "with no cases.",
            ).format(folder=aside),
        )
        return open_store_interactively(data_dir, signed_in)
    try:
        store = open_store(data_dir, before_migrate=backup_before_upgrade, key=dialog.key)
    except DatabaseDamaged as error:
        return _offer_recovery(error, data_dir, dialog.key)
    except CarerHelpError as error:
        QMessageBox.critical(None, "CarerHelp", str(error))
        return None
    try:
        store.log("signed_in", None, dialog.who or "owner")
    except CarerHelpError:
        log.warning("could not record the sign-in", exc_info=True)
    if signed_in is not None and dialog.who:
        signed_in.append(dialog.who)
    _after_open(store)
    return store


def _offer_recovery(
    error: CarerHelpError, data_dir: Path | None, key: bytes | None = None
) -> CaseStore | None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from carerhelp.paths import default_data_dir
    from carerhelp.storage import open_store
    from carerhelp.storage.backup import recover_damaged

    folder = data_dir or default_data_dir()
    answer = QMessageBox.question(
        None,
        QCoreApplication.translate("app", "CarerHelp's data file is damaged"),
        QCoreApplication.translate(
            "app",
            "{error}\n\nCarerHelp can put the damaged file to one side (it is not deleted) and "
            "bring back your newest good backup. Do you want to do that now?",
        ).format(error=error),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    try:
        report = recover_damaged(folder, key)
    except CarerHelpError as failure:
        QMessageBox.critical(None, "CarerHelp", str(failure))
        return None
    QMessageBox.information(None, "CarerHelp", report.message)
    if not report.restored:
        return None
    try:
        store = open_store(data_dir, key=key)
    except CarerHelpError as failure:
        QMessageBox.critical(None, "CarerHelp", str(failure))
        return None
    _after_open(store)
    return store


def _after_open(store: CaseStore) -> None:
    """Tidy temporary files a crash may have left, and warn about risky folders."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from carerhelp.storage.backup import sweep_temp_files
    from carerhelp.storage.safety import folder_warning

    try:
        sweep_temp_files(store.data_dir)
    except OSError:
        log.warning("could not remove old temporary files", exc_info=True)
    warning = folder_warning(store.data_dir)
    if warning:
        QMessageBox.warning(None, "CarerHelp", warning)
    if store.read_only:
        QMessageBox.information(
            None,
            "CarerHelp",
            QCoreApplication.translate(
                "app",
                "CarerHelp's data file {path} was opened for reading only ({read_only}). You can "
                "look at cases, print and export them, but nothing you change can be kept. To "
                "change anything, make it writable again, then start CarerHelp again.",
            ).format(path=store.path, read_only=store.read_only),
        )


def close_store(store: CaseStore) -> None:
    """Take the routine backup if one is due, then close the store."""
    from datetime import datetime

    from carerhelp.storage.backup import backup_due, take_backup, thin_backups

    try:
        now = datetime.now(UTC)
        if backup_due(store.data_dir, now):
            take_backup(store, store.data_dir, reason="on-close")
            thin_backups(store.data_dir, now)
    except (CarerHelpError, OSError):
        log.warning("backup on close failed", exc_info=True)
    finally:
        store.close()
