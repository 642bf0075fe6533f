"""Letter kinds are specs: a paragraph prints only when the answers and findings support it."""

from __future__ import annotations

import dataclasses
import io
import json
import re
import shutil
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from carerhelp.domain.content import load_content
from carerhelp.domain.errors import ContentError
from carerhelp.domain.letter_specs import load_letter_specs
from carerhelp.domain.phrases import load_phrases
from carerhelp.domain.rights import assess
from carerhelp.letters import build_letter, choose_team, letter_labels, render_pdf

ROOT = Path(__file__).resolve().parents[2]
RESOURCES = ROOT / "resources"
EXAMPLES = sorted((ROOT / "docs" / "examples").glob("*.json"))
CONTENT = load_content()  # this module's own, read once
Q = CONTENT.questionnaire
CITATIONS = CONTENT.citations
PHRASES = CONTENT.phrases
SPECS = CONTENT.letters
ON = date(2026, 11, 22)
HAD_ASSESSMENT = "I had a carer's assessment"


def answers_of(path: Path, **changes) -> dict:
    answers = json.loads(path.read_text(encoding="utf-8"))["answers"]
    answers.update(changes)
    return Q.parse_all({k: v for k, v in answers.items() if v is not None})


def letter_text(answers: dict, kind: str, phrases=PHRASES, specs=SPECS) -> str:
    findings = assess(answers, ON, CONTENT)
    recipient = CONTENT.authorities.get(answers.get("council"))
    document = build_letter(
        kind,
        answers,
        findings,
        ON,
        content=dataclasses.replace(CONTENT, phrases=phrases, letters=specs),
        recipient=recipient,
    )
    pdf = render_pdf(document)
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    return re.sub(r"\s+", " ", text)


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_the_respite_letter_claims_an_assessment_only_when_the_answers_record_one(path: Path):
    answers = answers_of(path)
    assert answers.get("already_assessed") is not True
    text = letter_text(answers, "respite")
    assert HAD_ASSESSMENT not in text
    assert "break from caring" in text
    if "want_carer_assessment" in Q.active_answers(answers):
        assessed = answers_of(
            path, already_assessed=True, assessment_date="2026-03-02", want_carer_assessment=None
        )
        assert f"{HAD_ASSESSMENT} on 2 March 2026" in letter_text(assessed, "respite")


def cited_in(text: str) -> set[str]:
    """The laws a letter cites, as "(Act, section)" in its text."""
    return {key for key, law in CITATIONS.items() if f"({law.short})" in text}


@pytest.mark.parametrize("kind", [k for k in SPECS if not SPECS[k].follows_up])
@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_a_letter_cites_only_the_law_of_the_findings_it_rests_on(path: Path, kind: str):
    answers = answers_of(path)
    backed = {
        law
        for finding in assess(answers, ON, CONTENT)
        if finding.id in SPECS[kind].rests_on
        for law in finding.citations
    }
    cited = cited_in(letter_text(answers, kind))
    assert cited, "the letter should cite the law it asks under"
    assert cited <= backed, sorted(cited - backed)


def test_a_young_carer_in_england_writes_to_childrens_services_under_the_children_act():
    answers = answers_of(ROOT / "docs" / "examples" / "england-young-carer.json")
    text = letter_text(answers, "assessment")
    assert "Children's Services (young carers)" in text and "Adult Social Care" not in text
    assert "section 17ZA" in text
    assert "Care Act 2014, section 10(4)" not in text and "(Care Act 2014, section 10)" not in text
    team = choose_team("assessment", answers, assess(answers, ON, CONTENT), content=CONTENT)
    assert team == "Children's Services (young carers)"
    respite = letter_text(answers, "respite")
    assert "I have not had a young carer's assessment" in respite and HAD_ASSESSMENT not in respite


@pytest.mark.parametrize(
    ("nation", "team"),
    [
        ("england", "Adult Social Care"),
        ("wales", "Social Services (adult services)"),
        ("scotland", "Social Work Services (carers)"),
        ("northern-ireland", "Carers' Coordinator (adult services)"),
    ],
)
def test_the_addressee_is_chosen_from_the_situation(nation: str, team: str):
    answers = answers_of(ROOT / "docs" / "examples" / f"{nation}.json")
    found = choose_team("assessment", answers, assess(answers, ON, CONTENT), content=CONTENT)
    assert found == team


