"""The examples cover a parent carer and a young carer in every nation, and a carer across a border;
each example's letter, read back from the PDF, holds its route's law and none of the law ruled out."""

from __future__ import annotations

from pathlib import Path

import pytest

from carerhelp.domain.model import Nation
from carerhelp.domain.rights.assessment import support_route
from carerhelp.domain.routes import route_for
from carerhelp.domain.situation import situation
from tests.letters.test_specs import CONTENT, EXAMPLES, Q, answers_of, letter_text

CITATIONS = CONTENT.citations


def _route(path: Path):
    answers = answers_of(path)
    route = route_for(CONTENT.routes, situation(Q, answers))
    assert route is not None
    return answers, route


def test_every_nation_has_a_parent_carer_and_a_young_carer_example_and_one_crosses_a_border():
    kinds = {(route.carer_type, route.nation) for _a, route in map(_route, EXAMPLES)}
    for nation in Nation:
        assert ("parent_carer", nation) in kinds, nation
        assert {("young_carer", nation), ("young_adult_carer", nation)} & kinds, nation
    crossing = [
        path
        for path in EXAMPLES
        if any(
            key.endswith("_nation") and key != "nation" and value != answers_of(path)["nation"]
            for key, value in answers_of(path).items()
        )
    ]
    assert crossing


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_each_examples_letter_rests_on_its_routes_law(path: Path):
    answers, route = _route(path)
    if "want_carer_assessment" not in Q.active_answers(answers):
        pytest.skip("this carer has had an assessment; the assessment letter is not theirs")
    text = letter_text(answers, "assessment")
    assert CITATIONS[route.assessment.cite[0]].short in text
    # Across a border, support and breaks follow the law where the person cared for lives.
    support = support_route(CONTENT.routes, situation(Q, answers))
    assert support is not None
    theirs = set()
    if support is not route:
        theirs = {*support.support.cite, *support.breaks.cite, *support.charging.cite}
        assert CITATIONS[support.support.cite[0]].short in text
    for key in sorted(set(route.never_cite) - theirs):
        short = CITATIONS[key].short
        assert not any(short + end in text for end in (" ", ",", ".", ";", ")")), key
