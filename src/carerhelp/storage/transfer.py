"""Export and import: one client's case as a single file, or everything as a zip (JSON, CSV, PDFs)."""

from __future__ import annotations

import base64
import csv
import hashlib
import io
import json
import uuid
import zipfile
from pathlib import Path
from typing import Any

from carerhelp.domain.errors import StoreError
from carerhelp.storage.backup import take_backup
from carerhelp.storage.cases import CaseStore
from carerhelp.storage.database import now_utc
from carerhelp.storage.safety import atomic_write
from carerhelp.storage.search import index_case

CASE_FORMAT, ALL_FORMAT, VERSION = "carerhelp-case", "carerhelp-everything", 1
CASE_COLUMNS = (
    "uid",
    "status",
    "archived",
    "current_question",
    "carer_name",
    "person_name",
    "nation",
    "council",
    "postcode",
    "notes",
    "created_at",
    "updated_at",
    "created_by",
)
TABLES = ("cases", "people", "answers", "letters", "consents", "volunteers", "audit", "_meta")


def _rows(store: CaseStore, sql: str, params: tuple = ()) -> list[dict[str, Any]]:
    cursor = store.conn.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [
        {
            n: (base64.b64encode(v).decode("ascii") if isinstance(v, bytes) else v)
            for n, v in zip(names, row, strict=True)
        }
        for row in cursor
    ]


def _checksum(payload: dict[str, Any]) -> str:
    return hashlib.sha256(
        json.dumps(payload, sort_keys=True, ensure_ascii=False).encode("utf-8")
    ).hexdigest()


def case_payload(store: CaseStore, case_id: int) -> dict[str, Any]:
    (case,) = _rows(
        store, f"SELECT {', '.join(CASE_COLUMNS)} FROM cases WHERE id = ?", (case_id,)
    ) or [None]
    if case is None:
        raise StoreError("That case is no longer in CarerHelp.")
    return {
        "case": case,
        "answers": _rows(
            store,
            "SELECT question_id, value, updated_at FROM answers WHERE case_id = ? ORDER BY question_id",
            (case_id,),
        ),
        "letters": _rows(
            store,
            "SELECT kind, created_at, pdf, answers, findings, sent_at, reply_at, prepared_by FROM letters WHERE case_id = ? ORDER BY id",
            (case_id,),
        ),
        "consents": _rows(
            store,
            "SELECT covers, given_at, recorded_by, withdrawn_at, withdrawn_by FROM consents WHERE case_id = ? ORDER BY id",
            (case_id,),
        ),
    }


def export_case(store: CaseStore, case_id: int, path: Path, volunteer: str | None = None) -> None:
    """Write one client's case, with their letters, to a single file (JSON with a checksum)."""
    payload = case_payload(store, case_id)
    document = {
        "format": CASE_FORMAT,
        "version": VERSION,
        "exported_at": now_utc(),
        "payload": payload,
        "sha256": _checksum(payload),
    }
    atomic_write(path, json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8"))
    store.log("case_exported", case_id, volunteer)


def read_case_file(path: Path) -> dict[str, Any]:
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise StoreError(f"There is no file called {path}.") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        raise StoreError(
            f"The file {path} is damaged or is not a CarerHelp case file, so nothing was imported."
        ) from None
    if not isinstance(document, dict) or document.get("format") != CASE_FORMAT:
        raise StoreError(f"The file {path} is not a CarerHelp case file, so nothing was imported.")
    version = document.get("version")
    if not isinstance(version, int) or version > VERSION:
        raise StoreError(
            f"The file {path} was made by a newer CarerHelp. Install the newest CarerHelp to import it."
        )
    payload = document.get("payload")
    if not isinstance(payload, dict) or document.get("sha256") != _checksum(payload):
        raise StoreError(
            f"The file {path} is damaged (its check does not match), so nothing was imported."
        )
    return payload


def import_case(store: CaseStore, path: Path, volunteer: str | None = None) -> int:
    """Add the case in `path` as a new local case (a backup is taken first). Returns its id.

    If a case with the same identity is already here, the import gets a new identity, so
    both copies are kept and nothing is overwritten.
    """
    payload = read_case_file(path)
    take_backup(store, store.data_dir, "before-import")
    return _insert_case(store, payload, volunteer, action="case_imported")


def _insert_case(
    store: CaseStore, payload: dict[str, Any], volunteer: str | None, action: str
) -> int:
    case = dict(payload["case"])
    exists = store.conn.execute("SELECT 1 FROM cases WHERE uid = ?", (case.get("uid"),)).fetchone()
    if exists or not case.get("uid"):
        case["uid"] = str(uuid.uuid4())
    try:
        with store.write() as conn:
            columns = [c for c in CASE_COLUMNS if c in case]
            cursor = conn.execute(
                f"INSERT INTO cases ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})",
                [case[c] for c in columns],
            )
            case_id = int(cursor.lastrowid or 0)
            index_case(conn, case_id)
            for row in payload.get("answers", []):
                conn.execute(
                    "INSERT INTO answers (case_id, question_id, value, updated_at) VALUES (?, ?, ?, ?)",
                    (case_id, row["question_id"], row["value"], row["updated_at"]),
                )
                if row["question_id"] in ("person1_name", "person2_name", "person3_name"):
                    conn.execute(
                        "INSERT OR REPLACE INTO people (case_id, position, name) VALUES (?, ?, ?)",
                        (case_id, int(row["question_id"][6]), json.loads(row["value"])),
                    )
            for row in payload.get("letters", []):
                conn.execute(
                    "INSERT INTO letters (case_id, kind, created_at, pdf, answers, findings, sent_at, reply_at, prepared_by)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        case_id,
                        row["kind"],
                        row["created_at"],
                        base64.b64decode(row["pdf"]),
                        row["answers"],
                        row["findings"],
                        row.get("sent_at"),
                        row.get("reply_at"),
                        row.get("prepared_by"),
                    ),
                )
            for row in payload.get("consents", []):
                conn.execute(
                    "INSERT INTO consents (case_id, covers, given_at, recorded_by, withdrawn_at, withdrawn_by)"
                    " VALUES (?, ?, ?, ?, ?, ?)",
                    (
                        case_id,
                        row["covers"],
                        row["given_at"],
                        row.get("recorded_by"),
                        row.get("withdrawn_at"),
                        row.get("withdrawn_by"),
                    ),
                )
            store._log(conn, action, case_id, volunteer)
    except (KeyError, TypeError, ValueError) as error:
        raise StoreError(f"The file is damaged ({error}), so nothing was imported.") from None
    return case_id


