"""The earnings log: pay with its allowable deductions, each week set against the earnings limit."""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from carerhelp.domain.diary import week_start
from carerhelp.domain.errors import ContentError, ValidationError
from carerhelp.domain.language import check_language, pick
from carerhelp.domain.rates import Rates
from carerhelp.domain.text import clean_text

PENNY = Decimal("0.01")
ZERO = Decimal("0")
NEAR = Decimal("10.00")
"""A week within this much of the limit is warned about before it goes over."""
MAX_PAY = Decimal("100000")
MAX_TAKINGS = Decimal("1000000")
"""A self-employed period can be a whole year's takings."""
MAX_PERIOD_DAYS = 31
MAX_SELF_EMPLOYED_DAYS = 366
"""Self-employed earnings are averaged over a year, or a shorter period that fits better."""


def _pounds(value: Any, what: str, most: Decimal = MAX_PAY) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, int | float | str | Decimal):
        raise ValidationError(f"{what} must be an amount of money, like 123.45.")
    try:
        amount = Decimal(str(value).strip().lstrip("£").replace(",", "") or "0")
    except InvalidOperation:
        raise ValidationError(f"{what} must be an amount of money, like 123.45.") from None
    if not amount.is_finite() or amount < 0 or amount > most:
        raise ValidationError(f"{what} must be between £0 and £{most:,.0f}.")
    if amount != amount.quantize(PENNY):
        raise ValidationError(f"{what} can have at most 2 decimal places (pence).")
    return amount.quantize(PENNY)


def _day(value: Any, what: str) -> date:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise ValidationError(f"{what} must be a date, written as YYYY-MM-DD.") from None


@dataclass(frozen=True)
class PayEntry:
    """One payment: the period it was earned in, and what was taken off it. A self-employed
    entry is a period's takings instead: its profit is averaged over the whole period."""

    start: date
    end: date
    gross: Decimal
    tax: Decimal = ZERO
    national_insurance: Decimal = ZERO
    pension: Decimal = ZERO
    """What the carer paid into a pension: half of it is taken off."""
    care_costs: Decimal = ZERO
    """Paid to someone (not a close relative) to care while the carer works."""
    note: str = ""
    self_employed: bool = False
    """Takings from working for yourself (`gross`), less business expenses, for a period of up
    to a year (SI 1996/2745 regs 11 to 13; SSI 2023/302 schedule 2 paragraphs 10 and 12)."""
    expenses: Decimal = ZERO
    """Business expenses, wholly and exclusively for the work (self-employed only)."""

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def is_month(self) -> bool:
        """A calendar month's pay (1 March to 31 March, or 15 March to 14 April)."""
        following = _add_month(self.start)
        return following is not None and self.end == following - timedelta(days=1)

    @property
    def profit(self) -> Decimal:
        """Self-employed takings less business expenses (never below nothing); pay otherwise."""
        return max(self.gross - self.expenses, ZERO)

    @property
    def net(self) -> Decimal:
        """Pay (or profit) after tax, National Insurance and half the pension contributions."""
        value = self.profit - self.tax - self.national_insurance - self.pension / 2
        return max(value, ZERO).quantize(PENNY, ROUND_HALF_UP)

    @property
    def care_deduction(self) -> Decimal:
        """Care costs, up to half of the net pay."""
        return min(self.care_costs, self.net / 2).quantize(PENNY, ROUND_HALF_UP)

    @property
    def counted(self) -> Decimal:
        """What counts against the earnings limit, for the whole period."""
        return self.net - self.care_deduction

    @property
    def weekly(self) -> Decimal:
        """The period's counted pay as a weekly amount: a month as 12/52, else by its days.
        Self-employed profit is the average week over the whole period, by its days."""
        if self.days == 7:
            return self.counted
        if self.is_month and not self.self_employed:
            return (self.counted * 12 / 52).quantize(PENNY, ROUND_HALF_UP)
        return (self.counted * 7 / self.days).quantize(PENNY, ROUND_HALF_UP)

    def to_json(self) -> dict[str, Any]:
        found: dict[str, Any] = {
            "from": self.start.isoformat(),
            "to": self.end.isoformat(),
            "gross": str(self.gross),
            "tax": str(self.tax),
            "national_insurance": str(self.national_insurance),
            "pension": str(self.pension),
            "care_costs": str(self.care_costs),
            "note": self.note,
        }
        if self.self_employed:
            found.update(self_employed=True, expenses=str(self.expenses))
        return found


def _add_month(day: date) -> date | None:
    year, month = (day.year + 1, 1) if day.month == 12 else (day.year, day.month + 1)
    try:
        return day.replace(year=year, month=month)
    except ValueError:  # 31 January + a month: no 31 February, so not a calendar month
        return None