def test_a_phrase_with_an_unanswered_placeholder_gives_way_to_the_next():
    path = ROOT / "docs" / "examples" / "england.json"
    with_phone = letter_text(
        answers_of(path, contact_method="phone", carer_phone="01234 567890"), "assessment"
    )
    assert "Please contact me by phone on 01234 567890." in with_phone
    without = letter_text(answers_of(path, contact_method="phone", carer_phone=None), "assessment")
    assert "Please contact me by phone." in without and "phone on" not in without


def test_the_list_of_kinds_comes_from_the_specs():
    assert list(SPECS) == ["assessment", "respite", "chaser", "complaint", "ombudsman"]
    assert [k for k in SPECS if SPECS[k].follows_up] == ["chaser", "complaint", "ombudsman"]
    assert letter_labels(SPECS, PHRASES) == {
        "assessment": "Ask for a carer's assessment",
        "respite": "Ask for a break from caring (respite)",
        "chaser": "Remind them: no answer yet (a chaser)",
        "complaint": "Make a formal complaint",
        "ombudsman": "Ask the ombudsman (covering letter, timeline and list of what is enclosed)",
    }
    assert SPECS.first_kind({"already_assessed": True}) == "respite"
    assert SPECS.first_kind({"already_assessed": False}) == "assessment"


CHASER = """
order = 3
label = "kinds.nudge"
subject = "subject_chaser"
rests_on = ["carer_assessment"]

[[block]]
phrase = "salutation"

[[block]]
phrase = ["chaser_request", "chaser_plain"]

[[block]]
include = "ending"
"""


def test_a_new_kind_of_letter_is_a_spec_and_its_phrases(tmp_path: Path):
    shutil.copytree(RESOURCES / "letters", tmp_path / "letters")
    shutil.copytree(RESOURCES / "phrases", tmp_path / "phrases")
    (tmp_path / "letters" / "kinds" / "nudge.toml").write_text(CHASER, encoding="utf-8")
    words = tmp_path / "phrases" / "en" / "letter.toml"
    text = words.read_text(encoding="utf-8")
    text = text.replace("[kinds]\n", '[kinds]\nnudge = "Chase a request I have already made"\n')
    text = text.replace(
        "[england]\n",
        "[england]\nchaser_request = \"I wrote to ask for a carer's assessment and have had no "
        'reply. The council must assess me ([[care_act_s10]])."\n',
    )
    text = text.replace(
        "[common]\n",
        '[common]\nsubject_chaser = "My request for help as a carer: {carer_name}"\n'
        'chaser_plain = "I wrote to ask for help as a carer and have had no reply."\n',
    )
    words.write_text(text, encoding="utf-8")
    specs = load_letter_specs(tmp_path / "letters")
    phrases = load_phrases("en", citations=CITATIONS, folder=tmp_path / "phrases")
    assert "nudge" in specs and len(specs) == len(SPECS) + 1
    assert letter_labels(specs, phrases)["nudge"] == "Chase a request I have already made"
    england = answers_of(ROOT / "docs" / "examples" / "england.json")
    text = letter_text(england, "nudge", phrases, specs)
    assert "My request for help as a carer" in text
    assert "have had no reply. The council must assess me (Care Act 2014, section 10)." in text
    young = answers_of(ROOT / "docs" / "examples" / "england-young-carer.json")
    young_text = letter_text(young, "nudge", phrases, specs)
    assert "I wrote to ask for help as a carer and have had no reply." in young_text
    assert "Care Act 2014" not in young_text  # the young carer's finding rests on the Children Act


def write_kind(tmp_path: Path, body: str) -> Path:
    shutil.copytree(RESOURCES / "letters", tmp_path / "letters")
    (tmp_path / "letters" / "kinds" / "bad.toml").write_text(body, encoding="utf-8")
    return tmp_path / "letters"


