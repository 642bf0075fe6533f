"""The Council Tax carer disregard (England, Wales, Scotland), and why Northern Ireland has none."""

from __future__ import annotations

from carerhelp.domain.model import Finding, Nation, Status, Topic
from carerhelp.domain.rights.context import Person, Situation
from carerhelp.domain.rights.money import FULL_CARE_HOURS

FID = "council_tax_disregard"


def _f(status: Status, reason: str, citation: str, **values: object) -> Finding:
    return Finding(FID, Topic.MONEY, status, reason, (citation,), values)


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
    scotland = s.nation is Nation.SCOTLAND
    for person in s.people:
        live_in = person.lives_with_carer is True and (person.hours or 0) >= FULL_CARE_HOURS
        if not live_in or _excluded(person):
            continue
        if person.benefit_status == "qualifying" or (
            scotland and person.benefit_status == "scottish"
        ):
            return _f(
                Status.POSSIBLE if scotland else Status.LIKELY,
                "qualifies",
                "council_tax_disregard",
                person=person.label,
                hours=FULL_CARE_HOURS,
                scotland=scotland,
            )
    unsure = [
        p
        for p in s.people
        if p.lives_with_carer is True
        and (p.hours or 0) >= FULL_CARE_HOURS
        and p.benefit_status in {"not_sure", "scottish"}
        and not _excluded(p)
    ]
    if unsure:
        return _f(
            Status.NEED_MORE_INFO,
            "benefit_unsure",
            "council_tax_disregard",
            person=unsure[0].label,
            hours=FULL_CARE_HOURS,
        )
    return _f(Status.UNLIKELY, "does_not_apply", "council_tax_disregard", hours=FULL_CARE_HOURS)
