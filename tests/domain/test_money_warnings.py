"""Money findings warn before they advise, say "check" near a limit, and follow each nation's own benefits."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from carerhelp.domain.model import Status
from carerhelp.domain.pension_age import reached_state_pension_age, state_pension_date
from carerhelp.domain.phrases import RenderedFinding
from tests.domain.test_scenarios import CONTENT, assess, base

Q = CONTENT.questionnaire
ON = date(2026, 12, 1)


def found(nation: str, on: date = ON, **answers: Any) -> dict[str, RenderedFinding]:
    parsed = Q.parse_all(base(nation, **answers))
    assert Q.first_unanswered(parsed) is None, Q.first_unanswered(parsed)
    return {f.id: f for f in assess(parsed, on=on)}


def words(finding: RenderedFinding) -> str:
    return " ".join([finding.title, finding.why, *finding.next_steps])


@pytest.mark.parametrize(
    ("born", "reaches"),
    [
        (date(1960, 4, 15), date(2026, 5, 15)),
        (date(1960, 9, 10), date(2027, 3, 10)),
        (date(1961, 1, 22), date(2027, 11, 22)),
        (date(1960, 7, 31), date(2026, 11, 30)),
        (date(1961, 3, 5), date(2028, 2, 5)),
        (date(1961, 3, 6), date(2028, 3, 6)),
        (date(1958, 6, 1), date(2024, 6, 1)),
    ],
)
def test_state_pension_age_follows_the_pensions_act_2014_table(born, reaches):
    assert state_pension_date(born) == reaches


def test_only_age_66_needs_a_date_of_birth():
    assert reached_state_pension_age(None, 62, ON) is False
    assert reached_state_pension_age(None, 67, ON) is True
    assert reached_state_pension_age(None, 66, ON) is None


def test_a_62_year_old_who_says_state_pension_is_not_treated_as_overlapping():
    money = found("england", carer_age=62, state_pension=True)
    allowance = money["carers_allowance"]
    assert allowance.status is Status.LIKELY and allowance.reason == "claim"
    assert "no one gets it before State Pension age" in allowance.why
    assert money["carers_credit"].status is not Status.NOT_ELIGIBLE


def test_at_66_the_date_of_birth_decides_whether_the_pension_overlaps():
    answers = {"carer_age": 66, "state_pension": True, "carer_date_of_birth": "1960-09-10"}
    before = found("england", on=ON, **answers)["carers_allowance"]
    after = found("england", on=date(2027, 6, 1), **answers)["carers_allowance"]
    assert before.reason == "claim"
    assert after.reason == "pension" and "paid the difference" in after.why
    assert "underlying entitlement" in after.why and "carer addition" in words(after)


def test_just_over_the_earnings_limit_is_a_check_not_a_no():
    allowance = found("england", carer_works=True, weekly_earnings=210)["carers_allowance"]
    assert allowance.status is Status.POSSIBLE
    assert "check" in allowance.title and "£6.00" in allowance.why
    far_over = found("england", carer_works=True, weekly_earnings=400)["carers_allowance"]
    assert far_over.status is Status.UNLIKELY
    assert "deductions" in words(far_over)


def test_a_likely_claim_lists_what_could_change_it_before_claim():
    allowance = found("england", universal_credit=True)["carers_allowance"]
    steps = list(allowance.next_steps)
    first_warning = steps.index("Before you claim, check what could change this:")
    claim = next(i for i, step in enumerate(steps) if step.startswith("Claim Carer's Allowance"))
    assert first_warning < claim
    text = " ".join(steps[first_warning:claim])
    for warning in ("each week", "28 days in hospital", "severe disability", "Universal Credit"):
        assert warning in text, warning
    assert "ca_effects" in allowance.citations and "hospital_28_days" in allowance.citations


def test_pay_that_varies_is_warned_about_week_by_week():
    allowance = found("england", carer_works=True, weekly_earnings=150, earnings_vary=True)[
        "carers_allowance"
    ]
    assert "week by week" in words(allowance)
    assert Q.question("weekly_earnings").help.count("average") == 1
    assert "not an average" in Q.question("weekly_earnings").help


@pytest.mark.parametrize(
    ("nation", "fid"), [("england", "carers_allowance"), ("scotland", "carer_support_payment")]
)
def test_working_for_yourself_says_profit_is_averaged_and_what_to_keep(nation, fid):
    own = found(nation, carer_works=True, weekly_earnings=150, self_employed=True)[fid]
    said = words(own)
    assert "your earnings are your profit" in said and "averaged over a year" in said
    assert "Keep your accounts" in said and "tax return" in said
    job = found(nation, carer_works=True, weekly_earnings=150, self_employed=False)[fid]
    assert "profit" not in words(job)
    not_working = found(nation, carer_works=False, self_employed=True)[fid]
    assert "profit" not in words(not_working), "a hidden answer is not used"


def test_pension_age_disability_payment_qualifies_for_carer_support_payment():
    payment = found("scotland", person1_benefits=["padp"])["carer_support_payment"]
    assert payment.status is Status.LIKELY
    assert "csp_qualifying" in payment.citations


def test_carers_credit_in_scotland_speaks_of_carer_support_payment():
    credit = found("scotland", person1_hours=25)["carers_credit"]
    assert "Carer Support Payment" in words(credit)
    assert "Carer's Allowance" not in words(credit)


def test_young_carer_grant_for_a_17_year_old_in_scotland_only():
    assert found("scotland", carer_age=17, person1_hours=20)["young_carer_grant"].status is (
        Status.LIKELY
    )
    assert "young_carer_grant" not in found("england", carer_age=17, person1_hours=20)
    few = found("scotland", carer_age=17, person1_hours=10)["young_carer_grant"]
    assert few.status is Status.UNLIKELY


def test_an_under_18_carer_is_not_offered_the_council_tax_carer_discount():
    tax = found("england", carer_age=17)["council_tax_disregard"]
    assert tax.status is Status.NOT_ELIGIBLE and "18 or over" in tax.why


def test_dementia_with_a_qualifying_benefit_brings_the_severe_mental_impairment_disregard():
    smi = found("england", person1_severe_mental_impairment=True)["council_tax_smi"]
    assert smi.status is Status.LIKELY
    alone = found("england", person1_severe_mental_impairment=True, person1_lives_with_you=False)[
        "council_tax_smi"
    ]
    assert "exempt" in alone.why
    assert "council_tax_smi" not in found("england")


def test_a_paid_care_worker_is_pointed_to_the_right_help():
    money = found("england", caring_role="paid", carer_works=True, weekly_earnings=300)
    assert money["carers_leave"].status is Status.NOT_ELIGIBLE
    assert "Acas" in words(money["carers_leave"])
    assert money["carers_allowance"].status is Status.NEED_MORE_INFO
    assert "Ask the Carer's Allowance Unit whether" in money["carers_allowance"].why
    scottish = found("scotland", caring_role="paid")["carer_support_payment"]
    assert scottish.status is Status.NOT_ELIGIBLE
    assert "SSI 2023/302" in scottish.citation