def safe_cell(value: Any) -> Any:
    """Spreadsheet-safe: a cell starting with = + - @ (or tab, return) can't run as a formula."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def export_everything(store: CaseStore, path: Path) -> None:
    """One zip: data.json (everything, full fidelity), one CSV per table, and every letter's PDF."""
    data = {table: _rows(store, f"SELECT * FROM [{table}] ORDER BY rowid") for table in TABLES}
    payload = {"format": ALL_FORMAT, "version": VERSION, "exported_at": now_utc(), "tables": data}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("data.json", json.dumps(payload, ensure_ascii=False, indent=1))
        for table, rows in data.items():
            text = io.StringIO()
            if rows:
                writer = csv.DictWriter(text, fieldnames=list(rows[0]))
                writer.writeheader()
                for row in rows:
                    writer.writerow(
                        {
                            k: (
                                "(see letters folder)"
                                if table == "letters" and k == "pdf"
                                else safe_cell(v)
                            )
                            for k, v in row.items()
                        }
                    )
            archive.writestr(f"csv/{table.strip('_')}.csv", text.getvalue())
        for row in store.conn.execute("SELECT id, case_id, kind, pdf FROM letters ORDER BY id"):
            archive.writestr(f"letters/case-{row[1]}-letter-{row[0]}-{row[2]}.pdf", bytes(row[3]))
        archive.writestr(
            "README.txt",
            "Everything CarerHelp held, exported on " + payload["exported_at"] + ".\n"
            "data.json has every detail and is what CarerHelp imports. The csv folder has one "
            "table per file for spreadsheets. The letters folder has every letter made.\n",
        )
    atomic_write(path, buffer.getvalue())
    store.log("everything_exported")


def import_everything(store: CaseStore, path: Path) -> int:
    """Add every case from an export zip (a backup is taken first). Returns how many cases."""
    try:
        with zipfile.ZipFile(path) as archive:
            payload = json.loads(archive.read("data.json").decode("utf-8"))
    except (OSError, KeyError, zipfile.BadZipFile, UnicodeDecodeError, json.JSONDecodeError):
        raise StoreError(
            f"The file {path} is damaged or is not a CarerHelp export, so nothing was imported."
        ) from None
    if payload.get("format") != ALL_FORMAT:
        raise StoreError(f"The file {path} is not a CarerHelp export, so nothing was imported.")
    if not isinstance(payload.get("version"), int) or payload["version"] > VERSION:
        raise StoreError(
            f"The file {path} was made by a newer CarerHelp. Install the newest CarerHelp to import it."
        )
    tables = payload["tables"]
    take_backup(store, store.data_dir, "before-import")
    count = 0
    for case in tables.get("cases", []):
        old_id = case["id"]
        part = {
            "case": case,
            "answers": [r for r in tables.get("answers", []) if r["case_id"] == old_id],
            "letters": [r for r in tables.get("letters", []) if r["case_id"] == old_id],
            "consents": [r for r in tables.get("consents", []) if r["case_id"] == old_id],
        }
        _insert_case(store, part, None, action="case_imported")
        count += 1
    for volunteer in tables.get("volunteers", []):
        with store.write() as conn:
            conn.execute(
                "INSERT OR IGNORE INTO volunteers (name, created_at, last_seen) VALUES (?, ?, ?)",
                (volunteer["name"], volunteer.get("created_at"), volunteer.get("last_seen")),
            )
    return count
