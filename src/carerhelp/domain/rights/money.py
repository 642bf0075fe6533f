"""Money for carers: Carer's Allowance or Carer Support Payment, Carer's Credit, UC and Council Tax."""

from __future__ import annotations

from decimal import Decimal

from carerhelp.domain.citations import cite
from carerhelp.domain.model import Finding, Nation, Status, Topic
from carerhelp.domain.rates import RateLookup, money
from carerhelp.domain.rights.context import STATE_PENSION_AGE, Person, Situation

FULL_CARE_HOURS = 35
CREDIT_HOURS = 20
NEAR_LIMIT = Decimal("10.00")
DEDUCTIONS = (
    "Income Tax, National Insurance, half of what you pay into a pension, and some costs of "
    "care for the person you look after while you are at work"
)
WEBSITE = {
    Nation.ENGLAND: "GOV.UK",
    Nation.WALES: "GOV.UK",
    Nation.SCOTLAND: "mygov.scot",
    Nation.NORTHERN_IRELAND: "nidirect",
}
QUALIFYING_WORDS = (
    "Attendance Allowance, the daily living part of Personal Independence Payment, the middle or "
    "highest care rate of Disability Living Allowance, Constant Attendance Allowance or Armed "
    "Forces Independence Payment"
)


def _f(
    fid: str, status: Status, title: str, why: str, citation: str, *steps: str, **details: object
) -> Finding:
    return Finding(fid, Topic.MONEY, status, title, why, citation, tuple(steps), dict(details))


def main_person(s: Situation) -> Person | None:
    """The person the carer gives most hours to (ties: the earlier one)."""
    people = [p for p in s.people if p.hours is not None]
    return max(people, key=lambda p: p.hours or 0, default=None)


