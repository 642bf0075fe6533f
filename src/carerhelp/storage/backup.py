"""Verified backups (backup API → integrity_check → fsync → rename), thinning, restore and recovery."""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import threading
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from carerhelp.domain.errors import StoreError
from carerhelp.paths import DATABASE_FILE_NAME
from carerhelp.storage.database import (
    MARKER_FILE_NAME,
    InstanceLock,
    has_wal,
    make_private_dir,
    sqlite_check,
)
from carerhelp.storage.engine import connect_file, database_errors, is_db_error, is_plain_file
from carerhelp.storage.safety import (
    OWNER_ONLY_FILE,
    fsync_dir,
    is_temp_name,
    make_private,
    translate_write_error,
)
from carerhelp.storage.transaction import Executes

BACKUP_FOLDER = "backups"
AUTOMATIC_EVERY = timedelta(minutes=30)
KEEP_NEWEST, KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 2, 7, 4, 6
_STAMP = "%Y%m%dT%H%M%S%fZ"
# One backup, thinning, restore or erase at a time. Routine backups run on a worker thread; an
# erase that cleaned the backups while one was being copied would otherwise find a fresh copy of
# the client appear afterwards. Re-entrant, because an erase or restore takes a backup first.
EXCLUSIVE = threading.RLock()
_NAME = re.compile(r"^carerhelp-(\d{8}T\d{6}(?:\d{6})?Z)(?:-([a-z0-9-]+))?\.sqlite3$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    reason: str
    size: int

    @property
    def label(self) -> str:
        """The time in the words a user reads: "Sunday 22 November 2026 at 16:30" (local time)."""
        local = self.taken_at.astimezone()
        return f"{local:%A} {local.day} {local:%B %Y} at {local:%H:%M}"


@dataclass(frozen=True)
class RecoveryReport:
    restored: bool
    message: str
    damaged_copy: Path | None = None
    backup: BackupInfo | None = None


def backup_dir(data_dir: Path) -> Path:
    return data_dir / BACKUP_FOLDER


def _reason_slug(reason: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", reason.lower()).strip("-")[:40] or "manual"


def take_backup(
    source: Any,
    data_dir: Path,
    reason: str = "manual",
    now: datetime | None = None,
    *,
    key: bytes | None = None,
) -> BackupInfo:
    """Copy the database with SQLite's backup API into a temporary file, check the copy
    (integrity_check and row counts), fsync it, then rename it into place.

    `source` is an open CaseStore (read through a connection of its own, so this may run on a
    worker thread) or a sqlite3.Connection. A failure leaves no file under a backup name and
    raises a plain "Couldn't save — …" StoreError.

    The backup of a protected store is encrypted with the store's own key (`key`, or the
    CaseStore's): SQLite's backup API copies the encrypted pages between two SQLCipher files.
    """
    moment = now or datetime.now(UTC)
    folder = backup_dir(data_dir)
    final = folder / f"carerhelp-{moment.astimezone(UTC):{_STAMP}}-{_reason_slug(reason)}.sqlite3"
    temp = folder / f".{final.name}.tmp"
    own = isinstance(getattr(source, "path", None), Path)
    if own:
        key = getattr(source, "key", None)
    with EXCLUSIVE:  # never while an erase or restore is working on the backups
        try:
            make_private_dir(folder)
            conn = _read_only(source.path, key) if own else source
            try:
                _copy_and_verify(conn, temp, key)
            finally:
                if own:
                    conn.close()
            with open(temp, "rb+") as handle:
                os.fsync(handle.fileno())
            os.replace(temp, final)
            fsync_dir(folder)
        except BaseException as error:
            for suffix in ("", "-journal", "-wal", "-shm"):
                Path(f"{temp}{suffix}").unlink(missing_ok=True)
            if isinstance(error, OSError) or is_db_error(error):
                raise translate_write_error(error, final) from error
            raise
        return BackupInfo(final, moment, _reason_slug(reason), final.stat().st_size)


def _read_only(db_path: Path, key: bytes | None = None) -> sqlite3.Connection:
    return connect_file(
        f"{db_path.resolve().as_uri()}?mode=ro", key, uri=True, isolation_level=None
    )


def _copy_and_verify(conn: sqlite3.Connection, temp: Path, key: bytes | None) -> None:
    fd = os.open(
        temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, OWNER_ONLY_FILE
    )  # private from the start
    os.close(fd)
    make_private(temp)
    target = connect_file(temp, key, isolation_level=None)
    try:
        conn.backup(target)
        target.execute("PRAGMA journal_mode=DELETE")  # a backup is one self-contained file
        copied = _row_counts(target)
    finally:
        target.close()
    problem = check_file(temp, key)
    if problem is None and copied != _row_counts(conn):
        problem = "the copy does not hold the same number of rows"
    if problem:
        raise StoreError(
            f"Couldn't save — the backup copy failed its check ({problem}), so it was not kept. "
            "Your data file was not changed."
        )


def ordinary_tables(conn: Executes) -> list[str]:
    """Every table that holds rows of its own: not SQLite's, not a full-text index or its
    shadow tables (those are rebuilt from the tables they index)."""
    rows = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'").fetchall()
    virtual = [name for name, sql in rows if (sql or "").upper().startswith("CREATE VIRTUAL")]
    return [
        name
        for name, sql in rows
        if name not in virtual
        and not name.startswith("sqlite_")
        and not any(name.startswith(f"{v}_") for v in virtual)
    ]


def _row_counts(conn: sqlite3.Connection) -> dict[str, int]:
    return {
        name: conn.execute(f"SELECT count(*) FROM [{name}]").fetchone()[0]
        for name in ordinary_tables(conn)
    }


def backup_file(db_path: Path, data_dir: Path, reason: str, key: bytes | None = None) -> BackupInfo:
    """Back up a database file that is not open as a store (before a migration or a restore)."""
    conn = _read_only(db_path, key)
    try:
        return take_backup(conn, data_dir, reason, key=key)
    finally:
        conn.close()


def backup_before_upgrade(db_path: Path, key: bytes | None = None) -> None:
    """The `before_migrate` hook for open_store: a checked copy of the old file before its schema
    changes. The app and every command use it, so no upgrade happens without a backup."""
    backup_file(db_path, db_path.parent, reason="before-upgrade", key=key)


def check_file(path: Path, key: bytes | None = None) -> str | None:
    """None if SQLite's integrity check passes, else what it reported. A protected (encrypted)
    file is checked with `key`, page HMACs too; without the key it can't be checked."""
    if key is None and path.exists() and not is_plain_file(path):
        return "it is protected with a password"
    return sqlite_check(path, "integrity_check", immutable=False, key=key)


def list_backups(data_dir: Path) -> list[BackupInfo]:
    """Every finished backup, newest first."""
    folder = backup_dir(data_dir)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if not match:
            continue
        stamp = match.group(1)
        taken = datetime.strptime(stamp, _STAMP if len(stamp) > 16 else "%Y%m%dT%H%M%SZ")
        try:
            size = path.stat().st_size
        except OSError:
            continue
        found.append(BackupInfo(path, taken.replace(tzinfo=UTC), match.group(2) or "", size))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def backup_due(data_dir: Path, now: datetime) -> bool:
    """True if there is no backup yet, or the newest is at least 30 minutes old."""
    backups = list_backups(data_dir)
    return not backups or now - backups[0].taken_at >= AUTOMATIC_EVERY


def backups_to_keep(backups: list[BackupInfo], now: datetime) -> set[Path]:
    """The thinning rule: the newest two, then the newest backup of each of the last 7 days,
    of each of the last 4 weeks and of each of the last 6 months. Everything older goes."""
    ordered = sorted(backups, key=lambda b: b.taken_at, reverse=True)
    keep = {b.path for b in ordered[:KEEP_NEWEST]}
    seen: set[tuple[str, object]] = set()
    for backup in ordered:  # newest first, so the first in each bucket is that bucket's newest
        age = now - backup.taken_at
        day = backup.taken_at.date()
        buckets: list[tuple[str, object]] = []
        if age < timedelta(days=KEEP_DAILY):
            buckets.append(("day", day))
        if age < timedelta(weeks=KEEP_WEEKLY):
            buckets.append(("week", day.isocalendar()[:2]))
        if age < timedelta(days=31 * KEEP_MONTHLY):
            buckets.append(("month", (day.year, day.month)))
        for bucket in buckets:
            if bucket not in seen:
                seen.add(bucket)
                keep.add(backup.path)
    return keep


def thin_backups(data_dir: Path, now: datetime) -> list[Path]:
    """Delete the backups the thinning rule doesn't keep; returns what was deleted."""
    with EXCLUSIVE:
        backups = list_backups(data_dir)
        keep = backups_to_keep(backups, now)
        removed = []
        for backup in backups:
            if backup.path not in keep:
                backup.path.unlink(missing_ok=True)
                removed.append(backup.path)
    return removed


def sweep_temp_files(data_dir: Path) -> list[Path]:
    """At start-up: remove half-made backups and part-written files a crash left behind
    (they may hold personal data). Call it once the store is open, so no other copy is writing."""
    removed = []
    for folder in (data_dir, backup_dir(data_dir)):
        if not folder.is_dir():
            continue
        for path in folder.iterdir():
            if is_temp_name(path.name) and path.is_file():
                path.unlink(missing_ok=True)
                removed.append(path)
    return removed


def aside_copies(data_dir: Path) -> list[Path]:
    """Database files moved aside by a restore or a recovery (`carerhelp.sqlite3.damaged-…`)."""
    pattern = re.compile(re.escape(DATABASE_FILE_NAME) + r"\.(damaged|replaced)-[0-9TZ]+$")
    return sorted(p for p in data_dir.iterdir() if pattern.match(p.name) and p.is_file())


def _sidecar_pairs(source: Path, target: Path) -> list[tuple[Path, Path]]:
    """The database file and its -wal/-shm files that exist, as (from, to) pairs, file last."""
    pairs = [
        (Path(f"{source}{suffix}"), Path(f"{target}{suffix}"))
        for suffix in ("-wal", "-shm")
        if Path(f"{source}{suffix}").exists()
    ]
    return [*pairs, (source, target)]


def _rename_all(pairs: list[tuple[Path, Path]]) -> None:
    """Rename each pair; if one fails, undo the ones done, so a file never loses its WAL."""
    done: list[tuple[Path, Path]] = []
    try:
        for source, target in pairs:
            os.replace(source, target)
            done.append((source, target))
    except OSError:
        for source, target in reversed(done):
            os.replace(target, source)
        raise


def _move_aside(db_path: Path, label: str) -> Path:
    aside = db_path.with_name(f"{db_path.name}.{label}-{datetime.now(UTC):{_STAMP}}")
    _rename_all(_sidecar_pairs(db_path, aside))
    return aside


def _prepare_copy(backup: Path, db_path: Path) -> Path:
    """Copy a backup beside the database and flush it, ready to be renamed into place."""
    temp = db_path.with_name(f".{db_path.name}.restore.tmp")
    try:
        shutil.copyfile(backup, temp)
        make_private(temp)
        with open(temp, "rb+") as handle:
            os.fsync(handle.fileno())
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return temp


def _swap_in(backup: Path, db_path: Path, label: str) -> Path | None:
    """Put `backup` in place of the database; the old file (if any) is moved aside, not deleted."""
    temp = _prepare_copy(backup, db_path)
    try:
        aside = _move_aside(db_path, label) if db_path.exists() else None
        try:
            os.replace(temp, db_path)
        except OSError:
            if aside is not None:  # put the old file back rather than leave no file at all
                _rename_all(_sidecar_pairs(aside, db_path))
            raise
    finally:
        temp.unlink(missing_ok=True)
    fsync_dir(db_path.parent)
    return aside


def _healthy_with_its_wal(data_dir: Path, db_path: Path, key: bytes | None) -> bool:
    """True if a file that looks damaged on its own is whole once its -wal file is read (as after
    a checkpoint cut short by a crash or a full disk); the WAL is then folded into the file."""
    if not db_path.exists() or not has_wal(db_path):
        return False
    lock = InstanceLock(data_dir)
    try:
        lock.acquire()
        conn = connect_file(f"{db_path.resolve().as_uri()}?mode=rw", key, uri=True)
        try:
            if conn.execute("PRAGMA integrity_check").fetchall() != [("ok",)]:
                return False
            busy, _frames, _done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            if busy:
                return False
        finally:
            conn.close()
    except database_errors() as error:
        if "full" in str(error).lower():
            raise translate_write_error(error, db_path) from error
        return False
    except OSError as error:
        raise translate_write_error(error, db_path) from error
    finally:
        lock.release()
    return check_file(db_path, key) is None


def restore_backup(data_dir: Path, backup: Path, key: bytes | None = None) -> BackupInfo:
    """Replace the database with a chosen backup. The store must be closed first.

    A backup of the current state is taken first (if it is readable), and the current file is
    moved aside as `carerhelp.sqlite3.replaced-<time>`, never deleted. A protected store's
    backups are checked with its `key`.
    """
    wanted = backup.resolve()
    info = next((b for b in list_backups(data_dir) if b.path.resolve() == wanted), None)
    if info is None or check_file(info.path, key):
        raise StoreError("That backup can't be used: it is missing or damaged. Choose another one.")
    lock = InstanceLock(data_dir)
    try:
        lock.acquire()
        db_path = data_dir / DATABASE_FILE_NAME
        with EXCLUSIVE:
            if db_path.exists() and check_file(db_path, key) is None:
                backup_file(db_path, data_dir, "before-restore", key)
            _swap_in(info.path, db_path, "replaced")
    except OSError as error:
        raise translate_write_error(error, data_dir / DATABASE_FILE_NAME) from error
    finally:
        lock.release()
    return info


def recover_damaged(data_dir: Path, key: bytes | None = None) -> RecoveryReport:
    """Move a damaged database aside (never delete it) and bring back the newest good backup.

    Call it only after the user has agreed. With no good backup the damaged file is still moved
    aside and kept, the report says so, and the next start begins with a new, empty file.
    A protected store's backups are checked with its `key`.
    """
    db_path = data_dir / DATABASE_FILE_NAME
    if _healthy_with_its_wal(data_dir, db_path, key):
        return RecoveryReport(
            True,
            "Your data file was checked again, together with its latest changes, and it is "
            "fine: nothing was lost and no backup was needed.",
        )
    good = next((b for b in list_backups(data_dir) if check_file(b.path, key) is None), None)
    lock = InstanceLock(data_dir)
    try:
        lock.acquire()
        if good is not None:
            aside = _swap_in(good.path, db_path, "damaged")
        else:
            aside = _move_aside(db_path, "damaged") if db_path.exists() else None
            # Agreed by the user: the next start makes a new, empty file on purpose.
            (data_dir / MARKER_FILE_NAME).unlink(missing_ok=True)
    except OSError as error:
        raise translate_write_error(error, db_path) from error
    finally:
        lock.release()
    kept = f" The damaged file was kept as {aside}." if aside else ""
    if good is None:
        return RecoveryReport(
            False,
            f"There is no good backup to restore.{kept} It can still be looked at by someone "
            "with technical knowledge. CarerHelp will start with an empty file the next time it "
            "opens.",
            aside,
        )
    return RecoveryReport(
        True,
        f"We restored your answers from the backup made on {good.label}. Anything changed after "
        f"that could not be recovered.{kept}",
        aside,
        good,
    )
