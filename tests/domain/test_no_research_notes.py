"""Carers read what to do, not notes about what CarerHelp could or could not check: every text a
carer or a council officer reads (findings, routes, citations' plain words, questions, timescales)
says "ask …" or "check with …" where the law is not settled, never "was not retrieved"."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2] / "resources"
NOTES = re.compile(
    r"could not confirm|did not confirm|not retrieved|(?<!_)not confirmed|can't confirm|"
    r"can only confirm|cannot confirm|sources did not|full text",
    re.IGNORECASE,
)
FILES = sorted(
    [
        *(ROOT / "phrases").rglob("*.toml"),
        *(ROOT / "law").glob("*.toml"),
        *(ROOT / "questionnaire").glob("*.toml"),
        *(ROOT / "timescales").glob("*.toml"),
    ]
)


def strings(value: object):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            if key not in {"duty"}:  # "not_confirmed" is a value code reads, never shown
                yield from strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings(item)


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_no_notes_about_research_in_words_people_read(path: Path):
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    found = [text for text in strings(data) if NOTES.search(text)]
    assert found == []


def test_the_check_finds_a_research_note():
    assert NOTES.search("the Article's heading; its full text was not retrieved")
    assert NOTES.search("CarerHelp could not confirm the charging rules")
    assert not NOTES.search("Ask the Trust whether there is any charge.")
