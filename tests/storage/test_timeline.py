"""A case's timeline on a real SQLite file: recorded, listed, exported, imported, copied, erased."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from carerhelp.domain.errors import StoreError, ValidationError
from carerhelp.domain.timeline import Event, EventKind
from carerhelp.storage import open_store
from carerhelp.storage.backup import take_backup
from carerhelp.storage.casework import copy_case
from carerhelp.storage.erase import erase_case
from carerhelp.storage.timeline import (
    add_event,
    delete_event,
    events_by_case,
    list_events,
    record_letter_sent,
)
from carerhelp.storage.transfer import (
    export_case,
    export_everything,
    import_case,
    import_everything,
)

D = date.fromisoformat


def a_case(store) -> int:
    case = store.create_case()
    store.save_answer(case, "carer_name", "Mair Jones")
    store.save_answer(case, "nation", "wales")
    return case


def test_events_are_listed_in_date_order_and_move_the_case_status(tmp_path: Path, meaning):
    with open_store(tmp_path, meaning=meaning) as store:
        case = a_case(store)
        add_event(store, case, Event(EventKind.ACKNOWLEDGED, D("2026-11-10")))
        assert store.get_case(case).status == "in_progress"
        add_event(
            store, case, Event(EventKind.SENT, D("2026-11-02"), how="post", reference="SS/42")
        )
        events = list_events(store, case)
        assert [e.kind for e in events] == [EventKind.SENT, EventKind.ACKNOWLEDGED]
        assert events[0].reference == "SS/42" and events[0].how == "post"
        assert store.get_case(case).status == "waiting_reply"
        actions = [a for (a,) in store.query("SELECT action FROM audit WHERE case_id = ?", (case,))]
        assert "event_added:sent" in actions and "event_added:acknowledged" in actions


def test_typed_text_is_cleaned_and_bad_events_refused(tmp_path: Path, meaning):
    with open_store(tmp_path, meaning=meaning) as store:
        case = a_case(store)
        add_event(
            store, case, Event(EventKind.NO_REPLY, D("2026-11-20"), note="rang\x00 twice\u202e")
        )
        assert list_events(store, case)[0].note == "rang twice"
        with pytest.raises(ValidationError, match="'how'"):
            add_event(store, case, Event(EventKind.SENT, D("2026-11-20"), how="fax"))
        with pytest.raises(StoreError, match="no longer in CarerHelp"):
            add_event(store, 999, Event(EventKind.SENT, D("2026-11-20")))


def test_a_kept_letter_marked_sent_adds_the_matching_event(tmp_path: Path, meaning):
    with open_store(tmp_path, meaning=meaning) as store:
        case = a_case(store)
        first = store.save_letter(case, "assessment", b"%PDF-1.4", {}, [])
        chaser = store.save_letter(case, "chaser", b"%PDF-1.4", {}, [])
        record_letter_sent(store, first, D("2026-11-02"), "email", "  CA/1 ")
        record_letter_sent(store, chaser, D("2026-11-17"), "hand")
        events = list_events(store, case)
        assert [(e.kind, e.letter, e.reference) for e in events] == [
            (EventKind.SENT, "assessment", "CA/1"),
            (EventKind.CHASED, "chaser", ""),
        ]
        assert store.get_letter(first).sent_at == "2026-11-02"
        assert store.get_letter(first).reply_at is None
        add_event(store, case, Event(EventKind.ACKNOWLEDGED, D("2026-11-20")))
        assert store.get_letter(first).reply_at == "2026-11-20"  # counted as answered
        assert store.get_letter(chaser).reply_at == "2026-11-20"


def test_an_event_recorded_by_mistake_can_be_taken_back(tmp_path: Path, meaning):
    with open_store(tmp_path, meaning=meaning) as store:
        case = a_case(store)
        event_id = add_event(store, case, Event(EventKind.REFUSED, D("2026-11-20")))
        delete_event(store, case, event_id)
        assert list_events(store, case) == []
        with pytest.raises(StoreError, match="no longer on the timeline"):
            delete_event(store, case, event_id)


def test_export_and_import_carry_the_timeline(tmp_path: Path, meaning):
    with open_store(tmp_path / "a", meaning=meaning) as source:
        case = a_case(source)
        add_event(
            source, case, Event(EventKind.SENT, D("2026-11-02"), how="online", reference="W/9")
        )
        add_event(
            source,
            case,
            Event(
                EventKind.ASSESSMENT_BOOKED,
                D("2026-11-12"),
                appointment=D("2026-12-08"),
                note="at home",
            ),
        )
        export_case(source, case, tmp_path / "case.carerhelp")
        export_everything(source, tmp_path / "all.zip")
        expected = [
            (e.kind, e.on, e.how, e.reference, e.note, e.appointment)
            for e in list_events(source, case)
        ]
    with open_store(tmp_path / "b", meaning=meaning) as target:
        one = import_case(target, tmp_path / "case.carerhelp")
        import_everything(target, tmp_path / "all.zip")
        for imported in (one, one + 1):
            got = [
                (e.kind, e.on, e.how, e.reference, e.note, e.appointment)
                for e in list_events(target, imported)
            ]
            assert got == expected
        assert set(events_by_case(target)) == {one, one + 1}


def test_a_copied_case_starts_with_an_empty_timeline(tmp_path: Path, meaning):
    with open_store(tmp_path, meaning=meaning) as store:
        case = a_case(store)
        add_event(store, case, Event(EventKind.SENT, D("2026-11-02")))
        copy = copy_case(store, case)
        assert list_events(store, copy) == [] and len(list_events(store, case)) == 1


def test_erasing_a_case_erases_its_timeline_from_the_file_and_backups(tmp_path: Path, meaning):
    with open_store(tmp_path, meaning=meaning) as store:
        case = a_case(store)
        add_event(store, case, Event(EventKind.SENT, D("2026-11-02"), note="zq" + "marker" * 3))
        take_backup(store, store.data_dir, "manual")
        erase_case(store, case)
        assert store.query("SELECT count(*) FROM events") == [(0,)]
    for path in [*tmp_path.glob("carerhelp.sqlite3*"), *(tmp_path / "backups").glob("*")]:
        assert b"zqmarkermarkermarker" not in path.read_bytes(), path
