"""Password protection headless: protect, volunteers add|remove|reset, cases add, unprotect, with
passwords only ever from a file or a hidden prompt."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

import pytest

from carerhelp.__main__ import main
from carerhelp.storage import keys
from carerhelp.storage.engine import is_plain_file

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "docs" / "examples" / "england.json"
OWNER = "owner password one"


@pytest.fixture(autouse=True)
def quick_kdf(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(keys, "SCRYPT_N", 2**12)


def lines(tmp_path: Path, *passwords: str) -> str:
    path = tmp_path / f"pw{len(list(tmp_path.glob('pw*')))}.txt"
    path.write_text("\n".join(passwords) + "\n", encoding="utf-8")
    return str(path)


def cli(data: Path, *args: str) -> int:
    return main(["--data-dir", str(data), *args])


def test_an_advice_centre_protects_adds_three_volunteers_and_each_signs_in(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    data = tmp_path / "data"
    assert cli(data, "cases", "add", str(EXAMPLE)) == 0
    first = int(capsys.readouterr().out.strip())
    assert cli(data, "protect", "--password-file", lines(tmp_path, OWNER)) == 0
    out = capsys.readouterr().out
    code = next(line.strip() for line in out.splitlines() if line.count("-") == 5)
    assert "shown only this once" in out and "nothing can be recovered" in out
    assert not is_plain_file(data / "carerhelp.sqlite3")
    for name in ("Ann", "Bob", "Carys"):
        args = ["volunteers", "add", name, "--password-file"]
        assert cli(data, *args, lines(tmp_path, OWNER, f"{name} pass word")) == 0
    assert "Ann can now sign in" in capsys.readouterr().out
    for name in ("Ann", "Bob", "Carys"):
        assert (
            cli(
                data,
                "cases",
                "add",
                str(EXAMPLE),
                "--as",
                name,
                "--password-file",
                lines(tmp_path, f"{name} pass word"),
            )
            == 0
        )
    ids = [int(x) for x in capsys.readouterr().out.split()]
    assert ids == [first + 1, first + 2, first + 3]
    assert (
        cli(data, "cases", "list", "--recovery-code", "--password-file", lines(tmp_path, code)) == 0
    )
    assert "4 cases." in capsys.readouterr().out
    assert cli(data, "volunteers", "list", "--password-file", lines(tmp_path, OWNER)) == 0
    assert capsys.readouterr().out.split() == ["Ann", "Bob", "Carys"]
    # Removed: Bob's password opens nothing now; reset: Ann's old one neither.
    assert cli(data, "volunteers", "remove", "Bob", "--password-file", lines(tmp_path, OWNER)) == 0
    assert (
        cli(
            data,
            "volunteers",
            "reset",
            "Ann",
            "--password-file",
            lines(tmp_path, OWNER, "Ann new words"),
        )
        == 0
    )
    capsys.readouterr()
    assert (
        cli(
            data,
            "cases",
            "list",
            "--as",
            "Bob",
            "--password-file",
            lines(tmp_path, "Bob pass word"),
        )
        == 1
    )
    assert "name or password is not right" in capsys.readouterr().err
    assert (
        cli(
            data,
            "cases",
            "list",
            "--as",
            "Ann",
            "--password-file",
            lines(tmp_path, "Ann pass word"),
        )
        == 1
    )
    assert (
        cli(
            data,
            "cases",
            "list",
            "--as",
            "Ann",
            "--password-file",
            lines(tmp_path, "Ann new words"),
        )
        == 0
    )
    # The audit log says who signed in and what they did.
    key = keys.unlock(data, OWNER)
    from carerhelp.storage import open_store

    with open_store(data, key=key) as store:
        log = store.query("SELECT action, volunteer FROM audit ORDER BY id")
    assert ("volunteer_added", "owner") in log
    assert ("volunteer_removed", "owner") in log
    assert ("signed_in", "Carys") in log and ("case_created", "Carys") in log
    assert cli(data, "unprotect", "--password-file", lines(tmp_path, OWNER)) == 0
    assert is_plain_file(data / "carerhelp.sqlite3") and not keys.is_protected(data)
    assert cli(data, "cases", "list") == 0
    assert "4 cases." in capsys.readouterr().out


def test_a_protected_store_without_a_password_file_is_a_plain_message(tmp_path: Path, capsys):
    data = tmp_path / "data"
    assert cli(data, "cases", "add", str(EXAMPLE)) == 0
    assert cli(data, "protect", "--password-file", lines(tmp_path, OWNER)) == 0
    capsys.readouterr()
    assert cli(data, "cases", "list") == 1  # no terminal to type into here
    err = capsys.readouterr().err
    assert "needs a password" in err and "--password-file" in err


def test_a_short_password_or_a_short_password_file_changes_nothing(tmp_path: Path, capsys):
    data = tmp_path / "data"
    assert cli(data, "cases", "add", str(EXAMPLE)) == 0
    assert cli(data, "protect", "--password-file", lines(tmp_path, "short")) == 1
    assert "at least 8 characters" in capsys.readouterr().err
    assert not keys.is_protected(data)
    assert cli(data, "protect", "--password-file", lines(tmp_path, OWNER)) == 0
    assert cli(data, "volunteers", "add", "Dai", "--password-file", lines(tmp_path, OWNER)) == 1
    assert "needs 2 line(s)" in capsys.readouterr().err
    assert keys.read_key_file(data).volunteers() == []


def test_cases_add_refuses_a_bad_answers_file_and_adds_nothing(tmp_path: Path, capsys):
    data = tmp_path / "data"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"answers": {"carer_age": "old"}}), encoding="utf-8")
    assert cli(data, "cases", "add", str(bad)) == 1
    assert capsys.readouterr().err
    assert cli(data, "cases", "list") == 0
    assert "No cases yet." in capsys.readouterr().out


def test_no_command_takes_a_password_as_an_argument():
    """Passwords come from a file or a hidden prompt, never the command line (which other
    users of the PC can see) or the environment."""
    from carerhelp.cli import build_parser

    def options(parser) -> set[str]:
        found = set()
        for action in parser._actions:
            found.update(action.option_strings)
            if isinstance(action, argparse._SubParsersAction):
                for sub in action.choices.values():
                    found |= options(sub)
        return found

    found = options(build_parser())
    assert "--password-file" in found
    assert not [o for o in found if "password" in o and o != "--password-file"]
    source = (ROOT / "src" / "carerhelp").rglob("*.py")
    assert not [p for p in source if "environ" in p.read_text() and "PASSWORD" in p.read_text()]


def test_protect_runs_as_a_real_command_with_the_real_cost(tmp_path: Path):
    data = tmp_path / "data"
    password = tmp_path / "pw.txt"
    password.write_text(OWNER + "\n", encoding="utf-8")
    run = [sys.executable, "-m", "carerhelp", "--data-dir", str(data)]
    added = subprocess.run([*run, "cases", "add", str(EXAMPLE)], capture_output=True, text=True)
    assert added.returncode == 0, added.stderr
    done = subprocess.run(
        [*run, "protect", "--password-file", str(password)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert OWNER not in done.stdout
    listed = subprocess.run(
        [*run, "cases", "list", "--password-file", str(password)],
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    assert listed.returncode == 0 and "1 case." in listed.stdout, listed.stderr
    entry = keys.read_key_file(data).people["owner"]
    assert entry["n"] == 2**17


def test_unprotect_help_says_what_turning_protection_off_does(capsys):
    with pytest.raises(SystemExit):
        main(["unprotect", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "stored unencrypted again, so anyone who can open the files can read every answer" in out


def test_exports_protected_with_a_passphrase_and_unprotected_ones_said_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
):
    from carerhelp.storage import sealed

    monkeypatch.setattr(sealed, "SCRYPT_N", 2**12)
    data, other = tmp_path / "data", tmp_path / "other"
    assert cli(data, "cases", "add", str(EXAMPLE)) == 0
    case = capsys.readouterr().out.strip()
    plain, locked = tmp_path / "plain.carerhelp", tmp_path / "locked.carerhelp"
    assert cli(data, "export", case, str(plain)) == 0
    assert "not protected with a passphrase" in capsys.readouterr().err
    phrase = lines(tmp_path, "blue kettle on the hill")
    assert cli(data, "export", case, str(locked), "--passphrase-file", phrase) == 0
    done = capsys.readouterr()
    assert "not protected" not in done.err and "protected with the passphrase" in done.out
    assert b"Roberts" in plain.read_bytes() and b"Roberts" not in locked.read_bytes()
    assert cli(other, "import", str(locked)) == 1
    assert "protected with a passphrase" in capsys.readouterr().err
    wrong = lines(tmp_path, "a wrong kettle")
    assert cli(other, "import", str(locked), "--passphrase-file", wrong) == 1
    assert "That passphrase is not right" in capsys.readouterr().err
    assert cli(other, "import", str(locked), "--passphrase-file", phrase) == 0
    zipped = tmp_path / "all.zip"
    assert cli(data, "export-all", str(zipped), "--passphrase-file", phrase) == 0
    assert b"Roberts" not in zipped.read_bytes()