def make_pay(
    start: Any,
    end: Any,
    gross: Any,
    tax: Any = 0,
    national_insurance: Any = 0,
    pension: Any = 0,
    care_costs: Any = 0,
    note: str = "",
    self_employed: bool = False,
    expenses: Any = 0,
) -> PayEntry:
    """A checked payment; ValidationError with a plain message for anything that can't be kept.
    A self-employed entry (`self_employed`) is a period of up to a year: `gross` is its takings
    and `expenses` its business expenses."""
    if not isinstance(self_employed, bool):
        raise ValidationError("Say whether the earnings are from working for yourself.")
    first, last = _day(start, "The first day the pay is for"), _day(end, "The last day")
    if last < first:
        raise ValidationError("The pay period must end on or after the day it starts.")
    if self_employed and (last - first).days + 1 > MAX_SELF_EMPLOYED_DAYS:
        raise ValidationError("A self-employed period can be at most a year.")
    if not self_employed and (last - first).days + 1 > MAX_PERIOD_DAYS:
        raise ValidationError("A pay period can be at most a month (31 days).")
    most = MAX_TAKINGS if self_employed else MAX_PAY
    entry = PayEntry(
        first,
        last,
        _pounds(gross, "Your takings" if self_employed else "Your pay before deductions", most),
        _pounds(tax, "The Income Tax", most),
        _pounds(national_insurance, "The National Insurance", most),
        _pounds(pension, "The pension contribution", most),
        _pounds(care_costs, "The care costs", most),
        clean_text(note if isinstance(note, str) else "", single_line=True),
        self_employed,
        _pounds(expenses, "The business expenses", most),
    )
    if not self_employed and entry.expenses:
        raise ValidationError(
            "Business expenses are taken off only for earnings from working for yourself."
        )
    if not self_employed and entry.tax + entry.national_insurance + entry.pension > entry.gross:
        raise ValidationError(
            "The tax, National Insurance and pension add up to more than the pay before "
            "deductions. Check the amounts on the payslip."
        )
    return entry


def pay_from_json(rows: object) -> list[PayEntry]:
    """Payments from an answers file's `earnings` list; one ValidationError lists every problem."""
    if not isinstance(rows, list):
        raise ValidationError("The earnings must be a list of payments.")
    entries: list[PayEntry] = []
    problems: list[str] = []
    for number, row in enumerate(rows, start=1):
        if not isinstance(row, Mapping):
            problems.append(f"payment {number}: not an object")
            continue
        try:
            entries.append(
                make_pay(
                    row.get("from"),
                    row.get("to"),
                    row.get("gross"),
                    row.get("tax", 0),
                    row.get("national_insurance", 0),
                    row.get("pension", 0),
                    row.get("care_costs", 0),
                    row.get("note", "") or "",
                    row.get("self_employed", False),
                    row.get("expenses", 0),
                )
            )
        except ValidationError as error:
            problems.append(f"payment {number}: {error.message}")
    if problems:
        raise ValidationError(
            "The earnings have problems:\n" + "\n".join(f"- {p}" for p in problems)
        )
    return sorted(entries, key=lambda e: (e.start, e.end))


@dataclass(frozen=True)
class EarningsWeek:
    """One Sunday-to-Saturday week's counted earnings against the limit in force."""

    start: date
    earnings: Decimal
    limit: Decimal | None
    """None when CarerHelp holds no confirmed limit for the week."""
    limit_changed: bool = False
    """The limit changed during this week: the lower one is used, to be safe."""
    higher_limit: Decimal | None = None
    """When the limit changed during the week, the higher of the two."""

    @property
    def end(self) -> date:
        return self.start + timedelta(days=6)

    @property
    def over(self) -> bool:
        return self.limit is not None and self.earnings > self.limit

    @property
    def between_limits(self) -> bool:
        """The limit changed this week and the earnings lie between the old and the new one, so
        which limit counts decides whether the week is over: no source settled that."""
        return (
            self.limit_changed
            and self.limit is not None
            and self.higher_limit is not None
            and self.limit < self.earnings <= self.higher_limit
        )

    @property
    def room(self) -> Decimal | None:
        """How much more could be earned this week before going over (negative when over)."""
        return None if self.limit is None else self.limit - self.earnings

    @property
    def near(self) -> bool:
        room = self.room
        return room is not None and ZERO <= room <= NEAR

    @property
    def flag(self) -> str:
        """The week's standing in words (never colour alone)."""
        if self.limit is None:
            return "No confirmed limit for this week"
        if self.over:
            return f"Over the limit by £{self.earnings - self.limit:,.2f}"
        if self.near:
            return f"Close to the limit: £{self.room:,.2f} to spare"
        return "Under the limit"


