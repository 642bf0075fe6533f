"""When to expect answers and how to complain, per nation, from resources/timescales/ (with sources)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from carerhelp.domain.errors import ContentError
from carerhelp.domain.language import check_language, pick
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
    body_with_article: str  # "the council", "yr Ymddiriedolaeth": Welsh has "yr" before a vowel
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
    covering: str  # how the carer is complaining, in their covering letter's words


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


def load_timescales(folder: Path | None = None, lang: str = "en") -> Timescales:
    """Read every nation's file and the bank holidays; ContentError lists every problem.

    Every rule, procedure, name and sentence is read in `lang` (see carerhelp.domain.language);
    numbers, addresses and dates are the same in both languages."""
    check_language(lang)
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
            nations[nation] = _nation(nation, data, _Words(lang, path.name, problems))
        except (KeyError, TypeError, ValueError) as error:
            problems.append(f"{path.name}: {error}")
    if problems:
        raise ContentError(
            "CarerHelp's timescales have problems: " + "; ".join(dict.fromkeys(problems))
        )
    return Timescales(nations=nations, holidays=load_bank_holidays(folder / "bank_holidays.toml"))


def _text(table: dict[str, Any], key: str) -> str:
    value = table[key]
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"'{key}' must be words")
    return value


@dataclass(frozen=True)
class _Words:
    """Reads a field a carer reads, in one language; a missing translation is noted in `problems`."""

    lang: str
    file: str
    problems: list[str]

    def __call__(self, table: dict[str, Any], key: str, where: str) -> str:
        value = table[key]
        if not pick(value, "en", where, []).strip():
            raise ValueError(f"'{key}' must be words")
        return pick(value, self.lang, f"{self.file}: {where}.{key}", self.problems)


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


def _source(table: dict[str, Any], text_key: str, w: _Words, where: str) -> Source:
    checked = _checked(table)
    return Source(w(table, text_key, where), _text(table, "url"), checked)


def _nation(nation: str, data: dict[str, Any], w: _Words) -> NationTimes:
    division = _text(data, "bank_holidays")
    if division not in DIVISIONS:
        raise ValueError(f"'bank_holidays' must be one of {', '.join(DIVISIONS)}")
    r = data["request"]
    terminal = r.get("terminal_illness")
    request = RequestTimes(
        chase_after_working_days=_int(r, "chase_after_working_days"),
        ask_when_after_working_days=_int(r, "ask_when_after_working_days"),
        result_after_working_days=_int(r, "result_after_working_days"),
        rule=w(r, "rule", "request"),
        source=_source(r, "source", w, "request"),
        terminal_conversation_working_days=(
            _int(terminal, "conversation_working_days") if terminal else None
        ),
        terminal_plan_working_days=_int(terminal, "plan_working_days") if terminal else None,
        terminal_rule=w(terminal, "rule", "request.terminal_illness") if terminal else "",
        terminal_source=_source(terminal, "source", w, "request.terminal_illness")
        if terminal
        else None,
        terminal_in_letter=w(terminal, "in_letter", "request.terminal_illness") if terminal else "",
        letter_point=w(r, "letter_point", "request") if "letter_point" in r else "",
    )
    complaint = _complaint(data["complaint"], w, "complaint")
    others = tuple(_complaint(data[key], w, key) for key in data if key.startswith("complaint_"))
    if any(not other.routes for other in others):
        raise ValueError("each other complaints procedure must say which routes it is for")
    o = data["ombudsman"]
    if o["time_limit_from"] not in ("first_knew", "final_answer"):
        raise ValueError("'time_limit_from' must be first_knew or final_answer")
    ombudsman = Ombudsman(
        name=w(o, "name", "ombudsman"),
        short=w(o, "short", "ombudsman"),
        website=_text(o, "website"),
        time_limit_months=_int(o, "time_limit_months"),
        time_limit_from=o["time_limit_from"],
        time_limit=w(o, "time_limit", "ombudsman"),
        when=w(o, "when", "ombudsman"),
        how=w(o, "how", "ombudsman"),
        law=w(o, "law", "ombudsman"),
        source=_source(o, "law", w, "ombudsman"),
        limit_words=w(o, "limit_words", "ombudsman"),
        covering=w(o, "covering", "ombudsman"),
    )
    review = data["review"]
    return NationTimes(
        nation=nation,
        division=division,
        request=request,
        review_after_months=_int(review, "after_months"),
        review_rule=w(review, "rule", "review"),
        complaint=complaint,
        ombudsman=ombudsman,
        other_complaints=others,
    )


def _complaint(c: dict[str, Any], w: _Words, where: str) -> ComplaintProcedure:
    routes = c.get("routes", [])
    if not isinstance(routes, list) or not all(isinstance(r, str) for r in routes):
        raise ValueError("'routes' must be a list of kinds of carer")
    complaint = ComplaintProcedure(
        body=w(c, "body", where),
        body_with_article=w(c, "body_with_article", where),
        procedure=w(c, "procedure", where),
        short=w(c, "short", where),
        instrument=w(c, "instrument", where),
        complain_within_months=_int(c, "complain_within_months"),
        complain_within=w(c, "complain_within", where),
        acknowledge_working_days=_int(c, "acknowledge_working_days"),
        acknowledge=w(c, "acknowledge", where),
        respond_working_days=_int(c, "respond_working_days"),
        respond_months=_int(c, "respond_months"),
        respond=w(c, "respond", where),
        stages=w(c, "stages", where),
        source=Source(
            f"{w(c, 'procedure', where)} ({w(c, 'instrument', where)})",
            _text(c, "url"),
            _checked(c),
        ),
        in_letter=w(c, "in_letter", where),
        cite=_text(c, "cite"),
        due_words=w(c, "due_words", where),
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
