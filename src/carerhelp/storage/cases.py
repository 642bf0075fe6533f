"""The case store: cases, their answers (the autosave), letters and the audit log."""

from __future__ import annotations

import json
import re
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from carerhelp.domain.errors import StoreError, ValidationError
from carerhelp.domain.text import clean_text
from carerhelp.storage import consent
from carerhelp.storage.database import couldnt_save, now_utc, to_json
from carerhelp.storage.engine import errors
from carerhelp.storage.search import fts_query, index_case, update_indexed
from carerhelp.storage.transaction import Transaction

if TYPE_CHECKING:
    from carerhelp.domain.questionnaire.meaning import QuestionMeaning

STATUSES = ("in_progress", "letter_sent", "waiting_reply", "closed")
_QUESTION_ID = re.compile(r"[a-z][a-z0-9_]{0,63}")
SORTABLE = {"updated_at", "created_at", "carer_name", "person_name", "nation", "status"}


class Releasable(Protocol):
    def release(self) -> None: ...


@dataclass(frozen=True)
class CaseSummary:
    id: int
    uid: str
    carer_name: str
    person_name: str
    nation: str
    council: str
    postcode: str
    status: str
    archived: bool
    current_question: str | None
    created_at: str
    updated_at: str
    notes: str


@dataclass(frozen=True)
class LetterRecord:
    id: int
    case_id: int
    kind: str
    created_at: str
    sent_at: str | None
    reply_at: str | None
    prepared_by: str | None
    pdf: bytes = b""
    answers: dict[str, Any] | None = None
    findings: list[dict[str, Any]] | None = None


