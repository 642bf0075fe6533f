"""Money findings decided by the answers the law turns on: a stay in hospital or a care home, the
severe disability extra of the person cared for, Universal Credit, and 35 hours in every week.
Each answer decides the finding; only "not sure" or no answer leaves the warning in words."""

from __future__ import annotations

from typing import Any

import pytest

from carerhelp.domain.model import Status
from carerhelp.domain.questionnaire import Tag
from tests.domain.test_money_warnings import Q, found, words

PARENT = {
    "carer_age": 38,
    "person1_relationship": "child",
    "person1_age": 10,
    "person1_benefits": ["dla_care_middle"],
}


def allowance(nation: str = "england", **answers: Any):
    fid = "carer_support_payment" if nation == "scotland" else "carers_allowance"
    return found(nation, **answers)[fid]


# ----- hospital and care homes ---------------------------------------------------------------


@pytest.mark.parametrize("nation", ["england", "wales", "scotland", "northern_ireland"])
def test_an_adult_in_hospital_over_28_days_stops_the_carers_benefit(nation):
    payment = allowance(nation, person1_stay="hospital", person1_stay_days=40)
    assert payment.status is Status.UNLIKELY and payment.reason == "stay_stopped"
    assert "not while Mam is in hospital" in payment.title
    assert "40 days" in payment.why
    assert {"hospital_28_days", "hospital_28_days_ni"} & set(payment.finding.citations)


def test_the_28th_day_is_still_paid_and_the_29th_is_not():
    day_28 = allowance(person1_stay="hospital", person1_stay_days=28)
    day_29 = allowance(person1_stay="hospital", person1_stay_days=29)
    assert day_28.reason == "claim" and day_28.status is Status.POSSIBLE
    assert "in 0 more days" in day_28.why
    assert day_29.reason == "stay_stopped"


def test_a_short_stay_counts_down_to_the_28th_day_and_says_check():
    payment = allowance(person1_stay="hospital", person1_stay_days=10)
    assert payment.status is Status.POSSIBLE and payment.reason == "claim"
    assert "check before you claim" in payment.title
    assert "in 18 more days" in payment.why
    assert any("still there after 28 days" in step for step in payment.next_steps)


def test_a_council_funded_care_home_stops_it_too():
    payment = allowance(person1_stay="care_home_funded", person1_stay_days=35)
    assert payment.reason == "stay_stopped" and "care home" in payment.title


def test_a_self_funded_care_home_keeps_the_benefit_but_the_hours_are_in_doubt():
    payment = allowance(person1_stay="care_home_self")
    assert payment.status is Status.POSSIBLE and payment.reason == "claim"
    assert "pays all the fees" in payment.why and "35 hours of care in each week" in payment.why


def test_a_stay_of_unknown_length_warns_with_the_linking_rule():
    payment = allowance(person1_stay="hospital")
    assert payment.status is Status.POSSIBLE
    assert "earlier stays less than 29 days apart" in payment.why


def test_a_child_in_hospital_keeps_dla_and_the_parent_keeps_carers_allowance():
    payment = allowance(**PARENT, person1_stay="hospital", person1_stay_days=90)
    assert payment.status is Status.LIKELY and payment.reason == "claim"
    assert "keeps their disability benefit there" in payment.why
    assert "child_in_hospital" in payment.finding.citations
    # a council-funded care home stops a child's benefit after 28 days, as for an adult
    home = allowance(**PARENT, person1_stay="care_home_funded", person1_stay_days=40)
    assert home.reason == "stay_stopped" and "not in hospital" in home.why


@pytest.mark.parametrize("answer", ["no", "not_sure", None])
def test_not_in_a_stay_or_not_sure_keeps_the_warning_in_words(answer):
    payment = allowance(person1_stay=answer)
    assert payment.status is Status.LIKELY
    assert "If Mam spends 28 days in hospital" in words(payment)


def test_universal_credit_carer_element_stops_with_the_benefit():
    uc = found("england", universal_credit=True, person1_stay="hospital", person1_stay_days=50)
    element = uc["uc_carer_element"]
    assert element.status is Status.UNLIKELY and element.reason == "stay_stopped"


# ----- the severe disability extra of the person cared for ---------------------------------------


def test_a_known_severe_disability_extra_makes_the_claim_check_first():
    payment = allowance(person1_severe_disability_extra="yes")
    assert payment.status is Status.POSSIBLE and "check before you claim" in payment.title
    assert "Mam gets an extra amount for severe disability" in payment.why
    assert "severe_disability_addition" in payment.finding.citations
    steps = list(payment.next_steps)
    claim = next(i for i, step in enumerate(steps) if step.startswith("Claim Carer's Allowance"))
    benefit_check = next(i for i, step in enumerate(steps) if "benefit check" in step)
    assert benefit_check < claim


