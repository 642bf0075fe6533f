"""Export and import: one client's case as a single file, or everything as a zip (JSON, CSV, PDFs).

Both formats carry every column of every table that belongs to a case (read from the schema, so
tables added later travel too), binary values as {"$base64": …}, a format name, a version and a
SHA-256 checksum. Importing always adds NEW cases and never overwrites: a case whose identity
(uid) is already here gets a new identity, so both copies are kept side by side.

Either kind of export can be protected with a passphrase (`storage/sealed.py`): the same bytes,
encrypted and authenticated, behind a plain first line saying what the file is. Importing such a
file needs the passphrase; everything else about it is the same.
"""

from __future__ import annotations

import base64
import binascii
import csv
import hashlib
import io
import json
import uuid
import zipfile
from pathlib import Path
from typing import Any

from carerhelp import __version__
from carerhelp.domain.errors import StoreError
from carerhelp.domain.jsonfile import FileProblem, parse_json, read_limited
from carerhelp.storage.backup import ordinary_tables, take_backup
from carerhelp.storage.cases import CaseStore
from carerhelp.storage.database import now_utc
from carerhelp.storage.engine import integrity_errors
from carerhelp.storage.imported import (
    CHECKED_TABLES,
    CheckedCase,
    ImportProblem,
    NewerFile,
    check_audit,
    check_case,
    check_volunteer,
    letter_kinds,
)
from carerhelp.storage.safety import atomic_write, refuse_store_path
from carerhelp.storage.sealed import check_passphrase, is_sealed, seal, unseal
from carerhelp.storage.search import index_case
from carerhelp.storage.transaction import Executes, Transaction

CASE_FORMAT, ALL_FORMAT, VERSION = "carerhelp-case", "carerhelp-everything", 1
NOT_IMPORTED = {"_meta", "_sqlite_migrations"}  # this computer's settings and schema history
MAX_FILE_BYTES = 512 << 20  # a case file, an export zip, or the data.json inside one
NOTHING = "Nothing was imported."

Row = dict[str, Any]


# What a file with the right checksum but wrong content raises while being inserted.
def _bad_content() -> tuple[type[Exception], ...]:
    return (KeyError, TypeError, ValueError, AttributeError, binascii.Error, *integrity_errors())


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
            raise StoreError(
                f"There is no case number {case_id} in CarerHelp. The list of cases in the "
                "window, or 'carerhelp cases list', shows the cases there are."
            )
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


def export_case(
    store: CaseStore,
    case_id: int,
    path: Path,
    volunteer: str | None = None,
    *,
    passphrase: str | None = None,
) -> None:
    """Write one client's case, with their letters (PDF bytes), to a single checked JSON file;
    with `passphrase`, encrypted (see `storage/sealed.py`)."""
    refuse_store_path(path, store.data_dir)
    if passphrase is not None:
        check_passphrase(passphrase)
    payload = case_payload(store, case_id)
    document = {
        "format": CASE_FORMAT,
        "version": VERSION,
        "app_version": __version__,
        "exported_at": now_utc(),
        "payload": payload,
        "sha256": _checksum(payload),
    }
    data = json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")
    if passphrase is not None:
        data = seal(data, passphrase, CASE_FORMAT)
    atomic_write(path, data)
    store.log("case_exported_protected" if passphrase else "case_exported", case_id, volunteer)


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


def _unsealed(path: Path, what: str, passphrase: str | None) -> bytes:
    """The bytes of an export file, opened with `passphrase` if it is protected with one."""
    try:
        data = read_limited(path, what, MAX_FILE_BYTES, NOTHING)
    except FileProblem as problem:
        raise StoreError(str(problem)) from None
    return unseal(data, passphrase, str(path)) if is_sealed(data) else data


def is_protected_export(path: Path) -> bool:
    """True if the file at `path` is an export protected with a passphrase. Only an ordinary
    file is looked into (reading a named pipe could wait for ever)."""
    try:
        if not path.is_file():
            return False
        with path.open("rb") as handle:
            return is_sealed(handle.read(64))
    except OSError:
        return False


