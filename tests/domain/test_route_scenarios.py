"""Every kind of carer in every nation: the findings rest on that carer's own law, and never on another's."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from carerhelp.domain.model import Nation
from carerhelp.domain.phrases import RenderedFinding
from tests.domain.test_scenarios import CONTENT, assess, base

Q = CONTENT.questionnaire
CITATIONS = CONTENT.citations
ROUTES = CONTENT.routes
ON = date(2026, 12, 1)
CARERS: dict[str, dict[str, Any]] = {
    "adult_carer": {},
    "parent_carer": {
        "carer_age": 41,
        "person1_relationship": "child",
        "person1_age": 9,
        "person1_benefits": ["dla_care_middle"],
    },
    "young_carer": {"carer_age": 13, "study": None, "universal_credit": None},
    "young_adult_carer": {"carer_age": 17},
}


def _findings(carer_type: str, nation: Nation, **extra: Any) -> dict[str, RenderedFinding]:
    answers = Q.parse_all(base(nation.value, **{**CARERS[carer_type], **extra}))
    assert Q.first_unanswered(answers) is None, Q.first_unanswered(answers)
    return {f.id: f for f in assess(answers, on=ON)}


def _keys(finding: RenderedFinding) -> set[str]:
    return set(finding.citations)


@pytest.mark.parametrize("nation", list(Nation), ids=lambda n: n.value)
@pytest.mark.parametrize("carer_type", list(CARERS))
def test_the_assessment_rests_on_the_routes_law(carer_type, nation):
    route = ROUTES.route(carer_type, nation)
    found = _findings(carer_type, nation)
    assessment = found["carer_assessment"]
    assert CITATIONS[route.assessment.cite[0]].short in assessment.citation, assessment.citation
    assert route.assessment.cite[0] in assessment.citations
    for finding in found.values():
        assert not _keys(finding) & route.never_cite, (finding.id, finding.citation)
        for key in route.never_cite:
            assert CITATIONS[key].short + ";" not in finding.citation + ";", (finding.id, key)


@pytest.mark.parametrize(
    ("carer_type", "nation", "finding_id", "right", "wrong"),
    [
        ("parent_carer", Nation.ENGLAND, "breaks", "Schedule 2, paragraph 6(1)(c)", "section 20"),
        ("parent_carer", Nation.ENGLAND, "support_likely", "section 17", "regulation 3"),
        ("young_carer", Nation.ENGLAND, "breaks", "Children Act 1989, section 17", "14(3)"),
        ("young_carer", Nation.WALES, "breaks", "Part 4", "section 40"),
        ("young_carer", Nation.WALES, "support_likely", "Part 4", "section 40"),
        ("young_carer", Nation.SCOTLAND, "carer_assessment", "section 12", "section 6"),
        (
            "parent_carer",
            Nation.NORTHERN_IRELAND,
            "carer_assessment",
            "Article 18A",
            "2002, section 1",
        ),
        ("parent_carer", Nation.NORTHERN_IRELAND, "breaks", "Article 18", "2002, section 2"),
        ("adult_carer", Nation.SCOTLAND, "breaks", "SSI 2014/65", "Care Act"),
    ],
)
def test_children_and_parents_get_their_own_law_not_the_law_for_adults(
    carer_type, nation, finding_id, right, wrong
):
    finding = _findings(carer_type, nation)[finding_id]
    assert right in finding.citation, finding.citation
    assert wrong not in finding.citation, finding.citation


def test_a_cared_for_childs_own_assessment_is_under_childrens_law():
    for nation, right in ((Nation.ENGLAND, "Children Act 1989"), (Nation.WALES, "section 21")):
        found = _findings(
            "parent_carer", nation, want_their_assessment=True, their_agreement="agreed"
        )
        assert right in found["their_assessment"].citation
        assert "section 9" not in found["their_assessment"].citation
        assert "section 19" not in found["their_assessment"].citation


def test_a_young_carer_nearing_18_is_told_about_the_transition_assessment():
    finding = _findings("young_adult_carer", Nation.ENGLAND)["carer_assessment"]
    assert "section 63" in finding.citation
    assert any("transition assessment" in step for step in finding.next_steps)
