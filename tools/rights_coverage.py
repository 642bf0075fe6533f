"""Write docs/rights-coverage.md: which law each kind of carer in each nation gets, and every finding's status rules.

The page a welfare-rights adviser reviews. It is generated from the content (resources/law/routes.toml,
resources/law/citations.toml, the phrases) and from the engine itself, run over a fixed grid of
situations, so it can't drift from what CarerHelp says. Run: .venv/bin/python tools/rights_coverage.py
"""

from __future__ import annotations

import sys
from collections import defaultdict
from datetime import date
from pathlib import Path
from typing import Any

from carerhelp.domain.citations import Citation, Citations
from carerhelp.domain.content import Content, load_content
from carerhelp.domain.model import Finding, Nation, Status
from carerhelp.domain.questionnaire import Questionnaire
from carerhelp.domain.rights import assess
from carerhelp.domain.routes import CARER_TYPES, Route

OUT = Path(__file__).resolve().parents[1] / "docs" / "rights-coverage.md"
ON = date(2026, 12, 1)
COUNCIL = {
    Nation.ENGLAND: "leeds",
    Nation.WALES: "cardiff",
    Nation.SCOTLAND: "glasgow-city",
    Nation.NORTHERN_IRELAND: "belfast-health-and-social-care-trust",
}
CARERS: dict[str, dict[str, Any]] = {
    "adult_carer": {"carer_age": 50},
    "parent_carer": {
        "carer_age": 41,
        "person1_relationship": "child",
        "person1_age": 9,
        "person1_benefits": ["dla_care_middle"],
    },
    "young_carer": {"carer_age": 13},
    "young_adult_carer": {"carer_age": 17},
}
VARIANTS: list[dict[str, Any]] = [
    {},
    {"want_their_assessment": True, "their_agreement": "agreed"},
    {"want_their_assessment": True, "their_agreement": "not_agreed"},
    {"carer_works": True, "weekly_earnings": 150, "earnings_vary": True},
    {"carer_works": True, "weekly_earnings": 200},
    {"carer_works": True, "weekly_earnings": 215},
    {"carer_works": True, "weekly_earnings": 500},
    {"person1_hours": 25},
    {"person1_hours": 10},
    {"person1_benefits": ["none"]},
    {"person1_benefits": ["not_sure"]},
    {"person1_benefits": ["adp_daily"]},
    {"person1_benefits": ["padp"]},
    {"universal_credit": True},
    {"universal_credit": True, "person1_benefits": ["not_sure"]},
    {"universal_credit": True, "person1_benefits": ["none"]},
    {"study": "full_time"},
    {"caring_role": "paid", "carer_works": True, "weekly_earnings": 300},
    {"caring_role": "volunteer"},
    {"person1_severe_mental_impairment": True},
    {"person1_severe_mental_impairment": True, "person1_benefits": ["none"]},
    {"person1_relationship": "partner"},
    {"person1_lives_with_you": False, "person1_same_council": False},
    {"person1_lives_with_you": False, "person1_nation": "wales"},
    {"person1_lives_with_you": False, "person1_nation": "england"},
    {"terminal_illness": True},
    {"want_emergency_plan": True},
    {"impact_health": "at_risk", "impact_wellbeing": "a_lot"},
    {"impact_leisure": "cannot", "impact_wellbeing": "some"},
]
OLDER: list[dict[str, Any]] = [
    {"carer_age": 62, "state_pension": True},
    {"carer_age": 66, "state_pension": True, "carer_date_of_birth": "1960-02-01"},
    {"carer_age": 66, "state_pension": True},
    {"carer_age": 70, "state_pension": True},
    {"carer_age": 66, "state_pension": False},
]


def base(nation: Nation, **changes: Any) -> dict[str, Any]:
    """A complete set of answers for a carer in this nation, changed as given."""
    answers: dict[str, Any] = {
        "carer_name": "A Carer",
        "carer_address": "1 High Street",
        "carer_postcode": "AB1 2CD",
        "nation": nation.value,
        "council": COUNCIL[nation],
        "caring_role": "family_friend",
        "carer_works": False,
        "study": "none",
        "universal_credit": False,
        "people_count": 1,
        "person1_name": "Sam",
        "person1_relationship": "parent",
        "person1_age": 80,
        "person1_lives_with_you": True,
        "person1_condition": "Needs help every day",
        "person1_benefits": ["aa_higher"],
        "person1_hours": 40,
        "want_carer_assessment": True,
        "want_their_assessment": False,
        "want_breaks": True,
        "terminal_illness": False,
        "already_assessed": False,
    }
    answers.update(changes)
    return answers


