"""Findings are data and their words are phrases: the renderer, the phrase files, and the prose count."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from carerhelp.domain.citations import load_citations
from carerhelp.domain.errors import ContentError
from carerhelp.domain.model import Finding, Status, Topic
from carerhelp.domain.phrases import load_phrases, render_finding

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "src" / "carerhelp"
PROSE_FOLDERS = (SOURCE / "domain" / "rights", SOURCE / "letters")
MAX_PROSE = 10
CITATIONS = load_citations()
PHRASES = load_phrases("en", citations=CITATIONS)


def prose_constants(folders: tuple[Path, ...] = PROSE_FOLDERS) -> list[str]:
    """String constants of six or more words (f-strings counted whole), docstrings left out."""
    found: list[str] = []
    for folder in folders:
        for path in sorted(folder.rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            docstrings = {  # a string standing alone as a statement: module, class, function
                id(node.value)  # or attribute docstrings
                for node in ast.walk(tree)
                if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
            }
            inside_fstrings = {
                id(part)
                for node in ast.walk(tree)
                if isinstance(node, ast.JoinedStr)
                for part in node.values
            }
            for node in ast.walk(tree):
                if isinstance(node, ast.JoinedStr):
                    text = "".join(
                        part.value if isinstance(part, ast.Constant) else "{x}"
                        for part in node.values
                    )
                elif (
                    isinstance(node, ast.Constant)
                    and isinstance(node.value, str)
                    and id(node) not in docstrings
                    and id(node) not in inside_fstrings
                ):
                    text = node.value
                else:
                    continue
                if len(text.split()) >= 6:
                    found.append(f"{path.parent.name}/{path.name}:{node.lineno}: {text[:70]}")
    return found


def test_rights_and_letters_hold_at_most_ten_sentences():
    found = prose_constants()
    assert len(found) <= MAX_PROSE, "\n".join(found)


def test_the_prose_count_sees_sentences_in_code(tmp_path: Path):
    (tmp_path / "rules.py").write_text(
        '"""A module docstring of more than six words is not counted."""\n'
        'WHY = "You care for someone for many hours a week."\n'
        "def f(name):\n"
        '    """Nor is a function docstring of six or more words."""\n'
        '    return f"You care for {name} for at least 35 hours."\n'
        'KEY = "rights.words.body_england"\n',
        encoding="utf-8",
    )
    assert len(prose_constants((tmp_path,))) == 2


def test_a_finding_is_rendered_from_its_reason_then_its_own_words():
    finding = Finding(
        "carer_assessment",
        Topic.RIGHTS,
        Status.NOT_ELIGIBLE,
        "paid_england",
        ("care_act_s10",),
        {"paid_job": True},
    )
    words = render_finding(finding, PHRASES)
    assert words.title == "A carer's assessment"  # the finding's own title: the reason has none
    assert words.status_label == "This does not apply to you"
    assert words.topic_label == "Your rights"
    assert words.citation == CITATIONS["care_act_s10"].short
    assert words.why.startswith("You said you care as a paid job. In England,")
    plain = render_finding(
        Finding("carer_assessment", Topic.RIGHTS, Status.NOT_ELIGIBLE, "paid_england"), PHRASES
    )
    assert plain.why.startswith("In England,")  # the part needs its flag
    assert plain.citation == "The law of your nation"


def test_values_fill_placeholders_with_money_phrases_and_lists():
    finding = Finding(
        "carers_allowance",
        Topic.MONEY,
        Status.NOT_ELIGIBLE,
        "over_earnings",
        ("carers_allowance",),
        {
            "benefit": "money.words.carers_allowance",
            "earnings": "250",
            "over_by": "46",
            "earnings_limit_weekly": "204.00",
            "period": "2026-27",
            "figures_may_be_out_of_date": True,
        },
        words="carer_payment",
    )
    words = render_finding(finding, PHRASES)
    assert words.title == "Carer's Allowance"
    assert (
        "You earn £250.00 a week" in words.why and "limit is £204.00 a week (2026-27)" in words.why
    )
    assert "may be out of date" in words.why
    assert words.to_json()["values"]["earnings"] == "250"
    assert PHRASES.join(["a", "b", "c"]) == "a, b and c"
    assert PHRASES.join(["a"]) == "a"


def test_every_finding_the_engine_can_give_has_words():
    from carerhelp.domain.rights import assess
    from tests.domain.test_scenarios import CONTENT, SCENARIOS, Q

    seen: set[tuple[str, str]] = set()
    for _name, answers, on, *_ in SCENARIOS:
        for finding in assess(Q.parse_all(answers), on, CONTENT):
            words = render_finding(finding, PHRASES)
            assert words.title and len(words.why) > 30 and "{" not in words.why, finding
            seen.add((finding.id, finding.reason))
    assert len(seen) > 30


def write(folder: Path, name: str, text: str) -> Path:
    (folder / "en").mkdir(parents=True, exist_ok=True)
    (folder / "en" / name).write_text(text, encoding="utf-8")
    return folder


def test_a_bad_phrase_file_is_refused_with_every_problem(tmp_path: Path):
    write(
        tmp_path,
        "rights.toml",
        '[a]\ntitle = "The {thing:shout}"\nwhy = "See [[no_such_law]]."\n'
        'steps = [{ when = "x", text = "y" }]\n',
    )
    with pytest.raises(ContentError) as error:
        load_phrases("en", citations=CITATIONS, folder=tmp_path)
    message = str(error.value)
    assert "{thing:shout}" in message and "no_such_law" in message and "a.steps" in message


def test_a_missing_language_is_a_plain_error(tmp_path: Path):
    with pytest.raises(ContentError, match="language 'cy'"):
        load_phrases("cy", citations=CITATIONS, folder=tmp_path)


def test_welsh_would_be_a_second_folder_of_the_same_files(tmp_path: Path):
    english = ROOT / "resources" / "phrases" / "en"
    for path in english.glob("*.toml"):
        write(tmp_path, path.name, path.read_text(encoding="utf-8"))
    (tmp_path / "en").rename(tmp_path / "cy")
    (tmp_path / "cy" / "labels.toml").write_text(
        (english / "labels.toml")
        .read_text(encoding="utf-8")
        .replace('"You have this right"', '"Mae gennych chi’r hawl hon"'),
        encoding="utf-8",
    )
    welsh = load_phrases("cy", citations=CITATIONS, folder=tmp_path)
    finding = Finding("emergency_plan", Topic.RIGHTS, Status.ENTITLED, "scotland", ("scot_s9",))
    assert render_finding(finding, welsh).status_label == "Mae gennych chi’r hawl hon"
