"""The self-test that installed copies run, run here through the real entry point."""

from __future__ import annotations

import os
import subprocess
import sys


def test_self_test_passes_every_check():
    result = subprocess.run(
        [sys.executable, "-m", "carerhelp", "--self-test"],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    assert result.returncode == 0, result.stdout + result.stderr
    checks = [line for line in lines if line.startswith(("ok", "FAIL"))]
    assert len(checks) == 6 and all(line.startswith("ok") for line in checks)
    assert lines[-1] == "Self-test passed."


def test_self_test_reports_a_broken_install(tmp_path):
    from carerhelp.selftest import run_self_test

    lines: list[str] = []
    import carerhelp.paths as paths

    original = paths.resources_dir
    paths.resources_dir = lambda: tmp_path  # an install with its resources missing
    try:
        code = run_self_test(lines.append)
    finally:
        paths.resources_dir = original
    assert code == 1
    assert any(line.startswith("FAIL questionnaire loaded") for line in lines)
