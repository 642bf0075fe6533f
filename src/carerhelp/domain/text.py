"""Cleaning typed text at the boundary: NFC, no control or bidi-override characters, no lone surrogates."""

from __future__ import annotations

import re
import unicodedata

_KEEP = {"\n", "\t"}
_BIDI_CONTROLS = {chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))}
_LINE_BREAKS = re.compile(r"\r\n|\r|\u2028|\u2029|\x85")


def _allowed(char: str) -> bool:
    if char in _KEEP:
        return True
    if char in _BIDI_CONTROLS:
        return False
    category = unicodedata.category(char)
    return category not in {"Cc", "Cs"}


def clean_text(text: str, *, single_line: bool = False) -> str:
    """Return `text` in NFC with control characters (but newlines and tabs) and lone surrogates removed.

    Bidi override characters are removed too, so a name can't be made to print backwards.
    With `single_line`, newlines and tabs become spaces. Leading and trailing spaces are trimmed.
    """
    text = _LINE_BREAKS.sub("\n", text)
    text = "".join(char for char in text if _allowed(char))
    text = unicodedata.normalize("NFC", text)
    if single_line:
        text = " ".join(text.split())
    return text.strip()
