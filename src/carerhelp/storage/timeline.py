"""A case's timeline in the store: record what was sent and what came back, list it, take it back."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from carerhelp.domain.errors import StoreError
from carerhelp.domain.text import clean_text
from carerhelp.domain.timeline import REPLIES, Event, EventKind, make_event
from carerhelp.storage.cases import CaseStore
from carerhelp.storage.database import now_utc
from carerhelp.storage.transaction import Transaction

# A reply moves the case on from waiting; a letter sent puts it back to waiting.
_STATUS = {
    EventKind.SENT: "waiting_reply",
    EventKind.CHASED: "waiting_reply",
    EventKind.COMPLAINT_SENT: "waiting_reply",
    EventKind.OMBUDSMAN: "waiting_reply",
    EventKind.ACKNOWLEDGED: "in_progress",
    EventKind.ASSESSMENT_BOOKED: "in_progress",
    EventKind.ASSESSED: "in_progress",
    EventKind.PLAN_RECEIVED: "in_progress",
    EventKind.REFUSED: "in_progress",
    EventKind.COMPLAINT_REPLY: "in_progress",
}
_COLUMNS = "id, kind, on_date, how, reference, note, letter, appointment"


def add_event(
    store: CaseStore,
    case_id: int,
    event: Event,
    volunteer: str | None = None,
) -> int:
    """Record one event (checked and cleaned like any typed answer); returns its id."""
    event = make_event(  # the same checks as an answers file's history
        {
            **event.to_json(),
            "note": clean_text(event.note),
            "reference": clean_text(event.reference, single_line=True),
        },
        "the timeline",
    )
    with store.write() as tx:
        event_id = insert_event(tx, case_id, event, volunteer)
        status = _STATUS.get(event.kind)
        if status:
            tx.execute(
                "UPDATE cases SET status = ?, updated_at = ? WHERE id = ?",
                (status, now_utc(), case_id),
            )
        if event.kind in REPLIES:  # the letters it answers count as replied (the figures)
            tx.execute(
                "UPDATE letters SET reply_at = ? WHERE case_id = ? AND sent_at IS NOT NULL"
                " AND reply_at IS NULL AND sent_at <= ?",
                (event.on.isoformat(), case_id, event.on.isoformat()),
            )
        tx.log(f"event_added:{event.kind.value}", case_id, volunteer)
    return event_id


def insert_event(tx: Transaction, case_id: int, event: Event, volunteer: str | None) -> int:
    if not tx.execute("SELECT 1 FROM cases WHERE id = ?", (case_id,)).fetchone():
        raise StoreError("That case is no longer in CarerHelp. It may have been erased.")
    cursor = tx.execute(
        "INSERT INTO events (case_id, kind, on_date, how, reference, note, letter, appointment,"
        " recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            case_id,
            event.kind.value,
            event.on.isoformat(),
            event.how,
            event.reference,
            event.note,
            event.letter,
            event.appointment.isoformat() if event.appointment else None,
            now_utc(),
            volunteer,
        ),
    )
    return int(cursor.lastrowid or 0)


def list_events(store: CaseStore, case_id: int) -> list[Event]:
    """Every event of a case, in date order (then the order recorded)."""
    rows = store.query(
        f"SELECT {_COLUMNS} FROM events WHERE case_id = ? ORDER BY on_date, id", (case_id,)
    )
    return [_event(row) for row in rows]


def events_by_case(store: CaseStore) -> dict[int, list[Event]]:
    """Every case's events (for "What needs doing" across an advice centre's cases)."""
    found: dict[int, list[Event]] = {}
    for row in store.query(
        "SELECT e.case_id, e.id, e.kind, e.on_date, e.how, e.reference, e.note, e.letter,"
        " e.appointment FROM events AS e JOIN cases ON cases.id = e.case_id"
        " WHERE cases.archived = 0 ORDER BY e.case_id, e.on_date, e.id"
    ):
        found.setdefault(int(row[0]), []).append(_event(row[1:]))
    return found


def delete_event(
    store: CaseStore, case_id: int, event_id: int, volunteer: str | None = None
) -> None:
    """Take back an event recorded by mistake."""
    with store.write() as tx:
        cursor = tx.execute("DELETE FROM events WHERE id = ? AND case_id = ?", (event_id, case_id))
        if cursor.rowcount == 0:
            raise StoreError("That entry is no longer on the timeline.")
        tx.log("event_removed", case_id, volunteer)


def _event(row: tuple[object, ...]) -> Event:
    event_id, kind, on, how, reference, note, letter, appointment = row
    return Event(
        kind=EventKind(str(kind)),
        on=date.fromisoformat(str(on)),
        how=str(how or ""),
        reference=str(reference or ""),
        note=str(note or ""),
        letter=str(letter or ""),
        appointment=date.fromisoformat(str(appointment)) if appointment else None,
        id=int(str(event_id)),
    )


def record_letter_sent(
    store: CaseStore,
    letter_id: int,
    on: date,
    how: str,
    reference: str = "",
    volunteer: str | None = None,
) -> int:
    """A kept letter was sent: mark the letter and add the matching event, in one commit.

    A chaser becomes a "reminder sent" event, a complaint "complaint sent", an ombudsman pack
    "sent to the ombudsman"; any other letter is "letter sent". Returns the event's id."""
    letter = store.get_letter(letter_id)
    kind = {
        "chaser": EventKind.CHASED,
        "complaint": EventKind.COMPLAINT_SENT,
        "ombudsman": EventKind.OMBUDSMAN,
    }.get(letter.kind, EventKind.SENT)
    event = make_event(
        {
            "kind": kind.value,
            "on": on.isoformat(),
            "how": how,
            "reference": clean_text(reference, single_line=True),
            "letter": letter.kind,
        },
        "the timeline",
    )
    with store.write() as tx:
        event_id = insert_event(tx, letter.case_id, event, volunteer)
        tx.execute("UPDATE letters SET sent_at = ? WHERE id = ?", (on.isoformat(), letter_id))
        tx.execute(
            "UPDATE cases SET status = 'waiting_reply', updated_at = ? WHERE id = ?",
            (now_utc(), letter.case_id),
        )
        tx.log(f"event_added:{kind.value}", letter.case_id, volunteer)
    return event_id


@dataclass(frozen=True)
class CaseTimeline:
    """What "What needs doing" needs about one case with a timeline."""

    case_id: int
    carer_name: str
    nation: str
    volunteer: str  # who created the case (advice-centre mode), or ""
    terminal_illness: bool
    events: list[Event]


def timelines(store: CaseStore) -> list[CaseTimeline]:
    """Every unarchived case that has events, with what deciding its next step needs."""
    found = events_by_case(store)
    if not found:
        return []
    marks = ",".join("?" for _ in found)
    rows = store.query(
        f"SELECT cases.id, cases.carer_name, cases.nation, coalesce(cases.created_by, ''),"
        f" coalesce((SELECT value FROM answers WHERE answers.case_id = cases.id"
        f" AND question_id = 'terminal_illness'), 'false')"
        f" FROM cases WHERE cases.id IN ({marks})",
        tuple(found),
    )
    return [
        CaseTimeline(
            int(case_id),
            str(name or ""),
            str(nation or ""),
            str(volunteer),
            terminal == "true",
            found[int(case_id)],
        )
        for case_id, name, nation, volunteer, terminal in rows
    ]
