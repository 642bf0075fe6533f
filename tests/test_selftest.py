"""The self-test that installed copies run: through the real entry point, and on a broken install."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import carerhelp.paths
from carerhelp.selftest import run_self_test

CHECKS = [
    "content loaded and checked",
    "case store opened in a temporary folder",
    "sample case answered, saved and read back",
    "findings worked out",
    "letters made as PDFs and saved",
    "case exported to a file and imported",
    "answers protected with a password and opened with it",
    "main window shown offscreen",
    "Welsh interface words loaded",
]


def test_self_test_passes_every_check_and_leaves_nothing_behind(tmp_path: Path):
    user_data, temp = tmp_path / "user-data", tmp_path / "tmp"
    user_data.mkdir()
    temp.mkdir()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(temp)}
    env["CARERHELP_DATA_DIR"] = str(user_data)
    result = subprocess.run(
        [sys.executable, "-m", "carerhelp", "--self-test"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    assert result.returncode == 0, result.stdout + result.stderr
    assert lines == [f"ok   {check}" for check in CHECKS] + ["Self-test passed."]
    assert list(user_data.iterdir()) == [], "the self-test wrote to the user's data folder"
    assert list(temp.iterdir()) == [], "the self-test left its temporary folder behind"


def test_a_broken_install_fails_plainly(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(carerhelp.paths, "resources_dir", lambda: tmp_path)  # no resources
    before = os.environ.get("CARERHELP_DATA_DIR")
    lines: list[str] = []

    assert run_self_test(lines.append) == 1

    assert lines[0].startswith(f"FAIL {CHECKS[0]}: ContentError: ")
    for check, line in zip(CHECKS[1:], lines[1:-1], strict=True):
        assert line == f"FAIL {check}: not tried, because an earlier check failed"
    assert lines[-1].startswith("Self-test FAILED: 9 problem(s).")
    assert os.environ.get("CARERHELP_DATA_DIR") == before
