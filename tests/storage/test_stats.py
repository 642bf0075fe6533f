"""Anonymised figures: counts only, small counts hidden (and not recoverable), no names or free text."""

from __future__ import annotations

import csv
from collections import Counter
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest

from carerhelp.domain.errors import ValidationError
from carerhelp.domain.situation import Situation, situation
from carerhelp.domain.statistics import band, caring_hours, suppress
from carerhelp.storage import CaseStore, open_store
from carerhelp.storage.demo import generate_demo_cases
from carerhelp.storage.stats import statistics, write_statistics_csv


@pytest.fixture
def store(tmp_path: Path, meaning):
    opened = open_store(tmp_path / "data", meaning=meaning)
    yield opened
    opened.close()


def add(store: CaseStore, nation: str, age: int, **more: object) -> int:
    case = store.create_case()
    answers = {
        "carer_name": "Gwenllian Prydderch",
        "person1_name": "Dafydd Prydderch",
        "carer_postcode": "CF10 1AA",
        "extra_info": "Private worries about money",
        "nation": nation,
        "carer_age": age,
        **more,
    }
    for question, value in answers.items():
        store.save_answer(case, question, value)
    store.set_notes(case, "Confidential note")
    return case


def fake_assess(s: Situation, on: date) -> list:
    status = "entitled" if (s.carer_age or 0) >= 65 else "possible"
    return [SimpleNamespace(id="carers_assessment", status=SimpleNamespace(value=status))]


def as_dict(rows: list[tuple[str, str, str]]) -> dict[tuple[str, str], str]:
    return {(measure, group): count for measure, group, count in rows}


def test_small_counts_are_hidden_and_cannot_be_worked_out(store: CaseStore, content):
    for _ in range(9):
        add(store, "england", 70)
    for _ in range(2):
        add(store, "wales", 30)
    figures = as_dict(statistics(store, date(2026, 11, 22), content, assess=fake_assess))
    assert figures[("cases", "all")] == "11"
    # Wales (2) is hidden; England would give it away as 11 - 9, so it is hidden too.
    assert figures[("cases by nation", "wales")] == "<5"
    assert figures[("cases by nation", "england")] == "<5"
    assert figures[("carers by age band", "65-74")] == "<5"
    assert figures[("finding: carers_assessment", "entitled")] == "<5"
    assert all(count == "<5" or int(count) >= 5 for count in figures.values())


def test_suppression_rule():
    counts = Counter({("m", "a"): 20, ("m", "b"): 7, ("m", "c"): 3, ("n", "x"): 4, ("n", "y"): 2})
    assert suppress(counts) == [
        ("m", "a", "20"),
        ("m", "b", "<5"),  # hidden so that c can't be had by subtraction
        ("m", "c", "<5"),
        ("n", "x", "<5"),
        ("n", "y", "<5"),
    ]
    both_small = Counter({("m", "a"): 20, ("m", "b"): 3, ("m", "c"): 1})
    assert [row[2] for row in suppress(both_small)] == ["20", "<5", "<5"]
    assert suppress(Counter({("m", "a"): 5, ("m", "b"): 0})) == [("m", "a", "5")]


def test_the_csv_has_no_names_postcodes_or_free_text(store: CaseStore, tmp_path: Path, content):
    for nation in ["england"] * 6 + ["scotland"] * 5:
        add(store, nation, 50, person1_hours=40)
    letter = store.save_letter(1, "assessment", b"%PDF", {"carer_name": "Gwenllian"}, [])
    store.mark_letter_sent(letter)
    out = tmp_path / "figures.csv"
    rows = write_statistics_csv(store, out, date(2026, 11, 22), content)
    text = out.read_text(encoding="utf-8")
    for secret in ("Gwenllian", "Prydderch", "Dafydd", "CF10", "Private", "Confidential"):
        assert secret not in text
    table = list(csv.reader(text.splitlines()))
    assert table[0] == ["measure", "group", "count"] and len(table) == rows + 1
    figures = {(m, g): c for m, g, c in table[1:]}
    assert figures[("cases by nation", "england")] == "6"
    assert figures[("cases by nation", "scotland")] == "5"
    assert figures[("carers by weekly caring hours", "35-49")] == "11"
    assert figures[("letters", "made")] == "<5" and figures[("letters", "sent")] == "<5"
    assert ("letters", "replies received") not in figures  # zero: nothing to hide or show
    assert any(measure.startswith("finding: ") for measure, _ in figures)
    actions = [a for (a,) in store.query("SELECT action FROM audit")]
    assert "statistics_exported" in actions


def test_a_folder_that_is_not_there_gets_a_plain_message(store: CaseStore, tmp_path: Path, content):
    from carerhelp.domain.errors import StoreError

    with pytest.raises(StoreError, match="Couldn't save"):
        write_statistics_csv(
            store, tmp_path / "nowhere" / "figures.csv", date(2026, 11, 22), content
        )


def test_hours_count_only_the_people_cared_for(content):
    q = content.questionnaire
    answers = {"people_count": 1, "person1_hours": 30, "person2_hours": 100}
    assert caring_hours(situation(q, answers)) == 30
    assert caring_hours(situation(q, {**answers, "people_count": 2})) == 130
    assert caring_hours(situation(q, {})) is None
    assert band(19.5, (((0, 19, "under 20"), (20, 34, "20-34")))) == "under 20"
    assert band(True, ((0, 19, "under 20"),)) == "not known"


def test_an_answer_set_the_engine_refuses_is_counted_not_fatal(store: CaseStore, content):
    add(store, "england", 70)

    def refusing(s: Situation, on: date) -> list:
        raise ValidationError("hours over 168")

    figures = as_dict(statistics(store, date(2026, 11, 22), content, assess=refusing))
    assert figures[("findings", "could not be worked out")] == "<5"


def test_real_engine_over_demo_cases(store: CaseStore, content):
    generate_demo_cases(store, 60, seed=5)
    figures = as_dict(statistics(store, date(2026, 11, 22), content))
    assert figures[("cases", "all")] == "60"
    nations = [c for (m, _), c in figures.items() if m == "cases by nation"]
    assert len(nations) == 4
