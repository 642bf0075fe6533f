"""Assessment rights for the carer and the person cared for, and whether support is likely.

The words are in resources/phrases/<language>/rights.toml, under each finding's id and reason.
"""

from __future__ import annotations

from typing import Any

from carerhelp.domain.model import Finding, Nation, Status, Topic
from carerhelp.domain.rights.context import Situation

UNABLE = {"with_help", "distress", "risk", "cannot"}
OUTCOMES = (
    "impact_children",
    "impact_others",
    "impact_home",
    "impact_meals",
    "impact_relationships",
    "impact_work",
    "impact_local",
    "impact_leisure",
)
NATION_RIGHT = {
    Nation.ENGLAND: "care_act_s10",
    Nation.WALES: "wales_s24",
    Nation.SCOTLAND: "scot_s6",
    Nation.NORTHERN_IRELAND: "ni_s1",
}


def finding(fid: str, status: Status, reason: str, *citations: str, **values: Any) -> Finding:
    return Finding(fid, Topic.RIGHTS, status, reason, citations, values)


def carer_assessment(s: Situation) -> Finding:
    fid = "carer_assessment"
    if s.caring_role in {"paid", "volunteer"}:
        role = {"paid_job": s.caring_role == "paid", "volunteering": s.caring_role == "volunteer"}
        if s.nation is Nation.ENGLAND:
            return finding(fid, Status.NOT_ELIGIBLE, "paid_england", "care_act_s10", **role)
        laws = (NATION_RIGHT[s.nation],) if s.nation else ()
        return finding(fid, Status.NEED_MORE_INFO, "paid_elsewhere", *laws, **role)
    if s.nation is Nation.ENGLAND:
        near_18 = s.carer_age is not None and 16 <= s.carer_age < 18
        child_near_18 = any(p.relationship == "child" and p.age in (16, 17) for p in s.people)
        if s.young_carer:
            laws = ("children_act_s17za", *(["care_act_s63"] if near_18 else []))
            return finding(fid, Status.ENTITLED, "england_young", *laws, near_18=near_18)
        if s.parent_of_disabled_child and not s.cares_for_adult:
            laws = ("children_act_s17zd", *(["care_act_s60"] if child_near_18 else []))
            return finding(fid, Status.ENTITLED, "england_parent", *laws, near_18=child_near_18)
        return finding(fid, Status.ENTITLED, "england", "care_act_s10", "care_act_s10_4")
    if s.nation is Nation.WALES:
        return finding(fid, Status.ENTITLED, "wales", "wales_s24", "wales_s24_3")
    if s.nation is Nation.SCOTLAND:
        if s.young_carer:
            return finding(fid, Status.ENTITLED, "scotland_young", "scot_s12")
        if s.get("terminal_illness"):
            return finding(fid, Status.ENTITLED, "scotland_terminal", "scot_s6", "scot_terminal")
        return finding(fid, Status.ENTITLED, "scotland", "scot_s6", "scot_s6_6")
    if s.nation is Nation.NORTHERN_IRELAND:
        if s.young_carer:
            return finding(fid, Status.ENTITLED, "ni_young", "ni_art17a")
        if s.parent_of_disabled_child and not s.cares_for_adult:
            return finding(fid, Status.POSSIBLE, "ni_parent", "ni_art18a", "ni_s7")
        return finding(fid, Status.ENTITLED, "ni", "ni_s1")
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
        Nation.SCOTLAND: (),
    }[s.nation]
    if agreement == "not_agreed":
        return finding("their_assessment", Status.UNLIKELY, "not_agreed", *laws, **values)
    if s.nation in (Nation.ENGLAND, Nation.WALES):
        return finding("their_assessment", Status.LIKELY, "adult", *laws, **values)
    return finding("their_assessment", Status.POSSIBLE, "ask", *laws, **values)


def support_likely(s: Situation) -> Finding | None:
    if s.nation is None or s.caring_role in {"paid", "volunteer"}:
        return None
    fid = "support_likely"
    unable = [f"rights.words.{qid}" for qid in OUTCOMES if s.get(qid) in UNABLE]
    health = s.get("impact_health") in {"at_risk", "getting_worse"}
    wellbeing = s.get("impact_wellbeing")
    if s.nation is Nation.ENGLAND:
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
    if s.nation is Nation.WALES:
        return finding(fid, Status.POSSIBLE, "wales", "wales_reg5", "wales_s40")
    if s.nation is Nation.SCOTLAND:
        return finding(fid, Status.POSSIBLE, "scotland", "scot_s21", "scot_s24")
    return finding(fid, Status.NEED_MORE_INFO, "ni", "ni_s2")
