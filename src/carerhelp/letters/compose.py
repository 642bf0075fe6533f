"""Answers and findings → a LetterDocument, in the nation's words. No layout here, no reportlab."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from carerhelp.domain.diary import DiaryEntry
from carerhelp.domain.errors import ValidationError
from carerhelp.domain.evidence import diary_people, diary_sentence, person_name
from carerhelp.domain.model import Finding
from carerhelp.letters.content import with_citations, wording
from carerhelp.letters.document import Block, BlockKind, LetterDocument, LetterKind

RELATIONSHIP = {
    "partner": "my partner",
    "parent": "my parent",
    "child": "my child",
    "other_relative": "a relative",
    "friend": "a friend or neighbour",
    "other": "someone I look after",
}
SINCE = {
    "under_1_year": "less than a year",
    "1_to_5_years": "between 1 and 5 years",
    "5_to_10_years": "between 5 and 10 years",
    "over_10_years": "more than 10 years",
}
TASKS = {
    "personal_care": "washing, dressing and going to the toilet",
    "medication": "medicines and health care",
    "meals": "cooking and eating",
    "housework": "cleaning, laundry and housework",
    "shopping": "shopping",
    "getting_about": "getting about, inside and outside",
    "keeping_safe": "keeping them safe and watching over them",
    "emotional_support": "company, comfort and emotional support",
    "appointments": "going to appointments",
    "paperwork": "money, bills and paperwork",
    "other": "other things",
}
IMPACT = {
    "impact_children": "looking after children",
    "impact_others": "caring for other people",
    "impact_home": "keeping my home clean and safe",
    "impact_meals": "eating properly",
    "impact_relationships": "keeping up relationships with family and friends",
    "impact_work": "work, study, training or volunteering",
    "impact_local": "using local shops, services and facilities",
    "impact_leisure": "having time for rest and things I enjoy",
}
HOW = {
    "with_help": "I can only manage this with help from others",
    "distress": "it causes me a lot of pain, stress or worry",
    "risk": "it puts me or someone else at risk",
    "cannot": "I can't do this because of my caring",
}


class _Words:
    """Look up wording by key, fill in citations and values; empty text means 'leave it out'."""

    def __init__(self, nation: str) -> None:
        self.words = wording(nation)

    def __call__(self, key: str, **values: Any) -> str:
        template = self.words.get(key, "")
        return with_citations(str(template)).format(**values) if template else ""

    def list(self, key: str) -> list[str]:
        return [with_citations(str(item)) for item in self.words.get(key, [])]


def build_letter(
    kind: LetterKind | str,
    answers: dict[str, Any],
    findings: list[Finding],
    on: date,
    recipient: Any = None,
    helper_name: str | None = None,
    large_print: bool = False,
    questionnaire: Any = None,
    diary: Sequence[DiaryEntry] = (),
) -> LetterDocument:
    """The letter for a carer. Only answers to questions on the carer's path are used; the
    caring diary, when there is one, says what the last 4 weeks were really like."""
    kind = LetterKind(kind)
    if questionnaire is None:
        from carerhelp.domain.rights import _questionnaire

        questionnaire = _questionnaire()
    a = questionnaire.active_answers(answers)
    if not a.get("carer_name") or not a.get("nation"):
        raise ValidationError(
            "A letter needs at least the carer's name and which country of the UK they live in."
        )
    nation = a["nation"]
    w = _Words(nation)
    people = _people(a)
    names = _join([p["name"] for p in people]) or "the person I care for"
    blocks: list[Block] = [Block(BlockKind.PARAGRAPH, w("salutation"))]
    ids = {f.id for f in findings}
    if kind is LetterKind.ASSESSMENT:
        subject = f"{w('subject_assessment')}: {a['carer_name']}"
        blocks += _assessment_opening(w, a, findings)
    else:
        subject = f"{w('subject_respite')}: {a['carer_name']}"
        when = f" on {_long_date(a['assessment_date'])}" if a.get("assessment_date") else ""
        blocks.append(Block(BlockKind.PARAGRAPH, w("respite_intro", when=when)))
    blocks += _caring_picture(w, a, people)
    blocks += _diary_picture(w, a, diary)
    if kind is LetterKind.ASSESSMENT and a.get("want_their_assessment"):
        blocks += _their_assessment(w, a, people)
    blocks += _impact(w, a)
    if kind is LetterKind.RESPITE:
        blocks.append(Block(BlockKind.PARAGRAPH, w("respite_ask", people=names)))
    if a.get("want_breaks") or a.get("want_replacement_care") or kind is LetterKind.RESPITE:
        blocks.append(Block(BlockKind.PARAGRAPH, w("breaks", people=names)))
    if a.get("want_replacement_care"):
        blocks.append(Block(BlockKind.PARAGRAPH, w("replacement_care")))
    if a.get("want_work_help"):
        blocks.append(Block(BlockKind.PARAGRAPH, w("work_help")))
    if a.get("want_emergency_plan") or "emergency_plan" in ids:
        blocks.append(Block(BlockKind.PARAGRAPH, w("emergency_plan")))
    blocks += _preferences(w, a)
    blocks.append(Block(BlockKind.PARAGRAPH, w("requests_intro")))
    requests = [
        w(key)
        for key in (
            "request_acknowledge",
            "request_named_worker",
            "request_timescale",
            "request_copy",
            "request_decision",
            "request_plan",
        )
    ]
    blocks.append(Block(BlockKind.BULLETS, items=tuple(r for r in requests if r)))
    blocks.append(Block(BlockKind.PARAGRAPH, w("wrong_council")))
    if a.get("extra_info"):
        blocks.append(Block(BlockKind.PARAGRAPH, w("extra_intro")))
        blocks.append(Block(BlockKind.QUOTE, a["extra_info"]))
    blocks.append(Block(BlockKind.PARAGRAPH, w("consent")))
    blocks.append(Block(BlockKind.PARAGRAPH, w("closing")))
    blocks.append(Block(BlockKind.SIGNATURE, w("signature_line")))
    blocks.append(Block(BlockKind.PARAGRAPH, a["carer_name"]))
    if helper_name:
        blocks.append(Block(BlockKind.PARAGRAPH, w("helped_by", helper=helper_name)))
    blocks += _next_page(w)
    blocks = [
        b for b in blocks if b.text or b.items or b.kind in (BlockKind.SPACE, BlockKind.PAGE_BREAK)
    ]
    return LetterDocument(
        kind=kind,
        nation=nation,
        title=subject,
        sender=_sender(a),
        recipient=_recipient(recipient, w),
        date=_long_date(on.isoformat()),
        subject=subject,
        blocks=blocks,
        large_print=large_print,
        author=a["carer_name"],
    )


def _assessment_opening(w: _Words, a: dict[str, Any], findings: list[Finding]) -> list[Block]:
    reasons = {f.id: f.reason for f in findings}
    age = a.get("carer_age")
    young = age is not None and (
        age < 18 or (a.get("nation") == "scotland" and a.get("carer_at_school"))
    )
    parent = reasons.get("carer_assessment") in ("england_parent", "ni_parent")
    if young and w("young_carer_request"):
        opening = w("young_carer_request")
    elif parent and w("parent_carer_request"):
        opening = w("parent_carer_request")
    else:
        opening = w("request")
    blocks = [Block(BlockKind.PARAGRAPH, opening), Block(BlockKind.PARAGRAPH, w("finances"))]
    if a.get("terminal_illness") and w("terminal"):
        blocks.append(Block(BlockKind.PARAGRAPH, w("terminal")))
    return blocks


def _people(a: dict[str, Any]) -> list[dict[str, Any]]:
    people = []
    for n in range(1, int(a.get("people_count") or 0) + 1):
        if a.get(f"person{n}_name"):
            people.append(
                {
                    key.removeprefix(f"person{n}_"): value
                    for key, value in a.items()
                    if key.startswith(f"person{n}_")
                }
            )
    return people


def _caring_picture(w: _Words, a: dict[str, Any], people: list[dict[str, Any]]) -> list[Block]:
    blocks: list[Block] = []
    descriptions = []
    for person in people:
        text = person["name"]
        if person.get("relationship"):
            text += f" ({RELATIONSHIP.get(person['relationship'], 'someone I look after')}"
            text += f", aged {person['age']})" if person.get("age") is not None else ")"
        if person.get("lives_with_you"):
            text += ", who lives with me"
        elif person.get("address"):
            text += f", who lives at {person['address'].replace(chr(10), ', ')}"
        descriptions.append(text)
    if descriptions:
        blocks.append(Block(BlockKind.PARAGRAPH, w("cared_for_intro", people=_join(descriptions))))
    for person in people:
        if person.get("condition"):
            blocks.append(Block(BlockKind.PARAGRAPH, w("condition_intro", name=person["name"])))
            blocks.append(Block(BlockKind.QUOTE, person["condition"]))
    hours = sum(p.get("hours") or 0 for p in people)
    since = SINCE.get(a.get("caring_since") or "", "")
    if hours or since:
        blocks.append(
            Block(
                BlockKind.PARAGRAPH,
                w("caring_picture", hours=f"{hours:g}", since=since or "some time"),
            )
        )
    nights = {"sometimes": "nights_sometimes", "most_nights": "nights_most"}.get(
        a.get("caring_nights") or ""
    )
    if nights:
        blocks.append(Block(BlockKind.PARAGRAPH, w(nights)))
    tasks = [TASKS[t] for t in a.get("caring_tasks") or [] if t in TASKS]
    if tasks:
        blocks.append(Block(BlockKind.PARAGRAPH, w("tasks_intro")))
        blocks.append(Block(BlockKind.BULLETS, items=tuple(tasks)))
    return blocks


def _diary_picture(w: _Words, a: dict[str, Any], diary: Sequence[DiaryEntry]) -> list[Block]:
    """A sentence per person from the diary's last 4 weeks, after the answers' own picture."""
    from carerhelp.domain.diary import summarise

    lines = []
    for person in diary_people(diary):
        summary = summarise(diary, person)
        if summary is not None:
            lines.append(diary_sentence(summary, person_name(a, person)))
    if not lines:
        return []
    return [
        Block(BlockKind.PARAGRAPH, w("diary_intro")),
        Block(BlockKind.BULLETS, items=tuple(lines)),
    ]


def _their_assessment(w: _Words, a: dict[str, Any], people: list[dict[str, Any]]) -> list[Block]:
    name = _join([p["name"] for p in people]) or "the person I care for"
    blocks = [Block(BlockKind.PARAGRAPH, w("their_assessment", name=name))]
    agreement = a.get("their_agreement")
    if agreement in ("agreed", "not_asked", "cannot_decide"):
        blocks.append(Block(BlockKind.PARAGRAPH, w(f"agreement_{agreement}", name=name)))
    return blocks


def _impact(w: _Words, a: dict[str, Any]) -> list[Block]:
    items = [f"{label}: {HOW[a[qid]]}" for qid, label in IMPACT.items() if a.get(qid) in HOW]
    blocks: list[Block] = []
    if items:
        blocks += [
            Block(BlockKind.PARAGRAPH, w("impact_intro")),
            Block(BlockKind.BULLETS, items=tuple(items)),
        ]
    health = {"at_risk": "health_at_risk", "getting_worse": "health_worse"}.get(
        a.get("impact_health") or ""
    )
    if health:
        blocks.append(Block(BlockKind.PARAGRAPH, w(health)))
    if not items and not health:
        blocks.append(Block(BlockKind.PARAGRAPH, w("impact_none")))
    wellbeing = {"a_lot": "wellbeing_a_lot", "some": "wellbeing_some"}.get(
        a.get("impact_wellbeing") or ""
    )
    if wellbeing:
        blocks.append(Block(BlockKind.PARAGRAPH, w(wellbeing)))
    willing = a.get("willing_to_continue")
    if willing in ("with_help", "not_sure", "no"):
        blocks.append(Block(BlockKind.PARAGRAPH, w(f"willing_{willing}")))
    if a.get("breakdown_risk"):
        blocks.append(Block(BlockKind.PARAGRAPH, w("urgent")))
    return blocks


def _preferences(w: _Words, a: dict[str, Any]) -> list[Block]:
    items: list[str] = []
    phone = f" on {a['carer_phone']}" if a.get("carer_phone") else ""
    email = f" at {a['carer_email']}" if a.get("carer_email") else ""
    if a.get("contact_method"):
        items.append(w(f"contact_{a['contact_method']}", phone=phone, email=email))
    if a.get("format_needs") and a["format_needs"] != "standard":
        items.append(w(f"format_{a['format_needs']}"))
    if a.get("language") == "welsh":
        items.append(w("language_welsh"))
    elif a.get("language") == "other" and a.get("language_other"):
        items.append(w("language_other", language=a["language_other"]))
    if a.get("interpreter"):
        items.append(
            w(
                "interpreter",
                language=a.get("interpreter_language")
                or a.get("language_other")
                or "please ask me which language",
            )
        )
    if a.get("someone_with_you"):
        who = (a.get("someone_with_you_name") or "").rstrip(" .")  # the sentence ends it
        items.append(w("someone_with_me", who=who) if who else w("someone_with_me_default"))
    if a.get("seen_separately"):
        items.append(w("seen_separately"))
    items = [item for item in items if item]
    if not items:
        return []
    return [
        Block(BlockKind.PARAGRAPH, w("preferences_intro")),
        Block(BlockKind.BULLETS, items=tuple(items)),
    ]


def _next_page(w: _Words) -> list[Block]:
    blocks = [
        Block(BlockKind.PAGE_BREAK),
        Block(BlockKind.HEADING, w("next_title")),
        Block(BlockKind.PARAGRAPH, w("next_intro")),
        Block(BlockKind.BULLETS, items=tuple(w.list("next_steps"))),
    ]
    complaints = w.list("complaints")
    if complaints:
        blocks += [
            Block(BlockKind.HEADING, w("complaint_title")),
            Block(BlockKind.BULLETS, items=tuple(complaints)),
        ]
    return blocks


def _sender(a: dict[str, Any]) -> list[str]:
    lines = [
        a["carer_name"],
        *(a.get("carer_address") or "").splitlines(),
        a.get("carer_postcode", ""),
    ]
    if a.get("carer_phone"):
        lines.append(f"Phone: {a['carer_phone']}")
    if a.get("carer_email"):
        lines.append(f"Email: {a['carer_email']}")
    return [line for line in lines if line.strip()]


def _recipient(recipient: Any, w: _Words) -> list[str]:
    if recipient is None:
        return ["The Carers' Assessment Team", "Your council", w("address_blank")]
    lines = [recipient.team, recipient.name, *(recipient.address or "").splitlines()]
    if not (recipient.address or "").strip():
        lines.append(w("address_blank"))
    return [line for line in lines if line and line.strip()]


def _join(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _long_date(iso: str) -> str:
    day = date.fromisoformat(iso)
    return f"{day.day} {day:%B %Y}"
