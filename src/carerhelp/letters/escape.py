"""Make any user value safe for reportlab's paragraph markup: cleaned, escaped, long words breakable."""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from carerhelp.domain.text import clean_text

LONG_WORD = 40
_WORD = re.compile(rf"\S{{{LONG_WORD + 1},}}")
ZERO_WIDTH_SPACE = "\u200b"


def breakable(text: str) -> str:
    """Insert break opportunities into very long unbroken runs, so they wrap instead of overflowing."""

    def split(match: re.Match[str]) -> str:
        word = match.group(0)
        return ZERO_WIDTH_SPACE.join(
            word[i : i + LONG_WORD] for i in range(0, len(word), LONG_WORD)
        )

    return _WORD.sub(split, text)


def markup(text: str) -> str:
    """Plain text → paragraph markup: nothing typed can become a tag, link, image or entity."""
    cleaned = clean_text(text)
    return escape(breakable(cleaned)).replace("\n", "<br/>")
