"""The questionnaire as data: loading, every problem reported, flow, parsing and the generated doc."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from carerhelp.domain.answers_doc import render
from carerhelp.domain.content import load_content
from carerhelp.domain.errors import ContentError, ValidationError
from carerhelp.domain.phrases import render_findings
from carerhelp.domain.questionnaire import QuestionKind, load_questionnaire
from carerhelp.domain.questionnaire.loader import default_folder
from carerhelp.domain.rights import assess
from carerhelp.domain.text import clean_text

ROOT = Path(__file__).resolve().parents[2]
CONTENT = load_content()  # this module's own, read once: hypothesis tests can't take fixtures
Q = CONTENT.questionnaire


def copy_questionnaire(tmp_path: Path) -> Path:
    target = tmp_path / "questionnaire"
    shutil.copytree(default_folder(), target)
    return target


def test_all_contract_question_ids_are_declared():
    contract = (ROOT / "docs" / "contracts.md").read_text(encoding="utf-8")
    for qid in (
        "carer_name",
        "nation",
        "council",
        "weekly_earnings",
        "people_count",
        "person3_hours",
        "impact_leisure",
        "want_emergency_plan",
        "seen_separately",
        "extra_info",
    ):
        assert (
            qid in Q
            and f"`{qid.replace('3', '{n}') if qid.startswith('person') else qid}`" in contract
        )


def test_every_question_has_a_purpose_and_bounds():
    for q in Q.questions:
        assert q.purpose, q.id
        if q.kind in (QuestionKind.NUMBER, QuestionKind.MONEY):
            assert q.min is not None and q.max is not None, q.id


def test_loader_reports_every_problem_with_file_question_and_reason(tmp_path: Path):
    folder = copy_questionnaire(tmp_path)
    caring = folder / "caring.toml"
    text = caring.read_text(encoding="utf-8")
    text = text.replace('kind = "choice"', 'kind = "colour"', 1)
    text = text.replace('id = "caring_since"', 'id = "caring_tasks"')
    text += '\n[[questions]]\nid = "bad_number"\nkind = "number"\ntext = { en = "How many?" }\nmin = 10\nmax = 1\n'
    text += 'purpose = "test"\nshow_if = { question = "extra_info", eq = "x" }\n'
    caring.write_text(text, encoding="utf-8")
    (folder / "impact.toml").write_text("this is = not [valid toml", encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_questionnaire(folder)
    message = str(caught.value)
    assert "caring.toml, question 'caring_nights': unknown kind 'colour'" in message
    assert "caring.toml, question 'caring_tasks': the id is used twice" in message
    assert "caring.toml, question 'bad_number': 'min' is bigger than 'max'" in message
    assert "'extra_info', which is not an earlier question" in message
    assert "impact.toml: the file can't be read" in message


def test_missing_purpose_and_options_are_reported(tmp_path: Path):
    folder = copy_questionnaire(tmp_path)
    path = folder / "preferences.toml"
    path.write_text(
        path.read_text(encoding="utf-8")
        .replace('purpose = "letter: interpreter"\n', "", 1)
        .replace("options = [", "opts = [", 1),
        encoding="utf-8",
    )
    with pytest.raises(ContentError) as caught:
        load_questionnaire(folder)
    assert "question 'interpreter': the question needs a 'purpose'" in str(caught.value)
    assert "question 'contact_method': a choice question needs a list of options" in str(
        caught.value
    )


def test_bad_conditions_and_placeholders_are_reported(tmp_path: Path):
    folder = copy_questionnaire(tmp_path)
    path = folder / "preferences.toml"
    text = path.read_text(encoding="utf-8")
    text = text.replace(
        'show_if = { question = "language", eq = "other" }',
        'show_if = { question = "language", in = "other" }',
    )
    text = text.replace(
        'show_if = { question = "interpreter", eq = true }',
        'show_if = { question = "interpreter", gte = "yes" }',
    )
    text = text.replace(
        'text = { en = "Do you need an interpreter?"',
        'text = { en = "Does {the_person} need an interpreter?"',
    )
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_questionnaire(folder)
    message = str(caught.value)
    assert "question 'language_other': 'in' needs a list of values" in message
    assert "question 'interpreter_language': 'gte' needs a number" in message
    assert "question 'interpreter': 'text' has {the_person}" in message


def test_repeated_questions_name_each_person_and_welsh_labels_load(tmp_path: Path):
    assert Q.question("person1_age").text == "How old is the person you care for?"
    assert Q.question("person2_hours").text.endswith("caring for the second person you care for?")
    assert Q.question("person3_benefits").show_if == {"question": "people_count", "gte": 3}
    folder = copy_questionnaire(tmp_path)
    path = folder / "about_you.toml"
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            'label = { en = "Wales" }', 'label = { en = "Wales", cy = "Cymru" }'
        ),
        encoding="utf-8",
    )
    wales = load_questionnaire(folder).question("nation").option("wales")
    assert wales is not None and (wales.label, wales.label_cy) == ("Wales", "Cymru")


def test_flow_ends_and_starts():
    first, last = Q.questions[0], Q.questions[-1]
    assert Q.previous_question(first.id, {}) is None
    assert Q.next_question(last.id, {}) is None
    assert Q.first_unanswered({}) == first
    with pytest.raises(KeyError):
        Q.next_question("favourite_colour", {})


def test_changing_an_earlier_answer_reroutes_the_path():
    answers = {"nation": "scotland", "carer_age": 18}
    assert Q.is_visible("carer_at_school", answers)
    answers["nation"] = "england"
    assert not Q.is_visible("carer_at_school", answers)
    path = [q.id for q in Q.visible_questions({"people_count": 2})]
    assert "person2_hours" in path and "person3_hours" not in path
    assert path.index("person1_hours") < path.index("person2_name")


def test_flow_branches_and_resume():
    answers = {"carer_name": "A", "carer_address": "B", "carer_postcode": "C", "nation": "wales"}
    nxt = Q.next_question("nation", answers)
    assert nxt is not None and nxt.id == "council"
    assert Q.first_unanswered(answers).id == "council"
    assert Q.previous_question("council", answers).id == "nation"
    assert not Q.is_visible("weekly_earnings", answers)
    answers.update(
        {"council": "cardiff", "carer_age": 40, "caring_role": "family_friend", "carer_works": True}
    )
    assert Q.is_visible("weekly_earnings", answers)
    assert not Q.is_visible("carer_at_school", answers), "Scotland-only question shown in Wales"
    assert not Q.is_visible("person2_name", {**answers, "people_count": 1})
    assert Q.is_visible("person2_name", {**answers, "people_count": 2})


def test_hidden_answers_are_kept_but_inactive():
    answers = {"carer_age": 40, "carer_works": True, "weekly_earnings": 100}
    assert "weekly_earnings" in Q.active_answers(answers)
    answers["carer_works"] = False
    assert "weekly_earnings" not in Q.active_answers(answers)
    assert answers["weekly_earnings"] == 100


@pytest.mark.parametrize(
    ("qid", "raw", "words"),
    [
        ("carer_age", "forty", "Enter a number"),
        ("carer_age", 4, "at least 5"),
        ("carer_age", 40.5, "whole number"),
        ("person1_hours", 169, "no more than 168"),
        ("weekly_earnings", "12.345", "pounds and pence"),
        ("weekly_earnings", -1, "at least"),
        ("nation", "atlantis", "Choose one of the answers"),
        ("person1_benefits", ["none", "aa_higher"], "Tick one or the other"),
        ("carer_name", "x" * 201, "Keep it to 200"),
        ("assessment_date", "2024-02-30", "real date"),
        ("carer_works", "perhaps", "yes or no"),
    ],
)
def test_bad_answers_get_plain_messages(qid, raw, words):
    with pytest.raises(ValidationError) as caught:
        Q.parse(qid, raw)
    assert words in str(caught.value)


def test_total_hours_over_a_week_is_reported():
    answers = {
        "people_count": 2,
        "person1_hours": 100,
        "person2_hours": 100,
        "person1_name": "A",
        "person2_name": "B",
    }
    problems = Q.validate_all(answers)
    assert "168" in problems["person1_hours"] and "168" in problems["person2_hours"]


def test_text_is_cleaned_at_the_boundary():
    assert clean_text("  Sia\u0302n\u202e\x00 Ll\u0177r\r\n ") == "Siân Llŷr"
    assert Q.parse("carer_name", "Siân\tLlŷr\n") == "Siân Llŷr"
    assert Q.parse("extra_info", "line 1\r\nline 2\x07") == "line 1\nline 2"
    assert Q.parse("carer_name", "bad\ud800name") == "badname"


def test_generated_answers_doc_is_up_to_date():
    committed = (ROOT / "docs" / "answers-format.md").read_text(encoding="utf-8")
    assert committed == render(Q), (
        "run: python -m carerhelp.domain.answers_doc > docs/answers-format.md"
    )


def _value(q):
    if q.kind is QuestionKind.YES_NO:
        return st.booleans()
    if q.kind is QuestionKind.CHOICE:
        return st.sampled_from([o.value for o in q.options])
    if q.kind is QuestionKind.MULTI_CHOICE:
        plain = [o.value for o in q.options if not o.exclusive]
        exclusive = [[o.value] for o in q.options if o.exclusive]
        return st.one_of(
            st.lists(st.sampled_from(plain), min_size=1, unique=True),
            st.sampled_from(exclusive or [plain[:1]]),
        )
    if q.kind is QuestionKind.NUMBER:
        if q.integer:
            return st.integers(int(q.min), int(q.max))
        return st.integers(int(q.min), int(q.max)) | st.floats(q.min, q.max, allow_nan=False).map(
            lambda x: round(x, 1)
        )
    if q.kind is QuestionKind.MONEY:
        return st.integers(0, 100_000).map(lambda p: p / 100)
    if q.kind is QuestionKind.DATE:
        return st.dates().map(lambda d: d.isoformat())
    return st.text(min_size=1, max_size=60)


@st.composite
def accepted_answers(draw):
    """Answers the questionnaire accepts: walk the path, answering or skipping each question."""
    answers: dict = {}
    for q in Q.questions:
        if not Q.is_visible(q.id, answers) or draw(st.integers(0, 9)) == 0:
            continue
        try:
            answers[q.id] = Q.parse(q.id, draw(_value(q)))
        except ValidationError:
            continue
    hours = [k for k in answers if k.endswith("_hours")]
    if sum(answers[k] for k in hours) > 168:
        for k in hours:
            answers[k] = 10
    return answers


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(accepted_answers(), st.dates())
def test_any_accepted_answers_give_findings_and_the_same_ones_every_time(answers, on):
    assert Q.validate_all(answers) == {}
    first = assess(answers, on, CONTENT)
    again = assess(dict(answers), on, CONTENT)
    assert first == again
    assert [f.to_json() for f in first] == [f.to_json() for f in again]
    for finding in render_findings(first, CONTENT.phrases):
        assert (
            finding.why
            and (finding.citation or finding.guidance)
            and finding.title
            and finding.status_label
        )


def test_check_your_answers_names_the_council_not_its_code(content):
    """'leeds' is how the answer is kept; a carer checking their answers reads 'Leeds City Council'."""
    council = content.authorities.get("leeds")
    assert council is not None
    shown = content.questionnaire.format_answer("council", "leeds")
    assert shown == council.name
    assert shown != "leeds"
