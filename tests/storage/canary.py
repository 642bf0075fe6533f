"""Test helpers for data safety: a case with a planted string in every kind of field, and a
byte-for-byte search of every file for it."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

from carerhelp.domain.diary import make_entry
from carerhelp.domain.earnings import make_pay
from carerhelp.domain.questionnaire import load_questionnaire
from carerhelp.domain.timeline import Event, EventKind
from carerhelp.storage.consent import record_consent
from carerhelp.storage.diary import add_pay, save_day
from carerhelp.storage.timeline import add_event
from carerhelp.storage.volunteers import sign_in

_QUESTIONNAIRE: list = []


def _typed(question: str, value: object) -> object:
    """The value as the window would save it: parsed and cleaned by the questionnaire."""
    if not _QUESTIONNAIRE:
        _QUESTIONNAIRE.append(load_questionnaire())
    return _QUESTIONNAIRE[0].parse(question, value)


def new_canary(prefix: str = "canary") -> str:
    """Lower case, so the full-text index's lower-cased copy of it is found too."""
    return f"{prefix}{uuid.uuid4().hex}"


def fill_case(store, marker: str) -> int:
    """A case with `marker` in names, address, postcode, free text, notes, consent, a diary day,
    a payment in the earnings log, a letter's PDF bytes and the letter's answers and findings
    snapshots."""
    volunteer = sign_in(store, "Volunteer Vera")
    case = store.create_case(volunteer=volunteer)
    for question, value in {
        "carer_name": f"Carer {marker}",
        "carer_address": f"1 {marker} Street\nCardiff",
        "carer_postcode": f"CF1 {marker[-8:]}",  # a postcode holds 12 characters at most
        "person1_name": f"Person {marker}",
        "person1_condition": f"Condition {marker} " * 20,
        "extra_info": f"Free text {marker}",
        "caring_tasks": ["meals"],
        "person1_hours": 40,
    }.items():
        store.save_answer(case, question, _typed(question, value))
    store.set_notes(case, f"Notes {marker}")
    record_consent(store, case, f"Consent {marker}", volunteer)
    save_day(
        store, case, make_entry("2026-11-29", 1, 7.5, ["meals"], 2, "tired", f"Diary {marker}")
    )
    add_pay(
        store, case, make_pay("2026-11-29", "2026-12-05", "180", "0", "3.20", note=f"Pay {marker}")
    )
    store.save_letter(
        case,
        "assessment",
        f"%PDF-1.4 {marker}\n%%EOF\n".encode(),
        {"carer_name": _typed("carer_name", f"Carer {marker}")},
        [{"why": marker}],
    )
    add_event(
        store,
        case,
        Event(
            EventKind.SENT,
            date(2026, 11, 2),
            how="post",
            reference=f"Ref {marker}",
            note=f"Note {marker}",
        ),
        volunteer,
    )
    return case


def needles(marker: str) -> list[bytes]:
    """The whole marker in either case, and its last 16 characters on their own: a full-text
    index stores words prefix-compressed, so only the tail of a word may be on disk. Each also
    in UTF-16 (little- and big-endian), as another program's copy might hold it."""
    forms = [marker, marker.upper(), marker[-16:]]
    return [
        form.encode(encoding) for form in forms for encoding in ("utf-8", "utf-16-le", "utf-16-be")
    ]


def hits(folders: list[Path], marker: str) -> list[str]:
    """Every file under `folders` holding the marker (any form in `needles`)."""
    found = []
    for folder in folders:
        for path in folder.rglob("*"):
            if path.is_file() and not path.is_symlink():
                data = path.read_bytes().lower()
                if any(needle.lower() in data for needle in needles(marker)):
                    found.append(str(path))
    return found
