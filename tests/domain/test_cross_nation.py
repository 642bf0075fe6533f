"""A carer in one nation caring for someone in another: the assessment follows the law where the
carer lives, and the duty to meet a carer's needs follows the law where the person cared for lives
(Care Act 2014 s.20(1)(a); SSW(W)A 2014 s.40(2); Carers (Scotland) Act 2016 s.6(6)); a young
carer's help stays with their own council; a council that places someone in a care home across the
border stays responsible (Care Act 2014 Sch 1)."""

from __future__ import annotations

import pytest

from carerhelp.domain.model import Status
from tests.domain.test_money_warnings import found, words

APART = {"person1_lives_with_you": False}


@pytest.mark.parametrize(
    ("carer_in", "person_in", "assessment_law", "support_law", "body"),
    [
        ("england", "wales", "care_act_s10", "wales_s40", "the council where Mam lives"),
        ("wales", "england", "wales_s24", "care_act_s20", "the council where Mam lives"),
        ("england", "scotland", "care_act_s10", "scot_s6_6", "adult carer support plan"),
        ("scotland", "england", "scot_s6", "care_act_s20", "the council where Mam lives"),
        ("wales", "scotland", "wales_s24", "scot_s6_6", "adult carer support plan"),
        ("england", "northern_ireland", "care_act_s10", "ni_s2", "Health and Social Care Trust"),
        ("northern_ireland", "england", "ni_s1", "care_act_s20", "the council where Mam lives"),
    ],
)
def test_assessment_where_the_carer_lives_and_support_where_the_person_lives(
    carer_in, person_in, assessment_law, support_law, body
):
    where = found(carer_in, **APART, person1_nation=person_in)["which_council"]
    assert where.status is Status.POSSIBLE and where.reason == "other_nation"
    assert where.finding.citations[:2] == (assessment_law, support_law)
    assert body in words(where)
    assert "could not confirm" not in words(where)


def test_where_the_carers_own_law_assesses_where_the_person_lives_the_carer_is_told_to_ask():
    """Scotland (s.6(6)) and Northern Ireland look to the area of the person cared for."""
    scot = found("scotland", **APART, person1_nation="england")["which_council"]
    assert "usually assesses their carer" in scot.why
    assert "Your own council can assess you" not in scot.why
    eng = found("england", **APART, person1_nation="scotland")["which_council"]
    assert "Your own council can assess you under the law of England" in eng.why


def test_northern_ireland_support_is_a_power_and_said_so():
    where = found("england", **APART, person1_nation="northern_ireland")["which_council"]
    assert "a power, not a duty" in where.why


def test_a_young_carer_is_helped_by_their_own_council_wherever_the_person_lives():
    where = found(
        "england",
        **APART,
        person1_nation="wales",
        carer_age=14,
        study=None,
        universal_credit=None,
    )["which_council"]
    assert where.reason == "other_nation_own_council" and where.status is Status.LIKELY
    assert "children_act_s17za" in where.finding.citations
    assert "wales_s40" not in where.finding.citations


def test_a_disabled_child_in_england_is_helped_under_childrens_law_there():
    where = found(
        "wales",
        **APART,
        person1_nation="england",
        carer_age=40,
        person1_relationship="child",
        person1_age=12,
        person1_benefits=["dla_care_middle"],
    )["which_council"]
    assert "children_act_s17" in where.finding.citations
    assert "care_act_s20" not in where.finding.citations
    assert "children in need" in where.why


def test_a_care_home_place_arranged_across_the_border_stays_with_the_placing_council():
    where = found(
        "england",
        **APART,
        person1_nation="wales",
        person1_stay="care_home_funded",
        person1_stay_days=10,
    )["which_council"]
    assert "care_act_sch1" in where.finding.citations
    assert "usually stays responsible" in where.why
