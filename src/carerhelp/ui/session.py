"""What the window is working on: the open store, the case in hand and who is helping; and the one
piece of slow work allowed at a time."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Signal

from carerhelp.storage.cases import CaseStore
from carerhelp.ui.tasks import run_in_background

if TYPE_CHECKING:
    from carerhelp.domain.content import Content
    from carerhelp.domain.questionnaire.meaning import QuestionMeaning

log = logging.getLogger(__name__)
T = TypeVar("T")


class Session(QObject):
    """Held by the main window and handed to the Case and Data menus.

    `store_replaced` is emitted after the data file was put back from a backup or emptied, so
    every view over it starts again; `busy_changed(busy, what)` while slow work is on a worker
    thread, so nothing that would touch the store can be clicked twice or meanwhile.
    """

    store_replaced = Signal()
    case_changed = Signal(object)  # int | None
    volunteer_changed = Signal(object)  # str | None
    busy_changed = Signal(bool, str)

    def __init__(self, store: CaseStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._case_id: int | None = None
        self._volunteer: str | None = None
        self._busy = ""
        self._contents: dict[str, Content] = {}

    # ----- what is open -------------------------------------------------------------------
    @property
    def store(self) -> CaseStore:
        return self._store

    @property
    def meaning(self) -> QuestionMeaning | None:
        """What the questions mean (from the loaded questionnaire), handed to the store and to
        any store opened again in its place; None until the questions are loaded."""
        return self._store.question_meaning

    @meaning.setter
    def meaning(self, meaning: QuestionMeaning) -> None:
        self._store.question_meaning = meaning

    @property
    def case_id(self) -> int | None:
        """The case open in the wizard, or None on the start screen."""
        return self._case_id

    def set_case(self, case_id: int | None) -> None:
        if case_id != self._case_id:
            self._case_id = case_id
            self.case_changed.emit(case_id)

    @property
    def volunteer(self) -> str | None:
        return self._volunteer

    def set_volunteer(self, name: str | None) -> None:
        self._volunteer = name
        self.volunteer_changed.emit(name)

    def content_in(self, lang: str, load: Callable[[str], Content]) -> Content:
        """The content in `lang`, read with `load(lang)` the first time only (a ContentError from
        it is passed on, and reading is tried again next time)."""
        if lang not in self._contents:
            self._contents[lang] = load(lang)
        return self._contents[lang]

    # ----- slow work ----------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return bool(self._busy)

    def run(
        self,
        what: str,
        work: Callable[[], T],
        on_success: Callable[[T], None],
        on_failure: Callable[[BaseException], None],
    ) -> bool:
        """Run `work()` on a worker thread; the callbacks come back on the UI thread.

        Only one at a time: returns False (and runs nothing) while another is under way. `what`
        says in words what is happening ("Erasing everything…") while it runs.
        """
        if self._busy:
            return False
        self._busy = what
        self.busy_changed.emit(True, what)

        def done(result: T) -> None:
            self._finish()
            on_success(result)

        def failed(error: BaseException) -> None:
            self._finish()
            on_failure(error)

        run_in_background(work, done, failed, context=self)
        return True

    def _finish(self) -> None:
        self._busy = ""
        self.busy_changed.emit(False, "")

    def announce_store_replaced(self) -> None:
        """The file's contents were replaced wholesale (everything erased): views start again."""
        self.store_replaced.emit()

    def replace_store(
        self,
        what: str,
        change: Callable[[Path], T],
        on_success: Callable[[T], None],
        on_failure: Callable[[BaseException], None],
        key_after: Callable[[T], bytes | None] | None = None,
    ) -> bool:
        """Close the store, let `change(data_dir)` work on the closed files on a worker thread,
        open the store again there, and emit `store_replaced` back on the UI thread.

        A protected store is opened again with its key; `key_after(result)` gives the key after
        a change of protection (None once it is off). If `change` fails the old file is opened
        again (it was left as it was)."""
        from carerhelp.storage import open_store

        if self._busy:
            return False
        folder = self._store.data_dir
        meaning = self._store.question_meaning
        key = self._store.key
        self.set_case(None)
        self._store.close()
        reopened: list[CaseStore] = []

        def work() -> T:
            new_key = key
            try:
                result = change(folder)
                if key_after is not None:
                    new_key = key_after(result)
                return result
            finally:
                reopened.append(open_store(folder, meaning=meaning, key=new_key))

        def settle() -> None:
            if reopened:
                self._store = reopened[0]
                self.store_replaced.emit()
            else:
                log.error("the data file could not be opened again after %s", what)

        def done(result: T) -> None:
            settle()
            on_success(result)

        def failed(error: BaseException) -> None:
            settle()
            on_failure(error)

        return self.run(what, work, done, failed)
