"""'Not sure which rate' answers: a carer who knows the benefit but not its rate gets the answer the
law gives for every rate of it (all of Attendance Allowance and PIP daily living qualify), and a
'check' where the rates differ (DLA's lowest care rate does not qualify)."""

from __future__ import annotations

from datetime import date

import pytest

from carerhelp.domain.rights import assess

ON = date(2026, 12, 1)


def statuses(content, benefit: str) -> dict[str, str]:
    answers = content.questionnaire.parse_all(
        {
            "nation": "england",
            "carer_name": "Ann Example",
            "carer_age": 58,
            "caring_role": "family_friend",
            "people_count": 1,
            "person1_name": "Tom",
            "person1_age": 80,
            "person1_hours": 40,
            "person1_benefits": [benefit],
        }
    )
    found = assess(answers, ON, content)
    return {f.id: f.status.value for f in found if f.id in {"carers_allowance", "carers_credit"}}


@pytest.mark.parametrize(
    ("unsure", "same_as"),
    [
        ("aa_not_sure", "aa_lower"),
        ("pip_daily_not_sure", "pip_daily_standard"),
        ("dla_care_not_sure", "not_sure"),
    ],
)
def test_not_sure_which_rate_gets_the_answer_every_rate_shares(content, unsure, same_as):
    assert content.questionnaire.question("person1_benefits").option(unsure) is not None
    got = statuses(content, unsure)
    assert set(got) == {"carers_allowance", "carers_credit"}
    assert got == statuses(content, same_as)


def test_dla_with_an_unknown_rate_is_not_taken_as_qualifying(content):
    assert statuses(content, "dla_care_not_sure") != statuses(content, "dla_care_middle")
