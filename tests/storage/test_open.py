"""Safe opening: a new store on purpose, and every bad file refused with a message, byte for byte unchanged."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlite_utils import Database

from carerhelp.domain.errors import StoreError, ValidationError
from carerhelp.domain.questionnaire.meaning import QuestionMeaning
from carerhelp.paths import DATABASE_FILE_NAME
from carerhelp.storage import (
    AlreadyOpen,
    DatabaseDamaged,
    DatabaseMissing,
    NewerVersion,
    NotCarerHelpFile,
    open_store,
)
from carerhelp.storage.database import SCHEMA_VERSION
from carerhelp.storage.migrations import migrations


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# The answers saved are made-up question ids, none of which means anything to the store.
NO_MEANING = QuestionMeaning(frozenset(), frozenset(), {}, {}, {}, {})


def make_store(folder: Path, answers: int = 50) -> Path:
    store = open_store(folder, meaning=NO_MEANING)
    case = store.create_case()
    for i in range(answers):
        store.save_answer(case, f"q{i}", "Siân Llŷr " * 40)
    store.close()
    return folder / DATABASE_FILE_NAME


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "carerhelp", *args], capture_output=True, text=True, timeout=60
    )


def _zero_bytes(path: Path) -> None:
    path.write_bytes(b"")


def _random_bytes(path: Path) -> None:
    path.write_bytes(os.urandom(8192))


def _pdf(path: Path) -> None:
    path.write_bytes(
        b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n" + os.urandom(4000) + b"\n%%EOF\n"
    )


def _truncated(path: Path) -> None:
    make_store(path.parent / "source", answers=400)
    data = (path.parent / "source" / DATABASE_FILE_NAME).read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _other_program(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (name TEXT, minutes INTEGER)")
    conn.execute("INSERT INTO recipes VALUES ('bara brith', 90)")
    conn.commit()
    conn.close()


def _newer(path: Path) -> None:
    make_store(path.parent)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version={SCHEMA_VERSION + 5}")
    conn.commit()
    conn.close()


CORPUS = {
    "zero-bytes": (_zero_bytes, NotCarerHelpFile, "empty"),
    "random-bytes": (_random_bytes, NotCarerHelpFile, "not a CarerHelp data file"),
    "pdf-renamed": (_pdf, NotCarerHelpFile, "not a CarerHelp data file"),
    "truncated": (_truncated, DatabaseDamaged, "damaged"),
    "other-program": (_other_program, NotCarerHelpFile, "another program"),
    "newer-carerhelp": (_newer, NewerVersion, "newer version"),
}


@pytest.mark.parametrize("name", list(CORPUS))
def test_bad_file_is_refused_and_left_untouched(tmp_path: Path, name: str, meaning):
    make, error_type, words = CORPUS[name]
    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / DATABASE_FILE_NAME
    make(path)
    for extra in ("-wal", "-shm"):
        Path(f"{path}{extra}").unlink(missing_ok=True)
    before = sha(path)
    with pytest.raises(error_type) as caught:
        open_store(folder, meaning=meaning)
    assert str(path) in str(caught.value)
    assert words in str(caught.value)
    assert sha(path) == before
    assert not Path(f"{path}-wal").exists() and not Path(f"{path}-shm").exists()

    result = run_cli("--data-dir", str(folder), "cases", "list")
    assert result.returncode == 1
    assert str(path) in result.stderr and words in result.stderr
    assert "Traceback" not in result.stderr
    assert sha(path) == before


def test_first_run_creates_store_on_purpose_then_missing_file_is_reported(tmp_path: Path, meaning):
    folder = tmp_path / "new" / "nested"
    result = run_cli("--data-dir", str(folder), "cases", "list")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "No cases yet."
    assert (folder / DATABASE_FILE_NAME).exists()
    (folder / DATABASE_FILE_NAME).unlink()
    with pytest.raises(DatabaseMissing) as caught:
        open_store(folder, meaning=meaning)
    assert "missing" in str(caught.value)
    assert not (folder / DATABASE_FILE_NAME).exists(), (
        "a missing file must not be silently replaced"
    )


def test_file_is_stamped_and_pragmas_set(tmp_path: Path, meaning):
    store = open_store(tmp_path, meaning=meaning)
    pragmas = {
        name: store.pragma(name)
        for name in (
            "journal_mode",
            "synchronous",
            "foreign_keys",
            "secure_delete",
            "trusted_schema",
            "application_id",
            "user_version",
        )
    }
    store.close()
    assert pragmas == {
        "journal_mode": "wal",
        "synchronous": 2,
        "foreign_keys": 1,
        "secure_delete": 1,
        "trusted_schema": 0,
        "application_id": 0x43724870,
        "user_version": SCHEMA_VERSION,
    }
    if os.name == "posix":
        assert (tmp_path / DATABASE_FILE_NAME).stat().st_mode & 0o077 == 0


@pytest.mark.parametrize(
    "text",
    [
        "Siân Llŷr",
        "Gwenllian ap Rhŵs 🙂👩‍🦳",
        "x" * 10_000,
        "line one\nline two\ttabbed",
        "'); DROP TABLE cases; --",
    ],
)
def test_answers_round_trip_exactly(tmp_path: Path, text: str, meaning):
    store = open_store(tmp_path, meaning=meaning)
    case = store.create_case()
    store.save_answer(case, "carer_name", text)
    store.save_answer(case, "caring_tasks", ["meals", "shopping"])
    store.save_answer(case, "weekly_earnings", 195.5)
    store.close()
    store = open_store(tmp_path, meaning=meaning)
    answers = store.load_answers(case)
    summary = store.get_case(case)
    store.close()
    assert answers == {
        "carer_name": text,
        "caring_tasks": ["meals", "shopping"],
        "weekly_earnings": 195.5,
    }
    assert summary.carer_name == text


def test_lone_surrogate_is_refused_and_nothing_written(tmp_path: Path, meaning):
    store = open_store(tmp_path, meaning=meaning)
    case = store.create_case()
    with pytest.raises(ValidationError):
        store.save_answer(case, "carer_name", "bad\ud800name")
    assert store.load_answers(case) == {}
    store.close()


def one_more_migration(current: Any, name: str, apply: Any) -> Any:
    """The real migrations with one more after them, as a later CarerHelp would have."""
    from sqlite_utils.migrations import Migrations

    newer = Migrations("carerhelp")
    for migration in current._migrations:
        newer(name=migration.name)(migration.fn)
    newer(name=f"{SCHEMA_VERSION + 1:04d}_{name}")(apply)
    return newer


def test_schema_version_counts_the_migrations():
    assert len(migrations._migrations) == SCHEMA_VERSION


def test_migrations_on_new_and_on_previous_database(tmp_path: Path):
    fresh = Database(tmp_path / "fresh.db")
    migrations.apply(fresh)
    assert not migrations.pending(fresh)
    assert {"cases", "answers", "letters", "audit", "people", "consents", "volunteers"} <= set(
        fresh.table_names()
    )
    fresh.close()

    names = [m.name for m in migrations._migrations]
    for stop in names:
        older = Database(tmp_path / f"before-{stop}.db")
        migrations.apply(older, stop_before=stop)
        assert next(m.name for m in migrations.pending(older)) == stop
        migrations.apply(older)
        assert not migrations.pending(older)
        older.close()


def test_a_second_copy_gets_a_friendly_message(tmp_path: Path, meaning):
    store = open_store(tmp_path, meaning=meaning)
    result = run_cli("--data-dir", str(tmp_path), "cases", "list")
    try:
        assert result.returncode == 1
        assert "already using the data folder" in result.stderr
    finally:
        store.close()
    with pytest.raises(AlreadyOpen):
        first = open_store(tmp_path, meaning=meaning)
        try:
            open_store(tmp_path, meaning=meaning)
        finally:
            first.close()


def test_missing_file_after_creation_is_reported_by_the_cli_too(tmp_path: Path, meaning):
    make_store(tmp_path, answers=1)
    (tmp_path / DATABASE_FILE_NAME).unlink()
    result = run_cli("--data-dir", str(tmp_path), "cases", "list")
    assert result.returncode == 1
    assert "missing" in result.stderr and str(tmp_path / DATABASE_FILE_NAME) in result.stderr
    assert not (tmp_path / DATABASE_FILE_NAME).exists()


def test_before_migrate_sees_the_old_file_and_a_failed_update_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, meaning
):

    import carerhelp.storage as storage
    import carerhelp.storage.migrations as schema

    path = make_store(tmp_path, answers=3)
    before = sha(path)

    def adds_then_fails(db: Database) -> None:
        db["extra"].create({"id": int}, pk="id")
        raise RuntimeError("disk said no")

    newer = one_more_migration(schema.migrations, "adds_then_fails", adds_then_fails)
    monkeypatch.setattr(schema, "migrations", newer)
    monkeypatch.setattr(storage, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    seen: list[str] = []
    with pytest.raises(storage.StoreError, match="left as it was"):
        open_store(tmp_path, before_migrate=lambda p: seen.append(sha(p)), meaning=meaning)
    assert seen == [before]
    assert sha(path) == before
    conn = sqlite3.connect(path)
    tables = {name for (name,) in conn.execute("SELECT name FROM sqlite_master")}
    assert "extra" not in tables
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()
    monkeypatch.undo()
    open_store(tmp_path, meaning=meaning).close()  # the lock was released and the file still opens


def test_newer_version_waiting_in_the_wal_is_still_refused(tmp_path: Path, meaning):
    path = make_store(tmp_path, answers=1)
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("PRAGMA journal_mode=WAL")
    writer.execute("PRAGMA wal_autocheckpoint=0")
    writer.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    # Leave the change in the -wal file, as a newer CarerHelp that crashed would.
    copy = tmp_path / "copy"
    copy.mkdir()
    for suffix in ("", "-wal"):
        Path(f"{copy / DATABASE_FILE_NAME}{suffix}").write_bytes(
            Path(f"{path}{suffix}").read_bytes()
        )
    writer.close()
    with pytest.raises(NewerVersion):
        open_store(copy, meaning=meaning)


def test_an_existing_folder_keeps_its_permissions_and_a_lost_marker_comes_back(
    tmp_path: Path, meaning
):
    from carerhelp.storage.database import MARKER_FILE_NAME

    folder = tmp_path / "shared"
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)
    make_store(folder, answers=1)
    if os.name == "posix":
        assert folder.stat().st_mode & 0o777 == 0o755
    (folder / MARKER_FILE_NAME).unlink()
    open_store(folder, meaning=meaning).close()
    assert (folder / MARKER_FILE_NAME).exists()
    fresh = tmp_path / "fresh"
    open_store(fresh, meaning=meaning).close()
    if os.name == "posix":
        assert fresh.stat().st_mode & 0o777 == 0o700


def test_a_folder_that_is_really_a_file_gets_a_plain_message(tmp_path: Path, meaning):
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("shopping list", encoding="utf-8")
    with pytest.raises(StoreError) as caught:
        open_store(not_a_folder, meaning=meaning)
    assert str(not_a_folder) in str(caught.value)
    assert not_a_folder.read_text(encoding="utf-8") == "shopping list"
    result = run_cli("--data-dir", str(not_a_folder), "cases", "list")
    assert result.returncode == 1 and "Traceback" not in result.stderr


def test_the_lock_is_held_by_another_process_until_it_exits(tmp_path: Path, meaning):
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, pathlib; from carerhelp.storage import open_store;"
            "s = open_store(pathlib.Path(sys.argv[1])); print('open', flush=True);"
            "sys.stdin.readline(); s.close()",
            str(tmp_path),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        with pytest.raises(AlreadyOpen, match="already open"):
            open_store(tmp_path, meaning=meaning)
    finally:
        holder.communicate("\n", timeout=30)
    open_store(tmp_path, meaning=meaning).close()


def test_a_leftover_wal_without_its_database_is_not_replaced_by_a_new_file(tmp_path: Path, meaning):
    from carerhelp.storage.database import MARKER_FILE_NAME

    path = make_store(tmp_path, answers=1)
    (tmp_path / MARKER_FILE_NAME).unlink()
    wal = Path(f"{path}-wal")
    wal.write_bytes(b"left over after a crash")
    path.unlink()
    with pytest.raises(DatabaseMissing):
        open_store(tmp_path, meaning=meaning)
    assert not path.exists() and wal.read_bytes() == b"left over after a crash"


def test_a_file_sqlite_cannot_open_for_writing_gets_a_plain_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, meaning
):
    import carerhelp.storage as storage

    make_store(tmp_path, answers=1)

    def refuse(path: Path, *, create: bool, key: bytes | None = None) -> sqlite3.Connection:
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(storage, "connect", refuse)
    with pytest.raises(StoreError, match="can be written to") as caught:
        open_store(tmp_path, meaning=meaning)
    assert str(tmp_path / DATABASE_FILE_NAME) in str(caught.value)
    monkeypatch.undo()
    open_store(tmp_path, meaning=meaning).close()  # the single-instance lock was let go


def test_an_upgrade_keeps_every_answer_and_backs_up_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, meaning
):

    import carerhelp.storage as storage
    import carerhelp.storage.migrations as schema

    with open_store(tmp_path, meaning=meaning) as store:
        case = store.create_case()
        store.save_answer(case, "carer_name", "Siân Llŷr 🙂")
        store.save_answer(case, "person1_hours", 42.5)

    def add_language(db: Database) -> None:
        db["cases"].add_column("language", str)

    newer = one_more_migration(schema.migrations, "add_language", add_language)
    monkeypatch.setattr(schema, "migrations", newer)
    monkeypatch.setattr(storage, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    backups: list[Path] = []
    with open_store(tmp_path, before_migrate=backups.append, meaning=meaning) as store:
        assert store.load_answers(case) == {"carer_name": "Siân Llŷr 🙂", "person1_hours": 42.5}
        assert "language" in {column[1] for column in store.query("PRAGMA table_info(cases)")}
        assert store.pragma("user_version") == SCHEMA_VERSION + 1
        assert {c.id for c in store.list_cases(search="sian")} == {case}
    assert backups == [tmp_path / DATABASE_FILE_NAME]
    with open_store(tmp_path, before_migrate=backups.append, meaning=meaning):
        pass
    assert len(backups) == 1, "no backup hook when there is nothing to migrate"


def test_a_lock_file_that_cant_be_made_private_is_reported_and_not_held(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    from carerhelp.storage import database

    opened: list = []
    real_open = open

    def recording_open(*args, **kwargs):
        handle = real_open(*args, **kwargs)
        opened.append(handle)
        return handle

    def refuse(path: Path) -> None:
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr("builtins.open", recording_open)
    monkeypatch.setattr(database, "make_private_file", refuse)
    lock = database.InstanceLock(tmp_path)
    with pytest.raises(StoreError) as caught:
        lock.acquire()
    assert not isinstance(caught.value, AlreadyOpen)
    assert "can't use the folder" in str(caught.value)
    assert opened and all(handle.closed for handle in opened)


def test_a_command_backs_up_before_it_upgrades_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, meaning
):

    import carerhelp.storage as storage
    import carerhelp.storage.migrations as schema
    from carerhelp.__main__ import main
    from carerhelp.storage.backup import check_file, list_backups

    with open_store(tmp_path, meaning=meaning) as store:
        store.save_answer(store.create_case(), "carer_name", "Before the upgrade")
    newer = one_more_migration(
        schema.migrations, "add_language", lambda db: db["cases"].add_column("language", str)
    )
    monkeypatch.setattr(schema, "migrations", newer)
    monkeypatch.setattr(storage, "SCHEMA_VERSION", SCHEMA_VERSION + 1)

    assert main(["--data-dir", str(tmp_path), "cases", "list"]) == 0

    taken = list_backups(tmp_path)
    assert [b.reason for b in taken] == ["before-upgrade"]
    assert check_file(taken[0].path) is None
    old = sqlite3.connect(taken[0].path)
    assert old.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION  # as it was
    old.close()
