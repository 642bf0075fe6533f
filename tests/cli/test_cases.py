"""`carerhelp cases list` and `cases stats`, run as a user runs them: in a subprocess, on real files."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

from carerhelp.paths import DATABASE_FILE_NAME
from carerhelp.storage import open_store
from carerhelp.storage.demo import generate_demo_cases


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "carerhelp", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


def test_an_empty_folder_gets_a_new_store_and_lists_nothing(tmp_path: Path):
    folder = tmp_path / "empty"
    folder.mkdir()
    result = run("--data-dir", str(folder), "cases", "list")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "No cases yet.\n"
    assert (folder / DATABASE_FILE_NAME).stat().st_size > 0
    as_json = run("--data-dir", str(folder), "cases", "list", "--json")
    assert json.loads(as_json.stdout) == []


def test_list_search_status_and_json(tmp_path: Path, meaning):
    with open_store(tmp_path, meaning=meaning) as store:
        sian = store.create_case()
        store.save_answer(sian, "carer_name", "Siân Llŷr 🙂")
        store.save_answer(sian, "person1_name", "Dafydd")
        closed = store.create_case()
        store.save_answer(closed, "carer_name", "Morag MacLeòid")
        store.set_status(closed, "closed")
        archived = store.create_case()
        store.save_answer(archived, "carer_name", "Archie Archived")
        store.set_archived(archived, True)

    listed = run("--data-dir", str(tmp_path), "cases", "list")
    assert listed.returncode == 0, listed.stderr
    assert "Siân Llŷr 🙂" in listed.stdout and "Morag MacLeòid" in listed.stdout
    assert "Archie" not in listed.stdout and "2 cases." in listed.stdout
    assert "Waiting" not in listed.stdout and "Closed" in listed.stdout

    found = run("--data-dir", str(tmp_path), "cases", "list", "--search", "sian", "--json")
    rows = json.loads(found.stdout)
    assert [(row["id"], row["carer_name"], row["person_name"]) for row in rows] == [
        (sian, "Siân Llŷr 🙂", "Dafydd")
    ]
    by_status = run("--data-dir", str(tmp_path), "cases", "list", "--status", "closed", "--json")
    assert [row["id"] for row in json.loads(by_status.stdout)] == [closed]
    everything = run("--data-dir", str(tmp_path), "cases", "list", "--archived", "--json")
    assert {row["id"] for row in json.loads(everything.stdout)} == {sian, closed, archived}
    nothing = run("--data-dir", str(tmp_path), "cases", "list", "--search", "zzz")
    assert nothing.stdout == "No cases match.\n"

    bad = run("--data-dir", str(tmp_path), "cases", "list", "--status", "lost")
    assert bad.returncode == 2 and "invalid choice" in bad.stderr


def test_stats_writes_anonymised_figures(tmp_path: Path, meaning):
    with open_store(tmp_path / "data", meaning=meaning) as store:
        generate_demo_cases(store, 40, seed=2)
        names = {case.carer_name for case in store.list_cases()}
    out = tmp_path / "figures.csv"
    result = run("--data-dir", str(tmp_path / "data"), "cases", "stats", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "anonymised figures" in result.stdout and str(out) in result.stdout
    text = out.read_text(encoding="utf-8")
    rows = list(csv.DictReader(text.splitlines()))
    assert {"measure": "cases", "group": "all", "count": "40"} in rows
    assert not any(name in text for name in names)

    nowhere = run(
        "--data-dir",
        str(tmp_path / "data"),
        "cases",
        "stats",
        "--out",
        str(tmp_path / "no" / "f.csv"),
    )
    assert nowhere.returncode == 1 and "Couldn't save" in nowhere.stderr
    assert "Traceback" not in nowhere.stderr


def test_a_second_copy_is_told_plainly(tmp_path: Path, meaning):
    with open_store(tmp_path, meaning=meaning):
        result = run("--data-dir", str(tmp_path), "cases", "list")
    assert result.returncode == 1
    assert "already using the data folder" in result.stderr and "Traceback" not in result.stderr
    assert "Switch to" not in result.stderr