def _situations(questionnaire: Questionnaire) -> list[tuple[str, Nation, dict[str, Any]]]:
    found = []
    for nation in Nation:
        for carer_type, carer in CARERS.items():
            for variant in VARIANTS:
                found.append((carer_type, nation, {**carer, **variant}))
        for older in OLDER:
            found.append(("adult_carer", nation, older))
    usable = []
    for carer_type, nation, changes in found:
        answers = base(nation, **changes)
        if questionnaire.validate_all(answers):
            continue
        usable.append((carer_type, nation, questionnaire.parse_all(answers)))
    return usable


def _source(citation: Citation) -> str:
    checked = citation.checked.isoformat() if citation.checked else "not checked"
    return f"[{citation.short}]({citation.url}) ({checked})" if citation.url else citation.short


def _route_rows(route: Route, citations: Citations) -> list[str]:
    rows = []
    for name, part in route.parts.items():
        label = name if not part.name else f"{name}: {part.name}"
        duty = f" ({part.duty.replace('_', ' ')})" if part.duty else ""
        law = "; ".join(_source(citations[key]) for key in part.cite) or (
            "none confirmed: CarerHelp could not confirm a law for this part, so it tells the carer "
            "to ask"
        )
        rows.append(f"| {label}{duty} | {part.plain} | {law} |")
    return rows


def render(content: Content) -> str:
    questionnaire, citations = content.questionnaire, content.citations
    situations = _situations(questionnaire)
    seen: dict[tuple[str, str, str], dict[str, Any]] = {}
    by_type: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for carer_type, nation, answers in situations:
        findings: list[Finding] = assess(answers, ON, content)
        for finding in findings:
            key = (finding.id, finding.reason, nation.label)
            row = seen.setdefault(key, {"statuses": set(), "laws": set()})
            row["statuses"].add(finding.status)
            row["laws"].update(finding.citations)
            by_type[key].add(carer_type)
    lines = [
        "# Rights coverage: which law CarerHelp applies, and how",
        "",
        "Generated by `tools/rights_coverage.py` from `resources/law/` and the rights engine; do not",
        "edit by hand (a test checks that this page is current). Every law has the address it was read",
        f"at and the date it was checked. The engine was run on {ON.isoformat()} over "
        f"{len(situations)} situations.",
        "",
        "CarerHelp gives information, not legal advice. Where the law could not be confirmed, the",
        "finding says so and asks the carer to check.",
        "",
        "## Routes: each kind of carer in each nation",
        "",
    ]
    for carer_type in CARER_TYPES:
        for nation in Nation:
            route = content.routes.route(carer_type, nation)
            where = {
                "carer": "where the carer lives",
                "cared_for": "where the person cared for lives",
            }
            lines += [
                f"### {route.title[0].upper() + route.title[1:]}",
                "",
                f"Writes to: {'Health and Social Care Trust' if route.body == 'trust' else 'council'}, "
                f"{route.team}. Assessed by the {route.body} {where[route.assessed_where]}; "
                f"supported by the {route.body} {where[route.supported_where]}.",
                "",
                "| Part | What it means | Law (source, date checked) |",
                "|---|---|---|",
                *_route_rows(route, citations),
                "",
                "Never cited for this carer: "
                + ", ".join(citations[key].short for key in sorted(route.never_cite))
                + ".",
                "",
            ]
    lines += [
        "## Findings: status by reason",
        "",
        "Each row is one reason the engine gave in one nation, the statuses it gave for it, the kinds",
        "of carer it was seen for, and the law it cites.",
        "",
        "| Finding | Reason | Nation | Status | Seen for | Law (source, date checked) |",
        "|---|---|---|---|---|---|",
    ]
    order = [status.value for status in Status]
    for (fid, reason, nation_label), row in sorted(seen.items()):
        statuses = ", ".join(sorted((status.value for status in row["statuses"]), key=order.index))
        types = by_type[(fid, reason, nation_label)]
        who = "all carers" if len(types) == len(CARERS) else ", ".join(sorted(types))
        law = "; ".join(_source(citations[key]) for key in sorted(row["laws"])) or "none"
        lines.append(f"| {fid} | {reason} | {nation_label} | {statuses} | {who} | {law} |")
    lines += [
        "",
        "## Every law cited",
        "",
        "| Key | Law | What it means | Source | Checked |",
        "|---|---|---|---|---|",
    ]
    for key, citation in sorted(citations.items()):
        checked = citation.checked.isoformat() if citation.checked else ""
        lines.append(
            f"| {key} | {citation.short} | {citation.plain} | {citation.url or ''} | {checked} |"
        )
    return "\n".join(lines) + "\n"


def main() -> int:
    OUT.write_text(render(load_content()), encoding="utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
