"""A letter for a carer whose person cared for lives in another nation: it asks the carer's own
council for the assessment under the carer's law, and names the other nation's law for meeting the
carer's needs and for breaks, never the carer's own nation's support duty."""

from __future__ import annotations

import pytest

from carerhelp.domain.citations import Citation
from tests.domain.test_scenarios import base
from tests.letters.test_specs import CONTENT, Q, letter_text

CITATIONS: dict[str, Citation] = CONTENT.citations


def cited(key: str, text: str) -> bool:
    short = CITATIONS[key].short
    return any(short + end in text + " " for end in (" ", ",", ".", ";", ")"))


@pytest.mark.parametrize(
    ("carer_in", "person_in", "own_law", "their_law", "breaks_law", "not_their_law"),
    [
        ("england", "wales", "care_act_s10", "wales_s40", "wales_s40", "care_act_s20"),
        ("wales", "england", "wales_s24", "care_act_s20", "care_act_s20", "wales_s40"),
        ("england", "scotland", "care_act_s10", "scot_s6_6", "scot_s25", "care_act_s20"),
        ("scotland", "england", "scot_s6", "care_act_s20", "care_act_s20", "scot_s6_6"),
        ("england", "northern_ireland", "care_act_s10", "ni_s2", "ni_s2", "care_act_s20"),
    ],
)
@pytest.mark.parametrize("kind", ["assessment", "respite"])
def test_support_and_breaks_follow_the_law_where_the_person_lives(
    carer_in, person_in, own_law, their_law, breaks_law, not_their_law, kind
):
    answers = Q.parse_all(
        base(
            carer_in,
            person1_lives_with_you=False,
            person1_nation=person_in,
            impact_leisure="cannot",
            impact_wellbeing="a_lot",
            want_replacement_care=True,
        )
    )
    text = letter_text(answers, kind)
    if kind == "assessment":
        assert cited(own_law, text), text[:800]
        assert "Mam lives in" in text
        assert cited(their_law, text), (their_law, text)
    assert cited(breaks_law, text), (breaks_law, text)
    assert not cited(not_their_law, text), (not_their_law, text)


def test_a_scottish_carer_of_someone_in_england_is_not_told_the_scottish_council_where_they_live():
    answers = Q.parse_all(base("scotland", person1_lives_with_you=False, person1_nation="england"))
    text = letter_text(answers, "assessment")
    assert (
        "I understand that the council for the area where the person I care for lives" not in text
    )
    assert "adult carer support plan" in text
