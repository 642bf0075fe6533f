"""Plain English: every question, hint, answer and finding a carer reads, checked for long sentences,
long words and unexplained jargon, and questions asked only when they can matter."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from carerhelp.domain.questionnaire import load_questionnaire

ROOT = Path(__file__).resolve().parents[2]
PHRASES = ROOT / "resources" / "phrases" / "en"
MAX_WORDS = 35  # GOV.UK aims for 25; no sentence a carer reads may run past 35
# Words a carer may not know, and the words that explain them where they appear.
JARGON = {
    "supervised study": ("means", "lessons", "taught"),
    "qualifying benefit": ("such as", "these are", ": ", "one of"),
    "means-tested": ("depend", "income and savings"),
    "respite": ("break",),
}
WORD = re.compile(r"[\w£{][^\s]*")


def carer_texts() -> list[tuple[str, str]]:
    """(where, text) for each question, hint, answer, and each finding's words (not the letters)."""
    texts: list[tuple[str, str]] = []
    for question in load_questionnaire().questions:
        texts.append((f"question {question.id}", question.text))
        if question.help:
            texts.append((f"hint {question.id}", question.help))
        for option in question.options or ():
            texts.append((f"answer {question.id}.{option.value}", option.label))
            if getattr(option, "help", None):
                texts.append((f"answer hint {question.id}.{option.value}", option.help))
    for path in sorted(PHRASES.glob("*.toml")):
        if path.stem in {"letter", "labels"}:
            continue
        _strings(tomllib.loads(path.read_text(encoding="utf-8")), path.stem, texts)
    return texts


def _strings(value: object, where: str, out: list[tuple[str, str]]) -> None:
    if isinstance(value, str):
        out.append((where, value))
    elif isinstance(value, dict):
        for key, item in value.items():
            if key not in {"if", "id", "cite", "citation", "status", "topic"}:
                _strings(item, f"{where}.{key}", out)
    elif isinstance(value, list):
        for item in value:
            _strings(item, where, out)


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+|\n+", text) if s.strip()]


def test_there_are_texts_to_check():
    assert len(carer_texts()) > 300


def test_no_sentence_a_carer_reads_is_too_long():
    long = [
        f"{where} ({len(WORD.findall(s))} words): {s[:80]}…"
        for where, text in carer_texts()
        for s in sentences(text)
        if len(WORD.findall(s)) > MAX_WORDS
    ]
    assert long == []


def test_jargon_is_explained_where_it_appears():
    unexplained = []
    for where, text in carer_texts():
        lowered = text.lower()
        for term, explanations in JARGON.items():
            if term in lowered and not any(e in lowered for e in explanations):
                unexplained.append(f"{where}: {term!r} in {text[:70]!r}")
    assert unexplained == []


@pytest.mark.parametrize("age", [70, 78, 90])
def test_an_older_carer_is_not_asked_about_studying(age):
    questionnaire = load_questionnaire()
    answers = {"nation": "england", "carer_age": age, "carer_works": False}
    shown = {question.id for question in questionnaire.visible_questions(answers)}
    assert "study" not in shown
    assert "state_pension" in shown


def test_a_younger_carer_is_still_asked_about_studying():
    questionnaire = load_questionnaire()
    answers = {"nation": "england", "carer_age": 19, "carer_works": False}
    assert "study" in {question.id for question in questionnaire.visible_questions(answers)}


def test_a_78_year_old_is_not_asked_about_looking_after_children():
    questionnaire = load_questionnaire()
    answers = {"nation": "england", "carer_age": 78, "carer_works": False}
    shown = {question.id for question in questionnaire.visible_questions(answers)}
    assert "impact_children" not in shown
    assert "looks_after_children" not in shown
    assert "impact_home" in shown  # the other outcomes are still asked


def test_a_40_year_old_parent_is_asked_how_caring_affects_their_children():
    questionnaire = load_questionnaire()
    answers = {"nation": "england", "carer_age": 40, "carer_works": False}
    assert questionnaire.is_visible("looks_after_children", answers)
    assert not questionnaire.is_visible("impact_children", answers)  # not until they say yes
    assert questionnaire.is_visible("impact_children", {**answers, "looks_after_children": True})
    assert not questionnaire.is_visible(
        "impact_children", {**answers, "looks_after_children": False}
    )
