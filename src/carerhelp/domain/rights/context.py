"""Facts the rules need, read once from the active answers: the carer, each person cared for, the nation."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from carerhelp.domain.model import Nation

QUALIFYING_BENEFITS = {
    "aa_higher",
    "aa_lower",
    "pip_daily_enhanced",
    "pip_daily_standard",
    "dla_care_highest",
    "dla_care_middle",
    "caa",
    "afip",
}
SCOTTISH_BENEFITS = {"adp_daily", "cdp_care"}
STATE_PENSION_AGE = 66


@dataclass(frozen=True)
class Person:
    number: int
    name: str
    relationship: str | None
    age: int | None
    lives_with_carer: bool | None
    benefits: tuple[str, ...]
    hours: float | None

    @property
    def label(self) -> str:
        return self.name or f"person {self.number}"

    @property
    def benefit_status(self) -> str:
        """'qualifying', 'scottish' (not confirmed by our sources), 'not_sure', 'none' or 'unknown'."""
        chosen = set(self.benefits)
        if chosen & QUALIFYING_BENEFITS:
            return "qualifying"
        if chosen & SCOTTISH_BENEFITS:
            return "scottish"
        if "not_sure" in chosen:
            return "not_sure"
        if chosen:
            return "none"
        return "unknown"


@dataclass(frozen=True)
class Situation:
    nation: Nation | None
    carer_age: int | None
    at_school: bool
    caring_role: str | None
    works: bool
    earnings: Decimal | None
    study: str | None
    state_pension: bool
    universal_credit: bool
    people: tuple[Person, ...]
    answers: dict[str, Any]

    @property
    def total_hours(self) -> float:
        return sum(person.hours or 0 for person in self.people)

    @property
    def young_carer(self) -> bool:
        if self.carer_age is None:
            return False
        if self.nation is Nation.SCOTLAND:
            return self.carer_age < 18 or self.at_school
        return self.carer_age < 18

    @property
    def parent_of_disabled_child(self) -> bool:
        return any(
            p.relationship == "child" and p.age is not None and p.age < 18 for p in self.people
        )

    @property
    def cares_for_adult(self) -> bool:
        return any(p.age is None or p.age >= 18 for p in self.people)

    def get(self, question_id: str) -> Any:
        return self.answers.get(question_id)


def situation(active: dict[str, Any]) -> Situation:
    nation_value = active.get("nation")
    try:
        nation = Nation(nation_value) if nation_value else None
    except ValueError:
        nation = None
    count = active.get("people_count") or 0
    people = []
    for number in range(1, int(count) + 1):
        prefix = f"person{number}_"
        people.append(
            Person(
                number=number,
                name=active.get(prefix + "name") or "",
                relationship=active.get(prefix + "relationship"),
                age=active.get(prefix + "age"),
                lives_with_carer=active.get(prefix + "lives_with_you"),
                benefits=tuple(active.get(prefix + "benefits") or ()),
                hours=active.get(prefix + "hours"),
            )
        )
    earnings = active.get("weekly_earnings")
    return Situation(
        nation=nation,
        carer_age=active.get("carer_age"),
        at_school=bool(active.get("carer_at_school")),
        caring_role=active.get("caring_role"),
        works=bool(active.get("carer_works")),
        earnings=Decimal(str(earnings)) if earnings is not None else None,
        study=active.get("study"),
        state_pension=bool(active.get("state_pension")),
        universal_credit=bool(active.get("universal_credit")),
        people=tuple(people),
        answers=active,
    )
