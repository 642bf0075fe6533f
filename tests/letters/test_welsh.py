"""CarerHelp in Welsh, end to end, on the shipped content and the examples in docs/examples/.

The content loads in Welsh (strictly, so every question, hint, option, phrase, route, law, council
name and timeline word has its Welsh); a Welsh letter of every kind, read back from the PDF, and
`carerhelp assess --lang cy` use none of the English terms in resources/translations/glossary.tsv
outside the carer's own words and the English titles of laws that have no Welsh title; a Welsh
letter to a council in Wales cites the Welsh title of the 2014 Act and asks for a reply in Welsh;
and the English letters are the same with the Welsh there as without it.
"""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from carerhelp.cli import build_parser, run
from carerhelp.domain.answers_file import read_answers_document
from carerhelp.domain.content import Content, load_content
from carerhelp.domain.errors import ContentError, ValidationError
from carerhelp.domain.rights import assess
from carerhelp.letters import build_letter, render_pdf
from carerhelp.letters.pack import build_change_letter
from carerhelp.paths import resources_dir

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = sorted((ROOT / "docs" / "examples").glob("*.json"))
GLOSSARY = ROOT / "resources" / "translations" / "glossary.tsv"
ON = "2026-12-01"
ACT_2014 = "Deddf Gwasanaethau Cymdeithasol a Llesiant (Cymru) 2014"
EN = load_content()
CY = load_content(lang="cy")

# Titles a Welsh text quotes in English because the law or guidance has no Welsh title (besides
# the laws in the table of laws whose Welsh `act` is their English title).
ENGLISH_TITLES = (
    "Care and Support Statutory Guidance",
    "Council Tax (Additional Provisions for Discount Disregards) Regulations 1992",
    "Social Security (Contributions Credits for Parents and Carers) Regulations 2010",
    "Carers (Scotland) Act 2016 (Adult Carers and Young Carers of Terminally Ill Persons: Timescales "
    "for Adult Carer Support Plans and Young Carer Statements etc.) Regulations 2021",
    "Children Act 1989 Representations Procedure (England) Regulations 2006",
    "Local Government Act 1974",
    "Scottish Public Services Ombudsman Act 2002",
    "Carer's Leave Act 2023",
    "Carer's Leave Regulations 2024",
)

# Names from outside Wales that the Welsh phrases give in English on purpose, so the body that gets
# the letter knows them: the ombudsmen of England, Scotland and Northern Ireland and the Scottish
# benefits, which have no Welsh names, and the Scottish Act's own names for what a Scottish carer
# asks for, each given beside its Welsh ("cynllun cymorth i ofalwr sy'n oedolyn (adult carer
# support plan)").
ENGLISH_NAMES = (
    "Carer Support Payment",
    "Carer's Allowance Supplement",
    "Young Carer Grant",
    "Local Government and Social Care Ombudsman",
    "Scottish Public Services Ombudsman",
    "Northern Ireland Public Services Ombudsman",
    "adult carer support plan",
    "young carer statement",
)


def glossary_terms() -> list[str]:
    with GLOSSARY.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    assert rows and all(row["english"] and row["welsh"] and row["source"] for row in rows)
    return [row["english"] for row in rows]


TERMS = glossary_terms()


def allowed_english(answers: dict[str, Any]) -> list[str]:
    """What a Welsh text may hold in English: the carer's own answers, names that are the same in
    both languages (councils outside Wales) and the titles of laws that have no Welsh title."""
    own = [" ".join(str(v).split()) for v in answers.values() if isinstance(v, str)]
    laws = [
        c.act
        for key, c in CY.citations.items()
        if c.act.replace("(O.S. ", "(SI ") == EN.citations[key].act
    ]
    names = [a.name for a in CY.authorities.all if a.name == EN.authorities.get(a.id).name]  # type: ignore[union-attr]
    return sorted({*own, *laws, *names, *ENGLISH_TITLES, *ENGLISH_NAMES}, key=len, reverse=True)


def english_terms_in(text: str, allowed: list[str]) -> list[str]:
    """The glossary's English terms in `text`, once the allowed English, web addresses and the
    page numbers a page break puts in the middle of a sentence are taken out."""
    text = re.sub(r"Tudalen \d+|www\.\S+|https?://\S+", " ", text)
    text = " ".join(text.split())
    for words in allowed:
        if words:
            text = text.replace(words, " ")
    return [
        term
        for term in TERMS
        if re.search(rf"(?<![\w’']){re.escape(term)}(?!\w)", text, re.IGNORECASE)
    ]


def answers_of(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))["answers"]


