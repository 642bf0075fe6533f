"""Money for carers: Carer's Allowance or Carer Support Payment, Carer's Credit and UC.

The words are in resources/phrases/<language>/money.toml.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any

from carerhelp.domain.model import Finding, Nation, Status, Topic
from carerhelp.domain.pension_age import reached_state_pension_age
from carerhelp.domain.rates import RateLookup
from carerhelp.domain.situation import BENEFIT_STAY_DAYS, Person, Situation

FULL_CARE_HOURS = 35
CREDIT_HOURS = 20
NEAR_LIMIT = Decimal("10.00")
CHECK_OVER_LIMIT = Decimal("25.00")
"""Up to this much over the earnings limit, allowed deductions may well bring a carer under it: "check"."""
WEBSITE = {
    Nation.ENGLAND: "money.words.gov_uk",
    Nation.WALES: "money.words.gov_uk",
    Nation.SCOTLAND: "money.words.mygov_scot",
    Nation.NORTHERN_IRELAND: "money.words.nidirect",
}
RATE_KEY = {
    Nation.ENGLAND: "carers_allowance_weekly",
    Nation.WALES: "carers_allowance_weekly",
    Nation.SCOTLAND: "carer_support_payment_weekly",
    Nation.NORTHERN_IRELAND: "carers_allowance_ni_weekly",
}
OFFICE = {True: "money.words.office_scotland", False: "money.words.office_carers_allowance"}
UNPAID = ("paid", "volunteer")
WARNING_LAWS = {
    False: ("ca_breaks", "ca_weeks", "ca_effects", "hospital_28_days"),
    True: ("ca_breaks", "hospital_28_days"),
}
"""What a claim can change, cited beside the benefit's own law (Scotland's effects are on mygov.scot)."""
SEVERE_DISABILITY_LAWS = ("severe_disability_addition", "severe_disability_premium")
"""Where the rule is that a carer paid for caring takes away the person's severe disability extra."""
NORTHERN_IRELAND_LAW = {
    "ca_breaks": "ca_breaks_ni",
    "ca_weeks": "ca_weeks_ni",
    "ca_effects": "ca_nidirect",
    "hospital_28_days": "hospital_28_days_ni",
    "child_in_hospital": "child_in_hospital_ni",
    "severe_disability_addition": "severe_disability_addition_ni",
    "severe_disability_premium": "severe_disability_premium_ni",
    "uc_carer_element": "uc_carer_element_ni",
}
"""Northern Ireland has its own benefit law: its instrument in place of Great Britain's, by key."""


def for_nation(nation: Nation | None, laws: tuple[str, ...]) -> tuple[str, ...]:
    """The laws as the carer's nation has them (Northern Ireland's own), each once, in order."""
    if nation is Nation.NORTHERN_IRELAND:
        laws = tuple(NORTHERN_IRELAND_LAW.get(law, law) for law in laws)
    return tuple(dict.fromkeys(laws))


def _f(fid: str, status: Status, reason: str, *citations: str, **values: Any) -> Finding:
    return Finding(fid, Topic.MONEY, status, reason, citations, values)


def main_person(s: Situation) -> Person | None:
    """The person the carer gives most hours to (ties: the earlier one)."""
    people = [p for p in s.people if p.hours is not None]
    return max(people, key=lambda p: p.hours or 0, default=None)


def _figures(rates: RateLookup) -> dict[str, Any]:
    """The period and whether its figures may be out of date, for every finding that uses money."""
    return {"period": rates.period.name, "figures_may_be_out_of_date": rates.stale}


def pension_age_reached(s: Situation, on: date) -> bool | None:
    """Whether the carer has reached State Pension age on `on` (None: the answers can't say)."""
    born = s.get("carer_date_of_birth")
    try:
        birthday = date.fromisoformat(born) if isinstance(born, str) else None
    except ValueError:
        birthday = None
    return reached_state_pension_age(birthday, s.carer_age, on)


def qualifies(person: Person, nation: Nation | None) -> str:
    """Their benefit status for a carer's benefit: Scottish benefits qualify in Scotland."""
    status = person.benefit_status
    if status == "scottish" and nation is Nation.SCOTLAND:
        return "qualifying"
    return status


