"""Export and import: one client's case as a single file, or everything as a zip (JSON, CSV, PDFs).

Both formats carry every column of every table that belongs to a case (read from the schema, so
tables added later travel too), binary values as {"$base64": …}, a format name, a version and a
SHA-256 checksum. Importing always adds NEW cases and never overwrites: a case whose identity
(uid) is already here gets a new identity, so both copies are kept side by side.
"""

from __future__ import annotations

import base64
import binascii
import csv
import hashlib
import io
import json
import sqlite3
import uuid
import zipfile
from pathlib import Path
from typing import Any

from carerhelp import __version__
from carerhelp.domain.errors import StoreError
from carerhelp.storage.backup import ordinary_tables, take_backup
from carerhelp.storage.cases import CaseStore
from carerhelp.storage.database import now_utc
from carerhelp.storage.safety import atomic_write, atomic_writer, refuse_store_path
from carerhelp.storage.search import index_case
from carerhelp.storage.transaction import Executes, Transaction

CASE_FORMAT, ALL_FORMAT, VERSION = "carerhelp-case", "carerhelp-everything", 1
NOT_IMPORTED = {"_meta", "_sqlite_migrations"}  # this computer's settings and schema history
MAX_FILE_BYTES = 1 << 30

Row = dict[str, Any]
# What a file with the right checksum but wrong content raises while being inserted.
_BAD_CONTENT = (
    KeyError,
    TypeError,
    ValueError,
    AttributeError,
    binascii.Error,
    sqlite3.IntegrityError,
    sqlite3.ProgrammingError,
)


def _encode(value: Any) -> Any:
    return (
        {"$base64": base64.b64encode(value).decode("ascii")} if isinstance(value, bytes) else value
    )


def _decode(value: Any) -> Any:
    if isinstance(value, dict):
        return base64.b64decode(value["$base64"], validate=True)
    return value


def _rows(conn: Executes, sql: str, params: tuple[Any, ...] = ()) -> list[Row]:
    cursor = conn.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [{n: _encode(v) for n, v in zip(names, row, strict=True)} for row in cursor]


def _checksum(payload: Any) -> str:
    text = json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _columns(conn: Executes, table: str) -> list[str]:
    return [col[1] for col in conn.execute(f"PRAGMA table_info([{table}])")]


def case_tables(conn: Executes) -> list[str]:
    """Tables whose rows belong to one case (they have a case_id), except the audit log."""
    return [
        t
        for t in ordinary_tables(conn)
        if t not in ("cases", "audit") and "case_id" in _columns(conn, t)
    ]


def case_payload(store: CaseStore, case_id: int) -> dict[str, Any]:
    """Everything about one case, without local row numbers (what an export carries)."""
    with store.read() as conn:  # one snapshot: the case and its rows as they were together
        found = _rows(conn, "SELECT * FROM cases WHERE id = ?", (case_id,))
        if not found:
            raise StoreError("That case is no longer in CarerHelp. It may have been erased.")
        case = {k: v for k, v in found[0].items() if k != "id"}
        tables = {
            table: [
                {k: v for k, v in row.items() if k not in ("id", "case_id")}
                for row in _rows(
                    conn, f"SELECT * FROM [{table}] WHERE case_id = ? ORDER BY rowid", (case_id,)
                )
            ]
            for table in case_tables(conn)
        }
    return {"case": case, "tables": tables}