def read_case_file(path: Path, passphrase: str | None = None) -> dict[str, Any]:
    """The checked payload of a case file; a plain message for anything else."""
    what = "a CarerHelp case file"
    try:
        document = parse_json(_unsealed(path, what, passphrase), path, what, NOTHING)
    except FileProblem as problem:
        if problem.not_json:
            raise _damaged(path, what) from None
        raise StoreError(str(problem)) from None
    payload: dict[str, Any] = _check_document(path, document, CASE_FORMAT, what, "payload")
    return payload


class ImportNeedsConsent(StoreError):
    """Advice-centre mode, and the case has health details but no consent record with it."""


def _needs_consent(path: Path, whose: str) -> ImportNeedsConsent:
    return ImportNeedsConsent(
        f"The file {path} holds health details ({whose}), and CarerHelp is in advice-centre "
        "mode, so they can only be kept with the client's consent, and the file has no consent "
        "record (who recorded it, when, and what it covers). Nothing was imported. Record the "
        "client's consent on the computer the file came from and export it again, or import it "
        "in the CarerHelp window, which asks for the client's consent first."
    )


def _checked(path: Path, payload: Any, questionnaire: Any) -> CheckedCase:
    try:
        return check_case(payload, questionnaire)
    except NewerFile:
        raise _newer(path) from None
    except ImportProblem as problem:
        raise StoreError(
            f"The file {path} can't be imported: {str(problem).rstrip('.')}. {NOTHING} Ask for the file to be "
            "exported again, or correct it."
        ) from None


def _questionnaire(questionnaire: Any) -> Any:
    if questionnaire is not None:
        return questionnaire
    from carerhelp.domain.questionnaire import load_questionnaire

    return load_questionnaire()


def case_needs_consent(
    store: CaseStore, path: Path, questionnaire: Any = None, passphrase: str | None = None
) -> bool:
    """True if importing `path` here would need the client's consent that the file doesn't
    carry (the window asks for it). A file that can't be imported raises its plain message."""
    checked = _checked(path, read_case_file(path, passphrase), _questionnaire(questionnaire))
    return store.advice_centre_mode and checked.needs_consent and not checked.has_consent


def import_case(
    store: CaseStore,
    path: Path,
    volunteer: str | None = None,
    *,
    questionnaire: Any = None,
    consent: str | None = None,
    passphrase: str | None = None,
) -> int:
    """Add the case in `path` as a new local case; returns its id.

    Every value is checked first, with the rules typed answers meet (`storage.imported`); in
    advice-centre mode health details need a consent record in the file, or `consent` (the
    words the client agreed to, recorded now by `volunteer`). Only then is a backup taken and
    the case added, in one transaction (all of it or none). Anything refused leaves the store
    exactly as it was. The audit log records the import.
    """
    checked = _checked(path, read_case_file(path, passphrase), _questionnaire(questionnaire))
    if store.advice_centre_mode and checked.needs_consent and not checked.has_consent:
        if not (consent and consent.strip()):
            raise _needs_consent(path, _health_words(checked))
    else:
        consent = None
    store.require_writable()
    take_backup(store, store.data_dir, "before-import")
    with store.write() as tx:
        try:
            case_id = _insert_case(tx, checked)
        except _bad_content():
            raise _damaged(path) from None
        tx.log("case_imported", case_id, volunteer)
        if consent:
            tx.execute(
                "INSERT INTO consents (case_id, covers, given_at, recorded_by) VALUES (?, ?, ?, ?)",
                (case_id, consent.strip(), now_utc(), volunteer),
            )
            tx.log("consent_recorded", case_id, volunteer)
    return case_id


def _health_words(checked: CheckedCase) -> str:
    parts = []
    if checked.health_answers:
        parts.append("answers about health")
    if checked.tables.get("diary_entries"):
        parts.append("a caring diary")
    if checked.tables.get("earnings"):
        parts.append("an earnings log")
    return ", ".join(parts) or "answers about health"


