"""The Council Tax carer disregard (England, Wales, Scotland), and why Northern Ireland has none."""

from __future__ import annotations

from carerhelp.domain.citations import cite
from carerhelp.domain.model import Finding, Nation, Status, Topic
from carerhelp.domain.rights.context import Person, Situation
from carerhelp.domain.rights.money import FULL_CARE_HOURS


def _f(fid: str, status: Status, title: str, why: str, citation: str, *steps: str) -> Finding:
    return Finding(fid, Topic.MONEY, status, title, why, citation, tuple(steps))


def _excluded(person: Person) -> bool:
    """A partner, or the parent of a child under 18, can't be left out of the count."""
    return person.relationship == "partner" or (
        person.relationship == "child" and person.age is not None and person.age < 18
    )


def council_tax(s: Situation) -> Finding | None:
    if s.nation is None or s.caring_role in {"paid", "volunteer"}:
        return None
    title = "Council Tax discount for carers"
    citation = cite("council_tax_disregard")
    if s.nation is Nation.NORTHERN_IRELAND:
        return _f(
            "council_tax_disregard",
            Status.UNLIKELY,
            "Rates discount for carers",
            "Northern Ireland has domestic rates, not Council Tax. CarerHelp found no discount for "
            "carers in the rates system.",
            cite("ni_rates"),
            "Ask Land & Property Services about any help with rates.",
        )
    for person in s.people:
        live_in = person.lives_with_carer is True and (person.hours or 0) >= FULL_CARE_HOURS
        if not live_in or _excluded(person):
            continue
        if person.benefit_status == "qualifying" or (
            s.nation is Nation.SCOTLAND and person.benefit_status == "scottish"
        ):
            scotland = s.nation is Nation.SCOTLAND
            return _f(
                "council_tax_disregard",
                Status.POSSIBLE if scotland else Status.LIKELY,
                title,
                f"You live with {person.label}, care for them for at least {FULL_CARE_HOURS} hours "
                "a week, and they get a qualifying benefit. You can be left out when the council "
                "counts adults in the home, which can give a 25% or 50% discount."
                + (
                    " Which benefit rates count in Scotland is not settled: ask the council."
                    if scotland
                    else ""
                ),
                citation,
                "Apply to your council: the discount is not given automatically.",
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
            "council_tax_disregard",
            Status.NEED_MORE_INFO,
            title,
            f"You live with {unsure[0].label} and care for them for at least {FULL_CARE_HOURS} "
            "hours a week. The discount also needs them to get a qualifying benefit, and "
            "CarerHelp can't tell from your answers whether theirs counts.",
            citation,
            "Look at their award letter, then ask your council about the carer discount.",
        )
    return _f(
        "council_tax_disregard",
        Status.UNLIKELY,
        title,
        f"The discount needs you to live with the person, care for at least {FULL_CARE_HOURS} hours "
        "a week, and not be their partner or the parent of a child under 18. They must also get a "
        "qualifying benefit. From your answers, this doesn't apply.",
        citation,
    )
