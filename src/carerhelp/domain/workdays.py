"""Working days in each part of the UK: no Saturdays, Sundays or that nation's bank holidays."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from carerhelp.domain.errors import ContentError

DIVISIONS = ("england_and_wales", "scotland", "northern_ireland")


@dataclass(frozen=True)
class BankHolidays:
    """Each division's bank holidays, known up to `until` (beyond it: weekends only)."""

    days: dict[str, frozenset[date]]
    until: date
    source: str
    checked: date

    def is_working_day(self, day: date, division: str) -> bool:
        return day.weekday() < 5 and day not in self.days[division]

    def add_working_days(self, start: date, count: int, division: str) -> date:
        """The `count`th working day after `start` (start itself not counted; count >= 0)."""
        if count < 0:
            raise ValueError("count must not be negative")
        if division not in self.days:
            raise KeyError(f"no bank holidays for {division!r}")
        day = start
        left = count
        while left:
            day += timedelta(days=1)
            if self.is_working_day(day, division):
                left -= 1
        return day

    def working_days_between(self, start: date, end: date, division: str) -> int:
        """Working days after `start` up to and including `end` (0 if end <= start)."""
        count = 0
        day = start
        while day < end:
            day += timedelta(days=1)
            if self.is_working_day(day, division):
                count += 1
        return count

    def known(self, day: date) -> bool:
        """True when the bank holidays for `day` are in the data (so a count is exact)."""
        return day <= self.until


def load_bank_holidays(path: Path | None = None) -> BankHolidays:
    """Read resources/timescales/bank_holidays.toml, checking every date is a weekday."""
    if path is None:
        from carerhelp.paths import resource

        path = resource("timescales", "bank_holidays.toml")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise ContentError(f"CarerHelp's list of bank holidays can't be read ({error}).") from None
    problems: list[str] = []
    days: dict[str, frozenset[date]] = {}
    for division in DIVISIONS:
        listed = data.get(division, {}).get("dates")
        if not isinstance(listed, list) or not listed:
            problems.append(f"{division}: no dates")
            continue
        for day in listed:
            if not isinstance(day, date) or day.weekday() >= 5:
                problems.append(f"{division}: {day} is not a weekday date")
        days[division] = frozenset(d for d in listed if isinstance(d, date))
    until, checked, source = data.get("until"), data.get("checked"), data.get("source")
    if not isinstance(until, date) or not isinstance(checked, date) or not source:
        problems.append("until, checked and source are all needed")
    if problems:
        raise ContentError(
            f"CarerHelp's list of bank holidays ({path.name}) has problems: " + "; ".join(problems)
        )
    assert isinstance(until, date) and isinstance(checked, date)
    return BankHolidays(days=days, until=until, source=str(source), checked=checked)
