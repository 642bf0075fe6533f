"""The reminder, the formal complaint and the ombudsman pack: each nation's own procedure and
ombudsman, and none of another nation's, read back from the real PDF."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pypdf
import pytest

from carerhelp.domain.answers_file import read_answers_file, read_history
from carerhelp.domain.content import load_content
from carerhelp.domain.errors import ValidationError
from carerhelp.domain.rights import assess
from carerhelp.domain.timeline import Event, EventKind
from carerhelp.letters import build_followup, render_pdf

ROOT = Path(__file__).resolve().parents[2]
CONTENT = load_content()  # this module's own, read once
QUESTIONNAIRE = CONTENT.questionnaire
SCALES = CONTENT.timescales
WORDS = CONTENT.timeline_words
PHRASES = CONTENT.phrases
SPECS = CONTENT.letters
CITATIONS = CONTENT.citations
ON = date(2026, 12, 1)
D = date.fromisoformat

# What names each nation's procedure and ombudsman, so a letter can be checked for the wrong ones.
OWN = {
    "england": (
        "Complaints (England) Regulations 2009",
        "Local Government and Social Care Ombudsman",
    ),
    "wales": (
        "Social Services Complaints Procedure (Wales) Regulations 2014",
        "Public Services Ombudsman for Wales",
    ),
    "scotland": (
        "model procedure set by the Scottish Public Services Ombudsman",
        "Scottish Public Services Ombudsman",
    ),
    "northern_ireland": (
        "Health and Social Care complaints procedure",
        "Northern Ireland Public Services Ombudsman",
    ),
}
OMBUDSMAN_LAW = {
    "england": "Local Government Act 1974, section 26B",
    "wales": "Public Services Ombudsman (Wales) Act 2019, section 8",
    "scotland": "Scottish Public Services Ombudsman Act 2002, section 10",
    "northern_ireland": "www.nipso.org.uk",
}
OMBUDSMAN_KEY = {
    "england": "lgsco",
    "wales": "psow",
    "scotland": "scot_complaints",
    "northern_ireland": "nipso",
}
EXAMPLE = {
    "england": "england-history",
    "wales": "wales-history",
    "scotland": "scotland-history",
    "northern_ireland": "northern-ireland-history",
}
HISTORY = [
    Event(
        EventKind.SENT, D("2026-09-07"), how="post", reference="CR/5531", letter="assessment", id=1
    ),
    Event(
        EventKind.NO_REPLY,
        D("2026-09-28"),
        note="Rang the duty team; no one knew of the letter.",
        id=2,
    ),
    Event(EventKind.CHASED, D("2026-09-29"), how="email", letter="chaser", id=3),
    Event(EventKind.COMPLAINT_SENT, D("2026-10-20"), how="email", letter="complaint", id=4),
    Event(EventKind.ACKNOWLEDGED, D("2026-10-22"), id=5),
]
UPTO = {"chaser": 1, "complaint": 3, "ombudsman": 5}


def text_of(pdf: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    # Long addresses wrap with a zero-width space; join lines so names split over two read whole.
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages).replace(
        "\u200b", ""
    )


def letter(nation: str, kind: str, events: list[Event] | None = None) -> str:
    answers = read_answers_file(
        ROOT / "docs" / "examples" / f"{EXAMPLE[nation]}.json", QUESTIONNAIRE
    )
    findings = assess(answers, ON, CONTENT)
    document = build_followup(
        kind,
        answers,
        findings,
        HISTORY[: UPTO[kind]] if events is None else events,
        ON,
        content=CONTENT,
        recipient=CONTENT.authorities.get(answers["council"]),
    )
    return text_of(render_pdf(document))


@pytest.mark.parametrize("kind", ["chaser", "complaint", "ombudsman"])
@pytest.mark.parametrize("nation", list(OWN))
def test_each_letter_cites_its_own_nations_procedure_and_ombudsman_only(nation: str, kind: str):
    text = letter(nation, kind)
    procedure, ombudsman = OWN[nation]
    assert procedure in text
    if kind == "chaser":
        assert OMBUDSMAN_LAW[nation] in text  # where the ombudsman's time limit was read
    else:
        assert ombudsman in text
    for other, (other_procedure, other_ombudsman) in OWN.items():
        if other != nation:
            assert other_procedure not in text, f"{nation} {kind} cites {other_procedure}"
            assert other_ombudsman not in text, f"{nation} {kind} names {other_ombudsman}"
    assert "28 days" not in text


def test_the_chaser_quotes_the_first_letters_date_and_reference_and_asks_by_a_date():
    text = letter("england", "chaser")
    assert (
        "I wrote to you on 7 September 2026 by post to ask for a carer's assessment (your reference CR/5531)"
        in text
    )
    # 10 working days from 1 December 2026
    assert "Please reply by 15 December 2026" in text
    assert "paragraph 6.29" in text


def test_the_scottish_chaser_counts_st_andrews_day():
    text = letter("scotland", "chaser")
    assert (
        "Please reply by 15 December 2026" in text
    )  # 1 Dec + 10 working days: none falls on 30 Nov
    events = [Event(EventKind.SENT, D("2026-11-02"), how="email", id=1)]
    answers = read_answers_file(ROOT / "docs" / "examples" / "scotland-history.json", QUESTIONNAIRE)
    findings = assess(answers, ON, CONTENT)
    document = build_followup(
        "chaser",
        answers,
        findings,
        events,
        D("2026-11-16"),
        content=CONTENT,
    )
    assert "Please reply by 1 December 2026" in text_of(render_pdf(document))  # skips 30 November


def test_the_complaint_says_what_happened_what_is_wanted_and_when_the_answer_is_due():
    text = letter("wales", "complaint")
    assert (
        "I am making a formal complaint under the Social Services Complaints Procedure (Wales) Regulations 2014"
        in text
    )
    assert "28 September 2026: No reply. Rang the duty team" in text
    assert "29 September 2026: Reminder sent (by email)" in text
    assert "Social Services and Well-being (Wales) Act 2014, section 24" in text
    assert "within 20 working days of this letter" in text
    assert "within 2 working days (by 3 December 2026)" in text


def test_the_ombudsman_pack_has_the_timeline_and_the_list_of_enclosures():
    text = letter("northern_ireland", "ombudsman")
    assert (
        "I am asking the Northern Ireland Public Services Ombudsman to look at my complaint" in text
    )
    assert "Timeline" in text and "What I enclose" in text
    assert "22 October 2026: the Trust's letter (acknowledged)" in text
    assert "20 October 2026: my formal complaint to the Trust" in text
    assert "7 September 2026: my letter to the Trust asking for a carer's assessment" in text
    assert "should have finished its investigation by 17 November 2026" in text  # 20 working days
    assert "your time limit is 6 months from the end of the Trust's complaints procedure" in text


def test_a_follow_up_needs_the_first_letter_on_the_timeline():
    with pytest.raises(ValidationError, match="first record on the timeline"):
        letter("england", "chaser", events=[Event(EventKind.ACKNOWLEDGED, ON, id=1)])


def test_the_ombudsman_pack_needs_a_complaint_first():
    with pytest.raises(ValidationError, match="Make a formal complaint first"):
        letter("wales", "ombudsman", events=HISTORY[:3])


def test_each_example_with_a_history_reads_back_sent_no_reply_chased():
    for name in EXAMPLE.values():
        kinds = [
            e.kind for e in read_history(ROOT / "docs" / "examples" / f"{name}.json", QUESTIONNAIRE)
        ]
        assert kinds[:3] == [EventKind.SENT, EventKind.NO_REPLY, EventKind.CHASED], name


@pytest.mark.parametrize("kind", ["chaser", "complaint", "ombudsman"])
@pytest.mark.parametrize("nation", list(OWN))
def test_a_follow_up_cites_no_law_its_finding_does_not(nation: str, kind: str):
    answers = read_answers_file(
        ROOT / "docs" / "examples" / f"{EXAMPLE[nation]}.json", QUESTIONNAIRE
    )
    backed = {
        law
        for finding in assess(answers, ON, CONTENT)
        if finding.id == "carer_assessment"
        for law in finding.citations
    }
    text = letter(nation, kind)
    cited = {key for key, law in CITATIONS.items() if law.short in text}
    # The complaint procedure and ombudsman come from the timescales, with their own sources;
    # any statute from the table of laws must be one the carer's assessment finding cites. A letter
    # to a council in Wales from a carer who said they would like Welsh also cites the Welsh
    # Language Standards it asks the council to follow (letters.compose, language_request).
    nation_key = nation.replace("-", "_")
    own = {SCALES[nation_key].complaint.cite, OMBUDSMAN_KEY[nation_key]}
    own |= {"welsh_standard_1", "welsh_standard_2", "welsh_language_measure"}
    assert cited <= backed | own, sorted(cited - backed - own)


def test_a_letter_dated_earlier_leaves_out_what_happened_after_it():
    text = letter("england", "chaser", events=HISTORY)  # dated 1 December: everything
    assert "20 October 2026: Complaint sent" in text
    answers = read_answers_file(ROOT / "docs" / "examples" / "england-history.json", QUESTIONNAIRE)
    findings = assess(answers, ON, CONTENT)
    document = build_followup(
        "chaser",
        answers,
        findings,
        HISTORY,
        D("2026-10-01"),
        content=CONTENT,
    )
    early = text_of(render_pdf(document))
    assert "29 September 2026: Reminder sent" in early and "Complaint sent" not in early


def pages_of(pdf: bytes) -> list[str]:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return [" ".join(page.extract_text().split()) for page in reader.pages]


@pytest.mark.parametrize("nation", list(OWN))
def test_the_covering_letters_signature_never_starts_a_page_alone(nation: str):
    # Longer and longer addresses, in normal and large print, push the covering letter down so
    # that across the runs its end falls at every point of the page; the signature must always
    # share its page with the closing words, and the carer's name under it must come with it.
    answers = read_answers_file(
        ROOT / "docs" / "examples" / f"{EXAMPLE[nation]}.json", QUESTIONNAIRE
    )
    findings = assess(answers, ON, CONTENT)
    signature_pages = set()
    for large_print in (False, True):
        for lines in range(0, 16):
            address = "\n".join([f"Flat {n}, Long Name House" for n in range(lines)] + ["Town"])
            document = build_followup(
                "ombudsman",
                {**answers, "carer_address": address},
                findings,
                HISTORY,
                ON,
                content=CONTENT,
                recipient=CONTENT.authorities.get(answers["council"]),
                large_print=large_print,
            )
            pages = pages_of(render_pdf(document))
            signed = next(i for i, page in enumerate(pages) if "Signed:" in page)
            page = pages[signed]
            assert "Yours faithfully," in page.split("Signed:", 1)[0], (large_print, lines)
            assert answers["carer_name"] in page.split("Signed:", 1)[1], (large_print, lines)
            signature_pages.add(signed)
    assert signature_pages >= {0, 1}, "some runs must push the signature onto page 2"


def test_a_reminder_after_a_complaint_chases_the_complaint_and_names_the_ombudsman():
    unanswered = letter("england", "chaser", HISTORY[:4])
    assert (
        "On 20 October 2026 I made a formal complaint to you under the Local Authority Social "
        "Services and National Health Service Complaints (England) Regulations 2009. It is about "
        "my request of 7 September 2026 for a carer's assessment (your reference CR/5531). I have "
        "not had an acknowledgement or an answer." in unanswered
    )
    assert "who is dealing with my complaint and when I will have your answer" in unanswered
    assert "I will ask the Local Government and Social Care Ombudsman" in unanswered
    assert "I will make a formal complaint" not in unanswered  # it has been made
    acknowledged = letter("england", "chaser", HISTORY[:5])
    assert "You acknowledged it on 22 October 2026, but I have not had your answer." in acknowledged
    before = letter("england", "chaser")  # no complaint yet: the request is chased
    assert "I will make a formal complaint under" in before
    assert "what will happen next and when" in before


def test_a_first_letter_with_no_reference_is_still_quoted():
    unreferenced = [Event(EventKind.SENT, D("2026-09-07"), how="post", id=1), *HISTORY[1:3]]
    text = letter("northern_ireland", "complaint", unreferenced)
    assert "On 7 September 2026 I wrote to you by post to ask for a carer's assessment." in text
    chaser = letter("northern_ireland", "chaser", unreferenced[:1])
    assert "I wrote to you on 7 September 2026 by post to ask for a carer's assessment." in chaser


def test_the_right_names_each_act_once():
    text = letter("england", "complaint")
    assert "under Care Act 2014, sections 10, 10(4) and 10(7)." in text
    assert "Care Act 2014, section 10; Care Act 2014" not in text


def test_the_covering_letter_speaks_to_the_ombudsman_and_claims_no_lateness_too_soon():
    england = letter("england", "ombudsman")
    # The council's 6 months from 20 October 2026 have not run out on 1 December 2026.
    assert "The council has not answered my complaint." in england
    assert "20 April 2027" not in england and "should have" not in england
    assert "I am making this complaint through your website or by phone, as you ask." in england
    assert "The Ombudsman asks you" not in england
    scotland = letter("scotland", "ombudsman")  # its 20 working days ran out on 17 November
    assert "it should have given me its full answer by 17 November 2026" in scotland
    assert "I am making this complaint on your complaint form, as you ask." in scotland


def test_in_large_print_the_signature_and_date_lines_each_fit_on_one_line():
    answers = read_answers_file(ROOT / "docs" / "examples" / "england-history.json", QUESTIONNAIRE)
    findings = assess(answers, ON, CONTENT)
    document = build_followup(
        "complaint", answers, findings, HISTORY[:3], ON, content=CONTENT, large_print=True
    )
    reader = pypdf.PdfReader(io.BytesIO(render_pdf(document)))
    lines = [line.strip() for page in reader.pages for line in page.extract_text().splitlines()]
    signed = next(i for i, line in enumerate(lines) if line.startswith("Signed:"))
    assert lines[signed].rstrip("_ ") == "Signed:" and lines[signed + 1].startswith("Date:")
    assert lines[signed + 1].rstrip("_ ") == "Date:"
