"""The one statute table: every key the engine cites exists, and each entry reads well."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from carerhelp.domain.citations import CITATIONS, cite

RIGHTS = Path(__file__).resolve().parents[2] / "src" / "carerhelp" / "domain" / "rights"


def test_every_key_the_engine_cites_is_in_the_table():
    used: set[str] = set()
    for path in RIGHTS.glob("*.py"):
        for call in re.findall(r"cite\(([^)]*)\)", path.read_text(encoding="utf-8")):
            used.update(re.findall(r'"([a-z0-9_]+)"', call))
    assert used, "no cite() calls found"
    assert used <= set(CITATIONS), sorted(used - set(CITATIONS))


def test_each_citation_has_its_act_and_plain_words():
    for key, citation in CITATIONS.items():
        assert citation.key == key
        assert citation.act and citation.plain, key
        assert citation.short.startswith(citation.act)


def test_cite_joins_short_forms_in_order():
    assert cite("care_act_s10", "care_act_s10_4") == (
        "Care Act 2014, section 10; Care Act 2014, section 10(4)"
    )
    assert cite("carers_leave") == "Carer's Leave Act 2023 and Carer's Leave Regulations 2024"
    with pytest.raises(KeyError):
        cite("no_such_law")
