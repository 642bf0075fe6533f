"""The data commands as a user runs them: export, import, export-all, backup, backups list,
restore and erase-everything, in a subprocess on real files."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

from carerhelp.domain.questionnaire.meaning import QuestionMeaning
from carerhelp.paths import DATABASE_FILE_NAME
from carerhelp.storage import open_store
from carerhelp.storage.backup import list_backups


def run(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "carerhelp", "--data-dir", str(data), *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


def make_case(data: Path, name: str, meaning: QuestionMeaning) -> int:
    with open_store(data, meaning=meaning) as store:
        case = store.create_case()
        store.save_answer(case, "carer_name", name)
    return case


def answers(data: Path, case: int) -> dict:
    with open_store(data) as store:
        return store.load_answers(case)


def test_export_then_import_on_another_computer(tmp_path: Path, meaning):
    case = make_case(tmp_path / "a", "Siân", meaning=meaning)
    result = run(tmp_path / "a", "export", str(case), str(tmp_path / "siân.carerhelp"))
    assert result.returncode == 0, result.stderr
    assert f"Saved case {case}" in result.stdout
    result = run(tmp_path / "b", "import", str(tmp_path / "siân.carerhelp"))
    assert result.returncode == 0 and result.stdout.strip() == "Imported as case 1."
    assert answers(tmp_path / "b", 1) == {"carer_name": "Siân"}


def test_import_of_a_bad_file_is_a_plain_message(tmp_path: Path, meaning):
    make_case(tmp_path / "a", "Someone", meaning=meaning)
    (tmp_path / "bad.carerhelp").write_text('{"format": "carerhelp-case", "version": 7}')
    result = run(tmp_path / "a", "import", str(tmp_path / "bad.carerhelp"))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "made by a newer version of CarerHelp" in result.stderr


def test_export_all_writes_a_zip(tmp_path: Path, meaning):
    make_case(tmp_path / "a", "=cmd", meaning=meaning)
    result = run(tmp_path / "a", "export-all", str(tmp_path / "all.zip"))
    assert result.returncode == 0, result.stderr
    with zipfile.ZipFile(tmp_path / "all.zip") as archive:
        assert json.loads(archive.read("data.json"))["format"] == "carerhelp-everything"
        assert "'=cmd" in archive.read("csv/cases.csv").decode()


def test_backup_list_and_restore_by_name(tmp_path: Path, meaning):
    data = tmp_path / "data"
    case = make_case(data, "Before", meaning=meaning)
    made = run(data, "backup")
    assert made.returncode == 0 and made.stdout.startswith("Backup made and checked: ")
    (backup,) = list_backups(data)
    with open_store(data, meaning=meaning) as store:
        store.save_answer(case, "carer_name", "After")
    listed = run(data, "backups", "list")
    assert listed.returncode == 0 and backup.path.name in listed.stdout
    assert backup.label in listed.stdout
    assert run(data, "backups").stdout == listed.stdout
    restored = run(data, "restore", backup.path.name)
    assert restored.returncode == 0, restored.stderr
    assert f"Restored the backup made on {backup.label}." in restored.stdout
    assert answers(data, case) == {"carer_name": "Before"}


def test_backups_list_works_when_the_data_file_is_damaged(tmp_path: Path, meaning):
    data = tmp_path / "data"
    make_case(data, "Someone", meaning=meaning)
    run(data, "backup")
    (data / DATABASE_FILE_NAME).write_bytes(b"not a database at all" * 200)
    listed = run(data, "backups", "list")
    assert listed.returncode == 0 and "manual" in listed.stdout


def test_restore_of_something_that_is_not_a_backup_is_refused(tmp_path: Path, meaning):
    data = tmp_path / "data"
    make_case(data, "Someone", meaning=meaning)
    result = run(data, "restore", "carerhelp-20990101T000000Z-manual.sqlite3")
    assert result.returncode == 1 and "missing or damaged" in result.stderr


def test_erase_everything_needs_yes(tmp_path: Path, meaning):
    data = tmp_path / "data"
    make_case(data, "Someone", meaning=meaning)
    run(data, "backup")
    refused = run(data, "erase-everything")
    assert refused.returncode == 1 and "add --yes" in refused.stderr
    with open_store(data, meaning=meaning) as store:
        assert store.count_cases() == 1
    done = run(data, "erase-everything", "--yes")
    assert done.returncode == 0, done.stderr
    with open_store(data, meaning=meaning) as store:
        assert store.count_cases() == 0
    assert list_backups(data) == []
