"""Money findings cite the law of the carer's own nation: Northern Ireland has its own benefit law."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from carerhelp.domain.phrases import render_findings
from carerhelp.domain.rights import assess as assess_data
from tests.domain.test_money_warnings import found
from tests.domain.test_scenarios import CONTENT

EXAMPLES = Path(__file__).parents[2] / "docs" / "examples"
ON = date(2026, 12, 1)
GB_ONLY = re.compile(
    r"SI 1976/409|SI 2013/377|SI 2002/1792|SI 2006/213|SI 1991/2890|Welfare Reform Act 2012|GOV\.UK"
)
NI_ONLY = re.compile(r"SR \d{4}/\d+|\(Northern Ireland\)|nidirect")
MONEY = ("carers_allowance", "carer_support_payment", "uc_carer_element")


def _cited(path: Path) -> dict[str, str]:
    """Each money finding's laws, as `carerhelp assess` prints them, for one example case."""
    answers = json.loads(path.read_text(encoding="utf-8"))
    answers = answers.get("answers", answers)
    parsed = CONTENT.questionnaire.parse_all(answers)
    findings = assess_data(parsed, ON, CONTENT)
    return {f.id: CONTENT.phrases.cite(f.citations) for f in findings if f.id in MONEY}


@pytest.mark.parametrize(
    "path", sorted(EXAMPLES.glob("northern-ireland*.json")), ids=lambda p: p.stem
)
def test_northern_ireland_examples_cite_no_great_britain_only_law(path):
    cited = _cited(path)
    assert cited
    for fid, laws in cited.items():
        assert not GB_ONLY.findall(laws), (fid, laws)


@pytest.mark.parametrize(
    "path",
    [p for p in sorted(EXAMPLES.glob("*.json")) if not p.stem.startswith("northern-ireland")],
    ids=lambda p: p.stem,
)
def test_great_britain_examples_cite_no_northern_ireland_law(path):
    for fid, laws in _cited(path).items():
        assert not NI_ONLY.findall(laws), (fid, laws)


def test_a_claim_in_northern_ireland_cites_its_own_regulations():
    answers = {"universal_credit": True, "person1_severe_disability_extra": "not_sure"}
    ni = found("northern_ireland", **answers)
    laws = CONTENT.phrases.cite(ni["carers_allowance"].finding.citations)
    for instrument in ("SR 1976/99", "SR 2016/217", "SR 2003/28", "SR 2006/405"):
        assert instrument in laws
    uc = CONTENT.phrases.cite(ni["uc_carer_element"].finding.citations)
    assert "SR 2016/216" in uc and "Welfare Reform Act 2012" not in uc
    gb = CONTENT.phrases.cite(found("england", **answers)["uc_carer_element"].finding.citations)
    assert "Welfare Reform Act 2012" in gb and "SR 2016/216" not in gb


@pytest.mark.parametrize(
    ("nation", "exempt", "not_cited"),
    [
        ("england", "SI 1992/558", "SI 1997/728"),
        ("wales", "SI 1992/558", "SI 1997/728"),
        ("scotland", "SI 1997/728", "SI 1992/558"),
    ],
)
def test_a_home_where_only_they_live_is_exempt_under_the_exempt_dwellings_order(
    nation, exempt, not_cited
):
    alone = found(nation, person1_severe_mental_impairment=True, person1_lives_with_you=False)
    smi = alone["council_tax_smi"]
    sentence = smi.why[smi.why.index("their home is exempt") :]
    assert sentence.startswith("their home is exempt: no Council Tax is due (")
    assert exempt in sentence[: sentence.index(").") + 1]
    assert not_cited not in smi.why and not_cited not in smi.citation
    assert exempt in smi.citation
    together = found(nation, person1_severe_mental_impairment=True)["council_tax_smi"]
    assert "exempt" not in together.why and exempt not in together.citation


def test_across_a_border_the_steps_say_the_same_council_assesses_as_the_words():
    """England's route: the carer's own council assesses; the council where they live supports."""
    case = json.loads((EXAMPLES / "england-cross-border.json").read_text(encoding="utf-8"))
    parsed = CONTENT.questionnaire.parse_all(case.get("answers", case))
    found_ = {
        f.finding.id: f for f in render_findings(assess_data(parsed, ON, CONTENT), CONTENT.phrases)
    }
    where = found_["which_council"]
    steps = " ".join(where.next_steps)
    assert "Your own council can assess you" in where.why
    assert "Ask your own council to assess you." in steps
    assert "ask it to meet your eligible needs" in steps
    assert "assess your needs as their carer" not in steps
    assert "which of them will assess you" not in steps


CHILD = {
    "person1_relationship": "child",
    "person1_benefits": ["dla_care_highest"],
    "universal_credit": True,
}


@pytest.mark.parametrize("nation", ["england", "wales", "northern_ireland"])
def test_a_child_under_16_is_not_warned_about_pension_credit_and_is_shown_dla(nation):
    money = found(nation, person1_age=8, **CHILD)
    for fid in ("carers_allowance", "uc_carer_element"):
        text = " ".join([money[fid].why, *money[fid].next_steps])
        assert "Pension Credit" not in text and "Housing Benefit" not in text, fid
        assert "Talk to them first" not in text, fid
        laws = money[fid].citation
        assert "Pension Credit" not in laws and "Housing Benefit" not in laws, fid
    uc = money["uc_carer_element"].why
    assert "Attendance Allowance" not in uc
    assert "middle or highest care rate of Disability Living Allowance" in uc


def test_in_scotland_a_child_under_16_is_shown_child_disability_payment():
    uc = found("scotland", person1_age=8, **CHILD)["uc_carer_element"].why
    assert "Child Disability Payment" in uc and "Attendance Allowance" not in uc


def test_a_16_year_old_is_told_a_child_rarely_has_a_means_tested_benefit():
    payment = found("england", person1_age=16, **CHILD)["carers_allowance"]
    steps = " ".join(payment.next_steps)
    assert "A child rarely gets a means-tested benefit" in steps
    assert "Pension Credit" not in steps


def test_an_adult_still_gets_the_pension_credit_warning():
    steps = " ".join(
        found("england", person1_severe_disability_extra="not_sure")["carers_allowance"].next_steps
    )
    assert "Pension Credit" in steps
