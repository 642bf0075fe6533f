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
from carerhelp.domain.model import Nation
from carerhelp.domain.phrases import CITE_MARK, load_phrases
from carerhelp.domain.questionnaire import load_questionnaire
from carerhelp.domain.rates import load_rates
from carerhelp.domain.situation import situation
from carerhelp.letters import render_pdf
from carerhelp.letters.pack import build_change_letter, build_pack
from carerhelp.letters.pack_render import render_pack
from tests.domain.test_route_scenarios import CARERS, ROUTES
from tests.domain.test_route_scenarios import Q as ROUTE_Q
from tests.domain.test_scenarios import base

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


def _cited(table: dict) -> set[str]:
    """The law keys a nation's or a kind of carer's words cite."""
    return set(CITE_MARK.findall(repr(table)))


ELIGIBILITY = PHRASES.raw("pack.eligibility")
ADULT_OUTCOMES = ELIGIBILITY["england"]["adult_carer"]["points"]


@pytest.mark.parametrize("nation", list(Nation), ids=lambda n: n.value)
@pytest.mark.parametrize("carer_type", list(CARERS))
def test_the_pack_names_its_own_law_and_none_of_the_others(carer_type: str, nation: Nation):
    answers = ROUTE_Q.parse_all(base(nation.value, **CARERS[carer_type]))
    assert situation(ROUTE_Q, answers).carer_type.value == carer_type
    document = build_pack(
        answers, [], [], ON, ROUTE_Q, load_rates(), load_earnings_rules(), PHRASES
    )
    text = text_of(render_pack(document))
    words = ELIGIBILITY[nation.value]
    own = _cited(words.get(carer_type) or words["young_carer"])
    assert own, "each kind of carer's words rest on law"
    for key in own:
        assert CITATIONS[key].short in text, (key, text)
    others = set().union(*(_cited(ELIGIBILITY[n.value]) for n in Nation if n is not nation))
    route = ROUTES.route(carer_type, nation)
    for key in sorted(others | route.never_cite):
        short = CITATIONS[key].short
        assert not re.search(re.escape(short) + r"(?![\w(])", text), (key, short)
    heading = "How the Trust decides" if nation is Nation.NORTHERN_IRELAND else "How the council"
    assert heading in text
    if (carer_type, nation) != ("adult_carer", Nation.ENGLAND):
        for outcome in ADULT_OUTCOMES:
            assert outcome not in text, ("adult carers' outcomes", outcome)


def test_england_gives_adult_carers_the_three_conditions_and_eight_outcomes():
    answers = ROUTE_Q.parse_all(base("england"))
    document = build_pack(
        answers, [], [], ON, ROUTE_Q, load_rates(), load_earnings_rules(), PHRASES
    )
    section = next(s for s in document.sections if s.heading == "How the council decides")
    assert len(section.bullets) == 8
    assert "First, your needs come from giving necessary care to an adult" in section.paragraphs[0]
    assert section.after[0].startswith("Third,")
    text = text_of(render_pack(document))
    assert "significant pain, distress or anxiety" in text


def test_wales_scotland_and_northern_ireland_say_what_their_law_leaves_to_the_council():
    def pack_text(nation: str, **changes) -> str:
        answers = ROUTE_Q.parse_all(base(nation, **changes))
        return text_of(
            render_pack(
                build_pack(
                    answers, [], [], ON, ROUTE_Q, load_rates(), load_earnings_rules(), PHRASES
                )
            )
        )

    wales = pack_text("wales")
    assert "regulation 5" in wales and "regulation 6" in wales
    assert "much longer than would normally be expected" in wales
    assert "does not quote it" in wales  # the list CarerHelp could not check is not invented
    scotland = pack_text("scotland")
    assert "Councils must publish them" in scotland
    assert "no impact, or low, moderate, substantial or critical impact" in scotland
    ni = pack_text("northern_ireland")
    assert "a power to help, not a duty" in ni
    assert "found no regulations that set eligibility criteria for carers" in ni
    assert "nidirect" in ni


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


def test_a_self_employed_year_shows_in_the_pack_and_the_change_letter():
    record = example()
    year = make_pay(
        "2025-04-06", "2026-04-05", "18000", pension="600", self_employed=True, expenses="6000"
    )
    document = build_pack(
        record.answers, [], [year], ON, Q, load_rates(), load_earnings_rules(), PHRASES
    )
    text = text_of(render_pack(document))
    assert "29 Mar to 4 Apr 2026 £224.38 £196.00 Over the limit by £28.38" in text
    assert "Keep your accounts" in text and "tax return" in text
    letter = text_of(
        render_pdf(
            build_change_letter(
                record.answers, [year], ON, Q, load_rates(), load_earnings_rules(), PHRASES
            )
        )
    )
    assert "29 Mar to 4 Apr 2026: £224.38 (the limit was £196.00)" in letter
    assert "my takings less business expenses" in letter
    job_only = text_of(
        render_pdf(
            build_change_letter(
                record.answers, record.earnings, ON, Q, load_rates(), load_earnings_rules(), PHRASES
            )
        )
    )
    assert "working for myself" not in job_only


def test_the_pack_says_what_to_check_for_the_week_the_limit_changed():
    record = example()
    april = [make_pay("2026-04-05", "2026-04-11", "200")]
    document = build_pack(
        record.answers, [], april, ON, Q, load_rates(), load_earnings_rules(), PHRASES
    )
    text = text_of(render_pack(document))
    assert "found no rule saying which limit counts for that week" in text
    assert "Ask the Carer's Allowance Unit which limit they use" in text


def test_the_pack_asks_about_children_only_of_a_carer_who_was_asked():
    older = read_answers_document(ROOT / "docs" / "examples" / "england-pensioner.json", Q)
    younger = read_answers_document(ROOT / "docs" / "examples" / "england-parent-carer.json", Q)
    texts = {}
    for name, record in (("older", older), ("younger", younger)):
        document = build_pack(
            record.answers, [], [], ON, Q, load_rates(), load_earnings_rules(), PHRASES
        )
        texts[name] = text_of(render_pack(document))
    question = "can you look after any children you are responsible for?"
    assert question not in texts["older"]
    assert "Can you keep your home clean and safe to live in?" in texts["older"]
    assert question in texts["younger"]
