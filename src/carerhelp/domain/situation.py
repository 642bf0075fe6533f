"""The carer's situation, read once from the active answers: the carer, each person cared for, the nation.

The rights engine, the letters and the anonymised figures all read the answers through this one
value, so "who is cared for, how old, which kind of carer" is worked out in one place.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Any

from carerhelp.domain.model import Nation
from carerhelp.domain.questionnaire import OptionTag, Questionnaire, Tag

ADULT_AGE = 18
BENEFIT_STAY_DAYS = 28
"""An adult's disability benefit is paid for the first 28 days in hospital or a funded care home."""


class CarerType(StrEnum):
    """Which law a carer's own assessment comes under depends first on this (see domain.routes)."""

    ADULT_CARER = "adult_carer"
    """18 or over (in Scotland, not 18 and still at school), caring for an adult."""
    PARENT_CARER = "parent_carer"
    """An adult caring only for their own disabled child under 18."""
    YOUNG_CARER = "young_carer"
    """Under 16 (in Scotland also 18 and still at school)."""
    YOUNG_ADULT_CARER = "young_adult_carer"
    """16 or 17: still a young carer in law, and nearing the move to adult services."""

    @property
    def is_young(self) -> bool:
        return self in {CarerType.YOUNG_CARER, CarerType.YOUNG_ADULT_CARER}


@dataclass(frozen=True)
class Person:
    number: int
    name: str
    relationship: str | None
    age: int | None
    lives_with_carer: bool | None
    benefits: tuple[str, ...]
    hours: float | None
    address: str = ""
    condition: str = ""
    nation: Nation | None = None
    """Where the person lives: their own answer when they live apart, else the carer's nation."""
    same_council: bool | None = None
    """Whether they live in the carer's council area (None: not asked, as they live together)."""
    council: str | None = None
    """The person's council or HSC Trust: the carer's, unless they live in another area (None)."""
    severe_mental_impairment: bool | None = None
    every_week: str | None = None
    """35 hours or more in every week: 'every_week', 'some_weeks', 'not_sure' or None (not asked)."""
    stay: str | None = None
    """In hospital or a care home now: 'no', 'hospital', 'care_home_funded', 'care_home_self',
    'not_sure' or None (not asked)."""
    stay_days: int | None = None
    """Days of that stay so far, linked stays added (None: not known)."""
    severe_disability_extra: str | None = None
    """Gets the severe disability premium or addition: 'yes', 'no', 'not_sure' or None."""
    benefit_tags: frozenset[str] = frozenset()
    """What the chosen benefits count for: the OptionTags on their answers in the questionnaire."""

    @property
    def label(self) -> str:
        return self.name or f"person {self.number}"

    @property
    def is_child(self) -> bool:
        return self.age is not None and self.age < ADULT_AGE

    @property
    def is_adult(self) -> bool:
        """18 or over, or age not given (the adult law is the safe default)."""
        return self.age is None or self.age >= ADULT_AGE

    @property
    def stay_stops_benefit(self) -> bool | None:
        """Whether their disability benefit has stopped because of the stay they are in now.

        An adult's disability benefit is not paid after the first 28 days in hospital, or in a care
        home paid for from public funds (linked stays added); a child who went into hospital under
        18 keeps it there, though a funded care home stops it after 28 days as for an adult
        (SI 2013/377 regs 28 to 32; SI 1991/2890 regs 8 to 12A). None: the answers can't say.
        """
        if self.stay in {"no", "care_home_self"}:
            return False
        if self.stay == "hospital" and self.is_child:
            return False
        if self.stay in {"hospital", "care_home_funded"}:
            if self.stay_days is None:
                return None
            return self.stay_days > BENEFIT_STAY_DAYS
        return None

    @property
    def benefit_status(self) -> str:
        """'qualifying', 'scottish' (qualifies for Carer Support Payment; elsewhere to check),
        'not_sure', 'none' or 'unknown' (not answered)."""
        if OptionTag.QUALIFYING in self.benefit_tags:
            return "qualifying"
        if OptionTag.SCOTTISH_QUALIFYING in self.benefit_tags:
            return "scottish"
        if OptionTag.UNSURE in self.benefit_tags:
            return "not_sure"
        if self.benefits:
            return "none"
        return "unknown"


