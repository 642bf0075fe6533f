"""Erasing a client, or everything: nothing left in the database, its WAL, backups or old copies."""

from __future__ import annotations

import os
import shutil
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from carerhelp.domain.errors import StoreError
from carerhelp.storage.backup import (
    EXCLUSIVE,
    aside_copies,
    backup_dir,
    check_file,
    list_backups,
    ordinary_tables,
    sweep_temp_files,
    take_backup,
)
from carerhelp.storage.cases import CaseStore
from carerhelp.storage.engine import connect_file, errors
from carerhelp.storage.safety import fsync_dir, make_private, translate_write_error
from carerhelp.storage.transaction import Executes, Transaction

PLAIN_EXPLANATION = (
    "Erasing removes this client's answers, letters and consent records from CarerHelp and from "
    "every backup. It can't be undone. The log keeps only that a case was erased, and when."
)
EVERYTHING_EXPLANATION = (
    "Erasing everything removes every case, letter, consent record, volunteer name and log entry, "
    "and every backup. It can't be undone, and no backup is kept. Letters you saved or printed "
    "yourself are not touched."
)
_KEEP_TABLES = {"_meta", "_sqlite_migrations"}  # settings and the schema's history, no client data


@dataclass
class EraseReport:
    backups_cleaned: int = 0
    files_removed: list[Path] = field(default_factory=list)

    @property
    def message(self) -> str:
        count = self.backups_cleaned
        text = f"Erased from CarerHelp and from all {count} backup{'s' if count != 1 else ''}."
        if self.files_removed:
            text += (
                f" Damaged old copies of the data file could not be cleaned, so they were "
                f"deleted ({len(self.files_removed)})."
            )
        return text


def erase_case(store: CaseStore, case_id: int, volunteer: str | None = None) -> EraseReport:
    """Erase one client everywhere: every backup and old copy first, then the live database.

    A backup is taken first (it is cleaned with the others). Backups are rewritten without the
    client rather than deleted, so the other clients' backups stay. Doing the backups first means
    that if anything fails part-way the client is still in the list and erasing can be repeated.
    """
    with EXCLUSIVE:  # no routine backup may copy the client while the backups are cleaned
        return _erase_case(store, case_id, volunteer)


def _erase_case(store: CaseStore, case_id: int, volunteer: str | None) -> EraseReport:
    uid = store.get_case(case_id).uid
    take_backup(store, store.data_dir, "before-erase")
    report = EraseReport()
    for backup in list_backups(store.data_dir):
        if _clean_copy(backup.path, uid, store.key):
            report.backups_cleaned += 1
        else:
            report.files_removed.append(backup.path)
    for copy in aside_copies(store.data_dir):
        if not _clean_copy(copy, uid, store.key):
            report.files_removed.append(copy)
    with store.write() as tx:
        _delete_cases(tx, "id = ?", (case_id,))
    _compact(store)
    store.log("case_erased", None, volunteer)
    _compact(store)
    return report


def _case_tables(conn: Executes) -> list[str]:
    """Every table with a case_id column, so tables added later are covered too."""
    return [
        table
        for table in ordinary_tables(conn)
        if table != "cases"
        and any(col[1] == "case_id" for col in conn.execute(f"PRAGMA table_info([{table}])"))
    ]


def _purge(conn: sqlite3.Connection, where: str, params: tuple[object, ...]) -> int:
    """Delete the matching cases from a copy that is not the open store (a backup), in one
    transaction."""
    conn.execute("PRAGMA secure_delete=ON")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("BEGIN IMMEDIATE")
    try:
        count = _delete_cases(Transaction(conn), where, params)
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return count


def discard_if_empty(store: CaseStore, case_id: int) -> bool:
    """Delete a case that nothing was ever written into (a new case left at once, or opened by a
    stray key press). Returns True if it was deleted; a case with any answer, letter, note or
    consent is always kept. Nothing personal was in it, so no backup needs cleaning."""
    where = (
        "id = ? AND notes = '' AND carer_name = ''"
        " AND NOT EXISTS (SELECT 1 FROM answers WHERE case_id = cases.id)"
        " AND NOT EXISTS (SELECT 1 FROM letters WHERE case_id = cases.id)"
        " AND NOT EXISTS (SELECT 1 FROM consents WHERE case_id = cases.id)"
    )
    with store.write() as tx:
        return _delete_cases(tx, where, (case_id,)) > 0


