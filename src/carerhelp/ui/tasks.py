"""Run slow work (rendering, export, backup) off the UI thread, with result callbacks."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Signals(QObject):
    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self.work = work
        self.signals = signals

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as error:  # reported to the UI thread, never lost
            log.exception("background task failed")
            self.signals.failed.emit(error)
        else:
            self.signals.succeeded.emit(result)


_live: set[_Signals] = set()


def run_in_background(
    work: Callable[[], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None],
) -> None:
    """Call `work()` on a pool thread; the callbacks run back on the UI thread."""
    signals = _Signals()
    _live.add(signals)

    def finish(callback: Callable[[Any], None], value: Any) -> None:
        _live.discard(signals)
        callback(value)

    signals.succeeded.connect(lambda result: finish(on_success, result))
    signals.failed.connect(lambda error: finish(on_failure, error))
    QThreadPool.globalInstance().start(_Job(work, signals))
