"""The crash harness in the test suite: SIGKILLs during autosave and during backups lose nothing."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from carerhelp.storage import open_store
from tests.storage.crash_harness import run_backup_kills, run_kills

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def test_100_kills_during_autosave_lose_nothing(tmp_path: Path, meaning):
    store = open_store(tmp_path, meaning=meaning)
    store.create_case()
    store.close()
    result = run_kills(tmp_path, kills=100, seed=2026)
    assert result.kills == 100
    assert result.acknowledged > 100, "the child should have saved answers before being killed"
    assert result.integrity_failures == 0
    assert result.lost == 0
    with open_store(tmp_path, meaning=meaning) as store:  # the next start opens it as the app would
        assert len(store.load_answers(store.list_cases()[0].id)) == 50


def test_kills_during_backups_leave_only_whole_backups(tmp_path: Path, meaning):
    with open_store(tmp_path, meaning=meaning) as store:
        case = store.create_case()
        for i in range(50):
            store.save_answer(case, f"q{i}", "Siân " * 2000)  # about 0.5 MB, so copies take time
    result = run_backup_kills(tmp_path, kills=30, seed=7)
    # Some backups must finish between kills, or there is nothing whole to check; how many depends
    # on how busy the machine is, so the count is not pinned.
    assert result.kills == 30 and result.backups_made > 0
    assert result.temp_files_swept > 0, "some kills should land in the middle of a backup"
    assert result.bad_backups == 0
    assert result.stray_files == 0, "the start-up sweep removes every half-made backup"


def test_kills_during_autosave_on_a_protected_store_lose_nothing(
    tmp_path: Path, meaning, monkeypatch: pytest.MonkeyPatch
):
    from carerhelp.storage import keys, protection

    monkeypatch.setattr(keys, "SCRYPT_N", 2**12)
    data = tmp_path / "data"
    with open_store(data, meaning=meaning) as store:
        store.create_case()
    key = protection.protect(data, "correct horse battery").key
    result = run_kills(data, kills=30, seed=19, key=key)
    assert result.kills == 30 and result.acknowledged > 30
    assert result.integrity_failures == 0
    assert result.lost == 0
    with open_store(data, meaning=meaning, key=key) as store:
        assert len(store.load_answers(store.list_cases()[0].id)) == 50
    assert b"value" not in (data / "carerhelp.sqlite3").read_bytes()
