"""Verified backups (backup API → quick_check → fsync → rename), thinning, restore and recovery."""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from carerhelp.domain.errors import StoreError
from carerhelp.storage.database import (
    DATABASE_FILE_NAME,
    MARKER_FILE_NAME,
    InstanceLock,
    make_private_dir,
    sqlite_check,
)
from carerhelp.storage.safety import couldnt_save, fsync_dir

BACKUP_FOLDER = "backups"
AUTOMATIC_EVERY = timedelta(minutes=30)
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 6
_NAME = re.compile(r"^carerhelp-(\d{8}T\d{6}(?:\d{6})?Z)(?:-([a-z0-9-]+))?\.sqlite3$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    reason: str
    size: int

    @property
    def label(self) -> str:
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


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%S%fZ")


def take_backup(
    source: Any, data_dir: Path, reason: str = "manual", now: datetime | None = None
) -> BackupInfo:
    """Copy the live database with SQLite's backup API, check the copy, then put it in place."""
    conn: sqlite3.Connection = getattr(source, "conn", source)
    folder = backup_dir(data_dir)
    moment = now or datetime.now(UTC)
    final = folder / f"carerhelp-{_stamp(moment)}-{reason}.sqlite3"
    temp = folder / f".{final.name}.tmp"
    try:
        make_private_dir(folder)
        target = sqlite3.connect(temp)
        try:
            conn.backup(target)
            target.execute("PRAGMA journal_mode=DELETE")  # a backup is one self-contained file
        finally:
            target.close()
        problem = check_file(temp)
        if problem:
            raise StoreError(f"The backup copy failed its check ({problem}), so it was not kept.")
        with open(temp, "rb+") as handle:
            os.fsync(handle.fileno())
        if os.name == "posix":
            os.chmod(temp, 0o600)
        os.replace(temp, final)
        fsync_dir(folder)
    except OSError as error:
        _remove_temp(temp)
        raise couldnt_save(error, final) from error
    except sqlite3.Error as error:
        _remove_temp(temp)
        raise StoreError(f"Couldn't save — the backup could not be made ({error}).") from error
    except BaseException:
        _remove_temp(temp)
        raise
    return BackupInfo(final, moment, reason, final.stat().st_size)


def _remove_temp(temp: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{temp}{suffix}").unlink(missing_ok=True)


def backup_file(db_path: Path, data_dir: Path, reason: str) -> BackupInfo:
    """Back up a database file that is not open as a store (used before migrations)."""
    conn = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return take_backup(conn, data_dir, reason)
    finally:
        conn.close()


def check_file(path: Path) -> str | None:
    """None if SQLite's integrity check passes, else what it reported."""
    return sqlite_check(path, "integrity_check", immutable=False)


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
        fmt = "%Y%m%dT%H%M%S%fZ" if len(stamp) > 16 else "%Y%m%dT%H%M%SZ"
        taken = datetime.strptime(stamp, fmt).replace(tzinfo=UTC)
        found.append(BackupInfo(path, taken, match.group(2) or "", path.stat().st_size))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def backup_due(data_dir: Path, now: datetime) -> bool:
    backups = list_backups(data_dir)
    return not backups or now - backups[0].taken_at >= AUTOMATIC_EVERY


def backups_to_keep(backups: list[BackupInfo], now: datetime) -> set[Path]:
    """Anki-style thinning: the newest two, then one a day for 7 days, a week for 4, a month for 6."""
    keep = {b.path for b in backups[:2]}
    seen: set[tuple[str, object]] = set()
    for backup in backups:  # newest first, so the first in each bucket is that bucket's newest
        age = now - backup.taken_at
        day = backup.taken_at.date()
        buckets = []
        if age <= timedelta(days=KEEP_DAILY):
            buckets.append(("day", day))
        if age <= timedelta(weeks=KEEP_WEEKLY):
            buckets.append(("week", day.isocalendar()[:2]))
        if age <= timedelta(days=31 * KEEP_MONTHLY):
            buckets.append(("month", (day.year, day.month)))
        for bucket in buckets:
            if bucket not in seen:
                seen.add(bucket)
                keep.add(backup.path)
    return keep


def thin_backups(data_dir: Path, now: datetime) -> list[Path]:
    """Delete backups the thinning rule doesn't keep; returns what was deleted."""
    backups = list_backups(data_dir)
    keep = backups_to_keep(backups, now)
    removed = []
    for backup in backups:
        if backup.path not in keep:
            backup.path.unlink(missing_ok=True)
            removed.append(backup.path)
    return removed


def sweep_temp_files(data_dir: Path) -> list[Path]:
    """Remove half-made backups and part-written files a crash left behind (they hold personal data)."""
    removed = []
    for folder in (data_dir, backup_dir(data_dir)):
        if not folder.is_dir():
            continue
        for path in folder.iterdir():
            if path.name.startswith(".") and (
                path.name.endswith(".tmp") or path.name.endswith(".part")
            ):
                path.unlink(missing_ok=True)
                removed.append(path)
    return removed


def _move_aside(db_path: Path, label: str) -> Path:
    stamp = _stamp(datetime.now(UTC))
    aside = db_path.with_name(f"{db_path.name}.{label}-{stamp}")
    for suffix in ("-wal", "-shm"):
        extra = Path(f"{db_path}{suffix}")
        if extra.exists():
            os.replace(extra, Path(f"{aside}{suffix}"))
    os.replace(db_path, aside)
    return aside


def _put_in_place(backup: Path, db_path: Path) -> None:
    temp = db_path.with_name(f".{db_path.name}.restore.tmp")
    shutil.copyfile(backup, temp)
    with open(temp, "rb+") as handle:
        os.fsync(handle.fileno())
    if os.name == "posix":
        os.chmod(temp, 0o600)
    os.replace(temp, db_path)
    fsync_dir(db_path.parent)


def restore_backup(data_dir: Path, backup: Path) -> BackupInfo:
    """Replace the database with a backup. The store must be closed. The current file is kept aside."""
    info = next((b for b in list_backups(data_dir) if b.path == backup), None)
    if info is None or check_file(backup):
        raise StoreError("That backup can't be used: it is missing or damaged. Choose another one.")
    lock = InstanceLock(data_dir)
    lock.acquire()
    try:
        db_path = data_dir / DATABASE_FILE_NAME
        if db_path.exists():
            backup_file(db_path, data_dir, "before-restore")
            _move_aside(db_path, "replaced")
        _put_in_place(backup, db_path)
    except OSError as error:
        raise couldnt_save(error, data_dir) from error
    finally:
        lock.release()
    return info


def recover_damaged(data_dir: Path) -> RecoveryReport:
    """Move a damaged database aside (never delete it) and bring back the newest good backup."""
    db_path = data_dir / DATABASE_FILE_NAME
    lock = InstanceLock(data_dir)
    lock.acquire()
    try:
        aside = _move_aside(db_path, "damaged") if db_path.exists() else None
        for backup in list_backups(data_dir):
            if check_file(backup.path) is None:
                _put_in_place(backup.path, db_path)
                kept = f" The damaged file was kept as {aside}." if aside else ""
                return RecoveryReport(
                    True,
                    f"We restored your answers from the backup made on {backup.label}. Anything "
                    f"changed after that could not be recovered.{kept}",
                    aside,
                    backup,
                )
    except OSError as error:
        raise couldnt_save(error, data_dir) from error
    finally:
        lock.release()
    (data_dir / MARKER_FILE_NAME).unlink(
        missing_ok=True
    )  # the next start makes a new file on purpose
    return RecoveryReport(
        False,
        "There is no good backup to restore. The damaged file was kept as "
        f"{aside}, so it can still be looked at. CarerHelp will start with an empty file next time "
        "it opens.",
        aside,
    )
