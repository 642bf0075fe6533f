"""The earnings log: deductions, pay periods as weeks, and each week against the limit in force."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from carerhelp.domain.earnings import (
    average,
    earnings_weeks,
    limit_for_week,
    load_earnings_rules,
    make_pay,
    pay_from_json,
    warnings_for,
    weekly_earnings,
    weeks_over,
)
from carerhelp.domain.errors import ContentError, ValidationError
from carerhelp.domain.rates import load_rates

RATES = load_rates()
D = Decimal


def test_deductions_tax_ni_half_the_pension_and_care_costs_up_to_half() -> None:
    pay = make_pay("2026-11-01", "2026-11-07", "300", "20", "10", "40", "0")
    assert pay.net == D("250.00")  # 300 - 20 - 10 - 40/2
    assert pay.counted == D("250.00") and pay.weekly == D("250.00")
    cared = make_pay("2026-11-01", "2026-11-07", "300", "20", "10", "40", "60")
    assert cared.counted == D("190.00")
    capped = make_pay("2026-11-01", "2026-11-07", "300", "20", "10", "40", "200")
    assert capped.care_deduction == D("125.00") and capped.counted == D("125.00")


def test_a_calendar_month_counts_as_twelve_fifty_seconds() -> None:
    month = make_pay("2026-11-01", "2026-11-30", "1000")
    assert month.is_month and month.weekly == D("230.77")  # 1000 * 12 / 52
    mid = make_pay("2026-11-15", "2026-12-14", "1000")
    assert mid.is_month
    four_weeks = make_pay("2026-11-01", "2026-11-28", "800")
    assert not four_weeks.is_month and four_weeks.weekly == D("200.00")


def test_limits_on_both_sides_of_6_april() -> None:
    before, changed = limit_for_week(date(2026, 3, 29), RATES)
    assert (before, changed) == (D("196.00"), False)
    spanning, changed = limit_for_week(date(2026, 4, 5), RATES)  # Sun 5 to Sat 11 April
    assert (spanning, changed) == (D("196.00"), True)  # the lower limit, to be safe
    after, changed = limit_for_week(date(2026, 4, 12), RATES)
    assert (after, changed) == (D("204.00"), False)


def test_200_a_week_is_over_in_march_and_under_after_april() -> None:
    pays = [
        make_pay(f"2026-{start}", f"2026-{end}", "200")
        for start, end in (("03-29", "04-04"), ("04-05", "04-11"), ("04-12", "04-18"))
    ]
    weeks = earnings_weeks(pays, RATES)
    assert [(w.start, w.over) for w in weeks] == [
        (date(2026, 3, 29), True),
        (date(2026, 4, 5), True),
        (date(2026, 4, 12), False),
    ]
    assert weeks[0].flag == "Over the limit by £4.00"
    assert weeks[2].flag == "Close to the limit: £4.00 to spare"
    assert [w.start for w in weeks_over(pays, RATES)] == [date(2026, 3, 29), date(2026, 4, 5)]


def test_monthly_pay_is_shared_over_the_weeks_it_was_earned() -> None:
    weeks = weekly_earnings([make_pay("2026-12-01", "2026-12-31", "868.00")])
    # 868 * 12 / 52 = 200.31 a week; Tue 1 Dec to Sat 5 Dec is 5 of the 7 days of that week
    assert weeks[date(2026, 11, 29)] == D("143.08")
    assert weeks[date(2026, 12, 6)] == D("200.31")
    assert weeks[date(2026, 12, 27)] == D(
        "143.08"
    )  # Sun 27 to Thu 31 December, across the year end


def test_warns_before_a_week_goes_over() -> None:
    existing = [make_pay("2026-11-01", "2026-11-07", "150")]
    extra = make_pay("2026-11-05", "2026-11-05", "60")  # one day's pay: 60 in that week
    warned = warnings_for(extra, existing, RATES)
    assert [(w.start, w.earnings, w.over) for w in warned] == [
        (date(2026, 11, 1), D("210.00"), True)
    ]
    small = make_pay("2026-11-05", "2026-11-05", "50")
    assert [w.near for w in warnings_for(small, existing, RATES)] == [True]
    tiny = make_pay("2026-11-05", "2026-11-05", "5")
    assert warnings_for(tiny, existing, RATES) == []


def test_average_is_plain_arithmetic() -> None:
    pays = [
        make_pay("2026-11-01", "2026-11-07", "250"),
        make_pay("2026-11-08", "2026-11-14", "100"),
    ]
    assert average(earnings_weeks(pays, RATES)) == D("175.00")


def test_bad_pay_is_refused_plainly() -> None:
    with pytest.raises(ValidationError, match="2 decimal places"):
        make_pay("2026-11-01", "2026-11-07", "1.234")
    with pytest.raises(ValidationError, match="more than the pay"):
        make_pay("2026-11-01", "2026-11-07", "100", "90", "20")
    with pytest.raises(ValidationError, match="at most a month"):
        make_pay("2026-11-01", "2026-12-07", "100")
    with pytest.raises(ValidationError, match="payment 2: The pay period must end"):
        pay_from_json(
            [
                {"from": "2026-11-01", "to": "2026-11-07", "gross": 1},
                {"from": "2026-11-08", "to": "2026-11-01", "gross": 1},
            ]
        )


def test_rules_carry_a_source_and_date_for_every_point() -> None:
    rules = load_earnings_rules()
    assert [d.id for d in rules.deductions] == [
        "tax",
        "national_insurance",
        "pension",
        "care_costs",
    ]
    for deduction in rules.deductions:
        assert deduction.url.startswith("https://") and deduction.checked == date(2026, 12, 1)
    assert rules.office("scotland").name == "Social Security Scotland"
    assert rules.office("wales").name == "Carer's Allowance Unit"
    assert "Sunday" in rules.week.text
    _title, paragraphs, rule = rules.averaging_for("england")
    assert any("5 weeks" in p for p in paragraphs) and "Sayce" in rule.source


def test_rules_without_a_source_are_refused(tmp_path) -> None:
    from carerhelp.paths import resource

    text = resource("earnings", "rules.toml").read_text(encoding="utf-8")
    broken = tmp_path / "rules.toml"
    broken.write_text(
        text.replace('url = "https://www.gov.uk/carers-allowance-report-change"\n', "")
    )
    with pytest.raises(ContentError, match=r"report_to\.carers_allowance: every rule needs a url"):
        load_earnings_rules(broken)
