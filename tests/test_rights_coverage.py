"""docs/rights-coverage.md is generated from the content and the engine, is current, and sources every row."""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

import rights_coverage  # noqa: E402

DOC = ROOT / "docs" / "rights-coverage.md"
CONTENT = rights_coverage.load_content()


def test_the_committed_page_is_current():
    assert DOC.read_text(encoding="utf-8") == rights_coverage.render(CONTENT), (
        "run: .venv/bin/python tools/rights_coverage.py"
    )


def _rows(text: str) -> list[str]:
    return [
        line
        for line in text.splitlines()
        if line.startswith("| ") and not line.startswith(("| Part ", "| Finding ", "| Key "))
    ]


def test_every_row_names_its_law_with_a_source_and_the_date_checked():
    rows = _rows(rights_coverage.render(CONTENT))
    assert len(rows) > 250
    dated = re.compile(r"https://\S+\)? ?\(?\s*\|? ?2026-\d\d-\d\d")
    for row in rows:
        if "none confirmed" in row:
            assert "could not confirm" in row or "CarerHelp could not" in row, row
            continue
        assert "https://" in row and dated.search(row), row


def test_a_row_without_a_source_would_be_caught():
    rows = _rows("| breaks | route | England | possible | all carers | none |")
    dated = re.compile(r"https://\S+\)? ?\(?\s*\|? ?2026-\d\d-\d\d")
    assert not dated.search(rows[0])


def test_the_page_covers_every_route_and_the_new_findings():
    text = rights_coverage.render(CONTENT)
    assert text.count("\n### ") == 16
    for finding in ("young_carer_grant", "council_tax_smi", "which_council", "carers_allowance"):
        assert f"| {finding} |" in text
