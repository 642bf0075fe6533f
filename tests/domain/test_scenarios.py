"""A table of carers' situations across the four nations, each checked for status, law and reason."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from carerhelp.domain.content import load_content
from carerhelp.domain.model import Status
from carerhelp.domain.phrases import RenderedFinding, render_findings
from carerhelp.domain.rights import assess as assess_data

CONTENT = load_content()  # this module's own, read once: the scenarios use it to build their cases
Q = CONTENT.questionnaire


def assess(answers: dict[str, Any], on: date, content=CONTENT) -> list[RenderedFinding]:
    """The findings in English words, as the results page shows them."""
    return render_findings(assess_data(answers, on, content), content.phrases)


NOV_2026 = date(2026, 11, 22)
JUN_2025 = date(2025, 6, 1)
E, L, P, U, N, M = (
    Status.ENTITLED,
    Status.LIKELY,
    Status.POSSIBLE,
    Status.UNLIKELY,
    Status.NOT_ELIGIBLE,
    Status.NEED_MORE_INFO,
)
COUNCIL = {
    "england": "leeds",
    "wales": "cardiff",
    "scotland": "glasgow-city",
    "northern_ireland": "belfast-health-and-social-care-trust",
}


def base(nation: str, **overrides: Any) -> dict[str, Any]:
    answers: dict[str, Any] = {
        "carer_name": "Siân Llŷr",
        "carer_address": "1 Stryd Fawr",
        "carer_postcode": "AB1 2CD",
        "nation": nation,
        "council": COUNCIL[nation],
        "carer_age": 50,
        "caring_role": "family_friend",
        "carer_works": False,
        "study": "none",
        "looks_after_children": True,
        "universal_credit": False,
        "people_count": 1,
        "person1_name": "Mam",
        "person1_relationship": "parent",
        "person1_age": 80,
        "person1_lives_with_you": True,
        "person1_condition": "Dementia",
        "person1_benefits": ["aa_higher"],
        "person1_hours": 40,
        "caring_nights": "sometimes",
        "caring_tasks": ["meals"],
        "caring_since": "1_to_5_years",
        **{
            f"impact_{k}": "fine"
            for k in (
                "children",
                "others",
                "home",
                "meals",
                "relationships",
                "work",
                "local",
                "leisure",
            )
        },
        "impact_health": "fine",
        "impact_wellbeing": "little",
        "willing_to_continue": "yes",
        "breakdown_risk": False,
        "terminal_illness": False,
        "already_assessed": False,
        "want_carer_assessment": True,
        "want_their_assessment": False,
        "want_breaks": True,
        "want_replacement_care": False,
        "want_emergency_plan": False,
        "want_work_help": False,
        "contact_method": "letter",
        "format_needs": "standard",
        "language": "english",
        "interpreter": False,
        "someone_with_you": False,
        "seen_separately": False,
    }
    answers.update(overrides)
    return {k: v for k, v in answers.items() if v is not None}


# (id, answers, date, finding id, status, citation must contain, words the reason must contain)
SCENARIOS = [
    (
        "eng-adult-carer",
        base("england"),
        NOV_2026,
        "carer_assessment",
        E,
        "Care Act 2014, section 10",
        ["must assess", "money"],
    ),
    (
        "eng-finances-irrelevant",
        base("england", carer_works=True, weekly_earnings=900),
        NOV_2026,
        "carer_assessment",
        E,
        "section 10(4)",
        ["savings make no difference"],
    ),
    (
        "eng-14-year-old",
        base("england", carer_age=14, study=None, universal_credit=None),
        NOV_2026,
        "carer_assessment",
        E,
        "Children Act 1989, section 17ZA",
        ["under 18"],
    ),
    (
        "eng-parent-of-disabled-child",
        base(
            "england",
            carer_age=38,
            person1_relationship="child",
            person1_age=9,
            person1_benefits=["dla_care_middle"],
        ),
        NOV_2026,
        "carer_assessment",
        E,
        "section 17ZD",
        ["disabled child"],
    ),
    (
        "eng-paid-care-worker",
        base("england", caring_role="paid"),
        NOV_2026,
        "carer_assessment",
        N,
        "Care Act 2014, section 10",
        ["paid job", "contract"],
    ),
    (
        "eng-volunteer",
        base("england", caring_role="volunteer"),
        NOV_2026,
        "carer_assessment",
        N,
        "section 10",
        ["voluntary work"],
    ),
    (
        "wales-adult-carer",
        base("wales"),
        NOV_2026,
        "carer_assessment",
        E,
        "Social Services and Well-being (Wales) Act 2014, section 24",
        ["must assess", "money"],
    ),
    (
        "wales-paid-worker-unconfirmed",
        base("wales", caring_role="paid"),
        NOV_2026,
        "carer_assessment",
        M,
        "section 24",
        ["usually doesn't count", "Ask your council"],
    ),
    (
        "scot-adult-carer",
        base("scotland"),
        NOV_2026,
        "carer_assessment",
        E,
        "Carers (Scotland) Act 2016, section 6",
        ["adult carer support plan", "where the person you care for lives"],
    ),
    (
        "scot-young-carer",
        base("scotland", carer_age=15, study=None, universal_credit=None),
        NOV_2026,
        "carer_assessment",
        E,
        "section 12",
        ["young carer statement"],
    ),
    (
        "scot-18-at-school",
        base("scotland", carer_age=18, carer_at_school=True),
        NOV_2026,
        "carer_assessment",
        E,
        "section 12",
        ["still at school"],
    ),
    (
        "ni-adult-carer",
        base("northern_ireland"),
        NOV_2026,
        "carer_assessment",
        E,
        "Carers and Direct Payments Act (Northern Ireland) 2002, section 1",
        ["ask", "Health and Social Care Trust"],
    ),
    (
        "ni-young-carer",
        base("northern_ireland", carer_age=15, study=None, universal_credit=None),
        NOV_2026,
        "carer_assessment",
        E,
        "Article 17A",
        ["substantial amount of care"],
    ),
    (
        "eng-their-assessment",
        base("england", want_their_assessment=True, their_agreement="agreed"),
        NOV_2026,
        "their_assessment",
        L,
        "section 9",
        ["they agree"],
    ),
    (
        "wales-their-assessment",
        base("wales", want_their_assessment=True, their_agreement="not_asked"),
        NOV_2026,
        "their_assessment",
        L,
        "section 19",
        ["Ask them first"],
    ),
    (
        "eng-their-assessment-refused",
        base("england", want_their_assessment=True, their_agreement="not_agreed"),
        NOV_2026,
        "their_assessment",
        U,
        "section 9",
        ["don't agree"],
    ),
    (
        "eng-support-likely",
        base(
            "england",
            impact_leisure="cannot",
            impact_health="getting_worse",
            impact_wellbeing="a_lot",
        ),
        NOV_2026,
        "support_likely",
        L,
        "regulation 3",
        ["your health", "big effect"],
    ),
    (
        "eng-support-possible",
        base("england", impact_relationships="distress", impact_wellbeing="some"),
        NOV_2026,
        "support_likely",
        P,
        "regulation 3",
        ["keeping up relationships", "assessor decides"],
    ),
    (
        "eng-support-unlikely",
        base("england"),
        NOV_2026,
        "support_likely",
        U,
        "regulation 3",
        ["neither applies"],
    ),
    (
        "wales-support-unconfirmed-list",
        base("wales", impact_leisure="cannot"),
        NOV_2026,
        "support_likely",
        P,
        "regulation 5",
        ["can't yet check"],
    ),
    (
        "scot-local-criteria",
        base("scotland"),
        NOV_2026,
        "support_likely",
        P,
        "sections 21 and 22",
        ["own eligibility criteria"],
    ),
    (
        "ni-power-not-duty",
        base("northern_ireland"),
        NOV_2026,
        "support_likely",
        M,
        "section 2",
        ["power, not a duty"],
    ),
    (
        "eng-breaks-no-charge",
        base("england"),
        NOV_2026,
        "breaks",
        P,
        "section 14(3)",
        ["can't be charged"],
    ),
    (
        "scot-breaks-statement",
        base("scotland"),
        NOV_2026,
        "breaks",
        E,
        "section 35",
        ["Short Breaks Services Statement"],
    ),
    ("wales-breaks", base("wales"), NOV_2026, "breaks", P, "section 40", ["break"]),
    (
        "ni-breaks-charge",
        base("northern_ireland"),
        NOV_2026,
        "breaks",
        P,
        "section 2",
        ["may charge"],
    ),
    (
        "eng-ca-likely",
        base("england", person1_hours=50),
        NOV_2026,
        "carers_allowance",
        L,
        "Carer's Allowance",
        ["£86.45 a week in 2026-27"],
    ),
    (
        "eng-ca-2025-rate",
        base("england", person1_hours=50),
        JUN_2025,
        "carers_allowance",
        L,
        "Carer's Allowance",
        ["£83.30 a week in 2025-26"],
    ),
    (
        "eng-ca-under-35-hours",
        base("england", person1_hours=30),
        NOV_2026,
        "carers_allowance",
        N,
        "Carer's Allowance",
        ["at least 35 hours"],
    ),
    (
        "eng-two-people-20-hours-each-ca",
        base(
            "england",
            people_count=2,
            person1_hours=20,
            person2_name="Dad",
            person2_relationship="parent",
            person2_age=82,
            person2_lives_with_you=True,
            person2_condition="Stroke",
            person2_benefits=["aa_lower"],
            person2_hours=20,
        ),
        NOV_2026,
        "carers_allowance",
        N,
        "Carer's Allowance",
        ["can't add together hours"],
    ),
    (
        "eng-two-people-20-hours-each-credit",
        base(
            "england",
            people_count=2,
            person1_hours=20,
            person2_name="Dad",
            person2_relationship="parent",
            person2_age=82,
            person2_lives_with_you=True,
            person2_condition="Stroke",
            person2_benefits=["aa_lower"],
            person2_hours=20,
        ),
        NOV_2026,
        "carers_credit",
        L,
        "Carer's Credit",
        ["40 hours", "adding together"],
    ),
    (
        "eng-no-qualifying-benefit",
        base("england", person1_benefits=["none"]),
        NOV_2026,
        "carers_allowance",
        N,
        "Carer's Allowance",
        ["qualifying benefit", "don't get one"],
    ),
    (
        "eng-dla-lowest-does-not-count",
        base("england", person1_benefits=["dla_care_lowest"]),
        NOV_2026,
        "carers_allowance",
        N,
        "Carer's Allowance",
        ["lowest care rate"],
    ),
    (
        "eng-benefit-not-sure",
        base("england", person1_benefits=["not_sure"]),
        NOV_2026,
        "carers_allowance",
        M,
        "Carer's Allowance",
        ["weren't sure"],
    ),
    (
        "eng-full-time-student",
        base("england", carer_age=20, study="full_time"),
        NOV_2026,
        "carers_allowance",
        N,
        "Carer's Allowance",
        ["full-time education"],
    ),
    (
        "scot-full-time-student",
        base("scotland", carer_age=21, study="full_time"),
        NOV_2026,
        "carer_support_payment",
        P,
        "Carer Support Payment",
        ["full-time students aged 20"],
    ),
    (
        "eng-just-under-limit-2026",
        base("england", carer_works=True, weekly_earnings=203.99),
        NOV_2026,
        "carers_allowance",
        L,
        "Carer's Allowance",
        ["£0.01 under", "close to the earnings limit"],
    ),
    (
        "eng-just-over-limit-2026",
        base("england", carer_works=True, weekly_earnings=204.01),
        NOV_2026,
        "carers_allowance",
        P,
        "Carer's Allowance",
        ["£204.00", "deductions may bring you under", "half of what you pay into a pension"],
    ),
    (
        "eng-exactly-limit-2026",
        base("england", carer_works=True, weekly_earnings=204),
        NOV_2026,
        "carers_allowance",
        L,
        "Carer's Allowance",
        ["£0.00 under"],
    ),
    (
        "eng-just-under-limit-2025",
        base("england", carer_works=True, weekly_earnings=195.50),
        JUN_2025,
        "carers_allowance",
        L,
        "Carer's Allowance",
        ["£196.00 (2025-26)", "£0.50 under"],
    ),
    (
        "eng-just-over-limit-2025",
        base("england", carer_works=True, weekly_earnings=196.01),
        JUN_2025,
        "carers_allowance",
        P,
        "Carer's Allowance",
        ["£196.00", "deductions may bring you under"],
    ),
    (
        "wales-over-2025-under-2026",
        base("wales", carer_works=True, weekly_earnings=200),
        NOV_2026,
        "carers_allowance",
        L,
        "Carer's Allowance",
        ["£4.00 under"],
    ),
    (
        "eng-78-on-state-pension",
        base(
            "england",
            carer_age=78,
            state_pension=True,
            person1_relationship="partner",
            person1_age=80,
        ),
        NOV_2026,
        "carers_allowance",
        P,
        "Carer's Allowance",
        ["underlying", "Pension Credit"],
    ),
    (
        "eng-78-no-carers-credit",
        base("england", carer_age=78, state_pension=True),
        NOV_2026,
        "carers_credit",
        N,
        "Carer's Credit",
        ["State Pension age"],
    ),
    (
        "ni-rate-unconfirmed",
        base("northern_ireland", person1_hours=60),
        NOV_2026,
        "carers_allowance",
        L,
        "nidirect",
        ["Check the current weekly amount"],
    ),
    (
        "scot-csp-2026-rate-unconfirmed",
        base("scotland", person1_hours=60),
        NOV_2026,
        "carer_support_payment",
        L,
        "Carer Support Payment",
        ["Check the current weekly amount"],
    ),
    (
        "scot-csp-2025-rate",
        base("scotland", person1_hours=60),
        JUN_2025,
        "carer_support_payment",
        L,
        "Carer Support Payment",
        ["£83.30"],
    ),
    (
        "scot-adp-qualifies",
        base("scotland", person1_benefits=["adp_daily"]),
        NOV_2026,
        "carer_support_payment",
        L,
        "Carer Support Payment",
        ["gets a benefit that qualifies", "Social Security Scotland"],
    ),
    (
        "scot-supplement-2025",
        base("scotland"),
        JUN_2025,
        "carers_allowance_supplement",
        L,
        "Carer's Allowance Supplement",
        ["£293.50"],
    ),
    (
        "scot-supplement-2026-unconfirmed",
        base("scotland"),
        NOV_2026,
        "carers_allowance_supplement",
        L,
        "Carer's Allowance Supplement",
        ["Check the current amount on mygov.scot"],
    ),
    (
        "eng-carers-credit-certificate",
        base("england", person1_benefits=["none"], person1_hours=25),
        NOV_2026,
        "carers_credit",
        P,
        "Carer's Credit",
        ["care certificate"],
    ),
    (
        "eng-uc-carer-element",
        base("england", universal_credit=True),
        NOV_2026,
        "uc_carer_element",
        L,
        "Universal Credit",
        ["£209.34 a month"],
    ),
    (
        "eng-uc-no-qualifying",
        base("england", universal_credit=True, person1_benefits=["none"]),
        NOV_2026,
        "uc_carer_element",
        U,
        "Universal Credit",
        ["qualifying benefit"],
    ),
    (
        "eng-council-tax-disregard",
        base("england"),
        NOV_2026,
        "council_tax_disregard",
        L,
        "Council Tax",
        ["25% or 50%", "Apply"],
    ),
    (
        "eng-council-tax-partner",
        base("england", person1_relationship="partner"),
        NOV_2026,
        "council_tax_disregard",
        U,
        "Council Tax",
        ["not be their partner"],
    ),
    (
        "eng-council-tax-not-living-with",
        base("england", person1_lives_with_you=False),
        NOV_2026,
        "council_tax_disregard",
        U,
        "Council Tax",
        ["live with the person"],
    ),
    (
        "scot-council-tax-attendance-allowance",
        base("scotland"),
        NOV_2026,
        "council_tax_disregard",
        L,
        "Council Tax (Discounts) (Scotland) Regulations 1992",
        ["qualifying benefit", "Apply to your council"],
    ),
    (
        "scot-council-tax-constant-attendance-is-a-check",
        base("scotland", person1_benefits=["caa"]),
        NOV_2026,
        "council_tax_disregard",
        P,
        "Council Tax (Discounts) (Scotland) Regulations 1992",
        ["not on the usual list", "ask the council"],
    ),
    (
        "ni-rates-not-council-tax",
        base("northern_ireland"),
        NOV_2026,
        "council_tax_disregard",
        U,
        "Domestic rates (Northern Ireland)",
        ["domestic rates"],
    ),
    (
        "eng-carers-leave",
        base("england", carer_works=True, weekly_earnings=100),
        NOV_2026,
        "carers_leave",
        E,
        "Carer's Leave Act 2023",
        ["one week", "unpaid", "first day"],
    ),
    (
        "ni-carers-leave-unconfirmed",
        base("northern_ireland", carer_works=True, weekly_earnings=100),
        NOV_2026,
        "carers_leave",
        M,
        "Carer's Leave Act 2023",
        ["not Northern Ireland", "Labour Relations Agency"],
    ),
    (
        "wales-flexible-working",
        base("wales", carer_works=True, weekly_earnings=100),
        NOV_2026,
        "flexible_working",
        E,
        "day-one right",
        ["first day", "twice in 12 months"],
    ),
    (
        "ni-flexible-working",
        base("northern_ireland", carer_works=True, weekly_earnings=100),
        NOV_2026,
        "flexible_working",
        P,
        "Northern Ireland",
        ["adult relative"],
    ),
    (
        "scot-emergency-plan",
        base("scotland", want_emergency_plan=True),
        NOV_2026,
        "emergency_plan",
        E,
        "section 9",
        ["emergency"],
    ),
    (
        "ni-parent-of-disabled-child-unconfirmed",
        base(
            "northern_ireland",
            carer_age=40,
            person1_relationship="child",
            person1_age=7,
            person1_benefits=["dla_care_highest"],
        ),
        NOV_2026,
        "carer_assessment",
        P,
        "Article 18A",
        ["Ask the Trust to assess your needs", "right to ask"],
    ),
    (
        "scot-parent-of-disabled-child-is-a-carer",
        base("scotland", person1_relationship="child", person1_age=7),
        NOV_2026,
        "carer_assessment",
        E,
        "Carers (Scotland) Act 2016, section 6",
        ["adult carer support plan"],
    ),
    (
        "wales-parent-of-disabled-child",
        base("wales", person1_relationship="child", person1_age=12),
        NOV_2026,
        "carer_assessment",
        E,
        "section 24",
        ["disabled child"],
    ),
    (
        "scot-terminal-illness-timescales",
        base("scotland", terminal_illness=True),
        NOV_2026,
        "carer_assessment",
        E,
        "2021/133",
        ["2 working days", "within 10"],
    ),
    (
        "scot-pensioner-underlying-csp",
        base("scotland", carer_age=70, state_pension=True),
        NOV_2026,
        "carer_support_payment",
        P,
        "Carer Support Payment",
        ["overlapping benefits", "paid the difference", "carer addition in Pension Credit"],
    ),
    (
        "eng-66-no-pension-credit-check",
        base("england", carer_age=66, state_pension=False),
        NOV_2026,
        "carers_credit",
        M,
        "Carer's Credit",
        ["State Pension age", "You are 66"],
    ),
    (
        "wales-adp-from-scotland-is-a-check",
        base("wales", person1_benefits=["adp_daily"]),
        NOV_2026,
        "carers_allowance",
        P,
        "Carer's Allowance",
        ["very likely qualifies", "office that pays Carer's Allowance"],
    ),
    (
        "eng-council-tax-benefit-not-sure",
        base("england", person1_benefits=["not_sure"]),
        NOV_2026,
        "council_tax_disregard",
        M,
        "Council Tax",
        ["award letter"],
    ),
    (
        "eng-uc-benefit-not-sure",
        base("england", universal_credit=True, person1_benefits=["not_sure"]),
        NOV_2026,
        "uc_carer_element",
        M,
        "Universal Credit",
        ["check that theirs does"],
    ),
    (
        "ni-claim-on-nidirect",
        base("northern_ireland", person1_hours=50),
        NOV_2026,
        "carers_allowance",
        L,
        "nidirect",
        ["Claim Carer's Allowance on nidirect"],
    ),
    (
        "eng-support-lists-what-caring-affects",
        base("england", impact_health="at_risk", impact_leisure="cannot", impact_wellbeing="a_lot"),
        NOV_2026,
        "support_likely",
        L,
        "regulation 3",
        ["your health and having time for things you enjoy"],
    ),
    (
        "eng-17-year-old-transition",
        base("england", carer_age=17),
        NOV_2026,
        "carer_assessment",
        E,
        "Care Act 2014, section 63",
        ["under 18", "transition assessment"],
    ),
    (
        "eng-parent-of-16-year-old-transition",
        base("england", carer_age=45, person1_relationship="child", person1_age=16),
        NOV_2026,
        "carer_assessment",
        E,
        "Care Act 2014, section 60",
        ["disabled child", "transition assessment"],
    ),
    (
        "eng-stale-rates-2028",
        base("england", person1_hours=50),
        date(2028, 1, 10),
        "carers_allowance",
        L,
        "Carer's Allowance",
        ["may be out of date"],
    ),
]


@pytest.mark.parametrize(
    ("answers", "on", "finding_id", "status", "citation", "words"),
    [pytest.param(*rest, id=name) for name, *rest in SCENARIOS],
)
def test_scenario(answers, on, finding_id, status, citation, words):
    parsed = Q.parse_all(answers)
    assert Q.first_unanswered(parsed) is None, (
        f"scenario is incomplete at {Q.first_unanswered(parsed)}"
    )
    findings = {f.id: f for f in assess(parsed, on, CONTENT)}
    assert finding_id in findings, f"no {finding_id} finding; got {sorted(findings)}"
    finding = findings[finding_id]
    assert finding.status is status, finding.why
    assert citation in f"{finding.citation}; {finding.guidance}"
    text = " ".join([finding.why, *finding.next_steps])
    for word in words:
        assert word in text, f"{word!r} not in: {text}"


def test_there_are_at_least_40_scenarios_across_all_nations():
    assert len(SCENARIOS) >= 40
    nations = {answers["nation"] for _name, answers, *_ in SCENARIOS}
    assert nations == {"england", "wales", "scotland", "northern_ireland"}


@pytest.mark.parametrize("name", [s[0] for s in SCENARIOS[:12]])
def test_every_finding_has_a_reason_and_a_citation(name):
    answers, on = next((s[1], s[2]) for s in SCENARIOS if s[0] == name)
    for finding in assess(Q.parse_all(answers), on, CONTENT):
        assert len(finding.why) > 30 and (finding.citation or finding.guidance) and finding.title


def test_hidden_answers_are_kept_but_ignored():
    answers = Q.parse_all(base("england", carer_works=True, weekly_earnings=900, person1_hours=50))
    over = {f.id: f for f in assess(answers, on=NOV_2026)}["carers_allowance"]
    assert over.status is Status.UNLIKELY
    answers["carer_works"] = False  # weekly_earnings is now hidden, but still stored
    assert "weekly_earnings" in answers
    now = {f.id: f for f in assess(answers, NOV_2026, CONTENT)}["carers_allowance"]
    assert now.status is Status.LIKELY


def test_partial_answers_ask_for_the_hours_instead_of_saying_no():
    answers = Q.parse_all({"nation": "england", "carer_age": 50, "people_count": 1})
    found = {f.id: f for f in assess(answers, NOV_2026, CONTENT)}
    assert found["carers_allowance"].status is Status.NEED_MORE_INFO
    assert found["carers_credit"].status is Status.NEED_MORE_INFO
    assert "how many hours" in found["carers_allowance"].why


def test_unanswered_wellbeing_is_not_reported_as_a_little():
    answers = Q.parse_all(base("england", impact_leisure="cannot"))
    del answers["impact_wellbeing"]
    finding = {f.id: f for f in assess(answers, NOV_2026, CONTENT)}["support_likely"]
    assert finding.status is Status.POSSIBLE
    assert "haven't said" in finding.why and "a little" not in finding.why


@pytest.mark.parametrize(
    ("on", "earnings", "period", "headroom"),
    [
        (JUN_2025, 190, "2025-26", "6.00"),
        (NOV_2026, 204, "2026-27", "0.00"),
        (NOV_2026, 204.01, "2026-27", "-0.01"),
    ],
)
def test_carers_allowance_details_give_tools_the_figures(on, earnings, period, headroom):
    answers = Q.parse_all(base("england", carer_works=True, weekly_earnings=earnings))
    finding = {f.id: f for f in assess(answers, on=on)}["carers_allowance"]
    assert finding.values["period"] == period
    assert finding.values["headroom"] == headroom
    assert finding.values["figures_may_be_out_of_date"] is False
    assert finding.to_json()["values"]["earnings_limit_weekly"] in {"196.00", "204.00"}
