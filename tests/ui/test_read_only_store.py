"""The window says when the data file was opened for reading only."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from carerhelp import app
from carerhelp.storage import open_store


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_the_window_reports_a_read_only_store(qtbot, tmp_path: Path, monkeypatch, meaning):
    folder = tmp_path / "data"
    open_store(folder, meaning=meaning).close()
    (folder / "carerhelp.sqlite3").chmod(0o400)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: said.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: said.append(text))
    try:
        with open_store(folder, meaning=meaning) as store:
            app._after_open(store)
    finally:
        (folder / "carerhelp.sqlite3").chmod(0o600)
    assert any("opened for reading only (the file is read-only)" in text for text in said)
