"""Question ids mean nothing outside the questionnaire: code finds questions by tag, never by the
look of their ids, so a question renamed in the TOML keeps its meaning everywhere."""

from __future__ import annotations

import ast
import itertools
import re
import shutil
from datetime import date
from pathlib import Path

import pytest

from carerhelp.domain.content import load_content
from carerhelp.domain.questionnaire.meaning import QuestionMeaning
from carerhelp.domain.situation import situation
from carerhelp.paths import resources_dir
from carerhelp.storage.stats import statistics

SRC = Path(__file__).resolve().parents[1] / "src" / "carerhelp"
ID_PREFIXES = ("person", "impact_", "caring_", "want_", "carer_")
ID_PATTERN = re.compile(r"person(\\d|\{|\[0-9\]|\d)")
DESCRIBES_IDS = {
    "domain/answers_doc.py"
}  # writes docs/answers-format.md, which names ids for people


def id_patterns(tree: ast.AST) -> list[int]:
    """Lines that build, match or slice question ids by their look."""
    found: list[int] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):  # f"person{n}_name"
            parts = node.values
            for before, after in itertools.pairwise(parts):
                if (
                    isinstance(before, ast.Constant)
                    and isinstance(before.value, str)
                    and before.value.endswith("person")
                    and isinstance(after, ast.FormattedValue)
                ):
                    found.append(node.lineno)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            if ID_PATTERN.search(node.value):  # r"^person\d_", "person{n}_hours"
                found.append(node.lineno)
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in {"startswith", "endswith", "removeprefix"}
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
            and node.args[0].value.startswith(ID_PREFIXES)
        ):
            found.append(node.lineno)
    return sorted(set(found))


def test_no_code_outside_the_questionnaire_reads_meaning_from_question_ids():
    counts: dict[str, int] = {}
    for path in sorted(SRC.rglob("*.py")):
        relative = path.relative_to(SRC).as_posix()
        if relative.startswith("domain/questionnaire/") or relative in DESCRIBES_IDS:
            continue
        lines = id_patterns(ast.parse(path.read_text(encoding="utf-8")))
        if lines:
            counts[relative] = len(lines)
    assert counts == {}, "question ids matched by their look; use the questionnaire's tags"


def test_the_guard_finds_each_kind_of_id_pattern():
    source = (
        'a = f"person{n}_hours"\n'
        'b = re.compile(r"^person\\d_")\n'
        'c = key.startswith("impact_")\n'
        'd = f"person {n}"\n'  # words for a carer, not an id
    )
    assert id_patterns(ast.parse(source)) == [1, 2, 3]


def renamed_root(tmp_path: Path) -> Path:
    """A copy of the content with tagged questions renamed."""
    root = tmp_path / "resources"
    shutil.copytree(resources_dir(), root, ignore=shutil.ignore_patterns("fonts", "icons"))
    person = root / "questionnaire" / "person.toml"
    text = person.read_text(encoding="utf-8")
    for old, new in (
        ('id = "person{n}_hours"', 'id = "person{n}_weekly_hours"'),
        ('id = "person{n}_name"', 'id = "person{n}_full_name"'),
        ('id = "person{n}_condition"', 'id = "person{n}_illness"'),
    ):
        assert old in text
        text = text.replace(old, new)
    # a renamed question is renamed where other questions' conditions look at it, too
    text = text.replace('question = "person{n}_hours"', 'question = "person{n}_weekly_hours"')
    text = text.replace('question = "carer_age"', 'question = "age_of_carer"')
    person.write_text(text, encoding="utf-8")
    about = root / "questionnaire" / "about_you.toml"
    text = about.read_text(encoding="utf-8").replace('id = "carer_age"', 'id = "age_of_carer"')
    text = text.replace('question = "carer_age"', 'question = "age_of_carer"')
    about.write_text(text, encoding="utf-8")
    return root


