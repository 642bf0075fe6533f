"""Exports protected with a passphrase: unreadable without it, and a wrong passphrase or a
changed byte gives a plain message and imports nothing."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from carerhelp.domain.errors import CarerHelpError
from carerhelp.storage import open_store, sealed
from carerhelp.storage.sealed import NeedsPassphrase, WrongPassphrase
from carerhelp.storage.transfer import (
    export_case,
    export_everything,
    import_case,
    import_everything,
    is_protected_export,
)
from tests.storage.canary import fill_case, hits, new_canary

PASSPHRASE = "blue kettle on the hill"


@pytest.fixture(autouse=True)
def quick_kdf(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(sealed, "SCRYPT_N", 2**12)


@pytest.fixture
def questionnaire(content):
    return content.questionnaire


@pytest.fixture
def source(tmp_path: Path, meaning):
    marker = new_canary()
    store = open_store(tmp_path / "a", meaning=meaning)
    case = fill_case(store, marker)
    yield store, case, marker
    store.close()


def test_a_protected_case_export_holds_nothing_readable_and_imports_with_its_passphrase(
    tmp_path: Path, source, meaning, questionnaire
):
    store, case, marker = source
    out = tmp_path / "out" / "case.carerhelp"
    out.parent.mkdir()
    export_case(store, case, out, passphrase=PASSPHRASE)
    assert hits([out.parent], marker) == []
    assert out.read_bytes().startswith(b"CarerHelp export protected with a passphrase")
    assert is_protected_export(out)
    with open_store(tmp_path / "b", meaning=meaning) as other:
        with pytest.raises(NeedsPassphrase, match="protected with a passphrase"):
            import_case(other, out, questionnaire=questionnaire)
        with pytest.raises(WrongPassphrase, match="That passphrase is not right"):
            import_case(other, out, questionnaire=questionnaire, passphrase="not the one at all")
        assert other.count_cases() == 0
        new = import_case(other, out, questionnaire=questionnaire, passphrase=PASSPHRASE)
        assert other.load_answers(new) == store.load_answers(case)
        assert marker in other.get_case(new).notes


def test_an_export_without_a_passphrase_is_as_before(
    tmp_path: Path, source, meaning, questionnaire
):
    store, case, marker = source
    out = tmp_path / "out" / "case.carerhelp"
    out.parent.mkdir()
    export_case(store, case, out)
    assert hits([out.parent], marker)  # plain JSON, readable: the user was told so first
    assert not is_protected_export(out)
    with open_store(tmp_path / "b", meaning=meaning) as other:
        new = import_case(other, out, questionnaire=questionnaire)
        assert other.load_answers(new) == store.load_answers(case)


@pytest.mark.parametrize("where", ["header", "body", "end"])
def test_a_changed_byte_anywhere_is_caught_and_nothing_imported(
    tmp_path: Path, source, meaning, questionnaire, where: str
):
    store, case, _marker = source
    out = tmp_path / "case.carerhelp"
    export_case(store, case, out, passphrase=PASSPHRASE)
    raw = bytearray(out.read_bytes())
    head_end = raw.index(b"\n", len(sealed.MAGIC))
    spot = {"header": head_end - 3, "body": (head_end + len(raw)) // 2, "end": len(raw) - 1}[where]
    raw[spot] ^= 0x01
    out.write_bytes(bytes(raw))
    with open_store(tmp_path / "b", meaning=meaning) as other:
        with pytest.raises(CarerHelpError, match=r"damaged|not right") as caught:
            import_case(other, out, questionnaire=questionnaire, passphrase=PASSPHRASE)
        if where != "header":
            assert "has been changed" in str(caught.value)
        assert other.count_cases() == 0


def test_a_protected_export_of_everything_round_trips(
    tmp_path: Path, source, meaning, questionnaire
):
    store, _case, marker = source
    out = tmp_path / "out" / "everything.zip"
    out.parent.mkdir()
    export_everything(store, out, passphrase=PASSPHRASE)
    assert hits([out.parent], marker) == []
    assert not zipfile.is_zipfile(out)
    with open_store(tmp_path / "b", meaning=meaning) as other:
        with pytest.raises(WrongPassphrase):
            import_everything(
                other, out, questionnaire=questionnaire, passphrase="wrong words here"
            )
        assert other.count_cases() == 0
        assert (
            import_everything(other, out, questionnaire=questionnaire, passphrase=PASSPHRASE) == 1
        )
        assert marker in other.list_cases()[0].notes


def test_a_short_passphrase_is_refused_before_anything_is_written(tmp_path: Path, source):
    store, case, _marker = source
    out = tmp_path / "case.carerhelp"
    with pytest.raises(CarerHelpError, match="at least 8 characters"):
        export_case(store, case, out, passphrase="short")
    assert not out.exists()