def carer_payment(s: Situation, rates: RateLookup, on: date) -> Finding | None:
    """Carer's Allowance (England, Wales, NI) or Carer Support Payment (Scotland)."""
    if s.nation is None:
        return None
    scotland = s.nation is Nation.SCOTLAND
    fid = "carer_support_payment" if scotland else "carers_allowance"
    laws = {
        Nation.SCOTLAND: ("carer_support_payment", "csp_qualifying"),
        Nation.NORTHERN_IRELAND: ("carers_allowance_ni", "ca_nidirect"),
    }.get(s.nation, ("carers_allowance", "ca_gov_uk"))

    def found(status: Status, reason: str, **values: Any) -> Finding:
        values = {
            "benefit": f"money.words.{fid}",
            "hours": FULL_CARE_HOURS,
            "scotland": scotland,
            "office": OFFICE[scotland],
            **values,
        }
        cited: tuple[str, ...] = laws
        if reason == "claim":
            cited = (*laws, *WARNING_LAWS[scotland])
            if values.get("stay_child"):
                cited = (*cited, "child_in_hospital")
            if not values.get("sdp_no"):
                cited = (*cited, *SEVERE_DISABILITY_LAWS)
        elif reason == "stay_stopped":
            cited = (*laws, "hospital_28_days")
        elif reason == "pension":
            cited = (*laws, "state_pension_age", "ca_effects", *SEVERE_DISABILITY_LAWS)
        cited = for_nation(s.nation, cited)
        return Finding(fid, Topic.MONEY, status, reason, cited, values, words="carer_payment")

    if s.carer_age is not None and s.carer_age < 16:
        return found(Status.NOT_ELIGIBLE, "under_16")
    if s.caring_role in UNPAID:
        if scotland:
            return found(Status.NOT_ELIGIBLE, "paid_scotland")
        return found(Status.NEED_MORE_INFO, "paid", paid_job=s.caring_role == "paid")
    eligible = [p for p in s.people if (p.hours or 0) >= FULL_CARE_HOURS]
    if not eligible and (not s.people or any(p.hours is None for p in s.people)):
        return found(Status.NEED_MORE_INFO, "hours_unknown")
    if not eligible:
        several = len([p for p in s.people if (p.hours or 0) > 0]) > 1
        return found(Status.NOT_ELIGIBLE, "too_few_hours", several_people=several)
    stopped = [p for p in eligible if p.stay_stops_benefit]
    if len(stopped) == len(eligible) and qualifies(stopped[0], s.nation) != "none":
        return found(Status.UNLIKELY, "stay_stopped", **stay_values(stopped[0]))
    eligible = [p for p in eligible if not p.stay_stops_benefit]
    statuses = {qualifies(p, s.nation) for p in eligible}
    benefit: dict[str, Any] = {}
    if "qualifying" in statuses:
        person = next(p for p in eligible if qualifies(p, s.nation) == "qualifying")
        status = Status.LIKELY
        benefit = {"qualifying_person": person.label}
    elif "scottish" in statuses:
        person = next(p for p in eligible if qualifies(p, s.nation) == "scottish")
        status = Status.POSSIBLE
        benefit = {"scottish_benefit": True, "scotland": scotland}
    elif "not_sure" in statuses or "unknown" in statuses:
        return found(Status.NEED_MORE_INFO, "benefit_unsure")
    else:
        return found(Status.NOT_ELIGIBLE, "no_benefit")
    if s.study == "full_time":
        if scotland:
            return found(Status.POSSIBLE, "student_scotland")
        return found(Status.NOT_ELIGIBLE, "student")
    limit = rates.figure("earnings_limit_weekly").amount
    figures = _figures(rates)
    if limit is not None:
        figures["earnings_limit_weekly"] = str(limit)
    if s.works and s.earnings is not None and limit is not None:
        headroom = limit - s.earnings
        figures.update(earnings=str(s.earnings), headroom=str(headroom))
        if headroom < 0:
            over = {"over_by": str(-headroom), **figures}
            if -headroom <= CHECK_OVER_LIMIT:
                return found(Status.POSSIBLE, "over_earnings_check", **over)
            return found(Status.UNLIKELY, "over_earnings", **over)
        figures.update(under_limit=True, near_limit=headroom <= NEAR_LIMIT)
    reached = pension_age_reached(s, on)
    if s.state_pension and reached is not False:
        return found(
            Status.POSSIBLE,
            "pension",
            age_unsure=reached is None,
            person=person.label,
            **severe_disability_values(person),
        )
    rate = rates.figure(RATE_KEY[s.nation]).amount
    checks = {
        **weeks_values(person),
        **stay_values(person),
        **severe_disability_values(person),
    }
    if status is Status.LIKELY and any(checks.get(flag) for flag in CHECK_FIRST):
        status = Status.POSSIBLE
    return found(
        status,
        "claim",
        check_first=any(checks.get(flag) for flag in CHECK_FIRST),
        **checks,
        website=WEBSITE[s.nation],
        universal_credit=s.universal_credit,
        earnings_vary=bool(s.works and s.get("earnings_vary")),
        self_employed=bool(s.works and s.get("self_employed")),
        pension_mistaken=s.state_pension and reached is False,
        **benefit,
        **figures,
        **({"rate": str(rate)} if rate is not None else {}),
    )


