"""Letters read back from the real PDF: right law per nation, names intact, nothing injected."""

from __future__ import annotations

import io
import json
import re
import time
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from carerhelp.domain.content import load_content
from carerhelp.domain.rights import assess
from carerhelp.letters import build_letter, render_pdf

ROOT = Path(__file__).resolve().parents[2]
CONTENT = load_content()  # this module's own, read once: hypothesis tests can't take fixtures
Q = CONTENT.questionnaire
ON = date(2026, 11, 22)


def example(name: str, **changes) -> dict:
    answers = json.loads((ROOT / "docs" / "examples" / f"{name}.json").read_text(encoding="utf-8"))[
        "answers"
    ]
    answers.update(changes)
    return Q.parse_all(answers)


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def make(answers: dict, kind: str = "assessment", **kwargs) -> tuple[bytes, object]:
    findings = assess(answers, ON, CONTENT)
    recipient = CONTENT.authorities.get(answers.get("council"))
    document = build_letter(
        kind,
        answers,
        findings,
        ON,
        content=CONTENT,
        recipient=recipient,
        **kwargs,
    )
    return render_pdf(document), document


NATIONS = {
    "england": ["Care Act 2014, section 10", "section 10(4)", "Adult Social Care"],
    "wales": ["Social Services and Well-being (Wales) Act 2014, section 24", "section 24(3)"],
    "scotland": [
        "Carers (Scotland) Act 2016, section 6",
        "Short Breaks Services Statement",
        "section 25",
        "within 2 working days",
    ],
    "northern-ireland": [
        "Carers and Direct Payments Act (Northern Ireland) 2002, section 1",
        "Health and Social Care Trust",
    ],
}


@pytest.mark.parametrize("nation", list(NATIONS))
def test_each_nation_cites_its_own_law_and_keeps_the_name(nation: str):
    answers = example(nation, carer_name="Siân Llŷr")
    pdf, document = make(answers)
    text = pdf_text(pdf)
    flat = re.sub(r"\s+", " ", text)
    assert "Siân Llŷr" in text
    for words in NATIONS[nation]:
        assert words in flat, words
    assert "■" not in text and "\ufffd" not in text
    assert "What happens next" in text
    assert document.warnings == []


def test_what_happens_next_is_a_separate_page():
    pdf, _doc = make(example("england"))
    pages = [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]
    assert "What happens next" in pages[-1]
    assert "Yours faithfully" not in pages[-1]
    assert all("What happens next" not in page for page in pages[:-1])


def test_respite_letter_refers_to_earlier_assessment():
    answers = example("england", already_assessed=True, assessment_date="2026-03-02")
    answers.pop("want_carer_assessment", None)
    text = re.sub(r"\s+", " ", pdf_text(make(answers, "respite")[0]))
    assert "break from caring (respite)" in text
    assert "on 2 March 2026" in text
    assert "section 14(3)" in text


def test_their_assessment_and_agreement_and_preferences():
    text = re.sub(r"\s+", " ", pdf_text(make(example("england"))[0]))
    assert "Care Act 2014, section 9" in text and "Margaret Roberts agrees to this" in text
    assert "large print" in text and "My brother, Dafydd" in text and "on my own" in text
    assert "indicative timescale" in text and "with the reasons" in text


@pytest.mark.parametrize("nation", list(NATIONS))
def test_the_person_to_be_there_reads_as_a_sentence_whatever_was_typed(nation: str):
    answers = example(nation, someone_with_you=True, someone_with_you_name="My neighbour, Rhian.")
    text = re.sub(r"\s+", " ", pdf_text(make(answers)[0]))
    assert re.search(
        r"I would like someone to be with me at the assessment[^:]*: My neighbour, Rhian\.", text
    )
    assert "Rhian.." not in text


def test_hidden_answers_never_reach_the_letter():
    answers = example("england", carer_works=False)
    assert "extra_info" in answers and "weekly_earnings" in answers
    text = pdf_text(make(answers)[0])
    assert "keep working alongside caring" not in text


def test_the_children_outcome_reaches_the_letter_only_when_it_was_asked():
    # Answered "can't" about children, then the carer's age changed to 78: the question is off
    # their path, so the letter must not tell the council their children are affected.
    older = example("england-pensioner", looks_after_children=True, impact_children="cannot")
    assert "looking after children" not in pdf_text(make(older)[0])
    younger = example("england", carer_age=40, looks_after_children=True, impact_children="cannot")
    assert "looking after children" in pdf_text(make(younger)[0])
    no_children = example(
        "england", carer_age=40, looks_after_children=False, impact_children="cannot"
    )
    assert "looking after children" not in pdf_text(make(no_children)[0])