def _delete_cases(tx: Transaction, where: str, params: tuple[object, ...]) -> int:
    """Delete the matching cases and everything that points at them.

    The audit log keeps its entries (actions and times) but loses the link to the case, so a
    later case given the same number doesn't inherit them.
    """
    ids = [row[0] for row in tx.execute(f"SELECT id FROM cases WHERE {where}", params)]
    marks = ", ".join("?" for _ in ids)
    for table in _case_tables(tx):
        if table == "audit":
            tx.execute(f"UPDATE audit SET case_id = NULL WHERE case_id IN ({marks})", ids)
        else:
            tx.execute(f"DELETE FROM [{table}] WHERE case_id IN ({marks})", ids)
    tx.execute(
        "INSERT INTO cases_fts (cases_fts, rowid, carer_name, person_name, postcode, notes) "
        f"SELECT 'delete', id, carer_name, person_name, postcode, notes FROM cases "
        f"WHERE id IN ({marks})",
        ids,
    )
    tx.execute(f"DELETE FROM cases WHERE id IN ({marks})", ids)
    tx.execute("INSERT INTO cases_fts (cases_fts) VALUES ('optimize')")
    return len(ids)


def _compact(store: CaseStore) -> None:
    """Rebuild the live file with no old page left in it or its WAL (see `CaseStore.compact`)."""
    try:
        store.compact()
    except errors() as error:
        raise translate_write_error(error, store.path) from error


def _clean_copy(path: Path, uid: str, key: bytes | None) -> bool:
    """Rewrite a backup or old copy without the client (via a checked temporary file and an
    atomic rename). A copy too damaged to check is deleted instead; returns False then."""
    if check_file(path, key) is not None:
        _remove_with_sidecars(path)
        return False
    temp = path.with_name(f".{path.name}.erase.tmp")
    try:
        found = _copy_purged(path, temp, uid, key)
        if found:
            make_private(temp)
            with open(temp, "rb+") as handle:
                os.fsync(handle.fileno())
            os.replace(temp, path)
            for suffix in ("-wal", "-shm"):  # an old copy's WAL was folded into the temp copy
                Path(f"{path}{suffix}").unlink(missing_ok=True)
            fsync_dir(path.parent)
    except (OSError, *errors()) as error:  # type: ignore[misc]
        raise translate_write_error(error, path) from error
    finally:
        for suffix in ("", "-journal"):
            Path(f"{temp}{suffix}").unlink(missing_ok=True)
    return True


def _copy_purged(path: Path, temp: Path, uid: str, key: bytes | None) -> bool:
    """Copy `path` (with its WAL, if any) into `temp` and erase the client there (a protected
    store's copies stay encrypted with its `key`)."""
    source = connect_file(f"{path.resolve().as_uri()}?mode=ro", key, uri=True, isolation_level=None)
    try:
        if not source.execute("SELECT 1 FROM cases WHERE uid = ?", (uid,)).fetchone():
            return False
        target = connect_file(temp, key, isolation_level=None)
        try:
            source.backup(target)
            target.execute("PRAGMA journal_mode=DELETE")
            target.execute("PRAGMA trusted_schema=OFF")
            _purge(target, "uid = ?", (uid,))
            target.execute("VACUUM")
        finally:
            target.close()
    finally:
        source.close()
    problem = check_file(temp, key)
    if problem:
        raise StoreError(f"Couldn't save — a cleaned backup failed its check ({problem}).")
    return True


def _remove_with_sidecars(path: Path) -> None:
    for suffix in ("-wal", "-shm", "-journal", ""):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def erase_everything(store: CaseStore) -> None:
    """Erase every case, letter, consent, volunteer and log entry; remove every backup and every
    old copy of the data file. Settings (such as advice-centre mode) stay. No backup is taken:
    a backup would be one more copy to remove."""
    with EXCLUSIVE:  # no routine backup may start a copy part-way through
        _erase_everything(store)


def _erase_everything(store: CaseStore) -> None:
    with store.write() as tx:
        for table in _all_data_tables(tx):
            tx.execute(f"DELETE FROM [{table}]")
        tx.execute("INSERT INTO cases_fts (cases_fts) VALUES ('delete-all')")
    _compact(store)
    shutil.rmtree(backup_dir(store.data_dir), ignore_errors=True)
    for copy in aside_copies(store.data_dir):
        _remove_with_sidecars(copy)
    sweep_temp_files(store.data_dir)
    store.log("everything_erased")
    _compact(store)


def _all_data_tables(conn: Executes) -> list[str]:
    """Every ordinary table except settings, children before parents (so foreign keys hold)."""
    names = [name for name in ordinary_tables(conn) if name not in _KEEP_TABLES]
    return sorted(names, key=lambda name: name == "cases")
