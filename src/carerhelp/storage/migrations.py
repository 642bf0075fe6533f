"""The database schema, created and evolved only through sqlite-utils Migrations."""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("carerhelp")

FTS_COLUMNS = ["carer_name", "person_name", "postcode", "notes"]


@migrations(name="0001_initial_schema")
def initial_schema(db: Database) -> None:
    db.table("cases").create(
        {
            "id": int,
            "uid": str,
            "status": str,
            "archived": int,
            "current_question": str,
            "carer_name": str,
            "person_name": str,
            "nation": str,
            "council": str,
            "postcode": str,
            "notes": str,
            "created_at": str,
            "updated_at": str,
            "created_by": str,
        },
        pk="id",
        not_null={"uid", "status", "archived", "created_at", "updated_at"},
        defaults={"status": "in_progress", "archived": 0, "notes": ""},
    )
    db.table("cases").create_index(["uid"], unique=True)
    db.table("cases").create_index(["archived", "updated_at"])
    db.table("cases").create_index(["status", "updated_at"])
    # Child tables cascade on delete, so erasing a case removes everything about that client.
    db.execute(
        """CREATE TABLE people (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            name TEXT,
            UNIQUE (case_id, position))"""
    )
    db.execute(
        """CREATE TABLE answers (
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            question_id TEXT NOT NULL,
            value TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (case_id, question_id))"""
    )
    db.execute(
        """CREATE TABLE letters (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            created_at TEXT NOT NULL,
            pdf BLOB NOT NULL,
            answers TEXT NOT NULL,
            findings TEXT NOT NULL,
            sent_at TEXT,
            reply_at TEXT,
            prepared_by TEXT)"""
    )
    db.execute("CREATE INDEX idx_letters_case_id ON letters (case_id)")
    db.execute(
        """CREATE TABLE consents (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            covers TEXT NOT NULL,
            given_at TEXT NOT NULL,
            recorded_by TEXT,
            withdrawn_at TEXT,
            withdrawn_by TEXT)"""
    )
    db.execute("CREATE INDEX idx_consents_case_id ON consents (case_id)")
    db.table("audit").create(
        {"id": int, "at": str, "action": str, "case_id": int, "volunteer": str},
        pk="id",
        not_null={"at", "action"},
    )
    db.table("volunteers").create(
        {"id": int, "name": str, "created_at": str, "last_seen": str}, pk="id", not_null={"name"}
    )
    db.table("volunteers").create_index(["name"], unique=True)
    db.table("_meta").create({"key": str, "value": str}, pk="key")
    # No triggers: with trusted_schema=OFF a trigger may not write to a virtual table, so the
    # store keeps the index in step itself (search.update_indexed).
    db.table("cases").enable_fts(
        FTS_COLUMNS, create_triggers=False, tokenize="unicode61 remove_diacritics 2"
    )


@migrations(name="0002_diary_and_earnings")
def diary_and_earnings(db: Database) -> None:
    """The caring diary (one row a day per person cared for) and the earnings log. Both belong
    to a case (case_id), so export, import, erasure and backups carry them with it."""
    db.execute(
        """CREATE TABLE diary_entries (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            day TEXT NOT NULL,
            person INTEGER NOT NULL,
            hours REAL NOT NULL,
            tasks TEXT NOT NULL DEFAULT '[]',
            nights INTEGER NOT NULL DEFAULT 0,
            feeling TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL,
            UNIQUE (case_id, person, day))"""
    )
    db.execute(
        """CREATE TABLE earnings (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            period_start TEXT NOT NULL,
            period_end TEXT NOT NULL,
            gross TEXT NOT NULL,
            tax TEXT NOT NULL DEFAULT '0.00',
            national_insurance TEXT NOT NULL DEFAULT '0.00',
            pension TEXT NOT NULL DEFAULT '0.00',
            care_costs TEXT NOT NULL DEFAULT '0.00',
            note TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL)"""
    )
    db.execute("CREATE INDEX idx_earnings_case_id ON earnings (case_id, period_start)")


@migrations(name="0003_case_timeline")
def case_timeline(db: Database) -> None:
    # What was sent and what came back, per case. Child of cases (erased with the case); no
    # link to a letter row, so an exported timeline stays right when letters get new ids.
    db.execute(
        """CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            on_date TEXT NOT NULL,
            how TEXT NOT NULL DEFAULT '',
            reference TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            letter TEXT NOT NULL DEFAULT '',
            appointment TEXT,
            recorded_at TEXT NOT NULL,
            recorded_by TEXT)"""
    )
    db.execute("CREATE INDEX idx_events_case_id ON events (case_id, on_date)")


@migrations(name="0004_self_employed_earnings")
def self_employed_earnings(db: Database) -> None:
    # A row of the earnings log can be a self-employed period: `gross` holds its takings and
    # `expenses` its business expenses; the profit is averaged over the whole period. Rows kept
    # before this are pay from a job (self_employed = 0, no expenses).
    db.execute("ALTER TABLE earnings ADD COLUMN self_employed INTEGER NOT NULL DEFAULT 0")
    db.execute("ALTER TABLE earnings ADD COLUMN expenses TEXT NOT NULL DEFAULT '0.00'")
