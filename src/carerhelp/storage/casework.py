"""Advice-centre casework on the store: copy a case for another person cared for."""

from __future__ import annotations

import json
import uuid

from carerhelp.storage.cases import CaseStore
from carerhelp.storage.database import now_utc
from carerhelp.storage.search import index_case


def copy_case(store: CaseStore, case_id: int, volunteer: str | None = None) -> int:
    """A new case for the same carer, for another person they care for. Returns the new id.

    Done in one transaction: a crash leaves either no copy or a whole one.
    """
    store.get_case(case_id)  # a plain message if the case has gone
    # Answers about the carer and their preferences (tagged carried_over) carry over; anything
    # about the person cared for, the caring, its impact and what was asked for starts afresh.
    meaning = store.meaning
    now = now_utc()
    with store.write() as tx:
        rows = tx.execute(
            "SELECT question_id, value FROM answers WHERE case_id = ?", (case_id,)
        ).fetchall()
        kept = [(question, value) for question, value in rows if meaning.is_carried_over(question)]
        fields = {meaning.key_fields[q]: v for q, v in kept if q in meaning.key_fields}
        new_id = int(
            tx.execute(
                "INSERT INTO cases (uid, status, archived, carer_name, person_name, nation,"
                " council, postcode, notes, created_at, updated_at, created_by)"
                " VALUES (?, 'in_progress', 0, ?, '', ?, ?, ?, '', ?, ?, ?)",
                (
                    str(uuid.uuid4()),
                    _text(fields.get("carer_name")),
                    _text(fields.get("nation")),
                    _text(fields.get("council")),
                    _text(fields.get("postcode")),
                    now,
                    now,
                    volunteer,
                ),
            ).lastrowid
            or 0
        )
        tx.executemany(
            "INSERT INTO answers (case_id, question_id, value, updated_at) VALUES (?, ?, ?, ?)",
            [(new_id, question, value, now) for question, value in kept],
        )
        index_case(tx, new_id)
        tx.log("case_created", new_id, volunteer)
        tx.log("case_copied", new_id, volunteer)
    return new_id


def _text(encoded: str | None) -> str:
    """A key field from its stored JSON: the string, or "" for anything else."""
    value = json.loads(encoded) if encoded else ""
    return value if isinstance(value, str) else ""
