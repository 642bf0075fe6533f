"""`assess` and `letter` read the diary and earnings from an answers file, as a user runs them."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "docs" / "examples" / "england-diary-and-earnings.json"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "carerhelp", *args], capture_output=True, text=True, timeout=120
    )


def test_the_example_holds_four_weeks_of_diary_and_earnings():
    document = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    assert len(document["diary"]) == 28 and len(document["earnings"]) == 4


def test_assess_uses_the_diary_for_hours_and_shows_the_weeks():
    result = run("assess", str(EXAMPLE), "--on", "2026-12-01")
    assert result.returncode == 0, result.stderr
    out = " ".join(result.stdout.split())
    assert (
        "Over the 4 weeks from 1 November 2026 to 28 November 2026 I cared for Margaret Roberts "
        "for an average of 52.2 hours a week, and was up at night on 18 nights." in out
    )
    assert "1 of these weeks was under 35 hours (15 Nov to 21 Nov 2026: 34 hours)" in out
    assert (
        "15 Nov to 21 Nov 2026: £224.90 against the limit £204.00. Over the limit by £20.90." in out
    )
    assert "Tell the Carer's Allowance Unit about the change." in out
    assert "usually over 5 weeks" in out


def test_the_diary_hours_replace_the_guess_in_the_findings(tmp_path: Path):
    document = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    for day in document["diary"]:
        day["hours"] = 2  # 14 hours a week, whatever person1_hours said (50)
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    findings = json.loads(run("assess", str(path), "--on", "2026-12-01", "--json").stdout)
    allowance = next(f for f in findings if f["id"] == "carers_allowance")
    assert allowance["status"] == "not_eligible", allowance


def test_a_bad_diary_day_is_named_plainly(tmp_path: Path):
    document = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    document["diary"][3]["hours"] = 30
    document["earnings"][0]["gross"] = "lots"
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    result = run("assess", str(path))
    assert result.returncode == 1
    assert "diary day 4: The hours for 04 November 2026 must be between 0 and 24" in result.stderr


def test_the_letter_from_a_file_carries_the_diary_sentence(tmp_path: Path):
    out = tmp_path / "letter.pdf"
    result = run("letter", str(EXAMPLE), "--out", str(out), "--on", "2026-12-01")
    assert result.returncode == 0, result.stderr
    text = re.sub(r"\s+", " ", " ".join(page.extract_text() for page in PdfReader(out).pages))
    assert "I have kept a diary of my caring" in text
    assert "average of 52.2 hours a week, and was up at night on 18 nights" in text
    assert "I care for 52.2 hours a week in total" in text


def test_the_pack_and_the_change_letter_headless(tmp_path: Path):
    pack = tmp_path / "pack.pdf"
    result = run("pack", str(EXAMPLE), "--out", str(pack), "--on", "2026-12-01")
    assert result.returncode == 0, result.stderr
    text = re.sub(r"\s+", " ", " ".join(page.extract_text() for page in PdfReader(pack).pages))
    assert "Prepare for your assessment" in text and "Questions to ask" in text
    letter = tmp_path / "change.pdf"
    result = run("pack", str(EXAMPLE), "--change-letter", "--out", str(letter))
    assert result.returncode == 0, result.stderr
    text = re.sub(r"\s+", " ", " ".join(page.extract_text() for page in PdfReader(letter).pages))
    assert "15 Nov to 21 Nov 2026: £224.90 (the limit was £204.00)" in text


def test_no_week_over_means_a_plain_message(tmp_path: Path):
    document = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    document["earnings"] = document["earnings"][:2]
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    result = run("pack", str(path), "--change-letter", "--out", str(tmp_path / "x.pdf"))
    assert result.returncode == 1 and "nothing to report" in result.stderr
    assert not (tmp_path / "x.pdf").exists()
