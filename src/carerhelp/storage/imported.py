"""Checking a case that arrives in a file, before any of it is kept.

Every value meets the rules a typed one meets: answers go through the questionnaire (known
question ids, types, ranges, text cleaning, the 168-hour week), diary days and payments through
their own domain checks, names and notes through `clean_text`; letters must be of a kind
CarerHelp makes and hold a real PDF; times must be times. The case row's name, nation, council
and postcode are taken from the answers, and `people` is rebuilt from them, exactly as saving an
answer does. The first problem found is reported (an `ImportProblem`), and nothing is kept.
"""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from carerhelp.domain.diary import make_entry
from carerhelp.domain.earnings import make_pay
from carerhelp.domain.errors import ValidationError
from carerhelp.domain.jsonfile import loads_limited
from carerhelp.domain.questionnaire.meaning import QuestionMeaning
from carerhelp.domain.questionnaire.tags import Tag
from carerhelp.domain.text import clean_text
from carerhelp.domain.timeline import make_event
from carerhelp.storage.cases import STATUSES
from carerhelp.storage.database import to_json

MAX_ROWS = 20_000  # in any one table of one case
MAX_PDF_BYTES = 20 << 20
MAX_NAME = 100
MAX_NOTES = 10_000
MAX_COVERS = 2_000
MAX_TASKS = 50
MAX_STAMP = 40
_UID = re.compile(r"[A-Za-z0-9-]{1,64}")
_SCREEN = re.compile(r"@[a-z][a-z-]{0,39}")  # a screen after the questions, e.g. "@results"
_ACTION = re.compile(r"[a-z][a-z_]{0,40}(:[a-z_]{1,40})?")
DIARY_DOCUMENTS = ("assessment_pack", "change_of_circumstances")
# Tables of a case this module knows how to check. A table added by a migration must be added
# here too (tests/storage/test_import_checks.py fails until it is).
CHECKED_TABLES = (
    "answers",
    "people",
    "letters",
    "consents",
    "diary_entries",
    "earnings",
    "events",
)


def letter_kinds() -> frozenset[str]:
    """The kinds of letter CarerHelp keeps: the letter specs in resources/letters/kinds/, and the
    documents made from the diary (carerhelp.letters.pack; a test keeps the two lists equal)."""
    from carerhelp.paths import resource

    specs = {path.stem for path in resource("letters", "kinds").glob("*.toml")}
    return frozenset(specs | set(DIARY_DOCUMENTS))


class ImportProblem(ValidationError):
    """What is wrong with the file's content, in words that can follow "it can't be imported:"."""


@dataclass
class CheckedCase:
    case: dict[str, Any]
    tables: dict[str, list[dict[str, Any]]]
    answers: dict[str, Any]
    needs_consent: bool = False
    health_answers: bool = False
    has_consent: bool = False
    consent_words: list[str] = field(default_factory=list)


# ----- single values ----------------------------------------------------------------------------
def _text(value: Any, where: str, limit: int, *, single_line: bool, required: bool) -> str:
    if value is None and not required:
        return ""
    if not isinstance(value, str):
        raise ImportProblem(f"{where} should be text")
    if len(value) > limit * 4:
        raise ImportProblem(f"{where} is longer than the {limit:,} characters CarerHelp keeps")
    cleaned = clean_text(value, single_line=single_line)
    if len(cleaned) > limit:
        raise ImportProblem(f"{where} is longer than the {limit:,} characters CarerHelp keeps")
    if required and not cleaned:
        raise ImportProblem(f"{where} is empty")
    return cleaned


def _name(value: Any, where: str) -> str | None:
    return _text(value, where, MAX_NAME, single_line=True, required=False) or None


def _stamp(value: Any, where: str, *, required: bool = True) -> str | None:
    if value is None and not required:
        return None
    if not isinstance(value, str) or len(value) > MAX_STAMP:
        raise ImportProblem(f"{where} should be a date and time")
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise ImportProblem(
            f"{where} ('{clean_text(value)[:40]}') is not a date and time"
        ) from None
    if not 1900 <= moment.year <= 2100:
        raise ImportProblem(f"{where} is not a date between 1900 and 2100")
    return value


