"""The caring diary and earnings log of a case: kept, changed and read through the store's public face.

Both are health and financial details: in advice-centre mode they are kept only once the client's
consent is recorded, as health answers are. Their rows carry the case's id, so export, import,
erasure and backups treat them like any other case data.
"""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

from carerhelp.domain.diary import DiaryEntry
from carerhelp.domain.earnings import PayEntry
from carerhelp.domain.errors import StoreError
from carerhelp.storage.cases import CaseStore
from carerhelp.storage.consent import ConsentNeeded, consent_state
from carerhelp.storage.database import now_utc, to_json
from carerhelp.storage.transaction import Transaction

_GONE = "That case is no longer in CarerHelp. It may have been erased."


def require_consent(store: CaseStore, case_id: int) -> None:
    """In advice-centre mode, refuse diary and earnings details until consent is recorded."""
    if store.advice_centre_mode and not consent_state(store, case_id).given:
        raise ConsentNeeded(
            "The diary and earnings are health and money details, so they can only be kept "
            "after the client agrees. Record the client's consent first (Case menu → Record "
            "consent)."
        )


def _touch(tx: Transaction, case_id: int, now: str) -> None:
    if tx.execute("UPDATE cases SET updated_at = ? WHERE id = ?", (now, case_id)).rowcount == 0:
        raise StoreError(_GONE)


def save_day(store: CaseStore, case_id: int, entry: DiaryEntry) -> None:
    """Keep one day for one person (replacing what that day said), in one short transaction."""
    require_consent(store, case_id)
    tasks, note = to_json(list(entry.tasks)), entry.note
    to_json(note)  # ValidationError for text that can't be stored faithfully
    now = now_utc()
    with store.write() as tx:
        _touch(tx, case_id, now)
        tx.execute(
            "INSERT INTO diary_entries (case_id, day, person, hours, tasks, nights, feeling, note,"
            " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (case_id, person, day) DO UPDATE SET hours = excluded.hours,"
            " tasks = excluded.tasks, nights = excluded.nights, feeling = excluded.feeling,"
            " note = excluded.note, updated_at = excluded.updated_at",
            (
                case_id,
                entry.day.isoformat(),
                entry.person,
                entry.hours,
                tasks,
                entry.nights,
                entry.feeling,
                note,
                now,
            ),
        )


def delete_day(store: CaseStore, case_id: int, person: int, day: date) -> None:
    with store.write() as tx:
        _touch(tx, case_id, now_utc())
        tx.execute(
            "DELETE FROM diary_entries WHERE case_id = ? AND person = ? AND day = ?",
            (case_id, person, day.isoformat()),
        )


DIARY_COLUMNS = "day, person, hours, tasks, nights, feeling, note"


def entry_from_row(row: tuple[object, ...]) -> DiaryEntry:
    day, person, hours, tasks, nights, feeling, note = row
    return DiaryEntry(
        date.fromisoformat(str(day)),
        int(str(person)),
        float(str(hours)),
        tuple(json.loads(str(tasks))),
        int(str(nights)),
        str(feeling or ""),
        str(note or ""),
    )


def load_diary(store: CaseStore, case_id: int, person: int | None = None) -> list[DiaryEntry]:
    """The case's diary in date order (one person's, or everyone's)."""
    sql = f"SELECT {DIARY_COLUMNS} FROM diary_entries WHERE case_id = ?"
    params: tuple[object, ...] = (case_id,)
    if person is not None:
        sql += " AND person = ?"
        params += (person,)
    return [entry_from_row(row) for row in store.query(sql + " ORDER BY day, person", params)]


def add_pay(store: CaseStore, case_id: int, pay: PayEntry) -> int:
    """Keep one payment; returns its id."""
    require_consent(store, case_id)
    to_json(pay.note)
    now = now_utc()
    with store.write() as tx:
        _touch(tx, case_id, now)
        cursor = tx.execute(
            "INSERT INTO earnings (case_id, period_start, period_end, gross, tax,"
            " national_insurance, pension, care_costs, note, self_employed, expenses,"
            " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (case_id, *_pay_values(pay), now),
        )
        return int(cursor.lastrowid or 0)


def update_pay(store: CaseStore, case_id: int, pay_id: int, pay: PayEntry) -> None:
    require_consent(store, case_id)
    to_json(pay.note)
    now = now_utc()
    with store.write() as tx:
        _touch(tx, case_id, now)
        changed = tx.execute(
            "UPDATE earnings SET period_start = ?, period_end = ?, gross = ?, tax = ?,"
            " national_insurance = ?, pension = ?, care_costs = ?, note = ?,"
            " self_employed = ?, expenses = ?, updated_at = ?"
            " WHERE id = ? AND case_id = ?",
            (*_pay_values(pay), now, pay_id, case_id),
        ).rowcount
        if changed == 0:
            raise StoreError("That payment is no longer in CarerHelp.")


def delete_pay(store: CaseStore, case_id: int, pay_id: int) -> None:
    with store.write() as tx:
        _touch(tx, case_id, now_utc())
        tx.execute("DELETE FROM earnings WHERE id = ? AND case_id = ?", (pay_id, case_id))


def _pay_values(pay: PayEntry) -> tuple[str | int, ...]:
    return (
        pay.start.isoformat(),
        pay.end.isoformat(),
        str(pay.gross),
        str(pay.tax),
        str(pay.national_insurance),
        str(pay.pension),
        str(pay.care_costs),
        pay.note,
        int(pay.self_employed),
        str(pay.expenses),
    )


def load_pay(store: CaseStore, case_id: int) -> list[tuple[int, PayEntry]]:
    """The case's payments, oldest first, each with its id."""
    rows = store.query(
        "SELECT id, period_start, period_end, gross, tax, national_insurance, pension,"
        " care_costs, note, self_employed, expenses FROM earnings WHERE case_id = ?"
        " ORDER BY period_start, id",
        (case_id,),
    )
    return [
        (
            int(row[0]),
            PayEntry(
                date.fromisoformat(row[1]),
                date.fromisoformat(row[2]),
                gross=Decimal(row[3]),
                tax=Decimal(row[4]),
                national_insurance=Decimal(row[5]),
                pension=Decimal(row[6]),
                care_costs=Decimal(row[7]),
                note=row[8] or "",
                self_employed=bool(row[9]),
                expenses=Decimal(row[10]),
            ),
        )
        for row in rows
    ]
