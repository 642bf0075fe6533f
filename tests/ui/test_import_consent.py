"""In advice-centre mode the window asks for the client's consent before it imports a case with
health details that carries no consent record; No imports nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from carerhelp.storage import open_store
from carerhelp.storage.consent import DEFAULT_COVERS
from carerhelp.storage.transfer import _checksum, export_case
from tests.storage.canary import fill_case
from tests.ui.test_case_actions import ScriptedDialogs


@pytest.fixture
def no_consent_file(tmp_path: Path, meaning) -> Path:
    with open_store(tmp_path / "elsewhere", meaning=meaning) as source:
        export_case(source, fill_case(source, "Asked"), tmp_path / "case.carerhelp")
    document = json.loads((tmp_path / "case.carerhelp").read_text(encoding="utf-8"))
    document["payload"]["tables"]["consents"] = []
    document["sha256"] = _checksum(document["payload"])
    (tmp_path / "case.carerhelp").write_text(json.dumps(document), encoding="utf-8")
    return tmp_path / "case.carerhelp"


@pytest.mark.parametrize("agreed", [True, False])
def test_the_window_asks_for_consent_before_importing_health_details(
    qtbot, window, store, no_consent_file: Path, agreed: bool
):
    store.advice_centre_mode = True
    dialogs = ScriptedDialogs(no_consent_file)
    dialogs.answers = [agreed]
    window.case_actions.dialogs = dialogs
    before = store.count_cases(include_archived=True)
    window.case_actions.import_one()
    qtbot.waitUntil(lambda: not window.session.busy, timeout=30_000)
    assert dialogs.asked and "has health details" in dialogs.asked[0]
    assert DEFAULT_COVERS in dialogs.asked[0]
    consents = store.query("SELECT covers, given_at FROM consents")
    if agreed:
        assert store.count_cases(include_archived=True) == before + 1
        assert consents and consents[0][0] == DEFAULT_COVERS and consents[0][1]
        assert dialogs.told[-1].startswith("The case was imported")
    else:
        assert store.count_cases(include_archived=True) == before
        assert consents == [] and dialogs.told == ["Nothing was imported."]


def test_outside_advice_centre_mode_nothing_is_asked(qtbot, window, store, no_consent_file):
    dialogs = ScriptedDialogs(no_consent_file)
    window.case_actions.dialogs = dialogs
    window.case_actions.import_one()
    qtbot.waitUntil(lambda: not window.session.busy, timeout=30_000)
    assert dialogs.asked == [] and store.count_cases(include_archived=True) == 1
