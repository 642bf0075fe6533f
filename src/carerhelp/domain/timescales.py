"""When to expect answers and how to complain, per nation, from resources/timescales/ (with sources)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from carerhelp.domain.errors import ContentError
from carerhelp.domain.workdays import DIVISIONS, BankHolidays, load_bank_holidays

NATIONS = ("england", "wales", "scotland", "northern_ireland")


@dataclass(frozen=True)
class Source:
    """Where a rule was read, and when."""

    text: str
    url: str
    checked: date


@dataclass(frozen=True)
class RequestTimes:
    chase_after_working_days: int  # CarerHelp's suggestion, not law
    ask_when_after_working_days: int
    result_after_working_days: int
    rule: str
    source: Source
    terminal_conversation_working_days: int | None = None  # the law's, Scotland only
    terminal_plan_working_days: int | None = None
    terminal_rule: str = ""
    terminal_source: Source | None = None
    terminal_in_letter: str = ""  # the same, in the carer's own voice
    letter_point: str = ""  # what a complaint letter can say the guidance asks (England: 6.29)


@dataclass(frozen=True)
class ComplaintProcedure:
    body: str  # "council" or "Trust"
    procedure: str
    short: str
    instrument: str
    complain_within_months: int
    complain_within: str
    acknowledge_working_days: int
    acknowledge: str
    respond_working_days: int  # 0: no fixed number of working days
    respond_months: int  # 0: none
    respond: str
    stages: str
    source: Source
    in_letter: str  # the complaint letter's request for an acknowledgement ({ack_by})
    due_words: str = ""  # what the law expects by the answer date ("offered to discuss it with me")
    cite: str = ""  # the citation key of this procedure in resources/law/citations.toml
    routes: tuple[str, ...] = ()  # kinds of carer this procedure is for (empty: the default)
    suggested_reply_working_days: int = 0  # CarerHelp's own, where the law gives no number
    respond_from: str = "receipt"  # or "acknowledgement"


@dataclass(frozen=True)
class Ombudsman:
    name: str
    short: str
    website: str
    time_limit_months: int
    time_limit_from: str  # "first_knew" or "final_answer"
    time_limit: str
    when: str
    how: str
    law: str
    source: Source
    limit_words: str  # the time limit as the carer's letter to the ombudsman puts it


@dataclass(frozen=True)
class NationTimes:
    nation: str
    division: str  # which list of bank holidays
    request: RequestTimes
    review_after_months: int
    review_rule: str
    complaint: ComplaintProcedure  # the default (adult carers')
    ombudsman: Ombudsman
    other_complaints: tuple[ComplaintProcedure, ...] = ()  # where a route differs

    def complaint_for(self, route: str = "") -> ComplaintProcedure:
        """The complaints procedure for a route ("young_carer.england") or kind of carer."""
        carer_type = route.split(".")[0]
        for procedure in self.other_complaints:
            if carer_type in procedure.routes:
                return procedure
        return self.complaint


@dataclass(frozen=True)
class Timescales:
    nations: dict[str, NationTimes]
    holidays: BankHolidays

    def __getitem__(self, nation: str) -> NationTimes:
        return self.nations[nation]


def load_timescales(folder: Path | None = None) -> Timescales:
    """Read every nation's file and the bank holidays; ContentError lists every problem."""
    if folder is None:
        from carerhelp.paths import resource

        folder = resource("timescales")
    problems: list[str] = []
    nations: dict[str, NationTimes] = {}
    for nation in NATIONS:
        path = folder / f"{nation}.toml"
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
            problems.append(f"{path.name} can't be read ({error})")
            continue
        try:
            nations[nation] = _nation(nation, data)
        except (KeyError, TypeError, ValueError) as error:
            problems.append(f"{path.name}: {error}")
    if problems:
        raise ContentError("CarerHelp's timescales have problems: " + "; ".join(problems))
    return Timescales(nations=nations, holidays=load_bank_holidays(folder / "bank_holidays.toml"))


def _text(table: dict[str, Any], key: str) -> str:
    value = table[key]
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"'{key}' must be words")
    return value


def _int(table: dict[str, Any], key: str) -> int:
    value = table[key]
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ValueError(f"'{key}' must be a whole number, 0 or more")
    return value


