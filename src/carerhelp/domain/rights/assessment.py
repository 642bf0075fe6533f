"""Assessment rights for the carer and the person cared for, and whether support is likely.

The words are in resources/phrases/<language>/rights.toml, under each finding's id and reason.
"""

from __future__ import annotations

from typing import Any

from carerhelp.domain.model import Finding, Nation, Status, Topic
from carerhelp.domain.routes import YOUNG, Route, Routes, route_for, route_values
from carerhelp.domain.situation import Situation

UNABLE = {"with_help", "distress", "risk", "cannot"}
NATION_RIGHT = {
    Nation.ENGLAND: "care_act_s10",
    Nation.WALES: "wales_s24",
    Nation.SCOTLAND: "scot_s6",
    Nation.NORTHERN_IRELAND: "ni_s1",
}


def finding(fid: str, status: Status, reason: str, *citations: str, **values: Any) -> Finding:
    return Finding(fid, Topic.RIGHTS, status, reason, citations, values)


def carer_assessment(s: Situation, routes: Routes) -> Finding:
    fid = "carer_assessment"
    if s.caring_role in {"paid", "volunteer"}:
        role = {"paid_job": s.caring_role == "paid", "volunteering": s.caring_role == "volunteer"}
        if s.nation is Nation.ENGLAND:
            return finding(fid, Status.NOT_ELIGIBLE, "paid_england", "care_act_s10", **role)
        rights = (NATION_RIGHT[s.nation],) if s.nation else ()
        return finding(fid, Status.NEED_MORE_INFO, "paid_elsewhere", *rights, **role)
    route = route_for(routes, s)
    if route is None:
        return finding(fid, Status.NEED_MORE_INFO, "no_nation")
    if route.key == "adult_carer.scotland" and s.get("terminal_illness"):
        return finding(fid, Status.ENTITLED, "scotland_terminal", "scot_s6", "scot_terminal")
    if route.body == "trust" and route.carer_type in YOUNG and not s.cares_for_adult:
        return finding(fid, Status.POSSIBLE, "ni_young_caring_for_child", "ni_art18")
    laws = list(route.assessment.cite)
    status = Status.ENTITLED
    if route.key == "parent_carer.northern_ireland":
        status = Status.POSSIBLE
        laws.append("ni_s7")
    child_near_18 = any(p.relationship == "child" and p.age in (16, 17) for p in s.people)
    near_18 = route.transition is not None and (
        route.carer_type == "young_adult_carer" or child_near_18
    )
    if near_18 and route.transition is not None:
        laws += [key for key in route.transition.cite if key not in laws]
    company = route.key == "adult_carer.england" and bool(s.get("someone_with_you"))
    if company:
        laws.append("care_act_s10_7")
    return finding(
        fid,
        status,
        "route",
        *laws,
        **route_values(route),
        who=f"rights.words.who_{route.carer_type}",
        scottish_young=route.key == "young_carer.scotland",
        young=route.carer_type in YOUNG,
        near_18=near_18,
        tells_of_right="ni_s7" in laws,
        someone_with_you=company,
    )
    return finding(fid, Status.NEED_MORE_INFO, "no_nation")


def their_assessment(s: Situation) -> Finding | None:
    if not s.get("want_their_assessment") or s.nation is None:
        return None
    agreement = s.get("their_agreement")
    values: dict[str, Any] = {
        "body": f"rights.words.body_{s.nation.value}",
        "agreed": agreement == "agreed",
        "not_asked": agreement == "not_asked",
        "cannot_decide": agreement == "cannot_decide",
        "scotland": s.nation is Nation.SCOTLAND,
        "northern_ireland": s.nation is Nation.NORTHERN_IRELAND,
    }
    laws: tuple[str, ...] = {
        Nation.ENGLAND: ("care_act_s9", "care_act_s9_3"),
        Nation.WALES: ("wales_s19",),
        Nation.NORTHERN_IRELAND: ("ni_s1",),
        Nation.SCOTLAND: ("scot_sw_s12a",),
    }[s.nation]
    children_only = bool(s.people) and all(p.age is not None and p.age < 18 for p in s.people)
    if children_only:
        laws = {
            Nation.ENGLAND: ("children_act_s17",),
            Nation.WALES: ("wales_s21",),
            Nation.NORTHERN_IRELAND: ("ni_art18",),
            Nation.SCOTLAND: ("scot_children_s23",),
        }[s.nation]
        values["northern_ireland"] = False
    values["scotland"] = False
    if agreement == "not_agreed":
        return finding("their_assessment", Status.UNLIKELY, "not_agreed", *laws, **values)
    if children_only and s.nation in (Nation.ENGLAND, Nation.WALES):
        return finding("their_assessment", Status.LIKELY, "child", *laws, **values)
    if s.nation in (Nation.ENGLAND, Nation.WALES):
        return finding("their_assessment", Status.LIKELY, "adult", *laws, **values)
    if s.nation is Nation.SCOTLAND:
        reason = "scotland_child" if children_only else "scotland_adult"
        return finding("their_assessment", Status.LIKELY, reason, *laws, **values)
    return finding("their_assessment", Status.POSSIBLE, "ask", *laws, **values)


def support_route(routes: Routes, s: Situation) -> Route | None:
    """The route whose law meets the carer's needs and gives breaks: their own, or, where support
    follows the person cared for (`supported_where = "cared_for"`) and the main person cared for lives
    in another nation, the same kind of carer's route in that nation (Care Act 2014 s.20(1)(a),
    SSW(W)A 2014 s.40(2), Carers (Scotland) Act 2016 s.6(6))."""
    route = route_for(routes, s)
    if route is None or route.supported_where != "cared_for":
        return route
    person = s.main_person
    if person is None or person.nation is None or person.nation is route.nation:
        return route
    return routes.route(str(s.carer_type), person.nation)


