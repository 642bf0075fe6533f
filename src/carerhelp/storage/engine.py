"""Which SQLite opens a file: Python's own for a plain file, SQLCipher's for a protected one.

A plain store is opened exactly as before, by the standard `sqlite3` module. A store protected
with a password is one SQLCipher file (every page encrypted with AES-256 and checked with an
HMAC), opened with the raw 256-bit database key that `storage/keys.py` unwraps. Both drivers
speak the same DB-API, so the rest of the store takes either connection; their errors are
different classes, so code catches `errors()` (or `database_errors()`, `integrity_errors()`)
instead of `sqlite3.Error`.

SQLCipher is imported only when a protected file is opened (it brings its own OpenSSL, tens of
milliseconds to load), so a plain store starts as fast as before. Until it is imported none of
its errors can happen, so `errors()` then names sqlite3's alone.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path
from typing import Any, cast

KEY_BYTES = 32
SQLITE_HEADER = b"SQLite format 3\x00"
_SQLCIPHER = "sqlcipher3.dbapi2"


def _both(name: str) -> tuple[type[Exception], ...]:
    found: tuple[type[Exception], ...] = (getattr(sqlite3, name),)
    module = sys.modules.get(_SQLCIPHER)
    if module is not None:
        found += (getattr(module, name),)
    return found


def errors() -> tuple[type[Exception], ...]:
    """Any database error, from either driver (for `except errors():`)."""
    return _both("Error")


def database_errors() -> tuple[type[Exception], ...]:
    return _both("DatabaseError")


def integrity_errors() -> tuple[type[Exception], ...]:
    return _both("IntegrityError") + _both("ProgrammingError")


def is_db_error(error: BaseException) -> bool:
    return isinstance(error, errors())


def key_pragma(key: bytes) -> str:
    """`PRAGMA key` with a raw key (no passphrase stretching: the key is already random)."""
    if len(key) != KEY_BYTES:
        raise ValueError("A database key is 32 bytes.")
    return f"PRAGMA key = \"x'{key.hex()}'\""


def connect_file(target: str | Path, key: bytes | None, **options: Any) -> sqlite3.Connection:
    """Open `target` (a path, or a URI with `uri=True`) with the right driver.

    With `key`, SQLCipher opens it and is given the key before anything is read; its own log is
    silenced (a wrong key or a damaged page is reported as an exception, which callers handle).
    """
    if key is None:
        plain: sqlite3.Connection = sqlite3.connect(target, **options)
        return plain
    from sqlcipher3 import dbapi2 as sqlcipher

    conn = sqlcipher.connect(str(target), **options)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(key_pragma(key))
    except BaseException:
        conn.close()
        raise
    return cast(sqlite3.Connection, conn)


def is_plain_file(path: Path) -> bool:
    """True if `path` starts with SQLite's plain header (an encrypted file looks random)."""
    try:
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def cipher_check(conn: sqlite3.Connection) -> str | None:
    """SQLCipher's own check that every page's HMAC is right; None if no page fails."""
    rows = conn.execute("PRAGMA cipher_integrity_check").fetchall()
    return "; ".join(str(row[0]) for row in rows) or None
