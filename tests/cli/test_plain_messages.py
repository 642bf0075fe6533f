"""Plain, true messages from the commands, and the options working where people put them."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from carerhelp.__main__ import main
from carerhelp.cli import build_parser
from carerhelp.storage import open_store
from carerhelp.storage.backup import backup_dir, list_backups, take_backup
from carerhelp.storage.database import couldnt_save

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "docs" / "examples" / "england.json"


def test_data_dir_is_accepted_after_the_command(tmp_path: Path, capsys, meaning):
    with open_store(tmp_path / "data", meaning=meaning) as store:
        store.save_answer(store.create_case(), "carer_name", "After The Command")
    assert main(["cases", "list", "--data-dir", str(tmp_path / "data")]) == 0
    assert "After The Command" in capsys.readouterr().out
    assert main(["backup", "--data-dir", str(tmp_path / "data")]) == 0
    assert (
        main(["export", "1", str(tmp_path / "c.json"), "--data-dir", str(tmp_path / "data")]) == 0
    )
    assert json.loads((tmp_path / "c.json").read_text())["format"] == "carerhelp-case"


def test_data_dir_before_the_command_still_stands(tmp_path: Path):
    args = build_parser().parse_args(["--data-dir", str(tmp_path), "cases", "list"])
    assert args.data_dir == tmp_path
    args = build_parser().parse_args(["cases", "list"])
    assert args.data_dir is None


def test_kind_is_documented_with_its_default():
    parser = build_parser()
    letter = next(a for a in parser._actions if a.dest == "command").choices["letter"]
    (kind,) = [a for a in letter._actions if a.dest == "kind"]
    assert not kind.required and "default" in kind.help
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "[--kind KIND]" in readme and "--kind: default is" in readme
    for kind in ("assessment", "respite", "chaser", "complaint", "ombudsman"):
        assert kind in kind_line(readme)


def kind_line(readme: str) -> str:
    """The README's lines about `carerhelp letter --kind`."""
    start = readme.index("carerhelp letter ANSWERS.json")
    return readme[start : readme.index("carerhelp [--data-dir DIR] timeline", start)]


def test_exporting_a_case_that_never_existed_says_so(tmp_path: Path, capsys, meaning):
    with open_store(tmp_path / "data", meaning=meaning):
        pass
    assert main(["--data-dir", str(tmp_path / "data"), "export", "7", str(tmp_path / "x")]) == 1
    err = capsys.readouterr().err
    assert "There is no case number 7" in err and "erased" not in err
    assert "cases list" in err


def test_the_cli_thins_backups_as_the_app_does(tmp_path: Path, capsys, meaning):
    folder = tmp_path / "data"
    with open_store(folder, meaning=meaning) as store:
        store.create_case()
        start = datetime.now(UTC) - timedelta(days=60)
        for day in range(40):
            take_backup(store, folder, "before-import", now=start + timedelta(days=day))
    assert len(list_backups(folder)) == 40
    assert main(["--data-dir", str(folder), "backup"]) == 0
    kept = list_backups(folder)
    assert 2 <= len(kept) < 20, len(kept)
    assert kept[0].reason == "manual"


def test_a_listing_command_does_not_thin(tmp_path: Path, meaning):
    folder = tmp_path / "data"
    with open_store(folder, meaning=meaning) as store:
        start = datetime.now(UTC) - timedelta(days=60)
        for day in range(30):
            take_backup(store, folder, "manual", now=start + timedelta(days=day))
    assert main(["--data-dir", str(folder), "cases", "list"]) == 0
    assert len(list_backups(folder)) == 30


def test_a_damaged_file_names_the_command_that_recovers_it(tmp_path: Path, capsys, meaning):
    folder = tmp_path / "data"
    with open_store(folder, meaning=meaning) as store:
        store.save_answer(store.create_case(), "carer_name", "Safe In A Backup")
        take_backup(store, folder, "manual")
    data = folder / "carerhelp.sqlite3"
    raw = bytearray(data.read_bytes())
    raw[4096:8192] = b"\xff" * 4096  # wreck a page
    data.write_bytes(bytes(raw))
    assert main(["--data-dir", str(folder), "cases", "list"]) == 1
    err = capsys.readouterr().err
    assert "carerhelp recover --yes" in err and "put it to one side" in err
    assert main(["--data-dir", str(folder), "recover"]) == 1
    assert "--yes" in capsys.readouterr().err
    assert main(["--data-dir", str(folder), "recover", "--yes"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(folder), "cases", "list"]) == 0
    assert "Safe In A Backup" in capsys.readouterr().out
    assert any(p.name.startswith("carerhelp.sqlite3.damaged-") for p in folder.iterdir())
    assert backup_dir(folder).is_dir()


def test_a_disk_io_error_is_explained():
    message = str(couldnt_save(sqlite3.OperationalError("disk I/O error")))
    assert "disk I/O error" not in message
    assert "full" in message and "Everything saved before is safe" in message


def test_assess_on_a_folder_is_plain(tmp_path: Path, capsys):
    assert main(["assess", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "is a folder" in err and "Errno" not in err
