"""Which law applies to which carer: the routes in resources/law/routes.toml, one per kind of carer and nation."""

from __future__ import annotations

import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Protocol

from carerhelp.domain.citations import Citations
from carerhelp.domain.errors import ContentError
from carerhelp.domain.language import check_language, pick
from carerhelp.domain.model import Nation
from carerhelp.domain.situation import CarerType

CARER_TYPES = tuple(carer_type.value for carer_type in CarerType)
"""Kinds of carer: the Situation's CarerType."""
YOUNG = frozenset(carer_type.value for carer_type in CarerType if carer_type.is_young)
DUTIES = ("duty", "power", "not_confirmed")
WHERE = ("carer", "cared_for")
BODIES = ("council", "trust")
_PARTS = ("assessment", "support", "breaks", "charging", "complaint")
_FIELDS = {
    "title",
    "body",
    "team",
    "assessed_where",
    "supported_where",
    "never_cite",
    "transition",
    *_PARTS,
}


@dataclass(frozen=True)
class Part:
    """One thing the law gives this carer: what it means in plain words, and the law it rests on."""

    plain: str
    cite: tuple[str, ...]
    name: str = ""
    duty: str = ""


@dataclass(frozen=True)
class Route:
    carer_type: str
    nation: Nation
    title: str
    body: str
    """"council" or "trust" (a Health and Social Care Trust in Northern Ireland)."""
    team: str
    assessment: Part
    assessed_where: str
    support: Part
    supported_where: str
    breaks: Part
    charging: Part
    complaint: Part
    transition: Part | None
    never_cite: frozenset[str]
    body_words: str = "the council"
    """The body in words, from routes.toml's [bodies]: "the council", "y cyngor"…"""

    @property
    def key(self) -> str:
        return f"{self.carer_type}.{self.nation.value}"

    @property
    def parts(self) -> dict[str, Part]:
        found = {name: getattr(self, name) for name in _PARTS}
        if self.transition is not None:
            found["transition"] = self.transition
        return found

    @property
    def cited(self) -> frozenset[str]:
        """Every citation key this route rests on."""
        return frozenset(key for part in self.parts.values() for key in part.cite)


class Routes(Mapping[tuple[str, Nation], Route]):
    """Every route, by (kind of carer, nation)."""

    def __init__(self, routes: Mapping[tuple[str, Nation], Route]) -> None:
        self._routes = dict(routes)

    def __getitem__(self, key: tuple[str, Nation]) -> Route:
        return self._routes[key]

    def __iter__(self) -> Iterator[tuple[str, Nation]]:
        return iter(self._routes)

    def __len__(self) -> int:
        return len(self._routes)

    def route(self, carer_type: str, nation: Nation) -> Route:
        return self._routes[(carer_type, nation)]


def load_routes(citations: Citations, path: Path | None = None, lang: str = "en") -> Routes:
    """Read and check every route. ContentError lists each route and what is wrong with it.

    A route's `title`, `team` and each part's `plain` and `name` are read in `lang` (see
    carerhelp.domain.language)."""
    check_language(lang)
    if path is None:
        from carerhelp.paths import resource

        path = resource("law", "routes.toml")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise ContentError(
            f"CarerHelp's list of routes ({path.name}) can't be read ({error})."
        ) from error
    problems: list[str] = []
    routes: dict[tuple[str, Nation], Route] = {}
    raw_bodies = data.pop("bodies", {})
    bodies = {
        body: pick(raw_bodies.get(body), lang, f"bodies.{body}", problems)
        if isinstance(raw_bodies, dict)
        else ""
        for body in BODIES
    }
    problems += [f"bodies.{body}: needs words" for body, words in bodies.items() if not words]
    for carer_type, by_nation in data.items():
        if carer_type not in CARER_TYPES or not isinstance(by_nation, dict):
            problems.append(f"{carer_type}: not a kind of carer ({', '.join(CARER_TYPES)})")
            continue
        for nation_name, raw in by_nation.items():
            where = f"{carer_type}.{nation_name}"
            try:
                nation = Nation(nation_name)
            except ValueError:
                problems.append(f"{where}: unknown nation")
                continue
            route = _route(where, carer_type, nation, raw, citations, problems, lang)
            if route is not None:
                routes[(carer_type, nation)] = replace(route, body_words=bodies[route.body])
    for carer_type in CARER_TYPES:
        for nation in Nation:
            if (carer_type, nation) not in routes and not problems:
                problems.append(f"{carer_type}.{nation.value}: missing")
    if problems:
        raise ContentError(
            f"CarerHelp's list of routes ({path.name}) has problems:\n"
            + "\n".join(f"- {p}" for p in problems)
        )
    return Routes(routes)