def _insert_row(conn: Transaction, table: str, row: Row, *, ignore: bool = False) -> int:
    """Insert one checked row (its columns are ones this CarerHelp knows)."""
    names = list(row)
    verb = "INSERT OR IGNORE" if ignore else "INSERT"
    cursor = conn.execute(
        f"{verb} INTO [{table}] ({', '.join(f'[{n}]' for n in names)}) "
        f"VALUES ({', '.join('?' for _ in names)})",
        [row[n] for n in names],
    )
    return int(cursor.lastrowid or 0)


def _insert_case(conn: Transaction, checked: CheckedCase) -> int:
    case = dict(checked.case)
    uid = case.get("uid")
    if uid is None or conn.execute("SELECT 1 FROM cases WHERE uid = ?", (uid,)).fetchone():
        case["uid"] = str(uuid.uuid4())
    case_id = _insert_row(conn, "cases", case)
    index_case(conn, case_id)
    for table, rows in checked.tables.items():
        for row in rows:
            _insert_row(conn, table, {**row, "case_id": case_id})
    return case_id


# A spreadsheet treats a cell as a formula when it starts with one of these, also after spaces
# or line breaks, and in their full-width forms.
_FORMULA_START = frozenset("=+-@|\uff1d\uff0b\uff0d\uff20\uff5c")
_BLANK_START = " \t\r\n\u00a0\u3000\x0b\x0c"


def safe_cell(value: Any) -> Any:
    """Spreadsheet-safe: a cell that a spreadsheet could read as a formula (starting with = + - @ |,
    their full-width forms, a tab or a line break, or any of those after spaces) gets a leading
    apostrophe, so it shows as the text it is."""
    if not isinstance(value, str) or not value:
        return value
    first = value.lstrip(_BLANK_START)[:1]
    if value[0] in "\t\r\n" or first in _FORMULA_START:
        return "'" + value
    return value


def _safe_part(name: str) -> str:
    """Letters, digits and _ only (a table name, as a file name in the zip)."""
    return (
        "".join(c for c in name if c.isascii() and (c.isalnum() or c == "_")).strip("_") or "table"
    )


def _letter_name(row: Row) -> str:
    """The zip entry for a letter, from safe parts only: two numbers and a known kind."""
    case_id, letter_id, kind = row.get("case_id"), row.get("id"), row.get("kind")
    parts = [
        f"case-{case_id}" if isinstance(case_id, int) else "case",
        f"letter-{letter_id}" if isinstance(letter_id, int) else "letter",
        kind if isinstance(kind, str) and kind in letter_kinds() else "letter",
    ]
    return f"letters/{'-'.join(parts)}.pdf"


def export_everything(store: CaseStore, path: Path, *, passphrase: str | None = None) -> None:
    """One zip: data.json (every table, full fidelity, checksummed), one CSV per table for
    spreadsheets, and every letter as a PDF. Written whole or not at all; with `passphrase`,
    the whole zip is encrypted (see `storage/sealed.py`)."""
    refuse_store_path(path, store.data_dir)
    if passphrase is not None:
        check_passphrase(passphrase)
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
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("data.json", json.dumps(document, ensure_ascii=False, indent=1))
        for table, rows in tables.items():
            archive.writestr(f"csv/{_safe_part(table)}.csv", _csv(table, rows))
        for row in tables.get("letters", []):
            archive.writestr(_letter_name(row), _decode(row["pdf"]))
        archive.writestr(
            "README.txt",
            f"Everything CarerHelp held, exported on {document['exported_at']}.\n"
            "data.json has every detail and is what CarerHelp imports. The csv folder has one "
            "table per file for spreadsheets. The letters folder has every letter made.\n"
            "This file holds personal information: keep it safe, and delete it when done.\n",
        )
    data = buffer.getvalue()
    if passphrase is not None:
        data = seal(data, passphrase, ALL_FORMAT)
    atomic_write(path, data)
    store.log("everything_exported_protected" if passphrase else "everything_exported")


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


