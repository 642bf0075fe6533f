"""Shared test set-up: Qt runs offscreen and no test touches the real user data folder."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")

import pytest


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Point CARERHELP_DATA_DIR at a fresh temp folder so nothing reaches the real one."""
    monkeypatch.setenv("CARERHELP_DATA_DIR", str(tmp_path_factory.mktemp("userdata")))
