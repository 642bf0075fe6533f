"""Reminders without a network: the .ics file of the next dates and the one-page "when to chase"
sheet, read back (icalendar, pypdf), for each nation."""

from __future__ import annotations

import io
from datetime import date

import pytest
from icalendar import Calendar
from pypdf import PdfReader

from carerhelp.domain.content import load_content
from carerhelp.domain.timeline import DueKind, Event, EventKind, needs_doing, upcoming
from carerhelp.domain.timescales import NATIONS
from carerhelp.letters import render_pdf
from carerhelp.letters.reminders import calendar_file, chase_sheet, timeline_document

CONTENT = load_content()  # this module's own, read once
SCALES = CONTENT.timescales
PHRASES = CONTENT.phrases
WORDS = CONTENT.timeline_words
SENT = Event(EventKind.SENT, date(2026, 11, 2), how="post", reference="AB/1", id=1)


def test_the_plan_runs_from_reminder_to_complaint_to_ombudsman_if_nothing_comes_back():
    plan = upcoming([SENT], SCALES["england"], SCALES, WORDS, today=date(2026, 11, 10))
    assert [due.kind for due in plan] == [
        DueKind.CHASE_DUE,
        DueKind.REPLY_OVERDUE,
        DueKind.COMPLAINT_REPLY_DUE,
        DueKind.OMBUDSMAN_READY,
    ]
    assert [due.due for due in plan] == sorted(due.due for due in plan)


@pytest.mark.parametrize("nation", NATIONS)
def test_the_calendar_file_holds_each_date_with_its_step(nation: str):
    plan = upcoming([SENT], SCALES[nation], SCALES, WORDS, today=date(2026, 11, 10))
    calendar = Calendar.from_ical(calendar_file(plan, "Mair Jones", PHRASES))
    events = [c for c in calendar.walk() if c.name == "VEVENT"]
    assert [e.decoded("dtstart") for e in events] == [due.due for due in plan]
    assert str(events[0]["summary"]) == "CarerHelp: Chase your letter"
    assert "2 November 2026" in str(events[0]["description"])
    assert all(e.walk("VALARM") for e in events)  # a reminder the day before each
    assert len({str(e["uid"]) for e in events}) == len(events)


@pytest.mark.parametrize("nation", NATIONS)
def test_the_when_to_chase_sheet_is_one_page_with_that_nations_rules(nation: str):
    times = SCALES[nation]
    plan = upcoming([SENT], times, SCALES, WORDS, today=date(2026, 11, 10))
    pdf = render_pdf(
        chase_sheet(plan, [SENT], times, PHRASES, {"carer_name": "Mair"}, date(2026, 11, 10))
    )
    reader = PdfReader(io.BytesIO(pdf))
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert len(reader.pages) == 1
    assert "When to chase" in text and "18 November 2026: Chase your letter" in text
    assert times.ombudsman.name in " ".join(text.split())
    for other in NATIONS:
        if other != nation:
            assert SCALES[other].ombudsman.name not in text


def test_dates_past_the_published_bank_holidays_are_flagged_on_the_sheet_and_calendar():
    late = Event(EventKind.SENT, date(2027, 12, 20), how="email", id=1)
    times = SCALES["wales"]
    plan = upcoming([late], times, SCALES, WORDS, today=date(2027, 12, 21))
    pdf = render_pdf(chase_sheet(plan, [late], times, PHRASES, {}, date(2027, 12, 21)))
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "published bank holidays only up to 31 December 2027" in text
    calendar = Calendar.from_ical(calendar_file(plan, "Mair Jones", PHRASES))
    first = next(c for c in calendar.walk() if c.name == "VEVENT")
    assert "may be a day or two early" in " ".join(str(first["description"]).split())


def test_the_printed_timeline_lists_every_event_in_order():
    chased = Event(
        EventKind.CHASED, date(2026, 11, 17), how="email", note="No answer to calls.", id=2
    )
    pdf = render_pdf(
        timeline_document(
            [chased, SENT],
            WORDS,
            PHRASES,
            {"carer_name": "Mair"},
            date(2026, 12, 1),
            council="Cardiff Council",
        )
    )
    text = " ".join(PdfReader(io.BytesIO(pdf)).pages[0].extract_text().split())
    assert text.index("2 November 2026: Letter sent (by post), reference AB/1") < text.index(
        "17 November 2026: Reminder sent (by email). No answer to calls."
    )
    assert "Timeline of my request to Cardiff Council" in text


def test_what_needs_doing_goes_soonest_first_and_drops_what_is_answered():
    class Case:
        def __init__(self, case_id, name, events, volunteer=""):
            self.case_id, self.carer_name, self.nation = case_id, name, "wales"
            self.volunteer, self.terminal_illness, self.events = volunteer, False, events

    later = Case(1, "Later", [Event(EventKind.SENT, date(2026, 11, 16), id=1)], "Vera")
    sooner = Case(2, "Sooner", [SENT], "Tom")
    answered = Case(3, "Answered", [SENT, Event(EventKind.ACKNOWLEDGED, date(2026, 11, 20), id=2)])
    found = needs_doing([later, sooner, answered], SCALES, WORDS, today=date(2026, 12, 1))
    assert [item.carer_name for item in found] == ["Sooner", "Later"]
    assert [
        i.carer_name
        for i in needs_doing(
            [later, sooner], SCALES, WORDS, today=date(2026, 12, 1), volunteer="Vera"
        )
    ] == ["Later"]
