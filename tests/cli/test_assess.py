"""`carerhelp assess`, run in-process through the real parser: text, JSON and every problem listed."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from carerhelp.cli import build_parser, run

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = sorted((ROOT / "docs" / "examples").glob("*.json"))
NATIONS = {"england", "wales", "scotland", "northern-ireland"}


def assess(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = run(build_parser().parse_args(["assess", *args]))
    out, err = capsys.readouterr()
    return code, out, err


def test_there_is_an_example_named_after_each_nation():
    assert {path.stem for path in EXAMPLES} >= NATIONS
    for nation in NATIONS:
        answers = json.loads((ROOT / "docs/examples" / f"{nation}.json").read_text("utf-8"))
        assert answers["answers"]["nation"] == nation.replace("-", "_")


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda path: path.stem)
def test_json_lists_every_finding_with_reason_and_citation(capsys, example: Path):
    code, out, err = assess(capsys, str(example), "--on", "2026-11-22", "--json")
    assert code == 0, err
    findings = json.loads(out)
    ids = [finding["id"] for finding in findings]
    assert "carer_assessment" in ids and len(ids) == len(set(ids))
    for finding in findings:
        assert finding["topic"] in {"rights", "money", "work"}
        assert finding["status"] in {
            "entitled",
            "likely",
            "possible",
            "unlikely",
            "not_eligible",
            "need_more_info",
        }
        assert (
            len(finding["why"]) > 30
            and (finding["citation"] or finding["guidance"])
            and finding["title"]
        )


def test_text_is_grouped_by_topic_with_status_words_law_and_steps(capsys):
    code, out, _err = assess(capsys, str(ROOT / "docs/examples/england.json"), "--on", "2026-11-22")
    assert code == 0
    rights, money = out.index("YOUR RIGHTS"), out.index("MONEY YOU MAY BE ABLE TO GET")
    assert rights < money < out.index("WORK AND TIME OFF")
    assert "A carer's assessment: You have this right" in out
    assert "The law: Care Act 2014, section 10" in out
    assert "    - Send the letter CarerHelp makes" in out
    assert "as on 22 November 2026" in out and out.rstrip().endswith("not legal advice.")


def test_the_heading_dates_the_findings_as_a_letter_does(capsys):
    """The heading writes the day as letters do ("1 December"), not with a leading zero, and in the
    language asked for."""
    examples = str(ROOT / "docs/examples/wales.json")
    _code, out, _err = assess(capsys, examples, "--on", "2026-12-01")
    assert "(as on 1 December 2026)" in out
    _code, out, _err = assess(capsys, examples, "--on", "2026-12-01", "--lang", "cy")
    assert "(ar 1 Rhagfyr 2026)" in out


def test_the_date_picks_the_rates(capsys):
    example = str(ROOT / "docs/examples/england.json")
    _code, out_2025, _ = assess(capsys, example, "--on", "2025-06-01", "--json")
    _code, out_2026, _ = assess(capsys, example, "--on", "2026-11-22", "--json")
    _code, out_2030, _ = assess(capsys, example, "--on", "2030-01-01", "--json")
    text_2025, text_2026, text_2030 = (
        " ".join(f["why"] for f in json.loads(o)) for o in (out_2025, out_2026, out_2030)
    )
    assert "2025-26" in text_2025 and "2026-27" in text_2026
    assert "may be out of date" in text_2030 and "may be out of date" not in text_2026


def test_every_problem_is_listed_in_plain_words(capsys, tmp_path: Path):
    path = tmp_path / "answers.json"
    path.write_text(
        json.dumps(
            {
                "nation": "narnia",
                "carer_age": "old",
                "person1_hours": 500,
                "favourite_colour": "blue",
            }
        ),
        encoding="utf-8",
    )
    code, out, err = assess(capsys, str(path))
    assert code == 1 and out == ""
    assert "- nation: Choose one of the answers: England; Wales; Scotland; Northern Ireland." in err
    assert "- carer_age: Enter a number, like 35." in err
    assert "- person1_hours: Enter a number that is no more than 168." in err
    assert "- favourite_colour: There is no question called 'favourite_colour'." in err


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ("{not json", "it is not JSON (line 1, column 2"),
        ("[1, 2]", "must hold a JSON object"),
        ('{"format": "something-else", "answers": {}}', "not a CarerHelp answers file"),
        ('{"carer_age": 40}', "which country of the UK"),
    ],
)
def test_bad_files_get_one_plain_message(capsys, tmp_path: Path, content: str, words: str):
    path = tmp_path / "answers.json"
    path.write_text(content, encoding="utf-8")
    code, _out, err = assess(capsys, str(path))
    assert code == 1 and words in err


def test_a_missing_file_and_a_bad_date_are_explained(capsys, tmp_path: Path):
    code, _out, err = assess(capsys, str(tmp_path / "nowhere.json"))
    assert code == 1 and "There is no file called" in err
    with pytest.raises(SystemExit):
        build_parser().parse_args(["assess", "x.json", "--on", "22/11/2026"])
    assert "is not a date like 2026-11-22" in capsys.readouterr().err


@pytest.mark.parametrize("example", ["northern-ireland", "england", "scotland"])
def test_guidance_pages_are_more_information_not_the_law(capsys, example: str):
    code, out, _ = assess(capsys, str(ROOT / "docs" / "examples" / f"{example}.json"))
    assert code == 0
    end = r"(?=\n    More information:|\n    - |\n\n|\n  \S)"
    laws = re.findall(r"The law:(.*?)" + end, out, flags=re.DOTALL)
    assert laws
    for block in laws:
        for page in ("GOV.UK", "nidirect", "mygov.scot"):
            assert page not in block, block
    more = re.findall(r"More information:(.*?)" + end, out, flags=re.DOTALL)
    assert more and all(
        any(p in m for p in ("GOV.UK", "nidirect", "mygov.scot", "Child Poverty", "Shelter"))
        for m in more
    )
