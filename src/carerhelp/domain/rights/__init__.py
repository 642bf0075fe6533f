"""The rights and benefits engine: answers in, explained findings out."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from carerhelp.domain.model import Answers, Finding
from carerhelp.domain.rights import assessment, breaks, council_tax, money, work
from carerhelp.domain.situation import Situation, situation

if TYPE_CHECKING:
    from carerhelp.domain.content import Content


def assess(answers: Answers, on: date, content: Content) -> list[Finding]:
    """Findings for these answers on this date. The same answers and date always give the same findings.

    Only answers to questions on the carer's path count: answers hidden by a later change are
    kept in storage but ignored here.
    """
    return assess_situation(situation(content.questionnaire, answers), on, content)


def assess_situation(s: Situation, on: date, content: Content) -> list[Finding]:
    """Findings for a situation already read from the answers."""
    lookup = content.rates.on(on)
    payment = money.carer_payment(s, lookup, on)
    found = [
        assessment.carer_assessment(s, content.routes),
        assessment.which_council(s, content.routes),
        assessment.their_assessment(s),
        assessment.support_likely(s, content.routes),
        breaks.breaks(s, content.routes),
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
