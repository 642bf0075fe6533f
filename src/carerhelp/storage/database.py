"""Open CarerHelp's database safely: check a file before touching it, create one only on purpose."""

from __future__ import annotations

import json
import os
import sqlite3
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from carerhelp.domain.errors import StoreError, ValidationError
from carerhelp.paths import DATABASE_FILE_NAME, default_data_dir
from carerhelp.storage.engine import cipher_check, connect_file, database_errors, errors

APPLICATION_ID = 0x43724870  # "CrHp": stamps the file as CarerHelp's
SCHEMA_VERSION = 4  # the number of migrations in storage/migrations.py (a test keeps them equal)
MARKER_FILE_NAME = "carerhelp-data.json"
LOCK_FILE_NAME = "carerhelp.lock"
SQLITE_HEADER = b"SQLite format 3\x00"
OWNER_ONLY_DIR = 0o700
OWNER_ONLY_FILE = 0o600


class AlreadyOpen(StoreError):
    """Another copy of CarerHelp has this data folder open."""


class DatabaseMissing(StoreError):
    """The data folder was set up before, but its database file has gone."""


class NotCarerHelpFile(StoreError):
    """The file is not a CarerHelp database (empty, another format, or another program's)."""


class NewerVersion(StoreError):
    """The file was written by a newer CarerHelp."""


class DatabaseDamaged(StoreError):
    """The file is CarerHelp's but SQLite reports damage."""


class StoreLocked(StoreError):
    """The data is protected with a password, and no key was given to open it."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"This file is protected with a password ({path}). Type the password to open it."
        )
        self.path = path


def now_utc() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def couldnt_save(error: Exception) -> StoreError:
    """A plain message for a failed write; the last saved state is untouched."""
    text = str(error).lower()
    if "full" in text:
        reason = (
            "the disk is full. Free some space (for example empty the recycle bin), then try again"
        )
    elif "readonly" in text or "read-only" in text:
        reason = "the data folder can't be written to. Check that the disk is not locked"
    elif "disk i/o" in text:
        reason = (
            "the computer couldn't write to the disk. The disk may be full, removed or failing: "
            "free some space (for example empty the recycle bin) or check the disk, then try again"
        )
    elif "locked" in text or "busy" in text:
        reason = "the data file is busy. Wait a moment and try again"
    else:
        reason = f"the computer reported a problem writing the file ({error})"
    return StoreError(f"Couldn't save — {reason}. Everything saved before is safe.")


def to_json(value: Any) -> str:
    """JSON text for the database; ValidationError if a value can't be stored faithfully."""
    try:
        text = json.dumps(value, ensure_ascii=False, sort_keys=True, allow_nan=False)
        text.encode("utf-8")  # a lone surrogate can't be stored
    except UnicodeEncodeError:
        raise ValidationError("This answer has characters that can't be saved.") from None
    except (TypeError, ValueError) as error:
        raise ValidationError(f"This answer can't be saved ({error}).") from None
    return text


def database_path(data_dir: Path) -> Path:
    return data_dir / DATABASE_FILE_NAME


def make_private_dir(path: Path) -> None:
    """Create `path` (and its parents) owner-only. A folder that is already there keeps its
    permissions: `--data-dir` may name a folder the user shares with other things."""
    if path.is_dir():
        return
    path.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(path, OWNER_ONLY_DIR)


def make_private_file(path: Path) -> None:
    if os.name == "posix" and path.exists():
        os.chmod(path, OWNER_ONLY_FILE)


