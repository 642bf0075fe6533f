"""Consent on a shared PC: health details are kept only after the client's explicit consent."""

from __future__ import annotations

from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from carerhelp.domain.errors import StoreError
from carerhelp.storage.database import now_utc, to_json
from carerhelp.storage.transaction import Transaction

if TYPE_CHECKING:
    from carerhelp.domain.questionnaire.meaning import QuestionMeaning

DEFAULT_COVERS = (
    "Keeping my answers, including health details about me and the person I care for, on this "
    "computer so that CarerHelp can tell me what I may be entitled to and write letters for me."
)


class ConsentStore(Protocol):
    """What consent needs of the case store (`CaseStore` is one), so the store can check consent
    without this module importing it back."""

    @property
    def advice_centre_mode(self) -> bool: ...

    @property
    def meaning(self) -> QuestionMeaning: ...

    def read(self) -> AbstractContextManager[Transaction]: ...

    def write(self) -> AbstractContextManager[Transaction]: ...

    def get_case(self, case_id: int) -> object: ...


class ConsentNeeded(StoreError):
    """Health details can't be kept for this client until their consent is recorded."""


class ConsentWithdrawn(StoreError):
    """The client withdrew consent, so no new letters can be made."""


@dataclass(frozen=True)
class ConsentState:
    given: bool
    withdrawn: bool
    covers: str = ""
    given_at: str | None = None
    recorded_by: str | None = None
    withdrawn_at: str | None = None


def consent_state(store: ConsentStore, case_id: int) -> ConsentState:
    with store.read() as tx:
        row = tx.execute(
            "SELECT covers, given_at, recorded_by, withdrawn_at FROM consents WHERE case_id = ?"
            " ORDER BY id DESC LIMIT 1",
            (case_id,),
        ).fetchone()
    if row is None:
        return ConsentState(given=False, withdrawn=False)
    covers, given_at, recorded_by, withdrawn_at = row
    return ConsentState(
        given=withdrawn_at is None,
        withdrawn=withdrawn_at is not None,
        covers=covers,
        given_at=given_at,
        recorded_by=recorded_by,
        withdrawn_at=withdrawn_at,
    )


def record_consent(store: ConsentStore, case_id: int, covers: str, recorded_by: str | None) -> None:
    """Record the client's explicit consent: what it covers, when, and who recorded it."""
    store.get_case(case_id)  # a plain message if the case has gone
    if not covers.strip():
        raise StoreError("Say what the client is agreeing to before recording their consent.")
    to_json(covers)  # ValidationError for text that can't be stored
    with store.write() as tx:
        tx.execute(
            "INSERT INTO consents (case_id, covers, given_at, recorded_by) VALUES (?, ?, ?, ?)",
            (case_id, covers.strip(), now_utc(), recorded_by),
        )
        tx.log("consent_recorded", case_id, recorded_by)


def withdraw_consent(store: ConsentStore, case_id: int, by: str | None) -> None:
    """Mark the client's current consent withdrawn: no new letters from now on."""
    with store.write() as tx:
        changed = tx.execute(
            "UPDATE consents SET withdrawn_at = ?, withdrawn_by = ?"
            " WHERE case_id = ? AND withdrawn_at IS NULL",
            (now_utc(), by, case_id),
        ).rowcount
        if changed == 0:
            raise StoreError("There is no consent to withdraw for this client.")
        tx.log("consent_withdrawn", case_id, by)


def require_consent_for(store: ConsentStore, case_id: int, question_id: str) -> None:
    """In advice-centre mode, refuse to keep health details without current consent."""
    if not store.meaning.is_health(question_id) or not store.advice_centre_mode:
        return
    state = consent_state(store, case_id)
    if not state.given:
        raise ConsentNeeded(
            "This answer is about health, so it can only be kept after the client agrees. "
            "Record the client's consent first (Case menu → Record consent)."
        )


def can_make_letter(store: ConsentStore, case_id: int) -> bool:
    return not consent_state(store, case_id).withdrawn


def require_letter_allowed(store: ConsentStore, case_id: int) -> None:
    if not can_make_letter(store, case_id):
        raise ConsentWithdrawn(
            "The client has withdrawn their consent, so no new letters can be made for this case. "
            "You can erase the client's data from the Case menu."
        )
