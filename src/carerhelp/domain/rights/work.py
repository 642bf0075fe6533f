"""Work and time off: carer's leave and the right to ask for flexible working."""

from __future__ import annotations

from carerhelp.domain.model import Finding, Nation, Status, Topic
from carerhelp.domain.situation import Situation


def _f(fid: str, status: Status, reason: str, *citations: str) -> Finding:
    return Finding(fid, Topic.WORK, status, reason, citations)


def carers_leave(s: Situation) -> Finding | None:
    if not s.works or s.nation is None:
        return None
    if s.caring_role == "paid":
        return _f("carers_leave", Status.NOT_ELIGIBLE, "paid_carer", "carers_leave")
    if s.nation is Nation.NORTHERN_IRELAND:
        return _f("carers_leave", Status.NEED_MORE_INFO, "ni", "carers_leave")
    return _f("carers_leave", Status.ENTITLED, "great_britain", "carers_leave")


def flexible_working(s: Situation) -> Finding | None:
    if not s.works or s.nation is None:
        return None
    if s.nation is Nation.NORTHERN_IRELAND:
        return _f("flexible_working", Status.POSSIBLE, "ni", "flexible_working_ni")
    return _f("flexible_working", Status.ENTITLED, "great_britain", "flexible_working")
