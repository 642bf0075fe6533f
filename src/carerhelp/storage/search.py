"""Full-text search over cases: keeping the index in step, and safe prefix queries."""

from __future__ import annotations

import re
import sqlite3
import unicodedata

_WORD = re.compile(r"\w+", re.UNICODE)


def fts_query(text: str) -> str:
    """Each typed word becomes a quoted prefix term; all must match ("siân ll" finds "Siân Llŷr")."""
    words = _WORD.findall(unicodedata.normalize("NFC", text or ""))
    return " ".join(f'"{word}"*' for word in words[:12])


_COLUMNS = "carer_name, person_name, postcode, notes"


def index_case(conn: sqlite3.Connection, case_id: int) -> None:
    """Add a case's searchable fields to the full-text index."""
    conn.execute(
        f"INSERT INTO cases_fts (rowid, {_COLUMNS}) SELECT id, {_COLUMNS} FROM cases WHERE id = ?",
        (case_id,),
    )


def unindex_case(conn: sqlite3.Connection, case_id: int) -> None:
    """Remove a case from the external-content index (it needs the old values to do so)."""
    conn.execute(
        f"INSERT INTO cases_fts (cases_fts, rowid, {_COLUMNS}) "
        f"SELECT 'delete', id, {_COLUMNS} FROM cases WHERE id = ?",
        (case_id,),
    )


def update_indexed(conn: sqlite3.Connection, case_id: int, assignments: str, params: tuple) -> None:
    """UPDATE cases SET <assignments> for one case, keeping the full-text index in step."""
    unindex_case(conn, case_id)
    conn.execute(f"UPDATE cases SET {assignments} WHERE id = ?", (*params, case_id))
    index_case(conn, case_id)
