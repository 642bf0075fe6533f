"""load_content(lang=…): the loader picks each content field's words in one language, strictly.

These tests build their own content under tmp_path: small files written here, and a copy of the
shipped tree in which every English field without Welsh is given made-up Welsh (marked CY), so the
mechanism is tested whatever Welsh the shipped files have so far.
"""

from __future__ import annotations

import re
import shutil
import tomllib
from pathlib import Path

import pytest

from carerhelp.domain.authorities import load_authorities
from carerhelp.domain.citations import load_citations
from carerhelp.domain.content import load_content
from carerhelp.domain.errors import ContentError
from carerhelp.domain.model import Nation
from carerhelp.domain.questionnaire import Tag, load_questionnaire
from carerhelp.domain.situation import situation
from carerhelp.domain.timeline import load_words
from carerhelp.paths import resources_dir

MARK = "CY "
_STRING = r'"(?:[^"\\]|\\.)*"'
# The fields a carer reads, by file: the ones this copy gives made-up Welsh.
WORD_KEYS = {
    "law/citations.toml": "act|section|plain",
    "law/routes.toml": "title|team|plain|name",
    "authorities/authorities.toml": "name|team",
    "earnings/rules.toml": "text|label|rule|title|name|benefit|how",
    "timescales/words.toml": r"\w+",
    **{
        f"timescales/{nation}.toml": "rule|source|procedure|short|instrument|complain_within|"
        "acknowledge|respond|in_letter|due_words|stages|name|time_limit|when|how|law|limit_words|"
        "letter_point|body|covering"
        for nation in ("england", "wales", "scotland", "northern_ireland")
    },
    **{
        f"questionnaire/{path.name}": "title|text|help|label"
        for path in (resources_dir() / "questionnaire").glob("*.toml")
    },
}


def _cy(english: str) -> str:
    return '"' + MARK + english[1:]


def welshify(text: str, keys: str) -> str:
    """Each English-only field named by `keys` given Welsh: `key = "x"` and `{ en = "x" }`."""
    text = re.sub(
        rf"\{{ en = ({_STRING}) \}}", lambda m: f"{{ en = {m[1]}, cy = {_cy(m[1])} }}", text
    )
    text = re.sub(
        rf"(?m)(^|[{{,] )(?!(?:en|cy) )({keys}) = ({_STRING})(?=\s*(?:$|,|\}}|#))",
        lambda m: f"{m[1]}{m[2]} = {{ en = {m[3]}, cy = {_cy(m[3])} }}" if m[3] != '""' else m[0],
        text,
    )
    # a list of paragraphs: text = [ "…", "…" ]
    return re.sub(
        r"(?ms)^text = \[\n(.*?)^\]",
        lambda m: (
            "text = { en = [\n"
            + m[1]
            + "], cy = [\n"
            + re.sub(rf"({_STRING})", lambda s: _cy(s[1]), m[1])
            + "] }"
        ),
        text,
    )


def english_only(text: str) -> str:
    """Every `{ en = "x", cy = "y" }` in a content file put back to plain English `"x"`."""
    return re.sub(rf"\{{ en = ({_STRING}), cy = {_STRING} \}}", r"\1", text)


def welsh_tree(tmp_path: Path) -> Path:
    """A copy of the shipped content with Welsh (real or made up) for every field and phrase."""
    root = tmp_path / "resources"
    shutil.copytree(resources_dir(), root, ignore=shutil.ignore_patterns("fonts", "icons"))
    for name, keys in WORD_KEYS.items():
        path = root / name
        path.write_text(welshify(path.read_text(encoding="utf-8"), keys), encoding="utf-8")
    if not (root / "phrases" / "cy").is_dir():
        shutil.copytree(root / "phrases" / "en", root / "phrases" / "cy")
    return root


def read(root: Path, name: str) -> dict:
    return tomllib.loads((root / name).read_text(encoding="utf-8"))


def test_english_is_read_as_before_when_welsh_is_there_too(tmp_path: Path, content):
    root = welsh_tree(tmp_path)
    english = load_content(root)
    assert english.lang == "en" and content.lang == "en"
    assert english.citations["care_act_s10"].short == content.citations["care_act_s10"].short
    assert [q.text for q in english.questionnaire.questions] == [
        q.text for q in content.questionnaire.questions
    ]
    assert [a.name for a in english.authorities.all] == [a.name for a in content.authorities.all]
    assert english.timescales["wales"].complaint.respond == (
        content.timescales["wales"].complaint.respond
    )
    assert english.timeline_words.events == content.timeline_words.events


