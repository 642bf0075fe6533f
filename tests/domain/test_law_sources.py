"""Every law CarerHelp cites says where it was read and when, so an adviser can check it at the source."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from carerhelp.domain.citations import Citations, load_citations
from carerhelp.domain.errors import ContentError

SHIPPED = Path(__file__).resolve().parents[2] / "resources" / "law" / "citations.toml"


def _missing_sources(table: Citations) -> list[str]:
    return [
        key
        for key, citation in table.items()
        if not citation.url or not isinstance(citation.checked, date)
    ]


def test_every_citation_has_a_source_address_and_the_date_it_was_checked():
    table = load_citations(SHIPPED)
    assert len(table) >= 60
    assert _missing_sources(table) == []
    for key, citation in table.items():
        assert citation.checked is not None and citation.checked <= date(2026, 12, 1), key


def test_a_citation_without_its_source_is_caught(tmp_path):
    text = SHIPPED.read_text(encoding="utf-8")
    start = text.index("[care_act_s10]")
    end = text.index("\n\n", start)
    entry = text[start:end]
    stripped = "\n".join(
        line for line in entry.splitlines() if not line.startswith(("url", "checked"))
    )
    path = tmp_path / "citations.toml"
    path.write_text(text.replace(entry, stripped), encoding="utf-8")
    assert _missing_sources(load_citations(path)) == ["care_act_s10"]


@pytest.mark.parametrize(
    ("key", "words"),
    [
        ("children_act_s17za", "young carer"),
        ("children_act_s17zd", "parent carer"),
        ("wales_s40", "adult carer"),
        ("ni_s1", "carer of an adult"),
        ("ni_art17a", "child"),
        ("csp_qualifying", "Pension Age Disability Payment"),
        ("state_pension_age", "66 to 67"),
    ],
)
def test_plain_words_say_who_each_law_is_for(key, words):
    assert words in load_citations(SHIPPED)[key].plain


def test_guidance_pages_are_marked_as_guidance_and_a_wrong_kind_is_caught(tmp_path):
    table = load_citations(SHIPPED)
    pages = ("GOV.UK", "nidirect", "mygov.scot")
    for key, citation in table.items():
        if citation.act.startswith(pages):
            assert citation.is_guidance, key
        if citation.act.endswith(("Act 1992", "Act 2014")) or "Regulations" in citation.act:
            assert not citation.is_guidance, key
    text = SHIPPED.read_text(encoding="utf-8").replace(
        '[ca_gov_uk]\nkind = "guidance"', '[ca_gov_uk]\nkind = "advice"'
    )
    path = tmp_path / "citations.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ContentError, match="ca_gov_uk: kind must be one of law, guidance"):
        load_citations(path)