def carer_payment(s: Situation, rates: RateLookup) -> Finding | None:
    """Carer's Allowance (England, Wales, NI) or Carer Support Payment (Scotland)."""
    if s.nation is None:
        return None
    scotland = s.nation is Nation.SCOTLAND
    fid = "carer_support_payment" if scotland else "carers_allowance"
    name = "Carer Support Payment" if scotland else "Carer's Allowance"
    citation = cite(
        *(
            ("carer_support_payment", "csp_qualifying")
            if scotland
            else ("carers_allowance_ni", "ca_nidirect")
            if s.nation is Nation.NORTHERN_IRELAND
            else ("carers_allowance", "ca_gov_uk")
        )
    )
    stale = rates.staleness_note()
    if s.carer_age is not None and s.carer_age < 16:
        return _f(
            fid, Status.NOT_ELIGIBLE, name, f"You must be 16 or over to get {name}.", citation
        )
    if s.caring_role in {"paid", "volunteer"}:
        return _f(
            fid,
            Status.NOT_ELIGIBLE,
            name,
            f"{name} is for unpaid carers, not for care given as a job or as a volunteer.",
            citation,
        )
    eligible = [p for p in s.people if (p.hours or 0) >= FULL_CARE_HOURS]
    if not eligible and (not s.people or any(p.hours is None for p in s.people)):
        return _f(
            fid,
            Status.NEED_MORE_INFO,
            name,
            f"You need to care for one person for at least {FULL_CARE_HOURS} hours a week. "
            "CarerHelp doesn't know yet how many hours you care.",
            citation,
            "Answer the question about your caring hours for each person.",
        )
    if not eligible:
        two = len([p for p in s.people if (p.hours or 0) > 0]) > 1
        extra = " You can't add together hours for different people." if two else ""
        return _f(
            fid,
            Status.NOT_ELIGIBLE,
            name,
            f"You need to care for one person for at least {FULL_CARE_HOURS} hours a week.{extra}",
            citation,
            "If your caring hours go up, check again.",
        )
    statuses = {p.benefit_status for p in eligible}
    if "qualifying" in statuses:
        person = next(p for p in eligible if p.benefit_status == "qualifying")
        benefit_status = Status.LIKELY
        benefit_words = f"{person.label} gets a benefit that qualifies."
    elif "scottish" in statuses:
        benefit_status = Status.POSSIBLE
        benefit_words = (
            "The person you care for gets a Scottish disability benefit. It very likely qualifies, "
            "but CarerHelp's sources did not confirm this: check with "
            + ("Social Security Scotland." if scotland else f"the office that pays {name}.")
        )
    elif "not_sure" in statuses or "unknown" in statuses:
        return _f(
            fid,
            Status.NEED_MORE_INFO,
            name,
            f"The person you care for must get a qualifying benefit: {QUALIFYING_WORDS}. You weren't "
            "sure which benefits they get.",
            citation,
            "Look at their award letter or bank statement, then update your answer.",
        )
    else:
        return _f(
            fid,
            Status.NOT_ELIGIBLE,
            name,
            f"The person you care for must get a qualifying benefit: {QUALIFYING_WORDS}. From your "
            "answers, they don't get one yet. The lowest care rate of Disability Living Allowance "
            "does not qualify.",
            citation,
            "Check whether they could claim one of these benefits. If they get one later, you may qualify.",
        )
    if s.study == "full_time":
        if scotland:
            return _f(
                fid,
                Status.POSSIBLE,
                name,
                "Unlike Carer's Allowance, Carer Support Payment is open to full-time students aged "
                "20 or over, and to some aged 16 to 19. Check the rules for your course.",
                citation,
                "Check with Social Security Scotland.",
            )
        return _f(
            fid,
            Status.NOT_ELIGIBLE,
            name,
            f"You can't get {name} while you are in full-time education (21 hours a week or more "
            "of supervised study).",
            citation,
            "If your course becomes part-time or ends, check again.",
        )
    limit = rates.figure("earnings_limit_weekly").amount
    figures = {"period": rates.period.name, "figures_may_be_out_of_date": rates.stale}
    if limit is not None:
        figures["earnings_limit_weekly"] = str(limit)
    headroom_note = ""
    check_steps: list[str] = []
    status = benefit_status
    if s.works and s.earnings is not None and limit is not None:
        headroom = limit - s.earnings
        if headroom < 0:
            return _f(
                fid,
                Status.NOT_ELIGIBLE,
                name,
                f"You earn {money(s.earnings)} a week after deductions. The limit is {money(limit)} a "
                f"week ({rates.period.name}), so {name} can't be paid. Some costs can be taken off "
                f"your earnings first: {DEDUCTIONS}.{stale}",
                citation,
                "Work out your earnings again after these deductions: you may be under the limit.",
                headroom=str(headroom),
                **figures,
            )
        headroom_note = (
            f" You earn {money(s.earnings)} a week; the limit is {money(limit)} ({rates.period.name}), "
            f"so you are {money(headroom)} under it."
        )
        figures["headroom"] = str(headroom)
        if headroom <= NEAR_LIMIT:
            check_steps.append(
                f"Check: you are close to the earnings limit. Make sure you have taken off {DEDUCTIONS}."
            )
    if s.state_pension:
        return _f(
            fid,
            Status.POSSIBLE,
            f"{name}: underlying entitlement",
            f"You get the State Pension, so {name} would not be paid on top of it (the "
            "overlapping benefit rule). But you can still claim: you would have an 'underlying "
            "entitlement', which can raise Pension Credit and some other benefits.",
            citation,
            f"Claim {name} anyway, so that the underlying entitlement is recorded.",
            "Ask about Pension Credit: the carer addition may increase it.",
        )
    rate = _rate_words(s, rates, scotland)
    return _f(
        fid,
        status,
        name,
        f"You care for {eligible[0].label} for at least {FULL_CARE_HOURS} hours a week. "
        f"{benefit_words}{headroom_note} {rate}{stale}".strip(),
        citation,
        *check_steps,
        f"Claim {name} on {WEBSITE[s.nation]}.",
        "You must normally live in the UK and not be subject to immigration control.",
        **figures,
    )


def _rate_words(s: Situation, rates: RateLookup, scotland: bool) -> str:
    key = (
        "carer_support_payment_weekly"
        if scotland
        else "carers_allowance_ni_weekly"
        if s.nation is Nation.NORTHERN_IRELAND
        else "carers_allowance_weekly"
    )
    figure = rates.figure(key)
    if figure.amount is None:
        return "Check the current weekly amount: CarerHelp could not confirm it."
    return f"It is {money(figure.amount)} a week in {rates.period.name}."


