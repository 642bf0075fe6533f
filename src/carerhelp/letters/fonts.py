"""The letter font (DejaVu Sans, shipped in resources/fonts/) and which characters it can draw."""

from __future__ import annotations

from functools import cache

FAMILY = "CarerHelpSans"
FILES = {
    FAMILY: "DejaVuSans.ttf",
    f"{FAMILY}-Bold": "DejaVuSans-Bold.ttf",
    f"{FAMILY}-Italic": "DejaVuSans-Oblique.ttf",
    f"{FAMILY}-BoldItalic": "DejaVuSans-BoldOblique.ttf",
}
SUBSTITUTE = "?"
_INVISIBLE_OK = {"\n", "\t", "\u200b", " "}

# The two caches below are not content: reportlab keeps registered fonts in its own process-wide
# registry, so registering them (and reading which characters they draw) happens once per process.


@cache
def register_fonts() -> str:
    """Register the family with reportlab once; returns the family name."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from carerhelp.paths import resource

    for name, file_name in FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource("fonts", file_name))))
    pdfmetrics.registerFontFamily(
        FAMILY,
        normal=FAMILY,
        bold=f"{FAMILY}-Bold",
        italic=f"{FAMILY}-Italic",
        boldItalic=f"{FAMILY}-BoldItalic",
    )
    for bold, italic, suffix in (
        (0, 0, ""),
        (1, 0, "-Bold"),
        (0, 1, "-Italic"),
        (1, 1, "-BoldItalic"),
    ):
        addMapping(FAMILY, bold, italic, f"{FAMILY}{suffix}")
    return FAMILY


@cache
def _glyphs() -> frozenset[int]:
    from reportlab.pdfbase import pdfmetrics

    register_fonts()
    faces = [pdfmetrics.getFont(name).face for name in FILES]
    sets = [frozenset(face.charToGlyph) for face in faces]
    return frozenset.intersection(*sets)


def unprintable(text: str) -> list[str]:
    """The characters in `text` that the letter font can't draw (each once, in order)."""
    glyphs = _glyphs()
    return [
        char
        for char in dict.fromkeys(text)  # each character once, in order of first use
        if char not in _INVISIBLE_OK and ord(char) not in glyphs
    ]


def printable(text: str, missing: set[str]) -> str:
    if not missing:
        return text
    return "".join(SUBSTITUTE if char in missing else char for char in text)
