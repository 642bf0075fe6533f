"""Password protection: the canary never reaches a file once protection is on, the right people
(and only they) get in, tampering is caught, and a conversion killed at any step loses nothing."""

from __future__ import annotations

import json
import os
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

import pytest

from carerhelp.domain.errors import CarerHelpError, StoreError
from carerhelp.storage import DatabaseDamaged, StoreLocked, keys, open_store, protection
from carerhelp.storage.backup import check_file, list_backups, recover_damaged, take_backup
from carerhelp.storage.database import SCHEMA_VERSION
from carerhelp.storage.engine import is_plain_file
from tests.storage.canary import fill_case, hits, new_canary
from tests.storage.crash_harness import run_conversion_kill

PASSWORD = "correct horse battery"


@pytest.fixture(autouse=True)
def quick_kdf(monkeypatch: pytest.MonkeyPatch):
    """A cheap scrypt for these tests; each wrapped key keeps its own cost, so it still unlocks
    (test_the_real_cost_is_stored_and_slow checks the real one)."""
    monkeypatch.setattr(keys, "SCRYPT_N", 2**12)


@pytest.fixture
def private_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A temporary folder of this test's own, used by Python and SQLite for temporary files."""
    folder = tmp_path / "temp"
    folder.mkdir()
    for name in ("TMPDIR", "TEMP", "TMP", "SQLITE_TMPDIR"):
        monkeypatch.setenv(name, str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def make_store(data: Path, meaning, marker: str, backups: int = 2) -> int:
    with open_store(data, meaning=meaning) as store:
        case = fill_case(store, marker)
        for _ in range(backups):
            take_backup(store, data, "manual")
    return case


def row_counts(store) -> dict[str, int]:
    from carerhelp.storage.backup import ordinary_tables

    with store.read() as tx:
        return {
            name: tx.execute(f"SELECT count(*) FROM [{name}]").fetchone()[0]
            for name in ordinary_tables(tx)
        }


def test_the_canary_is_in_no_file_once_protection_is_on(
    tmp_path: Path, meaning, private_temp: Path
):
    data = tmp_path / "data"
    marker = new_canary()
    case = make_store(data, meaning, marker)
    assert hits([data], marker), "the plain store holds the canary (the search can find it)"
    report = protection.protect(data, PASSWORD)
    assert report.copies_converted == 2
    assert hits([data, private_temp], marker) == []
    key = keys.unlock(data, PASSWORD)
    with open_store(data, meaning=meaning, key=key) as store:
        later = new_canary("later")
        store.save_answer(case, "extra_info", f"Typed {later}")  # autosave: into the -wal
        assert Path(f"{store.path}-wal").stat().st_size > 0
        assert hits([data, private_temp], later) == [], "the -wal is encrypted too"
        take_backup(store, data, "manual")
        assert store.list_cases(search=marker)[0].id == case
        assert marker in store.get_case(case).notes
    assert hits([data, private_temp], marker) == []
    assert hits([data, private_temp], later) == []
    assert all(not is_plain_file(b.path) for b in list_backups(data))
    assert all(check_file(b.path, key) is None for b in list_backups(data))
    names = {p.name for p in data.iterdir()}
    assert not any(".tmp" in name or name.endswith(("-journal", "-shm")) for name in names)


def test_protecting_and_unprotecting_keep_every_row_and_letter(tmp_path: Path, meaning):
    marker = new_canary()
    case = make_store(tmp_path, meaning, marker)
    with open_store(tmp_path, meaning=meaning) as store:
        before = row_counts(store)
        answers = store.load_answers(case)
        pdf = store.get_letter(store.list_letters(case)[0].id).pdf
    protection.protect(tmp_path, PASSWORD)
    assert not is_plain_file(tmp_path / "carerhelp.sqlite3")
    key = keys.unlock(tmp_path, PASSWORD)
    with open_store(tmp_path, meaning=meaning, key=key) as store:
        assert row_counts(store) == before
        assert store.load_answers(case) == answers
        assert store.get_letter(store.list_letters(case)[0].id).pdf == pdf
        assert store.pragma("journal_mode") == "wal"
        assert store.pragma("user_version") == SCHEMA_VERSION
    protection.unprotect(tmp_path, key)
    assert not keys.is_protected(tmp_path)
    assert is_plain_file(tmp_path / "carerhelp.sqlite3")
    assert all(is_plain_file(b.path) for b in list_backups(tmp_path))
    with open_store(tmp_path, meaning=meaning) as store:  # as plain as before: no key needed
        assert row_counts(store) == before
        assert store.get_letter(store.list_letters(case)[0].id).pdf == pdf


def test_a_protected_store_opened_without_a_key_says_so_plainly(tmp_path: Path, meaning):
    make_store(tmp_path, meaning, new_canary(), backups=0)
    protection.protect(tmp_path, PASSWORD)
    with pytest.raises(StoreLocked, match="This file is protected with a password"):
        open_store(tmp_path, meaning=meaning)
    with pytest.raises(sqlite3.DatabaseError):  # nor can any other program read it without it
        sqlite3.connect(tmp_path / "carerhelp.sqlite3").execute("SELECT * FROM cases").fetchall()
    open_store(tmp_path, meaning=meaning, key=keys.unlock(tmp_path, PASSWORD)).close()


def test_a_wrong_password_changes_nothing_and_five_make_you_wait(tmp_path: Path, meaning):
    make_store(tmp_path, meaning, new_canary(), backups=0)
    protection.protect(tmp_path, PASSWORD)
    data_before = (tmp_path / "carerhelp.sqlite3").read_bytes()
    people_before = keys.read_key_file(tmp_path).people
    for _ in range(keys.FREE_TRIES - 1):
        with pytest.raises(keys.WrongPassword, match="That password is not right"):
            keys.unlock(tmp_path, "not the password")
    assert keys.unlock(tmp_path, PASSWORD)  # a right one still works, and clears the count
    for _ in range(keys.FREE_TRIES):
        with pytest.raises(keys.WrongPassword):
            keys.unlock(tmp_path, "not the password")
    with pytest.raises(keys.MustWait, match="Wait 30 seconds") as waiting:
        keys.unlock(tmp_path, PASSWORD)  # even the right password waits
    assert 0 < waiting.value.seconds <= keys.FIRST_WAIT
    # The count is in the file, so starting again does not reset it...
    assert keys.read_key_file(tmp_path).failures == keys.FREE_TRIES
    # ...and each further wrong try waits longer.
    stored = json.loads((tmp_path / "carerhelp.keys").read_text())
    stored["wait_until"] = time.time() - 1
    (tmp_path / "carerhelp.keys").write_text(json.dumps(stored))
    with pytest.raises(keys.WrongPassword):
        keys.unlock(tmp_path, "still wrong")
    with pytest.raises(keys.MustWait, match="Wait 60 seconds"):
        keys.unlock(tmp_path, PASSWORD)
    assert keys.read_key_file(tmp_path).people == people_before
    assert (tmp_path / "carerhelp.sqlite3").read_bytes() == data_before


def test_volunteers_each_have_a_password_and_a_removed_one_is_useless(tmp_path: Path, meaning):
    make_store(tmp_path, meaning, new_canary(), backups=0)
    protection.protect(tmp_path, PASSWORD)
    data_before = (tmp_path / "carerhelp.sqlite3").read_bytes()
    key = keys.unlock(tmp_path, PASSWORD)
    for name in ("Ann", "Bob", "Carys"):
        keys.set_person(tmp_path, key, name, f"{name} password 1")
    assert keys.read_key_file(tmp_path).volunteers() == ["Ann", "Bob", "Carys"]
    for name in ("Ann", "bob", "CARYS"):  # names are matched without regard to capitals
        assert keys.unlock(tmp_path, f"{name.title()} password 1", name) == key
    with pytest.raises(keys.WrongPassword, match="name or password is not right"):
        keys.unlock(tmp_path, "Ann password 1", "Bob")  # someone else's password
    keys.remove_person(tmp_path, "Bob")
    with pytest.raises(keys.WrongPassword):
        keys.unlock(tmp_path, "Bob password 1", "Bob")
    assert "volunteer:Bob" not in (tmp_path / "carerhelp.keys").read_text()
    keys.set_person(tmp_path, key, "Ann", "Ann password 2")  # a reset
    with pytest.raises(keys.WrongPassword):
        keys.unlock(tmp_path, "Ann password 1", "Ann")
    assert keys.unlock(tmp_path, "Ann password 2", "Ann") == key
    # None of this touched the data: only the key file changed.
    assert (tmp_path / "carerhelp.sqlite3").read_bytes() == data_before


def test_the_recovery_code_opens_the_store_however_it_is_typed(tmp_path: Path, meaning):
    make_store(tmp_path, meaning, new_canary(), backups=0)
    report = protection.protect(tmp_path, PASSWORD)
    code = report.recovery_code
    groups = code.split("-")
    assert len(groups) == 6 and all(len(g) == 4 for g in groups)
    assert not set(code.replace("-", "")) & set("0O1IL")
    key = keys.unlock(tmp_path, PASSWORD)
    assert keys.unlock(tmp_path, code.lower().replace("-", " "), keys.RECOVERY) == key
    with pytest.raises(keys.WrongPassword, match="recovery code is not right"):
        keys.unlock(tmp_path, PASSWORD, keys.RECOVERY)
    assert code not in (tmp_path / "carerhelp.keys").read_text()  # shown once, never stored
    new_code = keys.new_recovery(tmp_path, key)
    with pytest.raises(keys.WrongPassword):
        keys.unlock(tmp_path, code, keys.RECOVERY)
    assert keys.unlock(tmp_path, new_code, keys.RECOVERY) == key


def test_the_real_cost_is_stored_and_slow(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.undo()  # the real scrypt cost
    key = keys.new_database_key()
    keys.create_key_file(keys.keys_path(tmp_path), key, PASSWORD)
    entry = keys.read_key_file(tmp_path).people[keys.OWNER]
    assert (entry["kdf"], entry["n"], entry["r"], entry["p"]) == ("scrypt", 2**17, 10, 1)
    assert entry["cipher"] == "AES-256-GCM" and len(entry["salt"]) >= 20
    started = time.perf_counter()
    assert keys.unlock(tmp_path, PASSWORD) == key
    assert time.perf_counter() - started > 0.2, "each guess must cost real work"
    if os.name == "posix":
        assert (keys.keys_path(tmp_path).stat().st_mode & 0o777) == 0o600


def test_a_tampered_byte_is_reported_as_damage_and_the_backup_brought_back(tmp_path: Path, meaning):
    marker = new_canary()
    case = make_store(tmp_path, meaning, marker, backups=1)
    protection.protect(tmp_path, PASSWORD)
    key = keys.unlock(tmp_path, PASSWORD)
    path = tmp_path / "carerhelp.sqlite3"
    raw = bytearray(path.read_bytes())
    raw[len(raw) // 2] ^= 0x01  # one bit in one page
    path.write_bytes(bytes(raw))
    with pytest.raises(DatabaseDamaged, match="damaged"):
        open_store(tmp_path, meaning=meaning, key=key)
    report = recover_damaged(tmp_path, key)
    assert report.restored and report.damaged_copy is not None
    with open_store(tmp_path, meaning=meaning, key=key) as store:
        assert marker in store.get_case(case).notes
    assert not is_plain_file(report.damaged_copy), "the damaged copy set aside stays encrypted"


def test_a_tampered_key_file_does_not_unlock(tmp_path: Path, meaning):
    make_store(tmp_path, meaning, new_canary(), backups=0)
    protection.protect(tmp_path, PASSWORD)
    stored = json.loads((tmp_path / "carerhelp.keys").read_text())
    wrapped = bytearray(stored["people"]["owner"]["wrapped_key"].encode())
    wrapped[5] = ord("A") if wrapped[5] != ord("A") else ord("B")
    stored["people"]["owner"]["wrapped_key"] = wrapped.decode()
    (tmp_path / "carerhelp.keys").write_text(json.dumps(stored))
    with pytest.raises(keys.WrongPassword):
        keys.unlock(tmp_path, PASSWORD)


def test_protecting_needs_a_real_password_and_refuses_twice(tmp_path: Path, meaning):
    make_store(tmp_path, meaning, new_canary(), backups=0)
    with pytest.raises(CarerHelpError, match="at least 8 characters"):
        protection.protect(tmp_path, "short")
    assert not keys.is_protected(tmp_path) and is_plain_file(tmp_path / "carerhelp.sqlite3")
    assert not protection.journal_path(tmp_path).exists()
    protection.protect(tmp_path, PASSWORD)
    with pytest.raises(StoreError, match="already protected"):
        protection.protect(tmp_path, PASSWORD)


def _kill_points(direction: str) -> list[str]:
    points = [
        "journal-written",
        "copy-exported",
        "copy-checked",
        "copy-in-place",
        "backup-converted#1",
        "backup-converted#2",
        "key-file-in-place",
        "finished",
    ]
    if direction == "protect":
        points.insert(1, "key-file-written")
    return points


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
@pytest.mark.parametrize("direction", ["protect", "unprotect"])
def test_a_conversion_killed_at_any_step_leaves_the_old_store_or_the_new(
    tmp_path: Path, meaning, direction: str
):
    template = tmp_path / "template"
    marker = new_canary()
    case = make_store(template, meaning, marker)
    if direction == "unprotect":
        protection.protect(template, PASSWORD)
    password_file = tmp_path / "password.txt"
    password_file.write_text(PASSWORD)
    import shutil

    for number, point in enumerate(_kill_points(direction)):
        data = tmp_path / f"run{number}"
        shutil.copytree(template, data)
        out = run_conversion_kill(data, direction, point, password_file)
        assert f"KILLED AT {point}" in out, (point, out)
        key = None
        try:  # the next start: a conversion rolled back opens as before...
            open_store(data, meaning=meaning).close()
        except StoreLocked:  # ...one to be finished waits for the password
            key = keys.unlock(data, PASSWORD)
        with open_store(data, meaning=meaning, key=key) as store:
            assert marker in store.get_case(case).notes, point
            assert len(store.list_letters(case)) == 1, point
        protected = keys.is_protected(data)
        key = key if protected else None  # turning it off, once finished, needs no key
        assert not protection.journal_path(data).exists(), point
        copies = list_backups(data)
        assert len(copies) == 2, point
        assert all(check_file(b.path, key) is None for b in copies), point
        assert all(is_plain_file(b.path) == (not protected) for b in copies), point
        leftovers = [p.name for p in data.rglob("*") if ".tmp" in p.name]
        assert leftovers == [], (point, leftovers)
        if protected:
            assert hits([data], marker) == [], point


def test_starting_afresh_sets_the_locked_data_aside_without_deleting_it(tmp_path: Path, meaning):
    marker = new_canary()
    make_store(tmp_path, meaning, marker, backups=1)
    protection.protect(tmp_path, PASSWORD)
    before = (tmp_path / "carerhelp.sqlite3").read_bytes()
    aside = protection.set_aside_locked(tmp_path)
    assert (aside / "carerhelp.sqlite3").read_bytes() == before
    assert (aside / "carerhelp.keys").exists() and list((aside / "backups").iterdir())
    assert not keys.is_protected(tmp_path)
    with open_store(tmp_path, meaning=meaning) as store:  # a new, empty, plain file
        assert store.count_cases() == 0
    # The set-aside copy still opens with the password, should it turn up.
    key = keys.unlock(aside, PASSWORD)
    with open_store(aside, meaning=meaning, key=key) as old:
        assert marker in old.list_cases()[0].notes
