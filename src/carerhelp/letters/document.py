"""The letter as a plain model (no reportlab): blocks of text that render.py lays out on A4."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol


class _PhraseSource(Protocol):
    language: str

    def raw(self, key: str) -> object: ...


LAYOUT_KEYS = ("page", "pdf_subject", "pdf_lang", "font_warning", "pack_subject")


def layout_words(phrases: _PhraseSource) -> dict[str, str]:
    """The renderer's own words in the phrases' language (fixed.letter in resources/phrases/)."""
    return {key: str(phrases.raw(f"fixed.letter.{key}")) for key in LAYOUT_KEYS}


ENGLISH_LAYOUT = {
    "page": "Page {page}",
    "pdf_subject": "Letter made with CarerHelp",
    "pdf_lang": "en-GB",
    "font_warning": "Some letters can't be printed with CarerHelp's font and show as '?': "
    "{shown}. Please check the letter, or write those words in by hand.",
    "pack_subject": "Made with CarerHelp",
}
"""What a letter built without the phrases' layout words prints: English only (see `layout_of`)."""


def layout_of(lang: str, layout: Mapping[str, str]) -> Mapping[str, str]:
    """A document's layout words; a non-English document must carry its own."""
    if layout:
        return layout
    if lang != "en":
        from carerhelp.domain.errors import ContentError

        raise ContentError(f"A letter in '{lang}' was built without its page words.")
    return ENGLISH_LAYOUT


class BlockKind(StrEnum):
    PARAGRAPH = "paragraph"
    BULLETS = "bullets"
    QUOTE = "quote"
    HEADING = "heading"
    SPACE = "space"
    SIGNATURE = "signature"
    PAGE_BREAK = "page_break"


@dataclass(frozen=True)
class Block:
    kind: BlockKind
    text: str = ""
    items: tuple[str, ...] = ()


@dataclass
class LetterDocument:
    kind: str
    """The kind of letter: the name of its spec in resources/letters/kinds/ (or, for the
    change of circumstances letter, `change_of_circumstances`: letters.pack)."""
    nation: str
    title: str
    sender: list[str]
    recipient: list[str]
    date: str
    subject: str
    blocks: list[Block]
    large_print: bool = False
    author: str = ""
    warnings: list[str] = field(default_factory=list)
    lang: str = "en"
    """The language the letter is written in ("en" or "cy"); the PDF says so in its /Lang."""
    layout: Mapping[str, str] = field(default_factory=dict)
    """The words the renderer prints itself ({page}, the PDF's subject, the font warning), from
    `layout_words`; a letter built without them is English."""

    def all_text(self) -> list[str]:
        """Every piece of text in the letter (for checking which characters the font can draw)."""
        texts = [self.title, *self.sender, *self.recipient, self.date, self.subject]
        for block in self.blocks:
            texts.append(block.text)
            texts.extend(block.items)
        return texts
