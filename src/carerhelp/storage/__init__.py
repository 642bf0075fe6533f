"""CarerHelp's case store on SQLite: safe opening, migrations, cases, answers, letters and audit."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from carerhelp.domain.errors import StoreError
from carerhelp.storage.cases import CaseStore, CaseSummary, LetterRecord
from carerhelp.storage.database import (
    APPLICATION_ID,
    MARKER_FILE_NAME,
    SCHEMA_VERSION,
    AlreadyOpen,
    BeforeMigrate,
    DatabaseDamaged,
    DatabaseMissing,
    InstanceLock,
    NewerVersion,
    NotCarerHelpFile,
    StoreLocked,
    check_existing_file,
    check_stamps,
    connect,
    database_path,
    make_private_dir,
    make_private_file,
    read_only_reason,
    resolve_data_dir,
    write_marker,
)
from carerhelp.storage.engine import errors, is_plain_file

if TYPE_CHECKING:
    from carerhelp.domain.questionnaire.meaning import QuestionMeaning

__all__ = [
    "AlreadyOpen",
    "CaseStore",
    "CaseSummary",
    "DatabaseDamaged",
    "DatabaseMissing",
    "LetterRecord",
    "NewerVersion",
    "NotCarerHelpFile",
    "StoreLocked",
    "open_store",
]


def open_store(
    data_dir: Path | None = None,
    *,
    before_migrate: BeforeMigrate | None = None,
    meaning: QuestionMeaning | None = None,
    key: bytes | None = None,
) -> CaseStore:
    """Open the store in `data_dir` (default: the user's local app-data folder).

    A store protected with a password needs its database `key` (from `storage.keys.unlock`);
    without it, StoreLocked. A conversion to or from protection cut short by a crash is rolled
    back or finished first (`storage.protection.settle_conversion`). A plain store ignores `key`.

    `meaning` says what the questions mean (built from the loaded questionnaire's tags). Without
    it the store opens, but refuses what needs it (saving answers, copying a case, the demo
    data) with a plain StoreError instead of guessing from question ids.

    A missing folder, or one never used, gets a new database on purpose. A folder that had a
    database which is now gone, and any file that is not a healthy CarerHelp database, raise a
    StoreError with a plain message; such files are never written to.
    """
    folder = resolve_data_dir(data_dir)
    try:
        make_private_dir(folder)
    except OSError as error:
        raise StoreError(
            f"CarerHelp can't use the folder {folder} ({error.strerror}). Choose another folder."
        ) from error
    path = database_path(folder)
    reason = read_only_reason(path) if path.exists() else None
    lock = InstanceLock(folder)
    lock.acquire(read_only=reason == "its folder is read-only")
    try:
        from carerhelp.storage.keys import is_protected

        if not reason and (folder / "carerhelp-convert.json").exists():
            from carerhelp.storage.protection import settle_conversion

            settle_conversion(folder, key)
        if not is_protected(folder):
            key = None
        elif key is None:
            raise StoreLocked(path)
        elif path.exists() and is_plain_file(path):
            raise StoreError(
                f"CarerHelp's data file {path} is not protected, but a password file is beside "
                "it, so it may have been swapped for another copy. It has been left as it is. "
                "Move the file carerhelp.keys out of the folder to open the data file unprotected."
            )
        if reason:
            return _open_read_only(folder, path, lock, reason, meaning, key)
        return _open_locked(folder, lock, before_migrate, meaning, key)
    except BaseException:
        lock.release()
        raise


def _open_read_only(
    folder: Path,
    path: Path,
    lock: InstanceLock,
    reason: str,
    meaning: QuestionMeaning | None,
    key: bytes | None,
) -> CaseStore:
    """Open a data file someone made read-only, for reading only: it is checked, never written,
    and its permissions are left as they are. `store.read_only` says why."""
    check_existing_file(path, SCHEMA_VERSION, key)
    try:
        conn = connect(path, create=False, read_only=True, key=key)
        application_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except errors() as error:
        raise StoreError(
            f"CarerHelp can't read its data file {path} ({error}), which is read-only "
            f"({reason}). The file has been left as it is."
        ) from error
    try:
        check_stamps(path, application_id, version, SCHEMA_VERSION)
        if version != SCHEMA_VERSION:
            raise StoreError(
                f"CarerHelp's data file {path} needs updating for this version, but {reason}. "
                "Make it writable again, then start CarerHelp again. It has been left as it is."
            )
    except BaseException:
        conn.close()
        raise
    return CaseStore(conn, path, folder, lock, read_only=reason, meaning=meaning, key=key)


def _open_locked(
    folder: Path,
    lock: InstanceLock,
    before_migrate: BeforeMigrate | None,
    meaning: QuestionMeaning | None,
    key: bytes | None,
) -> CaseStore:
    path = database_path(folder)
    if path.exists():
        check_existing_file(path, SCHEMA_VERSION, key)
        try:
            conn = connect(path, create=False, key=key)
        except errors() as error:
            raise StoreError(
                f"CarerHelp can't open its data file {path} ({error}). Check that the file and "
                "its folder can be written to, then try again. The file has been left as it is."
            ) from error
        try:
            # The header read above may predate changes still in the -wal file; ask SQLite too.
            application_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            check_stamps(path, application_id, version, SCHEMA_VERSION)
        except BaseException:
            conn.close()
            raise
        store = CaseStore(conn, path, folder, lock, meaning=meaning, key=key)
        current = version == SCHEMA_VERSION
        if not current and before_migrate is not None:
            if key is None:
                before_migrate(path)
            else:
                before_migrate(path, key=key)
    elif (folder / MARKER_FILE_NAME).exists() or Path(f"{path}-wal").exists():
        # Set up before (or its -wal file is still there): never start again silently.
        raise DatabaseMissing(
            f"CarerHelp's data file {path} is missing. It may have been moved or deleted. "
            "If you moved it, put it back. Otherwise restore it from a backup in "
            f"{folder / 'backups'}. CarerHelp has not made a new, empty file in its place."
        )
    else:
        try:
            conn = connect(path, create=True, key=key)
        except Exception as error:
            raise StoreError(f"CarerHelp can't create its data file {path} ({error}).") from error
        store = CaseStore(conn, path, folder, lock, meaning=meaning, key=key)
        current = False
    if not current:
        _migrate(store)
    if not (folder / MARKER_FILE_NAME).exists():
        write_marker(folder)  # from now on a missing database file is reported, not replaced
    for suffix in ("", "-wal", "-shm"):
        make_private_file(Path(f"{path}{suffix}"))
    return store


def _migrate(store: CaseStore) -> None:
    """Apply pending migrations and stamp the version in ONE transaction: all of it, or none."""
    from carerhelp.storage.migrations import migrations  # sqlite-utils only when needed

    try:
        store.migrate(migrations.apply, APPLICATION_ID, SCHEMA_VERSION)
    except Exception as error:
        store.close()  # the caller releases the lock again, which is harmless
        raise StoreError(
            f"CarerHelp couldn't update its data file {store.path} ({error}). Nothing was lost: "
            "the file was left as it was before the update."
        ) from error