class CaseStore:
    """One open CarerHelp database. Build it with `carerhelp.storage.open_store`."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        path: Path,
        data_dir: Path,
        lock: Releasable,
        *,
        read_only: str | None = None,
        meaning: QuestionMeaning | None = None,
        key: bytes | None = None,
    ) -> None:
        self._conn = conn
        # The database key of a store protected with a password (None for a plain store): its
        # backups are encrypted with it too.
        self.key = key
        self.question_meaning = meaning
        """What the questions mean, if known yet; `meaning` insists on it."""
        # Why the file was opened for reading only (it, or its folder, is read-only), else None.
        self.read_only = read_only
        # One thread at a time on the connection: slow work (erase, export, import) may run on a
        # worker thread while the window waits, and anything the window asks meanwhile waits too.
        self._guard = threading.RLock()
        self.path = path
        self.data_dir = data_dir
        self._lock = lock

    @property
    def meaning(self) -> QuestionMeaning:
        """What the questions mean (from their tags): which answers are health details, which
        a copied case keeps, which fill the case list. Refused, plainly, if the store was opened
        without it (`open_store(..., meaning=...)`), rather than guessed from question ids."""
        if self.question_meaning is None:
            raise StoreError(
                "The case store was opened without the questionnaire, so it can't tell which "
                "answers are health details or fill the case list. Open it with "
                "open_store(..., meaning=QuestionMeaning.of(questionnaire))."
            )
        return self.question_meaning

    def close(self) -> None:
        """Fold the WAL into the file, close it and let another copy of CarerHelp open it."""
        with self._guard:
            with suppress(*errors()):
                self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self._conn.close()
            self._lock.release()

    def __enter__(self) -> CaseStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ----- writing ------------------------------------------------------------------------
    @contextmanager
    def write(self) -> Iterator[Transaction]:
        """One short `BEGIN IMMEDIATE … COMMIT` transaction; errors become plain messages.

        Statements and audit entries (`Transaction.log`) made through it commit together or not
        at all."""
        with self._guard:
            yield from self._write()

    def require_writable(self) -> None:
        """A plain StoreError if the file was opened read-only (see `read_only`)."""
        if self.read_only:
            raise StoreError(
                f"CarerHelp's data file {self.path} can't be changed: {self.read_only}, so it "
                "was opened for reading only. To change anything, make it writable again, then "
                "start CarerHelp again."
            )

    def _write(self) -> Iterator[Transaction]:
        conn = self._conn
        self.require_writable()
        try:
            conn.execute("BEGIN IMMEDIATE")
        except errors() as error:
            raise couldnt_save(error) from error
        try:
            yield Transaction(conn)
            conn.execute("COMMIT")
        except errors() as error:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise couldnt_save(error) from error
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise

    @contextmanager
    def read(self) -> Iterator[Transaction]:
        """A read transaction: every query inside it sees the same snapshot of the file."""
        with self._guard:
            conn = self._conn
            if conn.in_transaction:  # already inside write(): that transaction's view is the one
                yield Transaction(conn, writable=False)
                return
            conn.execute("BEGIN DEFERRED")
            try:
                yield Transaction(conn, writable=False)
            finally:
                if conn.in_transaction:
                    conn.execute("COMMIT")

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """Rows of one read-only statement."""
        with self.read() as tx:
            return tx.execute(sql, params).fetchall()

    def log(self, action: str, case_id: int | None = None, volunteer: str | None = None) -> None:
        """Record an action and its time in the audit log (never answers or health details).
        A store opened read-only can't keep a log: reading and exporting go on without it."""
        if self.read_only:
            return
        with self.write() as tx:
            tx.log(action, case_id, volunteer)

    def compact(self) -> None:
        """Fold the WAL into the file and empty it, rebuild the file, and empty the WAL again,
        so no old page survives anywhere. A reader holding the WAL open is waited for, briefly."""
        with self._guard:
            self._compact()

    def _compact(self) -> None:
        conn = self._conn
        for attempt in range(50):
            busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
            if not busy:
                break
            time.sleep(0.02 * (attempt + 1))
        else:
            raise StoreError(
                "Couldn't finish erasing — another part of CarerHelp is still reading the data "
                "file. Wait a moment, then erase again."
            )
        conn.execute("VACUUM")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def migrate(self, apply: Callable[[Any], None], application_id: int, version: int) -> None:
        """Run `apply(sqlite_utils.Database)` and stamp the file, in ONE transaction: all of
        it, or none. sqlite-utils is imported only here, when the schema must change."""
        from sqlite_utils import Database

        with self._guard:
            self._migrate(Database, apply, application_id, version)

    def _migrate(
        self, database: Any, apply: Callable[[Any], None], application_id: int, version: int
    ) -> None:
        conn = self._conn
        try:
            conn.execute("BEGIN IMMEDIATE")
            apply(database(conn))  # each migration nests as a savepoint inside this transaction
            conn.execute(f"PRAGMA application_id={int(application_id)}")
            conn.execute(f"PRAGMA user_version={int(version)}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise

    def _one(self, sql: str, params: Sequence[Any] = ()) -> tuple[Any, ...] | None:
        rows = self.query(sql, params)
        return rows[0] if rows else None

    def pragma(self, name: str) -> Any:
        """The value of a read-only PRAGMA such as `user_version` or `page_count`."""
        if not name.isidentifier():
            raise ValueError(f"Not a pragma name: {name!r}")
        return self.query(f"PRAGMA {name}")[0][0]

    # ----- cases --------------------------------------------------------------------------
    def create_case(self, volunteer: str | None = None) -> int:
        import uuid  # it loads `platform`, which the start-up doesn't otherwise need

        now = now_utc()
        with self.write() as tx:
            cursor = tx.execute(
                "INSERT INTO cases (uid, status, archived, carer_name, person_name, nation, council,"
                " postcode, notes, created_at, updated_at, created_by)"
                " VALUES (?, 'in_progress', 0, '', '', '', '', '', '', ?, ?, ?)",
                (str(uuid.uuid4()), now, now, volunteer),
            )
            case_id = int(cursor.lastrowid or 0)
            index_case(tx, case_id)
            tx.log("case_created", case_id, volunteer)
        return case_id

    def get_case(self, case_id: int) -> CaseSummary:
        row = self._one(f"SELECT {_CASE_COLUMNS} FROM cases WHERE id = ?", (case_id,))
        if row is None:
            raise StoreError("That case is no longer in CarerHelp. It may have been erased.")
        return _summary(row)

    def list_cases(
        self,
        search: str = "",
        status: str | None = None,
        include_archived: bool = False,
        sort: str = "updated_at",
        descending: bool = True,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[CaseSummary]:
        where, params = self._where(search, status, include_archived)
        column = sort if sort in SORTABLE else "updated_at"
        order = "DESC" if descending else "ASC"
        collate = " COLLATE NOCASE" if column in {"carer_name", "person_name"} else ""
        sql = (
            f"SELECT {_CASE_COLUMNS} FROM cases {where} "
            f"ORDER BY cases.{column}{collate} {order}, cases.id {order}"
        )
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params += [limit, offset]
        return [_summary(row) for row in self.query(sql, params)]

    def count_cases(
        self, search: str = "", status: str | None = None, include_archived: bool = False
    ) -> int:
        where, params = self._where(search, status, include_archived)
        return int(self.query(f"SELECT count(*) FROM cases {where}", params)[0][0])

    @staticmethod
    def _where(search: str, status: str | None, include_archived: bool) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if not include_archived:
            clauses.append("cases.archived = 0")
        if status:
            clauses.append("cases.status = ?")
            params.append(status)
        query = fts_query(search)
        if query:
            clauses.append("cases.id IN (SELECT rowid FROM cases_fts WHERE cases_fts MATCH ?)")
            params.append(query)
        return ("WHERE " + " AND ".join(clauses)) if clauses else "", params

    def set_status(self, case_id: int, status: str, volunteer: str | None = None) -> None:
        if status not in STATUSES:
            raise ValidationError(f"'{status}' is not a case status.")
        with self.write() as tx:
            _update(tx, case_id, "status = ?, updated_at = ?", (status, now_utc()))
            tx.log(f"status_changed:{status}", case_id, volunteer)

    def set_notes(self, case_id: int, notes: str) -> None:
        notes = clean_text(notes)  # as every typed answer: NFC, no control characters
        to_json(notes)
        with self.write() as tx:
            _update(tx, case_id, "updated_at = ?", (now_utc(),))
            update_indexed(tx, case_id, "notes = ?", (notes,))

    def set_position(self, case_id: int, question_id: str | None) -> None:
        with self.write() as tx:
            _update(tx, case_id, "current_question = ?", (question_id,))

    def set_archived(self, case_id: int, archived: bool, volunteer: str | None = None) -> None:
        with self.write() as tx:
            _update(tx, case_id, "archived = ?", (int(archived),))
            tx.log("case_archived" if archived else "case_unarchived", case_id, volunteer)

    # ----- answers (the autosave) ---------------------------------------------------------
    def load_answers(self, case_id: int) -> dict[str, Any]:
        rows = self.query("SELECT question_id, value FROM answers WHERE case_id = ?", (case_id,))
        return {question_id: json.loads(value) for question_id, value in rows}

    def save_answer(self, case_id: int, question_id: str, value: Any) -> None:
        """Save one answer in one short transaction. When this returns, the answer is on disk."""
        _check_question_id(question_id)
        self._check_consent(case_id, question_id)
        encoded = to_json(value)
        now = now_utc()
        with self.write() as tx:
            self._touch(tx, case_id, question_id, value, now)
            tx.execute(
                "INSERT INTO answers (case_id, question_id, value, updated_at) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (case_id, question_id) DO UPDATE SET value = excluded.value,"
                " updated_at = excluded.updated_at",
                (case_id, question_id, encoded, now),
            )

    def delete_answer(self, case_id: int, question_id: str) -> None:
        now = now_utc()
        with self.write() as tx:
            self._touch(tx, case_id, question_id, None, now)
            tx.execute(
                "DELETE FROM answers WHERE case_id = ? AND question_id = ?", (case_id, question_id)
            )

    def _touch(self, tx: Transaction, case_id: int, question_id: str, value: Any, now: str) -> None:
        """Keep the case row (its time, key fields, full-text index) and `people` in step."""
        _update(tx, case_id, "updated_at = ?", (now,))
        meaning = self.meaning
        column = meaning.key_fields.get(question_id)
        if column:
            text = value if isinstance(value, str) else ""
            update_indexed(tx, case_id, f"{column} = ?", (text,))
        position = meaning.person_names.get(question_id)
        if position and not isinstance(value, str):
            tx.execute("DELETE FROM people WHERE case_id = ? AND position = ?", (case_id, position))
        elif position:
            tx.execute(
                "INSERT INTO people (case_id, position, name) VALUES (?, ?, ?)"
                " ON CONFLICT (case_id, position) DO UPDATE SET name = excluded.name",
                (case_id, position, value),
            )

    def _check_consent(self, case_id: int, question_id: str) -> None:
        consent.require_consent_for(self, case_id, question_id)

    def can_make_letter(self, case_id: int) -> bool:
        """False once the client has withdrawn consent (advice-centre mode or not)."""
        return consent.can_make_letter(self, case_id)

    # ----- settings kept in the database --------------------------------------------------
    def meta(self, key: str, default: str | None = None) -> str | None:
        row = self._one("SELECT value FROM _meta WHERE key = ?", (key,))
        return row[0] if row else default

    def set_meta(self, key: str, value: str, action: str | None = None) -> None:
        """Keep a setting in the database; `action` also goes in the audit log, in one commit."""
        with self.write() as tx:
            tx.execute(
                "INSERT INTO _meta (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )
            if action:
                tx.log(action, None, None)

    @property
    def advice_centre_mode(self) -> bool:
        return self.meta("advice_centre_mode", "0") == "1"

    @advice_centre_mode.setter
    def advice_centre_mode(self, on: bool) -> None:
        state = "on" if on else "off"
        self.set_meta("advice_centre_mode", "1" if on else "0", f"advice_centre_mode_{state}")

    # ----- letters ------------------------------------------------------------------------
    def save_letter(
        self,
        case_id: int,
        kind: str,
        pdf: bytes,
        answers: dict[str, Any],
        findings_json: list[dict[str, Any]],
        prepared_by: str | None = None,
    ) -> int:
        consent.require_letter_allowed(self, case_id)
        with self.write() as tx:
            cursor = tx.execute(
                "INSERT INTO letters (case_id, kind, created_at, pdf, answers, findings, prepared_by)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    case_id,
                    kind,
                    now_utc(),
                    pdf,
                    to_json(answers),
                    to_json(findings_json),
                    prepared_by,
                ),
            )
            letter_id = int(cursor.lastrowid or 0)
            tx.log(f"letter_made:{kind}", case_id, prepared_by)
        return letter_id

    def list_letters(self, case_id: int) -> list[LetterRecord]:
        rows = self.query(
            "SELECT id, case_id, kind, created_at, sent_at, reply_at, prepared_by FROM letters"
            " WHERE case_id = ? ORDER BY created_at DESC, id DESC",
            (case_id,),
        )
        return [LetterRecord(*row) for row in rows]

    def get_letter(self, letter_id: int) -> LetterRecord:
        row = self._one(
            "SELECT id, case_id, kind, created_at, sent_at, reply_at, prepared_by, pdf, answers, findings"
            " FROM letters WHERE id = ?",
            (letter_id,),
        )
        if row is None:
            raise StoreError("That letter is no longer in CarerHelp.")
        letter_id, case_id, kind, created_at, sent_at, reply_at, prepared_by = row[:7]
        return LetterRecord(
            letter_id,
            case_id,
            kind,
            created_at,
            sent_at,
            reply_at,
            prepared_by,
            pdf=bytes(row[7]),
            answers=json.loads(row[8]),
            findings=json.loads(row[9]),
        )

    def mark_letter_sent(self, letter_id: int, when: str | None = None) -> None:
        self._mark_letter(letter_id, "sent_at", when, "letter_sent")

    def mark_reply(self, letter_id: int, when: str | None = None) -> None:
        self._mark_letter(letter_id, "reply_at", when, "reply_received")

    def _mark_letter(self, letter_id: int, column: str, when: str | None, action: str) -> None:
        row = self._one("SELECT case_id FROM letters WHERE id = ?", (letter_id,))
        if row is None:
            raise StoreError("That letter is no longer in CarerHelp.")
        case_id = row[0]
        status = "waiting_reply" if column == "sent_at" else "in_progress"
        with self.write() as tx:
            tx.execute(
                f"UPDATE letters SET {column} = ? WHERE id = ?", (when or now_utc(), letter_id)
            )
            tx.execute(
                "UPDATE cases SET status = ?, updated_at = ? WHERE id = ?",
                (status, now_utc(), case_id),
            )
            tx.log(action, case_id, None)


_CASE_COLUMNS = (
    "cases.id, cases.uid, cases.carer_name, cases.person_name, cases.nation, cases.council, "
    "cases.postcode, cases.status, cases.archived, cases.current_question, cases.created_at, "
    "cases.updated_at, cases.notes"
)


def _summary(row: tuple[Any, ...]) -> CaseSummary:
    """A row of _CASE_COLUMNS as a CaseSummary (text fields never None)."""
    carer_name, person_name, nation, council, postcode = (value or "" for value in row[2:7])
    return CaseSummary(
        id=row[0],
        uid=row[1],
        carer_name=carer_name,
        person_name=person_name,
        nation=nation,
        council=council,
        postcode=postcode,
        status=row[7],
        archived=bool(row[8]),
        current_question=row[9],
        created_at=row[10],
        updated_at=row[11],
        notes=row[12] or "",
    )


def _check_question_id(question_id: str) -> None:
    if not isinstance(question_id, str) or not _QUESTION_ID.fullmatch(question_id):
        raise ValidationError(f"{question_id!r} is not a question CarerHelp knows.")


def _update(tx: Transaction, case_id: int, assignments: str, params: tuple[Any, ...]) -> None:
    """UPDATE one case row; a case that has gone (erased meanwhile) is a plain error."""
    cursor = tx.execute(f"UPDATE cases SET {assignments} WHERE id = ?", (*params, case_id))
    if cursor.rowcount == 0:
        raise StoreError("That case is no longer in CarerHelp. It may have been erased.")
