"""Turning password protection on and off: the store is converted in place, crash-safely.

Protecting: SQLCipher's `sqlcipher_export` copies the plain file into a temporary encrypted one;
the copy is checked (integrity, every page's HMAC, the same number of rows in every table) and
flushed to disk; the key file goes into place; the copy is renamed over the original; then every
backup and kept copy is converted the same way. Unprotecting runs the same steps the other way
round, and the key file goes last.

A small journal (`carerhelp-convert.json`) is written before the first step and removed after
the last. If CarerHelp stops part-way (a crash, a power cut), the next start finds the journal
and looks at the data file itself: if the original is still in place, the conversion is rolled
back (the partial copy and the new key file are removed); if the new file is in place, the
conversion is finished (the remaining backups are converted, which needs the key, so it happens
at the next unlock). Either way the old store or the new one is there, never neither.

No plain copy is left behind in CarerHelp's folders: the plain file is replaced by the encrypted
one (not copied), its -wal and -shm are removed, backups are rewritten, and temporary files are
removed. On an SSD the disk itself may keep old blocks of the plain file for a while; only
encrypting from the start avoids that (docs/security.md says so).
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from carerhelp.domain.errors import StoreError
from carerhelp.storage.backup import (
    EXCLUSIVE,
    aside_copies,
    backup_dir,
    list_backups,
    ordinary_tables,
)
from carerhelp.storage.database import (
    APPLICATION_ID,
    SCHEMA_VERSION,
    InstanceLock,
    check_existing_file,
    database_path,
    sqlite_check,
)
from carerhelp.storage.engine import connect_file, errors, is_plain_file, key_pragma
from carerhelp.storage.keys import (
    KEYS_FILE_NAME,
    create_key_file,
    is_protected,
    keys_path,
    new_database_key,
    remove_key_file,
)
from carerhelp.storage.safety import atomic_write, fsync_dir, make_private, translate_write_error

JOURNAL_NAME = "carerhelp-convert.json"
TEMP_SUFFIX = ".convert.tmp"
PROTECT, UNPROTECT = "protect", "unprotect"

Step = Callable[[str], None]
"""Told the name of each step as it is reached (the kill harness stops the process there)."""

STEPS = (
    "journal-written",
    "key-file-written",
    "copy-exported",
    "copy-checked",
    "key-file-in-place",
    "copy-in-place",
    "backup-converted",
    "finished",
)


def _no_step(_name: str) -> None:
    return None


@dataclass
class ConversionReport:
    direction: str
    copies_converted: int = 0
    damaged_removed: list[Path] = field(default_factory=list)
    recovery_code: str = field(default="", repr=False)
    key: bytes = field(default=b"", repr=False)


def journal_path(data_dir: Path) -> Path:
    return data_dir / JOURNAL_NAME


def _temp_for(path: Path) -> Path:
    return path.with_name(f".{path.name}{TEMP_SUFFIX}")


def _new_keys_temp(data_dir: Path) -> Path:
    return data_dir / f".{KEYS_FILE_NAME}{TEMP_SUFFIX}"


def _remove(path: Path) -> None:
    for suffix in ("-wal", "-shm", "-journal", ""):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _write_journal(data_dir: Path, direction: str) -> None:
    atomic_write(journal_path(data_dir), json.dumps({"direction": direction}).encode("utf-8"))


def _read_journal(data_dir: Path) -> str | None:
    path = journal_path(data_dir)
    if not path.exists():
        return None
    try:
        direction = json.loads(path.read_text(encoding="utf-8")).get("direction")
    except (OSError, ValueError, AttributeError):
        direction = None
    # A journal cut short while written can only be the first step of turning protection on
    # (nothing else has happened yet), or of turning it off (nothing has happened either).
    if direction not in (PROTECT, UNPROTECT):
        direction = UNPROTECT if is_protected(data_dir) else PROTECT
    return str(direction)


def _row_counts(conn: sqlite3.Connection, schema: str) -> dict[str, int]:
    return {
        name: conn.execute(f"SELECT count(*) FROM [{schema}].[{name}]").fetchone()[0]
        for name in ordinary_tables(conn)
    }


def convert_file(
    source: Path, source_key: bytes | None, target: Path, target_key: bytes | None
) -> None:
    """Copy `source` into a new file `target` under another key (or none) with SQLCipher's
    export, check the copy and flush it to disk. `target` must not exist."""
    _remove(target)
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)  # private from the start
    os.close(fd)
    make_private(target)
    # SQLCipher reads a plain file too when given no key, so one driver does both directions.
    from sqlcipher3 import dbapi2 as sqlcipher

    conn = sqlcipher.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        if source_key is not None:
            conn.execute(key_pragma(source_key))
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        application_id = conn.execute("PRAGMA application_id").fetchone()[0]
        attach_key = f"\"x'{target_key.hex()}'\"" if target_key is not None else "''"
        conn.execute(f"ATTACH DATABASE ? AS converted KEY {attach_key}", (str(target),))
        conn.execute("SELECT sqlcipher_export('converted')")
        conn.execute(f"PRAGMA converted.user_version = {int(version)}")
        conn.execute(f"PRAGMA converted.application_id = {int(application_id)}")
        before = _row_counts(conn, "main")
        after = _row_counts(conn, "converted")
        conn.execute("DETACH DATABASE converted")
    finally:
        conn.close()
    problem = sqlite_check(target, "integrity_check", immutable=False, key=target_key)
    if problem is None and before != after:
        problem = "the copy does not hold the same number of rows"
    if problem is not None:
        _remove(target)
        raise StoreError(
            f"Couldn't change the protection — the converted copy failed its check ({problem}), "
            "so it was not used. Your data file was not changed."
        )
    with open(target, "rb+") as handle:
        os.fsync(handle.fileno())
    Path(f"{target}-journal").unlink(missing_ok=True)


def _checkpoint_plain(db: Path) -> None:
    """Fold a plain file's WAL into it, so its -wal and -shm go when the file is closed."""
    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=rw", uri=True)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def _checkpoint_protected(db: Path, key: bytes) -> None:
    conn = connect_file(f"{db.resolve().as_uri()}?mode=rw", key, uri=True)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def _swap(temp: Path, db: Path) -> None:
    os.replace(temp, db)
    for suffix in ("-wal", "-shm"):  # the old file's: its changes are all in the new file
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    fsync_dir(db.parent)


