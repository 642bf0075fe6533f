"""Who is helping on a shared PC: volunteers' names (no passwords), written to the audit log."""

from __future__ import annotations

from typing import TYPE_CHECKING

from carerhelp.domain.errors import ValidationError
from carerhelp.domain.text import clean_text
from carerhelp.storage.database import now_utc

if TYPE_CHECKING:
    from carerhelp.storage.cases import CaseStore


def list_volunteers(store: CaseStore) -> list[str]:
    rows = store.query("SELECT name FROM volunteers ORDER BY last_seen DESC, name COLLATE NOCASE")
    return [name for (name,) in rows]


def sign_in(store: CaseStore, name: str) -> str:
    """Add the volunteer if new, note when they were last here, and log that they signed in."""
    cleaned = clean_text(name, single_line=True)
    if not cleaned:
        raise ValidationError("Type your name to carry on.")
    if len(cleaned) > 100:
        raise ValidationError("Keep the name to 100 characters.")
    now = now_utc()
    with store.write() as tx:
        tx.execute(
            "INSERT INTO volunteers (name, created_at, last_seen) VALUES (?, ?, ?)"
            " ON CONFLICT (name) DO UPDATE SET last_seen = excluded.last_seen",
            (cleaned, now, now),
        )
        tx.log("volunteer_signed_in", None, cleaned)
    return cleaned
