"""The letters that follow a request — a reminder, a formal complaint, the ombudsman pack.

Each is a letter spec like any other (resources/letters/kinds/chaser, complaint, ombudsman, marked
`follows_up`), in the words of resources/phrases/<language>/letter.toml [followup]. This module
works out the facts those phrases need from the case's timeline and the nation's timescales —
dates by working days, the complaint procedure for the carer's route, the ombudsman — and hands
them to `build_letter` as values. A phrase whose facts are missing (no reference, no
acknowledgement) is left out rather than guessed."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from carerhelp.domain.content import Content
from carerhelp.domain.errors import ValidationError
from carerhelp.domain.model import Status
from carerhelp.domain.phrases import Phrases
from carerhelp.domain.text import long_date
from carerhelp.domain.timeline import (
    REPLIES,
    Event,
    EventKind,
    Words,
    complaint_dates,
    event_line,
    first_sent,
    in_order,
    last_of,
    ombudsman_deadline,
)
from carerhelp.domain.timescales import Timescales
from carerhelp.letters.compose import FindingData, RecipientData, build_letter
from carerhelp.letters.document import LetterDocument

FOLLOW_UPS = ("chaser", "complaint", "ombudsman")
REPLY_WORKING_DAYS = 10  # a reminder asks for an answer within 10 working days
WORDS = "letter.followup"


@dataclass(frozen=True)
class _Addressee:
    """The ombudsman, as a letter's recipient."""

    name: str
    team: str
    address: str


def build_followup(
    kind: str,
    answers: Mapping[str, Any],
    findings: Sequence[FindingData],
    events: list[Event],
    on: date,
    *,
    content: Content,
    recipient: RecipientData | None = None,
    team: str | None = None,
    helper_name: str | None = None,
    large_print: bool = False,
) -> LetterDocument:
    """A reminder, a complaint or an ombudsman pack for this case, dated `on`."""
    if kind not in FOLLOW_UPS:
        raise ValueError(kind)
    scales, timeline_words, phrases = content.timescales, content.timeline_words, content.phrases
    events = [event for event in events if event.on <= on]  # what had happened by the letter's date
    active = content.questionnaire.active_answers(dict(answers))
    if not active.get("carer_name") or active.get("nation") not in scales.nations:
        raise ValidationError(phrases.text("letter.common.needs_name_and_nation"))
    if first_sent(events) is None:
        raise ValidationError(phrases.text(f"{WORDS}.needs_first_letter"))
    if kind == "ombudsman" and last_of(events, EventKind.COMPLAINT_SENT) is None:
        raise ValidationError(phrases.text(f"{WORDS}.needs_complaint"))
    values = followup_values(
        kind, active, findings, events, on, scales, timeline_words, phrases, recipient
    )
    times = scales[str(active["nation"])]
    if kind == "ombudsman":
        ombudsman = times.ombudsman
        recipient, team = _Addressee(ombudsman.name, "", ombudsman.website), ""
    return build_letter(
        kind,
        active,
        findings,
        on,
        content=content,
        recipient=recipient,
        team=team,
        helper_name=helper_name,
        large_print=large_print,
        values=values,
    )


