"""Where the carer and the person cared for live decides which council acts, and the council must fit."""

from __future__ import annotations

import pytest

from carerhelp.domain.errors import ValidationError
from carerhelp.domain.model import Status
from tests.domain.test_money_warnings import found, words
from tests.domain.test_scenarios import Q, base


def test_a_welsh_council_for_a_carer_and_person_in_england_is_refused_with_the_reason():
    with pytest.raises(ValidationError, match="Powys Council is in Wales, but you live in England"):
        Q.parse_all(base("england", council="powys"))


def test_a_welsh_council_is_refused_even_when_the_person_cared_for_lives_in_wales():
    answers = base("england", council="powys", person1_lives_with_you=False, person1_nation="wales")
    with pytest.raises(ValidationError, match="how to contact the council where the person"):
        Q.parse_all(answers)
    own = base("england", person1_lives_with_you=False, person1_nation="wales")
    assert Q.parse_all(own)["council"] == "leeds"


def test_a_person_in_another_nation_is_explained_with_both_nations_law():
    where = found("england", person1_lives_with_you=False, person1_nation="wales")["which_council"]
    assert where.status is Status.POSSIBLE
    assert "lives in Wales" in where.why and "could not confirm" not in where.why
    assert set(where.citations) == {"care_act_s10", "wales_s40"}


def test_in_england_the_duty_to_meet_needs_follows_the_person_cared_for():
    where = found("england", person1_lives_with_you=False, person1_same_council=False)[
        "which_council"
    ]
    assert "care_act_s20" in where.citations
    assert "falls on the council where Mam lives" in words(where)
    assert "which_council" not in found("england")


def test_in_scotland_the_council_where_the_person_lives_prepares_the_plan():
    where = found("scotland", person1_lives_with_you=False, person1_same_council=False)[
        "which_council"
    ]
    assert "council where Mam lives is the one that assesses you" in where.why