def _convert_copies(
    data_dir: Path, to_key: bytes | None, from_key: bytes | None, step: Step
) -> tuple[int, list[Path]]:
    """Convert every backup and kept copy that is not yet in the new form. A copy too damaged to
    convert can't be restored either; it is deleted rather than left unprotected."""
    converted, removed = 0, []
    copies = [b.path for b in list_backups(data_dir)] + aside_copies(data_dir)
    for copy in copies:
        if is_plain_file(copy) == (to_key is None) and not Path(f"{copy}-wal").exists():
            continue
        temp = _temp_for(copy)
        try:
            convert_file(copy, from_key, temp, to_key)
        except (StoreError, *errors()):  # type: ignore[misc]
            _remove(temp)
            _remove(copy)
            removed.append(copy)
            continue
        _swap(temp, copy)
        converted += 1
        step("backup-converted")
    return converted, removed


def protect(data_dir: Path, owner_password: str, *, step: Step = _no_step) -> ConversionReport:
    """Turn protection on: the store (closed) is encrypted in place, with its backups. Returns a
    report with the recovery code, to be shown once."""
    lock = InstanceLock(data_dir)
    lock.acquire()
    try:
        with EXCLUSIVE:
            return _protect(data_dir, owner_password, step)
    except OSError as error:
        raise translate_write_error(error, database_path(data_dir)) from error
    finally:
        lock.release()


def _protect(data_dir: Path, owner_password: str, step: Step) -> ConversionReport:
    settle_conversion(data_dir, None)
    if is_protected(data_dir):
        raise StoreError("CarerHelp's data is already protected with a password.")
    db = database_path(data_dir)
    check_existing_file(db, SCHEMA_VERSION)
    key = new_database_key()
    keys_temp = _new_keys_temp(data_dir)
    from carerhelp.storage.keys import check_new_password

    check_new_password(owner_password)
    _checkpoint_plain(db)
    _write_journal(data_dir, PROTECT)
    step("journal-written")
    _keys, code = create_key_file(keys_temp, key, owner_password)
    step("key-file-written")
    temp = _temp_for(db)
    try:
        convert_file(db, None, temp, key)
    except BaseException:
        _remove(temp)
        keys_temp.unlink(missing_ok=True)
        journal_path(data_dir).unlink(missing_ok=True)
        raise
    step("copy-exported")
    step("copy-checked")
    os.replace(keys_temp, keys_path(data_dir))
    fsync_dir(data_dir)
    step("key-file-in-place")
    _swap(temp, db)
    step("copy-in-place")
    report = ConversionReport(PROTECT, recovery_code=code, key=key)
    report.copies_converted, report.damaged_removed = _convert_copies(data_dir, key, None, step)
    journal_path(data_dir).unlink(missing_ok=True)
    fsync_dir(data_dir)
    step("finished")
    return report


