"""State Pension age by date of birth (Pensions Act 2014 s.26): 66, rising to 67 between 2026 and 2028."""

from __future__ import annotations

import calendar
from datetime import date

RISE_STARTS = date(1960, 4, 6)
"""People born before this reach State Pension age at 66 (or earlier, if born before 6 October 1954)."""
AT_67_FROM = date(1961, 3, 6)
"""People born on or after this (and before 6 April 1977) reach it at 67."""
LATER_RISE_FROM = date(1977, 4, 6)
"""From here the Pensions Act 2007 rise to 68 begins; such people are under 50 in 2026."""


def _add_months(day: date, months: int) -> date:
    year, month = divmod(day.month - 1 + months, 12)
    year, month = day.year + year, month + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def state_pension_date(born: date) -> date:
    """The day this person reaches State Pension age (at the earliest, for those born from 1977).

    Born 6 April 1960 to 5 March 1961: 66 years and 1 to 11 months, one more month for each
    month-long band (table 3 of the Pensions Act 1995 Schedule 4, as the 2014 Act rewrote it); a
    birthday missing from the later month (31 July 1960, 31 December 1960, 31 January 1961)
    falls on that month's last day.
    """
    at_66 = _add_months(born, 66 * 12)
    if born < RISE_STARTS:
        return at_66
    if born < AT_67_FROM:
        months = 1 + (_band_start_months(born))
        return _add_months(born, 66 * 12 + months)
    return _add_months(born, 67 * 12)


def _band_start_months(born: date) -> int:
    """Which month-long band (6th to 5th) of the table the birthday falls in, from 0."""
    band_month = born.month if born.day >= 6 else born.month - 1
    band_year = born.year if band_month >= 1 else born.year - 1
    band_month = band_month if band_month >= 1 else 12
    return (band_year - 1960) * 12 + band_month - 4


def reached_state_pension_age(born: date | None, age: int | None, on: date) -> bool | None:
    """Whether the person has reached State Pension age on `on`; None when the answers can't say."""
    if born is not None:
        return on >= state_pension_date(born)
    if age is None:
        return None
    if age < 66:
        return False
    if age >= 67:
        return True
    return None
