"""Export and import on real files: one case to a file and back, everything to a zip and back."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from carerhelp.domain.errors import StoreError, ValidationError
from carerhelp.domain.questionnaire import load_questionnaire
from carerhelp.storage import backup as backups
from carerhelp.storage import open_store
from carerhelp.storage.transfer import (
    case_payload,
    export_case,
    export_everything,
    import_case,
    import_everything,
    safe_cell,
)
from tests.storage.canary import fill_case

QUESTIONNAIRE = load_questionnaire()
FORMULAS = ['=HYPERLINK("http://x")', "+44 7700 900000", "-2+3", "@SUM(A1)", "\tx", "\rx"]


def audit(store) -> list[tuple[str, str | None]]:
    return store.query("SELECT action, volunteer FROM audit ORDER BY id")


def test_a_case_exported_and_imported_elsewhere_is_identical(tmp_path: Path, meaning):
    source = open_store(tmp_path / "a", meaning=meaning)
    case = fill_case(source, "Siân Llŷr 🙂 مرحبا")
    before = case_payload(source, case)
    export_case(source, case, tmp_path / "case.carerhelp", volunteer="Vera")
    source.close()
    document = json.loads((tmp_path / "case.carerhelp").read_text(encoding="utf-8"))
    assert (document["format"], document["version"]) == ("carerhelp-case", 1)
    assert len(document["sha256"]) == 64
    if os.name == "posix":
        assert (tmp_path / "case.carerhelp").stat().st_mode & 0o777 == 0o600

    target = open_store(tmp_path / "b", meaning=meaning)
    new_id = import_case(target, tmp_path / "case.carerhelp", volunteer="Wyn")
    assert case_payload(target, new_id) == before
    letter = target.list_letters(new_id)[0]
    assert target.get_letter(letter.id).pdf == "%PDF-1.4 Siân Llŷr 🙂 مرحبا\n%%EOF\n".encode()
    assert target.list_cases(search="Llŷr")[0].id == new_id, "the search index knows it"
    assert ("case_imported", "Wyn") in audit(target)
    assert [b.reason for b in backups.list_backups(tmp_path / "b")] == ["before-import"]

    again = import_case(target, tmp_path / "case.carerhelp")
    assert target.get_case(again).uid != target.get_case(new_id).uid, "nothing is overwritten"
    assert target.count_cases() == 2
    target.close()


def corrupt(document: dict) -> bytes:
    document["payload"]["case"]["carer_name"] = "Changed by hand"
    return json.dumps(document).encode()


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda d: b"\x00\x01garbage", "is damaged or is not a CarerHelp case file"),
        (lambda d: b"", "is damaged or is not a CarerHelp case file"),
        (lambda d: json.dumps(d).encode()[:-40], "is damaged or is not a CarerHelp case file"),
        (lambda d: json.dumps({**d, "format": "other"}).encode(), "is not a CarerHelp case file"),
        (lambda d: json.dumps({**d, "version": 2}).encode(), "made by a newer version"),
        (lambda d: json.dumps({**d, "version": "one"}).encode(), "is damaged"),
        (corrupt, "its check does not match"),
        (lambda d: json.dumps([d]).encode(), "is not a CarerHelp case file"),
    ],
    ids=["garbage", "empty", "truncated", "format", "newer", "version", "checksum", "list"],
)
def test_bad_case_files_get_plain_messages_and_change_nothing(
    tmp_path: Path, make, words: str, meaning
):
    source = open_store(tmp_path / "a", meaning=meaning)
    export_case(source, fill_case(source, "Bad file"), tmp_path / "good.carerhelp")
    source.close()
    document = json.loads((tmp_path / "good.carerhelp").read_text(encoding="utf-8"))
    (tmp_path / "bad.carerhelp").write_bytes(make(document))
    store = open_store(tmp_path / "d", meaning=meaning)
    with pytest.raises(StoreError) as caught:
        import_case(store, tmp_path / "bad.carerhelp")
    assert words in str(caught.value) and "nothing was imported" in str(caught.value)
    assert store.count_cases(include_archived=True) == 0
    assert backups.list_backups(tmp_path / "d") == [], "a bad file is refused before any backup"
    store.close()


def test_a_missing_file_and_a_newer_schema_are_explained(tmp_path: Path, meaning):
    with open_store(tmp_path / "d", meaning=meaning) as store:
        with pytest.raises(StoreError, match="There is no file called"):
            import_case(store, tmp_path / "nowhere.carerhelp")
        source = open_store(tmp_path / "a", meaning=meaning)
        export_case(source, fill_case(source, "Newer"), tmp_path / "c.carerhelp")
        source.close()
        document = json.loads((tmp_path / "c.carerhelp").read_text(encoding="utf-8"))
        document["payload"]["case"]["colour"] = "blue"  # a column this version doesn't have
        from carerhelp.storage.transfer import _checksum

        document["sha256"] = _checksum(document["payload"])
        (tmp_path / "c.carerhelp").write_text(json.dumps(document), encoding="utf-8")
        with pytest.raises(StoreError, match="made by a newer version"):
            import_case(store, tmp_path / "c.carerhelp")
        assert store.count_cases() == 0


def test_export_everything_holds_json_csv_and_letters(tmp_path: Path, meaning):
    store = open_store(tmp_path / "a", meaning=meaning)
    cases = [fill_case(store, marker) for marker in ("Gwenllian", "Dafydd")]
    store.set_notes(cases[0], FORMULAS[0])
    store.save_answer(cases[1], "carer_name", FORMULAS[3])
    export_everything(store, tmp_path / "all.zip")
    pdfs = {store.get_letter(x.id).pdf for c in cases for x in store.list_letters(c)}
    store.close()
    with zipfile.ZipFile(tmp_path / "all.zip") as archive:
        names = set(archive.namelist())
        data = json.loads(archive.read("data.json"))
        assert {f"csv/{t.strip('_')}.csv" for t in data["tables"]} <= names
        assert {archive.read(n) for n in names if n.startswith("letters/")} == pdfs
        sheets = {n: archive.read(n).decode() for n in names if n.endswith(".csv")}
    cells = [c for text in sheets.values() for row in csv.reader(io.StringIO(text)) for c in row]
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
    assert "'" + FORMULAS[0] in cells and "'" + FORMULAS[3] in cells
    letters = list(csv.DictReader(io.StringIO(sheets["csv/letters.csv"])))
    assert all(row["pdf"] in names for row in letters)


def test_import_everything_gives_back_identical_data(tmp_path: Path, meaning):
    source = open_store(tmp_path / "a", meaning=meaning)
    cases = [fill_case(source, marker) for marker in ("Gwenllian", "Dafydd 🙂", "")]
    source.set_archived(cases[2], True)
    expected = [case_payload(source, c) for c in cases]
    expected_audit = audit(source)
    volunteers = source.query("SELECT name, created_at FROM volunteers")
    export_everything(source, tmp_path / "all.zip")
    source.close()
    target = open_store(tmp_path / "b", meaning=meaning)
    assert import_everything(target, tmp_path / "all.zip") == 3
    ids = [c.id for c in target.list_cases(include_archived=True, sort="created_at")]
    got = sorted((case_payload(target, i) for i in ids), key=lambda p: p["case"]["uid"])
    assert got == sorted(expected, key=lambda p: p["case"]["uid"])
    assert target.query("SELECT name, created_at FROM volunteers") == volunteers
    assert audit(target)[-len(expected_audit) - 1 : -1] == expected_audit
    assert audit(target)[-1] == ("everything_imported", None)
    target.close()


def test_a_damaged_export_zip_imports_nothing(tmp_path: Path, meaning):
    store = open_store(tmp_path / "a", meaning=meaning)
    fill_case(store, "Zip")
    export_everything(store, tmp_path / "all.zip")
    with zipfile.ZipFile(tmp_path / "all.zip") as archive:
        document = json.loads(archive.read("data.json"))
    document["tables"]["answers"][0]["value"] = '"changed"'
    with zipfile.ZipFile(tmp_path / "tampered.zip", "w") as archive:
        archive.writestr("data.json", json.dumps(document))
    (tmp_path / "half.zip").write_bytes((tmp_path / "all.zip").read_bytes()[:300])
    for name, words in [("tampered.zip", "check does not match"), ("half.zip", "is damaged")]:
        with pytest.raises(StoreError, match=words):
            import_everything(store, tmp_path / name)
    assert store.count_cases() == 1
    store.close()


@pytest.mark.parametrize("value", FORMULAS)
def test_spreadsheet_formulas_are_neutralised(value: str):
    assert safe_cell(value) == "'" + value
    assert safe_cell("Siân") == "Siân" and safe_cell(-5) == -5


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.text(st.characters(exclude_categories=["Cs"]), max_size=200))
def test_any_text_survives_the_round_trip(tmp_path_factory, text: str, meaning):
    folder = tmp_path_factory.mktemp("roundtrip")
    with open_store(folder / "a", meaning=meaning) as source:
        case = source.create_case()
        with contextlib.suppress(ValidationError):  # as typed: cleaned, or refused if empty
            source.save_answer(case, "extra_info", QUESTIONNAIRE.parse("extra_info", text))
        source.set_notes(case, text)
        export_case(source, case, folder / "c.carerhelp")
        before = case_payload(source, case)
    with open_store(folder / "b", meaning=meaning) as target:
        assert case_payload(target, import_case(target, folder / "c.carerhelp")) == before