class InstanceLock:
    """An OS lock on `carerhelp.lock`, held while the store is open; released if the process dies."""

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / LOCK_FILE_NAME
        self._handle: IO[bytes] | None = None

    def _cant_use(self, error: OSError) -> StoreError:
        return StoreError(
            f"CarerHelp can't use the folder {self.path.parent} ({error.strerror}). Check "
            "that you can write to it, or choose another folder."
        )

    def acquire(self, *, read_only: bool = False) -> None:
        """Hold the lock. `read_only`: the folder can't be written, so an existing lock file is
        opened for reading (its lock still tells a second copy apart) and a missing one is not
        made: nothing can change such a folder anyway."""
        if read_only and not self.path.exists():
            return
        try:
            handle: IO[bytes] = open(  # noqa: SIM115 - held open for the store's life
                self.path, "rb" if read_only else "a+b"
            )
        except OSError as error:
            raise self._cant_use(error) from error
        try:
            if not read_only:
                make_private_file(self.path)
        except OSError as error:
            handle.close()
            raise self._cant_use(error) from error
        try:
            if sys.platform == "win32":
                import msvcrt

                handle.seek(0)
                msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.close()
            raise AlreadyOpen(
                "CarerHelp is already open on this computer. Switch to the CarerHelp window that "
                "is already open, or close it and try again."
            ) from None
        self._handle = handle

    def release(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None


def check_existing_file(path: Path, known_version: int, key: bytes | None = None) -> None:
    """Refuse a file that is not a healthy CarerHelp database, without writing a single byte to it.

    With `key` the file is a protected (SQLCipher) one: its header is encrypted too, so the
    stamps are read through SQLCipher, and every page's HMAC is checked as well."""
    if key is not None:
        _check_protected_file(path, known_version, key)
        return
    name = str(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as error:
        raise StoreError(
            f"CarerHelp can't read its data file {name} ({error.strerror}). Check that it is a "
            "file you are allowed to open, then try again. It has been left as it is."
        ) from error
    if size == 0:
        raise NotCarerHelpFile(
            f"The file {name} is empty, so it is not a CarerHelp data file. It has been left as it "
            "is. If you have a backup, restore it; otherwise move this file somewhere else and "
            "CarerHelp will start a new one."
        )
    if len(header) < 100 or not header.startswith(SQLITE_HEADER):
        raise NotCarerHelpFile(
            f"The file {name} is not a CarerHelp data file (it is some other kind of file). It "
            "has been left as it is. Move it somewhere else, or restore CarerHelp's file from a "
            "backup."
        )
    check_stamps(
        path,
        int.from_bytes(header[68:72], "big"),
        int.from_bytes(header[60:64], "big"),
        known_version,
    )
    problem = sqlite_check(path)
    if problem and has_wal(path):
        # The immutable check reads the main file alone. After a checkpoint cut short (a crash or
        # a full disk), the file is only whole together with its -wal, so read both, read-only:
        # the main file is still not written (SQLite may add a -shm index beside it).
        problem = sqlite_check(path, immutable=False)
    if problem:
        raise DatabaseDamaged(
            f"CarerHelp's data file {name} is damaged ({problem}). It has not been changed. "
            "CarerHelp can put it to one side and bring back your newest backup."
        )


def _check_protected_file(path: Path, known_version: int, key: bytes) -> None:
    name = str(path)
    try:
        size = path.stat().st_size
    except OSError as error:
        raise StoreError(
            f"CarerHelp can't read its data file {name} ({error.strerror}). Check that it is a "
            "file you are allowed to open, then try again. It has been left as it is."
        ) from error
    if size == 0:
        raise NotCarerHelpFile(
            f"The file {name} is empty, so it is not a CarerHelp data file. It has been left as it "
            "is. If you have a backup, restore it."
        )
    stamps: tuple[int, int] | None = None
    problem = None
    for immutable in (True, False):
        if immutable is False and not has_wal(path):
            break
        stamps, problem = _protected_stamps_and_check(path, key, immutable=immutable)
        if problem is None:
            break
    if problem is not None or stamps is None:
        raise DatabaseDamaged(
            f"CarerHelp's data file {name} is damaged ({problem}). It has not been changed. "
            "CarerHelp can put it to one side and bring back your newest backup."
        )
    check_stamps(path, stamps[0], stamps[1], known_version)


def _protected_stamps_and_check(
    path: Path, key: bytes, *, immutable: bool
) -> tuple[tuple[int, int] | None, str | None]:
    uri = f"{path.resolve().as_uri()}?mode=ro{'&immutable=1' if immutable else ''}"
    try:
        conn = connect_file(uri, key, uri=True)
    except errors() as error:
        return None, str(error)
    try:
        application_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        rows = conn.execute("PRAGMA quick_check").fetchall()
        result = "; ".join(str(row[0]) for row in rows)
        problem = None if result == "ok" else result
        problem = problem or cipher_check(conn)
    except errors() as error:
        return None, str(error)
    finally:
        conn.close()
    return (application_id, version), problem


def has_wal(path: Path) -> bool:
    """True if the database at `path` has a -wal file with changes in it."""
    wal = Path(f"{path}-wal")
    try:
        return wal.stat().st_size > 0
    except OSError:
        return False


def check_stamps(path: Path, application_id: int, user_version: int, known_version: int) -> None:
    """Refuse another program's file, or one a newer CarerHelp wrote (header fields 68 and 60)."""
    name = str(path)
    if application_id != APPLICATION_ID:
        raise NotCarerHelpFile(
            f"The file {name} belongs to another program, not CarerHelp. It has been left as it "
            "is. Move it somewhere else, or choose the folder where CarerHelp keeps its data."
        )
    if user_version > known_version:
        raise NewerVersion(
            f"The file {name} was saved by a newer version of CarerHelp. Install the newest "
            "CarerHelp to open it. The file has been left as it is."
        )


def sqlite_check(
    path: Path, pragma: str = "quick_check", *, immutable: bool = True, key: bytes | None = None
) -> str | None:
    """Run SQLite's quick_check or integrity_check read-only; None if it says "ok", else what it said.

    `immutable` opens the file without locks or a -shm file, so nothing is written beside it.
    With `key` the file is read through SQLCipher, and every page's HMAC is checked too.
    """
    uri = f"{path.resolve().as_uri()}?mode=ro{'&immutable=1' if immutable else ''}"
    try:
        conn = connect_file(uri, key, uri=True)
    except errors() as error:
        return str(error)
    try:
        rows = conn.execute(f"PRAGMA {pragma}").fetchall()
        result = "; ".join(str(row[0]) for row in rows)
        if result == "ok" and key is not None:
            return cipher_check(conn)
    except database_errors() as error:
        return str(error)
    finally:
        conn.close()
    return None if result == "ok" else result


def read_only_reason(path: Path) -> str | None:
    """Why an existing data file must be opened read-only (its owner made it, or its folder,
    read-only, or the disk is), else None. Such a file is read, never written or re-permissioned."""
    import stat

    try:
        if not path.stat().st_mode & stat.S_IWUSR or not os.access(path, os.W_OK):
            return "the file is read-only"
        folder = path.parent
        if not folder.stat().st_mode & stat.S_IWUSR or not os.access(folder, os.W_OK):
            return "its folder is read-only"
    except OSError:
        return None
    return None


def connect(
    path: Path, *, create: bool, read_only: bool = False, key: bytes | None = None
) -> sqlite3.Connection:
    """A connection with CarerHelp's pragmas. `create` is the only way a new file is made.

    `key` opens a protected file through SQLCipher (see `storage/engine.py`).

    `read_only` opens an existing file for reading only. Unless its -wal holds changes (which
    SQLite must read through a -shm index beside it) the file is read as it stands on disk, so not
    even an empty -wal or -shm is made beside it."""
    mode = "rwc" if create else "rw"
    if read_only:
        mode = "ro" if has_wal(path) else "ro&immutable=1"
    conn = connect_file(
        f"{path.resolve().as_uri()}?mode={mode}",
        key,
        uri=True,
        isolation_level=None,
        timeout=2,
        check_same_thread=False,  # the store's lock keeps it to one thread at a time
    )
    conn.execute("PRAGMA trusted_schema=OFF")
    conn.execute("PRAGMA cell_size_check=ON")
    if read_only:
        conn.execute("PRAGMA busy_timeout=2000")
        return conn
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA secure_delete=ON")
    if create:
        conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA busy_timeout=2000")
    return conn


def write_marker(data_dir: Path) -> None:
    marker = data_dir / MARKER_FILE_NAME
    marker.write_text(
        json.dumps({"created": now_utc(), "database": DATABASE_FILE_NAME}, indent=2),
        encoding="utf-8",
    )
    make_private_file(marker)


def resolve_data_dir(data_dir: Path | None) -> Path:
    return (data_dir or default_data_dir()).expanduser()


BeforeMigrate = Callable[..., None]
"""Called with the data file's path (and `key=` for a protected store) before an upgrade."""
