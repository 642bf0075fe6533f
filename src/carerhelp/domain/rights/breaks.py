"""Breaks from caring, respite and replacement care, and Scotland's emergency plan, by nation."""

from __future__ import annotations

from carerhelp.domain.model import Finding, Nation, Status
from carerhelp.domain.rights.assessment import finding
from carerhelp.domain.rights.context import Situation


def breaks(s: Situation) -> Finding | None:
    if s.nation is None or s.caring_role in {"paid", "volunteer"}:
        return None
    if s.nation is Nation.ENGLAND:
        return finding("breaks", Status.POSSIBLE, "england", "care_act_s20", "care_act_s14_3")
    if s.nation is Nation.WALES:
        return finding("breaks", Status.POSSIBLE, "wales", "wales_s40")
    if s.nation is Nation.SCOTLAND:
        return finding("breaks", Status.ENTITLED, "scotland", "scot_s25", "scot_s35")
    return finding("breaks", Status.POSSIBLE, "ni", "ni_s2")


def emergency_plan(s: Situation) -> Finding | None:
    if s.nation is not Nation.SCOTLAND or not s.get("want_emergency_plan") or s.young_carer:
        return None
    return finding("emergency_plan", Status.ENTITLED, "scotland", "scot_s9")
