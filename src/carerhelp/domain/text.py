"""Cleaning typed text at the boundary: NFC, no control or bidi-override characters, no lone surrogates."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

# Removed from typed text: control characters (Unicode category Cc) except newline and tab, the
# bidi embedding, override and isolate controls, and lone surrogates (category Cs). One character
# class, so cleaning a 10,000-character answer is a single pass in C.
_REMOVED = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_LINE_BREAKS = re.compile(r"\r\n|\r|\u2028|\u2029|\x85")


def clean_text(text: str, *, single_line: bool = False) -> str:
    """Return `text` in NFC with control characters (but newlines and tabs) and lone surrogates removed.

    Bidi override characters are removed too, so a name can't be made to print backwards.
    With `single_line`, newlines and tabs become spaces. Leading and trailing spaces are trimmed.
    """
    text = _LINE_BREAKS.sub("\n", text)
    text = _REMOVED.sub("", text)
    text = unicodedata.normalize("NFC", text)
    if single_line:
        text = " ".join(text.split())
    return text.strip()


MONTHS = {
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
    "cy": (
        "Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin",
        "Gorffennaf", "Awst", "Medi", "Hydref", "Tachwedd", "Rhagfyr",
    ),
}  # fmt: skip
"""The months in English and in Welsh, written out here rather than taken from the computer's
locale, so a letter's date never depends on how the computer it was made on is set up."""


SHORT_MONTHS = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "cy": (
        "Ion",
        "Chwef",
        "Maw",
        "Ebr",
        "Mai",
        "Meh",
        "Gorff",
        "Awst",
        "Medi",
        "Hyd",
        "Tach",
        "Rhag",
    ),
}
"""The months shortened, as a week's dates are written in a table ("1 Nov", "1 Tach")."""


def short_date(day: date, lang: str = "en") -> str:
    """A day and its month shortened: "1 Nov", in Welsh "1 Tach"."""
    return f"{day.day} {SHORT_MONTHS[lang][day.month - 1]}"


def long_date(day: date, lang: str = "en") -> str:
    """A date as a letter writes it: "7 September 2026", in Welsh "7 Medi 2026".

    A Welsh letter writes the day as a plain number after the month's name, as the Welsh Government's
    own letters do ("1 Rhagfyr 2026"): no ordinal ("1af") and no day name."""
    return f"{day.day} {MONTHS[lang][day.month - 1]} {day.year}"