def limit_for_week(start: date, rates: Rates) -> tuple[Decimal | None, bool]:
    """The weekly earnings limit for the week beginning `start`, and whether it changed during
    the week (then the lower figure is used, so a warning is never late)."""
    figures = {
        rates.on(start + timedelta(days=n)).figure("earnings_limit_weekly") for n in range(7)
    }
    amounts = [f.amount for f in figures]
    if any(a is None for a in amounts):
        return None, len(figures) > 1
    known = [a for a in amounts if a is not None]
    return min(known), len(set(known)) > 1


def weekly_earnings(entries: Iterable[PayEntry]) -> dict[date, Decimal]:
    """Each week's counted earnings: every payment shared over the days it was earned."""
    totals: dict[date, Decimal] = {}
    for entry in entries:
        daily = entry.weekly / 7
        day = entry.start
        while day <= entry.end:
            start = week_start(day)
            totals[start] = totals.get(start, ZERO) + daily
            day += timedelta(days=1)
    return {start: amount.quantize(PENNY, ROUND_HALF_UP) for start, amount in totals.items()}


def earnings_weeks(entries: Sequence[PayEntry], rates: Rates) -> list[EarningsWeek]:
    """Every week the log covers, in order, each against the limit in force in that week."""
    weeks: list[EarningsWeek] = []
    for start, amount in sorted(weekly_earnings(entries).items()):
        limit, changed = limit_for_week(start, rates)
        higher = _highest_limit(start, rates) if changed else None
        weeks.append(EarningsWeek(start, amount, limit, changed, higher))
    return weeks


def _highest_limit(start: date, rates: Rates) -> Decimal | None:
    amounts = [
        rates.on(start + timedelta(days=n)).figure("earnings_limit_weekly").amount for n in range(7)
    ]
    known = [a for a in amounts if a is not None]
    return max(known) if known else None


def weeks_over(entries: Sequence[PayEntry], rates: Rates) -> list[EarningsWeek]:
    return [week for week in earnings_weeks(entries, rates) if week.over]


def warnings_for(new: PayEntry, existing: Sequence[PayEntry], rates: Rates) -> list[EarningsWeek]:
    """The weeks that adding `new` would put over the limit, or close to it: asked before
    the payment is kept, so the carer is warned before a week goes over."""
    before = {w.start: w for w in earnings_weeks(existing, rates)}
    touched = {week_start(new.start + timedelta(days=n)) for n in range(new.days)}
    return [
        week
        for week in earnings_weeks([*existing, new], rates)
        if week.start in touched
        and (week.over or week.near)
        and (week.start not in before or before[week.start].earnings != week.earnings)
    ]


def average(weeks: Sequence[EarningsWeek]) -> Decimal:
    """The plain average of some weeks' earnings (shown as an illustration, never as a ruling)."""
    if not weeks:
        return ZERO
    return (sum((w.earnings for w in weeks), ZERO) / len(weeks)).quantize(PENNY, ROUND_HALF_UP)


@dataclass(frozen=True)
class Rule:
    text: str
    source: str
    url: str
    checked: date


@dataclass(frozen=True)
class Deduction:
    id: str
    label: str
    rule: str
    source: str
    url: str
    checked: date


@dataclass(frozen=True)
class Office:
    name: str
    benefit: str
    how: str
    url: str


@dataclass(frozen=True)
class EarningsRules:
    """resources/earnings/rules.toml: the week, the deductions, averaging and where to report."""

    week: Rule
    deductions: tuple[Deduction, ...]
    pay_periods: Rule
    averaging: Mapping[str, tuple[str, tuple[str, ...], Rule]]
    offices: Mapping[str, Office]
    self_employed: tuple[str, tuple[str, ...], Rule] = ("", (), Rule("", "", "", date.min))
    """How self-employed earnings count, and what to keep: title, paragraphs, source."""
    limit_change: Rule = Rule("", "", "", date.min)
    """What to check for a week in which the limit changed (`text` takes {office})."""
    lang: str = "en"
    """The language the words above are in."""

    def benefit_key(self, nation: str) -> str:
        """Which benefit's rules apply where the carer lives."""
        if nation == "scotland":
            return "carer_support_payment"
        return "carers_allowance"

    def office(self, nation: str) -> Office:
        key = {"scotland": "carer_support_payment", "northern_ireland": "carers_allowance_ni"}
        return self.offices[key.get(nation, "carers_allowance")]

    def averaging_for(self, nation: str) -> tuple[str, tuple[str, ...], Rule]:
        return self.averaging[self.benefit_key(nation)]


