"""The routes: one per kind of carer and nation, each resting only on law that exists and fits that carer."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from carerhelp.domain.citations import load_citations
from carerhelp.domain.errors import ContentError
from carerhelp.domain.model import Nation
from carerhelp.domain.routes import CARER_TYPES, load_routes

LAW = Path(__file__).resolve().parents[2] / "resources" / "law"
CITATIONS = load_citations(LAW / "citations.toml")
ROUTES = load_routes(CITATIONS, LAW / "routes.toml")
ADULT_LAW = {"care_act_s10", "care_act_s20", "eligibility_reg3", "care_act_s14_3"}


def test_there_is_a_route_for_every_kind_of_carer_in_every_nation():
    assert len(ROUTES) == len(CARER_TYPES) * len(Nation) == 16
    for carer_type in CARER_TYPES:
        for nation in Nation:
            route = ROUTES.route(carer_type, nation)
            assert route.assessment.cite and route.team and route.title
            assert route.complaint.plain and route.charging.plain


@pytest.mark.parametrize("carer_type", ["parent_carer", "young_carer", "young_adult_carer"])
def test_children_and_parents_in_england_never_rest_on_law_for_adults_caring_for_adults(
    carer_type,
):
    route = ROUTES.route(carer_type, Nation.ENGLAND)
    assert not route.cited & ADULT_LAW
    assert route.never_cite >= {"care_act_s20", "eligibility_reg3", "care_act_s14_3"}
    assert route.assessment.cite[0] in {"children_act_s17za", "children_act_s17zd"}
    assert "Children" in route.team


def test_the_law_each_route_rests_on_belongs_to_its_own_nation():
    prefixes = {
        Nation.ENGLAND: ("care_", "children_", "eligibility", "short_breaks", "lgsco"),
        Nation.WALES: ("wales", "psow"),
        Nation.SCOTLAND: ("scot",),
        Nation.NORTHERN_IRELAND: ("ni_", "nipso"),
    }
    for route in ROUTES.values():
        for key in route.cited:
            assert key.startswith(prefixes[route.nation]), (route.key, key)


@pytest.mark.parametrize(
    ("carer_type", "nation", "right", "wrong"),
    [
        ("parent_carer", Nation.ENGLAND, "children_act_sch2_6", "care_act_s20"),
        ("young_carer", Nation.WALES, "wales_s24", "wales_s40"),
        ("young_carer", Nation.SCOTLAND, "scot_s12", "scot_s6"),
        ("parent_carer", Nation.NORTHERN_IRELAND, "ni_art18a", "ni_s1"),
        ("young_adult_carer", Nation.ENGLAND, "care_act_s63", "care_act_s10_4"),
        ("adult_carer", Nation.SCOTLAND, "scot_waiver", "scot_s12"),
    ],
)
def test_each_route_names_the_right_law_and_rules_out_the_wrong_one(
    carer_type, nation, right, wrong
):
    route = ROUTES.route(carer_type, nation)
    assert right in route.cited
    assert wrong in route.never_cite and wrong not in route.cited


def test_who_assesses_and_who_supports_follow_where_people_live():
    assert ROUTES.route("adult_carer", Nation.ENGLAND).supported_where == "cared_for"
    assert ROUTES.route("adult_carer", Nation.SCOTLAND).assessed_where == "cared_for"
    assert ROUTES.route("young_carer", Nation.SCOTLAND).assessed_where == "carer"
    assert ROUTES.route("adult_carer", Nation.NORTHERN_IRELAND).body == "trust"


def _broken(tmp_path: Path, old: str, new: str) -> Path:
    text = (LAW / "routes.toml").read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "routes.toml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("old", "new", "problem"),
    [
        ('cite = ["children_act_s17zd"]', 'cite = ["no_such_law"]', "cites unknown no_such_law"),
        (
            'cite = ["children_act_sch2_6", "short_breaks_regs"]',
            'cite = ["care_act_s20"]',
            "parent_carer.england: rests on law it says never to cite: care_act_s20",
        ),
        ('assessed_where = "carer"', 'assessed_where = "anywhere"', "assessed_where must be"),
        ('duty = "power"', 'duty = "maybe"', "duty must be one of"),
        ("[young_carer.wales]", "[young_carer.cornwall]", "young_carer.cornwall: unknown nation"),
    ],
)
def test_a_broken_route_is_named_with_its_problem(tmp_path, old, new, problem):
    with pytest.raises(ContentError, match=re.escape(problem)):
        load_routes(CITATIONS, _broken(tmp_path, old, new))
