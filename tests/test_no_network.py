"""CarerHelp never touches the network: no socket is opened in the main flows, and no module can."""

from __future__ import annotations

import ast
import json
import socket
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FORBIDDEN = {
    "socket",
    "urllib.request",
    "http.client",
    "requests",
    "httpx",
    "urllib3",
    "ftplib",
    "smtplib",
}


@pytest.fixture
def no_network(monkeypatch):
    attempts: list[str] = []

    def refuse(*args, **kwargs):
        attempts.append(repr(args))
        raise AssertionError(f"network access attempted: {args}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    with pytest.raises(AssertionError):  # the guard itself works
        socket.create_connection(("127.0.0.1", 9))
    attempts.clear()
    return attempts


def test_main_flows_open_no_socket(tmp_path: Path, no_network, meaning):
    from carerhelp.domain.content import load_content
    from carerhelp.domain.rights import assess
    from carerhelp.letters import build_letter, render_pdf
    from carerhelp.storage import open_store
    from carerhelp.storage.backup import restore_backup, take_backup
    from carerhelp.storage.erase import erase_case, erase_everything
    from carerhelp.storage.transfer import (
        export_case,
        export_everything,
        import_case,
        import_everything,
    )

    content = load_content()
    q = content.questionnaire
    answers = q.parse_all(
        json.loads((ROOT / "docs" / "examples" / "scotland.json").read_text(encoding="utf-8"))[
            "answers"
        ]
    )
    store = open_store(tmp_path / "data", meaning=meaning)
    case = store.create_case()
    for key, value in answers.items():
        store.save_answer(case, key, value)
    findings = assess(store.load_answers(case), date(2026, 11, 22), content)
    pdf = render_pdf(
        build_letter("assessment", answers, findings, date(2026, 11, 22), content=content)
    )
    store.save_letter(case, "assessment", pdf, answers, [f.to_json() for f in findings])
    backup = take_backup(store, store.data_dir, "test")
    export_case(store, case, tmp_path / "case.carerhelp")
    export_everything(store, tmp_path / "all.zip")
    import_case(store, tmp_path / "case.carerhelp")
    import_everything(store, tmp_path / "all.zip")
    erase_case(store, case)
    store.close()
    restore_backup(tmp_path / "data", backup.path)
    with open_store(tmp_path / "data", meaning=meaning) as store:
        erase_everything(store)
    assert no_network == []


def test_no_module_imports_a_network_library():
    offenders = []
    for path in (ROOT / "src" / "carerhelp").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                # "from urllib import request" imports urllib.request too
                names = [node.module, *(f"{node.module}.{alias.name}" for alias in node.names)]
            offenders += [
                f"{path.name}: {name}"
                for name in names
                if name in FORBIDDEN or name.split(".")[0] in {"requests", "httpx"}
            ]
    assert offenders == []
