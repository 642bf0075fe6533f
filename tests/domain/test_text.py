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


def _by_category(text: str) -> str:
    """The rule spelled out character by character, as the docstring states it."""
    kept = (
        char
        for char in text.replace("\r\n", "\n").translate(
            {0x0D: "\n", 0x2028: "\n", 0x2029: "\n", 0x85: "\n"}
        )
        if char in "\n\t" or (char not in BIDI and unicodedata.category(char) not in {"Cc", "Cs"})
    )
    return unicodedata.normalize("NFC", "".join(kept)).strip()


@given(st.text(alphabet=st.characters(codec=None), max_size=200))
def test_clean_text_removes_exactly_the_control_surrogate_and_bidi_characters(text: str):
    assert clean_text(text) == _by_category(text)


def test_every_control_and_surrogate_code_point_is_removed():
    every = "".join(chr(c) for c in range(0x110000) if unicodedata.category(chr(c)) in {"Cc", "Cs"})
    # Tab and newline stay; carriage return (U+000D) and NEL (U+0085) become newlines.
    assert clean_text(f"a{every}b") == "a\t\n\n\nb"


def test_long_date_in_welsh_has_every_month_and_no_ordinal():
    from datetime import date

    from carerhelp.domain.text import long_date

    months = [long_date(date(2026, month, 1), "cy").split()[1] for month in range(1, 13)]
    assert months == [
        "Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin",
        "Gorffennaf", "Awst", "Medi", "Hydref", "Tachwedd", "Rhagfyr",
    ]  # fmt: skip
    assert long_date(date(2026, 12, 1), "cy") == "1 Rhagfyr 2026"
    assert long_date(date(2026, 9, 7)) == "7 September 2026"
