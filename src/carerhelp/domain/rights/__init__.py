"""The rights and benefits engine: answers in, explained findings out."""

from __future__ import annotations

from datetime import date
from functools import cache
from typing import TYPE_CHECKING, Any

from carerhelp.domain.model import Finding
from carerhelp.domain.rates import Rates, load_rates
from carerhelp.domain.rights import assessment, breaks, council_tax, money, work
from carerhelp.domain.rights.context import situation

if TYPE_CHECKING:
    from carerhelp.domain.questionnaire import Questionnaire


@cache
def default_rates() -> Rates:
    """The shipped rates, read once."""
    return load_rates()


def assess(
    answers: dict[str, Any],
    on: date,
    rates: Rates | None = None,
    questionnaire: Questionnaire | None = None,
) -> list[Finding]:
    """Findings for these answers on this date. The same answers and date always give the same findings.

    Only answers to questions on the carer's path count: answers hidden by a later change are
    kept in storage but ignored here.
    """
    if questionnaire is None:
        questionnaire = _questionnaire()
    active = questionnaire.active_answers(answers)
    s = situation(active)
    lookup = (rates or default_rates()).on(on)
    payment = money.carer_payment(s, lookup, on)
    found = [
        assessment.carer_assessment(s),
        assessment.which_council(s),
        assessment.their_assessment(s),
        assessment.support_likely(s),
        breaks.breaks(s),
        breaks.emergency_plan(s),
        payment,
        money.allowance_supplement(s, lookup, payment),
        money.carers_credit(s, on),
        money.young_carer_grant(s),
        money.uc_carer_element(s, lookup),
        council_tax.council_tax(s),
        council_tax.severe_mental_impairment(s),
        work.carers_leave(s),
        work.flexible_working(s),
    ]
    return [finding for finding in found if finding is not None]


@cache
def _questionnaire() -> Questionnaire:
    """The shipped questionnaire, read once, for callers that don't pass their own."""
    from carerhelp.domain.questionnaire import load_questionnaire

    return load_questionnaire()
