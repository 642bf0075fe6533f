"""The Council Tax carer disregard (England, Wales, Scotland), and why Northern Ireland has none."""

from __future__ import annotations

from carerhelp.domain.model import Finding, Nation, Status, Topic
from carerhelp.domain.questionnaire import OptionTag
from carerhelp.domain.rights.money import FULL_CARE_HOURS, qualifies
from carerhelp.domain.situation import Person, Situation

FID = "council_tax_disregard"
LAW = {
    Nation.ENGLAND: ("council_tax_disregard",),
    Nation.WALES: ("council_tax_disregard",),
    Nation.SCOTLAND: ("council_tax_disregard_scotland", "council_tax_carers_scotland"),
}
"""The carer disregard: Local Government Finance Act 1992 Sch 1 para 9 with each nation's rules."""
UNDER_18_LAW = {Nation.SCOTLAND: "council_tax_under_18_scotland"}
SMI_LAW = {Nation.SCOTLAND: ("council_tax_smi_scotland",)}
"""Scotland's severe mental impairment disregard has its own order; England and Wales share one."""
SMI_EXEMPT_LAW = {Nation.SCOTLAND: "council_tax_smi_exempt_scotland"}
"""A home where only severely mentally impaired people live is exempt: Scotland's own exempt
dwellings order, and Class U of the one England and Wales share."""


def _f(status: Status, reason: str, *citations: str, **values: object) -> Finding:
    return Finding(FID, Topic.MONEY, status, reason, citations, values)


def _excluded(person: Person) -> bool:
    """A partner, or the parent of a child under 18, can't be left out of the count."""
    return person.relationship == "partner" or (
        person.relationship == "child" and person.age is not None and person.age < 18
    )


def council_tax(s: Situation) -> Finding | None:
    if s.nation is None or s.caring_role in {"paid", "volunteer"}:
        return None
    if s.nation is Nation.NORTHERN_IRELAND:
        return _f(Status.UNLIKELY, "ni", "ni_rates")
    if s.carer_age is not None and s.carer_age < 18:
        return _f(
            Status.NOT_ELIGIBLE,
            "under_18",
            UNDER_18_LAW.get(s.nation, "council_tax_under_18"),
        )
    scotland = s.nation is Nation.SCOTLAND
    law = LAW[s.nation]
    for person in s.people:
        live_in = person.lives_with_carer is True and (person.hours or 0) >= FULL_CARE_HOURS
        if not live_in or _excluded(person):
            continue
        if qualifies(person, s.nation) == "qualifying":
            # Scotland's list (CPAG) leaves out some benefits that count elsewhere: ask about those.
            listed = not scotland or OptionTag.SCOTTISH_COUNCIL_TAX in person.benefit_tags
            return _f(
                Status.LIKELY if listed else Status.POSSIBLE,
                "qualifies",
                *law,
                person=person.label,
                hours=FULL_CARE_HOURS,
                scotland=scotland,
                check_benefit=not listed,
            )
    unsure = [
        p
        for p in s.people
        if p.lives_with_carer is True
        and (p.hours or 0) >= FULL_CARE_HOURS
        and qualifies(p, s.nation) in {"not_sure", "scottish"}
        and not _excluded(p)
    ]
    if unsure:
        return _f(
            Status.NEED_MORE_INFO,
            "benefit_unsure",
            *law,
            person=unsure[0].label,
            hours=FULL_CARE_HOURS,
        )
    return _f(Status.UNLIKELY, "does_not_apply", *law, hours=FULL_CARE_HOURS)


def severe_mental_impairment(s: Situation) -> Finding | None:
    """A person with a severe mental impairment (such as dementia) and a qualifying benefit isn't counted."""
    if s.nation in (None, Nation.NORTHERN_IRELAND):
        return None
    for person in s.people:
        if person.severe_mental_impairment is not True:
            continue
        alone = person.lives_with_carer is False
        scotland = s.nation is Nation.SCOTLAND
        values = {
            "person": person.label,
            "lives_alone": alone,
            "lives_alone_scotland": alone and scotland,
            "lives_alone_england_wales": alone and not scotland,
        }
        laws: tuple[str, ...] = SMI_LAW.get(s.nation, ("council_tax_smi",))
        if alone:
            laws = (*laws, SMI_EXEMPT_LAW.get(s.nation, "council_tax_smi_exempt"))
        if OptionTag.SEVERE_MENTAL_IMPAIRMENT in person.benefit_tags:
            return Finding("council_tax_smi", Topic.MONEY, Status.LIKELY, "qualifies", laws, values)
        return Finding(
            "council_tax_smi", Topic.MONEY, Status.NEED_MORE_INFO, "benefit_unsure", laws, values
        )
    return None
