"""The letter as a plain model (no reportlab): blocks of text that render.py lays out on A4."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


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

    def all_text(self) -> list[str]:
        """Every piece of text in the letter (for checking which characters the font can draw)."""
        texts = [self.title, *self.sender, *self.recipient, self.date, self.subject]
        for block in self.blocks:
            texts.append(block.text)
            texts.extend(block.items)
        return texts