def test_renamed_tagged_questions_keep_their_meaning(tmp_path: Path):
    content = load_content(renamed_root(tmp_path))
    q = content.questionnaire
    assert "person1_weekly_hours" in q and "person1_hours" not in q
    answers = {
        "nation": "wales",
        "age_of_carer": 70,
        "people_count": 2,
        "person1_full_name": "Dafydd",
        "person1_weekly_hours": 100,
        "person2_full_name": "Nia",
        "person2_weekly_hours": 80,
    }
    s = situation(q, answers)
    assert [p.name for p in s.people] == ["Dafydd", "Nia"]
    assert s.carer_age == 70 and s.total_hours == 180
    # the 168-hour check finds the renamed hours questions by their tag
    assert "person1_weekly_hours" in q.validate_all(answers)
    # consent: the renamed health question is still a health question
    assert "person1_illness" in q.ids_tagged("health")


def test_renamed_questions_are_counted_in_the_figures(tmp_path: Path):
    from carerhelp.storage import open_store

    content = load_content(renamed_root(tmp_path))
    meaning = QuestionMeaning.of(content.questionnaire)
    with open_store(tmp_path / "data", meaning=meaning) as store:
        for _ in range(5):
            case = store.create_case()
            for key, value in {
                "nation": "england",
                "age_of_carer": 70,
                "people_count": 1,
                "person1_weekly_hours": 40,
            }.items():
                store.save_answer(case, key, value)
        rows = {(m, g): c for m, g, c in statistics(store, date(2026, 12, 1), content)}
    assert rows[("carers by age band", "65-74")] == "5"
    assert rows[("carers by weekly caring hours", "35-49")] == "5"


def test_renamed_questions_keep_their_meaning_in_the_store(tmp_path: Path):
    """Consent, copying a case, the case list's names and search, and the demo data all follow
    the tags of the renamed questions."""
    from carerhelp.storage import open_store
    from carerhelp.storage.casework import copy_case
    from carerhelp.storage.consent import ConsentNeeded
    from carerhelp.storage.demo import generate_demo_cases

    renamed_root(tmp_path)
    about_carer = tmp_path / "resources" / "questionnaire" / "about_you.toml"
    text = about_carer.read_text(encoding="utf-8").replace('id = "carer_name"', 'id = "your_name"')
    about_carer.write_text(text, encoding="utf-8")
    content = load_content(tmp_path / "resources")
    meaning = QuestionMeaning.of(content.questionnaire)
    assert "your_name" in content.questionnaire and "carer_name" not in content.questionnaire
    with open_store(tmp_path / "data", meaning=meaning) as store:
        case = store.create_case()
        answers = {
            "your_name": "Siân Llŷr",
            "age_of_carer": 70,
            "people_count": 2,
            "person1_full_name": "Dafydd",
            "person1_weekly_hours": 50,
            "person1_illness": "Parkinson's",
            "person2_full_name": "Nia",
        }
        for key, value in answers.items():
            store.save_answer(case, key, value)
        # the case list's names and search
        (listed,) = store.list_cases()
        assert (listed.carer_name, listed.person_name) == ("Siân Llŷr", "Dafydd")
        assert [c.id for c in store.list_cases(search="dafydd")] == [case]
        assert [c.id for c in store.list_cases(search="sian")] == [case]
        assert store.query("SELECT position, name FROM people WHERE case_id = ?", (case,)) == [
            (1, "Dafydd"),
            (2, "Nia"),
        ]
        # copying keeps what is tagged carried_over, and nothing about the people cared for
        copy = copy_case(store, case)
        assert store.load_answers(copy) == {"your_name": "Siân Llŷr", "age_of_carer": 70}
        assert store.get_case(copy).carer_name == "Siân Llŷr"
        assert {c.id for c in store.list_cases(search="sian")} == {case, copy}
        # consent: the renamed health question still needs it in advice-centre mode
        store.advice_centre_mode = True
        with pytest.raises(ConsentNeeded):
            store.save_answer(copy, "person1_illness", "Dementia")
        # the demo data fills the renamed questions
        (demo,) = generate_demo_cases(store, 1, seed=3)
        demo_answers = store.load_answers(demo)
        assert {"your_name", "age_of_carer", "person1_full_name", "person1_weekly_hours"} <= set(
            demo_answers
        )
        assert store.get_case(demo).person_name == demo_answers["person1_full_name"]