def test_helper_name_is_credited():
    text = pdf_text(make(example("england"), helper_name="Nia Volunteer")[0])
    assert "prepared with help from Nia Volunteer" in text


def test_long_answers_flow_over_pages_quickly():
    answers = example(
        "england", extra_info=("Caring is hard. " * 700)[:10_000], person1_condition="x" * 5000
    )
    started = time.perf_counter()
    pdf, _doc = make(answers)
    elapsed = time.perf_counter() - started
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) >= 4
    assert elapsed < 5
    assert pdf_text(pdf).count("x") >= 4900


def test_unprintable_script_warns_and_prints_no_boxes():
    pdf, document = make(example("england", carer_name="王秀英 Siân"))
    assert document.warnings and "can't be printed" in document.warnings[0]
    text = pdf_text(pdf)
    assert "Siân" in text and "■" not in text and "王" not in text


def test_large_print_is_bigger():
    small, _ = make(example("england"))
    large, _ = make(example("england"), large_print=True)
    assert len(PdfReader(io.BytesIO(large)).pages) > len(PdfReader(io.BytesIO(small)).pages)


def test_authorities_cover_the_uk():
    counts = {
        nation: len(CONTENT.authorities.for_nation(nation))
        for nation in ("england", "wales", "scotland", "northern_ireland")
    }
    assert counts == {"england": 153, "wales": 22, "scotland": 32, "northern_ireland": 5}
    everyone = CONTENT.authorities.all
    assert len({a.id for a in everyone}) == len(everyone) == 212
    assert len({a.name for a in everyone}) == 212


DANGEROUS_KEYS = {"/URI", "/Launch", "/JavaScript", "/JS", "/Annots", "/OpenAction", "/AA"}


def active_content(pdf: bytes) -> list[str]:
    """Links, actions, scripts, annotations or images anywhere in the PDF's object tree."""
    from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

    found: list[str] = []
    seen: set[tuple[int, int]] = set()
    stack: list = [PdfReader(io.BytesIO(pdf)).trailer]
    while stack:
        item = stack.pop()
        if isinstance(item, IndirectObject):
            key = (item.idnum, item.generation)
            if key in seen:
                continue
            seen.add(key)
            item = item.get_object()
        if isinstance(item, DictionaryObject):
            found += [str(k) for k in item if str(k) in DANGEROUS_KEYS]
            if item.get("/Subtype") == "/Image":
                found.append("/Image")
            stack.extend(v for k, v in item.items() if k != "/Parent")
        elif isinstance(item, ArrayObject):
            stack.extend(item)
    return found


MARKUP = st.sampled_from(
    [
        '<img src="/etc/passwd"/>',
        '<a href="javascript:alert(1)">x</a>',
        "<b>unclosed",
        "&bogus;",
        "&#x0;",
        '<link href="file:///C:/Windows/">x</link>',
        "<font size=2000>big</font>",
        "<br/>" * 50,
        "]]>",
        "<para>",
    ]
)
NASTY = st.one_of(
    st.text(max_size=200),
    st.text(st.characters(categories=["Cs", "Cc", "Cf"]), max_size=50),
    MARKUP,
    st.text(alphabet="ŵŷâêîôûŴŶ ll ch dd", max_size=80),
    st.integers(0, 10_000).map(lambda n: "w" * n),
)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(
    name=st.lists(NASTY, min_size=1, max_size=3).map("".join),
    extra=st.lists(NASTY, max_size=4).map("".join),
)
def test_any_text_renders_safely(name: str, extra: str):
    answers = example("england")
    try:
        answers["carer_name"] = Q.parse("carer_name", name[:200]) if name.strip() else "A"
    except Exception:
        answers["carer_name"] = "A"
    try:
        answers["extra_info"] = Q.parse("extra_info", extra[:10_000])
    except Exception:
        answers.pop("extra_info", None)
    pdf, _document = make(answers)
    assert pdf.startswith(b"%PDF")
    assert active_content(pdf) == []
    text = pdf_text(pdf)
    assert "\ufffd" not in text and "■" not in text


def test_the_active_content_check_would_catch_an_unescaped_link():
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    buffer = io.BytesIO()
    SimpleDocTemplate(buffer).build(
        [Paragraph('<a href="javascript:alert(1)">x</a>', getSampleStyleSheet()["Normal"])]
    )
    assert active_content(buffer.getvalue())
