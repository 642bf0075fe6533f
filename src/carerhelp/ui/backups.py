"""Routine backups while the app is open: checked every few minutes, taken on a worker thread."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QLabel

from carerhelp.ui.tasks import run_in_background

if TYPE_CHECKING:
    from carerhelp.storage.cases import CaseStore

log = logging.getLogger(__name__)

CHECK_EVERY_MS = 5 * 60 * 1000  # a backup is due when the newest is 30 minutes old
FIRST_CHECK_MS = 20 * 1000  # after start-up has settled


def _now() -> datetime:
    return datetime.now(UTC)


class RoutineBackups(QObject):
    """Takes a checked backup when one is due, thins old ones, and says so in the status bar.

    The copy reads the database through a connection of its own, so it runs off the UI thread and
    typing never waits for it. A failure is shown in the status bar (it must not interrupt a carer
    in the middle of a question) and "Back up now" in the Data menu then gives the full reason.
    """

    def __init__(self, window: Any, clock: Callable[[], datetime] = _now) -> None:
        super().__init__(window)
        self.window = window
        self.clock = clock
        self.running = False
        self.last_result: Any = None
        self.label = QLabel("", window)
        self.label.setObjectName("backup_status")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setAccessibleName(self.tr("Backup status"))
        self.label.setContentsMargins(16, 2, 16, 4)
        window.statusBar().addWidget(self.label, 1)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self.timer.start()
        QTimer.singleShot(FIRST_CHECK_MS, self, self.check)

    def check(self) -> bool:
        """Start a backup if one is due; False if one is already being taken."""
        if self.running:
            return False
        self.running = True
        store, now = self.window.store, self.clock()
        run_in_background(
            lambda: _back_up_if_due(store, now), self._done, self._failed, context=self
        )
        return True

    def _done(self, info: Any) -> None:
        self.running = False
        self.last_result = info
        if info is not None:
            self.label.setText(
                self.tr("Your answers were backed up on {label}.").format(label=info.label)
            )

    def _failed(self, error: BaseException) -> None:
        self.running = False
        self.last_result = error
        log.warning("routine backup failed: %s", error)
        self.label.setText(
            self.tr(
                "Couldn't make the routine backup. Your answers are still saved. Choose Data, "
                "then Back up now, to see why."
            )
        )


def _back_up_if_due(store: CaseStore, now: datetime) -> Any:
    from carerhelp.storage.backup import backup_due, take_backup, thin_backups

    if not backup_due(store.data_dir, now):
        return None
    info = take_backup(store, store.data_dir, "automatic", now=now)
    thin_backups(store.data_dir, now)
    return info
