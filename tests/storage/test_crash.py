"""The crash harness in the test suite: 100 SIGKILLs during autosave, nothing acknowledged is lost."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from carerhelp.storage import open_store
from tests.storage.crash_harness import run_kills


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_100_kills_lose_nothing(tmp_path: Path):
    store = open_store(tmp_path)
    store.create_case()
    store.close()
    result = run_kills(tmp_path, kills=100, seed=2026)
    assert result.kills == 100
    assert result.acknowledged > 100, "the child should have saved answers before being killed"
    assert result.integrity_failures == 0
    assert result.lost == 0