def carers_credit(s: Situation) -> Finding | None:
    if s.nation is None or s.caring_role in {"paid", "volunteer"}:
        return None
    name = "Carer's Credit"
    citation = cite("carers_credit")
    if s.state_pension or (s.carer_age is not None and s.carer_age < 16):
        return _f(
            "carers_credit",
            Status.NOT_ELIGIBLE,
            name,
            "Carer's Credit is for carers from 16 up to State Pension age. "
            + ("You said you get the State Pension." if s.state_pension else "You are under 16."),
            citation,
        )
    if s.total_hours < CREDIT_HOURS and (not s.people or any(p.hours is None for p in s.people)):
        return _f(
            "carers_credit",
            Status.NEED_MORE_INFO,
            name,
            f"You need to care for at least {CREDIT_HOURS} hours a week in total. CarerHelp "
            "doesn't know yet how many hours you care.",
            citation,
            "Answer the question about your caring hours for each person.",
        )
    if s.total_hours < CREDIT_HOURS:
        return _f(
            "carers_credit",
            Status.NOT_ELIGIBLE,
            name,
            f"You need to care for at least {CREDIT_HOURS} hours a week in total. You can add "
            "together the hours for different people.",
            citation,
        )
    if s.carer_age is not None and s.carer_age >= STATE_PENSION_AGE:
        return _f(
            "carers_credit",
            Status.NEED_MORE_INFO,
            name,
            f"Carer's Credit stops when you reach State Pension age. You are {s.carer_age}, so "
            "you may have reached it already, even if you have not claimed your pension.",
            citation,
            "Check your State Pension age on GOV.UK or nidirect.",
        )
    several = len([p for p in s.people if (p.hours or 0) > 0]) > 1
    added = " (adding together the hours for the people you care for)" if several else ""
    qualifying = any(p.benefit_status == "qualifying" for p in s.people)
    why = (
        f"You care for {s.total_hours:g} hours a week{added}. Carer's Credit fills gaps in your "
        "National Insurance record, which protects your State Pension. It is not means-tested."
    )
    if qualifying:
        return _f(
            "carers_credit",
            Status.LIKELY,
            name,
            why + " If you get Carer's Allowance, you get these credits automatically.",
            citation,
            "If you don't get Carer's Allowance, apply for Carer's Credit.",
        )
    return _f(
        "carers_credit",
        Status.POSSIBLE,
        name,
        why + " The person you care for needs a qualifying benefit, or a health or social care "
        "professional can sign a care certificate instead.",
        citation,
        "Ask a doctor, nurse or social worker to fill in the care certificate.",
    )


def uc_carer_element(s: Situation, rates: RateLookup) -> Finding | None:
    if not s.universal_credit or s.nation is None or s.caring_role in {"paid", "volunteer"}:
        return None
    eligible = [
        p
        for p in s.people
        if (p.hours or 0) >= FULL_CARE_HOURS and p.benefit_status == "qualifying"
    ]
    amount = rates.figure("uc_carer_element_monthly").amount
    citation = cite("uc_carer_element")
    unsure = [
        p
        for p in s.people
        if (p.hours or 0) >= FULL_CARE_HOURS and p.benefit_status in {"scottish", "not_sure"}
    ]
    if not eligible and unsure:
        return _f(
            "uc_carer_element",
            Status.NEED_MORE_INFO,
            "Universal Credit carer element",
            f"You care for {unsure[0].label} for at least {FULL_CARE_HOURS} hours a week. The "
            "carer element also needs them to get a qualifying benefit, and CarerHelp can't "
            "confirm theirs does.",
            citation,
            "Ask Universal Credit, through your online journal, whether their benefit counts.",
        )
    if not eligible:
        return _f(
            "uc_carer_element",
            Status.UNLIKELY,
            "Universal Credit carer element",
            f"The carer element needs at least {FULL_CARE_HOURS} hours a week of care for someone "
            "who gets a qualifying benefit. From your answers, this doesn't apply yet.",
            citation,
        )
    words = f" It is {money(amount)} a month in {rates.period.name}." if amount else ""
    return _f(
        "uc_carer_element",
        Status.LIKELY,
        "Universal Credit carer element",
        f"You get Universal Credit and care for {eligible[0].label} for at least {FULL_CARE_HOURS} "
        f"hours a week, and they get a qualifying benefit.{words}{rates.staleness_note()}",
        citation,
        "Tell Universal Credit you are a carer, through your online journal.",
    )


def allowance_supplement(
    s: Situation, rates: RateLookup, payment: Finding | None
) -> Finding | None:
    if s.nation is not Nation.SCOTLAND or payment is None:
        return None
    if payment.status not in (Status.LIKELY, Status.POSSIBLE) or "underlying" in payment.title:
        return None
    amount = rates.figure("carers_allowance_supplement").amount
    words = (
        f"It was {money(amount)} a payment in {rates.period.name}."
        if amount
        else "Check the current amount: CarerHelp could not confirm it for this year."
    )
    return _f(
        "carers_allowance_supplement",
        payment.status,
        "Carer's Allowance Supplement",
        "People in Scotland who get Carer Support Payment on the qualifying dates get this extra "
        f"payment twice a year, without applying. {words}",
        cite("carers_allowance_supplement"),
    )
