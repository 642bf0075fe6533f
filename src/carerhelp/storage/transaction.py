"""One open transaction on the store: the statements run in it and the audit entries it logs."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Protocol

from carerhelp.storage.database import now_utc

_ACTION = re.compile(r"[a-z][a-z_]{0,40}(:[a-z_]{1,40})?")


class Executes(Protocol):
    """A `Transaction`, or a plain connection to a file that is not the open store (a backup)."""

    def execute(self, sql: str, parameters: Any = ..., /) -> sqlite3.Cursor: ...


class Transaction:
    """Handed out by `CaseStore.write()` (and, read-only, by `CaseStore.read()`).

    Everything done through it commits together when the `with` block ends, or not at all.
    """

    def __init__(self, conn: sqlite3.Connection, *, writable: bool = True) -> None:
        self._conn = conn
        self.writable = writable

    def execute(self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()) -> sqlite3.Cursor:
        return self._conn.execute(sql, params)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> sqlite3.Cursor:
        return self._conn.executemany(sql, rows)

    def log(self, action: str, case_id: int | None = None, volunteer: str | None = None) -> None:
        """Record an action and its time in the audit log (never answers or health details)."""
        if not self.writable:
            raise ValueError("The audit log is written only inside CaseStore.write().")
        if not _ACTION.fullmatch(action):  # a name like "letter_made:respite", never free text
            raise ValueError(f"Not an audit action name: {action!r}")
        self._conn.execute(
            "INSERT INTO audit (at, action, case_id, volunteer) VALUES (?, ?, ?, ?)",
            (now_utc(), action, case_id, volunteer),
        )
