"""Files made by someone hostile: each attack from issue 15 is refused with a plain message and
exit status 1, leaving the store byte-for-byte as it was; or, where it is harmless once cleaned,
imported clean."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest

from carerhelp.__main__ import main
from carerhelp.domain.errors import StoreError
from carerhelp.storage import open_store
from carerhelp.storage.transfer import _checksum, export_case, export_everything, safe_cell
from tests.storage.canary import fill_case

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "docs" / "examples" / "england.json"


def snapshot(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def exported(tmp_path: Path, meaning) -> dict[str, Any]:
    """A real export of a full case (answers, consent, diary, earnings, a letter)."""
    with open_store(tmp_path / "source", meaning=meaning) as source:
        export_case(source, fill_case(source, "Hostile"), tmp_path / "good.carerhelp")
    return json.loads((tmp_path / "good.carerhelp").read_text(encoding="utf-8"))


@pytest.fixture
def target(tmp_path: Path, meaning) -> Path:
    folder = tmp_path / "target"
    with open_store(folder, meaning=meaning) as store:
        store.create_case()
    return folder


def write_case(path: Path, document: dict[str, Any]) -> Path:
    """Write the document with its checksum recomputed, as an attacker would."""
    document["sha256"] = _checksum(document["payload"])
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def refused(folder: Path, capsys, *args: str) -> str:
    before = snapshot(folder)
    code = main(["--data-dir", str(folder), *args])
    err = capsys.readouterr().err
    assert code == 1, err
    assert "Traceback" not in err and err.startswith("carerhelp: ")
    assert snapshot(folder) == before, "a refused file must leave the store exactly as it was"
    return err


def answer(document: dict[str, Any], question: str) -> dict[str, Any]:
    rows = document["payload"]["tables"]["answers"]
    return next(row for row in rows if row["question_id"] == question)


# ----- values that break things later ----------------------------------------------------------
MUTATIONS = {
    "status": (lambda d: d["payload"]["case"].update(status="hacked"), "status"),
    "archived": (lambda d: d["payload"]["case"].update(archived="yes"), "archived"),
    "created_at": (lambda d: d["payload"]["case"].update(created_at="soon"), "is not a date"),
    "position": (lambda d: d["payload"]["case"].update(current_question=7), "place"),
    "unknown question": (
        lambda d: answer(d, "carer_name").update(question_id="favourite_colour"),
        "favourite_colour",
    ),
    "answer type": (
        lambda d: answer(d, "person1_hours").update(value='"lots"'),
        "person1_hours",
    ),
    "answer range": (
        lambda d: answer(d, "person1_hours").update(value="900"),
        "person1_hours",
    ),
    "answer not json": (lambda d: answer(d, "carer_name").update(value="{"), "not JSON"),
    "answer nested": (
        lambda d: answer(d, "carer_name").update(value="[" * 5000 + "]" * 5000),
        "nested",
    ),
    "letter kind": (
        lambda d: d["payload"]["tables"]["letters"][0].update(kind="x/../../evil"),
        "kind CarerHelp doesn't make",
    ),
    "letter pdf": (
        lambda d: d["payload"]["tables"]["letters"][0].update(pdf={"$base64": "aGVsbG8="}),
        "real PDF",
    ),
    "letter answers": (
        lambda d: d["payload"]["tables"]["letters"][0].update(answers='{"nation": "narnia"}'),
        "letter 1's answers",
    ),
    "consent empty": (
        lambda d: d["payload"]["tables"]["consents"][0].update(covers="   "),
        "consent 1 covers is empty",
    ),
    "diary hours": (
        lambda d: d["payload"]["tables"]["diary_entries"][0].update(hours=99),
        "diary day 1",
    ),
    "payment": (
        lambda d: d["payload"]["tables"]["earnings"][0].update(gross="-5"),
        "payment 1",
    ),
    "people": (lambda d: d["payload"]["tables"]["people"].append({"position": 9}), "person 2"),
    "tables": (lambda d: d["payload"].update(tables=[]), "tables"),
}


@pytest.mark.parametrize("mutation", MUTATIONS)
def test_wrong_values_with_a_recomputed_checksum_are_refused(
    tmp_path, exported, target, capsys, mutation
):
    change, words = MUTATIONS[mutation]
    change(exported)
    path = write_case(tmp_path / "bad.carerhelp", exported)
    err = refused(target, capsys, "import", str(path))
    assert str(path) in err and words in err and "Nothing was imported" in err


def test_names_and_notes_are_cleaned_before_they_reach_a_terminal(
    tmp_path, exported, target, capsys, meaning
):
    nasty = "Ev\x00il \x1b[31mRed\x1b[0m \u202etxt.exe"
    answer(exported, "carer_name")["value"] = json.dumps(nasty)
    exported["payload"]["case"]["carer_name"] = nasty
    exported["payload"]["case"]["notes"] = nasty
    exported["payload"]["tables"]["consents"][0]["recorded_by"] = nasty
    path = write_case(tmp_path / "nasty.carerhelp", exported)
    assert main(["--data-dir", str(target), "import", str(path)]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(target), "cases", "list"]) == 0
    shown = capsys.readouterr().out
    assert "Evil [31mRed[0m txt.exe" in shown
    for bad in ("\x00", "\x1b", "\u202e"):
        assert bad not in shown
    with open_store(target, meaning=meaning) as store:
        (case,) = [c for c in store.list_cases() if c.carer_name]
        assert "\x1b" not in case.notes and "\x00" not in case.notes
        assert store.query("SELECT recorded_by FROM consents")[0][0] == "Evil [31mRed[0m txt.exe"


# ----- consent in advice-centre mode ---------------------------------------------------------------
def test_an_import_cannot_bypass_consent(tmp_path, exported, target, capsys, meaning):
    with open_store(target, meaning=meaning) as store:
        store.advice_centre_mode = True
    exported["payload"]["tables"]["consents"] = []
    path = write_case(tmp_path / "no-consent.carerhelp", exported)
    err = refused(target, capsys, "import", str(path))
    assert "advice-centre mode" in err and "consent" in err and "Nothing was imported" in err


def test_a_withdrawn_consent_is_not_consent(tmp_path, exported, target, capsys, meaning):
    with open_store(target, meaning=meaning) as store:
        store.advice_centre_mode = True
    exported["payload"]["tables"]["consents"][0]["withdrawn_at"] = "2026-11-30T10:00:00+00:00"
    path = write_case(tmp_path / "withdrawn.carerhelp", exported)
    refused(target, capsys, "import", str(path))


def test_a_case_carrying_its_consent_imports_in_advice_centre_mode(
    tmp_path, exported, target, capsys, meaning
):
    with open_store(target, meaning=meaning) as store:
        store.advice_centre_mode = True
    path = tmp_path / "good.carerhelp"
    assert main(["--data-dir", str(target), "import", str(path)]) == 0, capsys.readouterr().err
    with open_store(target, meaning=meaning) as store:
        covers, given_at, by = store.query("SELECT covers, given_at, recorded_by FROM consents")[0]
        assert covers == "Consent Hostile" and given_at and by == "Volunteer Vera"


# ----- readers that must not trace back ---------------------------------------------------------
def test_a_5000_digit_number_is_refused(tmp_path, exported, target, capsys):
    (tmp_path / "answers.json").write_text('{"nation": "england", "carer_age": ' + "9" * 5000 + "}")
    err = refused(target, capsys, "assess", str(tmp_path / "answers.json"))
    assert "5,000 digits" in err
    text = (tmp_path / "good.carerhelp").read_text(encoding="utf-8")
    (tmp_path / "digits.carerhelp").write_text(
        text.replace('"version": 1', '"version": ' + "1" * 5000)
    )
    err = refused(target, capsys, "import", str(tmp_path / "digits.carerhelp"))
    assert "5,000 digits" in err and "Nothing was imported" in err


def test_deep_nesting_is_refused(tmp_path, target, capsys):
    deep = "[" * 100_000 + "]" * 100_000
    (tmp_path / "deep.json").write_text('{"nation": ' + deep + "}")
    err = refused(target, capsys, "assess", str(tmp_path / "deep.json"))
    assert "nested" in err
    (tmp_path / "deep.carerhelp").write_text(
        '{"format": "carerhelp-case", "payload": ' + deep + "}"
    )
    err = refused(target, capsys, "import", str(tmp_path / "deep.carerhelp"))
    assert "nested" in err and "Nothing was imported" in err


def test_a_lone_surrogate_is_refused(tmp_path, exported, target, capsys):
    text = json.dumps(exported, ensure_ascii=True).replace("Hostile", "Host\\ud800ile", 1)
    (tmp_path / "surrogate.carerhelp").write_text(text)
    err = refused(target, capsys, "import", str(tmp_path / "surrogate.carerhelp"))
    assert "broken character" in err
    (tmp_path / "surrogate.json").write_text('{"nation": "england", "carer_name": "A\\udc00"}')
    assert "broken character" in refused(target, capsys, "assess", str(tmp_path / "surrogate.json"))


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
@pytest.mark.parametrize("command", ["import", "assess"])
def test_dev_zero_is_not_read(target, capsys, command):
    err = refused(target, capsys, command, "/dev/zero")
    assert "not an ordinary file" in err


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
@pytest.mark.parametrize("command", ["import", "assess", "letter"])
def test_a_named_pipe_does_not_hang(tmp_path, target, command):
    pipe = tmp_path / "pipe.json"
    os.mkfifo(pipe)
    args = [command, str(pipe)] + (
        ["--out", str(tmp_path / "x.pdf")] if command == "letter" else []
    )
    result = subprocess.run(
        [sys.executable, "-m", "carerhelp", "--data-dir", str(target), *args],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1 and "not an ordinary file" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_folder_is_named_as_a_folder(tmp_path, target, capsys):
    for command in ("assess", "import"):
        err = refused(target, capsys, command, str(tmp_path))
        assert "is a folder" in err and "Errno" not in err


def test_an_unreadable_case_file_is_not_called_damaged(tmp_path, target, capsys, monkeypatch):
    path = tmp_path / "locked.carerhelp"
    path.write_text("{}")
    real_open = os.open

    def no_entry(file, flags, *args, **kwargs):
        if str(file) == str(path):
            raise PermissionError(13, "Permission denied")
        return real_open(file, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", no_entry)
    err = refused(target, capsys, "import", str(path))
    assert "isn't allowed to read" in err and "damaged" not in err


def test_a_huge_file_is_not_read(tmp_path, target, capsys, monkeypatch):
    import carerhelp.domain.answers_file as answers_file
    import carerhelp.storage.transfer as transfer

    monkeypatch.setattr(transfer, "MAX_FILE_BYTES", 1000)
    monkeypatch.setattr(answers_file, "MAX_ANSWERS_BYTES", 1000)
    (tmp_path / "big.json").write_text(" " * 2000 + "{}")
    assert "too big" in refused(target, capsys, "import", str(tmp_path / "big.json"))
    assert "too big" in refused(target, capsys, "assess", str(tmp_path / "big.json"))


# ----- zips ---------------------------------------------------------------------------------------
def test_a_zip_entry_name_is_built_from_safe_parts_only(tmp_path, meaning):
    with open_store(tmp_path / "data", meaning=meaning) as store:
        case = fill_case(store, "Zip")
        with store.write() as tx:  # as if an older CarerHelp had let any kind in
            tx.execute("UPDATE letters SET kind = '../../../evil' WHERE case_id = ?", (case,))
        export_everything(store, tmp_path / "all.zip")
    with zipfile.ZipFile(tmp_path / "all.zip") as archive:
        names = archive.namelist()
    assert all(".." not in name and not name.startswith("/") for name in names)
    assert any(name.startswith("letters/case-") and name.endswith("-letter.pdf") for name in names)


def test_a_zip_with_a_huge_data_json_is_refused(tmp_path, monkeypatch, meaning):
    import carerhelp.storage.transfer as transfer
    from carerhelp.storage.backup import list_backups

    with zipfile.ZipFile(tmp_path / "bomb.zip", "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("data.json", b" " * (3 << 20))  # 3 MB that packs into 3 KB
    monkeypatch.setattr(transfer, "MAX_FILE_BYTES", 1 << 20)
    with open_store(tmp_path / "data", meaning=meaning) as store:
        with pytest.raises(StoreError, match="is damaged or is not a CarerHelp export"):
            transfer.import_everything(store, tmp_path / "bomb.zip")
        assert store.count_cases() == 0
    assert list_backups(tmp_path / "data") == []


@pytest.mark.parametrize(
    "value",
    [" =1+1", "\n=1+1", "\r\n@SUM(A1)", "＝HYPERLINK(1)", "＋1", "－1", "＠A1", "  \t-2", "|calc"],
)
def test_every_form_of_formula_is_neutralised_in_csv_cells(tmp_path, value, meaning):
    import csv
    import io

    assert safe_cell(value) == "'" + value
    with open_store(tmp_path / "data", meaning=meaning) as store:
        case = store.create_case()
        store.save_answer(case, "carer_name", "Plain")
        with store.write() as tx:  # as an older CarerHelp's import could have left it
            tx.execute("UPDATE cases SET notes = ? WHERE id = ?", (value, case))
        export_everything(store, tmp_path / "all.zip")
    with zipfile.ZipFile(tmp_path / "all.zip") as archive:
        rows = list(csv.DictReader(io.StringIO(archive.read("csv/cases.csv").decode())))
    notes = rows[0]["notes"]
    assert notes.startswith("'"), notes


def test_a_column_from_a_newer_carerhelp_is_explained(tmp_path, exported, target, capsys):
    exported["payload"]["tables"]["letters"][0]["colour"] = "blue"
    path = write_case(tmp_path / "newer.carerhelp", exported)
    err = refused(target, capsys, "import", str(path))
    assert "made by a newer version" in err and "nothing was imported" in err