def test_welsh_content_gives_every_kind_of_word_in_welsh(tmp_path: Path):
    root = welsh_tree(tmp_path)
    cy = load_content(root, lang="cy")
    assert cy.lang == "cy" and cy.phrases.language == "cy"
    law = read(root, "law/citations.toml")["wales_s24"]
    assert cy.citations["wales_s24"].plain == law["plain"]["cy"]
    assert cy.citations["wales_s24"].short == f"{law['act']['cy']}, {law['section']['cy']}"
    route = read(root, "law/routes.toml")["adult_carer"]["wales"]
    wales = cy.routes.route("adult_carer", Nation.WALES)
    assert (wales.title, wales.team) == (route["title"]["cy"], route["team"]["cy"])
    assert wales.assessment.plain == route["assessment"]["plain"]["cy"]
    assert wales.assessment.name == route["assessment"]["name"]["cy"]
    assert wales.body_words == read(root, "law/routes.toml")["bodies"]["council"]["cy"]
    councils = {a["id"]: a for a in read(root, "authorities/authorities.toml")["authorities"]}
    cardiff = cy.authorities.get("cardiff")
    assert cardiff is not None and cardiff.name == councils["cardiff"]["name"]["cy"]
    assert cardiff.team == councils["cardiff"]["team"]["cy"]
    times = read(root, "timescales/wales.toml")
    assert cy.timescales["wales"].complaint.respond == times["complaint"]["respond"]["cy"]
    assert cy.timescales["wales"].ombudsman.name == times["ombudsman"]["name"]["cy"]
    assert (
        cy.timeline_words.events["sent"]
        == read(root, "timescales/words.toml")["events"]["sent"]["cy"]
    )
    rules = read(root, "earnings/rules.toml")
    assert cy.earnings_rules.deductions[0].label == rules["deductions"][0]["label"]["cy"]
    assert cy.earnings_rules.averaging_for("wales")[1] == tuple(
        rules["averaging"]["carers_allowance"]["text"]["cy"]
    )
    language = cy.questionnaire.tagged(Tag.LANGUAGE)
    assert language is not None and language.text == language.text_cy != ""
    assert all(q.text == q.text_cy for q in cy.questionnaire.questions)


def test_a_missing_welsh_text_is_named_by_file_and_key_and_nothing_falls_back(tmp_path: Path):
    root = welsh_tree(tmp_path)
    path = root / "timescales" / "wales.toml"
    text = path.read_text(encoding="utf-8")
    times = read(root, "timescales/wales.toml")
    respond = times["complaint"]["respond"]
    path.write_text(text.replace(f"cy = {_quote(respond['cy'])}", 'cy = ""', 1), encoding="utf-8")
    citations = root / "law" / "citations.toml"
    citations.write_text(
        re.sub(
            r'(\[wales_s24\][^\[]*?plain = )\{ en = ("[^"]*"), cy = "[^"]*" \}',
            r"\1\2",
            citations.read_text(encoding="utf-8"),
        ),
        encoding="utf-8",
    )
    with pytest.raises(ContentError) as raised:
        load_content(root, lang="cy")
    message = str(raised.value)
    assert "wales.toml: complaint.respond has no Welsh" in message
    assert "wales_s24.plain has no Welsh" in message and "citations.toml" in message
    assert load_content(root).lang == "en"  # English does not need the Welsh


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def test_the_shipped_english_loads_strictly_in_english_only(content):
    with pytest.raises(ContentError, match=r"no language 'fr'.*Nid oes gan CarerHelp iaith"):
        load_content(lang="fr")


def write_questions(folder: Path, hint: str) -> Path:
    folder.mkdir()
    shutil.copy(resources_dir() / "questionnaire" / "messages.toml", folder / "messages.toml")
    (folder / "index.toml").write_text('sections = ["about", "person"]\n', encoding="utf-8")
    (folder / "about.toml").write_text(
        'id = "about"\ntitle = { en = "About you", cy = "Amdanoch chi" }\n'
        '[[questions]]\nid = "speak"\nkind = "choice"\ntags = ["language"]\n'
        'text = { en = "Which language?", cy = "Pa iaith?" }\n'
        f"help = {hint}\n"
        'purpose = "letter: language"\n'
        'options = [{ value = "english", label = { en = "English", cy = "Saesneg" } },\n'
        '  { value = "welsh", label = { en = "Welsh", cy = "Cymraeg" } }]\n',
        encoding="utf-8",
    )
    (folder / "person.toml").write_text(
        'id = "person"\ntitle = { en = "People", cy = "Pobl" }\nrepeat = 2\n'
        '[[questions]]\nid = "person{n}_age"\nkind = "number"\nmin = 0\nmax = 120\n'
        'text = { en = "How old is {the_person}?", cy = "Beth yw oed {the_person}?" }\n'
        'purpose = "rules: age"\n',
        encoding="utf-8",
    )
    return folder


