"""Run slow work (rendering, export, backup) off the UI thread, with result callbacks on the UI thread."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Lives on the UI thread; the worker's signal is queued to it, so callbacks run here.

    No Python objects ride on the queued signal: the worker leaves its outcome on the relay.
    """

    finished = Signal()

    def __init__(
        self, on_success: Callable[[Any], None], on_failure: Callable[[BaseException], None]
    ) -> None:
        super().__init__()
        self.on_success = on_success
        self.on_failure = on_failure
        self.result: Any = None
        self.error: BaseException | None = None
        self.finished.connect(self._deliver)

    @Slot()
    def _deliver(self) -> None:
        _live.discard(self)
        if self.error is not None:
            self.on_failure(self.error)
        else:
            self.on_success(self.result)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.work = work
        self.relay = relay

    def run(self) -> None:
        try:
            self.relay.result = self.work()
        except Exception as error:  # reported to the UI thread, never lost
            log.exception("background task failed")
            self.relay.error = error
        try:
            self.relay.finished.emit()
        except RuntimeError:  # the screen that asked was closed meanwhile: nobody to tell
            log.info("background task finished after its screen closed")


_live: set[_Relay] = set()


def run_in_background(
    work: Callable[[], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None],
    context: QObject | None = None,
) -> None:
    """Call `work()` on a pool thread; the callbacks run back on the UI thread.

    With a `context` (usually the screen that asked), the callbacks are dropped if it is closed first.
    """
    relay = _Relay(on_success, on_failure)
    if context is not None:
        relay.setParent(context)
        relay.destroyed.connect(lambda *_: _live.discard(relay))
    _live.add(relay)
    QThreadPool.globalInstance().start(_Job(work, relay))