def read_everything_file(path: Path, passphrase: str | None = None) -> dict[str, list[Row]]:
    """The checked tables of an export zip; a plain StoreError for anything else."""
    what = "a CarerHelp export (zip)"
    data = _unsealed(path, what, passphrase)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            info = archive.getinfo("data.json")
            if info.file_size > MAX_FILE_BYTES:
                raise _damaged(path, what)
            with archive.open(info) as member:
                inner = member.read(MAX_FILE_BYTES + 1)
    except (KeyError, zipfile.BadZipFile, NotImplementedError, OSError, EOFError):
        raise _damaged(path, what) from None
    if len(inner) > MAX_FILE_BYTES:
        raise _damaged(path, what)
    try:
        document = parse_json(inner, path, what, NOTHING)
    except FileProblem as problem:
        if problem.not_json:
            raise _damaged(path, what) from None
        raise StoreError(str(problem)) from None
    tables: dict[str, list[Row]] = _check_document(path, document, ALL_FORMAT, what, "tables")
    return tables


def import_everything(
    store: CaseStore,
    path: Path,
    *,
    questionnaire: Any = None,
    volunteer: str | None = None,
    passphrase: str | None = None,
) -> int:
    """Add every case (with letters and consents), the volunteers and the log from an export zip,
    in one transaction, after a backup. Returns how many cases. Settings are not imported.
    Everything is checked first, as `import_case` checks one case."""
    tables = read_everything_file(path, passphrase)
    questionnaire = _questionnaire(questionnaire)
    what = "a CarerHelp export (zip)"
    try:
        cases, audit, volunteers = _check_everything(tables, questionnaire)
    except NewerFile:
        raise _newer(path) from None
    except ImportProblem as problem:
        raise StoreError(
            f"The file {path} can't be imported: {str(problem).rstrip('.')}. {NOTHING} Ask for the file to be "
            "exported again."
        ) from None
    if store.advice_centre_mode:
        for checked in cases.values():
            if checked.needs_consent and not checked.has_consent:
                raise _needs_consent(path, _health_words(checked))
    store.require_writable()
    take_backup(store, store.data_dir, "before-import")
    new_ids: dict[Any, int] = {}
    with store.write() as tx:
        try:
            for old_id, checked in cases.items():
                new_ids[old_id] = _insert_case(tx, checked)
            for row in audit:
                _insert_row(tx, "audit", {**row, "case_id": new_ids.get(row["case_id"])})
            for row in volunteers:
                _insert_row(tx, "volunteers", row, ignore=True)
            tx.log("everything_imported", None, volunteer)
        except _bad_content():
            raise _damaged(path, what) from None
    return len(new_ids)


def _check_everything(
    tables: dict[str, Any], questionnaire: Any
) -> tuple[dict[Any, CheckedCase], list[Row], list[Row]]:
    children = CHECKED_TABLES
    for name, rows in tables.items():
        if not isinstance(rows, list):
            raise ImportProblem(f"its '{name}' should be a list")
        known = name in (*children, "cases", "audit", "volunteers") or name in NOT_IMPORTED
        if rows and not known:
            raise NewerFile(name)
    by_case: dict[Any, dict[str, list[Any]]] = {}
    for table in children:
        for row in tables.get(table, []):
            if not isinstance(row, dict):
                raise ImportProblem(f"a row of '{table}' should be a set of named values")
            by_case.setdefault(row.get("case_id"), {}).setdefault(table, []).append(row)
    cases: dict[Any, CheckedCase] = {}
    for number, case in enumerate(tables.get("cases", []), 1):
        if not isinstance(case, dict):
            raise ImportProblem(f"case {number} should be a set of named values")
        old_id = case.get("id")
        if isinstance(old_id, bool) or not isinstance(old_id, int) or old_id in cases:
            raise ImportProblem(f"case {number} has no case number of its own")
        try:
            cases[old_id] = check_case(
                {"case": case, "tables": by_case.get(old_id, {})}, questionnaire
            )
        except NewerFile:
            raise
        except ImportProblem as problem:
            raise ImportProblem(f"case {number}: {problem}") from None
    orphans = [k for k in by_case if k not in cases]
    if orphans:
        raise ImportProblem("it has rows that belong to no case in it")
    audit = [check_audit(row, n) for n, row in enumerate(tables.get("audit", []), 1)]
    volunteers = [check_volunteer(row, n) for n, row in enumerate(tables.get("volunteers", []), 1)]
    return cases, audit, volunteers
