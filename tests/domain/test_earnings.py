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


# Self-employed earnings, worked by hand from the rules (SI 1996/2745 regs 11 to 14; Carers UK's
# list of deductions from gross profit): profit = takings - business expenses; then Income Tax,
# National Insurance and half the pension paid come off; the result is averaged over the
# period's days, 7 to a week.


def test_a_years_profit_is_averaged_over_the_year() -> None:
    # 6 Apr 2025 to 5 Apr 2026 is 365 days. Takings 18,000 - expenses 6,000 = profit 12,000;
    # no tax or NI (the carer's own figures); pension 600, half = 300. 11,700 * 7 / 365 = 224.38.
    year = make_pay(
        "2025-04-06", "2026-04-05", "18000", pension="600", self_employed=True, expenses="6000"
    )
    assert year.profit == D("12000") and year.counted == D("11700.00")
    assert year.weekly == D("224.38")
    weeks = {w.start: w for w in earnings_weeks([year], RATES)}
    middle = weeks[date(2025, 11, 2)]  # a whole week inside the year
    assert middle.earnings == D("224.38") and middle.limit == D("196.00")
    assert middle.over and middle.flag == "Over the limit by £28.38"


def test_tax_and_national_insurance_come_off_the_profit() -> None:
    # Takings 30,000 - expenses 5,000 = 25,000; tax 2,486 and NI 746.40 as the carer's tax
    # calculation gives them; pension 1,000 (half, 500). 25,000 - 2,486 - 746.40 - 500
    # = 21,267.60 for the year; 21,267.60 * 7 / 365 = 407.87 a week.
    year = make_pay(
        "2025-04-06",
        "2026-04-05",
        "30000",
        "2486",
        "746.40",
        "1000",
        self_employed=True,
        expenses="5000",
    )
    assert year.counted == D("21267.60") and year.weekly == D("407.87")


def test_a_shorter_period_for_a_new_business_gives_its_own_average() -> None:
    # Started 1 January 2026: 1 Jan to 31 Mar is 90 days. Takings 3,000 - expenses 700 = 2,300;
    # pension 100 (half, 50): 2,250 over 90 days = 25 a day, 175 a week. A calendar quarter is
    # not a month's pay, so 12/52 never applies to profit.
    quarter = make_pay(
        "2026-01-01", "2026-03-31", "3000", pension="100", self_employed=True, expenses="700"
    )
    assert quarter.weekly == D("175.00")
    weeks = {w.start: w for w in earnings_weeks([quarter], RATES)}
    assert weeks[date(2025, 12, 28)].earnings == D("75.00")  # Thu 1 to Sat 3 January: 3 days
    assert weeks[date(2026, 1, 4)].earnings == D("175.00")
    assert not weeks[date(2026, 1, 4)].over and not weeks[date(2026, 1, 4)].near
    month = make_pay("2026-03-01", "2026-03-31", "1000", self_employed=True)
    assert month.weekly == D("225.81")  # 1000 * 7 / 31, not 1000 * 12 / 52


def test_a_loss_counts_as_no_earnings() -> None:
    loss = make_pay("2026-01-01", "2026-03-31", "500", self_employed=True, expenses="800")
    assert loss.profit == D("0") and loss.counted == D("0.00") and loss.weekly == D("0.00")


def test_self_employed_periods_are_checked_plainly() -> None:
    with pytest.raises(ValidationError, match="at most a year"):
        make_pay("2025-04-06", "2026-04-08", "100", self_employed=True)
    with pytest.raises(ValidationError, match="only for earnings from working for yourself"):
        make_pay("2026-11-01", "2026-11-07", "300", expenses="20")
    with pytest.raises(ValidationError, match="Your takings must be between"):
        make_pay("2026-01-01", "2026-01-31", "2000000", self_employed=True)
    with pytest.raises(ValidationError, match="whether the earnings are from working"):
        make_pay("2026-01-01", "2026-01-31", "200", self_employed="yes")


def test_an_answers_file_keeps_self_employed_periods() -> None:
    year = make_pay("2025-04-06", "2026-04-05", "18000", self_employed=True, expenses="6000")
    row = year.to_json()
    assert row["self_employed"] is True and row["expenses"] == "6000.00"
    assert pay_from_json([row]) == [year]
    job = make_pay("2026-11-01", "2026-11-07", "300")
    assert "self_employed" not in job.to_json()  # files from before keep their form


def test_the_self_employed_rule_says_what_to_keep_with_its_source() -> None:
    title, paragraphs, rule = load_earnings_rules().self_employed
    assert title == "If you work for yourself"
    assert any("tax return" in p and "accounts" in p for p in paragraphs)
    assert "reg. 11" in rule.source and rule.url.startswith("https://www.legislation.gov.uk/")
    assert rule.checked == date(2026, 12, 1)


def test_the_week_the_limit_changes_uses_the_lower_limit_and_says_what_to_check() -> None:
    from carerhelp.domain.evidence import earnings_lines, limit_change_note

    rules = load_earnings_rules()

    def week(amount: str):
        (found,) = earnings_weeks([make_pay("2026-04-05", "2026-04-11", amount)], RATES)
        return found

    between = week("200")  # Sun 5 to Sat 11 April 2026: £196 until the 5th, £204 from the 6th
    assert (between.limit, between.higher_limit) == (D("196.00"), D("204.00"))
    assert between.over and between.between_limits
    note = limit_change_note([between], rules, "england")
    assert "uses the lower limit" in note and "Ask the Carer's Allowance Unit" in note
    assert "Ask Social Security Scotland" in limit_change_note([between], rules, "scotland")
    over_both, under_both = week("210"), week("150")
    assert not over_both.between_limits and not under_both.between_limits
    assert limit_change_note([over_both, under_both], rules, "england") == ""
    lines = earnings_lines([make_pay("2026-04-05", "2026-04-11", "200")], RATES, rules, "wales")
    assert any("the new one is £204.00" in line for line in lines)
    assert note in lines
    assert "found no rule" in rules.limit_change.text and "2017/386" in rules.limit_change.url
