"""Reminders without a network: an .ics calendar file of the next dates, a one-page "when to chase"
sheet, and the timeline printed as evidence. The sheets are LetterDocuments, rendered like letters;
their words are phrases (resources/phrases/<language>/letter.toml, [followup])."""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime, timedelta
from typing import Any

from carerhelp.domain.phrases import Phrases
from carerhelp.domain.text import long_date
from carerhelp.domain.timeline import Due, Event, EventKind, Words, event_line, in_order
from carerhelp.domain.timescales import NationTimes
from carerhelp.letters.document import Block, BlockKind, LetterDocument, layout_words
from carerhelp.letters.followup import WORDS


def _text(phrases: Phrases, key: str, **values: Any) -> str:
    return phrases.text(f"{WORDS}.{key}", values)


def _letter_name(phrases: Phrases, letter: str) -> str:
    key = f"{WORDS}.letter_name_{letter}"
    return phrases.text(key) if letter and key in phrases else ""


def calendar_file(
    plan: list[Due], who: str, phrases: Phrases, *, made: datetime | None = None
) -> bytes:
    """An iCalendar (.ics) file with one all-day event for each date in `plan`.

    Each event carries the step to take and the rule the date rests on, and a reminder the day
    before. Nothing personal beyond the carer's name goes in; the file never leaves the computer
    unless the carer chooses to open it in their own calendar."""
    from icalendar import Alarm, Calendar
    from icalendar import Event as CalendarEvent

    stamp = made or datetime.now(UTC)
    calendar = Calendar()
    calendar.add("prodid", "-//CarerHelp//Reminders//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", f"CarerHelp: {who}" if who else "CarerHelp")
    for due in plan:
        entry = CalendarEvent()
        key = f"{who}|{due.kind.value}|{due.due.isoformat()}".encode()
        entry.add("uid", f"{hashlib.sha256(key).hexdigest()[:32]}@carerhelp")
        entry.add("dtstamp", stamp)
        entry.add("dtstart", due.due)
        entry.add("summary", f"CarerHelp: {due.title}")
        description = due.step
        letter = _letter_name(phrases, due.letter)
        if letter:
            description += " " + _text(phrases, "calendar_can_write", letter=letter)
        if due.basis:
            description += "\n\n" + _text(phrases, "calendar_why", basis=due.basis)
        if due.caution:
            description += "\n\n" + due.caution
        entry.add("description", description)
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", _text(phrases, "calendar_tomorrow", title=due.title))
        alarm.add("trigger", timedelta(days=-1))
        entry.add_component(alarm)
        calendar.add_component(entry)
    return bytes(calendar.to_ical())


def chase_sheet(
    plan: list[Due],
    events: list[Event],
    times: NationTimes,
    phrases: Phrases,
    answers: dict[str, Any],
    on: date,
    *,
    large_print: bool = False,
) -> LetterDocument:
    """A one-page "when to chase" sheet for the fridge door: what to do, and by when."""
    name = str(answers.get("carer_name") or "")
    sent = next((e for e in in_order(events) if e.kind is EventKind.SENT), None)
    opening = (
        _text(phrases, "sheet_sent", sent=long_date(sent.on, phrases.language))
        if sent
        else _text(phrases, "sheet_not_sent")
    )
    blocks = [Block(BlockKind.PARAGRAPH, opening)]
    if plan:
        lines = []
        for due in plan:
            letter = _letter_name(phrases, due.letter)
            key = "sheet_line_letter" if letter else "sheet_line"
            lines.append(
                _text(
                    phrases,
                    key,
                    due=long_date(due.due, phrases.language),
                    title=due.title,
                    letter=letter,
                )
            )
        blocks += [
            Block(BlockKind.HEADING, _text(phrases, "sheet_plan_title")),
            Block(BlockKind.BULLETS, items=tuple(lines)),
            Block(BlockKind.PARAGRAPH, _text(phrases, "sheet_assume")),
        ]
        caution = next((due.caution for due in plan if due.caution), "")
        if caution:
            blocks.append(Block(BlockKind.PARAGRAPH, caution))
    c, o = times.complaint, times.ombudsman
    rules = (
        _text(
            phrases, "sheet_request_rule", rule=times.request.rule, source=times.request.source.text
        ),
        _text(phrases, "sheet_reminder_rule", days=times.request.chase_after_working_days),
        _text(
            phrases,
            "sheet_complaint_rule",
            procedure=c.procedure,
            instrument=c.instrument,
            acknowledge=c.acknowledge,
        ),
        _text(
            phrases,
            "sheet_ombudsman_rule",
            name=o.name,
            website=o.website,
            time_limit=o.time_limit,
        ),
    )
    blocks += [
        Block(BlockKind.HEADING, _text(phrases, "sheet_rules_title")),
        Block(BlockKind.BULLETS, items=rules),
    ]
    title = _text(phrases, "sheet_title")
    return LetterDocument(
        kind="when_to_chase",
        nation=times.nation,
        title=title,
        sender=[name] if name else [],
        recipient=[],
        date=long_date(on, phrases.language),
        subject=title,
        blocks=blocks,
        large_print=large_print,
        author=name,
        lang=phrases.language,
        layout=layout_words(phrases),
    )


def timeline_document(
    events: list[Event],
    words: Words,
    phrases: Phrases,
    answers: dict[str, Any],
    on: date,
    *,
    council: str = "",
    large_print: bool = False,
) -> LetterDocument:
    """The timeline, printed as evidence: every event in date order, with how, reference and note."""
    name = str(answers.get("carer_name") or "")
    items = tuple(event_line(event, words) for event in in_order(events))
    subject = (
        _text(phrases, "timeline_title_to", council=council)
        if council
        else _text(phrases, "timeline_title")
    )
    blocks = []
    if name:
        blocks.append(
            Block(
                BlockKind.PARAGRAPH,
                _text(phrases, "timeline_prepared", name=name, on=long_date(on, phrases.language)),
            )
        )
    blocks.append(
        Block(BlockKind.BULLETS, items=items)
        if items
        else Block(BlockKind.PARAGRAPH, _text(phrases, "timeline_empty"))
    )
    return LetterDocument(
        kind="timeline",
        nation=str(answers.get("nation") or ""),
        title=subject,
        sender=[name] if name else [],
        recipient=[],
        date=long_date(on, phrases.language),
        subject=subject,
        blocks=blocks,
        large_print=large_print,
        author=name,
        lang=phrases.language,
        layout=layout_words(phrases),
    )
