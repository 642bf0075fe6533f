"""A case's timeline (what was sent and what came back) and what needs doing next, by working days."""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Any

from carerhelp.domain.errors import ContentError, ValidationError
from carerhelp.domain.language import check_language, pick
from carerhelp.domain.text import long_date
from carerhelp.domain.timescales import ComplaintProcedure, NationTimes, Timescales

SOON_DAYS = 14  # "What needs doing" shows what is due within two weeks, or already overdue
POST_DAYS = 2  # working days allowed for a posted letter to arrive
REPLY_WORKING_DAYS = 10  # a reminder asks for a reply within 10 working days


class EventKind(StrEnum):
    SENT = "sent"
    ACKNOWLEDGED = "acknowledged"
    ASSESSMENT_BOOKED = "assessment_booked"
    ASSESSED = "assessed"
    PLAN_RECEIVED = "plan_received"
    REFUSED = "refused"
    NO_REPLY = "no_reply"
    CHASED = "chased"
    COMPLAINT_SENT = "complaint_sent"
    COMPLAINT_REPLY = "complaint_reply"
    OMBUDSMAN = "ombudsman"


HOW = ("post", "email", "hand", "online")
# Events that are something coming back from the council or Trust.
REPLIES = {
    EventKind.ACKNOWLEDGED,
    EventKind.ASSESSMENT_BOOKED,
    EventKind.ASSESSED,
    EventKind.PLAN_RECEIVED,
    EventKind.REFUSED,
    EventKind.COMPLAINT_REPLY,
}


class DueKind(StrEnum):
    CHASE_DUE = "chase_due"
    REPLY_OVERDUE = "reply_overdue"
    TERMINAL_OVERDUE = "terminal_overdue"
    ASK_WHEN = "ask_when"
    ASSESSMENT_SOON = "assessment_soon"
    ASSESSMENT_PASSED = "assessment_passed"
    RESULT_DUE = "result_due"
    REVIEW_DUE = "review_due"
    CAN_COMPLAIN = "can_complain"
    COMPLAINT_ACK_OVERDUE = "complaint_ack_overdue"
    COMPLAINT_REPLY_DUE = "complaint_reply_due"
    OMBUDSMAN_READY = "ombudsman_ready"


@dataclass(frozen=True)
class Event:
    """One thing that happened: a letter sent, or something that came back."""

    kind: EventKind
    on: date
    how: str = ""  # for letters sent: post, email, hand, online
    reference: str = ""
    note: str = ""
    letter: str = ""  # the kind of letter sent, when there is one
    appointment: date | None = None  # for assessment_booked: the day of the assessment
    id: int | None = None

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"kind": self.kind.value, "on": self.on.isoformat()}
        for key in ("how", "reference", "note", "letter"):
            if getattr(self, key):
                data[key] = getattr(self, key)
        if self.appointment:
            data["appointment"] = self.appointment.isoformat()
        return data


def make_event(raw: dict[str, Any], where: str = "history") -> Event:
    """An Event from JSON-like values; ValidationError with a plain message for anything wrong."""
    if not isinstance(raw, dict):
        raise ValidationError(f"Each entry in {where} must be an object with a kind and a date.")
    unknown = set(raw) - {"kind", "on", "how", "reference", "note", "letter", "appointment", "id"}
    if unknown:
        raise ValidationError(f"{where}: unknown field(s) {', '.join(sorted(unknown))}.")
    try:
        kind = EventKind(str(raw.get("kind")))
    except ValueError:
        kinds = ", ".join(k.value for k in EventKind)
        raise ValidationError(f"{where}: kind must be one of {kinds}.") from None
    on = _day(raw.get("on"), f"{where}: 'on'")
    appointment = (
        _day(raw["appointment"], f"{where}: 'appointment'") if raw.get("appointment") else None
    )
    how = raw.get("how") or ""
    if how not in ("", *HOW):
        raise ValidationError(f"{where}: 'how' must be one of {', '.join(HOW)}.")
    texts = {}
    for key, limit in (("reference", 100), ("note", 2000), ("letter", 40)):
        value = raw.get(key) or ""
        if not isinstance(value, str) or len(value) > limit:
            raise ValidationError(f"{where}: '{key}' must be text of at most {limit} characters.")
        texts[key] = value.strip()
    event_id = raw.get("id")
    return Event(
        kind=kind,
        on=on,
        how=how,
        appointment=appointment,
        id=event_id if isinstance(event_id, int) else None,
        **texts,
    )


def _day(value: Any, what: str) -> date:
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        raise ValidationError(f"{what} must be a date written YYYY-MM-DD.") from None


def in_order(events: list[Event]) -> list[Event]:
    """Events by date, then in the order they were recorded."""
    return sorted(events, key=lambda e: (e.on, e.id if e.id is not None else 0))


