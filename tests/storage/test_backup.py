"""Backups on real files: verified and private, thinned by an injected clock, restored, recovered."""

from __future__ import annotations

import os
import re
import sqlite3
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from carerhelp.domain.errors import StoreError
from carerhelp.domain.questionnaire.meaning import QuestionMeaning
from carerhelp.paths import DATABASE_FILE_NAME
from carerhelp.storage import AlreadyOpen, DatabaseDamaged, open_store
from carerhelp.storage import backup as backups

NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)  # a Sunday


def store_with(folder: Path, name: str, meaning: QuestionMeaning):
    store = open_store(folder, meaning=meaning)
    case = store.create_case()
    store.save_answer(case, "carer_name", name)
    return store, case


def damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[4096:8192] = os.urandom(4096)
    path.write_bytes(bytes(data))


def fake_backups(folder: Path, moments: list[datetime]) -> None:
    (folder / "backups").mkdir(parents=True, exist_ok=True)
    for moment in moments:
        name = f"carerhelp-{moment:%Y%m%dT%H%M%S%fZ}-auto.sqlite3"
        (folder / "backups" / name).write_bytes(b"x")


def test_backup_is_checked_private_and_holds_the_latest_answer(tmp_path: Path, meaning):
    store, _case = store_with(tmp_path, "Siân", meaning=meaning)
    info = backups.take_backup(store, tmp_path, "Before Upgrade!")
    store.close()
    assert re.fullmatch(r"carerhelp-\d{8}T\d{12}Z-before-upgrade\.sqlite3", info.path.name)
    assert info.reason == "before-upgrade" and info.size == info.path.stat().st_size
    assert backups.check_file(info.path) is None
    conn = sqlite3.connect(info.path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert conn.execute("SELECT value FROM answers").fetchone()[0] == '"Siân"'
    conn.close()
    assert sorted(p.name for p in info.path.parent.iterdir()) == [info.path.name]
    if os.name == "posix":
        assert info.path.stat().st_mode & 0o777 == 0o600
        assert info.path.parent.stat().st_mode & 0o777 == 0o700


def test_backup_can_run_on_a_worker_thread(tmp_path: Path, meaning):
    store, _case = store_with(tmp_path, "Threaded", meaning=meaning)
    made: list[object] = []
    worker = threading.Thread(target=lambda: made.append(backups.take_backup(store, tmp_path)))
    worker.start()
    worker.join()
    store.close()
    assert isinstance(made[0], backups.BackupInfo)


def test_list_is_newest_first_and_labels_are_plain(tmp_path: Path):
    fake_backups(tmp_path, [NOW - timedelta(days=2), NOW, NOW - timedelta(hours=1)])
    (tmp_path / "backups" / "notes.txt").write_text("not a backup")
    listed = backups.list_backups(tmp_path)
    assert [b.taken_at for b in listed] == [NOW, NOW - timedelta(hours=1), NOW - timedelta(days=2)]
    assert re.fullmatch(r"[A-Z][a-z]+day \d{1,2} [A-Z][a-z]+ \d{4} at \d\d:\d\d", listed[0].label)


def test_backup_due_every_30_minutes(tmp_path: Path):
    assert backups.backup_due(tmp_path, NOW)
    fake_backups(tmp_path, [NOW - timedelta(minutes=29)])
    assert not backups.backup_due(tmp_path, NOW)
    assert backups.backup_due(tmp_path, NOW + timedelta(minutes=1))


def test_thinning_rule_on_a_hand_made_set(tmp_path: Path):
    at = {
        "newest": NOW - timedelta(minutes=10),
        "second": NOW - timedelta(minutes=20),
        "third today": NOW - timedelta(minutes=30),
        "yesterday late": NOW - timedelta(hours=16),
        "yesterday early": NOW - timedelta(hours=27),
        "10 days ago": NOW - timedelta(days=10),
        "40 days ago": NOW - timedelta(days=40),
        "100 days ago": NOW - timedelta(days=100),
        "100 days ago, earlier": NOW - timedelta(days=100, hours=1),
        "300 days ago": NOW - timedelta(days=300),
    }
    fake_backups(tmp_path, list(at.values()))
    backups.thin_backups(tmp_path, NOW)
    kept = {b.taken_at for b in backups.list_backups(tmp_path)}
    expected = {"newest", "second", "yesterday late", "10 days ago", "40 days ago", "100 days ago"}
    assert kept == {at[name] for name in expected}


def test_thinning_a_dense_history_keeps_daily_weekly_monthly(tmp_path: Path):
    fake_backups(tmp_path, [NOW - timedelta(hours=h) for h in range(0, 24 * 400, 6)])
    removed = backups.thin_backups(tmp_path, NOW)
    kept = backups.list_backups(tmp_path)
    assert len(removed) + len(kept) == 1600
    assert len(kept) <= 2 + 7 + 4 + 6
    days = {b.taken_at.date() for b in kept if NOW - b.taken_at < timedelta(days=7)}
    assert len(days) >= 7, "one backup for each of the last 7 days"
    weeks = {b.taken_at.isocalendar()[:2] for b in kept if NOW - b.taken_at < timedelta(weeks=4)}
    assert len(weeks) >= 4
    months = {(b.taken_at.year, b.taken_at.month) for b in kept}
    assert len(months) == 6 or len(months) == 7
    assert min(b.taken_at for b in kept) > NOW - timedelta(days=31 * 6)


def test_a_year_of_daily_use_stays_bounded(tmp_path: Path):
    for day in range(365):
        moment = NOW + timedelta(days=day)
        fake_backups(tmp_path, [moment])
        backups.thin_backups(tmp_path, moment)
    kept = backups.list_backups(tmp_path)
    assert 12 <= len(kept) <= 19
    assert kept[0].taken_at == NOW + timedelta(days=364)


def test_temp_files_from_a_crash_are_swept_and_nothing_else(tmp_path: Path, meaning):
    store, _case = store_with(tmp_path, "Kept", meaning=meaning)
    real = backups.take_backup(store, tmp_path)
    store.close()
    folder = tmp_path / "backups"
    leftovers = [
        folder / f".{real.path.name}.tmp",
        folder / f".{real.path.name}.tmp-journal",
        folder / f".{real.path.name}.erase.tmp",
        tmp_path / f".{DATABASE_FILE_NAME}.restore.tmp",
        tmp_path / ".export.zip.abc123.part",
    ]
    for path in leftovers:
        path.write_bytes(b"personal data")
    (tmp_path / ".hidden-user-file").write_text("keep me")
    removed = backups.sweep_temp_files(tmp_path)
    assert sorted(removed) == sorted(leftovers)
    assert not any(path.exists() for path in leftovers)
    assert (tmp_path / ".hidden-user-file").exists() and real.path.exists()
    assert (tmp_path / DATABASE_FILE_NAME).exists()


def test_restore_puts_back_the_chosen_backup_and_keeps_the_current_file(tmp_path: Path, meaning):
    store, case = store_with(tmp_path, "Before", meaning=meaning)
    chosen = backups.take_backup(store, tmp_path, "manual", now=NOW - timedelta(hours=1))
    store.save_answer(case, "carer_name", "After")
    with pytest.raises(AlreadyOpen):
        backups.restore_backup(tmp_path, chosen.path)
    store.close()
    relative = Path(os.path.relpath(chosen.path))
    assert backups.restore_backup(tmp_path, relative).path == chosen.path
    store = open_store(tmp_path, meaning=meaning)
    assert store.load_answers(case)["carer_name"] == "Before"
    store.close()
    (aside,) = backups.aside_copies(tmp_path)
    assert ".replaced-" in aside.name
    conn = sqlite3.connect(aside)
    assert conn.execute("SELECT value FROM answers").fetchone()[0] == '"After"'
    conn.close()
    reasons = [b.reason for b in backups.list_backups(tmp_path)]
    assert "before-restore" in reasons, "the state being replaced is backed up first"


def test_restore_refuses_a_damaged_backup_and_changes_nothing(tmp_path: Path, meaning):
    store, _case = store_with(tmp_path, "Current", meaning=meaning)
    bad = backups.take_backup(store, tmp_path)
    store.close()
    damage(bad.path)
    before = (tmp_path / DATABASE_FILE_NAME).read_bytes()
    with pytest.raises(StoreError, match="missing or damaged"):
        backups.restore_backup(tmp_path, bad.path)
    assert (tmp_path / DATABASE_FILE_NAME).read_bytes() == before
    with pytest.raises(StoreError, match="missing or damaged"):
        backups.restore_backup(tmp_path, tmp_path / "not-a-backup.sqlite3")


def test_damaged_database_is_moved_aside_and_newest_good_backup_restored(tmp_path: Path, meaning):
    store, case = store_with(tmp_path, "Older but good", meaning=meaning)
    good = backups.take_backup(store, tmp_path, now=NOW - timedelta(days=1))
    store.save_answer(case, "carer_name", "In a damaged backup")
    newest = backups.take_backup(store, tmp_path, now=NOW)
    store.close()
    damage(newest.path)
    db = tmp_path / DATABASE_FILE_NAME
    damage(db)
    damaged_bytes = db.read_bytes()
    with pytest.raises(DatabaseDamaged):
        open_store(tmp_path, meaning=meaning)
    report = backups.recover_damaged(tmp_path)
    assert report.restored and report.backup == good
    assert report.message.startswith(
        f"We restored your answers from the backup made on {good.label}."
    )
    assert "Anything changed after that could not be recovered." in report.message
    assert report.damaged_copy and str(report.damaged_copy) in report.message
    assert report.damaged_copy.read_bytes() == damaged_bytes, "the damaged file is kept, unchanged"
    store = open_store(tmp_path, meaning=meaning)
    assert store.load_answers(case)["carer_name"] == "Older but good"
    store.close()


def test_damaged_database_without_a_good_backup_is_kept_and_said_so(tmp_path: Path, meaning):
    store, _case = store_with(tmp_path, "Only copy", meaning=meaning)
    store.close()
    db = tmp_path / DATABASE_FILE_NAME
    damage(db)
    damaged_bytes = db.read_bytes()
    report = backups.recover_damaged(tmp_path)
    assert not report.restored
    assert report.message.startswith("There is no good backup to restore.")
    assert report.damaged_copy and report.damaged_copy.read_bytes() == damaged_bytes
    store = open_store(tmp_path, meaning=meaning)  # agreed: a new, empty file
    assert store.count_cases() == 0
    store.close()


def test_backup_file_copies_a_closed_database(tmp_path: Path, meaning):
    store, _case = store_with(tmp_path, "Closed", meaning=meaning)
    store.close()
    info = backups.backup_file(tmp_path / DATABASE_FILE_NAME, tmp_path, "before-upgrade")
    conn = sqlite3.connect(info.path)
    assert conn.execute("SELECT count(*) FROM cases").fetchone()[0] == 1
    conn.close()