@dataclass(frozen=True)
class Situation:
    nation: Nation | None
    council: str | None
    carer_name: str
    carer_age: int | None
    at_school: bool
    caring_role: str | None
    works: bool
    earnings: Decimal | None
    study: str | None
    state_pension: bool
    universal_credit: bool
    already_assessed: bool
    """The carer said they have already had a carer's assessment."""
    assessment_date: str | None
    people: tuple[Person, ...]
    answers: Mapping[str, Any]
    """The active answers this was read from, for the few rules that look at one answer."""
    outcomes: tuple[tuple[str, Any], ...] = ()
    """(question id, answer) for each answered question tagged `outcome`: how caring affects each
    part of the carer's life that a council weighs for eligibility, in questionnaire order."""
    language: str | None = None
    """The carer's answer to the question tagged `language`: "english", "welsh", "other" or None."""

    @property
    def prefers_welsh(self) -> bool:
        """The carer said they would like to use Welsh."""
        return self.language == "welsh"

    @property
    def total_hours(self) -> float:
        return sum(person.hours or 0 for person in self.people)

    @property
    def hours_known(self) -> bool:
        return any(person.hours is not None for person in self.people)

    @property
    def unpaid(self) -> bool:
        """Caring as family or a friend, not as a job or as a volunteer for an organisation."""
        return self.caring_role not in {"paid", "volunteer"}

    @property
    def young_carer(self) -> bool:
        """Under 18 (in Scotland, also 18 and still at school)."""
        if self.carer_age is None:
            return False
        if self.nation is Nation.SCOTLAND:
            return self.carer_age < ADULT_AGE or self.at_school
        return self.carer_age < ADULT_AGE

    @property
    def parent_of_disabled_child(self) -> bool:
        return any(p.relationship == "child" and p.is_child for p in self.people)

    @property
    def cares_for_adult(self) -> bool:
        return any(p.is_adult for p in self.people)

    @property
    def carer_type(self) -> CarerType:
        if self.young_carer:
            assert self.carer_age is not None
            if 16 <= self.carer_age < ADULT_AGE:
                return CarerType.YOUNG_ADULT_CARER
            return CarerType.YOUNG_CARER
        if self.parent_of_disabled_child and not self.cares_for_adult:
            return CarerType.PARENT_CARER
        return CarerType.ADULT_CARER

    @property
    def main_person(self) -> Person | None:
        """The person the carer gives most hours to (ties, or no hours: the first)."""
        people = [p for p in self.people if p.hours is not None] or list(self.people)
        return max(people, key=lambda p: p.hours or 0, default=None)

    def get(self, question_id: str) -> Any:
        return self.answers.get(question_id)


def situation(questionnaire: Questionnaire, answers: Mapping[str, Any]) -> Situation:
    """The situation for a carer's answers. Only answers on the carer's path count."""
    active = questionnaire.active_answers(answers)
    nation = _nation(questionnaire.tagged_answer(active, Tag.NATION))
    council = _text(questionnaire.tagged_answer(active, Tag.COUNCIL)) or None
    numbers = sorted({q.person for q in questionnaire.visible_questions(answers) if q.person})
    people = tuple(_person(questionnaire, active, n, nation, council) for n in numbers)
    earnings = active.get("weekly_earnings")
    return Situation(
        nation=nation,
        council=council,
        carer_name=_text(questionnaire.tagged_answer(active, Tag.CARER_NAME)),
        carer_age=_whole(questionnaire.tagged_answer(active, Tag.CARER_AGE)),
        at_school=bool(active.get("carer_at_school")),
        caring_role=active.get("caring_role"),
        works=bool(active.get("carer_works")),
        earnings=Decimal(str(earnings)) if _is_number(earnings) else None,
        study=active.get("study"),
        state_pension=bool(active.get("state_pension")),
        universal_credit=bool(active.get("universal_credit")),
        already_assessed=active.get("already_assessed") is True,
        assessment_date=active.get("assessment_date") or None,
        people=people,
        answers=active,
        outcomes=tuple(
            (qid, active[qid]) for qid in questionnaire.ids_tagged(Tag.OUTCOME) if qid in active
        ),
        language=_text(questionnaire.tagged_answer(active, Tag.LANGUAGE)) or None,
    )


def _person(
    questionnaire: Questionnaire,
    active: Mapping[str, Any],
    number: int,
    nation: Nation | None,
    council: str | None,
) -> Person:
    fields = questionnaire.person_answers(active, number)
    hours = questionnaire.tagged_answer(active, Tag.CARING_HOURS, number)
    own_nation = _nation(questionnaire.tagged_answer(active, Tag.PERSON_NATION, number))
    same_council = fields.get("same_council")
    benefits = tuple(questionnaire.tagged_answer(active, Tag.BENEFITS, number) or ())
    asked = questionnaire.tagged(Tag.BENEFITS, number)
    chosen = [asked.option(value) for value in benefits] if asked is not None else []
    benefit_tags = frozenset(tag for option in chosen if option is not None for tag in option.tags)
    elsewhere = same_council is False or (own_nation is not None and own_nation is not nation)
    return Person(
        number=number,
        name=_text(questionnaire.tagged_answer(active, Tag.PERSON_NAME, number)),
        relationship=fields.get("relationship"),
        age=_whole(fields.get("age")),
        lives_with_carer=fields.get("lives_with_you"),
        benefits=benefits,
        benefit_tags=benefit_tags,
        hours=hours if _is_number(hours) else None,
        address=_text(fields.get("address")),
        condition=_text(fields.get("condition")),
        nation=own_nation or nation,
        same_council=same_council if isinstance(same_council, bool) else None,
        council=None if elsewhere else council,
        severe_mental_impairment=fields.get("severe_mental_impairment"),
        every_week=_choice(questionnaire.tagged_answer(active, Tag.EVERY_WEEK, number)),
        stay=_choice(questionnaire.tagged_answer(active, Tag.STAY, number)),
        stay_days=_whole(questionnaire.tagged_answer(active, Tag.STAY_DAYS, number)),
        severe_disability_extra=_choice(
            questionnaire.tagged_answer(active, Tag.SEVERE_DISABILITY_EXTRA, number)
        ),
    )


def _nation(value: Any) -> Nation | None:
    try:
        return Nation(value) if value else None
    except ValueError:
        return None


def _choice(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _whole(value: Any) -> int | None:
    return int(value) if _is_number(value) else None
