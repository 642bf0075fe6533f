"""Full-text search over cases: keeping the index in step, and safe prefix queries."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from carerhelp.storage.transaction import Transaction

_WORD = re.compile(r"\w+", re.UNICODE)


# A whole UK postcode typed without its space: outward code, then digit and two letters.
_POSTCODE = re.compile(r"([a-z]{1,2}[0-9][a-z0-9]?)([0-9][a-z]{2})", re.IGNORECASE)


def fts_query(text: str) -> str:
    """Each typed word becomes a quoted prefix term; all must match ("siân ll" finds "Siân Llŷr").

    A postcode typed without its space ("CF101AA") also finds "CF10 1AA".
    """
    terms = []
    for word in _WORD.findall(unicodedata.normalize("NFC", text or ""))[:12]:
        postcode = _POSTCODE.fullmatch(word)
        if postcode:
            terms.append(f'("{word}"* OR "{postcode[1]} {postcode[2]}"*)')
        else:
            terms.append(f'"{word}"*')
    return " ".join(terms)


_COLUMNS = "carer_name, person_name, postcode, notes"


def index_case(tx: Transaction, case_id: int) -> None:
    """Add a case's searchable fields to the full-text index."""
    tx.execute(
        f"INSERT INTO cases_fts (rowid, {_COLUMNS}) SELECT id, {_COLUMNS} FROM cases WHERE id = ?",
        (case_id,),
    )


def unindex_case(tx: Transaction, case_id: int) -> None:
    """Remove a case from the external-content index (it needs the old values to do so)."""
    tx.execute(
        f"INSERT INTO cases_fts (cases_fts, rowid, {_COLUMNS}) "
        f"SELECT 'delete', id, {_COLUMNS} FROM cases WHERE id = ?",
        (case_id,),
    )


def update_indexed(
    tx: Transaction, case_id: int, assignments: str, params: tuple[Any, ...]
) -> None:
    """UPDATE cases SET <assignments> for one case, keeping the full-text index in step."""
    unindex_case(tx, case_id)
    tx.execute(f"UPDATE cases SET {assignments} WHERE id = ?", (*params, case_id))
    index_case(tx, case_id)
