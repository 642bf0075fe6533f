"""Breaks from caring, respite and replacement care, and Scotland's emergency plan, by nation."""

from __future__ import annotations

from carerhelp.domain.citations import cite
from carerhelp.domain.model import Finding, Nation, Status
from carerhelp.domain.rights.assessment import finding as _f
from carerhelp.domain.rights.context import Situation


def breaks(s: Situation) -> Finding | None:
    if s.nation is None or s.caring_role in {"paid", "volunteer"}:
        return None
    title = "A break from caring"
    if s.nation is Nation.ENGLAND:
        return _f(
            "breaks",
            Status.POSSIBLE,
            title,
            "If your needs are eligible, the council must meet them, and it can do this with care "
            "for the person you look after (replacement care or respite), with their agreement. "
            "You can't be charged for care given to them; they may be charged, depending on "
            "their money.",
            cite("care_act_s20", "care_act_s14_3"),
            "Ask in your letter for a break, respite or replacement care to be considered.",
        )
    if s.nation is Nation.WALES:
        return _f(
            "breaks",
            Status.POSSIBLE,
            title,
            "If your needs are eligible, the council must meet them. This can include care for the "
            "person you look after so that you get a break.",
            cite("wales_s40"),
            "Ask in your letter for a break to be considered.",
        )
    if s.nation is Nation.SCOTLAND:
        return _f(
            "breaks",
            Status.ENTITLED,
            "The council must consider a break",
            "When it decides how to support you, the council must consider whether the support "
            "should be a break from caring. Each council must publish a Short Breaks Services "
            "Statement saying what breaks are available.",
            cite("scot_s25", "scot_s35"),
            "Ask for the council's Short Breaks Services Statement.",
            "Ask in your letter for a break to be considered.",
        )
    return _f(
        "breaks",
        Status.POSSIBLE,
        title,
        "The Trust may provide services to carers, including care for the person you look after, "
        "if you both agree. This is a power, not a duty, and the Trust may charge for it.",
        cite("ni_s2"),
        "Ask the Trust about short breaks and whether there is a charge.",
    )


def emergency_plan(s: Situation) -> Finding | None:
    if s.nation is not Nation.SCOTLAND or not s.get("want_emergency_plan") or s.young_carer:
        return None
    return _f(
        "emergency_plan",
        Status.ENTITLED,
        "An emergency plan",
        "An adult carer support plan must record what will happen in an emergency, and plans "
        "for the future.",
        cite("scot_s9"),
        "Make sure the plan you are given includes this.",
    )
