"""The assessment pack and the change of circumstances letter, rendered and read back from real PDFs."""

from __future__ import annotations

import io
import re
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from carerhelp.domain.answers_file import read_answers_document
from carerhelp.domain.citations import load_citations
from carerhelp.domain.earnings import load_earnings_rules, make_pay
from carerhelp.domain.errors import ValidationError
from carerhelp.domain.phrases import load_phrases
from carerhelp.domain.questionnaire import load_questionnaire
from carerhelp.domain.rates import load_rates
from carerhelp.letters import render_pdf
from carerhelp.letters.pack import build_change_letter, build_pack
from carerhelp.letters.pack_render import render_pack

CITATIONS = load_citations()

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "docs" / "examples" / "england-diary-and-earnings.json"
Q = load_questionnaire()
ON = date(2026, 12, 1)
PHRASES = load_phrases("en", citations=CITATIONS)


def text_of(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))


def example():
    return read_answers_document(EXAMPLE, Q)


def test_the_pack_has_the_diary_evidence_outcomes_questions_and_earnings():
    record = example()
    document = build_pack(
        record.answers,
        record.diary,
        record.earnings,
        ON,
        Q,
        load_rates(),
        load_earnings_rules(),
        PHRASES,
    )
    pdf = render_pack(document)
    assert pdf.startswith(b"%PDF")
    text = text_of(pdf)
    assert "Prepare for your assessment" in text
    assert "average of 52.2 hours a week, and was up at night on 18 nights" in text
    assert "15 Nov to 21 Nov 2026 34 7 of 7 2 Under 35 hours" in text  # the weeks table
    assert "Hours caring for Margaret Roberts, week by week" in text  # the chart's title
    assert "35 hours" in text
    assert "Care and Support (Eligibility Criteria) Regulations 2015" in text
    assert "Fall in the bathroom at 3am" in text  # a note in the carer's words
    assert "Will I get a written copy of my assessment" in text
    assert "Over the limit by £20.90" in text and "usually over 5 weeks" in text


def test_the_pack_chart_is_drawn_with_reportlab_graphics():
    from reportlab.graphics.shapes import Drawing

    from carerhelp.letters.pack_render import chart_drawing

    record = example()
    document = build_pack(
        record.answers, record.diary, [], ON, Q, load_rates(), load_earnings_rules(), PHRASES
    )
    chart = next(s.chart for s in document.sections if s.chart is not None)
    assert chart.values == (58, 57, 34, 60) and chart.flagged == (False, False, True, False)
    assert isinstance(chart_drawing(chart, "Helvetica", 12), Drawing)


def test_a_pack_without_a_diary_says_how_to_start_one():
    record = example()
    document = build_pack(
        record.answers, [], [], ON, Q, load_rates(), load_earnings_rules(), PHRASES
    )
    text = text_of(render_pack(document))
    assert "You have not kept a diary in CarerHelp yet" in text
    assert "Your earnings" not in text


@pytest.mark.parametrize(
    ("nation", "words"),
    [
        ("wales", "SI 2015/1578"),
        ("scotland", "Carers (Scotland) Act 2016"),
        ("northern_ireland", "no published eligibility criteria"),
    ],
)
def test_each_nation_gets_its_own_eligibility_words(nation: str, words: str):
    record = example()
    answers = {**record.answers, "nation": nation, "council": None}
    document = build_pack(
        answers, record.diary, [], ON, Q, load_rates(), load_earnings_rules(), PHRASES
    )
    paragraphs = " ".join(p for section in document.sections for p in section.paragraphs)
    assert words in paragraphs
    assert "Regulations 2015 (SI 2015/313)" not in paragraphs, "England's law only in England"


def test_the_change_letter_lists_the_weeks_over_and_goes_to_the_right_office():
    record = example()
    letter = build_change_letter(
        record.answers, record.earnings, ON, Q, load_rates(), load_earnings_rules(), PHRASES
    )
    text = text_of(render_pdf(letter))
    assert "Carer's Allowance Unit" in text
    assert "15 Nov to 21 Nov 2026: £224.90 (the limit was £204.00)" in text
    assert "whether you will work out an average of my earnings" in text
    scottish = {**record.answers, "nation": "scotland", "council": None}
    letter = build_change_letter(
        scottish, record.earnings, ON, Q, load_rates(), load_earnings_rules(), PHRASES
    )
    assert letter.recipient == ["Social Security Scotland"]
    assert "Carer Support Payment" in text_of(render_pdf(letter))


def test_no_week_over_means_no_change_letter():
    record = example()
    under = [make_pay("2026-11-01", "2026-11-07", "100")]
    with pytest.raises(ValidationError, match="nothing to report"):
        build_change_letter(
            record.answers, under, ON, Q, load_rates(), load_earnings_rules(), PHRASES
        )