def test_the_questionnaire_in_welsh_and_its_language_tag(tmp_path: Path):
    folder = write_questions(tmp_path / "q", '{ en = "Pick one.", cy = "Dewiswch un." }')
    cy = load_questionnaire(folder, lang="cy")
    speak = cy.question("speak")
    assert (speak.text, speak.help) == ("Pa iaith?", "Dewiswch un.")
    assert [o.label for o in speak.options] == ["Saesneg", "Cymraeg"]
    assert [s.title for s in cy.sections] == ["Amdanoch chi", "Pobl"]
    assert cy.question("person1_age").text == "Beth yw oed y person rydych chi'n gofalu amdano?"
    assert (
        cy.question("person2_age").text == "Beth yw oed yr ail berson rydych chi'n gofalu amdano?"
    )
    en = load_questionnaire(folder)
    assert (en.question("speak").text, en.question("speak").options[1].label) == (
        "Which language?",
        "Welsh",
    )
    assert en.question("person2_age").text == "How old is the second person you care for?"
    # the carer's choice is read by the tag, not by the question's id
    assert situation(en, {"speak": "welsh"}).prefers_welsh
    assert situation(en, {"speak": "english"}).language == "english"
    assert not situation(en, {}).prefers_welsh


def test_a_question_without_welsh_is_named(tmp_path: Path):
    folder = write_questions(tmp_path / "q", '{ en = "Pick one." }')
    with pytest.raises(ContentError, match=r"about\.toml, question 'speak': 'help' has no Welsh"):
        load_questionnaire(folder, lang="cy")
    assert load_questionnaire(folder).question("speak").help == "Pick one."


def test_laws_councils_and_timeline_words_in_welsh(tmp_path: Path):
    laws = tmp_path / "citations.toml"
    laws.write_text(
        "[wales_s24]\n"
        'act = { en = "Social Services and Well-being (Wales) Act 2014", '
        'cy = "Deddf Gwasanaethau Cymdeithasol a Llesiant (Cymru) 2014" }\n'
        'section = { en = "section 24", cy = "adran 24" }\n'
        'plain = { en = "carers are assessed", cy = "asesir gofalwyr" }\n'
        "[care_act_s10]\n"
        'act = { en = "Care Act 2014", cy = "Care Act 2014" }\n'
        'section = { en = "section 10", cy = "adran 10" }\n'
        'plain = { en = "carers are assessed", cy = "asesir gofalwyr" }\n',
        encoding="utf-8",
    )
    cy = load_citations(laws, "cy")
    assert cy.cite("wales_s24", "care_act_s10") == (
        "Deddf Gwasanaethau Cymdeithasol a Llesiant (Cymru) 2014, adran 24; Care Act 2014, adran 10"
    )
    assert load_citations(laws).cite("wales_s24") == (
        "Social Services and Well-being (Wales) Act 2014, section 24"
    )
    councils = tmp_path / "authorities.toml"
    entry = '[[authorities]]\nid = "{id}"\nname = {name}\nnation = "{nation}"\nkind = "council"\n'
    entry += 'team = {{ en = "Social Services", cy = "Gwasanaethau Cymdeithasol" }}\n'
    councils.write_text(
        entry.format(id="leeds", name='"Leeds City Council"', nation="england")
        + entry.format(
            id="gwynedd", name='{ en = "Gwynedd Council", cy = "Cyngor Gwynedd" }', nation="wales"
        ),
        encoding="utf-8",
    )
    found = load_authorities(councils, "cy")
    assert [a.name for a in found.all] == ["Cyngor Gwynedd", "Leeds City Council"]
    assert {a.team for a in found.all} == {"Gwasanaethau Cymdeithasol"}
    councils.write_text(
        entry.format(id="gwynedd", name='"Gwynedd Council"', nation="wales"), encoding="utf-8"
    )
    with pytest.raises(ContentError, match=r"gwynedd\.name: a Welsh council's name is"):
        load_authorities(councils, "cy")
    assert load_authorities(councils).get("gwynedd").name == "Gwynedd Council"  # type: ignore[union-attr]
    words = tmp_path / "words.toml"
    shipped = (resources_dir() / "timescales" / "words.toml").read_text(encoding="utf-8")
    shipped = english_only(shipped)
    words.write_text(welshify(shipped, r"\w+"), encoding="utf-8")
    assert load_words(words, "cy").how["post"] == MARK + "by post"
    words.write_text(shipped, encoding="utf-8")
    with pytest.raises(ContentError, match=r"words\.toml: events\.sent has no Welsh"):
        load_words(words, "cy")
