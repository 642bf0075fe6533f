"""Erasing a client, or everything: nothing left in the database, its WAL, or the backups."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from carerhelp.storage.backup import list_backups, take_backup
from carerhelp.storage.cases import CaseStore
from carerhelp.storage.safety import atomic_write

PLAIN_EXPLANATION = (
    "Erasing removes this client's answers, letters and consent records from CarerHelp and from "
    "every backup. It can't be undone. The log keeps only that a case was erased, and when."
)


def _purge(conn: sqlite3.Connection, where: str, params: tuple) -> None:
    """Delete matching cases (children cascade), drop them from the search index, and compact."""
    conn.execute("PRAGMA secure_delete=ON")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("BEGIN IMMEDIATE")
    conn.execute(
        "INSERT INTO cases_fts (cases_fts, rowid, carer_name, person_name, postcode, notes) "
        f"SELECT 'delete', id, carer_name, person_name, postcode, notes FROM cases WHERE {where}",
        params,
    )
    conn.execute(f"DELETE FROM cases WHERE {where}", params)
    conn.execute("INSERT INTO cases_fts (cases_fts) VALUES ('optimize')")
    conn.execute("COMMIT")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("VACUUM")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def erase_case(store: CaseStore, case_id: int, volunteer: str | None = None) -> None:
    """Erase one client everywhere: the live database, its WAL, and each backup (rewritten without them)."""
    uid = store.get_case(case_id).uid
    take_backup(store, store.data_dir, "before-erase")
    _purge(store.conn, "id = ?", (case_id,))
    store.log("case_erased", None, volunteer)
    for backup in list_backups(store.data_dir):
        _erase_from_backup(backup.path, uid)


def _erase_from_backup(path: Path, uid: str) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=DELETE")
        conn.execute("PRAGMA trusted_schema=OFF")
        found = conn.execute("SELECT 1 FROM cases WHERE uid = ?", (uid,)).fetchone()
        if found:
            _purge(conn, "uid = ?", (uid,))
    finally:
        conn.close()
    # Rewrite the file so no freed page keeps old bytes (VACUUM already rebuilt it; this fsyncs).
    atomic_write(path, path.read_bytes())


def erase_everything(store: CaseStore) -> None:
    """Erase every case, letter, volunteer and log entry, and remove every backup."""
    conn = store.conn
    conn.execute("BEGIN IMMEDIATE")
    for table in ("letters", "answers", "people", "consents", "volunteers", "audit"):
        conn.execute(f"DELETE FROM [{table}]")
    conn.execute("DELETE FROM cases")
    conn.execute("INSERT INTO cases_fts (cases_fts) VALUES ('delete-all')")
    conn.execute("COMMIT")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("VACUUM")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for backup in list_backups(store.data_dir):
        backup.path.unlink(missing_ok=True)
    for leftover in store.data_dir.glob("carerhelp.sqlite3.*"):
        if leftover.is_file():
            leftover.unlink()
    store.log("everything_erased")
