"""What a question means to the rest of CarerHelp, declared as tags in resources/questionnaire/*.toml."""

from __future__ import annotations

from enum import StrEnum


class Tag(StrEnum):
    """Every tag a question may carry. Code outside the questionnaire finds questions by tag, never
    by the look of their ids, so a question can be renamed in the TOML without breaking anything."""

    HEALTH = "health"
    """A health detail: in advice-centre mode it is kept only once the client's consent is recorded."""
    CARRIED_OVER = "carried_over"
    """About the carer: kept when a case is copied for another person they care for."""
    CARER_NAME = "carer_name"
    """The carer's name: shown in the case list and found by search."""
    PERSON_NAME = "person_name"
    """The name of a person cared for (one per person): listed, found by search."""
    POSTCODE = "postcode"
    """The carer's postcode: shown in the case list and found by search."""
    NATION = "nation"
    """The carer's nation: shown in the case list and counted in the figures."""
    COUNCIL = "council"
    """The carer's council or HSC Trust: shown in the case list and counted in the figures."""
    PERSON_NATION = "person_nation"
    """Where a person cared for lives (one per person), when not with the carer: decides which
    council acts, and which councils the carer may write to."""
    CARER_AGE = "carer_age"
    """The carer's age: counted in the figures by age band."""
    CARING_HOURS = "caring_hours"
    """Hours of care a week for one person: added up for the 168-hour check, the rules and the figures."""
    LANGUAGE = "language"
    """The language the carer would like to use ("english", "welsh" or "other"): the language a
    letter is written in by default, and whether a letter to a Welsh council asks for Welsh replies."""
    EVERY_WEEK = "every_week"
    """Whether the carer gives one person 35 hours or more in every week, not only on average
    (one per person): Carer's Allowance and Carer Support Payment are decided week by week."""
    STAY = "stay"
    """Whether a person cared for is in hospital or a care home now, and who pays (one per person):
    their disability benefit, and so Carer's Allowance, can stop after 28 days."""
    STAY_DAYS = "stay_days"
    """How many days that stay has lasted, linked stays added (one per person)."""
    SEVERE_DISABILITY_EXTRA = "severe_disability_extra"
    """Whether a person cared for gets the severe disability premium or Pension Credit's addition
    for severe disability (one per person): lost once a carer is paid for caring for them."""
    BENEFITS = "benefits"
    """The disability benefits a person cared for gets (one per person): its options carry
    OptionTags saying which rules each benefit counts for."""
    OUTCOME = "outcome"
    """How caring affects one part of the carer's life that a council weighs when it decides whether
    a carer's needs are eligible (in England, SI 2015/313 regulation 3): the rules count the ones the
    carer can't manage, and the assessment pack lists each."""

    @property
    def one_per_person(self) -> bool:
        """Tags asked once for each person cared for (in a repeated section)."""
        return self in {
            Tag.PERSON_NAME,
            Tag.PERSON_NATION,
            Tag.CARING_HOURS,
            Tag.EVERY_WEEK,
            Tag.STAY,
            Tag.STAY_DAYS,
            Tag.SEVERE_DISABILITY_EXTRA,
            Tag.BENEFITS,
        }

    @property
    def unique(self) -> bool:
        """Tags that name one fact, so at most one question (one per person) may carry them."""
        return self not in {Tag.HEALTH, Tag.CARRIED_OVER, Tag.OUTCOME}


class OptionTag(StrEnum):
    """What one answer on a list means to the rules, declared on the option in the TOML, so the
    questionnaire is the one place that says which benefit counts for what."""

    QUALIFYING = "qualifying"
    """A qualifying benefit for Carer's Allowance (SSCBA 1992 s.70; SI 1976/409 reg 3), and so for
    the UC carer element, Carer's Credit and the Council Tax carer disregard in England and Wales."""
    SCOTTISH_QUALIFYING = "scottish_qualifying"
    """A Scottish benefit that qualifies for Carer Support Payment (mygov.scot); elsewhere it is one
    to check with the office that pays Carer's Allowance."""
    UNSURE = "unsure"
    """The answer leaves it open whether a qualifying benefit is paid."""
    SEVERE_MENTAL_IMPAIRMENT = "severe_mental_impairment"
    """Accepted for the severe mental impairment Council Tax disregard (SI 1992/548 art. 3)."""
    SCOTTISH_COUNCIL_TAX = "scottish_council_tax"
    """Listed for the carer Council Tax disregard in Scotland (CPAG, Scotland)."""
