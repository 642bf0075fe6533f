"""Work and time off: carer's leave and the right to ask for flexible working."""

from __future__ import annotations

from carerhelp.domain.citations import cite
from carerhelp.domain.model import Finding, Nation, Status, Topic
from carerhelp.domain.rights.context import Situation


def _f(fid: str, status: Status, title: str, why: str, citation: str, *steps: str) -> Finding:
    return Finding(fid, Topic.WORK, status, title, why, citation, tuple(steps))


def carers_leave(s: Situation) -> Finding | None:
    if not s.works or s.nation is None:
        return None
    if s.nation is Nation.NORTHERN_IRELAND:
        return _f(
            "carers_leave",
            Status.NEED_MORE_INFO,
            "Carer's leave",
            "The carer's leave law covers Great Britain, not Northern Ireland. A proposal would give "
            "5 days' unpaid leave in Northern Ireland; CarerHelp could not confirm whether it is law yet.",
            cite("carers_leave"),
            "Ask your employer or the Labour Relations Agency about leave for carers.",
        )
    return _f(
        "carers_leave",
        Status.ENTITLED,
        "Carer's leave",
        "If you are an employee, you can take up to one week of unpaid carer's leave in any 12 "
        "months, from your first day in the job. You can take half days or whole days. Your "
        "employer can't ask for proof and can't refuse, but may ask you to move the dates.",
        cite("carers_leave"),
        "Give notice: twice as many days as you want off, or at least 3 days.",
    )


def flexible_working(s: Situation) -> Finding | None:
    if not s.works or s.nation is None:
        return None
    if s.nation is Nation.NORTHERN_IRELAND:
        return _f(
            "flexible_working",
            Status.POSSIBLE,
            "Asking for flexible working",
            "In Northern Ireland, employees who care for an adult relative, or someone at the same "
            "address, can ask for flexible working. How long you must have worked there first is "
            "not confirmed.",
            cite("flexible_working_ni"),
            "Check with your employer or the Labour Relations Agency.",
        )
    return _f(
        "flexible_working",
        Status.ENTITLED,
        "Asking for flexible working",
        "If you are an employee, you can ask for flexible working from your first day: for example "
        "different hours or working from home. You can ask twice in 12 months. Your employer must "
        "talk to you before saying no, and decide within 2 months.",
        cite("flexible_working"),
        "Ask your employer in writing.",
    )
