"""Each kind of carer in each nation: the letter's PDF holds the route's law and none of the law it rules out."""

from __future__ import annotations

import pytest

from carerhelp.domain.model import Nation
from tests.domain.test_route_scenarios import CARERS
from tests.domain.test_scenarios import base
from tests.letters.test_specs import CONTENT, Q, letter_text

CITATIONS = CONTENT.citations
ROUTES = CONTENT.routes


@pytest.mark.parametrize("kind", ["assessment", "respite"])
@pytest.mark.parametrize("nation", list(Nation), ids=lambda n: n.value)
@pytest.mark.parametrize("carer_type", list(CARERS))
def test_the_letter_cites_the_routes_law_and_never_the_wrong_law(carer_type, nation, kind):
    route = ROUTES.route(carer_type, nation)
    answers = Q.parse_all(base(nation.value, **CARERS[carer_type], want_replacement_care=True))
    text = letter_text(answers, kind)
    if kind == "assessment":
        assert CITATIONS[route.assessment.cite[0]].short in text, text[:600]
    for key in sorted(route.never_cite):
        assert CITATIONS[key].short + " " not in text + " ", (key, text)
        assert CITATIONS[key].short + "," not in text, key
        assert CITATIONS[key].short + "." not in text, key
        assert CITATIONS[key].short + ";" not in text, key
        assert CITATIONS[key].short + ")" not in text, key


@pytest.mark.parametrize(
    ("carer_type", "nation", "team"),
    [
        ("parent_carer", Nation.ENGLAND, "Children's Services"),
        ("young_carer", Nation.ENGLAND, "Children's Services"),
        ("adult_carer", Nation.ENGLAND, "Adult Social Care"),
        ("parent_carer", Nation.NORTHERN_IRELAND, "Children's Disability Team"),
    ],
)
def test_the_letter_goes_to_the_routes_team(carer_type, nation, team):
    answers = Q.parse_all(base(nation.value, **CARERS[carer_type]))
    assert team in letter_text(answers, "assessment")
