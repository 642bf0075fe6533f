"""Backups, restore, recovery, export/import and erasure, proven on real files."""

from __future__ import annotations

import errno
import json
import os
import sqlite3
import tempfile
import uuid
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from carerhelp.domain.errors import StoreError
from carerhelp.paths import DATABASE_FILE_NAME
from carerhelp.storage import DatabaseDamaged, open_store
from carerhelp.storage import backup as backups
from carerhelp.storage.consent import record_consent
from carerhelp.storage.erase import erase_case, erase_everything
from carerhelp.storage.safety import atomic_write, folder_warning
from carerhelp.storage.transfer import (
    case_payload,
    export_case,
    export_everything,
    import_case,
    import_everything,
    safe_cell,
)


def fill_case(store, marker: str) -> int:
    """A case with the marker in every kind of field: names, address, free text, notes, letters."""
    case = store.create_case(volunteer="Volunteer Vera")
    for question, value in {
        "carer_name": f"Carer {marker}",
        "carer_address": f"1 {marker} Street\nCardiff",
        "carer_postcode": f"CF1 {marker[:3]}",
        "person1_name": f"Person {marker}",
        "person1_condition": f"Condition {marker} " * 20,
        "extra_info": f"Free text {marker}",
        "caring_tasks": ["meals"],
        "person1_hours": 40,
    }.items():
        store.save_answer(case, question, value)
    store.set_notes(case, f"Notes {marker}")
    record_consent(store, case, f"Consent {marker}", "Volunteer Vera")
    store.save_letter(
        case, "assessment", f"%PDF-1.4 {marker}".encode(), {"carer_name": marker}, [{"why": marker}]
    )
    return case


def hits(folder: Path, marker: str) -> list[str]:
    needle = marker.encode()
    found = []
    for path in folder.rglob("*"):
        if path.is_file() and needle in path.read_bytes():
            found.append(str(path))
    return found


def test_erasing_a_client_leaves_no_trace_in_db_wal_or_backups(tmp_path: Path):
    marker = f"CANARY{uuid.uuid4().hex}"
    keep = f"KEEP{uuid.uuid4().hex}"
    store = open_store(tmp_path)
    doomed = fill_case(store, marker)
    kept = fill_case(store, keep)
    backups.take_backup(store, tmp_path, "test")
    assert hits(tmp_path, marker), "the canary should be on disk before erasing"
    erase_case(store, doomed)
    assert hits(tmp_path, marker) == []
    assert store.load_answers(kept)["carer_name"] == f"Carer {keep}"
    assert store.list_cases(search="Carer")[0].id == kept
    store.close()
    assert hits(tmp_path, marker) == []
    assert hits(Path(tempfile.gettempdir()), marker) == []
    assert hits(tmp_path, keep), "the other client must remain"


def test_erase_everything_leaves_nothing(tmp_path: Path):
    marker = f"CANARY{uuid.uuid4().hex}"
    store = open_store(tmp_path)
    fill_case(store, marker)
    backups.take_backup(store, tmp_path, "test")
    erase_everything(store)
    assert store.count_cases(include_archived=True) == 0
    assert backups.list_backups(tmp_path) == []
    store.close()
    assert hits(tmp_path, marker) == []
    assert hits(tmp_path, "Volunteer Vera") == []


def test_case_export_import_gives_back_identical_data(tmp_path: Path):
    source = open_store(tmp_path / "a")
    case = fill_case(source, "Siân Llŷr 🙂")
    before = case_payload(source, case)
    export_case(source, case, tmp_path / "case.carerhelp")
    source.close()
    target = open_store(tmp_path / "b")
    new_id = import_case(target, tmp_path / "case.carerhelp")
    after = case_payload(target, new_id)
    assert after == before
    again = import_case(target, tmp_path / "case.carerhelp")
    assert target.get_case(again).uid != target.get_case(new_id).uid, (
        "a second import must not overwrite"
    )
    assert backups.list_backups(tmp_path / "b"), "import takes a backup first"
    target.close()


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"\x00\x01garbage", "damaged or is not"),
        (json.dumps({"format": "something-else"}).encode(), "not a CarerHelp case file"),
        (
            json.dumps({"format": "carerhelp-case", "version": 99, "payload": {}}).encode(),
            "newer CarerHelp",
        ),
        (
            json.dumps(
                {"format": "carerhelp-case", "version": 1, "payload": {"case": {}}, "sha256": "x"}
            ).encode(),
            "damaged",
        ),
    ],
)
def test_bad_case_files_get_plain_messages(tmp_path: Path, content: bytes, words: str):
    (tmp_path / "bad.carerhelp").write_bytes(content)
    store = open_store(tmp_path / "d")
    with pytest.raises(StoreError) as caught:
        import_case(store, tmp_path / "bad.carerhelp")
    assert words in str(caught.value)
    assert store.count_cases() == 0
    store.close()


