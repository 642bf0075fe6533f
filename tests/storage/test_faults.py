"""Full disk and write errors, injected: a plain "Couldn't save — …", the last good state kept,
and no partial file under a final name. File calls fail at call N for every N in turn; SQLite
meets a full disk through PRAGMA max_page_count and through a tiny real filesystem."""

from __future__ import annotations

import builtins
import errno
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from carerhelp.domain.errors import StoreError
from carerhelp.domain.questionnaire.meaning import QuestionMeaning
from carerhelp.paths import DATABASE_FILE_NAME
from carerhelp.storage import DatabaseDamaged, open_store
from carerhelp.storage import backup as backups
from carerhelp.storage.safety import atomic_write, is_temp_name
from carerhelp.storage.transfer import export_case, export_everything, import_case

DISK_FULL = OSError(errno.ENOSPC, "No space left on device")


class _FailingFile:
    """A file whose write() takes part in the fault count."""

    def __init__(self, real: Any, tick: Callable[[], None]) -> None:
        self._real, self._tick = real, tick

    def write(self, data: Any) -> int:
        self._tick()
        return self._real.write(data)

    def __enter__(self) -> _FailingFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self._real.close()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)


@contextmanager
def fail_at(monkeypatch: pytest.MonkeyPatch, n: int) -> Iterator[list[str]]:
    """The n-th call to open/replace/fsync/chmod/copy/write (any of them) raises ENOSPC.
    Yields the names of the calls made, in order."""
    calls: list[str] = []

    def tick(name: str) -> None:
        calls.append(name)
        if len(calls) == n:
            raise DISK_FULL

    def counted(name: str, real: Callable[..., Any]) -> Callable[..., Any]:
        def call(*args: Any, **kwargs: Any) -> Any:
            tick(name)
            return real(*args, **kwargs)

        return call

    def opened(real: Callable[..., Any]) -> Callable[..., Any]:
        def call(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
            tick("open")
            handle = real(file, mode, *args, **kwargs)
            writing = any(flag in mode for flag in "wa+")
            return _FailingFile(handle, lambda: tick("write")) if writing else handle

        return call

    for module, name in [
        (os, "replace"),
        (os, "rename"),
        (os, "fsync"),
        (os, "open"),
        (os, "chmod"),
        (shutil, "copyfile"),
    ]:
        monkeypatch.setattr(module, name, counted(name, getattr(module, name)))
    monkeypatch.setattr(os, "fdopen", opened(os.fdopen))
    monkeypatch.setattr(builtins, "open", opened(builtins.open))
    try:
        yield calls
    finally:
        monkeypatch.undo()


def each_failure(monkeypatch, action: Callable[[], Any], check: Callable[[StoreError], None]):
    """Run `action` with a failure at call 1, 2, 3, … until it succeeds; check each failure."""
    for n in range(1, 200):
        with fail_at(monkeypatch, n) as calls:
            try:
                action()
            except StoreError as error:
                check(error)
                continue
        return n - 1, calls
    raise AssertionError("the action never finished")


def no_temp_files(*folders: Path) -> bool:
    return not [p for f in folders if f.exists() for p in f.rglob("*") if is_temp_name(p.name)]


def test_atomic_write_fails_cleanly_at_every_step(tmp_path: Path, monkeypatch):
    target = tmp_path / "letter.pdf"
    target.write_bytes(b"the last good copy")

    def check(error: StoreError) -> None:
        assert str(error).startswith("Couldn't save — the disk is full.")
        assert target.read_bytes() in (b"the last good copy", b"%PDF new")
        assert no_temp_files(tmp_path)

    failures, calls = each_failure(monkeypatch, lambda: atomic_write(target, b"%PDF new"), check)
    assert failures >= 5 and {"open", "write", "fsync", "chmod", "replace"} <= set(calls)
    assert target.read_bytes() == b"%PDF new"


@pytest.mark.parametrize("everything", [False, True], ids=["one-case", "everything"])
def test_export_fails_cleanly_at_every_step(tmp_path: Path, monkeypatch, everything: bool, meaning):
    store = open_store(tmp_path / "d", meaning=meaning)
    case = store.create_case()
    store.save_answer(case, "carer_name", "Ffion")
    target = tmp_path / ("all.zip" if everything else "case.carerhelp")
    target.write_bytes(b"the last good export")

    def export() -> None:
        if everything:
            export_everything(store, target)
        else:
            export_case(store, case, target)

    def check(error: StoreError) -> None:
        assert str(error).startswith("Couldn't save — the disk is full.")
        assert no_temp_files(tmp_path)
        if target.read_bytes() != b"the last good export":  # failed after the rename: complete
            assert target.read_bytes().startswith(b"PK" if everything else b"{")

    failures, _calls = each_failure(monkeypatch, export, check)
    assert failures >= 4
    assert store.load_answers(case) == {"carer_name": "Ffion"}
    store.close()


def test_backup_fails_cleanly_at_every_step(tmp_path: Path, monkeypatch, meaning):
    store = open_store(tmp_path, meaning=meaning)
    case = store.create_case()
    store.save_answer(case, "carer_name", "Kept")

    def check(error: StoreError) -> None:
        assert str(error).startswith("Couldn't save —")
        assert no_temp_files(tmp_path)
        for info in backups.list_backups(tmp_path):  # anything under a final name is whole
            assert backups.check_file(info.path) is None

    failures, calls = each_failure(
        monkeypatch, lambda: backups.take_backup(store, tmp_path, "test"), check
    )
    assert failures >= 4 and {"open", "fsync", "replace"} <= set(calls)
    store.save_answer(case, "person1_name", "Still saving")
    assert store.load_answers(case) == {"carer_name": "Kept", "person1_name": "Still saving"}
    store.close()


def test_restore_fails_cleanly_at_every_step(tmp_path: Path, monkeypatch, meaning):
    store = open_store(tmp_path, meaning=meaning)
    case = store.create_case()
    store.save_answer(case, "carer_name", "Old")
    chosen = backups.take_backup(store, tmp_path, "test")
    store.save_answer(case, "carer_name", "New")
    store.close()

    def check(error: StoreError) -> None:
        # Taking the folder's lock comes first; its own plain message says the folder is unusable.
        assert str(error).startswith(("Couldn't save —", "CarerHelp can't use the folder"))
        assert no_temp_files(tmp_path)
        with open_store(tmp_path) as reopened:
            assert reopened.load_answers(case)["carer_name"] in ("Old", "New")

    failures, _calls = each_failure(
        monkeypatch, lambda: backups.restore_backup(tmp_path, chosen.path), check
    )
    assert failures >= 4
    with open_store(tmp_path, meaning=meaning) as reopened:
        assert reopened.load_answers(case)["carer_name"] == "Old"


def test_import_whose_backup_fails_imports_nothing(tmp_path: Path, monkeypatch, meaning):
    source = open_store(tmp_path / "a", meaning=meaning)
    case = source.create_case()
    export_case(source, case, tmp_path / "c.carerhelp")
    source.close()
    store = open_store(tmp_path / "b", meaning=meaning)
    monkeypatch.setattr(os, "replace", lambda *a: (_ for _ in ()).throw(DISK_FULL))
    with pytest.raises(StoreError, match=r"^Couldn't save — the disk is full"):
        import_case(store, tmp_path / "c.carerhelp")
    monkeypatch.undo()
    assert store.count_cases() == 0
    store.close()


def test_sqlite_full_gives_plain_message_and_keeps_earlier_answers(tmp_path: Path, meaning):
    store = open_store(tmp_path, meaning=meaning)
    case = store.create_case()
    store.save_answer(case, "carer_name", "Saved before the disk filled")
    pages = store.pragma("page_count")
    store.query(f"PRAGMA max_page_count={pages}")  # the disk is full from here on
    saved = {}
    with pytest.raises(StoreError) as caught:
        for i in range(200):
            store.save_answer(case, f"q{i}", "x" * 3000)
            saved[f"q{i}"] = "x" * 3000
    assert str(caught.value).startswith("Couldn't save — the disk is full")
    store.close()
    with open_store(tmp_path, meaning=meaning) as store:
        assert store.load_answers(case) == {"carer_name": "Saved before the disk filled", **saved}
        assert store.query("PRAGMA integrity_check")[0][0] == "ok"


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 2 MB filesystem (tmpfs), so SQLite and file writes meet a truly full disk."""
    if not sys.platform.startswith("linux") or os.geteuid() != 0:
        pytest.skip("a tiny test disk needs Linux and permission to mount (root)")
    point = tmp_path / "tiny"
    point.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m,mode=0700", "tmpfs", str(point)],
        capture_output=True,
        text=True,
    )
    if mounted.returncode != 0:
        pytest.skip(f"mounting a tiny test disk is not permitted here: {mounted.stderr.strip()}")
    try:
        yield point
    finally:
        subprocess.run(["umount", "-l", str(point)], check=False)


def fill_up(folder: Path) -> Path:
    filler = folder / "filler"
    with builtins.open(filler, "wb") as out:
        try:
            while True:
                out.write(b"\0" * 65536)
                out.flush()
        except OSError:
            pass
    return filler


# The answers saved are made-up question ids, none of which means anything to the store.
NO_MEANING = QuestionMeaning(frozenset(), frozenset(), {}, {}, {}, {})


def fill_database(folder: Path) -> tuple[int, dict[str, str]]:
    """Autosave into a store on `folder` until the disk is full; the answers acknowledged."""
    store = open_store(folder, meaning=NO_MEANING)
    case = store.create_case()
    acknowledged: dict[str, str] = {}
    with pytest.raises(StoreError) as caught:
        for i in range(2000):
            store.save_answer(case, f"q{i}", f"answer {i} " + "Siân " * 800)
            acknowledged[f"q{i}"] = f"answer {i} " + "Siân " * 800
    assert str(caught.value).startswith("Couldn't save — the disk is full")
    assert len(acknowledged) > 10
    assert store.load_answers(case) == acknowledged
    store.close()
    return case, acknowledged


def test_a_truly_full_disk_keeps_every_acknowledged_answer(tiny_disk: Path, meaning):
    case, acknowledged = fill_database(tiny_disk)
    conn = sqlite3.connect(tiny_disk / DATABASE_FILE_NAME)  # reads the WAL, as SQLite should
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    stored = dict(conn.execute("SELECT question_id, value FROM answers WHERE case_id = ?", (case,)))
    conn.close()
    assert {k: json.loads(v) for k, v in stored.items()} == acknowledged


def test_after_a_full_disk_recovery_loses_nothing(tiny_disk: Path, meaning):
    case, acknowledged = fill_database(tiny_disk)
    try:
        open_store(tiny_disk, meaning=meaning).close()
    except DatabaseDamaged:  # the start-up check may misjudge it (see the next test)
        before = sorted(p.name for p in tiny_disk.iterdir())
        with pytest.raises(StoreError, match=r"^Couldn't save — the disk is full"):
            backups.recover_damaged(tiny_disk)  # still full: say so, move nothing
        assert sorted(p.name for p in tiny_disk.iterdir()) == before
        grow = ["mount", "-o", "remount,size=8m", str(tiny_disk)]
        subprocess.run(grow, check=True)  # the user frees some space
        report = backups.recover_damaged(tiny_disk)
        assert report.restored and report.backup is None and "nothing was lost" in report.message
    with open_store(tiny_disk, meaning=meaning) as reopened:
        assert reopened.load_answers(case) == acknowledged
    assert backups.aside_copies(tiny_disk) == []


def test_the_next_start_opens_a_file_left_by_a_full_disk(tiny_disk: Path, meaning):
    case, acknowledged = fill_database(tiny_disk)
    with open_store(tiny_disk, meaning=meaning) as reopened:
        assert reopened.load_answers(case) == acknowledged


def test_backup_and_export_on_a_full_disk(tiny_disk: Path, meaning):
    data = tiny_disk / "data"  # an export may not go inside the data folder
    store = open_store(data, meaning=meaning)
    case = store.create_case()
    store.save_answer(case, "carer_name", "Kept " * 2000)
    old_export = tiny_disk / "case.carerhelp"
    export_case(store, case, old_export)
    before = old_export.read_bytes()
    filler = fill_up(tiny_disk)
    for attempt in (
        lambda: backups.take_backup(store, data, "test"),
        lambda: export_case(store, case, old_export),
    ):
        with pytest.raises(StoreError) as caught:
            attempt()
        assert str(caught.value).startswith("Couldn't save — the disk is full")
    assert backups.list_backups(data) == []
    assert old_export.read_bytes() == before and no_temp_files(tiny_disk) and no_temp_files(data)
    filler.unlink()
    info = backups.take_backup(store, data, "test")
    assert backups.check_file(info.path) is None
    assert store.load_answers(case) == {"carer_name": "Kept " * 2000}
    store.close()
    assert (data / DATABASE_FILE_NAME).exists()
    assert json.loads(old_export.read_bytes())["format"] == "carerhelp-case"