def _whole(value: Any, where: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ImportProblem(f"{where} should be a whole number from {low} to {high}")
    return value


def _json(value: Any, where: str) -> Any:
    try:
        return loads_limited(value)
    except ValidationError as error:
        raise ImportProblem(f"{where} can't be used: {error}") from None


def _row(value: Any, where: str, allowed: set[str]) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ImportProblem(f"{where} should be a set of named values")
    unknown = sorted(
        str(k)
        for k, v in value.items()
        if k not in allowed and k not in ("id", "case_id") and v not in (None, "")
    )
    if unknown:
        raise NewerFile(unknown[0])  # a column this CarerHelp doesn't have
    return value


def _rows(tables: dict[str, Any], table: str) -> list[Any]:
    rows = tables.get(table, [])
    if not isinstance(rows, list):
        raise ImportProblem(f"its '{table}' should be a list")
    if len(rows) > MAX_ROWS:
        raise ImportProblem(f"it has more than {MAX_ROWS:,} rows in '{table}'")
    return rows


def _clean_deep(value: Any) -> Any:
    """Every string in a findings snapshot cleaned as typed text; other values kept."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, list):
        return [_clean_deep(item) for item in value]
    if isinstance(value, dict):
        return {clean_text(str(k)): _clean_deep(v) for k, v in value.items()}
    return value


def _pdf(value: Any, where: str) -> bytes:
    if not (isinstance(value, dict) and set(value) == {"$base64"}):
        raise ImportProblem(f"{where} has no PDF in it")
    encoded = value["$base64"]
    if not isinstance(encoded, str) or len(encoded) > MAX_PDF_BYTES * 4 // 3 + 8:
        raise ImportProblem(f"{where}'s PDF is missing or too big")
    try:
        pdf = base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError):
        raise ImportProblem(f"{where}'s PDF is damaged") from None
    if not pdf.startswith(b"%PDF-") or b"%%EOF" not in pdf[-2048:]:
        raise ImportProblem(f"{where} does not hold a real PDF")
    return pdf


# ----- answers -----------------------------------------------------------------------------------
def _answers(rows: list[Any], questionnaire: Any) -> tuple[dict[str, Any], dict[str, str]]:
    """The answers, parsed as typed ones are, and each answer's time."""
    raw: dict[str, Any] = {}
    times: dict[str, str] = {}
    for number, item in enumerate(rows, 1):
        row = _row(item, f"answer {number}", {"question_id", "value", "updated_at"})
        question_id = row.get("question_id")
        if not isinstance(question_id, str) or question_id not in questionnaire:
            shown = clean_text(str(question_id))[:40]
            raise ImportProblem(
                f"answer {number} is for a question CarerHelp doesn't ask ('{shown}')"
            )
        if question_id in raw:
            raise ImportProblem(f"the question '{question_id}' is answered twice")
        raw[question_id] = _json(row.get("value"), f"the answer to '{question_id}'")
        times[question_id] = str(_stamp(row.get("updated_at"), f"the answer to '{question_id}'"))
    return _parse_all(raw, questionnaire, "the answers"), times


def _parse_all(raw: dict[str, Any], questionnaire: Any, what: str) -> dict[str, Any]:
    try:
        return dict(questionnaire.parse_all(raw))
    except ValidationError as error:
        raise ImportProblem(f"{what} can't be used. {error}") from None


# ----- one case ----------------------------------------------------------------------------------
def check_case(payload: Any, questionnaire: Any) -> CheckedCase:
    """The case in an export's payload, every value checked and cleaned; ImportProblem if not."""
    if not isinstance(payload, dict) or not isinstance(payload.get("case"), dict):
        raise ImportProblem("it holds no case")
    tables = payload.get("tables", {})
    if not isinstance(tables, dict):
        raise ImportProblem("its tables should be a set of named lists")
    answer_rows = _rows(tables, "answers")
    answers, times = _answers(answer_rows, questionnaire)
    checked = CheckedCase(
        case=_case_row(payload["case"], questionnaire, answers),
        tables={},
        answers=answers,
    )
    checked.tables["answers"] = [
        {"question_id": q, "value": to_json(v), "updated_at": times[q]} for q, v in answers.items()
    ]
    for number, item in enumerate(_rows(tables, "people"), 1):
        row = _row(item, f"person {number}", {"position", "name"})
        _whole(row.get("position"), f"person {number}'s place", 1, 3)
    meaning = QuestionMeaning.of(questionnaire)
    checked.tables["people"] = [
        {"position": n, "name": answers[question_id]}
        for question_id, n in sorted(meaning.person_names.items(), key=lambda item: item[1])
        if isinstance(answers.get(question_id), str)
    ]
    checked.tables["letters"] = [
        _letter(item, number, questionnaire)
        for number, item in enumerate(_rows(tables, "letters"), 1)
    ]
    checked.tables["consents"] = [
        _consent(item, number) for number, item in enumerate(_rows(tables, "consents"), 1)
    ]
    checked.tables["diary_entries"] = _diary(_rows(tables, "diary_entries"), questionnaire)
    checked.tables["earnings"] = [
        _payment(item, number) for number, item in enumerate(_rows(tables, "earnings"), 1)
    ]
    checked.tables["events"] = [
        _event(item, number) for number, item in enumerate(_rows(tables, "events"), 1)
    ]
    unknown = sorted(t for t, rows in tables.items() if t not in CHECKED_TABLES and rows)
    if unknown:
        raise NewerFile(unknown[0])
    checked.health_answers = any(is_health(q, questionnaire) for q in answers)
    checked.needs_consent = bool(
        checked.health_answers or checked.tables["diary_entries"] or checked.tables["earnings"]
    )
    current = [
        c for c in checked.tables["consents"] if c["withdrawn_at"] is None and c["recorded_by"]
    ]
    checked.has_consent = bool(current)
    checked.consent_words = [c["covers"] for c in current]
    return checked


def is_health(question_id: str, questionnaire: Any) -> bool:
    """A health answer (tagged so in the questionnaire): the store asks consent for it."""
    return question_id in questionnaire.ids_tagged(Tag.HEALTH)


class NewerFile(ImportProblem):
    """The file has a table or column this CarerHelp doesn't know: a newer CarerHelp made it."""


CASE_COLUMNS = {
    "uid",
    "status",
    "archived",
    "current_question",
    "carer_name",
    "person_name",
    "nation",
    "council",
    "postcode",
    "notes",
    "created_at",
    "updated_at",
    "created_by",
}


def _case_row(item: Any, questionnaire: Any, answers: dict[str, Any]) -> dict[str, Any]:
    unknown = sorted(
        k for k, v in item.items() if k not in CASE_COLUMNS | {"id"} and v not in (None, "")
    )
    if unknown:
        raise NewerFile(unknown[0])
    row = item
    for column in ("carer_name", "person_name", "nation", "council", "postcode"):
        if row.get(column) is not None and not isinstance(row.get(column), str):
            raise ImportProblem(f"the case's '{column}' should be text")
    status = row.get("status", "in_progress")
    if status not in STATUSES:
        raise ImportProblem(
            f"the case's status ('{clean_text(str(status))[:40]}') is not one CarerHelp uses"
        )
    archived = row.get("archived", 0)
    if archived not in (0, 1) or (isinstance(archived, float)):
        raise ImportProblem("the case's 'archived' should be 0 or 1")
    position = row.get("current_question")
    if position is not None and not (
        isinstance(position, str) and (position in questionnaire or _SCREEN.fullmatch(position))
    ):
        raise ImportProblem("the case's place in the questions is not a question CarerHelp asks")
    uid = row.get("uid")
    case = {
        "uid": uid if isinstance(uid, str) and _UID.fullmatch(uid) else None,
        "status": status,
        "archived": int(archived),
        "current_question": position,
        "notes": _text(
            row.get("notes"), "the case's notes", MAX_NOTES, single_line=False, required=False
        ),
        "created_at": _stamp(row.get("created_at"), "the time the case was made"),
        "updated_at": _stamp(row.get("updated_at"), "the time the case was last changed"),
        "created_by": _name(row.get("created_by"), "the name of who made the case"),
    }
    for question_id, column in QuestionMeaning.of(questionnaire).key_fields.items():
        value = answers.get(question_id)
        case[column] = value if isinstance(value, str) else ""
    return case


def _letter(item: Any, number: int, questionnaire: Any) -> dict[str, Any]:
    where = f"letter {number}"
    row = _row(
        item,
        where,
        {"kind", "created_at", "pdf", "answers", "findings", "sent_at", "reply_at", "prepared_by"},
    )
    kind = row.get("kind")
    if not isinstance(kind, str) or kind not in letter_kinds():
        shown = clean_text(str(kind))[:40]
        raise ImportProblem(f"{where} is of a kind CarerHelp doesn't make ('{shown}')")
    answers = _json(row.get("answers"), f"{where}'s answers")
    if not isinstance(answers, dict):
        raise ImportProblem(f"{where}'s answers should be a set of answers")
    findings = _json(row.get("findings"), f"{where}'s findings")
    if not isinstance(findings, list) or not all(isinstance(f, dict) for f in findings):
        raise ImportProblem(f"{where}'s findings should be a list")
    return {
        "kind": kind,
        "created_at": _stamp(row.get("created_at"), f"the time {where} was made"),
        "pdf": _pdf(row.get("pdf"), where),
        "answers": to_json(_parse_all(answers, questionnaire, f"{where}'s answers")),
        "findings": to_json(_clean_deep(findings)),
        "sent_at": _stamp(row.get("sent_at"), f"the time {where} was sent", required=False),
        "reply_at": _stamp(row.get("reply_at"), f"the time {where} was answered", required=False),
        "prepared_by": _name(row.get("prepared_by"), f"who prepared {where}"),
    }


def _consent(item: Any, number: int) -> dict[str, Any]:
    where = f"consent {number}"
    row = _row(item, where, {"covers", "given_at", "recorded_by", "withdrawn_at", "withdrawn_by"})
    return {
        "covers": _text(
            row.get("covers"), f"what {where} covers", MAX_COVERS, single_line=False, required=True
        ),
        "given_at": _stamp(row.get("given_at"), f"when {where} was given"),
        "recorded_by": _name(row.get("recorded_by"), f"who recorded {where}"),
        "withdrawn_at": _stamp(
            row.get("withdrawn_at"), f"when {where} was withdrawn", required=False
        ),
        "withdrawn_by": _name(row.get("withdrawn_by"), f"who withdrew {where}"),
    }


def _diary(items: list[Any], questionnaire: Any) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    seen: set[tuple[int, str]] = set()
    columns = {"day", "person", "hours", "tasks", "nights", "feeling", "note", "updated_at"}
    for number, item in enumerate(items, 1):
        where = f"diary day {number}"
        row = _row(item, where, columns)
        tasks = _json(row.get("tasks", "[]"), f"{where}'s tasks")
        if not isinstance(tasks, list) or len(tasks) > MAX_TASKS:
            raise ImportProblem(f"{where}'s tasks should be a list")
        tasks = [
            _text(t, f"a task on {where}", MAX_NAME, single_line=True, required=True) for t in tasks
        ]
        known_tasks = [o.value for o in questionnaire.question("caring_tasks").options]
        day = row.get("day")
        if not isinstance(day, str) or len(day) > 10:
            raise ImportProblem(f"{where} should have a date")
        for column in ("feeling", "note"):
            if not isinstance(row.get(column) or "", str):
                raise ImportProblem(f"{where}'s {column} should be text")
        try:
            entry = make_entry(
                day,
                row.get("person"),  # type: ignore[arg-type]
                row.get("hours"),
                tasks,
                row.get("nights", 0),
                row.get("feeling", "") or "",
                row.get("note", "") if row.get("note") is not None else "",
                known_tasks=known_tasks,
            )
        except ValidationError as error:
            raise ImportProblem(f"{where} can't be used. {error}") from None
        key = (entry.person, entry.day.isoformat())
        if not isinstance(entry.day, date) or key in seen:
            raise ImportProblem(f"{where} repeats a day already in the diary")
        seen.add(key)
        rows.append(
            {
                "day": entry.day.isoformat(),
                "person": entry.person,
                "hours": entry.hours,
                "tasks": to_json(list(entry.tasks)),
                "nights": entry.nights,
                "feeling": entry.feeling,
                "note": entry.note,
                "updated_at": _stamp(row.get("updated_at"), f"when {where} was changed"),
            }
        )
    return rows


def _payment(item: Any, number: int) -> dict[str, Any]:
    where = f"payment {number}"
    columns = (
        "period_start",
        "period_end",
        "gross",
        "tax",
        "national_insurance",
        "pension",
        "care_costs",
        "expenses",
    )
    row = _row(item, where, {*columns, "note", "updated_at", "self_employed"})
    for column in columns:
        value = row.get(column, "0")
        if isinstance(value, str) and len(value) > 20:
            raise ImportProblem(f"{where}'s '{column}' is too long")
    note = row.get("note", "")
    if note is None:
        note = ""
    if not isinstance(note, str) or len(note) > MAX_NOTES:
        raise ImportProblem(f"{where}'s note should be text")
    try:
        pay = make_pay(
            row.get("period_start"),
            row.get("period_end"),
            row.get("gross"),
            row.get("tax", "0"),
            row.get("national_insurance", "0"),
            row.get("pension", "0"),
            row.get("care_costs", "0"),
            note,
            _flag(row.get("self_employed", 0), f"{where}'s 'self_employed'"),
            row.get("expenses", "0"),
        )
    except ValidationError as error:
        raise ImportProblem(f"{where} can't be used. {error}") from None
    return {
        "period_start": pay.start.isoformat(),
        "period_end": pay.end.isoformat(),
        "gross": str(pay.gross),
        "tax": str(pay.tax),
        "national_insurance": str(pay.national_insurance),
        "pension": str(pay.pension),
        "care_costs": str(pay.care_costs),
        "note": pay.note,
        "self_employed": int(pay.self_employed),
        "expenses": str(pay.expenses),
        "updated_at": _stamp(row.get("updated_at"), f"when {where} was changed"),
    }


def _flag(value: Any, what: str) -> bool:
    """A 0/1 column as it was exported (or true/false written by hand)."""
    if value in (0, 1, True, False):
        return bool(value)
    raise ImportProblem(f"{what} should be 0 or 1")


def _event(item: Any, number: int) -> dict[str, Any]:
    where = f"timeline entry {number}"
    columns = {"kind", "on_date", "how", "reference", "note", "letter", "appointment"}
    row = _row(item, where, {*columns, "recorded_at", "recorded_by"})
    raw: dict[str, Any] = {
        "kind": row.get("kind"),
        "on": row.get("on_date"),
        "how": row.get("how") or "",
        "reference": _text(row.get("reference"), where, 100, single_line=True, required=False),
        "note": _text(row.get("note"), where, 2000, single_line=False, required=False),
        "letter": _text(row.get("letter"), where, 40, single_line=True, required=False),
        "appointment": row.get("appointment") or None,
    }
    try:
        event = make_event(raw, where)
    except ValidationError as error:
        raise ImportProblem(f"{where} can't be used. {error}") from None
    return {
        "kind": event.kind.value,
        "on_date": event.on.isoformat(),
        "how": event.how,
        "reference": event.reference,
        "note": event.note,
        "letter": event.letter,
        "appointment": event.appointment.isoformat() if event.appointment else None,
        "recorded_at": _stamp(row.get("recorded_at"), f"when {where} was recorded"),
        "recorded_by": _name(row.get("recorded_by"), f"who recorded {where}"),
    }


# ----- the rest of an export-everything file -----------------------------------------------------
def check_audit(item: Any, number: int) -> dict[str, Any]:
    where = f"log entry {number}"
    row = _row(item, where, {"at", "action", "volunteer"})
    action = row.get("action")
    if not isinstance(action, str) or not _ACTION.fullmatch(action):
        raise ImportProblem(f"{where} is not an action CarerHelp records")
    case_id = row.get("case_id")
    if case_id is not None and (isinstance(case_id, bool) or not isinstance(case_id, int)):
        raise ImportProblem(f"{where}'s case should be a case number")
    return {
        "at": _stamp(row.get("at"), f"the time of {where}"),
        "action": action,
        "case_id": case_id,
        "volunteer": _name(row.get("volunteer"), f"who did {where}"),
    }


def check_volunteer(item: Any, number: int) -> dict[str, Any]:
    where = f"volunteer {number}"
    row = _row(item, where, {"name", "created_at", "last_seen"})
    name = _name(row.get("name"), f"{where}'s name")
    if not name:
        raise ImportProblem(f"{where} has no name")
    return {
        "name": name,
        "created_at": _stamp(row.get("created_at"), f"when {where} was added", required=False),
        "last_seen": _stamp(row.get("last_seen"), f"when {where} last signed in", required=False),
    }