@dataclass(frozen=True)
class Due:
    """One thing that needs doing for a case, and the one next step."""

    kind: DueKind
    due: date
    title: str
    step: str
    letter: str = ""  # the letter kind that is the next step, if any
    basis: str = ""  # the rule the date rests on, with its source
    values: dict[str, str] = field(default_factory=dict)
    # Set when a working-day count ran past the last published bank holiday: the date may be early.
    caution: str = ""

    def overdue(self, today: date) -> bool:
        return self.due < today

    def soon(self, today: date) -> bool:
        return self.due <= today + timedelta(days=SOON_DAYS)


@dataclass(frozen=True)
class Words:
    events: dict[str, str]
    how: dict[str, str]
    due: dict[str, dict[str, str]]
    beyond_list: str = ""  # said of a date counted past the published bank holidays; {until}
    line: dict[str, str] = field(default_factory=dict)
    """How an event's appointment and reference join its label ({date}, {reference})."""
    lang: str = "en"
    """The language of these words, for the dates written among them."""

    def event_label(self, event: Event) -> str:
        return self.events[event.kind.value]


def load_words(path: Path | None = None, lang: str = "en") -> Words:
    """The timeline's words in `lang`: each is `{ en = …, cy = … }` (see carerhelp.domain.language)."""
    check_language(lang)
    if path is None:
        from carerhelp.paths import resource

        path = resource("timescales", "words.toml")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise ContentError(f"CarerHelp's timeline words can't be read ({error}).") from None
    problems: list[str] = []

    def table(raw: Any, where: str) -> dict[str, str]:
        if not isinstance(raw, dict):
            return {}
        return {
            key: pick(value, lang, f"{path.name}: {where}.{key}", problems)
            for key, value in raw.items()
        }

    due = data.get("due", {})
    words = Words(
        events=table(data.get("events"), "events"),
        how=table(data.get("how"), "how"),
        due={k: table(v, f"due.{k}") for k, v in due.items()} if isinstance(due, dict) else {},
        beyond_list=table(data.get("notes"), "notes").get("beyond_list", ""),
        line=table(data.get("line"), "line"),
        lang=lang,
    )
    if problems:
        raise ContentError(
            f"CarerHelp's timeline words ({path.name}) have problems: {'; '.join(problems)}."
        )
    missing = [k.value for k in EventKind if k.value not in words.events]
    missing += [k.value for k in DueKind if {"title", "step"} - set(words.due.get(k.value, {}))]
    missing += [h for h in HOW if h not in words.how]
    if "{until}" not in words.beyond_list:
        missing.append("notes.beyond_list (with {until})")
    missing += [f"line.{key}" for key in ("appointment", "reference") if key not in words.line]
    if missing:
        raise ContentError(f"CarerHelp's timeline words ({path.name}) lack: {', '.join(missing)}.")
    return words


