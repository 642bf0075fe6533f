"""The outcomes a council weighs for eligibility are found by the questionnaire's `outcome` tag: the
rules that count what a carer can't manage, and the assessment pack, read the tag, not a list of ids."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from carerhelp.domain.content import load_content
from carerhelp.domain.questionnaire import Tag
from carerhelp.domain.rights import assess
from carerhelp.domain.situation import situation
from carerhelp.paths import resources_dir

ON = date(2026, 12, 1)
OUTCOMES = (
    "impact_children",
    "impact_others",
    "impact_home",
    "impact_meals",
    "impact_relationships",
    "impact_work",
    "impact_local",
    "impact_leisure",
    "impact_health",
)


def carer(leisure: str) -> dict:
    return {
        "nation": "england",
        "carer_name": "Ann Example",
        "carer_age": 58,
        "caring_role": "family_friend",
        "people_count": 1,
        "person1_name": "Tom",
        "person1_age": 80,
        "person1_hours": 40,
        "impact_leisure": leisure,
        "impact_health": "fine",
        "impact_wellbeing": "a_lot",
    }


def support(content, answers) -> dict:
    parsed = content.questionnaire.parse_all(answers)
    found = {f.id: f for f in assess(parsed, ON, content)}
    return found["support_likely"].to_json()


def test_the_outcome_questions_are_the_ones_tagged(content):
    assert content.questionnaire.ids_tagged(Tag.OUTCOME) == OUTCOMES
    answers = content.questionnaire.parse_all(carer("cannot"))
    assert situation(content.questionnaire, answers).outcomes == (
        ("impact_leisure", "cannot"),
        ("impact_health", "fine"),
    )


def test_an_outcome_counts_for_support_only_while_it_carries_the_tag(content, tmp_path: Path):
    assert "impact_leisure" in str(support(content, carer("cannot")))
    assert "impact_leisure" not in str(support(content, carer("fine")))

    root = tmp_path / "resources"
    shutil.copytree(resources_dir(), root)
    impact = root / "questionnaire" / "impact.toml"
    text = impact.read_text(encoding="utf-8")
    tagged = 'id = "impact_leisure"\nkind = "choice"\ntags = ["outcome"]\n'
    assert tagged in text
    impact.write_text(text.replace(tagged, 'id = "impact_leisure"\nkind = "choice"\n'), "utf-8")
    untagged = load_content(root)
    assert "impact_leisure" not in untagged.questionnaire.ids_tagged(Tag.OUTCOME)
    assert "impact_leisure" not in str(support(untagged, carer("cannot")))