def test_a_broken_spec_is_refused_with_every_problem(tmp_path: Path):
    folder = write_kind(
        tmp_path,
        'order = 9\nlabel = "kinds.bad"\nsubject = "x"\nrests_on = ["breaks"]\n'
        '[[block]]\ninclude = "no_such_part"\n'
        '[[block]]\nkind = "poem"\nphrase = "x"\n'
        '[[block]]\nphrase = "x"\nwhen = { carer = "young" }\n'
        '[[block]]\nphrase = "x"\nwhen = { condition = "nobody" }\n'
        '[[block]]\nkind = "bullets"\nintro = "x"\n',
    )
    with pytest.raises(ContentError) as error:
        load_letter_specs(folder)
    message = str(error.value)
    for words in (
        "no part 'no_such_part'",
        "kind must be one of",
        "'carer' needs a list",
        "no condition 'nobody'",
        "bullets need one of items, each, list, diary or lines",
    ):
        assert words in message, words


def spec_phrase_keys() -> set[str]:
    """Every phrase key the specs name (before "{answer}" in a key is filled in)."""
    keys: set[str] = set()
    for spec in SPECS.values():
        keys |= {spec.label, spec.subject}
        for part in spec.parts:
            keys |= set(part.phrases) | {k for k in (part.intro, part.heading, part.list) if k}
            for item in part.items:
                keys |= set(item.phrases)
    return keys


def phrase_exists(key: str) -> bool:
    """A key names a phrase in some nation's table or [common], once its "{answer}" is any value."""
    tables = ("common", "england", "wales", "scotland", "northern_ireland")
    pattern = re.compile("^" + re.sub(r"\\\{\w+\\\}", r"\\w+", re.escape(key)) + "$")
    if "." in key:
        table = key.rpartition(".")[0]
        entries = PHRASES.raw(f"letter.{table}")
        return any(pattern.fullmatch(f"{table}.{k}") for k in entries)
    return any(pattern.fullmatch(k) for table in tables for k in PHRASES.raw(f"letter.{table}"))


def test_every_phrase_a_spec_names_is_written_and_every_letter_phrase_is_used():
    named = spec_phrase_keys()
    missing = sorted(key for key in named if not phrase_exists(key))
    assert not missing, missing
    patterns = [re.compile(re.sub(r"\\\{\w+\\\}", r"\\w+", re.escape(k))) for k in named]
    built_in = {"needs_name_and_nation", "the_person_i_care_for", "phone_line", "email_line"}
    built_in |= {"address_blank"}
    unused = sorted(
        key
        for key in PHRASES.raw("letter.common")
        if key not in built_in and not any(p.fullmatch(key) for p in patterns)
    )
    assert not unused, unused


ADULT_GUIDANCE = "paragraph 6.29"  # the Care and Support Statutory Guidance: adults' assessments


@pytest.mark.parametrize(
    "stem", ["england-parent-carer", "england-young-carer", "england"], ids=lambda s: s
)
@pytest.mark.parametrize("kind", ["assessment", "respite"])
def test_only_an_adult_carers_letter_quotes_the_adult_care_guidance_on_timescales(stem, kind):
    """The Care Act's guidance sets no timescale for a young carer's or parent carer's assessment
    under the Children Act, so their letters ask when it will happen without quoting it."""
    answers = answers_of(ROOT / "docs" / "examples" / f"{stem}.json")
    text = letter_text(answers, kind)
    assert "tell me when the assessment will take place" in text
    if stem == "england":
        assert ADULT_GUIDANCE in text
    else:
        assert ADULT_GUIDANCE not in text


@pytest.mark.parametrize("stem", ["england-parent-carer", "england-young-carer"])
def test_no_unsourced_means_test_claim_for_childrens_law_assessments(stem):
    """Care Act s.10(4) says a carer's finances don't matter; nothing CarerHelp has confirmed says the
    same of a Children Act assessment, so such a letter makes no claim about finances at all."""
    answers = answers_of(ROOT / "docs" / "examples" / f"{stem}.json")
    assert "finances do not affect my right" not in letter_text(answers, "assessment")
