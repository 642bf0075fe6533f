"""Benefit rates and limits by date, read from resources/rates/, with a source for every figure."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from itertools import pairwise
from pathlib import Path

from carerhelp.domain.errors import ContentError

FIGURES = (
    "carers_allowance_weekly",
    "earnings_limit_weekly",
    "carer_support_payment_weekly",
    "carers_allowance_ni_weekly",
    "uc_carer_element_monthly",
    "carers_allowance_supplement",
)
"""Every period must say something about each of these, even if only that it is unconfirmed."""


@dataclass(frozen=True)
class Figure:
    amount: Decimal | None
    source: str

    @property
    def confirmed(self) -> bool:
        return self.amount is not None


@dataclass(frozen=True)
class Period:
    name: str
    start: date
    end: date
    figures: dict[str, Figure]

    def figure(self, key: str) -> Figure:
        return self.figures.get(key, Figure(None, "no figure held"))


@dataclass(frozen=True)
class RateLookup:
    period: Period
    stale: bool
    on: date

    def figure(self, key: str) -> Figure:
        return self.period.figure(key)

    def staleness_note(self) -> str:
        if not self.stale:
            return ""
        return (
            f" These figures are for {self.period.name} and may be out of date: check the current "
            "amounts on GOV.UK, mygov.scot or nidirect."
        )


@dataclass(frozen=True)
class Rates:
    periods: tuple[Period, ...]

    def on(self, day: date) -> RateLookup:
        """The period in force on `day`; after the last known period, that period, marked stale."""
        for period in self.periods:
            if period.start <= day <= period.end:
                return RateLookup(period, stale=False, on=day)
        if day > self.periods[-1].end:
            return RateLookup(self.periods[-1], stale=True, on=day)
        return RateLookup(self.periods[0], stale=True, on=day)


def load_rates(path: Path | None = None) -> Rates:
    """Read and check the rates file. ContentError names the period, figure and problem for each."""
    if path is None:
        from carerhelp.paths import resource

        path = resource("rates", "rates.toml")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise ContentError(
            f"CarerHelp's rates file {path.name} can't be read ({error})."
        ) from error
    problems: list[str] = []
    periods: list[Period] = []
    for raw in data.get("periods", []):
        name = raw.get("name", "?")
        start, end = raw.get("from"), raw.get("to")
        if not isinstance(start, date) or not isinstance(end, date) or start > end:
            problems.append(f"{path.name}, period {name}: 'from' and 'to' must be dates in order")
            continue
        figures: dict[str, Figure] = {}
        for key, value in raw.get("figures", {}).items():
            if not isinstance(value, dict) or not value.get("source"):
                problems.append(f"{path.name}, period {name}, {key}: every figure needs a source")
                continue
            amount = value.get("amount")
            if value.get("confirmed", True) is False:
                figures[key] = Figure(None, value["source"])
            elif isinstance(amount, int | float) and not isinstance(amount, bool):
                figures[key] = Figure(
                    Decimal(str(amount)).quantize(Decimal("0.01")), value["source"]
                )
            else:
                problems.append(f"{path.name}, period {name}, {key}: 'amount' must be a number")
        for key in sorted(set(raw.get("figures", {})) - set(FIGURES)):
            problems.append(f"{path.name}, period {name}, {key}: CarerHelp doesn't use this figure")
        for key in FIGURES:
            if key not in raw.get("figures", {}):
                problems.append(
                    f"{path.name}, period {name}, {key}: missing (give the amount and its source, "
                    "or confirmed = false)"
                )
        periods.append(Period(name, start, end, figures))
    periods.sort(key=lambda period: period.start)
    if not periods:
        problems.append(f"{path.name}: no rate periods")
    for earlier, later in pairwise(periods):
        if later.start <= earlier.end:
            problems.append(f"{path.name}: periods {earlier.name} and {later.name} overlap")
    if problems:
        raise ContentError(
            "CarerHelp's rates file has problems:\n" + "\n".join(f"- {p}" for p in problems)
        )
    return Rates(tuple(periods))


def money(amount: Decimal) -> str:
    """An amount as a carer reads it: £1,234.50."""
    return f"£{amount:,.2f}"
