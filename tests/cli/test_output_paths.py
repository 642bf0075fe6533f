"""No output may land on the store: every command that writes a file refuses a path that resolves
to the data file, its -wal or -shm, the lock, the backups folder or anything inside the data
folder, and leaves every byte there as it was."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from carerhelp.__main__ import main
from carerhelp.storage import open_store
from carerhelp.storage.backup import take_backup

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "docs" / "examples" / "england.json"


def snapshot(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def data(tmp_path: Path, meaning) -> Path:
    folder = tmp_path / "data"
    with open_store(folder, meaning=meaning) as store:
        case = store.create_case()
        store.save_answer(case, "carer_name", "Keep Me Safe")
        take_backup(store, folder, "manual")
    return folder


TARGETS: dict[str, Callable[[Path, Path], Path]] = {
    "the data file": lambda d, _t: d / "carerhelp.sqlite3",
    "its -wal": lambda d, _t: d / "carerhelp.sqlite3-wal",
    "its -shm": lambda d, _t: d / "carerhelp.sqlite3-shm",
    "the lock": lambda d, _t: d / "carerhelp.lock",
    "a backup": lambda d, _t: next((d / "backups").glob("*.sqlite3")),
    "the backups folder": lambda d, _t: d / "backups" / "new.zip",
    "inside the data folder": lambda d, _t: d / "figures.csv",
    "a new folder inside it": lambda d, _t: d / "sub" / "x.pdf",
    "through ..": lambda d, t: t / "elsewhere" / ".." / "data" / "carerhelp.sqlite3",
    "through a link": lambda d, t: _link(t / "link-to-data", d) / "carerhelp.sqlite3",
    "a link to the file": lambda d, t: _link(t / "file-link", d / "carerhelp.sqlite3"),
}


def _link(link: Path, target: Path) -> Path:
    if not link.exists():
        link.symlink_to(target, target_is_directory=target.is_dir())
    return link


COMMANDS: dict[str, Callable[[Path, Path], list[str]]] = {
    "export": lambda d, out: ["--data-dir", str(d), "export", "1", str(out)],
    "export-all": lambda d, out: ["--data-dir", str(d), "export-all", str(out)],
    "cases stats": lambda d, out: ["--data-dir", str(d), "cases", "stats", "--out", str(out)],
    "letter": lambda d, out: ["--data-dir", str(d), "letter", str(EXAMPLE), "--out", str(out)],
}


@pytest.mark.skipif(os.name != "posix", reason="symbolic links need POSIX here")
@pytest.mark.parametrize("target", TARGETS)
@pytest.mark.parametrize("command", COMMANDS)
def test_no_command_writes_over_the_store(
    data: Path, tmp_path: Path, capsys, command, target, meaning
):
    out = TARGETS[target](data, tmp_path)
    (tmp_path / "elsewhere").mkdir(exist_ok=True)
    before = snapshot(data)
    code = main(COMMANDS[command](data, out))
    err = capsys.readouterr().err
    assert code == 1
    assert "won't save" in err and "Nothing was saved" in err and "another folder" in err
    assert snapshot(data) == before
    assert not (data / "sub").exists()
    with open_store(data, meaning=meaning) as store:
        assert [c.carer_name for c in store.list_cases()] == ["Keep Me Safe"]


def test_the_usual_data_folder_is_protected_too(data: Path, capsys, meaning):
    usual = Path(os.environ["CARERHELP_DATA_DIR"])
    with open_store(usual, meaning=meaning) as store:
        store.create_case()
    before = snapshot(usual)
    code = main(["--data-dir", str(data), "export", "1", str(usual / "carerhelp.sqlite3")])
    assert code == 1 and "won't save" in capsys.readouterr().err
    assert snapshot(usual) == before


@pytest.mark.parametrize("command", COMMANDS)
def test_a_folder_as_output_gets_a_plain_message(data: Path, tmp_path: Path, capsys, command):
    folder = tmp_path / "a folder"
    folder.mkdir()
    assert main(COMMANDS[command](data, folder)) == 1
    err = capsys.readouterr().err
    assert "is a folder" in err and "Errno" not in err
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize("command", COMMANDS)
def test_outputs_elsewhere_still_work(data: Path, tmp_path: Path, capsys, command):
    out = tmp_path / "out" / f"file-{command.replace(' ', '-')}"
    out.parent.mkdir()
    assert main(COMMANDS[command](data, out)) == 0, capsys.readouterr().err
    assert out.stat().st_size > 0


def test_a_missing_output_folder_is_named_truly(data: Path, tmp_path: Path, capsys):
    out = tmp_path / "missing" / "x.pdf"
    assert main(["letter", str(EXAMPLE), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert f"there is no folder called {out.parent}" in err and "Nothing was saved." in err
    assert "any more" not in err and "last saved copy" not in err


def test_every_module_that_writes_a_chosen_file_checks_the_path_first():
    """A new save point can't forget the check: every module (but the writer itself) that calls
    atomic_write or atomic_writer also calls refuse_store_path. The key file and the conversion
    journal are CarerHelp's own files inside its data folder, never a file someone chose."""
    source = ROOT / "src" / "carerhelp"
    own_files = {"safety.py", "keys.py", "protection.py"}
    writers = [
        path
        for path in source.rglob("*.py")
        if path.name not in own_files
        and (
            "atomic_write(" in path.read_text(encoding="utf-8")
            or "atomic_writer(" in path.read_text(encoding="utf-8")
        )
    ]
    assert len(writers) >= 5
    unchecked = [
        str(p.relative_to(source)) for p in writers if "refuse_store_path(" not in p.read_text()
    ]
    assert unchecked == []
