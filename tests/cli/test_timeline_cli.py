"""`carerhelp timeline` and the follow-up kinds of `carerhelp letter`, run as a user would."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pypdf
import pytest

from carerhelp.__main__ import main
from carerhelp.domain.timeline import Event, EventKind
from carerhelp.storage import open_store
from carerhelp.storage.timeline import add_event

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "docs" / "examples"


@pytest.mark.parametrize("nation", ["england", "wales", "scotland", "northern-ireland"])
def test_every_follow_up_letter_is_made_from_each_example_with_a_history(nation, tmp_path: Path):
    for kind in ("chaser", "complaint", "ombudsman"):
        out = tmp_path / f"{kind}.pdf"
        code = main(
            [
                "letter",
                str(EXAMPLES / f"{nation}-history.json"),
                "--kind",
                kind,
                "--on",
                "2026-12-01",
                "--out",
                str(out),
            ]
        )
        assert code == 0
        text = " ".join(
            p.extract_text() for p in pypdf.PdfReader(io.BytesIO(out.read_bytes())).pages
        )
        assert "7 September 2026" in text


def test_a_follow_up_from_a_file_without_a_history_is_a_plain_message(tmp_path: Path, capsys):
    code = main(
        [
            "letter",
            str(EXAMPLES / "england.json"),
            "--kind",
            "chaser",
            "--out",
            str(tmp_path / "x.pdf"),
        ]
    )
    assert code == 1
    assert "first record on the timeline" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_a_bad_history_entry_names_the_file_and_the_entry(tmp_path: Path, capsys):
    data = json.loads((EXAMPLES / "wales-history.json").read_text(encoding="utf-8"))
    data["history"][1]["on"] = "28/09/2026"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    assert main(["letter", str(bad), "--kind", "complaint", "--out", str(tmp_path / "x.pdf")]) == 1
    err = capsys.readouterr().err
    assert "history entry 2" in err and "YYYY-MM-DD" in err


def test_timeline_prints_events_in_order_and_the_next_step(tmp_path: Path, capsys, meaning):
    with open_store(tmp_path, meaning=meaning) as store:
        case = store.create_case()
        store.save_answer(case, "carer_name", "Morag MacLeòid")
        store.save_answer(case, "nation", "scotland")
        add_event(store, case, Event(EventKind.CHASED, date(2026, 11, 17), how="email"))
        add_event(
            store, case, Event(EventKind.SENT, date(2026, 11, 2), how="post", reference="GC/1")
        )
    assert main(["--data-dir", str(tmp_path), "timeline", str(case), "--on", "2026-12-01"]) == 0
    out = capsys.readouterr().out
    assert out.index("2 November 2026") < out.index("17 November 2026")
    assert "reference GC/1" in out and "Next: Reply overdue" in out
    assert (
        main(["--data-dir", str(tmp_path), "timeline", str(case), "--json", "--on", "2026-12-01"])
        == 0
    )
    document = json.loads(capsys.readouterr().out)
    assert [e["kind"] for e in document["events"]] == ["sent", "chased"]
    assert document["next"]["kind"] == "reply_overdue" and document["next"]["letter"] == "complaint"
    # 10 working days after 17 November, skipping St Andrew's Day (Monday 30 November)
    assert document["next"]["due"] == "2026-12-02" and document["next"]["overdue"] is False


def test_timeline_of_a_case_that_is_not_there_is_a_plain_message(tmp_path: Path, capsys, meaning):
    with open_store(tmp_path, meaning=meaning) as store:
        store.create_case()
    assert main(["--data-dir", str(tmp_path), "timeline", "99"]) == 1
    assert "no longer in CarerHelp" in capsys.readouterr().err