def _rule(raw: Any, where: str, problems: list[str], lang: str = "en") -> Rule:
    if not isinstance(raw, dict):
        problems.append(f"{where}: missing")
        return Rule("", "", "", date.min)
    for key in ("source", "url", "checked"):
        if not raw.get(key):
            problems.append(f"{where}: every rule needs a {key}")
    checked = raw.get("checked")
    text = raw.get("text", "")
    return Rule(
        pick(text, lang, f"{where}.text", problems) if not isinstance(text, list) else "",
        str(raw.get("source", "")),
        str(raw.get("url", "")),
        checked if isinstance(checked, date) else date.min,
    )


def _paragraphs(raw: Any, lang: str, where: str, problems: list[str]) -> list[Any]:
    """A list of paragraphs in `lang`: a plain list is English; `{ en = […], cy = […] }` has both."""
    if isinstance(raw, list):
        if lang != "en":
            problems.append(f"{where} has no Welsh words (write it as {{ en = […], cy = […] }})")
            return []
        return raw
    if isinstance(raw, dict):
        if not isinstance(raw.get(lang), list) and isinstance(raw.get("en"), list):
            problems.append(f"{where} has no Welsh words (cy)")
        found = raw.get(lang, [])
        return found if isinstance(found, list) else []
    return []


def load_earnings_rules(path: Path | None = None, lang: str = "en") -> EarningsRules:
    """Read and check resources/earnings/rules.toml; ContentError lists every problem.

    What a carer reads (each rule's text, a deduction's label and rule, the averaging title and
    paragraphs, an office's name, benefit and how to report) is read in `lang` (see
    carerhelp.domain.language); sources are cited as they are written."""
    check_language(lang)
    if path is None:
        from carerhelp.paths import resource

        path = resource("earnings", "rules.toml")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise ContentError(
            f"CarerHelp's earnings rules {path.name} can't be read ({error})."
        ) from error
    problems: list[str] = []
    week = _rule(data.get("week"), "week", problems, lang)
    periods = _rule(data.get("pay_periods"), "pay_periods", problems, lang)
    deductions: list[Deduction] = []
    for raw in data.get("deductions", []):
        where = f"deduction {raw.get('id', '?')}"
        rule = _rule(raw, where, problems, lang)
        deductions.append(
            Deduction(
                str(raw.get("id", "")),
                pick(raw.get("label", ""), lang, f"{where}.label", problems),
                pick(raw.get("rule", ""), lang, f"{where}.rule", problems),
                rule.source,
                rule.url,
                rule.checked,
            )
        )
    wanted = ["tax", "national_insurance", "pension", "care_costs"]
    if [d.id for d in deductions] != wanted:
        problems.append(f"deductions: must be {', '.join(wanted)}, in that order")
    averaging: dict[str, tuple[str, tuple[str, ...], Rule]] = {}
    for key in ("carers_allowance", "carer_support_payment"):
        averaging[key] = _titled(
            data.get("averaging", {}).get(key), f"averaging.{key}", lang, problems
        )
    self_employed = _titled(data.get("self_employed"), "self_employed", lang, problems)
    limit_change = _rule(data.get("limit_change"), "limit_change", problems, lang)
    if "{office}" not in limit_change.text:
        problems.append("limit_change: its text must name the {office} to ask")
    offices: dict[str, Office] = {}
    for key in ("carers_allowance", "carers_allowance_ni", "carer_support_payment"):
        raw = data.get("report_to", {}).get(key)
        where = f"report_to.{key}"
        rule = _rule(raw, where, problems, lang)
        if not isinstance(raw, dict) or not raw.get("name") or not raw.get("how"):
            problems.append(f"{where}: needs a name and how to report")
            continue
        offices[key] = Office(
            pick(raw["name"], lang, f"{where}.name", problems),
            pick(raw.get("benefit", ""), lang, f"{where}.benefit", problems),
            pick(raw["how"], lang, f"{where}.how", problems),
            rule.url,
        )
    if problems:
        raise ContentError(
            "CarerHelp's earnings rules have problems:\n" + "\n".join(f"- {p}" for p in problems)
        )
    return EarningsRules(
        week, tuple(deductions), periods, averaging, offices, self_employed, limit_change, lang
    )


def _titled(
    raw: Any, where: str, lang: str, problems: list[str]
) -> tuple[str, tuple[str, ...], Rule]:
    """A titled rule with paragraphs of text (`averaging.*`, `self_employed`)."""
    rule = _rule(raw, where, problems, lang)
    raw = raw if isinstance(raw, dict) else {}
    lines = _paragraphs(raw.get("text"), lang, f"{where}.text", problems)
    if not lines or not all(isinstance(line, str) and line for line in lines):
        problems.append(f"{where}: 'text' must be a list of paragraphs")
        lines = []
    title = pick(raw.get("title", ""), lang, f"{where}.title", problems)
    return title, tuple(lines), rule