def followup_values(
    kind: str,
    answers: Mapping[str, Any],
    findings: Sequence[FindingData],
    events: list[Event],
    on: date,
    scales: Timescales,
    timeline_words: Words,
    phrases: Phrases,
    recipient: RecipientData | None,
) -> dict[str, Any]:
    """The facts the follow-up phrases are filled from."""
    sent = first_sent(events)
    assert sent is not None
    times = scales[str(answers["nation"])]
    assessment = next((f for f in findings if f.id == "carer_assessment"), None)
    route = str(getattr(assessment, "values", {}).get("route", "")) if assessment else ""
    c, o = times.complaint_for(route), times.ombudsman
    what = _what(sent, assessment, phrases, times.nation)
    complaint = last_of(events, EventKind.COMPLAINT_SENT)
    complaint_reply = last_of(events, EventKind.COMPLAINT_REPLY)
    acknowledged = last_of(events, EventKind.ACKNOWLEDGED)
    ack_by, complaint_due = complaint_dates(
        c, scales, times, complaint.on if complaint and kind == "ombudsman" else on
    )
    answered = complaint_reply.on if complaint_reply else complaint_due
    deadline = ombudsman_deadline(events, times, answered)
    first_knew = next(
        (
            e.on
            for e in in_order(events)
            if e.kind in (EventKind.REFUSED, EventKind.CHASED, EventKind.NO_REPLY)
        ),
        sent.on,
    )
    booked = last_of(events, EventKind.ASSESSMENT_BOOKED, EventKind.ASSESSED)
    law_gives_a_date = bool(c.respond_working_days or c.respond_months)
    duty_laws = ""
    if assessment and assessment.status in (Status.ENTITLED, Status.LIKELY):
        duty_laws = _laws(phrases, assessment.citations) if assessment.citations else ""
    right = str(getattr(assessment, "values", {}).get("assessment_name") or what)
    ref = sent.reference
    values: dict[str, Any] = {
        "sent": long_date(sent.on, phrases.language),
        "how": f" {timeline_words.how[sent.how]}" if sent.how else "",
        "ref": phrases.text(f"{WORDS}.your_reference", {"reference": ref}) if ref else "",
        "ref_plain": phrases.text(f"{WORDS}.reference_plain", {"reference": ref}) if ref else "",
        "what": what,
        "right": right,
        "duty_laws": duty_laws,
        "body": c.body,
        "body_with_article": c.body_with_article,
        "council": recipient.name if recipient is not None else c.body_with_article,
        "procedure": c.procedure,
        "procedure_full": c.source.text,
        "in_letter": c.in_letter.format(
            ack_by=long_date(ack_by, phrases.language) if ack_by else ""
        ),
        "due_words": c.due_words,
        # said only once it has passed: before then the council is not yet late
        "due_by": long_date(complaint_due, phrases.language)
        if law_gives_a_date and complaint_due < on
        else "",
        "reply_by": long_date(
            scales.holidays.add_working_days(on, REPLY_WORKING_DAYS, times.division),
            phrases.language,
        ),
        "ombudsman": o.name,
        "covering": o.covering,
        "limit_words": o.limit_words,
        "within_limit": "yes" if on <= deadline else "",
        "first_knew": long_date(first_knew, phrases.language),
        "letter_point": "" if booked else times.request.letter_point,
        "terminal_rule": times.request.terminal_in_letter
        if answers.get("terminal_illness")
        else "",
        "acknowledged": long_date(acknowledged.on, phrases.language)
        if acknowledged and not complaint
        else "",
        "complaint_acknowledged": long_date(acknowledged.on, phrases.language)
        if acknowledged and complaint and acknowledged.on >= complaint.on
        else "",
        "complaint_sent": long_date(complaint.on, phrases.language) if complaint else "",
        "complaint_reply": long_date(complaint_reply.on, phrases.language)
        if complaint_reply
        else "",
    }
    values["timeline_lines"] = [event_line(e, timeline_words) for e in in_order(events)]
    values["happened_lines"] = [event_line(e, timeline_words) for e in _before_complaint(events)]
    values["enclosure_lines"] = _enclosures(events, values, timeline_words, phrases)
    sources = [times.request.source, c.source, o.source]
    if values["terminal_rule"] and times.request.terminal_source:
        sources.insert(1, times.request.terminal_source)
    values["source_lines"] = [
        phrases.text(
            f"{WORDS}.source_line",
            {"text": s.text, "url": s.url, "checked": long_date(s.checked, phrases.language)},
        )
        for s in sources
    ]
    return values


def _laws(phrases: Phrases, keys: Sequence[str]) -> str:
    """The laws a right rests on, each act named once: "Care Act 2014, sections 10, 10(4) and
    10(7)", not the act three times over."""
    acts: dict[str, list[str]] = {}
    for key in keys:
        act, found, section = phrases.cite([key]).partition(", section ")
        acts.setdefault(act, [])
        if found:
            acts[act].append(section)
    parts = []
    for act, sections in acts.items():
        if len(sections) > 1:
            parts.append(f"{act}, sections {phrases.join(sections)}")
        else:
            parts.append(f"{act}, section {sections[0]}" if sections else act)
    return "; ".join(parts)


def _what(sent: Event, assessment: Any, phrases: Phrases, nation: str) -> str:
    """What the first letter asked for, as the law names it for this carer's route."""
    if sent.letter == "respite":
        return phrases.text(f"{WORDS}.what_respite")
    if sent.letter not in ("", "assessment"):
        return phrases.text(f"{WORDS}.what_default")
    name = getattr(assessment, "values", {}).get("assessment_name") if assessment else None
    if name:
        return str(name)
    key = f"{WORDS}.what_assessment_{nation}"
    return phrases.text(key if key in phrases else f"{WORDS}.what_assessment")


def _before_complaint(events: list[Event]) -> list[Event]:
    """What happened after the first letter and before the complaint (not the complaint itself)."""
    before = []
    for event in in_order(events)[1:]:
        if event.kind is EventKind.COMPLAINT_SENT:
            break
        before.append(event)
    return before


def _enclosures(
    events: list[Event], values: Mapping[str, Any], words: Words, phrases: Phrases
) -> list[str]:
    own = {
        EventKind.SENT: "enclosure_sent",
        EventKind.CHASED: "enclosure_chased",
        EventKind.COMPLAINT_SENT: "enclosure_complaint",
    }
    lines = []
    for event in in_order(events):
        fill = {
            "on": long_date(event.on, phrases.language),
            "body_with_article": values["body_with_article"],
            "what": values["what"],
            "label": words.event_label(event).lower(),
        }
        if event.kind in own:
            lines.append(phrases.text(f"{WORDS}.{own[event.kind]}", fill))
        elif event.kind in REPLIES:
            lines.append(phrases.text(f"{WORDS}.enclosure_reply", fill))
    return lines