def unprotect(data_dir: Path, key: bytes, *, step: Step = _no_step) -> ConversionReport:
    """Turn protection off: the store (closed) is decrypted in place, with its backups, and the
    key file is removed last."""
    lock = InstanceLock(data_dir)
    lock.acquire()
    try:
        with EXCLUSIVE:
            return _unprotect(data_dir, key, step)
    except OSError as error:
        raise translate_write_error(error, database_path(data_dir)) from error
    finally:
        lock.release()


def _unprotect(data_dir: Path, key: bytes, step: Step) -> ConversionReport:
    settle_conversion(data_dir, key)
    if not is_protected(data_dir):
        raise StoreError("CarerHelp's data is not protected with a password.")
    db = database_path(data_dir)
    check_existing_file(db, SCHEMA_VERSION, key)
    _checkpoint_protected(db, key)
    _write_journal(data_dir, UNPROTECT)
    step("journal-written")
    temp = _temp_for(db)
    try:
        convert_file(db, key, temp, None)
    except BaseException:
        _remove(temp)
        journal_path(data_dir).unlink(missing_ok=True)
        raise
    step("copy-exported")
    step("copy-checked")
    _swap(temp, db)
    step("copy-in-place")
    report = ConversionReport(UNPROTECT)
    report.copies_converted, report.damaged_removed = _convert_copies(data_dir, None, key, step)
    remove_key_file(data_dir)
    step("key-file-in-place")
    journal_path(data_dir).unlink(missing_ok=True)
    fsync_dir(data_dir)
    step("finished")
    return report


def settle_conversion(data_dir: Path, key: bytes | None) -> str | None:
    """At start (the folder locked): finish or roll back a conversion cut short. Returns what
    was done ("rolled back", "finished"), "waiting for the key", or None if nothing was pending.

    The data file itself says how far it got: still in its old form, the conversion is rolled
    back; in its new form, it is finished — which needs the key to convert the backups, so
    without one the journal stays until the store is next unlocked."""
    direction = _read_journal(data_dir)
    if direction is None:
        return None
    db = database_path(data_dir)
    temp = _temp_for(db)
    plain = is_plain_file(db)
    for folder in (data_dir, backup_dir(data_dir)):
        if folder.is_dir():
            for leftover in folder.glob(f".*{TEMP_SUFFIX}"):
                if leftover != _new_keys_temp(data_dir):
                    _remove(leftover)
    if direction == PROTECT and plain:
        _new_keys_temp(data_dir).unlink(missing_ok=True)
        remove_key_file(data_dir)
        journal_path(data_dir).unlink(missing_ok=True)
        fsync_dir(data_dir)
        return "rolled back"
    if direction == UNPROTECT and plain and not is_protected(data_dir):
        journal_path(data_dir).unlink(missing_ok=True)  # cut short after its very last step
        return "finished"
    if direction == UNPROTECT and not plain:
        _remove(temp)
        journal_path(data_dir).unlink(missing_ok=True)
        fsync_dir(data_dir)
        return "rolled back"
    # The new file is in place and has never been opened since: any -wal or -shm beside it
    # belonged to the old one.
    for suffix in ("-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    _new_keys_temp(data_dir).unlink(missing_ok=True)
    if key is None:
        return "waiting for the key"
    with EXCLUSIVE:
        if direction == PROTECT:
            _convert_copies(data_dir, key, None, _no_step)
        else:
            _convert_copies(data_dir, None, key, _no_step)
            remove_key_file(data_dir)
    journal_path(data_dir).unlink(missing_ok=True)
    fsync_dir(data_dir)
    return "finished"


__all__ = [
    "APPLICATION_ID",
    "STEPS",
    "ConversionReport",
    "convert_file",
    "protect",
    "settle_conversion",
    "unprotect",
]


def set_aside_locked(data_dir: Path) -> Path:
    """When every password and the recovery code are lost: move the protected data file, its key
    file and its backups into a folder of their own (kept, never deleted, in case a password
    turns up), so CarerHelp can start again with an empty file. Returns that folder."""
    from datetime import UTC, datetime

    from carerhelp.storage.database import MARKER_FILE_NAME

    lock = InstanceLock(data_dir)
    lock.acquire()
    try:
        aside = data_dir / f"locked-{datetime.now(UTC):%Y%m%dT%H%M%SZ}"
        aside.mkdir(mode=0o700)
        db = database_path(data_dir)
        for path in (
            Path(f"{db}-wal"),
            Path(f"{db}-shm"),
            db,
            keys_path(data_dir),
            journal_path(data_dir),
            backup_dir(data_dir),
        ):
            if path.exists():
                os.replace(path, aside / path.name)
        (data_dir / MARKER_FILE_NAME).unlink(missing_ok=True)  # agreed: start with a new file
        fsync_dir(data_dir)
    except OSError as error:
        raise translate_write_error(error, database_path(data_dir)) from error
    finally:
        lock.release()
    return aside