def test_export_everything_zip_round_trips_and_csv_is_safe(tmp_path: Path):
    source = open_store(tmp_path / "a")
    first = fill_case(source, '=HYPERLINK("http://x")')
    second = fill_case(source, "Gwenllian")
    export_everything(source, tmp_path / "all.zip")
    expected = [case_payload(source, c) for c in (first, second)]
    source.close()
    with zipfile.ZipFile(tmp_path / "all.zip") as archive:
        names = archive.namelist()
        cases_csv = archive.read("csv/cases.csv").decode()
    assert "data.json" in names and any(
        n.startswith("letters/") and n.endswith(".pdf") for n in names
    )
    assert "'=HYPERLINK" not in cases_csv or ",=HYPERLINK" not in cases_csv
    assert ",Carer =HYPERLINK" in cases_csv or "Carer =HYPERLINK" in cases_csv
    target = open_store(tmp_path / "b")
    assert import_everything(target, tmp_path / "all.zip") == 2
    got = [case_payload(target, c.id) for c in sorted(target.list_cases(), key=lambda c: c.id)]
    target.close()
    assert got == expected


@pytest.mark.parametrize("value", ["=1+1", "+44 7700", "-5", "@SUM(A1)", "\tx"])
def test_spreadsheet_formulas_are_neutralised(value: str):
    assert safe_cell(value) == "'" + value
    assert safe_cell("Siân") == "Siân"


def test_backup_is_verified_and_restorable(tmp_path: Path):
    store = open_store(tmp_path)
    case = store.create_case()
    store.save_answer(case, "carer_name", "Before")
    info = backups.take_backup(store, tmp_path, "test")
    store.save_answer(case, "carer_name", "After")
    store.close()
    assert backups.check_file(info.path) is None
    backups.restore_backup(tmp_path, info.path)
    store = open_store(tmp_path)
    assert store.load_answers(case)["carer_name"] == "Before"
    store.close()
    assert list(tmp_path.glob(f"{DATABASE_FILE_NAME}.replaced-*")), (
        "the replaced file is kept aside"
    )


def test_damaged_database_is_moved_aside_and_newest_good_backup_restored(tmp_path: Path):
    store = open_store(tmp_path)
    case = store.create_case()
    store.save_answer(case, "carer_name", "Safe in the backup")
    backups.take_backup(store, tmp_path, "test")
    store.close()
    db = tmp_path / DATABASE_FILE_NAME
    data = bytearray(db.read_bytes())
    data[4096:8192] = os.urandom(4096)
    db.write_bytes(bytes(data))
    with pytest.raises(DatabaseDamaged):
        open_store(tmp_path)
    report = backups.recover_damaged(tmp_path)
    assert report.restored
    assert (
        "backup made on" in report.message and report.damaged_copy and report.damaged_copy.exists()
    )
    store = open_store(tmp_path)
    assert store.load_answers(case)["carer_name"] == "Safe in the backup"
    store.close()


def test_thinning_keeps_daily_weekly_monthly(tmp_path: Path):
    now = datetime(2026, 11, 22, 12, tzinfo=UTC)
    folder = tmp_path / "backups"
    folder.mkdir()
    for hours in range(0, 24 * 400, 6):
        stamp = (now - timedelta(hours=hours)).strftime("%Y%m%dT%H%M%S%fZ")
        (folder / f"carerhelp-{stamp}-auto.sqlite3").write_bytes(b"x")
    backups.thin_backups(tmp_path, now)
    kept = backups.list_backups(tmp_path)
    ages = sorted((now - b.taken_at).days for b in kept)
    assert 10 <= len(kept) <= 2 + 7 + 4 + 6
    assert ages[0] == 0
    assert max(ages) <= 31 * 6
    assert len({b.taken_at.date() for b in kept if (now - b.taken_at).days < 7}) >= 7