def _checked(table: dict[str, Any]) -> date:
    checked = table["checked"]
    if not isinstance(checked, date):
        raise ValueError("'checked' must be a date")
    url = _text(table, "url")
    if not url.startswith("https://"):
        raise ValueError(f"'url' must be an https address, not {url!r}")
    return checked


def _source(table: dict[str, Any], text_key: str) -> Source:
    checked = _checked(table)
    return Source(_text(table, text_key), _text(table, "url"), checked)


def _nation(nation: str, data: dict[str, Any]) -> NationTimes:
    division = _text(data, "bank_holidays")
    if division not in DIVISIONS:
        raise ValueError(f"'bank_holidays' must be one of {', '.join(DIVISIONS)}")
    r = data["request"]
    terminal = r.get("terminal_illness")
    request = RequestTimes(
        chase_after_working_days=_int(r, "chase_after_working_days"),
        ask_when_after_working_days=_int(r, "ask_when_after_working_days"),
        result_after_working_days=_int(r, "result_after_working_days"),
        rule=_text(r, "rule"),
        source=_source(r, "source"),
        terminal_conversation_working_days=(
            _int(terminal, "conversation_working_days") if terminal else None
        ),
        terminal_plan_working_days=_int(terminal, "plan_working_days") if terminal else None,
        terminal_rule=_text(terminal, "rule") if terminal else "",
        terminal_source=_source(terminal, "source") if terminal else None,
        terminal_in_letter=_text(terminal, "in_letter") if terminal else "",
        letter_point=str(r.get("letter_point", "")),
    )
    complaint = _complaint(data["complaint"])
    others = tuple(_complaint(data[key]) for key in data if key.startswith("complaint_"))
    if any(not other.routes for other in others):
        raise ValueError("each other complaints procedure must say which routes it is for")
    o = data["ombudsman"]
    if o["time_limit_from"] not in ("first_knew", "final_answer"):
        raise ValueError("'time_limit_from' must be first_knew or final_answer")
    ombudsman = Ombudsman(
        name=_text(o, "name"),
        short=_text(o, "short"),
        website=_text(o, "website"),
        time_limit_months=_int(o, "time_limit_months"),
        time_limit_from=o["time_limit_from"],
        time_limit=_text(o, "time_limit"),
        when=_text(o, "when"),
        how=_text(o, "how"),
        law=_text(o, "law"),
        source=_source(o, "law"),
        limit_words=_text(o, "limit_words"),
    )
    review = data["review"]
    return NationTimes(
        nation=nation,
        division=division,
        request=request,
        review_after_months=_int(review, "after_months"),
        review_rule=_text(review, "rule"),
        complaint=complaint,
        ombudsman=ombudsman,
        other_complaints=others,
    )


def _complaint(c: dict[str, Any]) -> ComplaintProcedure:
    routes = c.get("routes", [])
    if not isinstance(routes, list) or not all(isinstance(r, str) for r in routes):
        raise ValueError("'routes' must be a list of kinds of carer")
    complaint = ComplaintProcedure(
        body=_text(c, "body"),
        procedure=_text(c, "procedure"),
        short=_text(c, "short"),
        instrument=_text(c, "instrument"),
        complain_within_months=_int(c, "complain_within_months"),
        complain_within=_text(c, "complain_within"),
        acknowledge_working_days=_int(c, "acknowledge_working_days"),
        acknowledge=_text(c, "acknowledge"),
        respond_working_days=_int(c, "respond_working_days"),
        respond_months=_int(c, "respond_months"),
        respond=_text(c, "respond"),
        stages=_text(c, "stages"),
        source=Source(
            f"{_text(c, 'procedure')} ({_text(c, 'instrument')})", _text(c, "url"), _checked(c)
        ),
        in_letter=_text(c, "in_letter"),
        cite=_text(c, "cite"),
        due_words=_text(c, "due_words"),
        routes=tuple(routes),
        suggested_reply_working_days=_int(c, "suggested_reply_working_days")
        if "suggested_reply_working_days" in c
        else 0,
        respond_from=c.get("respond_from", "receipt"),
    )
    if complaint.respond_from not in ("receipt", "acknowledgement"):
        raise ValueError("'respond_from' must be receipt or acknowledgement")
    if not (
        complaint.respond_working_days
        or complaint.respond_months
        or complaint.suggested_reply_working_days
    ):
        raise ValueError("the complaint needs a time for its answer (the law's or a suggestion)")
    return complaint