def support_likely(s: Situation, routes: Routes) -> Finding | None:
    if s.nation is None or s.caring_role in {"paid", "volunteer"}:
        return None
    fid = "support_likely"
    route = support_route(routes, s)
    nation = route.nation if route is not None else s.nation
    if route is not None and _support_from_route(route):
        status = Status.NEED_MORE_INFO if route.support.duty == "not_confirmed" else Status.POSSIBLE
        return finding(fid, status, "route", *route.support.cite, **route_values(route))
    unable = [f"rights.words.{qid}" for qid, answer in s.outcomes if answer in UNABLE]
    health = s.get("impact_health") in {"at_risk", "getting_worse"}
    wellbeing = s.get("impact_wellbeing")
    if nation is Nation.ENGLAND:
        if not unable and not health:
            return finding(fid, Status.UNLIKELY, "england_none", "eligibility_reg3")
        reasons = (["rights.words.your_health"] if health else []) + unable
        if wellbeing == "a_lot":
            laws = ("eligibility_reg3", "care_act_s20")
            return finding(fid, Status.LIKELY, "england_a_lot", *laws, reasons=reasons)
        return finding(
            fid,
            Status.POSSIBLE,
            "england_some",
            "eligibility_reg3",
            reasons=reasons,
            wellbeing_unknown=wellbeing is None,
            wellbeing_some=wellbeing == "some",
            wellbeing_little=wellbeing not in (None, "some"),
        )
    if nation is Nation.WALES:
        return finding(fid, Status.POSSIBLE, "wales", "wales_reg5", "wales_s40")
    if nation is Nation.SCOTLAND:
        return finding(fid, Status.POSSIBLE, "scotland", "scot_s21", "scot_s24")
    return finding(fid, Status.NEED_MORE_INFO, "ni", "ni_s2")


def _support_from_route(route: Route) -> bool:
    """Young carers and parent carers, whose support is not under the adult carers' eligibility rules.

    Parent carers in Wales and Scotland are adult carers under the same duty and criteria as carers of
    adults, so their finding stays with the nation's eligibility rules.
    """
    if route.carer_type == "adult_carer" or route.nation is Nation.SCOTLAND:
        return False
    return not (route.carer_type == "parent_carer" and route.nation is Nation.WALES)


THEIR_SUPPORT = {
    (Nation.ENGLAND, True): ("care_act_s20", "duty"),
    (Nation.ENGLAND, False): ("children_act_s17", "children"),
    (Nation.WALES, True): ("wales_s40", "duty"),
    (Nation.WALES, False): ("wales_s40", "duty"),
    (Nation.SCOTLAND, True): ("scot_s6_6", "duty"),
    (Nation.SCOTLAND, False): ("scot_s6_6", "duty"),
    (Nation.NORTHERN_IRELAND, True): ("ni_s2", "power"),
    (Nation.NORTHERN_IRELAND, False): ("ni_art18", "children"),
}
"""(where the person cared for lives, whether they are an adult) -> the law there that ties support
for their carer to where they live, and how strong it is. England: Care Act s.20(1)(a) (the adult
ordinarily resident in the council's area); Wales: SSW(W)A s.40(2) (an adult ordinarily resident,
or a disabled child, in the area); Scotland: Carers (Scotland) Act s.6(6) (the council where the
cared-for person resides prepares the adult carer support plan); Northern Ireland: the Trust's power
under the Carers and Direct Payments Act (NI) 2002 s.2, or its duty to children in need."""
PLACEMENT_LAW = "care_act_sch1"
"""A council that places someone in a care home in another UK nation stays responsible for them."""


def which_council(s: Situation, routes: Routes) -> Finding | None:
    """When someone cared for lives in another council area or nation: who assesses, who supports."""
    route = route_for(routes, s)
    if route is None or s.caring_role in {"paid", "volunteer"}:
        return None
    for person in s.people:
        elsewhere = person.nation if person.nation not in (None, route.nation) else None
        other_council = person.same_council is False
        if elsewhere is None and not other_council:
            continue
        values = {
            **route_values(route),
            "person": person.label,
            "assessed_by_carer": route.assessed_where == "carer",
            "supported_by_carer": route.supported_where == "carer",
        }
        if elsewhere is not None and route.supported_where == "carer":
            laws = (*route.assessment.cite[:1], *route.support.cite[:1])
            return finding(
                "which_council",
                Status.LIKELY,
                "other_nation_own_council",
                *laws,
                **values,
                their_nation=f"rights.words.nation_{elsewhere.value}",
                your_nation=f"rights.words.nation_{route.nation.value}",
            )
        if elsewhere is not None:
            law, strength = THEIR_SUPPORT[(elsewhere, person.is_adult)]
            placed = person.stay == "care_home_funded"
            laws = (
                *route.assessment.cite[:1],
                law,
                *((PLACEMENT_LAW,) if placed else ()),
            )
            return finding(
                "which_council",
                Status.POSSIBLE,
                "other_nation",
                *laws,
                **values,
                their_nation=f"rights.words.nation_{elsewhere.value}",
                your_nation=f"rights.words.nation_{route.nation.value}",
                their_trust=elsewhere is Nation.NORTHERN_IRELAND,
                their_duty=strength == "duty",
                their_power=strength == "power",
                their_children=strength == "children",
                their_scotland=elsewhere is Nation.SCOTLAND,
                placed=placed,
            )
        laws = (*route.assessment.cite[:1], *route.support.cite[:1])
        return finding("which_council", Status.POSSIBLE, "other_council", *laws, **values)
    return None
