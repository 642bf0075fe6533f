"""Every word of the questionnaire a carer reads has its Welsh, and the Welsh is not English left in place."""

from __future__ import annotations

import re
import shutil
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from carerhelp.domain.errors import ContentError, ValidationError
from carerhelp.domain.questionnaire.loader import THE_PERSON, default_folder, load_questionnaire
from carerhelp.domain.questionnaire.words import MESSAGES

# Words that are the same in Welsh and English. Keep this short: each entry is a name, not a sentence.
SAME_IN_BOTH = {
    "Braille",  # the name of the writing system; Welsh writes it the same way
}

_PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def _pairs(content) -> Iterator[tuple[str, str, str]]:
    """(where, English, Welsh) for every carer-facing text of the loaded questionnaire."""
    for section in content.questionnaire.sections:
        yield f"section {section.id} title", section.title, section.title_cy
        for question in section.questions:
            yield f"{question.id} text", question.text, question.text_cy
            if question.help:
                yield f"{question.id} help", question.help, question.help_cy
            for option in question.options:
                yield f"{question.id} option {option.value}", option.label, option.label_cy
                if option.help:
                    yield f"{question.id} option {option.value} help", option.help, option.help_cy


def _tables(value: Any, where: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every { en = ..., cy = ... } table anywhere in a parsed TOML file."""
    if isinstance(value, dict):
        if "en" in value:
            yield where, value
            return
        for key, item in value.items():
            yield from _tables(item, f"{where}.{key}")
    elif isinstance(value, list):
        for number, item in enumerate(value):
            yield from _tables(item, f"{where}[{number}]")


def _files() -> list[Path]:
    files = sorted(default_folder().glob("*.toml"))
    assert len(files) >= 8, files
    return files


def test_every_text_a_carer_reads_has_welsh(content):
    pairs = list(_pairs(content))
    assert len(pairs) > 200
    missing = [where for where, _english, welsh in pairs if not welsh.strip()]
    assert not missing, f"no Welsh for: {missing}"


def test_no_welsh_text_is_the_english_left_in_place(content):
    same = [
        f"{where}: {english!r}"
        for where, english, welsh in _pairs(content)
        if welsh.strip().casefold() == english.strip().casefold() and english not in SAME_IN_BOTH
    ]
    assert not same, f"Welsh the same as the English: {same}"


def test_every_en_table_in_the_files_has_cy_with_the_same_placeholders():
    checked = 0
    for path in _files():
        with path.open("rb") as handle:
            data = tomllib.load(handle)
        for where, table in _tables(data, path.name):
            english, welsh = table.get("en"), table.get("cy")
            assert isinstance(welsh, str) and welsh.strip(), f"{where}: no cy beside en"
            assert sorted(_PLACEHOLDER.findall(english)) == sorted(_PLACEHOLDER.findall(welsh)), (
                f"{where}: the Welsh must keep the English placeholders {english!r} / {welsh!r}"
            )
            checked += 1
    assert checked > 150


def test_the_welsh_for_a_persons_questions_keeps_their_placeholder():
    """The questions asked once for each person name them as {the_person}; the Welsh does too."""
    with (default_folder() / "person.toml").open("rb") as handle:
        data = tomllib.load(handle)
    with_person = [q["text"]["cy"] for q in data["questions"] if "{the_person}" in q["text"]["en"]]
    assert len(with_person) >= 8
    assert all("{the_person}" in welsh for welsh in with_person)


def test_the_welsh_names_each_person_in_welsh_with_the_article_joined_after_a_vowel():
    """'Ydy'r person ...', never 'Ydy y person ...': Welsh joins the article to a word ending in a vowel."""
    welsh = load_questionnaire(lang="cy")
    asked_for_each_person = [q for q in welsh.questions if q.person is not None]
    assert len(asked_for_each_person) >= 30
    for question in asked_for_each_person:
        for words in (question.text, question.help):
            assert "{" not in words and "you care for" not in words, words
            person = THE_PERSON["cy"][question.person or 1]
            assert not re.search(rf"[aeiouwyâêîôûŵŷ] {re.escape(person)}", words), words
    assert welsh.question("person1_lives_with_you").text == (
        "Ydy'r person rydych chi'n gofalu amdano yn byw gyda chi?"
    )
    assert (
        welsh.question("person2_age").text
        == "Beth yw oed yr ail berson rydych chi'n gofalu amdano?"
    )
    assert welsh.question("person3_nation").text == (
        "Ym mha un o wledydd y Deyrnas Unedig mae'r trydydd person rydych chi'n gofalu amdano yn byw?"
    )


def test_what_carerhelp_says_about_answers_comes_in_the_questionnaires_language():
    english, welsh = load_questionnaire(), load_questionnaire(lang="cy")
    every_key = {f"{table}.{key}" for table, keys in MESSAGES.items() for key in keys}
    assert set(english.words.messages) == set(welsh.words.messages) == every_key
    cases = [
        ("carer_age", "forty", "Enter a number, like 35.", "Rhowch rif, fel 35."),
        ("carer_age", "40.5", "Enter a whole number, like 35.", "Rhowch rif cyfan, fel 35."),
        (
            "carer_age",
            "200",
            "Enter a number that is no more than 120.",
            "Rhowch rif sy'n 120 neu'n llai.",
        ),
        ("weekly_earnings", "12.345", "Enter pounds and pence only, like 150.50.", None),
        (
            "nation",
            "france",
            "Choose one of the answers: England; Wales; Scotland; Northern Ireland.",
            "Dewiswch un o'r atebion: Lloegr; Cymru; Yr Alban; Gogledd Iwerddon.",
        ),
        (
            "carer_date_of_birth",
            "31 2 1950",
            "Enter a real date, as day, month and year, like 27 3 2024.",
            None,
        ),
        (
            "person1_benefits",
            ["none", "aa_higher"],
            "You ticked 'None of these' and another answer. Tick one or the other.",
            "Rydych chi wedi ticio 'Dim un o'r rhain' ac ateb arall. Ticiwch un neu'r llall.",
        ),
    ]
    for question_id, raw, in_english, in_welsh in cases:
        with pytest.raises(ValidationError) as caught:
            english.parse(question_id, raw)
        assert str(caught.value) == in_english
        with pytest.raises(ValidationError) as caught:
            welsh.parse(question_id, raw)
        assert str(caught.value) == (in_welsh or welsh.words.messages[_key_of(english, in_english)])
        assert str(caught.value) != in_english
    assert welsh.format_answer("carer_works", True) == "Ie"
    assert welsh.format_answer("carer_works", None) == "Heb ei ateb"
    assert welsh.format_answer("assessment_date", "2026-12-01") == "1 Rhagfyr 2026"
    assert english.format_answer("assessment_date", "2026-12-01") == "1 December 2026"
    too_many = {"people_count": 2, "person1_hours": 100, "person2_hours": 100}
    assert welsh.validate_all(too_many)["person1_hours"].startswith(
        "Mae eich oriau gofalu yn dod i 200 yr wythnos."
    )


def _key_of(questionnaire, message: str) -> str:
    return next(key for key, text in questionnaire.words.messages.items() if text == message)


def test_a_message_that_loses_its_part_is_named(tmp_path: Path):
    folder = tmp_path / "questionnaire"
    shutil.copytree(default_folder(), folder)
    path = folder / "messages.toml"
    path.write_text(
        path.read_text(encoding="utf-8")
        .replace("cy = \"Rhowch rif sy'n {bound} neu'n fwy.\" }", 'cy = "Rhowch rif mwy." }')
        .replace("[shown]", '[shown]\nmaybe = { en = "Maybe", cy = "Efallai" }'),
        encoding="utf-8",
    )
    with pytest.raises(ContentError) as caught:
        load_questionnaire(folder)
    assert "messages.toml: answer.at_least: the cy words must have {bound}" in str(caught.value)
    assert "messages.toml: [shown] has 'maybe', which CarerHelp does not use" in str(caught.value)