def _route(
    where: str,
    carer_type: str,
    nation: Nation,
    raw: Any,
    citations: Citations,
    problems: list[str],
    lang: str = "en",
) -> Route | None:
    if not isinstance(raw, dict):
        problems.append(f"{where}: must be a table")
        return None
    before = len(problems)
    unknown = sorted(set(raw) - _FIELDS)
    if unknown:
        problems.append(f"{where}: CarerHelp doesn't use {', '.join(unknown)}")
    words = {
        name: pick(raw.get(name), lang, f"{where}.{name}", problems) for name in ("title", "team")
    }
    for name in ("title", "team"):
        if not pick(raw.get(name), "en", where, []).strip():
            problems.append(f"{where}: needs {name} as text")
    for name, allowed in (
        ("body", BODIES),
        ("assessed_where", WHERE),
        ("supported_where", WHERE),
    ):
        if raw.get(name) not in allowed:
            problems.append(f"{where}: {name} must be one of {', '.join(allowed)}")
    parts = {
        name: _part(f"{where}.{name}", raw.get(name), citations, problems, lang) for name in _PARTS
    }
    transition = (
        _part(f"{where}.transition", raw["transition"], citations, problems, lang)
        if "transition" in raw
        else None
    )
    assessment, support = parts["assessment"], parts["support"]
    if assessment is not None and (not assessment.name or not assessment.cite):
        problems.append(f"{where}.assessment: needs a name and the law it rests on")
    if support is not None and support.duty not in DUTIES:
        problems.append(f"{where}.support: duty must be one of {', '.join(DUTIES)}")
    never = raw.get("never_cite", [])
    if not isinstance(never, list) or not all(isinstance(k, str) for k in never):
        problems.append(f"{where}: never_cite must be a list of citation keys")
        never = []
    missing = sorted(k for k in never if k not in citations)
    if missing:
        problems.append(f"{where}: never_cite names unknown citations {', '.join(missing)}")
    resolved = {name: part for name, part in parts.items() if part is not None}
    if len(problems) > before or len(resolved) < len(_PARTS):
        return None
    route = Route(
        carer_type=carer_type,
        nation=nation,
        title=words["title"],
        body=raw["body"],
        team=words["team"],
        assessment=resolved["assessment"],
        assessed_where=raw["assessed_where"],
        support=resolved["support"],
        supported_where=raw["supported_where"],
        breaks=resolved["breaks"],
        charging=resolved["charging"],
        complaint=resolved["complaint"],
        transition=transition,
        never_cite=frozenset(never),
    )
    clash = sorted(route.cited & route.never_cite)
    if clash:
        problems.append(f"{where}: rests on law it says never to cite: {', '.join(clash)}")
        return None
    return route


def _part(
    where: str, raw: Any, citations: Citations, problems: list[str], lang: str = "en"
) -> Part | None:
    if not isinstance(raw, dict):
        problems.append(f"{where}: missing")
        return None
    unknown = sorted(set(raw) - {"plain", "cite", "name", "duty"})
    if unknown:
        problems.append(f"{where}: CarerHelp doesn't use {', '.join(unknown)}")
    cite = raw.get("cite", [])
    if not pick(raw.get("plain"), "en", where, []).strip():
        problems.append(f"{where}: needs plain words")
        return None
    plain = pick(raw.get("plain"), lang, f"{where}.plain", problems)
    name = pick(raw.get("name", ""), lang, f"{where}.name", problems)
    if not isinstance(cite, list) or not all(isinstance(k, str) for k in cite):
        problems.append(f"{where}: cite must be a list of citation keys")
        return None
    missing = [key for key in cite if key not in citations]
    if missing:
        problems.append(f"{where}: cites unknown {', '.join(missing)}")
    return Part(
        plain=plain,
        cite=tuple(cite),
        name=name,
        duty=str(raw.get("duty", "")),
    )


class _CarerFacts(Protocol):
    """What choosing a route needs to know about the carer (the Situation has it)."""

    @property
    def nation(self) -> Nation | None: ...

    @property
    def carer_type(self) -> str: ...


def route_for(routes: Routes, s: _CarerFacts) -> Route | None:
    """The route for this carer, or None until CarerHelp knows their nation."""
    if s.nation is None:
        return None
    return routes.route(str(s.carer_type), s.nation)


def route_values(route: Route) -> dict[str, Any]:
    """The route's plain words and team, as values a finding's phrases can print."""
    return {
        "route": route.key,
        "team": route.team,
        "body_words": route.body_words,
        "assessment_name": route.assessment.name,
        "assessment_title": route.assessment.name[:1].upper() + route.assessment.name[1:],
        "assessment": route.assessment.plain,
        "support": route.support.plain,
        "breaks": route.breaks.plain,
        "charging": route.charging.plain,
        "complaint": route.complaint.plain,
        "transition": route.transition.plain if route.transition else "",
        "trust": route.body == "trust",
    }