def letter_text(tmp_path: Path, capsys, example: Path, kind: str, lang: str) -> PdfReader | None:
    out = tmp_path / f"{example.stem}-{kind}-{lang}.pdf"
    args = ["letter", str(example), "--kind", kind, "--out", str(out), "--on", ON, "--lang", lang]
    status = run(build_parser().parse_args(args))
    capsys.readouterr()
    return PdfReader(str(out)) if status == 0 and out.exists() else None


def kinds_for(example: Path) -> list[str]:
    history = "history" in json.loads(example.read_text(encoding="utf-8"))
    return ["assessment", "respite", *(["chaser", "complaint", "ombudsman"] if history else [])]


CASES = [(example, kind) for example in EXAMPLES for kind in kinds_for(example)]


def test_the_shipped_content_loads_in_welsh_with_every_word_in_welsh():
    assert CY.lang == "cy" and CY.phrases.language == "cy"
    for question in CY.questionnaire.questions:
        assert question.text and question.text == question.text_cy, question.id
        assert question.help == question.help_cy, question.id
        for option in question.options:
            assert option.label and option.label == option.label_cy, (question.id, option.value)
    welsh = [a for a in CY.authorities.all if a.nation == "wales"]
    assert len(welsh) == 22 and all(a.name.startswith("Cyngor") for a in welsh)
    assert CY.citations["wales_s24"].short == f"{ACT_2014}, adran 24"


@pytest.mark.parametrize(("example", "kind"), CASES, ids=[f"{e.stem}-{k}" for e, k in CASES])
def test_a_welsh_letter_of_every_kind_has_no_english_glossary_term(
    tmp_path: Path, capsys, example: Path, kind: str
):
    reader = letter_text(tmp_path, capsys, example, kind, "cy")
    assert reader is not None, f"no {kind} letter for {example.name}"
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert reader.trailer["/Root"]["/Lang"] == "cy"
    assert "Tudalen 1" in text and "Page 1" not in text
    assert english_terms_in(text, allowed_english(answers_of(example))) == []


def test_the_welsh_letter_to_a_welsh_council_cites_the_welsh_act_and_asks_for_welsh(
    tmp_path: Path, capsys
):
    reader = letter_text(tmp_path, capsys, ROOT / "docs/examples/wales.json", "assessment", "cy")
    assert reader is not None
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert f"({ACT_2014}, adran 24)" in text
    assert "hoffwn gael ateb gan y cyngor yn Gymraeg" in text
    assert "Rheoliadau Safonau'r Gymraeg (Rhif 1) 2015 (O.S. 2015/996), Atodlen 1, safon 1" in text
    assert "Mesur y Gymraeg (Cymru) 2011" in text
    assert "1 Rhagfyr 2026" in text and "Cyngor Sir Ceredigion" in text
    assert reader.metadata is not None and reader.metadata["/Subject"] == (
        "Llythyr a wnaed gyda CarerHelp"
    )
    # The reply in Welsh is asked for before the closing words, not after the signature.
    assert text.index("safon 1") < text.index("Yn gywir")


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.stem for e in EXAMPLES])
def test_assess_in_welsh_prints_no_english_glossary_term(capsys, example: Path):
    status = run(build_parser().parse_args(["assess", str(example), "--on", ON, "--lang", "cy"]))
    out = capsys.readouterr().out
    assert status == 0 and out.startswith("Beth mae'r gyfraith yn ei roi i'r gofalwr hwn")
    assert english_terms_in(out, allowed_english(answers_of(example))) == []


def test_an_unknown_language_is_refused_in_both_languages(capsys):
    with pytest.raises(SystemExit):
        build_parser().parse_args(["assess", str(EXAMPLES[0]), "--lang", "fr"])
    err = capsys.readouterr().err
    assert "use en (English) or cy (Welsh)" in err and "defnyddiwch en (Saesneg) neu cy" in err


def english_only_tree(tmp_path: Path) -> Path:
    """The shipped content with every Welsh word taken out."""
    root = tmp_path / "resources"
    shutil.copytree(resources_dir(), root, ignore=shutil.ignore_patterns("fonts", "icons"))
    shutil.rmtree(root / "phrases" / "cy")
    string = r'"(?:[^"\\]|\\.)*"'
    for path in root.rglob("*.toml"):
        text = path.read_text(encoding="utf-8")
        text = re.sub(rf"\{{ en = ({string}), cy = {string} \}}", r"\1", text)
        text = re.sub(r"\{ en = (\[\n(?:.*\n)*?\]), cy = \[\n(?:.*\n)*?\] \}", r"\1", text)
        path.write_text(text, encoding="utf-8")
    return root


