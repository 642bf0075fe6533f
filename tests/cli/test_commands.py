"""The headless commands, run as a user runs them: in a subprocess, reading real files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from carerhelp import __version__

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = sorted((ROOT / "docs" / "examples").glob("*.json"))


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "carerhelp", *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=cwd,
    )


def test_version():
    result = run("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"CarerHelp {__version__}"


def test_examples_cover_every_nation():
    names = {path.stem for path in EXAMPLES}
    assert {"england", "wales", "scotland", "northern-ireland"} <= names


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_assess_works_on_every_example(example: Path):
    text = run("assess", str(example), "--on", "2026-11-22")
    assert text.returncode == 0, text.stderr
    assert "YOUR RIGHTS" in text.stdout and "The law:" in text.stdout
    as_json = run("assess", str(example), "--on", "2026-11-22", "--json")
    findings = json.loads(as_json.stdout)
    assert findings and all(
        f["why"] and (f["citation"] or f["guidance"]) and f["status"] for f in findings
    )


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ("{not json", "not JSON"),
        ('{"format": "carerhelp-answers", "version": 9, "answers": {}}', "newer CarerHelp"),
        (
            '{"nation": "narnia", "carer_age": "old", "favourite_colour": "blue"}',
            "favourite_colour",
        ),
    ],
)
def test_assess_bad_files_get_plain_messages(tmp_path: Path, content: str, words: str):
    path = tmp_path / "answers.json"
    path.write_text(content, encoding="utf-8")
    result = run("assess", str(path))
    assert result.returncode == 1
    assert words in result.stderr and "Traceback" not in result.stderr


def test_assess_lists_every_problem(tmp_path: Path):
    path = tmp_path / "answers.json"
    path.write_text(
        '{"nation": "narnia", "carer_age": "old", "favourite_colour": "blue"}', encoding="utf-8"
    )
    result = run("assess", str(path))
    for qid in ("nation", "carer_age", "favourite_colour"):
        assert f"- {qid}:" in result.stderr


@pytest.mark.parametrize("kind", ["assessment", "respite"])
def test_letter_command_writes_a_pdf(tmp_path: Path, kind: str):
    out = tmp_path / "letter.pdf"
    result = run(
        "letter",
        str(ROOT / "docs" / "examples" / "wales.json"),
        "--kind",
        kind,
        "--out",
        str(out),
        "--on",
        "2026-11-22",
    )
    assert result.returncode == 0, result.stderr
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Gwenllian ap Rhŵs" in text
    assert ("break from caring" if kind == "respite" else "carer's assessment") in text


def test_letter_command_without_a_name_fails_plainly(tmp_path: Path):
    path = tmp_path / "answers.json"
    path.write_text('{"nation": "england"}', encoding="utf-8")
    result = run("letter", str(path), "--out", str(tmp_path / "x.pdf"))
    assert result.returncode == 1 and "name" in result.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_export_import_and_backup_commands(tmp_path: Path, meaning):
    data = tmp_path / "data"
    assert run("--data-dir", str(data), "cases", "list").returncode == 0
    from carerhelp.storage import open_store

    store = open_store(data, meaning=meaning)
    case = store.create_case()
    store.save_answer(case, "carer_name", "Siân Llŷr")
    store.close()
    assert (
        run("--data-dir", str(data), "export", str(case), str(tmp_path / "case.json")).returncode
        == 0
    )
    imported = run("--data-dir", str(data), "import", str(tmp_path / "case.json"))
    assert imported.returncode == 0 and "Imported as case" in imported.stdout
    listed = run("--data-dir", str(data), "cases", "list", "--json")
    assert [c["carer_name"] for c in json.loads(listed.stdout)] == ["Siân Llŷr", "Siân Llŷr"]
    assert run("--data-dir", str(data), "backup").returncode == 0
    assert "manual" in run("--data-dir", str(data), "backups").stdout
    refused = run("--data-dir", str(data), "erase-everything")
    assert refused.returncode == 1 and "--yes" in refused.stderr
    assert run("--data-dir", str(data), "erase-everything", "--yes").returncode == 0
    assert run("--data-dir", str(data), "cases", "list").stdout.strip() == "No cases yet."