def test_temp_files_from_a_crash_are_swept(tmp_path: Path):
    (tmp_path / "backups").mkdir()
    leftovers = [
        tmp_path / "backups" / ".carerhelp-x.sqlite3.tmp",
        tmp_path / ".letter.pdf.abc.part",
    ]
    for path in leftovers:
        path.write_bytes(b"personal data")
    backups.sweep_temp_files(tmp_path)
    assert not any(path.exists() for path in leftovers)


@pytest.mark.parametrize("fail_at", ["write", "fsync", "replace"])
def test_full_disk_during_export_leaves_no_partial_file(tmp_path: Path, monkeypatch, fail_at: str):
    store = open_store(tmp_path / "d")
    case = fill_case(store, "disk")
    target = tmp_path / "case.carerhelp"
    target.write_bytes(b"the last good export")

    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    if fail_at == "write":
        monkeypatch.setattr(
            os,
            "fdopen",
            lambda *a, **k: (_ for _ in ()).throw(OSError(errno.ENOSPC, "No space left on device")),
        )
    else:
        monkeypatch.setattr(os, fail_at, full)
    with pytest.raises(StoreError) as caught:
        export_case(store, case, target)
    monkeypatch.undo()
    assert str(caught.value).startswith("Couldn't save — the disk is full")
    assert target.read_bytes() == b"the last good export"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []
    store.close()


def test_full_disk_during_backup_keeps_last_good_state(tmp_path: Path, monkeypatch):
    store = open_store(tmp_path)
    case = store.create_case()
    store.save_answer(case, "carer_name", "Kept")
    monkeypatch.setattr(
        os,
        "replace",
        lambda *a: (_ for _ in ()).throw(OSError(errno.ENOSPC, "No space left on device")),
    )
    with pytest.raises(StoreError) as caught:
        backups.take_backup(store, tmp_path, "test")
    monkeypatch.undo()
    assert str(caught.value).startswith("Couldn't save —")
    assert backups.list_backups(tmp_path) == []
    assert list((tmp_path / "backups").iterdir()) == []
    assert store.load_answers(case) == {"carer_name": "Kept"}
    store.close()


def test_sqlite_full_gives_plain_message_and_keeps_earlier_answers(tmp_path: Path):
    store = open_store(tmp_path)
    case = store.create_case()
    store.save_answer(case, "carer_name", "Saved before the disk filled")
    pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
    store.conn.execute(f"PRAGMA max_page_count={pages}")
    with pytest.raises(StoreError) as caught:
        for i in range(200):
            store.save_answer(case, f"q{i}", "x" * 3000)
    assert str(caught.value).startswith("Couldn't save — the disk is full")
    store.close()
    store = open_store(tmp_path)
    assert store.load_answers(case)["carer_name"] == "Saved before the disk filled"
    assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    store.close()


def test_atomic_write_and_permissions(tmp_path: Path):
    target = tmp_path / "out.pdf"
    atomic_write(target, b"%PDF")
    assert target.read_bytes() == b"%PDF"
    if os.name == "posix":
        assert target.stat().st_mode & 0o077 == 0


@pytest.mark.parametrize(
    ("path", "warned"),
    [
        ("\\\\server\\share\\carerhelp", True),
        ("/home/sian/OneDrive/CarerHelp", True),
        ("/home/sian/Dropbox/carerhelp", True),
        ("/home/sian/.local/share/CarerHelp", False),
    ],
)
def test_network_and_cloud_folders_get_a_warning(path: str, warned: bool):
    message = folder_warning(Path(path))
    assert (message is not None) == warned
    if message:
        assert "this computer's own disk" in message


def test_backup_file_from_path_is_a_real_database(tmp_path: Path):
    store = open_store(tmp_path)
    store.create_case()
    store.close()
    info = backups.backup_file(tmp_path / DATABASE_FILE_NAME, tmp_path, "before-upgrade")
    conn = sqlite3.connect(info.path)
    assert conn.execute("SELECT count(*) FROM cases").fetchone()[0] == 1
    conn.close()
