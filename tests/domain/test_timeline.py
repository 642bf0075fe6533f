"""Timescales per nation, working days with each nation's bank holidays, and what needs doing next."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from carerhelp.domain.errors import ContentError, ValidationError
from carerhelp.domain.timeline import (
    DueKind,
    Event,
    EventKind,
    add_months,
    load_words,
    make_event,
    next_due,
)
from carerhelp.domain.timescales import NATIONS, load_timescales
from carerhelp.domain.workdays import load_bank_holidays
from carerhelp.paths import resource

SCALES = load_timescales()
WORDS = load_words()
D = date.fromisoformat


def due(nation: str, events: list[Event], today: str, **kw: bool):
    return next_due(events, SCALES[nation], SCALES, WORDS, today=D(today), **kw)


# ----- working days -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("division", "start", "count", "expected"),
    [
        # Friday + 1 working day is Monday
        ("england_and_wales", "2026-11-27", 1, "2026-11-30"),
        # St Andrew's Day (Monday 30 November 2026) is a bank holiday in Scotland only
        ("scotland", "2026-11-27", 1, "2026-12-01"),
        ("northern_ireland", "2026-11-27", 1, "2026-11-30"),
        # Christmas 2026: Friday 25th and Monday 28th (Boxing Day's substitute) are holidays
        ("england_and_wales", "2026-12-24", 1, "2026-12-29"),
        ("england_and_wales", "2026-12-24", 3, "2026-12-31"),
        # 1 January 2027 is a holiday everywhere; 4 January only in Scotland (2 January's substitute)
        ("england_and_wales", "2026-12-31", 1, "2027-01-04"),
        ("scotland", "2026-12-31", 1, "2027-01-05"),
        # Easter Monday 2027 (29 March) is a holiday in England, Wales and NI, not in Scotland
        ("england_and_wales", "2027-03-25", 1, "2027-03-30"),
        ("scotland", "2027-03-25", 1, "2027-03-29"),
        # The Twelfth (Monday 12 July 2027) in Northern Ireland only
        ("northern_ireland", "2027-07-09", 1, "2027-07-13"),
        ("england_and_wales", "2027-07-09", 1, "2027-07-12"),
        ("england_and_wales", "2026-11-30", 0, "2026-11-30"),
    ],
)
def test_working_days_skip_weekends_and_that_nations_bank_holidays(
    division, start, count, expected
):
    assert SCALES.holidays.add_working_days(D(start), count, division) == D(expected)


def test_working_days_between_counts_after_the_start():
    holidays = SCALES.holidays
    assert holidays.working_days_between(D("2026-12-24"), D("2026-12-31"), "england_and_wales") == 3
    assert holidays.working_days_between(D("2026-12-31"), D("2026-12-24"), "scotland") == 0


def test_every_bank_holiday_list_names_its_source_and_is_checked():
    holidays = load_bank_holidays()
    assert holidays.source == "https://www.gov.uk/bank-holidays"
    assert holidays.checked == D("2026-12-01")
    assert holidays.known(D("2027-12-31")) and not holidays.known(D("2028-01-01"))


# GOV.UK's usual count each year: England and Wales 8, Scotland 9, Northern Ireland 10.
USUAL = {"england_and_wales": 8, "scotland": 9, "northern_ireland": 10}


@pytest.mark.parametrize("division", sorted(USUAL))
def test_each_nation_has_its_bank_holidays_for_every_year_counted_into(division: str):
    holidays = load_bank_holidays()
    # The timeline counts from letters sent since 2025 up to the end of the published list.
    for year in range(2025, holidays.until.year + 1):
        listed = [d for d in holidays.days[division] if d.year == year]
        assert len(listed) == USUAL[division], (division, year, sorted(listed))
    assert max(holidays.days[division]) <= holidays.until


def test_a_date_counted_past_the_published_bank_holidays_says_so():
    # GOV.UK lists bank holidays to the end of 2027: a chase due in 2028 may be a day early.
    late = Event(EventKind.SENT, D("2027-12-22"), how="email", id=1)
    found = due("england", [late], "2027-12-23")
    assert found is not None and found.due == D("2028-01-07")
    assert "GOV.UK has published bank holidays only up to 31 December 2027" in found.caution
    assert "may be a day or two early" in found.caution
    # inside the list, nothing is said
    assert due("england", [SENT], "2026-11-20").caution == ""  # type: ignore[union-attr]
    # a date counted in months, not working days, needs no warning
    plan = Event(EventKind.PLAN_RECEIVED, D("2027-06-01"), id=2)
    assert due("england", [SENT, plan], "2027-06-02").caution == ""  # type: ignore[union-attr]


def test_timeline_words_without_the_beyond_the_list_note_are_refused(tmp_path: Path):
    text = resource("timescales", "words.toml").read_text(encoding="utf-8")
    start = text.index("[notes]")
    (tmp_path / "words.toml").write_text(text[:start] + text[text.index("[events]") :])
    with pytest.raises(ContentError, match="beyond_list"):
        load_words(tmp_path / "words.toml")


def test_a_bank_holiday_on_a_weekend_is_refused(tmp_path: Path):
    text = resource("timescales", "bank_holidays.toml").read_text(encoding="utf-8")
    (tmp_path / "bank_holidays.toml").write_text(text.replace("2026-11-30", "2026-11-29"))
    with pytest.raises(ContentError, match="2026-11-29"):
        load_bank_holidays(tmp_path / "bank_holidays.toml")


# ----- timescales as content --------------------------------------------------------------------
def test_each_nation_has_its_own_procedure_and_ombudsman_with_sources():
    expected = {
        "england": ("SI 2009/309", "Local Government and Social Care Ombudsman", 3),
        "wales": ("SI 2014/1794", "Public Services Ombudsman for Wales", 2),
        "scotland": (
            "model procedure set by the Scottish",
            "Scottish Public Services Ombudsman",
            3,
        ),
        "northern_ireland": (
            "Trust's complaints handling procedure",
            "Northern Ireland Public Services Ombudsman",
            3,
        ),
    }
    for nation in NATIONS:
        times = SCALES[nation]
        instrument, ombudsman, ack = expected[nation]
        assert instrument in times.complaint.instrument
        assert times.ombudsman.name == ombudsman
        assert times.complaint.acknowledge_working_days == ack
        for source in (times.request.source, times.complaint.source, times.ombudsman.source):
            assert source.url.startswith("https://") and source.checked == D("2026-12-01")


def test_no_timescale_claims_a_28_day_rule():
    for path in resource("timescales").glob("*.toml"):
        text = path.read_text(encoding="utf-8")
        assert "28 days" not in text and "28-day" not in text and "four weeks" not in text


def test_england_says_there_is_no_fixed_time_limit_and_cites_6_29():
    request = SCALES["england"].request
    assert "no fixed time limit" in request.rule
    assert request.source.text.endswith("paragraph 6.29")


def test_a_timescale_file_without_a_source_is_refused(tmp_path: Path):
    for path in resource("timescales").glob("*.toml"):
        (tmp_path / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    wales = tmp_path / "wales.toml"
    wales.write_text(
        wales.read_text().replace(
            'url = "https://www.legislation.gov.uk/wsi', 'url = "http://x/wsi'
        )
    )
    with pytest.raises(ContentError, match=r"wales\.toml.*https"):
        load_timescales(tmp_path)


# ----- events ------------------------------------------------------------------------------------
def test_make_event_checks_every_field():
    event = make_event({"kind": "sent", "on": "2026-11-02", "how": "post", "reference": "AB/1"})
    assert event == Event(EventKind.SENT, D("2026-11-02"), how="post", reference="AB/1")
    for bad, message in (
        ({"kind": "lost", "on": "2026-11-02"}, "kind must be one of"),
        ({"kind": "sent", "on": "2 Nov"}, "YYYY-MM-DD"),
        ({"kind": "sent", "on": "2026-11-02", "how": "pigeon"}, "'how'"),
        ({"kind": "sent", "on": "2026-11-02", "colour": "red"}, "unknown field"),
        ({"kind": "sent", "on": "2026-11-02", "note": "x" * 2001}, "'note'"),
        ("sent", "must be an object"),
    ):
        with pytest.raises(ValidationError, match=message):
            make_event(bad)  # type: ignore[arg-type]


def test_add_months_keeps_to_the_end_of_short_months():
    assert add_months(D("2026-01-31"), 1) == D("2026-02-28")
    assert add_months(D("2026-12-01"), 12) == D("2027-12-01")
    assert add_months(D("2026-08-31"), 6) == D("2027-02-28")


# ----- what needs doing --------------------------------------------------------------------------
SENT = Event(EventKind.SENT, D("2026-11-02"), how="email", reference="CA/123", id=1)


def test_a_letter_with_no_answer_is_chased_after_ten_working_days():
    found = due("england", [SENT], "2026-11-20")
    assert found is not None and found.kind is DueKind.CHASE_DUE
    assert found.due == D("2026-11-16")  # 10 working days after Monday 2 November
    assert found.overdue(D("2026-11-20")) and found.letter == "chaser"
    assert "2 November 2026" in found.step
    # overdue: the reply is asked for 10 working days from today, not from the missed date
    assert "asking for a reply by 4 December 2026" in found.step


def test_a_posted_letter_is_given_two_working_days_to_arrive():
    posted = Event(EventKind.SENT, D("2026-11-02"), how="post", id=1)
    assert due("england", [posted], "2026-11-20").due == D("2026-11-18")  # type: ignore[union-attr]


def test_scotland_counts_st_andrews_day_and_england_does_not():
    sent = Event(EventKind.SENT, D("2026-11-16"), how="email", id=1)
    assert due("england", [sent], "2026-12-01").due == D("2026-11-30")  # type: ignore[union-attr]
    assert due("scotland", [sent], "2026-12-01").due == D("2026-12-01")  # type: ignore[union-attr]


def test_after_a_reminder_with_no_answer_the_next_step_is_a_complaint():
    chased = Event(EventKind.CHASED, D("2026-11-17"), how="email", id=2)
    found = due("wales", [SENT, chased], "2026-12-10")
    assert found is not None and found.kind is DueKind.REPLY_OVERDUE
    assert found.letter == "complaint"
    assert "Social Services Complaints Procedure (Wales) Regulations 2014" in found.step


def test_the_chase_reminder_goes_when_a_reply_is_recorded():
    assert due("england", [SENT], "2026-11-20").soon(D("2026-11-20"))  # type: ignore[union-attr]
    acknowledged = Event(EventKind.ACKNOWLEDGED, D("2026-11-19"), id=2)
    found = due("england", [SENT, acknowledged], "2026-11-20")
    assert found is not None and found.kind is DueKind.ASK_WHEN
    assert found.due == D("2026-12-17") and not found.soon(D("2026-11-20"))


def test_a_booked_assessment_is_shown_as_coming_up():
    booked = Event(EventKind.ASSESSMENT_BOOKED, D("2026-11-20"), appointment=D("2026-12-08"), id=2)
    found = due("northern_ireland", [SENT, booked], "2026-12-01")
    assert found is not None and found.kind is DueKind.ASSESSMENT_SOON
    assert found.due == D("2026-12-08") and "8 December 2026" in found.step


def test_a_support_plan_brings_a_review_a_year_later():
    plan = Event(EventKind.PLAN_RECEIVED, D("2026-12-01"), id=2)
    found = due("scotland", [SENT, plan], "2026-12-01")
    assert found is not None and found.kind is DueKind.REVIEW_DUE and found.due == D("2027-12-01")


def test_terminal_illness_in_scotland_uses_the_laws_five_working_days():
    sent = Event(EventKind.SENT, D("2026-11-25"), how="email", id=1)
    found = due("scotland", [sent], "2026-12-03", terminal_illness=True)
    assert found is not None and found.kind is DueKind.TERMINAL_OVERDUE
    assert found.due == D("2026-12-03")  # 5 working days, skipping St Andrew's Day
    assert "SSI 2021/133" not in found.step and "terminally ill" in found.step
    # Elsewhere there is no such rule: the ordinary suggestion applies.
    assert due("england", [sent], "2026-12-03", terminal_illness=True).kind is DueKind.CHASE_DUE  # type: ignore[union-attr]


def test_a_refusal_can_be_complained_about_within_each_nations_limit():
    refused = Event(EventKind.REFUSED, D("2026-12-01"), id=2)
    england = due("england", [SENT, refused], "2026-12-01")
    scotland = due("scotland", [SENT, refused], "2026-12-01")
    assert england is not None and "1 December 2027" in england.step
    assert scotland is not None and "1 June 2027" in scotland.step


@pytest.mark.parametrize(
    ("nation", "ack_by", "reply_by"),
    [
        ("england", "2026-12-04", "2027-06-01"),  # 3 working days; 6 months
        ("wales", "2026-12-03", "2026-12-17"),  # 2 working days; then 10 after the acknowledgement
        ("scotland", "2026-12-04", "2026-12-31"),  # 3; 20 working days, skipping 25 and 28 Dec
        ("northern_ireland", "2026-12-04", "2026-12-31"),
    ],
)
def test_a_complaint_has_each_nations_acknowledgement_and_answer_dates(nation, ack_by, reply_by):
    complaint = Event(EventKind.COMPLAINT_SENT, D("2026-12-01"), how="email", id=3)
    waiting = due(nation, [SENT, complaint], "2026-12-01")
    assert waiting is not None and waiting.kind is DueKind.COMPLAINT_REPLY_DUE
    assert waiting.due == D(reply_by)
    late = due(nation, [SENT, complaint], (D(ack_by).replace(day=D(ack_by).day + 1)).isoformat())
    assert late is not None and late.kind is DueKind.COMPLAINT_ACK_OVERDUE and late.due == D(ack_by)
    acknowledged = Event(EventKind.ACKNOWLEDGED, D(ack_by), id=4)
    after = due(nation, [SENT, complaint, acknowledged], "2027-07-01")
    assert (
        after is not None and after.kind is DueKind.OMBUDSMAN_READY and after.letter == "ombudsman"
    )


def test_the_ombudsman_deadline_follows_each_ombudsmans_rule():
    chased = Event(EventKind.CHASED, D("2026-11-17"), id=2)
    answer = Event(EventKind.COMPLAINT_REPLY, D("2027-01-15"), id=4)
    england = due("england", [SENT, chased, answer], "2027-01-15")
    ni = due("northern_ireland", [SENT, chased, answer], "2027-01-15")
    assert (
        england is not None and "17 November 2027" in england.step
    )  # 12 months from first knowing
    assert ni is not None and "15 July 2027" in ni.step  # 6 months from the Trust's final answer


def test_nothing_is_due_once_with_the_ombudsman_or_with_no_events():
    assert due("england", [], "2026-12-01") is None
    sent_on = Event(EventKind.OMBUDSMAN, D("2027-02-01"), id=9)
    assert due("england", [SENT, sent_on], "2027-02-02") is None


def test_each_routes_complaint_law_is_the_procedure_the_timescales_use():
    """routes.toml names each route's complaint law; the timescales must pick that procedure."""
    from carerhelp.domain.citations import load_citations
    from carerhelp.domain.routes import load_routes

    CITATIONS = load_citations()

    for (carer_type, nation), route in load_routes(CITATIONS).items():
        procedure = SCALES[nation.value].complaint_for(f"{carer_type}.{nation.value}")
        assert procedure.cite in route.complaint.cite, (carer_type, nation)


