"""The one statute table: every key the engine cites exists, and each entry reads well."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from carerhelp.domain.citations import load_citations
from carerhelp.domain.content import load_content
from carerhelp.domain.rights import assess

CONTENT = load_content()
CITATIONS = CONTENT.citations


def test_every_key_the_engine_cites_is_in_the_table():
    from tests.domain.test_scenarios import SCENARIOS, Q

    used: set[str] = set()
    for _name, answers, on, *_ in SCENARIOS:
        for finding in assess(Q.parse_all(answers), on, CONTENT):
            used.update(finding.citations)
    assert len(used) > 20
    assert used <= set(CITATIONS), sorted(used - set(CITATIONS))


def test_each_citation_has_its_act_and_plain_words():
    for key, citation in CITATIONS.items():
        assert citation.key == key
        assert citation.act and citation.plain, key
        assert citation.short.startswith(citation.act)


def test_cite_joins_short_forms_in_order():
    assert CITATIONS.cite("care_act_s10", "care_act_s10_4") == (
        "Care Act 2014, section 10; Care Act 2014, section 10(4)"
    )
    assert CITATIONS.fill("[[care_act_s10]]; [[care_act_s10_4]]") == (
        "Care Act 2014, section 10; Care Act 2014, section 10(4)"
    )
    assert CITATIONS.cite("carers_leave") == (
        "Carer's Leave Act 2023 and Carer's Leave Regulations 2024"
    )
    with pytest.raises(KeyError):
        CITATIONS.fill("[[no_such_law]]")


SHIPPED = Path(__file__).resolve().parents[2] / "resources" / "law" / "citations.toml"


def test_the_table_is_read_from_resources_with_optional_url_and_checked(tmp_path):
    from datetime import date

    table = load_citations(SHIPPED)
    assert set(table) == set(CITATIONS)
    assert table["care_act_s10"].short == "Care Act 2014, section 10"
    path = tmp_path / "citations.toml"
    path.write_text(
        '[care_act_s10]\nact = "Care Act 2014"\nsection = "section 10"\nplain = "p"\n'
        'url = "https://www.legislation.gov.uk/ukpga/2014/23/section/10"\n'
        "checked = 2026-11-30\n\n"
        '[no_source]\nact = "A"\nsection = ""\nplain = "p"\n',
        encoding="utf-8",
    )
    assert load_citations(path)["no_source"].url is None
    read = load_citations(path)["care_act_s10"]
    assert read.url == "https://www.legislation.gov.uk/ukpga/2014/23/section/10"
    assert read.checked == date(2026, 11, 30)


@pytest.mark.parametrize(
    ("entry", "problem"),
    [
        ('[x]\nact = "A"\nplain = "p"\n', "x: needs section as text"),
        ('[x]\nact = ""\nsection = ""\nplain = "p"\n', "x: needs act as text"),
        (
            '[x]\nact = "A"\nsection = ""\nplain = "p"\nnote = "?"\n',
            "x: CarerHelp doesn't use note",
        ),
        ('[x]\nact = "A"\nsection = ""\nplain = "p"\nurl = "http://x"\n', "x: url must be"),
        ('[x]\nact = "A"\nsection = ""\nplain = "p"\nchecked = "soon"\n', "x: checked must be"),
    ],
)
def test_a_bad_entry_is_named_with_its_problem(tmp_path, entry, problem):
    from carerhelp.domain.errors import ContentError

    path = tmp_path / "citations.toml"
    path.write_text(entry, encoding="utf-8")
    with pytest.raises(ContentError, match=re.escape(problem)):
        load_citations(path)


def test_fill_replaces_marks_and_unknown_in_finds_the_missing(tmp_path):
    assert CITATIONS.fill("See [[care_act_s10]].") == "See Care Act 2014, section 10."
    assert CITATIONS.unknown_in("[[care_act_s10]] [[no_such_law]]") == ["no_such_law"]
