"""A data file (or folder) someone made read-only is opened read-only and said so: it is never
written or re-permissioned, listing and export work, and a change gets a plain message."""

from __future__ import annotations

import hashlib
import json
import os
import stat
from pathlib import Path

import pytest

from carerhelp.__main__ import main
from carerhelp.storage import open_store

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def digests(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir() if p.is_file()
    }


@pytest.fixture
def data(tmp_path: Path, meaning) -> Path:
    folder = tmp_path / "data"
    with open_store(folder, meaning=meaning) as store:
        store.save_answer(store.create_case(), "carer_name", "Read Only Rhian")
    return folder


@pytest.mark.parametrize("locked", ["file", "folder"])
def test_a_read_only_store_is_read_and_reported_never_changed(
    data: Path, tmp_path: Path, capsys, locked: str
):
    database = data / "carerhelp.sqlite3"
    database.chmod(0o400)
    if locked == "folder":
        data.chmod(0o500)
    before = digests(data)
    try:
        assert main(["--data-dir", str(data), "cases", "list"]) == 0
        out = capsys.readouterr()
        assert "Read Only Rhian" in out.out
        assert "opened for reading only" in out.err and "read-only" in out.err
        out_file = tmp_path / "case.json"
        assert main(["--data-dir", str(data), "export", "1", str(out_file)]) == 0
        assert json.loads(out_file.read_text())["payload"]["case"]["carer_name"] == (
            "Read Only Rhian"
        )
        assert main(["--data-dir", str(data), "import", str(out_file)]) == 1
        assert "can't be changed" in capsys.readouterr().err
        assert stat.S_IMODE(database.stat().st_mode) == 0o400, "permissions left as they were"
        assert digests(data) == before
        assert not (data / "backups").exists()
    finally:
        data.chmod(0o700)
        database.chmod(0o600)