def test_no_severe_disability_extra_drops_the_warning_and_its_law():
    payment = allowance(person1_severe_disability_extra="no")
    assert payment.status is Status.LIKELY and payment.title == "Carer's Allowance"
    assert "severe disability" not in words(payment)
    assert "severe_disability_addition" not in payment.finding.citations


def test_not_sure_keeps_the_severe_disability_warning_in_words():
    payment = allowance(person1_severe_disability_extra="not_sure")
    assert payment.status is Status.LIKELY
    assert "means-tested benefit with an extra amount for severe disability" in words(payment)


def test_underlying_entitlement_alone_does_not_take_the_extra_away():
    """Pension Credit Sch I para 1(1)(a)(iii): 'entitled to and in receipt of'."""
    payment = allowance(carer_age=70, state_pension=True, person1_severe_disability_extra="yes")
    assert payment.reason == "pension"
    text = words(payment)
    assert "keep it while nothing is paid to you" in text
    assert "you are paid the difference, and then they lose" in text
    assert "once you have an underlying entitlement" not in text


def test_scotland_says_carer_support_payment_takes_the_extra_away_too():
    payment = allowance("scotland", person1_severe_disability_extra="yes")
    assert payment.status is Status.POSSIBLE
    assert "once you are paid Carer Support Payment" in payment.why


def test_the_uc_carer_element_alone_takes_the_extra_away():
    both = found("england", universal_credit=True, person1_severe_disability_extra="yes")
    element = both["uc_carer_element"]
    assert element.status is Status.POSSIBLE and "check first" in element.title
    assert "includes the carer element" in element.why
    assert any("even without Carer's Allowance" in s for s in both["carers_allowance"].next_steps)
    assert "Universal Credit will go down" in words(both["carers_allowance"])


# ----- 35 hours in every week ------------------------------------------------------------------


def test_some_weeks_under_35_hours_is_a_check_with_the_break_rules():
    payment = allowance(person1_every_week="some_weeks")
    assert payment.status is Status.POSSIBLE
    assert "some weeks are under 35 hours" in payment.why
    assert "up to 4 weeks in any 26 weeks" in words(payment)
    assert "caring diary" in words(payment) and "ca_weeks" in payment.finding.citations


def test_every_week_drops_the_each_week_warning():
    payment = allowance(person1_every_week="every_week")
    assert payment.status is Status.LIKELY
    assert "A week under 35 hours is not covered" not in words(payment)
    unsure = allowance(person1_every_week="not_sure")
    assert "A week under 35 hours is not covered" in words(unsure)


# ----- asked only when they can matter, in both languages -----------------------------------------


NEW_TAGS = (Tag.EVERY_WEEK, Tag.STAY, Tag.STAY_DAYS, Tag.SEVERE_DISABILITY_EXTRA)


def visible(**answers: Any) -> set[str]:
    from tests.domain.test_scenarios import base

    parsed = Q.parse_all(base("england", **answers))
    return {
        tag for tag in NEW_TAGS if Q.tagged(tag, 1) and Q.is_visible(Q.tagged(tag, 1).id, parsed)
    }


def test_the_new_questions_are_asked_only_when_they_can_change_a_finding():
    assert visible(person1_stay="hospital") == set(NEW_TAGS)
    assert Tag.STAY_DAYS not in visible(person1_stay="care_home_self")
    assert visible(person1_hours=20) == set()  # under 35 hours: none of these rules can apply
    assert visible(carer_age=15, study=None, universal_credit=None) == set()
    assert Tag.SEVERE_DISABILITY_EXTRA not in visible(person1_benefits=["none"])
    assert Tag.SEVERE_DISABILITY_EXTRA not in visible(**PARENT)  # a child has no such extra


def test_every_new_question_has_welsh_and_a_not_sure_answer_where_people_may_not_know():
    for tag in NEW_TAGS:
        question = Q.tagged(tag, 1)
        assert question is not None and question.text_cy and question.help_cy, tag
        assert all(option.label_cy for option in question.options), tag
        assert not question.required, tag
        if question.options:
            assert "not_sure" in {option.value for option in question.options}, tag


def test_a_diary_week_under_35_hours_turns_a_likely_claim_into_a_check():
    from datetime import date, timedelta

    from carerhelp.domain.diary import DiaryEntry, answers_with_diary
    from tests.domain.test_scenarios import CONTENT, assess, base

    weeks = [6.0] * 7 + [4.0] * 7  # a week of 42 hours, then one of 28
    entries = [
        DiaryEntry(date(2026, 11, 1) + timedelta(days=n), 1, hours, ("meals",), 0)
        for n, hours in enumerate(weeks)
    ]
    said = Q.parse_all(base("england", person1_every_week="every_week"))
    measured = answers_with_diary(said, entries, Q)
    payment = {f.id: f for f in assess(measured, date(2026, 12, 1), CONTENT)}["carers_allowance"]
    assert payment.status is Status.POSSIBLE
    assert "some weeks are under 35 hours" in payment.why