def export_case(store: CaseStore, case_id: int, path: Path, volunteer: str | None = None) -> None:
    """Write one client's case, with their letters (PDF bytes), to a single checked JSON file."""
    refuse_store_path(path, store.data_dir)
    payload = case_payload(store, case_id)
    document = {
        "format": CASE_FORMAT,
        "version": VERSION,
        "app_version": __version__,
        "exported_at": now_utc(),
        "payload": payload,
        "sha256": _checksum(payload),
    }
    atomic_write(path, json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8"))
    store.log("case_exported", case_id, volunteer)


def _damaged(path: Path, what: str = "a CarerHelp case file") -> StoreError:
    return StoreError(
        f"The file {path} is damaged or is not {what}, so nothing was imported. "
        "Ask for the file to be exported again."
    )


def _newer(path: Path) -> StoreError:
    return StoreError(
        f"The file {path} was made by a newer version of CarerHelp, so nothing was imported. "
        "Install the newest CarerHelp on this computer, then import it again."
    )


def _check_document(path: Path, document: Any, fmt: str, what: str, body: str) -> Any:
    if not isinstance(document, dict) or document.get("format") != fmt:
        raise StoreError(f"The file {path} is not {what}, so nothing was imported.")
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _damaged(path, what)
    if version > VERSION:
        raise _newer(path)
    content = document.get(body)
    if not isinstance(content, dict) or document.get("sha256") != _checksum(content):
        raise StoreError(
            f"The file {path} is damaged (its check does not match what it holds), so nothing "
            "was imported. Ask for the file to be exported again."
        )
    return content


def read_case_file(path: Path) -> dict[str, Any]:
    """The checked payload of a case file; a plain StoreError for anything else."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise _damaged(path)
        document = json.loads(path.read_bytes().decode("utf-8"))
    except FileNotFoundError:
        raise StoreError(f"There is no file called {path}.") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise _damaged(path) from None
    payload: dict[str, Any] = _check_document(
        path, document, CASE_FORMAT, "a CarerHelp case file", "payload"
    )
    return payload


def import_case(store: CaseStore, path: Path, volunteer: str | None = None) -> int:
    """Add the case in `path` as a new local case; returns its id.

    The file is checked first; then a backup is taken; then the case goes in, in one
    transaction (all of it or none). The audit log records the import.
    """
    payload = read_case_file(path)
    take_backup(store, store.data_dir, "before-import")
    with store.write() as conn:
        try:
            case_id = _insert_case(conn, payload)
        except _NewerSchema:
            raise _newer(path) from None
        except _BAD_CONTENT:
            raise _damaged(path) from None
        conn.log("case_imported", case_id, volunteer)
    return case_id


def _insert_row(conn: Transaction, table: str, row: Row, *, ignore: bool = False) -> int:
    """Insert one exported row. A column unknown here with a value in it means the file came
    from a newer CarerHelp, and is refused rather than silently dropped."""
    local = set(_columns(conn, table))
    if any(v not in (None, "") for k, v in row.items() if k not in local):
        raise _NewerSchema(table)
    names = [k for k in row if k in local]
    if not names:
        raise ValueError(f"an empty row for {table}")
    verb = "INSERT OR IGNORE" if ignore else "INSERT"
    cursor = conn.execute(
        f"{verb} INTO [{table}] ({', '.join(f'[{n}]' for n in names)}) "
        f"VALUES ({', '.join('?' for _ in names)})",
        [_decode(row[n]) for n in names],
    )
    return int(cursor.lastrowid or 0)


class _NewerSchema(ValueError):
    """A row has a column this CarerHelp doesn't know."""


def _insert_case(conn: Transaction, payload: dict[str, Any]) -> int:
    case = {k: v for k, v in dict(payload["case"]).items() if k != "id"}
    uid = case.get("uid")
    if (
        not isinstance(uid, str)
        or conn.execute("SELECT 1 FROM cases WHERE uid = ?", (uid,)).fetchone()
    ):
        case["uid"] = str(uuid.uuid4())
    case_id = _insert_row(conn, "cases", case)
    index_case(conn, case_id)
    known = set(case_tables(conn))
    for table, rows in dict(payload.get("tables", {})).items():
        if table not in known:
            if rows:
                raise _NewerSchema(table)
            continue
        for row in rows:
            fields = {k: v for k, v in dict(row).items() if k not in ("id", "case_id")}
            _insert_row(conn, table, {**fields, "case_id": case_id})
    return case_id


def safe_cell(value: Any) -> Any:
    """Spreadsheet-safe: a cell starting with = + - @ (or tab, return) can't run as a formula."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def _letter_name(row: Row) -> str:
    return f"letters/case-{row['case_id']}-letter-{row['id']}-{row['kind']}.pdf"


def export_everything(store: CaseStore, path: Path) -> None:
    """One zip: data.json (every table, full fidelity, checksummed), one CSV per table for
    spreadsheets, and every letter as a PDF. Written whole or not at all."""
    refuse_store_path(path, store.data_dir)
    with store.read() as conn:  # one snapshot of every table
        tables = {
            t: _rows(conn, f"SELECT * FROM [{t}] ORDER BY rowid") for t in ordinary_tables(conn)
        }
    document = {
        "format": ALL_FORMAT,
        "version": VERSION,
        "app_version": __version__,
        "exported_at": now_utc(),
        "tables": tables,
        "sha256": _checksum(tables),
    }
    with atomic_writer(path) as out, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("data.json", json.dumps(document, ensure_ascii=False, indent=1))
        for table, rows in tables.items():
            archive.writestr(f"csv/{table.strip('_')}.csv", _csv(table, rows))
        for row in tables.get("letters", []):
            archive.writestr(_letter_name(row), _decode(row["pdf"]))
        archive.writestr(
            "README.txt",
            f"Everything CarerHelp held, exported on {document['exported_at']}.\n"
            "data.json has every detail and is what CarerHelp imports. The csv folder has one "
            "table per file for spreadsheets. The letters folder has every letter made.\n"
            "This file holds personal information: keep it safe, and delete it when done.\n",
        )
    store.log("everything_exported")


def _csv(table: str, rows: list[Row]) -> str:
    text = io.StringIO()
    if rows:
        writer = csv.DictWriter(text, fieldnames=list(rows[0]))
        writer.writeheader()
        for row in rows:
            cells = {k: safe_cell(v) for k, v in row.items()}
            if table == "letters":
                cells["pdf"] = _letter_name(row)
            writer.writerow({k: ("" if v is None else v) for k, v in cells.items()})
    return text.getvalue()


def read_everything_file(path: Path) -> dict[str, list[Row]]:
    """The checked tables of an export zip; a plain StoreError for anything else."""
    what = "a CarerHelp export (zip)"
    try:
        with zipfile.ZipFile(path) as archive:
            document = json.loads(archive.read("data.json").decode("utf-8"))
    except FileNotFoundError:
        raise StoreError(f"There is no file called {path}.") from None
    except (OSError, KeyError, zipfile.BadZipFile, UnicodeDecodeError, json.JSONDecodeError):
        raise _damaged(path, what) from None
    tables: dict[str, list[Row]] = _check_document(path, document, ALL_FORMAT, what, "tables")
    return tables


def import_everything(store: CaseStore, path: Path) -> int:
    """Add every case (with letters and consents), the volunteers and the log from an export zip,
    in one transaction, after a backup. Returns how many cases. Settings are not imported."""
    tables = read_everything_file(path)
    take_backup(store, store.data_dir, "before-import")
    new_ids: dict[Any, int] = {}
    with store.write() as conn:
        try:
            children = set(case_tables(conn))
            for case in tables.get("cases", []):
                part = {
                    "case": case,
                    "tables": {
                        t: [r for r in tables.get(t, []) if r.get("case_id") == case["id"]]
                        for t in children
                    },
                }
                new_ids[case["id"]] = _insert_case(conn, part)
            for table, rows in tables.items():
                if table in children or table in NOT_IMPORTED or table == "cases":
                    continue
                for row in rows:
                    fields = {k: v for k, v in row.items() if k != "id"}
                    if table == "audit":
                        fields["case_id"] = new_ids.get(fields.get("case_id"))
                        _insert_row(conn, table, fields)
                    else:
                        _insert_row(conn, table, fields, ignore=True)
            conn.log("everything_imported")
        except _NewerSchema:
            raise _newer(path) from None
        except _BAD_CONTENT:
            raise _damaged(path, "a CarerHelp export (zip)") from None
    return len(new_ids)
