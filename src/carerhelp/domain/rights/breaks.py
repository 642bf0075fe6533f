"""Breaks from caring, respite and replacement care, and Scotland's emergency plan, by nation."""

from __future__ import annotations

from carerhelp.domain.model import Finding, Nation, Status
from carerhelp.domain.rights.assessment import finding, support_route
from carerhelp.domain.routes import Routes, route_values
from carerhelp.domain.situation import Situation


def breaks(s: Situation, routes: Routes) -> Finding | None:
    if s.nation is None or s.caring_role in {"paid", "volunteer"}:
        return None
    route = support_route(routes, s)
    if route is None:
        return None
    laws = [*route.breaks.cite, *(k for k in route.charging.cite if k not in route.breaks.cite)]
    values = route_values(route)
    if route.nation is Nation.SCOTLAND:
        return finding("breaks", Status.ENTITLED, "scotland", *laws, **values)
    if route.key == "parent_carer.england":
        return finding("breaks", Status.ENTITLED, "short_breaks", *laws, **values)
    return finding("breaks", Status.POSSIBLE, "route", *laws, **values)


def emergency_plan(s: Situation) -> Finding | None:
    if s.nation is not Nation.SCOTLAND or not s.get("want_emergency_plan") or s.young_carer:
        return None
    return finding("emergency_plan", Status.ENTITLED, "scotland", "scot_s9")