def add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return day.replace(year=year, month=month, day=min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def first_sent(events: list[Event]) -> Event | None:
    """The first letter asking for something (not a reminder or complaint)."""
    return next((e for e in in_order(events) if e.kind is EventKind.SENT), None)


def last_of(events: list[Event], *kinds: EventKind) -> Event | None:
    found = [e for e in in_order(events) if e.kind in kinds]
    return found[-1] if found else None


def next_due(
    events: list[Event],
    times: NationTimes,
    scales: Timescales,
    words: Words,
    *,
    today: date,
    terminal_illness: bool = False,
    route: str = "",
) -> Due | None:
    """The one next thing to do for a case, from its timeline and its nation's timescales."""
    ordered = in_order(events)
    if not ordered:
        return None
    last = ordered[-1]
    if last.kind is EventKind.NO_REPLY:  # a note that nothing came: what was due still is
        ordered = ordered[:-1] or ordered
        last = ordered[-1]
    work = _Counter(scales, times, today)
    c, o = times.complaint_for(route), times.ombudsman
    sent = first_sent(ordered)
    values: dict[str, str] = {"body": c.body, "procedure": c.procedure, "ombudsman": o.name}

    def due(kind: DueKind, day: date, letter: str = "", basis: str = "", **extra: date) -> Due:
        filled = {**values, **{k: long_date(v, words.lang) for k, v in extra.items()}}
        text = words.due[kind.value]
        caution = ""
        if work.beyond_list:
            caution = words.beyond_list.format(until=long_date(scales.holidays.until, words.lang))
        step = text["step"].format(**filled)
        return Due(kind, day, text["title"], step, letter, basis, filled, caution)

    kind = last.kind
    if kind in (EventKind.SENT, EventKind.CHASED):
        start = sent.on if sent else last.on
        arrived = work.arrival(last)
        if terminal_illness and times.request.terminal_conversation_working_days:
            days = times.request.terminal_conversation_working_days
            day = work.add(work.arrival(sent or last), days)
            values["days"] = str(days)
            return due(
                DueKind.TERMINAL_OVERDUE, day, "chaser", times.request.terminal_rule, sent=start
            )
        if kind is EventKind.SENT:
            day = work.add(arrived, times.request.chase_after_working_days)
            reply_by = work.add(max(day, today), REPLY_WORKING_DAYS)  # from when it is sent
            return due(
                DueKind.CHASE_DUE, day, "chaser", times.request.rule, sent=start, reply_by=reply_by
            )
        day = work.add(arrived, times.request.chase_after_working_days)
        return due(
            DueKind.REPLY_OVERDUE, day, "complaint", c.complain_within, sent=start, chased=last.on
        )
    if kind is EventKind.ACKNOWLEDGED and not _in_complaint(ordered):
        day = work.add(last.on, times.request.ask_when_after_working_days)
        return due(DueKind.ASK_WHEN, day, "chaser", times.request.rule, since=last.on)
    if kind is EventKind.ASSESSMENT_BOOKED:
        appointment = last.appointment or last.on
        return due(DueKind.ASSESSMENT_SOON, appointment, appointment=appointment)
    if kind is EventKind.ASSESSED:
        day = work.add(last.on, times.request.result_after_working_days)
        return due(DueKind.RESULT_DUE, day, "chaser", times.request.rule, since=last.on)
    if kind is EventKind.PLAN_RECEIVED:
        day = add_months(last.on, times.review_after_months)
        return due(DueKind.REVIEW_DUE, day, basis=times.review_rule, since=last.on)
    if kind is EventKind.REFUSED:
        deadline = add_months(last.on, c.complain_within_months)
        return due(
            DueKind.CAN_COMPLAIN,
            last.on,
            "complaint",
            c.complain_within,
            since=last.on,
            deadline=deadline,
        )
    if kind in (EventKind.COMPLAINT_SENT, EventKind.ACKNOWLEDGED):
        complaint = last_of(ordered, EventKind.COMPLAINT_SENT)
        assert complaint is not None
        ack_by, reply_by = complaint_dates(c, scales, times, work.arrival(complaint), add=work.add)
        acknowledged = kind is EventKind.ACKNOWLEDGED
        if not acknowledged and ack_by and work.today_after(ack_by):
            return due(
                DueKind.COMPLAINT_ACK_OVERDUE,
                ack_by,
                "chaser",
                c.acknowledge,
                since=complaint.on,
                ack_by=ack_by,
            )
        if work.today_after(reply_by):
            return due(
                DueKind.OMBUDSMAN_READY,
                reply_by,
                "ombudsman",
                o.when,
                deadline=ombudsman_deadline(ordered, times, reply_by),
            )
        return due(
            DueKind.COMPLAINT_REPLY_DUE,
            reply_by,
            basis=c.respond,
            since=complaint.on,
            reply_by=reply_by,
        )
    if kind is EventKind.COMPLAINT_REPLY:
        deadline = ombudsman_deadline(ordered, times, last.on)
        return due(DueKind.OMBUDSMAN_READY, last.on, "ombudsman", o.time_limit, deadline=deadline)
    return None  # with the ombudsman, or nothing to chase


def complaint_dates(
    c: ComplaintProcedure,
    scales: Timescales,
    times: NationTimes,
    arrived: date,
    *,
    add: Callable[[date, int], date] | None = None,
) -> tuple[date | None, date]:
    """When a complaint that arrived on `arrived` should be acknowledged (None: the law gives no
    number CarerHelp could confirm) and answered (the law's time, or CarerHelp's suggestion).
    `add` counts working days (by default in the nation's own bank holidays)."""

    def count(start: date, days: int) -> date:
        if add is not None:
            return add(start, days)
        return scales.holidays.add_working_days(start, days, times.division)

    ack_by = count(arrived, c.acknowledge_working_days) if c.acknowledge_working_days else None
    start = ack_by if ack_by and c.respond_from == "acknowledgement" else arrived
    if c.respond_working_days:
        return ack_by, count(start, c.respond_working_days)
    if c.respond_months:
        return ack_by, add_months(start, c.respond_months)
    return ack_by, count(start, c.suggested_reply_working_days)


def _in_complaint(events: list[Event]) -> bool:
    return last_of(events, EventKind.COMPLAINT_SENT) is not None


def ombudsman_deadline(events: list[Event], times: NationTimes, answered: date) -> date:
    """The last day to go to the ombudsman, counted cautiously (the earliest reading)."""
    o = times.ombudsman
    if o.time_limit_from == "final_answer":
        return add_months(answered, o.time_limit_months)
    # "First knew of the problem": taken as the first reply that fell short, or the first
    # reminder, or failing those the first letter — the earliest day it could be said to run.
    start = next(
        (
            e.on
            for e in in_order(events)
            if e.kind in (EventKind.REFUSED, EventKind.CHASED, EventKind.NO_REPLY)
        ),
        first_sent(events).on if first_sent(events) else answered,  # type: ignore[union-attr]
    )
    return add_months(start, o.time_limit_months)


class _Counter:
    """Working days in one nation, and whether a day has passed."""

    def __init__(self, scales: Timescales, times: NationTimes, today: date) -> None:
        self.holidays = scales.holidays
        self.division = times.division
        self.today = today
        self.beyond_list = False  # a count ran past the last published bank holiday

    def add(self, start: date, count: int) -> date:
        day = self.holidays.add_working_days(start, count, self.division)
        if count and not self.holidays.known(day):
            self.beyond_list = True
        return day

    def arrival(self, event: Event) -> date:
        """When a letter can be taken to have arrived: posted letters get POST_DAYS working days."""
        return self.add(event.on, POST_DAYS) if event.how == "post" else event.on

    def today_after(self, day: date) -> bool:
        return self.today > day


# The event that taking each next step adds, for projecting the dates if nothing comes back.
_STEP_EVENT = {
    "chaser": EventKind.CHASED,
    "complaint": EventKind.COMPLAINT_SENT,
}


def upcoming(
    events: list[Event],
    times: NationTimes,
    scales: Timescales,
    words: Words,
    *,
    today: date,
    terminal_illness: bool = False,
    route: str = "",
    steps: int = 4,
) -> list[Due]:
    """The next thing to do, then the dates that follow if nothing comes back and each step is
    taken on the day it falls due: the carer's "when to chase" plan. At most `steps` dates."""
    plan: list[Due] = []
    projected = list(events)
    next_id = max((e.id or 0 for e in events), default=0) + 1
    day = today
    for _ in range(steps):
        found = next_due(
            projected,
            times,
            scales,
            words,
            today=day,
            terminal_illness=terminal_illness,
            route=route,
        )
        if found is None or any(d.kind is found.kind and d.due == found.due for d in plan):
            break
        plan.append(found)
        if found.kind is DueKind.COMPLAINT_REPLY_DUE:  # acknowledged, but no answer by the date
            day = max(found.due, day) + timedelta(days=1)
            projected.append(Event(EventKind.ACKNOWLEDGED, found.due, id=next_id))
            next_id += 1
            continue
        step_event = _STEP_EVENT.get(found.letter)
        if step_event is None:
            break
        when = max(found.due, day)
        projected.append(Event(step_event, when, how="email", id=next_id))
        next_id += 1
        day = when
    return plan


@dataclass(frozen=True)
class CaseDue:
    """One line of "What needs doing": a case and its next step."""

    case_id: int
    carer_name: str
    volunteer: str
    due: Due


def needs_doing(
    cases: list[Any],
    scales: Timescales,
    words: Words,
    *,
    today: date,
    volunteer: str | None = None,
    soon_only: bool = True,
) -> list[CaseDue]:
    """Each case's next step, soonest first: overdue or due within SOON_DAYS (unless `soon_only`
    is off), for one volunteer's cases when `volunteer` is given. `cases` carry case_id,
    carer_name, nation, volunteer, terminal_illness and events (storage.timeline.CaseTimeline)."""
    found: list[CaseDue] = []
    for case in cases:
        if volunteer is not None and case.volunteer != volunteer:
            continue
        if case.nation not in scales.nations:
            continue
        due = next_due(
            case.events,
            scales[case.nation],
            scales,
            words,
            today=today,
            terminal_illness=case.terminal_illness,
        )
        if due is not None and (not soon_only or due.soon(today)):
            found.append(CaseDue(case.case_id, case.carer_name, case.volunteer, due))
    return sorted(found, key=lambda item: (item.due.due, item.carer_name.casefold(), item.case_id))


def event_line(event: Event, words: Words, *, dated: bool = True, note: bool = True) -> str:
    """One event in words: "7 September 2026: Letter sent (by post), reference CR/5531"; without
    its date or note where the caller sets those out itself."""
    text = words.event_label(event)
    if dated:
        text = f"{long_date(event.on, words.lang)}: {text}"
    if event.how:
        text += f" ({words.how[event.how]})"
    if event.appointment:
        text += words.line["appointment"].format(date=long_date(event.appointment, words.lang))
    if event.reference:
        text += words.line["reference"].format(reference=event.reference)
    if note and event.note:
        text += f". {event.note}"
    return text
