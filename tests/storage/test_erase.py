"""Erasure, proven by a planted string: after erasing, no byte of any file holds it."""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path

import pytest

from carerhelp.domain.errors import StoreError
from carerhelp.paths import DATABASE_FILE_NAME
from carerhelp.storage import backup as backups
from carerhelp.storage import open_store
from carerhelp.storage.erase import erase_case, erase_everything
from tests.storage.canary import fill_case, hits, new_canary


@pytest.fixture
def temp_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Send Python's and SQLite's temporary files to a folder the test can search."""
    folder = tmp_path / "temp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    for name in ("TMPDIR", "SQLITE_TMPDIR", "TEMP", "TMP"):
        monkeypatch.setenv(name, str(folder))
    return folder


def test_erasing_a_client_leaves_no_trace_anywhere(tmp_path: Path, temp_folder: Path, meaning):
    data = tmp_path / "data"
    marker, keep = new_canary(), new_canary("keep")
    store = open_store(data, meaning=meaning)
    doomed = fill_case(store, marker)
    kept = fill_case(store, keep)
    backups.take_backup(store, data, "before-upgrade")
    store.close()
    # An old copy set aside by a restore holds the client too.
    backups.restore_backup(data, backups.list_backups(data)[0].path)
    store = open_store(data, meaning=meaning)
    backups.take_backup(store, data, "on-close")
    before = hits([data], marker)
    assert any("backups" in p for p in before) and any(".replaced-" in p for p in before)
    conn = sqlite3.connect(data / DATABASE_FILE_NAME)
    shadow = b"".join(bytes(row[0]) for row in conn.execute("SELECT block FROM cases_fts_data"))
    conn.close()
    assert marker[-16:].encode() in shadow, "the search index holds a copy: the test must see it"

    report = erase_case(store, doomed, volunteer="Volunteer Vera")

    assert hits([data, temp_folder], marker) == []
    assert report.message.startswith("Erased from CarerHelp and from all 4 backups.")
    assert report.backups_cleaned == 4 and report.files_removed == []
    assert store.load_answers(kept)["carer_name"] == f"Carer {keep}"
    assert [c.id for c in store.list_cases(search=keep[:10])] == [kept]
    assert store.list_cases(search=marker[:10]) == []
    assert store.query("PRAGMA integrity_check")[0][0] == "ok"
    audit = store.query("SELECT action, case_id FROM audit ORDER BY id")
    assert ("case_erased", None) in audit
    assert all(case_id != doomed for _action, case_id in audit), "the log loses the link"
    store.close()
    assert hits([data, temp_folder], marker) == []
    for info in backups.list_backups(data):
        assert backups.check_file(info.path) is None
        assert info.path.read_bytes().count(keep.encode()) > 0, "other clients stay in backups"
    with (
        pytest.raises(StoreError, match="no longer in CarerHelp"),
        open_store(data, meaning=meaning) as again,
    ):
        again.get_case(doomed)


def test_a_damaged_old_copy_that_cannot_be_cleaned_is_deleted(tmp_path: Path, meaning):
    marker = new_canary()
    store = open_store(tmp_path, meaning=meaning)
    case = fill_case(store, marker)
    store.close()
    damaged = tmp_path / f"{DATABASE_FILE_NAME}.damaged-20261101T000000000000Z"
    content = bytearray((tmp_path / DATABASE_FILE_NAME).read_bytes())
    content[4096:4200] = b"\xff" * 104
    damaged.write_bytes(bytes(content))
    store = open_store(tmp_path, meaning=meaning)
    report = erase_case(store, case)
    store.close()
    assert report.files_removed == [damaged] and not damaged.exists()
    assert "could not be cleaned" in report.message
    assert hits([tmp_path], marker) == []


def test_erasing_a_case_that_has_gone_is_a_plain_message(tmp_path: Path, meaning):
    with (
        open_store(tmp_path, meaning=meaning) as store,
        pytest.raises(StoreError, match="no longer in CarerHelp"),
    ):
        erase_case(store, 999)


def test_erase_everything_leaves_nothing(tmp_path: Path, temp_folder: Path, meaning):
    data = tmp_path / "data"
    markers = [new_canary(), new_canary()]
    store = open_store(data, meaning=meaning)
    for marker in markers:
        fill_case(store, marker)
    store.advice_centre_mode = True
    backups.take_backup(store, data, "manual")
    store.close()
    backups.restore_backup(data, backups.list_backups(data)[0].path)
    (data / "backups" / ".half-made.sqlite3.tmp").write_bytes(markers[0].encode())
    store = open_store(data, meaning=meaning)

    erase_everything(store)

    assert store.count_cases(include_archived=True) == 0
    assert backups.list_backups(data) == [] and not (data / "backups").exists()
    assert backups.aside_copies(data) == []
    tables = ("letters", "answers", "people", "consents", "volunteers")
    counts = [store.query(f"SELECT count(*) FROM {t}")[0][0] for t in tables]
    assert counts == [0, 0, 0, 0, 0]
    actions = [row[0] for row in store.query("SELECT action FROM audit")]
    assert actions == ["everything_erased"]
    assert store.advice_centre_mode, "settings stay"
    store.create_case()  # still usable
    store.close()
    for marker in markers:
        assert hits([data, temp_folder], marker) == []
    assert hits([data], "Volunteer Vera") == []


def test_a_routine_backup_running_on_another_thread_cannot_bring_an_erased_client_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, meaning
):
    """The app takes routine backups on a worker thread. If one has copied the client when the
    erase starts, the erase must wait for it and clean it too, not be followed by it."""
    import threading

    data = tmp_path / "data"
    marker = new_canary()
    store = open_store(data, meaning=meaning)
    doomed = fill_case(store, marker)
    copied, carry_on = threading.Event(), threading.Event()
    real_copy = backups._copy_and_verify

    def slow_copy(conn, temp, key):
        real_copy(conn, temp, key)  # the copy holds the client now
        if threading.current_thread() is not threading.main_thread():
            copied.set()
            carry_on.wait(10)

    monkeypatch.setattr(backups, "_copy_and_verify", slow_copy)
    worker = threading.Thread(target=backups.take_backup, args=(store, data, "automatic"))
    worker.start()
    assert copied.wait(10)
    eraser = threading.Timer(0.3, carry_on.set)  # let the backup finish while the erase waits
    eraser.start()
    erase_case(store, doomed)
    worker.join(10)
    eraser.join()
    assert [b.reason for b in backups.list_backups(data)] == ["before-erase", "automatic"]
    assert hits([data], marker) == []
    store.close()