CHECK_FIRST = ("weeks_some", "stay_short", "stay_self_funded", "stay_days_unknown", "sdp_yes")
"""Answers that turn a likely claim into "check first": a cost or a limit the answers make sure of."""


def weeks_values(person: Person) -> dict[str, Any]:
    """Whether the 35 hours are met in every week (SI 1976/409 reg 4; SSI 2023/302 reg 4)."""
    return {
        "weeks_every": person.every_week == "every_week",
        "weeks_some": person.every_week == "some_weeks",
        "weeks_unsure": person.every_week not in {"every_week", "some_weeks"},
    }


def stay_values(person: Person) -> dict[str, Any]:
    """What a stay in hospital or a care home does to their disability benefit, as flags for words.

    `stay_stopped`: stopped now. `stay_short`: still paid, stops after `days_left` more days.
    `stay_child`: a child's benefit goes on in hospital. `stay_self_funded`: paid on, but the
    35 hours are hard to give. `stay_days_unknown`: in a stay whose length we don't know.
    `stay_future`: not in one now (or not sure): the warning for the future."""
    funded = person.stay in {"hospital", "care_home_funded"}
    stops = person.stay_stops_benefit
    child_in_hospital = person.stay == "hospital" and person.is_child
    values: dict[str, Any] = {
        "person": person.label,
        "child": person.is_child,
        "care_home": person.stay == "care_home_funded",
        "stay_stopped": stops is True,
        "stay_short": funded and stops is False and not child_in_hospital,
        "stay_child": child_in_hospital,
        "stay_self_funded": person.stay == "care_home_self",
        "stay_days_unknown": funded and stops is None,
        "stay_future": person.stay in {None, "no", "not_sure"},
        "stay_days": person.stay_days,
    }
    if values["stay_short"] and person.stay_days is not None:
        values["days_left"] = BENEFIT_STAY_DAYS - person.stay_days
    return values


CHILD_BENEFIT_AGE = 16
"""Under this age a child gets Disability Living Allowance (in Scotland Child Disability Payment),
never Pension Credit or Housing Benefit of their own."""


def under_16(person: Person) -> bool:
    return person.age is not None and person.age < CHILD_BENEFIT_AGE


def severe_disability_values(person: Person) -> dict[str, Any]:
    """Whether the person cared for has a severe disability premium or addition to lose.

    A child under 16 has no means-tested benefit of their own, so nothing to lose."""
    if under_16(person):
        return {"sdp_yes": False, "sdp_no": True, "sdp_unsure": False}
    answer = person.severe_disability_extra
    return {
        "sdp_yes": answer == "yes",
        "sdp_no": answer == "no",
        "sdp_unsure": answer not in {"yes", "no"},
    }


def carers_credit(s: Situation, on: date) -> Finding | None:
    if s.nation is None or s.caring_role in UNPAID:
        return None
    fid = "carers_credit"
    law = "carers_credit_ni" if s.nation is Nation.NORTHERN_IRELAND else "carers_credit"
    reached = pension_age_reached(s, on)
    scotland = {"scotland": s.nation is Nation.SCOTLAND}
    if (
        reached
        or (s.state_pension and reached is None)
        or (s.carer_age is not None and s.carer_age < 16)
    ):
        return _f(
            fid,
            Status.NOT_ELIGIBLE,
            "age",
            law,
            "state_pension_age",
            state_pension=bool(reached) or s.state_pension,
        )
    if s.total_hours < CREDIT_HOURS and (not s.people or any(p.hours is None for p in s.people)):
        return _f(fid, Status.NEED_MORE_INFO, "hours_unknown", law, hours=CREDIT_HOURS)
    if s.total_hours < CREDIT_HOURS:
        return _f(fid, Status.NOT_ELIGIBLE, "too_few_hours", law, hours=CREDIT_HOURS)
    if reached is None:
        return _f(
            fid, Status.NEED_MORE_INFO, "pension_age", law, "state_pension_age", age=s.carer_age
        )
    values = {
        "total_hours": s.total_hours,
        "several_people": len([p for p in s.people if (p.hours or 0) > 0]) > 1,
        **scotland,
    }
    if any(qualifies(p, s.nation) == "qualifying" for p in s.people):
        return _f(fid, Status.LIKELY, "qualifying_benefit", law, **values)
    return _f(fid, Status.POSSIBLE, "care_certificate", law, **values)


