"""The per-user Linux install script puts CarerHelp in the menu, and takes it out without the data."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "packaging" / "linux" / "install.sh"
APP_ID = "uk.org.carerhelp.CarerHelp"

pytestmark = pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")


def run(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(home / "share")}
    return subprocess.run(
        ["bash", str(SCRIPT), *args], capture_output=True, text=True, env=env, timeout=60
    )


def test_install_then_remove_keeps_the_carers_answers(tmp_path: Path):
    built = tmp_path / "my build" / "CarerHelp"
    (built / "_internal").mkdir(parents=True)
    (built / "CarerHelp").write_text("#!/bin/sh\n")
    (built / "CarerHelp").chmod(0o755)
    home = tmp_path / "home"
    answers = home / "share" / "CarerHelp" / "carerhelp.sqlite3"
    answers.parent.mkdir(parents=True)
    answers.write_bytes(b"the carer's answers")

    result = run(home, str(built))
    assert result.returncode == 0, result.stderr
    share = home / "share"
    program = share / APP_ID
    desktop = share / "applications" / f"{APP_ID}.desktop"
    assert (program / "CarerHelp").is_file() and (program / "_internal").is_dir()
    assert f'Exec="{program}/CarerHelp"' in desktop.read_text(encoding="utf-8")
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert (share / "icons/hicolor/48x48/apps" / f"{APP_ID}.png").is_file()
    assert (share / "icons/hicolor/scalable/apps" / f"{APP_ID}.svg").is_file()
    assert (home / ".local/bin/CarerHelp").resolve() == (program / "CarerHelp").resolve()
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(
            ["desktop-file-validate", str(desktop)], capture_output=True, text=True
        )
        assert check.returncode == 0 and "error:" not in check.stdout, check.stdout

    result = run(home, "--remove")
    assert result.returncode == 0, result.stderr
    assert not program.exists() and not desktop.exists()
    assert not (home / ".local/bin/CarerHelp").exists()
    assert answers.read_bytes() == b"the carer's answers"
    assert str(answers.parent) in result.stdout


def test_install_without_a_build_says_how_to_make_one(tmp_path: Path):
    result = run(tmp_path / "home", str(tmp_path / "nothing here"))
    assert result.returncode == 1
    assert "build_and_selftest.sh" in result.stderr
