"""Rates by date: the period boundaries, stale figures, unconfirmed figures and a checked file."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from carerhelp.domain.errors import ContentError
from carerhelp.domain.rates import FIGURES, load_rates, money
from carerhelp.paths import resource

RATES = load_rates()


def test_every_known_figure_has_a_source_in_every_period():
    names = [period.name for period in RATES.periods]
    assert {"2025-26", "2026-27"} <= set(names)
    for period in RATES.periods:
        assert set(period.figures) == set(FIGURES), period.name
        for key, figure in period.figures.items():
            assert figure.source.strip(), (period.name, key)


@pytest.mark.parametrize(
    ("day", "period", "stale"),
    [
        (date(2025, 4, 5), "2025-26", True),  # before the first period we know
        (date(2025, 4, 6), "2025-26", False),
        (date(2026, 4, 5), "2025-26", False),
        (date(2026, 4, 6), "2026-27", False),
        (date(2026, 11, 22), "2026-27", False),
        (date(2027, 4, 5), "2026-27", False),
        (date(2027, 4, 6), "2026-27", True),
    ],
)
def test_the_tax_year_picks_the_period(day: date, period: str, stale: bool):
    lookup = RATES.on(day)
    assert (lookup.period.name, lookup.stale) == (period, stale)
    assert ("may be out of date" in lookup.staleness_note()) is stale


def test_confirmed_figures_are_exact_and_unconfirmed_ones_have_no_amount():
    y2025, y2026 = RATES.on(date(2025, 6, 1)), RATES.on(date(2026, 11, 22))
    assert y2025.figure("carers_allowance_weekly").amount == Decimal("83.30")
    assert y2025.figure("earnings_limit_weekly").amount == Decimal("196.00")
    assert y2026.figure("carers_allowance_weekly").amount == Decimal("86.45")
    assert y2026.figure("earnings_limit_weekly").amount == Decimal("204.00")
    for key in (
        "carers_allowance_ni_weekly",
        "carer_support_payment_weekly",
        "carers_allowance_supplement",
    ):
        assert not y2026.figure(key).confirmed, key
    assert money(Decimal("1234.5")) == "£1,234.50"


def test_a_broken_rates_file_reports_every_problem(tmp_path: Path):
    text = resource("rates", "rates.toml").read_text(encoding="utf-8")
    text = text.replace("to = 2026-04-05", "to = 2026-05-01")  # overlaps 2026-27
    text = text.replace(
        'earnings_limit_weekly = { amount = 204.00, source = "GOV.UK proposed rates 2026 to 2027 (R25), Carers UK (R26)" }',
        'earnings_limit_weekly = { amount = "lots", source = "somewhere" }',
    )
    text = text.replace(
        'uc_carer_element_monthly = { amount = 201.68, source = "UC carer element 2025/26 (R33)" }',
        "uc_carer_element_monthly = { amount = 201.68 }",
    )
    text = text.replace(
        'carers_allowance_supplement = { confirmed = false, source = "no source confirmed the 2026-27 amount" }\n',
        "",
    )
    path = tmp_path / "rates.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_rates(path)
    message = str(caught.value)
    assert "periods 2025-26 and 2026-27 overlap" in message
    assert "period 2026-27, earnings_limit_weekly: 'amount' must be a number" in message
    assert "period 2025-26, uc_carer_element_monthly: every figure needs a source" in message
    assert "period 2026-27, carers_allowance_supplement: missing" in message


def test_an_unreadable_rates_file_is_named(tmp_path: Path):
    path = tmp_path / "rates.toml"
    path.write_text("periods = [", encoding="utf-8")
    with pytest.raises(ContentError, match=r"rates\.toml can.t be read"):
        load_rates(path)