def uc_carer_element(s: Situation, rates: RateLookup) -> Finding | None:
    """The Universal Credit carer element, citing the law of the carer's nation."""
    finding = _uc_carer_element(s, rates)
    if finding is None:
        return None
    return replace(finding, citations=for_nation(s.nation, finding.citations))


def _uc_carer_element(s: Situation, rates: RateLookup) -> Finding | None:
    if not s.universal_credit or s.nation is None or s.caring_role in UNPAID:
        return None
    fid, law = "uc_carer_element", "uc_carer_element"
    caring = [p for p in s.people if (p.hours or 0) >= FULL_CARE_HOURS]
    stopped = [p for p in caring if p.stay_stops_benefit and qualifies(p, s.nation) != "none"]
    caring = [p for p in caring if not p.stay_stops_benefit]
    eligible = [p for p in caring if qualifies(p, s.nation) == "qualifying"]
    unsure = [p for p in caring if qualifies(p, s.nation) in {"scottish", "not_sure"}]
    if not eligible and not unsure and stopped:
        return _f(
            fid,
            Status.UNLIKELY,
            "stay_stopped",
            law,
            "hospital_28_days",
            hours=FULL_CARE_HOURS,
            **stay_values(stopped[0]),
        )
    if not eligible and unsure:
        return _f(
            fid,
            Status.NEED_MORE_INFO,
            "benefit_unsure",
            law,
            person=unsure[0].label,
            hours=FULL_CARE_HOURS,
            under_16=under_16(unsure[0]),
            scotland=s.nation is Nation.SCOTLAND,
        )
    if not eligible:
        return _f(fid, Status.UNLIKELY, "does_not_apply", law, hours=FULL_CARE_HOURS)
    amount = rates.figure("uc_carer_element_monthly").amount
    person = eligible[0]
    extra = severe_disability_values(person)
    stay = stay_values(person)
    check_first = extra["sdp_yes"] or stay["stay_short"] or stay["stay_days_unknown"]
    return _f(
        fid,
        Status.POSSIBLE if check_first else Status.LIKELY,
        "likely",
        law,
        "hospital_28_days",
        *(() if extra["sdp_no"] else SEVERE_DISABILITY_LAWS),
        hours=FULL_CARE_HOURS,
        under_16=under_16(person),
        scotland=s.nation is Nation.SCOTLAND,
        check_first=check_first,
        **stay,
        **extra,
        **_figures(rates),
        **({"amount": str(amount)} if amount else {}),
    )


def allowance_supplement(
    s: Situation, rates: RateLookup, payment: Finding | None
) -> Finding | None:
    if s.nation is not Nation.SCOTLAND or payment is None:
        return None
    if payment.status not in (Status.LIKELY, Status.POSSIBLE) or payment.reason == "pension":
        return None
    amount = rates.figure("carers_allowance_supplement").amount
    return _f(
        "carers_allowance_supplement",
        payment.status,
        "scotland",
        "carers_allowance_supplement",
        period=rates.period.name,
        **({"amount": str(amount)} if amount else {}),
    )


YOUNG_CARER_GRANT_HOURS = 16


def young_carer_grant(s: Situation) -> Finding | None:
    """Scotland's yearly grant for carers aged 16, 17 or 18 (SSI 2019/324; hours from mygov.scot)."""
    if s.nation is not Nation.SCOTLAND or s.caring_role in UNPAID or s.carer_age is None:
        return None
    if not 16 <= s.carer_age <= 18:
        return None
    fid, laws = "young_carer_grant", ("young_carer_grant", "ycg_hours")
    values: dict[str, Any] = {"hours": YOUNG_CARER_GRANT_HOURS, "total_hours": s.total_hours}
    if all(p.hours is None for p in s.people):
        return _f(fid, Status.NEED_MORE_INFO, "hours_unknown", *laws, **values)
    if s.total_hours < YOUNG_CARER_GRANT_HOURS:
        return _f(fid, Status.UNLIKELY, "too_few_hours", *laws, **values)
    statuses = {qualifies(p, s.nation) for p in s.people if (p.hours or 0) > 0}
    if "qualifying" in statuses:
        return _f(fid, Status.LIKELY, "likely", *laws, **values)
    if statuses & {"not_sure", "unknown", "scottish"}:
        return _f(fid, Status.NEED_MORE_INFO, "benefit_unsure", *laws, **values)
    return _f(fid, Status.UNLIKELY, "no_benefit", *laws, **values)