def english_letter(content: Content, example: Path, **changes: Any) -> list[str]:
    record = read_answers_document(example, content.questionnaire)
    answers = {**record.answers, **changes}
    findings = assess(answers, date.fromisoformat(ON), content)
    recipient = content.authorities.get(answers.get("council"))
    document = build_letter(
        "assessment", answers, findings, date.fromisoformat(ON), content=content,
        recipient=recipient,
    )  # fmt: skip
    return [document.date, document.subject, *(b.text for b in document.blocks)]


def test_english_letters_are_the_same_with_the_welsh_there_as_without_it(tmp_path: Path):
    without = load_content(english_only_tree(tmp_path))
    with pytest.raises(ContentError, match=r"phrases|cy"):
        load_content(tmp_path / "resources", lang="cy")
    for example in EXAMPLES:
        assert english_letter(EN, example) == english_letter(without, example), example.name


def test_an_english_letter_asks_a_welsh_council_to_write_in_welsh_only_for_a_welsh_speaker():
    asks = "Standard 2 of the Welsh Language Standards"
    wales = ROOT / "docs/examples/wales.json"
    assert answers_of(wales)["language"] == "welsh"
    said = english_letter(EN, wales)
    assert sum(asks in text for text in said) == 1
    plain = english_letter(EN, wales, language="english")
    assert not any(asks in text for text in plain)
    assert [text for text in said if asks not in text] == plain
    england = english_letter(EN, ROOT / "docs/examples/england.json", language="welsh")
    assert not any(asks in text for text in england)


NI_CASES = [
    ("northern-ireland", "assessment"),
    ("northern-ireland-history", "chaser"),
    ("northern-ireland-history", "complaint"),
    ("northern-ireland-history", "ombudsman"),
]


@pytest.mark.parametrize(("stem", "kind"), NI_CASES, ids=[f"{s}-{k}" for s, k in NI_CASES])
def test_a_welsh_letter_about_a_trust_says_yr_ymddiriedolaeth(
    tmp_path: Path, capsys, stem: str, kind: str
):
    """Welsh puts "yr", not "y", before a vowel: "yr Ymddiriedolaeth", never "y Ymddiriedolaeth"."""
    reader = letter_text(tmp_path, capsys, ROOT / "docs/examples" / f"{stem}.json", kind, "cy")
    assert reader is not None
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert "yr Ymddiriedolaeth" in text
    assert re.findall(r"\by Ymddiriedolaeth", text, re.IGNORECASE) == []


CSP_CY = "Carer Support Payment (taliad yr Alban i ofalwyr)"
# "Taliad Cymorth Gofalwr" as a mutation may write it: Daliad, Thaliad, Nhaliad
MADE_UP_CSP = re.compile(r"\b[tdn]h?aliad \S*ymorth \S*ofalwr", re.IGNORECASE)


def test_carer_support_payment_has_one_name_in_welsh():
    """Social Security Scotland publishes no Welsh name: every Welsh text gives the official name
    with the same Welsh description, never a made-up Welsh name ("Taliad Cymorth Gofalwr")."""
    made_up = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in sorted((ROOT / "resources").rglob("*"))
        if path.suffix in {".toml", ".ts", ".tsv"}
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if MADE_UP_CSP.search(line)
    ]
    assert made_up == []
    assert CY.phrases.text("money.words.carer_support_payment") == CSP_CY
    assert CY.earnings_rules.office("scotland").benefit == CSP_CY
    assert CY.citations["carer_support_payment"].plain.startswith(f"{CSP_CY}:")
    assert CSP_CY in CY.citations["csp_qualifying"].plain
    assert CSP_CY in " ".join(CY.earnings_rules.averaging_for("scotland")[1])
    assert CSP_CY in CY.phrases.raw("fixed.diary.under_one")
    assert CSP_CY in CY.citations["severe_disability_premium"].plain


def test_the_change_of_circumstances_letter_in_welsh_is_all_welsh():
    record = read_answers_document(
        ROOT / "docs/examples/england-diary-and-earnings.json", CY.questionnaire
    )
    common = (CY.questionnaire, CY.rates, CY.earnings_rules, CY.phrases)
    letter = build_change_letter(record.answers, record.earnings, date(2026, 12, 1), *common)
    reader = PdfReader(io.BytesIO(render_pdf(letter)))
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert reader.trailer["/Root"]["/Lang"] == "cy"
    assert "Annwyl Syr neu Fadam," in text and "Dear Sir" not in text
    assert "1 Rhagfyr 2026" in text and "Tudalen 1" in text
    assert "15 Tach i 21 Tach 2026: £224.90 (y terfyn oedd £204.00)" in text
    assert "Llofnod:" in text and "Signed" not in text
    assert english_terms_in(text, allowed_english(record.answers)) == []
    with pytest.raises(ValidationError, match="dim i'w adrodd"):
        build_change_letter(record.answers, [], date(2026, 12, 1), *common)