def test_young_and_parent_carers_in_england_complain_under_childrens_law_with_no_invented_times():
    times = SCALES["england"]
    for route in ("young_carer.england", "parent_carer.england", "young_adult_carer.england"):
        procedure = times.complaint_for(route)
        assert "Children Act 1989" in procedure.procedure
        assert procedure.acknowledge_working_days == 0 and procedure.respond_working_days == 0
    assert times.complaint_for("adult_carer.england").instrument == "SI 2009/309"
    complaint = Event(EventKind.COMPLAINT_SENT, D("2026-12-01"), how="email", id=3)
    found = next_due(
        [SENT, complaint], times, SCALES, WORDS, today=D("2026-12-10"), route="young_carer.england"
    )
    # No acknowledgement deadline is claimed; the answer is chased after CarerHelp's 20 days.
    assert found is not None and found.kind is DueKind.COMPLAINT_REPLY_DUE
    assert found.due == D("2026-12-31")


@pytest.mark.parametrize("nation", ["scotland", "northern_ireland"])
def test_the_model_procedures_six_months_carry_no_superseded_12_month_limit(nation: str):
    # The SPSO's and NIPSO's model procedures: 6 months from the problem or from finding out,
    # later in exceptional circumstances; the old 12-month outer limit is not in them.
    words = SCALES[nation].complaint.complain_within
    assert "6 months" in words and "exceptional circumstances" in words
    assert "12 months" not in words
