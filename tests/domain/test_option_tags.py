"""Which benefit counts for which rule is said once, on the answer options in the questionnaire
(OptionTags), so a benefit added to the list counts without a change to the code; and the money
findings cite the instrument and provision, not a topic name."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from carerhelp.domain.content import load_content
from carerhelp.domain.errors import ContentError
from carerhelp.domain.model import Status
from carerhelp.domain.questionnaire import OptionTag, Tag
from carerhelp.domain.rights import assess
from carerhelp.paths import resources_dir
from tests.domain.test_money_warnings import Q, found
from tests.domain.test_scenarios import base

ON = date(2026, 12, 1)


def copied(tmp_path: Path) -> Path:
    root = tmp_path / "resources"
    shutil.copytree(resources_dir(), root, ignore=shutil.ignore_patterns("fonts", "icons"))
    return root


def test_the_benefits_question_says_what_each_benefit_counts_for():
    question = Q.tagged(Tag.BENEFITS, 1)
    assert question is not None
    tagged = {option.value: option.tags for option in question.options}
    assert OptionTag.QUALIFYING in tagged["aa_lower"]
    assert OptionTag.QUALIFYING not in tagged["dla_care_lowest"]
    assert OptionTag.SCOTTISH_QUALIFYING in tagged["padp"]
    assert OptionTag.UNSURE in tagged["dla_care_not_sure"]
    assert OptionTag.SEVERE_MENTAL_IMPAIRMENT in tagged["pip_daily_standard"]
    assert OptionTag.SCOTTISH_COUNCIL_TAX not in tagged["caa"]


def test_a_benefit_added_to_the_list_counts_by_its_tags_alone(tmp_path: Path):
    root = copied(tmp_path)
    person = root / "questionnaire" / "person.toml"
    text = person.read_text(encoding="utf-8")
    anchor = '  { value = "none", label = '
    assert text.count(anchor) == 1
    text = text.replace(
        anchor,
        '  { value = "new_benefit", label = { en = "A new disability benefit", '
        'cy = "Budd-dal anabledd newydd" }, tags = ["qualifying"] },\n' + anchor,
    )
    person.write_text(text, encoding="utf-8")
    content = load_content(root)
    answers = content.questionnaire.parse_all(base("england", person1_benefits=["new_benefit"]))
    findings = {f.id: f for f in assess(answers, ON, content)}
    assert findings["carers_allowance"].status is Status.LIKELY


def test_an_unknown_option_tag_is_refused_with_its_place(tmp_path: Path):
    root = copied(tmp_path)
    person = root / "questionnaire" / "person.toml"
    text = person.read_text(encoding="utf-8").replace(
        'tags = ["unsure"] },', 'tags = ["unsure", "qualifies_maybe"] },', 1
    )
    person.write_text(text, encoding="utf-8")
    with pytest.raises(ContentError, match="unknown option tag 'qualifies_maybe'"):
        load_content(root)


@pytest.mark.parametrize(
    ("nation", "key"),
    [
        ("england", "carers_credit"),
        ("wales", "carers_credit"),
        ("scotland", "carers_credit"),
        ("northern_ireland", "carers_credit_ni"),
    ],
)
def test_carers_credit_cites_its_act_and_regulations(nation, key):
    credit = found(nation, person1_hours=25)["carers_credit"]
    assert key in credit.finding.citations
    if key == "carers_credit":
        assert "section 23A" in credit.citation and "SI 2010/19" in credit.citation
    else:
        assert "SR 2010/82" in credit.citation


def test_council_tax_cites_each_nations_rules():
    england = found("england")["council_tax_disregard"]
    assert "Schedule 1, paragraph 9" in england.citation and "SI 1992/552" in england.citation
    scotland = found("scotland")["council_tax_disregard"]
    assert "SI 1992/1409" in scotland.citation
    assert "SI 1992/552" not in scotland.citation
    young = found("england", carer_age=17)["council_tax_disregard"]
    assert "section 6(5)" in young.citation
    young_scot = found("scotland", carer_age=17)["council_tax_disregard"]
    assert "council_tax_under_18_scotland" in young_scot.finding.citations
    dementia = {"person1_severe_mental_impairment": True}
    assert "SSI 2003/176" in found("scotland", **dementia)["council_tax_smi"].citation
    assert "SI 1992/548" in found("wales", **dementia)["council_tax_smi"].citation
    assert "SSI 2003/176" not in found("wales", **dementia)["council_tax_smi"].citation
