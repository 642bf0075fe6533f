"""The one Situation read from the answers: carer type, people, nations, hours, assessment had."""

from __future__ import annotations

from decimal import Decimal

import pytest

from carerhelp.domain.model import Nation
from carerhelp.domain.situation import CarerType, situation


def base(**changes: object) -> dict[str, object]:
    answers: dict[str, object] = {
        "carer_name": "Siân",
        "nation": "england",
        "council": "leeds",
        "carer_age": 45,
        "caring_role": "family_friend",
        "people_count": 1,
        "person1_name": "Mam",
        "person1_relationship": "parent",
        "person1_age": 80,
        "person1_hours": 40,
    }
    answers.update(changes)
    return answers


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({}, CarerType.ADULT_CARER),
        ({"carer_age": 12}, CarerType.YOUNG_CARER),
        ({"carer_age": 16}, CarerType.YOUNG_ADULT_CARER),
        ({"carer_age": 17}, CarerType.YOUNG_ADULT_CARER),
        ({"carer_age": 18}, CarerType.ADULT_CARER),
        ({"nation": "scotland", "carer_age": 18, "carer_at_school": True}, CarerType.YOUNG_CARER),
        ({"nation": "england", "carer_age": 18, "carer_at_school": True}, CarerType.ADULT_CARER),
        (
            {"person1_relationship": "child", "person1_age": 9, "carer_age": 38},
            CarerType.PARENT_CARER,
        ),
        (
            {
                "people_count": 2,
                "person1_relationship": "child",
                "person1_age": 9,
                "person2_name": "Taid",
                "person2_age": 88,
            },
            CarerType.ADULT_CARER,  # caring for an adult too: the adult law comes first
        ),
        ({"person1_relationship": "child", "person1_age": 19}, CarerType.ADULT_CARER),
    ],
)
def test_carer_type(content, changes, expected):
    s = situation(content.questionnaire, base(**changes))
    assert s.carer_type is expected
    assert s.young_carer is expected.is_young


def test_people_follow_the_count_and_take_the_carers_nation_and_council(content):
    answers = base(people_count=2, person2_name="Taid", person2_age=88, person2_hours=10)
    answers["person3_name"] = "hidden: people_count is 2"
    s = situation(content.questionnaire, answers)
    assert [p.name for p in s.people] == ["Mam", "Taid"]
    assert [p.hours for p in s.people] == [40, 10] and s.total_hours == 50
    assert all(p.nation is Nation.ENGLAND and p.council == "leeds" for p in s.people)
    one = situation(content.questionnaire, {**answers, "people_count": 1})
    assert [p.name for p in one.people] == ["Mam"] and one.total_hours == 40


def test_money_benefits_living_together_and_assessment_had(content):
    s = situation(
        content.questionnaire,
        base(
            carer_works=True,
            weekly_earnings=151.5,
            person1_lives_with_you=True,
            person1_benefits=["aa_higher"],
            already_assessed=True,
            assessment_date="2026-03-02",
        ),
    )
    assert s.earnings == Decimal("151.5")
    assert s.people[0].lives_with_carer is True
    assert s.people[0].benefit_status == "qualifying"
    assert s.already_assessed and s.assessment_date == "2026-03-02"
    never = situation(content.questionnaire, base(already_assessed=False))
    assert not never.already_assessed and never.assessment_date is None
    unanswered = situation(content.questionnaire, base())
    assert not unanswered.already_assessed  # nothing the carer did not say


def test_hidden_answers_are_not_used(content):
    s = situation(content.questionnaire, base(carer_works=False, weekly_earnings=500))
    assert s.earnings is None  # the earnings question is hidden once the carer doesn't work
