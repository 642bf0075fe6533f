"""clean_text: what may and may not survive from typed or pasted text."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from carerhelp.domain.text import clean_text

BIDI = [chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))]


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("  Siân  ", "Siân"),
        ("Sia\u0302n", "Siân"),  # decomposed → NFC
        ("a\x00b\x07c\x1bd\x7fe\x85f\x9fg", "abcde\nfg"),  # C0 and C1 controls; NEL is a newline
        ("line 1\r\nline 2\rline 3", "line 1\nline 2\nline 3"),
        ("col\tumn", "col\tumn"),
        ("evil\u202egnp.exe", "evilgnp.exe"),
        ("\u2066isolate\u2069", "isolate"),
        ("bad\ud800name", "badname"),
        ("Ll\u0177r \u2014 Ó Dónaill", "Llŷr — Ó Dónaill"),
    ],
)
def test_clean_text(raw: str, clean: str):
    assert clean_text(raw) == clean


def test_single_line_folds_whitespace():
    assert clean_text(" 12 Station Road\n\tLeeds  ", single_line=True) == "12 Station Road Leeds"


@given(st.text(alphabet=st.characters(codec=None, exclude_categories=())))
def test_nothing_unsafe_survives_and_cleaning_twice_changes_nothing(raw: str):
    clean = clean_text(raw)
    assert clean == clean_text(clean)
    assert unicodedata.is_normalized("NFC", clean)
    for char in clean:
        assert char in "\n\t" or unicodedata.category(char) not in {"Cc", "Cs"}
        assert char not in BIDI
